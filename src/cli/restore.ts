import { parseArgs } from 'node:util';
import { runRestore } from '../commands/restore.js';
import { lockWaitOption } from './lock-wait.js';
import { cancellable } from './cancel.js';
import type { Io } from './run.js';

const OPTIONS = {
  env: { type: 'string' },
  instance: { type: 'string' },
  from: { type: 'string' },
  drill: { type: 'boolean', default: false },
  'secrets-dir': { type: 'string' },
  'lock-wait': { type: 'string', default: '0s' },
  'dry-run': { type: 'boolean', default: false },
} as const;

/** `slotflip restore --env FILE --from ID|latest|run:RUN_ID [--drill]`. */
export async function restoreCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (!values.env || !values.from) {
    io.err('usage: slotflip restore --env FILE --from ID|latest|run:RUN_ID [--drill] [--instance ID] [--secrets-dir DIR] [--lock-wait 10m] [--dry-run]');
    return 1;
  }
  return cancellable(io, async (signal) => {
    const r = await runRestore({
      envFile: values.env!,
      instanceId: values.instance,
      from: values.from!,
      drill: values.drill,
      env: io.env,
      secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR },
      lockWaitMs: lockWaitOption(values['lock-wait']),
      dryRun: values['dry-run'],
      log: io.err,
      signal,
    });
    if (values['dry-run'] && r.planText) io.out(r.planText);
    io.err(`restore: ${r.summary} (exit ${r.exitCode})`);
    return r.exitCode;
  });
}
