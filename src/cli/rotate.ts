import { ROTATABLE, runRotate, type Rotatable } from '../commands/rotate.js';
import { lockWaitOption } from './lock-wait.js';
import { cancellable } from './cancel.js';
import { report } from './outcome.js';
import { flag, str, type Values } from './parse.js';
import { secretsOption } from './secrets-option.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

/** `slotflip rotate db-password|app-secret --env FILE`: a new database password (no restart of a serving slot) or shared secret. */
export async function rotateCommand(values: Values, args: string[], io: Io): Promise<number> {
  const secret = args[0]!;
  if (!ROTATABLE.includes(secret as Rotatable)) throw new UsageError(`"${secret}" is not something slotflip rotates (${ROTATABLE.join(', ')})`);
  const dryRun = flag(values, 'dry-run');
  return cancellable(io, async (signal) => {
    const r = await runRotate({
      envFile: str(values, 'env')!,
      instanceId: str(values, 'instance'),
      secrets: secretsOption(values, io),
      secret: secret as Rotatable,
      lockWaitMs: lockWaitOption(str(values, 'lock-wait')),
      dryRun,
      log: io.err,
      signal,
    });
    return report(io, 'rotate', r, { json: flag(values, 'json'), dryRun });
  });
}
