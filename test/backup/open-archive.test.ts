import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupManifest } from '../../src/backup/manifest.js';
import { openArchiveOnHost } from '../../src/backup/open-archive.js';
import { PrefixTransport } from '../../src/transport/local.js';
import { tempDir } from '../helpers.js';

// Real age and tar, with this machine as the "host" (a transport with no prefix): the checks a restore makes before
// anything reaches pg_restore.
const host = new PrefixTransport('this machine', []);
const sh = (cmd: string, cwd: string) => execFileSync('bash', ['-c', cmd], { cwd, encoding: 'utf8' });

function makeBackup() {
  const dir = tempDir('archive-');
  sh(
    'age-keygen -o key 2>/dev/null && mkdir parts && head -c 200000 /dev/urandom > parts/db.dump && echo ' +
      'state > parts/shared.tar',
    dir,
  );
  const sealed = {
    format: 1,
    id: 'app-R1',
    instance: 'app',
    release: null,
    recipients: [sh('age-keygen -y key', dir).trim()],
    made_by: {},
    schema: '',
    created: 'now',
    sizes: { 'db.dump': 200000, 'shared.tar': 6 },
    tools: '',
  };
  writeFileSync(join(dir, 'parts/manifest.json'), JSON.stringify(sealed));
  sh(
    `cd parts && sha256sum db.dump shared.tar > SHA256SUMS && tar -cf - manifest.json SHA256SUMS db.dump ` +
      `shared.tar | age -r ${sealed.recipients[0]} -o ../app-R1.tar.age`,
    dir,
  );
  const bytes = readFileSync(join(dir, 'app-R1.tar.age'));
  const manifest = {
    ...sealed,
    encrypted: { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length },
  } as BackupManifest;
  return { dir, manifest, archive: join(dir, 'app-R1.tar.age'), identity: readFileSync(join(dir, 'key'), 'utf8') };
}

describe('openArchiveOnHost', () => {
  it('decrypts with the identity on fd 3, unpacks on the host and checks every part', async () => {
    const b = makeBackup();
    const out = join(tempDir(), 'restore-1');
    const r = await openArchiveOnHost({ manifest: b.manifest, local: b.archive }, b.identity, host, out);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true, inner: { id: 'app-R1' } });
    expect(readFileSync(join(out, 'db.dump')).equals(readFileSync(join(b.dir, 'parts/db.dump')))).toBe(true);
  });

  it('refuses a flipped byte, a manifest rewritten to match it, and the wrong key', async () => {
    // Nothing stays unpacked.
    const b = makeBackup();
    const bytes = readFileSync(b.archive);
    bytes[bytes.length - 100]! ^= 1;
    writeFileSync(b.archive, bytes);
    const out = join(tempDir(), 'restore-2');
    const flipped = await openArchiveOnHost({ manifest: b.manifest, local: b.archive }, b.identity, host, out);
    expect(flipped).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/the archive's sha256 is [0-9a-f]{64}, its manifest says/),
    });
    expect(existsSync(out)).toBe(false);
    const rewritten = {
      ...b.manifest,
      encrypted: { ...b.manifest.encrypted, sha256: createHash('sha256').update(bytes).digest('hex') },
    };
    const forged = await openArchiveOnHost({ manifest: rewritten, local: b.archive }, b.identity, host, out);
    expect(forged).toMatchObject({
      ok: false,
      reason: expect.stringContaining('cannot be decrypted'),
      remedy: 'The archive is damaged: restore another backup',
    });
    expect(existsSync(out)).toBe(false);
    const good = makeBackup();
    const other = makeBackup();
    const wrong = await openArchiveOnHost({ manifest: good.manifest, local: good.archive }, other.identity, host, out);
    expect(wrong).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no identity matched any of the recipients'),
    });
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an outer manifest that names another backup than the sealed one', async () => {
    const b = makeBackup();
    const out = join(tempDir(), 'restore-3');
    const r = await openArchiveOnHost(
      { manifest: { ...b.manifest, sizes: { 'db.dump': 1 } }, local: b.archive },
      b.identity,
      host,
      out,
    );
    expect(r).toMatchObject({
      ok: false,
      reason: expect.stringContaining(
        'the manifest sealed in the archive names app/app-R1, not app/app-R1 with the same parts',
      ),
    });
    expect(existsSync(out)).toBe(false);
  });
});
