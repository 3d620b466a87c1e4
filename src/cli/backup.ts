import { parseArgs } from 'node:util';
import { runBackup } from '../commands/backup.js';
import { lockWaitOption } from './lock-wait.js';
import { cancellable } from './cancel.js';
import type { Io } from './run.js';

const OPTIONS = {
  env: { type: 'string' },
  instance: { type: 'string' },
  'secrets-dir': { type: 'string' },
  'lock-wait': { type: 'string', default: '0s' },
  'dry-run': { type: 'boolean', default: false },
  'verify-restore': { type: 'boolean', default: false },
} as const;

/** `slotflip backup --env FILE`: one encrypted archive of the instance in the host's backup directory. */
export async function backupCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (!values.env) {
    io.err('usage: slotflip backup --env FILE [--instance ID] [--secrets-dir DIR] [--lock-wait 10m] [--dry-run] [--verify-restore]');
    return 1;
  }
  return cancellable(io, async (signal) => {
    const r = await runBackup({
      envFile: values.env!,
      instanceId: values.instance,
      secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR },
      lockWaitMs: lockWaitOption(values['lock-wait']),
      dryRun: values['dry-run'],
      verifyRestore: values['verify-restore'],
      env: io.env,
      log: io.err,
      signal,
    });
    if (values['dry-run'] && r.planText) io.out(r.planText);
    io.err(`backup: ${r.summary} (exit ${r.exitCode})`);
    return r.exitCode;
  });
}
