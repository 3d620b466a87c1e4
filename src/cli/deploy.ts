import { parseArgs } from 'node:util';
import { runDeploy } from '../commands/deploy.js';
import { lockWaitOption } from './lock-wait.js';
import { cancellable } from './cancel.js';
import type { Io } from './run.js';

const OPTIONS = {
  env: { type: 'string' },
  instance: { type: 'string' },
  'secrets-dir': { type: 'string' },
  'allow-breaking': { type: 'boolean', default: false },
  'lock-wait': { type: 'string', default: '0s' },
  offline: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

/** `slotflip plan` prints the plan; `slotflip deploy` runs it. Both build it the same way. */
export function deployCommand(dryRun: boolean) {
  return async (args: string[], io: Io): Promise<number> => {
    const { values } = parseArgs({ args, options: OPTIONS });
    if (!values.env) {
      io.err(`usage: slotflip ${dryRun ? 'plan' : 'deploy'} --env FILE [--instance ID] [--secrets-dir DIR]${dryRun ? ' [--offline]' : ' [--allow-breaking] [--lock-wait 10m]'} [--json]`);
      return 1;
    }
    const offline = dryRun && values.offline;
    return cancellable(io, async (signal) => {
      const r = await runDeploy({
        envFile: values.env!,
        instanceId: values.instance,
        secrets: offline ? undefined : { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR },
        allowBreaking: values['allow-breaking'],
        lockWaitMs: lockWaitOption(values['lock-wait']),
        dryRun,
        offline,
        log: io.err,
        signal,
      });
      if (values.json) io.out(JSON.stringify({ format: 1, command: dryRun ? 'plan' : 'deploy', exitCode: r.exitCode, summary: r.summary, release: r.release ?? null, slot: r.slot ?? null, url: r.url ?? null, receipt: r.receipt ?? null, overlapSeconds: r.overlapSeconds ?? null, steps: r.outcome && 'timings' in r.outcome ? r.outcome.timings : [] }, null, 2));
      else if (dryRun && r.planText) io.out(r.planText);
      io.err(`${dryRun ? 'plan' : 'deploy'}: ${r.summary} (exit ${r.exitCode})`);
      return r.exitCode;
    });
  };
}

