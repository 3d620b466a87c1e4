import { runBackup } from '../commands/backup.js';
import { githubPort } from '../github/port.js';
import { lockWaitOption } from './lock-wait.js';
import { cancellable } from './cancel.js';
import { report } from './outcome.js';
import { flag, str, type Values } from './parse.js';
import { secretsOption } from './secrets-option.js';
import type { Io } from './io.js';

/** `slotflip backup --env FILE`: one encrypted archive of the instance in the host's backup directory. */
export async function backupCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const dryRun = flag(values, 'dry-run');
  return cancellable(io, async (signal) => {
    const r = await runBackup({
      envFile: str(values, 'env')!,
      instanceId: str(values, 'instance'),
      secrets: secretsOption(values, io),
      lockWaitMs: lockWaitOption(str(values, 'lock-wait')),
      dryRun,
      verifyRestore: flag(values, 'verify-restore'),
      env: io.env,
      github: githubPort(io.env),
      log: io.err,
      signal,
    });
    return report(io, 'backup', r, { json: flag(values, 'json'), dryRun });
  });
}
