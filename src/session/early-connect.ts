import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { Instance } from '../config/environment.generated.js';
import { lookupSecret } from '../secrets/lookup.js';
import { connectTarget } from '../transport/connect.js';
import type { Transport } from '../transport/transport.js';
import { prepare, type Prepared, type PrepareOptions } from './prepare.js';

// A rollback is timed from the command's start: the SSH handshake need not wait for the environment's validation.
// The handshake starts from the file as written while it is validated; no command runs on it before validation has
// passed, and it is used only if the validated target is the one it reached (otherwise it is closed unused).

const sshKey = (inst: Instance, key: string) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        inst.target.host,
        inst.target.port ?? 22,
        inst.target.user ?? 'root',
        inst.target.host_keys ?? [],
        key,
      ]),
    )
    .digest('hex');

async function handshake(opts: PrepareOptions): Promise<{ key: string; transport: Transport } | undefined> {
  const doc = parse(await readFile(opts.envFile, 'utf8')) as { instances?: Instance[] };
  const list = Array.isArray(doc?.instances) ? doc.instances : [];
  const inst = opts.instanceId ? list.find((i) => i?.id === opts.instanceId) : list.length === 1 ? list[0] : undefined;
  const name = inst?.target?.ssh_key_secret;
  if (!inst || inst.target.transport !== 'ssh' || !name || !opts.secrets) return undefined;
  const secret = await lookupSecret(name, opts.secrets);
  if (!secret.ok) return undefined;
  return { key: sshKey(inst, secret.value), transport: await connectTarget(inst, { [name]: secret.value }) };
}

/** prepare() and the target's connection, the handshake overlapping the validation. */
export async function prepareAndConnect(opts: PrepareOptions): Promise<{ prepared: Prepared; transport: Transport }> {
  const early = handshake(opts).catch(() => undefined);
  let prepared: Prepared;
  try {
    prepared = await prepare(opts);
  } catch (err) {
    void early.then((e) => e?.transport.close());
    throw err;
  }
  const got = await early;
  const name = prepared.instance.target.ssh_key_secret;
  if (got && name && got.key === sshKey(prepared.instance, prepared.secrets[name] ?? ''))
    return { prepared, transport: got.transport };
  await got?.transport.close();
  return { prepared, transport: await connectTarget(prepared.instance, prepared.secrets) };
}
