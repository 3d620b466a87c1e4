import { runBackup } from '../commands/backup.js';
import { githubPort } from '../github/port.js';
import { cancellable } from './cancel.js';
import { report } from './outcome.js';
import { flag, type Values } from './parse.js';
import { hostOptions } from './host-options.js';
import type { Io } from './io.js';

/** `slotflip backup --env FILE`: one encrypted archive of the instance in the host's backup directory. */
export async function backupCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const dryRun = flag(values, 'dry-run');
  return cancellable(io, async (signal) => {
    const r = await runBackup({
      ...hostOptions(values, io, signal),
      verifyRestore: flag(values, 'verify-restore'),
      env: io.env,
      github: githubPort(io.env),
    });
    return report(io, 'backup', r, { json: flag(values, 'json'), dryRun });
  });
}
