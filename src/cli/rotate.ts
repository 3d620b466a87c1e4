import { parseArgs } from 'node:util';
import { ROTATABLE, runRotate, type Rotatable } from '../commands/rotate.js';
import { lockWaitOption } from './lock-wait.js';
import { cancellable } from './cancel.js';
import type { Io } from './run.js';

const OPTIONS = {
  env: { type: 'string' },
  instance: { type: 'string' },
  'secrets-dir': { type: 'string' },
  'lock-wait': { type: 'string', default: '0s' },
  'dry-run': { type: 'boolean', default: false },
} as const;

const USAGE = 'usage: slotflip rotate db-password|app-secret --env FILE [--instance ID] [--secrets-dir DIR] [--lock-wait 10m] [--dry-run]';

/** `slotflip rotate db-password|app-secret --env FILE`: a new database password (no restart of a serving slot) or shared secret. */
export async function rotateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  const secret = positionals[0];
  if (!values.env || positionals.length !== 1) {
    io.err(USAGE);
    return 1;
  }
  if (!ROTATABLE.includes(secret as Rotatable)) {
    io.err(`slotflip rotate: "${secret}" is not something slotflip rotates (${ROTATABLE.join(', ')})\n${USAGE}`);
    return 1;
  }
  return cancellable(io, async (signal) => {
    const r = await runRotate({
      envFile: values.env!,
      instanceId: values.instance,
      secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR },
      secret: secret as Rotatable,
      lockWaitMs: lockWaitOption(values['lock-wait']),
      dryRun: values['dry-run'],
      log: io.err,
      signal,
    });
    if (values['dry-run'] && r.planText) io.out(r.planText);
    io.err(`rotate: ${r.summary} (exit ${r.exitCode})`);
    return r.exitCode;
  });
}
