import { runDeploy } from '../commands/deploy.js';
import { lockWaitOption } from './lock-wait.js';
import { cancellable } from './cancel.js';
import { report } from './outcome.js';
import { flag, str, type Values } from './parse.js';
import { secretsOption } from './host-options.js';
import type { Io } from './io.js';

/** `slotflip plan` prints the plan; `slotflip deploy` runs it. Both build it the same way. */
export function deployCommand(dryRun: boolean) {
  return async (values: Values, _args: string[], io: Io): Promise<number> => {
    const offline = dryRun && flag(values, 'offline');
    return cancellable(io, async (signal) => {
      const r = await runDeploy({
        envFile: str(values, 'env')!,
        instanceId: str(values, 'instance'),
        secrets: offline ? undefined : secretsOption(values, io),
        allowBreaking: flag(values, 'allow-breaking'),
        lockWaitMs: lockWaitOption(str(values, 'lock-wait')),
        dryRun,
        offline,
        log: io.err,
        signal,
      });
      return report(io, dryRun ? 'plan' : 'deploy', r, { json: flag(values, 'json'), dryRun });
    });
  };
}
