import { runStatus } from '../commands/status.js';
import { formatStatus } from '../facts/status-format.js';
import { flag, str, type Values } from './parse.js';
import { secretsOption } from './host-options.js';
import type { Io } from './io.js';

/**
 * What --watch prints before each refresh: on a terminal, clear the screen; into a pipe or a log, a dated separator
 * (control codes there are noise); with --json, nothing (each refresh is one JSON document).
 */
export function watchFrame(tty: boolean, json: boolean, now: Date): string | undefined {
  if (json) return undefined;
  return tty ? '\x1b[2J\x1b[H' : `--- ${now.toISOString()} ---`;
}

export async function statusCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const json = flag(values, 'json');
  const once = async () => {
    const s = await runStatus({
      envFile: str(values, 'env')!,
      instanceId: str(values, 'instance'),
      secrets: secretsOption(values, io),
    });
    io.out(json ? JSON.stringify(s, null, 2) : formatStatus(s));
  };
  if (!flag(values, 'watch')) {
    await once();
    return 0;
  }
  // --watch refreshes every 2 s until interrupted (at most an hour, so it never runs unattended forever).
  const until = Date.now() + 3_600_000;
  let stop = false;
  process.once('SIGINT', () => (stop = true));
  while (!stop && Date.now() < until) {
    const frame = watchFrame(io.isTTY === true, json, new Date());
    if (frame !== undefined) io.out(frame);
    await once();
    await new Promise((r) => setTimeout(r, 2000));
  }
  return 0;
}
