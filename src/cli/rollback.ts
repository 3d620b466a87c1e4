import { parseArgs } from 'node:util';
import { runRollback } from '../commands/rollback.js';
import { lockWaitOption } from './lock-wait.js';
import { cancellable } from './cancel.js';
import type { Io } from './run.js';

const OPTIONS = {
  env: { type: 'string' },
  instance: { type: 'string' },
  'secrets-dir': { type: 'string' },
  to: { type: 'string' },
  'restore-db': { type: 'string', default: 'never' },
  'lock-wait': { type: 'string', default: '0s' },
  'dry-run': { type: 'boolean', default: false },
} as const;

/** `slotflip rollback --env FILE [--to RELEASE]`: the previous release (or a kept one) back in front of users. */
export async function rollbackCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (!values.env) {
    io.err('usage: slotflip rollback --env FILE [--to RELEASE] [--restore-db never|if-safe|force] [--instance ID] [--secrets-dir DIR] [--lock-wait 10m] [--dry-run]');
    return 1;
  }
  const restoreDb = values['restore-db'];
  if (restoreDb !== 'never' && restoreDb !== 'if-safe' && restoreDb !== 'force') {
    io.err(`--restore-db must be never, if-safe or force, not "${restoreDb}"`);
    return 1;
  }
  return cancellable(io, async (signal) => {
    const r = await runRollback({
      envFile: values.env!,
      instanceId: values.instance,
      secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR },
      to: values.to,
      restoreDb,
      lockWaitMs: lockWaitOption(values['lock-wait']),
      dryRun: values['dry-run'],
      log: io.err,
      signal,
    });
    if (values['dry-run'] && r.planText) io.out(r.planText);
    io.err(`rollback: ${r.summary} (exit ${r.exitCode})`);
    return r.exitCode;
  });
}
