import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { execLocal } from '../transport/local.js';
import { parseManifest, type BackupFiles, type BackupManifest } from './manifest.js';

// Everything a restore checks before a single byte reaches the host's pg_restore, done where the identity lives (the
// restore job or the operator's machine; hosts and deploy jobs never hold it): the archive's sha256 against its
// manifest, a complete age decryption (every chunk authenticated: a flipped byte or a wrong key fails here), the
// SHA256SUMS of every part, and the manifest sealed inside naming the same backup.

export type Opened =
  | { ok: true; plainTar: string; inner: BackupManifest }
  | { ok: false; reason: string; remedy: string };

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

export async function openArchive(files: BackupFiles, identity: string, workDir: string): Promise<Opened> {
  const id = files.manifest.id;
  const sha = await sha256File(files.archive).catch((e: Error) => `unreadable: ${e.message}`);
  if (sha !== files.manifest.encrypted.sha256) {
    return { ok: false, reason: `backup ${id}: the archive's sha256 is ${sha}, its manifest says ${files.manifest.encrypted.sha256} (damaged or altered)`, remedy: 'Restore another backup (`slotflip status` lists them); this one stays untouched for inspection' };
  }
  const plainTar = join(workDir, `${id}.tar`);
  const dec = await execLocal(['age', '--decrypt', '--identity', '-', '--output', plainTar, files.archive], { input: identity }).catch((e: Error) => ({ code: 127, stdout: '', stderr: e.message }));
  if (dec.code !== 0) {
    const why = dec.stderr.split('\n').find((l) => l.startsWith('age: error:'))?.replace('age: error: ', '') ?? dec.stderr.trim();
    const wrongKey = /no identity matched/.test(why);
    return {
      ok: false,
      reason: `backup ${id} cannot be decrypted: ${why}`,
      remedy: dec.code === 127 ? 'Install age on this machine (Debian: apt-get install age)' : wrongKey ? `The restore key is not one of the backup's recipients (${files.manifest.recipients.join(', ')}); use the identity that matches` : 'The archive is damaged: restore another backup',
    };
  }
  const parts = join(workDir, 'parts');
  await mkdir(parts, { recursive: true, mode: 0o700 });
  const untar = await execLocal(['tar', '-xf', plainTar, '-C', parts]);
  const sums = untar.code === 0 ? await execLocal(['sha256sum', '--check', '--quiet', 'SHA256SUMS'], { cwd: parts }) : untar;
  if (sums.code !== 0) return { ok: false, reason: `backup ${id}: its parts do not match their SHA256SUMS: ${sums.stdout.trim() || sums.stderr.trim()}`, remedy: 'Restore another backup' };
  const inner = parseManifest(await readFile(join(parts, 'manifest.json'), 'utf8').catch(() => ''), true);
  if (!inner || inner.id !== id || inner.instance !== files.manifest.instance) {
    return { ok: false, reason: `backup ${id}: the manifest sealed in the archive names ${inner ? `${inner.instance}/${inner.id}` : 'nothing'}, not ${files.manifest.instance}/${id}`, remedy: 'The outer manifest was swapped: restore another backup' };
  }
  return { ok: true, plainTar, inner };
}
