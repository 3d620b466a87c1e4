import type { SecretSource } from '../secrets/lookup.js';
import { lockWaitOption } from './lock-wait.js';
import { flag, str, type Values } from './parse.js';
import type { Io } from './io.js';

/** Where a verb reads secrets: the environment's SLOTFLIP_SECRET_* and --secrets-dir (or $SLOTFLIP_SECRETS_DIR). */
export function secretsOption(values: Values, io: Io): SecretSource {
  return { env: io.env, dir: str(values, 'secrets-dir') ?? io.env.SLOTFLIP_SECRETS_DIR };
}

/** What every verb that runs a plan on a host takes from its command line: the file, instance, secrets, lock wait. */
export function hostOptions(values: Values, io: Io, signal: AbortSignal) {
  return {
    envFile: str(values, 'env')!,
    instanceId: str(values, 'instance'),
    secrets: secretsOption(values, io),
    lockWaitMs: lockWaitOption(str(values, 'lock-wait')),
    dryRun: flag(values, 'dry-run'),
    log: io.err,
    signal,
  };
}
