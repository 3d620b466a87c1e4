import { runRestore } from '../commands/restore.js';
import { githubPort } from '../github/port.js';
import { lockWaitOption } from './lock-wait.js';
import { cancellable } from './cancel.js';
import { report } from './outcome.js';
import { flag, str, type Values } from './parse.js';
import { secretsOption } from './secrets-option.js';
import type { Io } from './io.js';

/** `slotflip restore --env FILE --from ID|latest|run:RUN_ID [--drill]`. */
export async function restoreCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const dryRun = flag(values, 'dry-run');
  return cancellable(io, async (signal) => {
    const r = await runRestore({
      envFile: str(values, 'env')!,
      instanceId: str(values, 'instance'),
      from: str(values, 'from')!,
      drill: flag(values, 'drill'),
      env: io.env,
      github: githubPort(io.env),
      secrets: secretsOption(values, io),
      lockWaitMs: lockWaitOption(str(values, 'lock-wait')),
      dryRun,
      log: io.err,
      signal,
    });
    return report(io, 'restore', r, { json: flag(values, 'json'), dryRun });
  });
}
