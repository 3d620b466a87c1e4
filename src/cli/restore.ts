import { runRestore } from '../commands/restore.js';
import { githubPort } from '../github/port.js';
import { cancellable } from './cancel.js';
import { report } from './outcome.js';
import { flag, str, type Values } from './parse.js';
import { hostOptions } from './host-options.js';
import type { Io } from './io.js';

/** `slotflip restore --env FILE --from ID|latest|run:RUN_ID [--drill]`. */
export async function restoreCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const dryRun = flag(values, 'dry-run');
  return cancellable(io, async (signal) => {
    const r = await runRestore({
      ...hostOptions(values, io, signal),
      from: str(values, 'from')!,
      drill: flag(values, 'drill'),
      env: io.env,
      github: githubPort(io.env),
    });
    return report(io, 'restore', r, { json: flag(values, 'json'), dryRun });
  });
}
