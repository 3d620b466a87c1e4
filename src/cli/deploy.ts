import { parseArgs } from 'node:util';
import { runDeploy, runReleaseHold } from '../commands/deploy.js';
import { formatStatus, runStatus } from '../commands/status.js';
import { seconds } from '../host/health.js';
import type { Io } from './run.js';

const OPTIONS = {
  env: { type: 'string' },
  instance: { type: 'string' },
  'secrets-dir': { type: 'string' },
  'allow-breaking': { type: 'boolean', default: false },
  'lock-wait': { type: 'string', default: '0s' },
  offline: { type: 'boolean', default: false },
} as const;

/** `slotflip plan` prints the plan; `slotflip deploy` runs it. Both build it the same way. */
export function deployCommand(dryRun: boolean) {
  return async (args: string[], io: Io): Promise<number> => {
    const { values } = parseArgs({ args, options: OPTIONS });
    if (!values.env) {
      io.err(`usage: slotflip ${dryRun ? 'plan' : 'deploy'} --env FILE [--instance ID] [--secrets-dir DIR]${dryRun ? ' [--offline]' : ' [--allow-breaking] [--lock-wait 10m]'}`);
      return 1;
    }
    const offline = dryRun && values.offline;
    // GitHub cancels with SIGINT, then SIGTERM, then SIGKILL: stop between steps and undo what was done.
    const abort = new AbortController();
    const onSignal = () => {
      io.err('slotflip: cancelling after the current step; undoing what this run changed');
      abort.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const r = await runDeploy({
        envFile: values.env,
        instanceId: values.instance,
        secrets: offline ? undefined : { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR },
        allowBreaking: values['allow-breaking'],
        lockWaitMs: seconds(values['lock-wait'], 0) * 1000,
        dryRun,
        offline,
        log: io.err,
        signal: abort.signal,
      });
      if (dryRun && r.planText) io.out(r.planText);
      io.err(`${dryRun ? 'plan' : 'deploy'}: ${r.summary} (exit ${r.exitCode})`);
      return r.exitCode;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  };
}

export async function releaseHoldCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { env: { type: 'string' }, instance: { type: 'string' }, 'secrets-dir': { type: 'string' } } });
  if (!values.env) {
    io.err('usage: slotflip release-hold --env FILE [--instance ID] [--secrets-dir DIR]');
    return 1;
  }
  const r = await runReleaseHold({ envFile: values.env, instanceId: values.instance, secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR }, log: io.err });
  io.err(`release-hold: ${r.summary} (exit ${r.exitCode})`);
  return r.exitCode;
}

export async function statusCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { env: { type: 'string' }, instance: { type: 'string' }, 'secrets-dir': { type: 'string' }, json: { type: 'boolean', default: false }, watch: { type: 'boolean', default: false } } });
  if (!values.env) {
    io.err('usage: slotflip status --env FILE [--instance ID] [--secrets-dir DIR] [--json] [--watch]');
    return 1;
  }
  const once = async () => {
    const s = await runStatus({ envFile: values.env!, instanceId: values.instance, secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR } });
    io.out(values.json ? JSON.stringify(s, null, 2) : formatStatus(s));
  };
  if (!values.watch) {
    await once();
    return 0;
  }
  // --watch refreshes every 2 s until interrupted (at most an hour, so it never runs unattended forever).
  const until = Date.now() + 3_600_000;
  let stop = false;
  process.once('SIGINT', () => (stop = true));
  while (!stop && Date.now() < until) {
    if (!values.json) io.out('\x1b[2J\x1b[H');
    await once();
    await new Promise((r) => setTimeout(r, 2000));
  }
  return 0;
}
