import { runAdopt } from '../commands/adopt.js';
import { cancellable } from './cancel.js';
import { report } from './outcome.js';
import { flag, type Values } from './parse.js';
import { hostOptions } from './host-options.js';
import type { Io } from './io.js';

/** `slotflip adopt --env FILE`: take over an instance installed by hand, with no restart. */
export async function adoptCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const dryRun = flag(values, 'dry-run');
  return cancellable(io, async (signal) => {
    const r = await runAdopt({
      ...hostOptions(values, io, signal),
    });
    return report(io, 'adopt', r, { json: flag(values, 'json'), dryRun });
  });
}
