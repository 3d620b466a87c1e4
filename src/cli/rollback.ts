import { runRollback } from '../commands/rollback.js';
import { cancellable } from './cancel.js';
import { report } from './outcome.js';
import { flag, str, type Values } from './parse.js';
import { hostOptions } from './host-options.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';
import type { EarlyHandshake } from '../session/early-handshake.js';

/** `slotflip rollback --env FILE [--to RELEASE]`: the previous release (or a kept one) back in front of users. */
export async function rollbackCommand(
  values: Values,
  _args: string[],
  io: Io,
  early?: EarlyHandshake,
): Promise<number> {
  try {
    const restoreDb = str(values, 'restore-db');
    if (restoreDb !== 'never' && restoreDb !== 'if-safe' && restoreDb !== 'force')
      throw new UsageError(`--restore-db must be never, if-safe or force, not "${restoreDb}"`);
    const dryRun = flag(values, 'dry-run');
    return await cancellable(io, async (signal) => {
      const r = await runRollback({
        ...hostOptions(values, io, signal),
        to: str(values, 'to'),
        restoreDb,
        early,
      });
      return report(io, 'rollback', r, { json: flag(values, 'json'), dryRun });
    });
  } finally {
    // A rollback that ended before it needed the connection (a usage error) closes it.
    await early?.discard();
  }
}
