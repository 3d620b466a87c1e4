import type { SecretSource } from '../secrets/lookup.js';
import { str, type Values } from './parse.js';
import type { Io } from './io.js';

/** Where a verb reads secrets: the environment's SLOTFLIP_SECRET_* and --secrets-dir (or $SLOTFLIP_SECRETS_DIR). */
export function secretsOption(values: Values, io: Io): SecretSource {
  return { env: io.env, dir: str(values, 'secrets-dir') ?? io.env.SLOTFLIP_SECRETS_DIR };
}
