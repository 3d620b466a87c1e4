import { ROTATABLE, runRotate, type Rotatable } from '../commands/rotate.js';
import { cancellable } from './cancel.js';
import { report } from './outcome.js';
import { flag, type Values } from './parse.js';
import { hostOptions } from './host-options.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

/**
 * `slotflip rotate db-password|app-secret --env FILE`: a new database password (no restart of a serving slot) or shared
 * secret.
 */
export async function rotateCommand(values: Values, args: string[], io: Io): Promise<number> {
  const secret = args[0]!;
  if (!ROTATABLE.includes(secret as Rotatable))
    throw new UsageError(`"${secret}" is not something slotflip rotates (${ROTATABLE.join(', ')})`);
  const dryRun = flag(values, 'dry-run');
  return cancellable(io, async (signal) => {
    const r = await runRotate({
      ...hostOptions(values, io, signal),
      secret: secret as Rotatable,
    });
    return report(io, 'rotate', r, { json: flag(values, 'json'), dryRun });
  });
}
