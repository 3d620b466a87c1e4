import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { PassThrough, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { quote } from '../shell/quote.js';
import { filterLocal } from '../transport/local.js';
import { pullArgv, untarArgv, type Transport } from '../transport/transport.js';
import { parseManifest, type BackupManifest } from './manifest.js';

// Everything a restore checks before a single byte reaches pg_restore, with the decryption done where the identity
// lives (the restore job or the operator's machine; hosts and deploy jobs never hold it). One pass, streamed: the
// encrypted archive (pulled from the host, or read from a local file) is hashed as it flows into `age --decrypt`,
// whose output is unpacked into a private directory on the host. age authenticates every chunk, so a flipped byte or
// a wrong key stops the stream; then the sha256 must match the manifest, the parts their SHA256SUMS, and the manifest
// sealed inside must name the same backup. Anything short of that removes the directory and refuses.

export type Opened = { ok: true; inner: BackupManifest } | { ok: false; reason: string; remedy: string };

export interface ArchiveSource {
  manifest: BackupManifest;
  /** On this machine (a local store, a downloaded artifact) or on the host (its backup directory). */
  local?: string;
  remote?: string;
}

const ageError = (stderr: string) =>
  stderr
    .split('\n')
    .find((l) => l.startsWith('age: error:'))
    ?.replace('age: error: ', '') ?? stderr.trim();

export async function openArchiveOnHost(
  src: ArchiveSource,
  identity: string,
  transport: Transport,
  dir: string,
  onBytes?: (bytes: number) => void,
): Promise<Opened> {
  const m = src.manifest;
  const refuse = async (reason: string, remedy: string): Promise<Opened> => {
    await transport.script(`rm -rf ${quote(dir)}`);
    return { ok: false, reason: `backup ${m.id}: ${reason}`, remedy };
  };
  const cipher = src.remote ? new PassThrough() : createReadStream(src.local!);
  const fetched = src.remote
    ? transport.pipe(pullArgv(src.remote), { stdout: cipher as PassThrough })
    : Promise.resolve();
  // The identity arrives on fd 3 (a socket under Node, which age cannot open by path): bash turns it into a pipe.
  const age = filterLocal(['bash', '-c', 'exec age --decrypt --identity <(cat <&3)'], identity);
  // Every byte is hashed even after age stops (a flipped byte, a wrong key): the message can then say which it was.
  const hash = createHash('sha256');
  let ageStopped = false;
  let bytes = 0;
  age.stdin.on('error', () => (ageStopped = true));
  const toAge = new Writable({
    write(chunk: Buffer, _e, cb) {
      hash.update(chunk);
      onBytes?.((bytes += chunk.length));
      if (ageStopped) return cb();
      age.stdin.write(chunk, (err) => ((ageStopped ||= Boolean(err)), cb()));
    },
    final(cb) {
      if (!ageStopped) age.stdin.end();
      cb();
    },
  });
  const fed = pipeline(cipher as Readable, toAge);
  const unpacked = transport.pipe(untarArgv(dir), { stdin: age.stdout });
  const [f, , dec, u] = await Promise.allSettled([fetched, fed, age.done, unpacked]);
  if (f.status === 'rejected')
    return refuse(`fetching the archive failed: ${(f.reason as Error).message}`, 'Check the store and run again');
  const sha = hash.digest('hex');
  if (sha !== m.encrypted.sha256)
    return refuse(
      `the archive's sha256 is ${sha}, its manifest says ${m.encrypted.sha256} (damaged or altered)`,
      'Restore another backup (`slotflip status` lists them); this one stays untouched for inspection',
    );
  const decrypted = dec.status === 'fulfilled' ? dec.value : { code: 127, stderr: String(dec.reason) };
  if (decrypted.code !== 0) {
    const why = ageError(decrypted.stderr);
    const remedy =
      decrypted.code === 127
        ? 'Install age on this machine (Debian: apt-get install age)'
        : /no identity matched/.test(why)
          ? `The restore key is not one of the backup's recipients (${m.recipients.join(', ')}); use the ` +
            `identity that matches`
          : 'The archive is damaged: restore another backup';
    return refuse(`it cannot be decrypted: ${why}`, remedy);
  }
  if (u.status === 'rejected')
    return refuse(
      `unpacking it on ${transport.label} failed: ${(u.reason as Error).message}`,
      'Check the disk space in the backup directory on the host',
    );
  const check = await transport.script(
    `cd ${quote(dir)} && sha256sum --check --quiet SHA256SUMS >&2 && cat manifest.json`,
  );
  if (check.code !== 0)
    return refuse(`its parts do not match their SHA256SUMS: ${check.stderr.trim()}`, 'Restore another backup');
  const inner = parseManifest(check.stdout, true);
  if (
    !inner ||
    inner.id !== m.id ||
    inner.instance !== m.instance ||
    JSON.stringify(inner.sizes) !== JSON.stringify(m.sizes)
  ) {
    return refuse(
      `the manifest sealed in the archive names ${inner ? `${inner.instance}/${inner.id}` : 'nothing'}, not ` +
        `${m.instance}/${m.id} with the same parts`,
      'The outer manifest was swapped: restore another backup',
    );
  }
  return { ok: true, inner };
}
