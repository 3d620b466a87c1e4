import { runDeploy } from '../commands/deploy.js';
import { cancellable } from './cancel.js';
import { report } from './outcome.js';
import { flag, type Values } from './parse.js';
import { hostOptions, secretsOption } from './host-options.js';
import type { Io } from './io.js';

/** `slotflip plan` prints the plan; `slotflip deploy` runs it. Both build it the same way. */
export function deployCommand(dryRun: boolean) {
  return async (values: Values, _args: string[], io: Io): Promise<number> => {
    const offline = dryRun && flag(values, 'offline');
    return cancellable(io, async (signal) => {
      const r = await runDeploy({
        ...hostOptions(values, io, signal),
        // Offline, nothing reaches a host: no secret is read (templates see placeholders).
        secrets: offline ? undefined : secretsOption(values, io),
        allowBreaking: flag(values, 'allow-breaking'),
        dryRun,
        offline,
      });
      return report(io, dryRun ? 'plan' : 'deploy', r, { json: flag(values, 'json'), dryRun });
    });
  };
}
