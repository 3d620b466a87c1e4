import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Instance } from '../config/environment.generated.js';
import { plainMapping } from '../config/yaml-fast.js';
import { lookupSecret, type SecretSource } from '../secrets/lookup.js';
import { connectTarget } from '../transport/connect.js';
import type { Transport } from '../transport/transport.js';

// A rollback is timed from the command's start: its SSH handshake need not wait for the environment's validation,
// nor for the engine's code to load. It starts from the file as written (read by the fast YAML path alone: a file
// that path refuses waits for the validation). No command runs on it before validation has passed, and it is used
// only if the validated target is the one it reached (session/early-connect.ts); otherwise it is closed unused.
// This module imports nothing but the YAML reader, the secret lookup and the transport, so it loads first.

export interface Reached {
  /** What the connection was made for: the target's address, pinned keys and private key, hashed. */
  key: string;
  transport: Transport;
}

/** The handshake's key for an instance and its private key: equal only when the validated target is the same. */
export const reachedKey = (inst: Instance, privateKey: string) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        inst.target.host,
        inst.target.port ?? 22,
        inst.target.user ?? 'root',
        inst.target.host_keys ?? [],
        privateKey,
      ]),
    )
    .digest('hex');

export interface EarlyTarget {
  envFile: string;
  instanceId?: string;
  secrets?: SecretSource;
}

async function reach(opts: EarlyTarget, started: () => void): Promise<Reached | undefined> {
  const doc = plainMapping(await readFile(opts.envFile, 'utf8')) as { instances?: Instance[] } | undefined;
  const list = Array.isArray(doc?.instances) ? doc.instances : [];
  const inst = opts.instanceId ? list.find((i) => i?.id === opts.instanceId) : list.length === 1 ? list[0] : undefined;
  const name = inst?.target?.ssh_key_secret;
  if (!inst || inst.target.transport !== 'ssh' || !name || !opts.secrets) return undefined;
  const secret = await lookupSecret(name, opts.secrets);
  if (!secret.ok) return undefined;
  const connecting = connectTarget(inst, { [name]: secret.value });
  started();
  const transport = await connecting;
  // The runner's session is slotflip's own fixed loop: it runs nothing until a script is sent, after validation.
  transport.warmUp?.();
  return { key: reachedKey(inst, secret.value), transport };
}

/** A handshake under way, handed to whoever validated the file (`take`), or closed unused (`discard`). */
export class EarlyHandshake {
  private taken = false;
  private readonly pending: Promise<Reached | undefined>;
  /** Settles once the connection is under way (or will not be made). */
  readonly started: Promise<void>;

  constructor(target: EarlyTarget) {
    let started = () => {};
    this.started = new Promise((r) => (started = r));
    // Any failure here is met again, with its proper message, by the connection made after validation.
    this.pending = reach(target, started)
      .catch(() => undefined)
      .finally(started);
  }

  take(): Promise<Reached | undefined> {
    this.taken = true;
    return this.pending;
  }

  /** Closes the connection when no one took it: the command ended before it needed one. */
  async discard(): Promise<void> {
    if (this.taken) return;
    this.taken = true;
    await (await this.pending)?.transport.close();
  }
}
