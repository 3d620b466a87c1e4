import { connectTarget } from '../transport/connect.js';
import type { Transport } from '../transport/transport.js';
import { EarlyHandshake, reachedKey } from './early-handshake.js';
import { prepare, type Prepared, type PrepareOptions } from './prepare.js';

/**
 * prepare() and the target's connection, the handshake overlapping the validation (session/early-handshake.ts).
 * `early`: a handshake the command started before its code loaded; by default one starts here.
 */
export async function prepareAndConnect(
  opts: PrepareOptions,
  early = new EarlyHandshake(opts),
): Promise<{ prepared: Prepared; transport: Transport }> {
  let prepared: Prepared;
  try {
    prepared = await prepare(opts);
  } catch (err) {
    void early.discard();
    throw err;
  }
  const got = await early.take();
  const name = prepared.instance.target.ssh_key_secret;
  if (got && name && got.key === reachedKey(prepared.instance, prepared.secrets[name] ?? ''))
    return { prepared, transport: got.transport };
  await got?.transport.close();
  return { prepared, transport: await connectTarget(prepared.instance, prepared.secrets) };
}
