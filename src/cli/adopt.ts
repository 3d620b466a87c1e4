import { parseArgs } from 'node:util';
import { runAdopt } from '../commands/adopt.js';
import { lockWaitOption } from './lock-wait.js';
import { cancellable } from './cancel.js';
import type { Io } from './run.js';

const OPTIONS = {
  env: { type: 'string' },
  instance: { type: 'string' },
  'secrets-dir': { type: 'string' },
  'lock-wait': { type: 'string', default: '0s' },
  'dry-run': { type: 'boolean', default: false },
} as const;

/** `slotflip adopt --env FILE`: take over an instance installed by hand, with no restart. */
export async function adoptCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (!values.env) {
    io.err('usage: slotflip adopt --env FILE [--instance ID] [--secrets-dir DIR] [--lock-wait 10m] [--dry-run]');
    return 1;
  }
  return cancellable(io, async (signal) => {
    const r = await runAdopt({
      envFile: values.env!,
      instanceId: values.instance,
      secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR },
      lockWaitMs: lockWaitOption(values['lock-wait']),
      dryRun: values['dry-run'],
      log: io.err,
      signal,
    });
    if (values['dry-run'] && r.planText) io.out(r.planText);
    io.err(`adopt: ${r.summary} (exit ${r.exitCode})`);
    return r.exitCode;
  });
}
