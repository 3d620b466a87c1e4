import { EarlyHandshake } from '../session/early-handshake.js';
import { secretsOption } from './host-options.js';
import { str, type Values } from './parse.js';
import type { Io } from './io.js';

/** The rollback's SSH handshake, started from its options before the rest of its code loads (cli/run.ts). */
export const startEarlyHandshake = (values: Values, io: Io) =>
  new EarlyHandshake({
    envFile: str(values, 'env') ?? '',
    instanceId: str(values, 'instance'),
    secrets: secretsOption(values, io),
  });
