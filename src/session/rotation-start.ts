import { randomBytes } from 'node:crypto';
import type { Instance } from '../config/environment.generated.js';
import { SlotflipError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { masker } from '../plan/format.js';
import { writableSecret } from '../secrets/store.js';
import { connectTarget } from '../transport/connect.js';
import type { Transport } from '../transport/transport.js';
import type { Prepared } from './prepare.js';
import { readHostWhenFree, type Host } from './run-context.js';
import type { VerbOptions } from './verb.js';

// How both rotations begin: the stored secret must be writable before anything changes (the new value has to land
// somewhere), then a new value, a mask that hides it too, the connection and the host read once the lock is free.

export interface RotationStart {
  /** Where the stored secret lives ('(dry run)' on a dry run). */
  storedPath: string;
  value: string;
  mask: (text: string) => string;
  /** Open: the caller closes it. */
  transport: Transport;
  host: Host;
}

export async function startRotation(
  opts: VerbOptions,
  prepared: Prepared,
  secretName: string,
  bytes: number,
): Promise<RotationStart> {
  const inst: Instance = prepared.instance;
  const stored = opts.dryRun
    ? { ok: true as const, path: '(dry run)' }
    : await writableSecret(secretName, opts.secrets ?? { env: {} });
  if (!stored.ok) throw new SlotflipError('preflight', stored.reason, '', ExitCode.preflight);
  const value = randomBytes(bytes).toString('base64url');
  const mask = masker([...Object.values(prepared.secrets), value]);
  const transport = await connectTarget(inst, prepared.secrets);
  try {
    const host = await readHostWhenFree(transport, inst, Date.now() + opts.lockWaitMs, (l) =>
      opts.log(`waiting for the lock: ${mask(l)}`),
    );
    return { storedPath: stored.path, value, mask, transport, host };
  } catch (err) {
    await transport.close();
    throw err;
  }
}
