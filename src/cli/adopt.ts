import { runAdopt } from '../commands/adopt.js';
import { lockWaitOption } from './lock-wait.js';
import { cancellable } from './cancel.js';
import { report } from './outcome.js';
import { flag, str, type Values } from './parse.js';
import { secretsOption } from './secrets-option.js';
import type { Io } from './io.js';

/** `slotflip adopt --env FILE`: take over an instance installed by hand, with no restart. */
export async function adoptCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const dryRun = flag(values, 'dry-run');
  return cancellable(io, async (signal) => {
    const r = await runAdopt({
      envFile: str(values, 'env')!,
      instanceId: str(values, 'instance'),
      secrets: secretsOption(values, io),
      lockWaitMs: lockWaitOption(str(values, 'lock-wait')),
      dryRun,
      log: io.err,
      signal,
    });
    return report(io, 'adopt', r, { json: flag(values, 'json'), dryRun });
  });
}
