// Running a command as the app's user inside one slot's release, with that slot's environment.
import type { Instance } from '../config/environment.generated.js';
import { layout, type Slot } from '../shell/layout.js';
import { quote } from '../shell/quote.js';

/** Where smoke.cleanup_command runs: the slot's release, as the app's user, with the slot's environment. */
export interface SlotCommand {
  user: string;
  dir: string;
  envFiles: string[];
}

export function slotCommand(inst: Instance, slot: Slot): SlotCommand {
  const l = layout(inst.id);
  const user = inst.app.user ?? inst.app.name;
  return { user, dir: l.slotLink(slot), envFiles: [l.appEnv, l.slotEnv(slot)] };
}

/**
 * smoke.cleanup_command in a transient unit (time limit 60 s); ${run} reaches it as an environment variable, never
 * as text inside the command. Its failure is reported, not fatal: the flow's verdict is already known.
 */
export function cleanupCommand(command: string, at: SlotCommand): string {
  const props = [
    `User=${at.user}`,
    `Group=${at.user}`,
    `WorkingDirectory=${at.dir}`,
    ...at.envFiles.map((f) => `EnvironmentFile=${f}`),
    'RuntimeMaxSec=60',
  ];
  const script = `exec ${command.replaceAll('${run}', '"$SF_RUN"')}`;
  return `if ! out=$(systemd-run --wait --pipe --quiet --collect ${props
    .map((p) => `-p ` + `${quote(p)}`)
    .join(' ')} -E SF_RUN="$sf_run" /bin/bash -c ${quote(script)} 2>&1 </dev/null); then
  echo ${quote(`smoke cleanup: ${command} failed: `)}"$(printf '%s' "$out" | tail -n 2 | tr '\n' ' ')" >&2
fi`;
}
