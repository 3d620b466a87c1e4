import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupManifest } from '../../src/backup/manifest.js';
import { streamArchiveToHost, type ArchiveSource } from '../../src/backup/stream-archive.js';
import { compileOp } from '../../src/plan/compile.js';
import { receiveDir, removeRestoreDir } from '../../src/host/restore-into.js';
import { PrefixTransport } from '../../src/transport/local.js';
import { tempDir } from '../helpers.js';

// Real age and tar, with this machine as the "host" (a transport with no prefix): the archive streamed to the
// receiver, its dump through the FIFO to a reader standing in for the restore step, and the verdict that step waits
// for before it calls a restore good.
const host = new PrefixTransport('this machine', []);
const sh = (cmd: string, cwd: string) => execFileSync('bash', ['-c', cmd], { cwd, encoding: 'utf8' });

/** A backup as slotflip makes one; `sums` writes its SHA256SUMS (in the parts' directory) another way. */
function makeBackup(sums = 'sha256sum db.dump shared.tar > SHA256SUMS') {
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
    `cd parts && ${sums} && tar -cf - manifest.json SHA256SUMS db.dump ` +
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

/** The restore's directory as the stage step makes it. */
function restoreDir(): string {
  const dir = join(tempDir(), 'restore');
  execFileSync('bash', ['-c', compileOp(receiveDir(dir))]);
  return dir;
}

/** The restore step's reading of the dump: its sha256, as the step takes it on the way to pg_restore. */
const readDump = (dir: string) =>
  new Promise<string>((resolve) => {
    const p = spawn('bash', ['-c', 'sha256sum < db.fifo | cut -c1-64'], { cwd: dir });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.on('close', () => resolve(out.trim()));
  });

/** The stream with a reader of its dump; what the restore step would see; then the directory removed as it is. */
async function stream(src: ArchiveSource, identity: string, dir: string) {
  const reader = readDump(dir);
  const r = await streamArchiveToHost(src, identity, host, dir).verdict;
  const seen = {
    r,
    dumpSha: await reader,
    verdict: readFileSync(join(dir, 'verdict'), 'utf8').trim(),
    shared: existsSync(join(dir, 'shared.tar')) ? readFileSync(join(dir, 'shared.tar'), 'utf8') : undefined,
    dumpFile: existsSync(join(dir, 'db.dump')),
  };
  execFileSync('bash', ['-c', compileOp(removeRestoreDir(dir))]);
  return seen;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('streamArchiveToHost', () => {
  it('streams the dump through the FIFO as it decrypts, writes the other parts and the verdict ok', async () => {
    const b = makeBackup();
    const dir = restoreDir();
    const { r, dumpSha, verdict, shared, dumpFile } = await stream(
      { manifest: b.manifest, local: b.archive },
      b.identity,
      dir,
    );
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true, inner: { id: 'app-R1' } });
    expect(verdict).toBe('ok');
    expect(dumpSha).toBe(sha256(join(b.dir, 'parts/db.dump')));
    expect(shared).toBe('state\n');
    expect(dumpFile).toBe(false); // the dump never lands as a file
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses a flipped byte late in the archive, a manifest rewritten to match it, and the wrong key', async () => {
    // Each verdict is on the host for the restore step, which fails and drops its new database.
    const b = makeBackup();
    const bytes = readFileSync(b.archive);
    bytes[bytes.length - 100]! ^= 1;
    writeFileSync(b.archive, bytes);
    const flipped = await stream({ manifest: b.manifest, local: b.archive }, b.identity, restoreDir());
    expect(flipped.r).toMatchObject({
      ok: false,
      cause: 'archive',
      reason: expect.stringMatching(/the archive's sha256 is [0-9a-f]{64}, its manifest says/),
    });
    expect(flipped.verdict).toMatch(/^refused: backup app-R1: the archive's sha256 is/);
    const rewritten = {
      ...b.manifest,
      encrypted: { ...b.manifest.encrypted, sha256: createHash('sha256').update(bytes).digest('hex') },
    };
    const forged = await stream({ manifest: rewritten, local: b.archive }, b.identity, restoreDir());
    expect(forged.r).toMatchObject({
      ok: false,
      cause: 'archive',
      reason: expect.stringContaining('cannot be decrypted'),
      remedy: 'The archive is damaged: restore another backup',
    });
    expect(forged.verdict).toContain('cannot be decrypted');
    const good = makeBackup();
    const other = makeBackup();
    const wrong = await stream({ manifest: good.manifest, local: good.archive }, other.identity, restoreDir());
    expect(wrong.r).toMatchObject({ ok: false, reason: expect.stringContaining('no identity matched any') });
  });

  it('a truncated archive is refused, though every byte it holds was authentic', async () => {
    const b = makeBackup();
    const bytes = readFileSync(b.archive);
    writeFileSync(b.archive, bytes.subarray(0, bytes.length - 70000));
    const rewritten = {
      ...b.manifest,
      encrypted: { bytes: bytes.length - 70000, sha256: sha256(b.archive) },
    };
    const cut = await stream({ manifest: rewritten, local: b.archive }, b.identity, restoreDir());
    expect(cut.r).toMatchObject({
      ok: false,
      cause: 'archive',
      reason: expect.stringContaining('cannot be decrypted'),
    });
    expect(cut.verdict).toMatch(/^refused: /);
  });

  it('after a refusal, a restore step that opens the FIFO late gets its end of file', async () => {
    // The wrong key stops the stream before any part: without the verdict's writer the step would wait for ever.
    const good = makeBackup();
    const dir = restoreDir();
    const r = await streamArchiveToHost(
      { manifest: good.manifest, local: good.archive },
      makeBackup().identity,
      host,
      dir,
    ).verdict;
    expect(r.ok).toBe(false);
    expect(await readDump(dir)).toBe(createHash('sha256').update('').digest('hex'));
    execFileSync('bash', ['-c', compileOp(removeRestoreDir(dir))]);
  });

  it('stopped before the restore step read the dump, it blames the delivery, not the archive', async () => {
    // Stopped, and the waiting receiver let go as the restore command does: the verdict settles and says so.
    const b = makeBackup();
    const dir = restoreDir();
    const s = streamArchiveToHost({ manifest: b.manifest, local: b.archive }, b.identity, host, dir);
    await new Promise((r) => setTimeout(r, 300));
    s.stop();
    execFileSync('bash', ['-c', compileOp(removeRestoreDir(dir))]);
    expect(await s.verdict).toMatchObject({
      ok: false,
      cause: 'delivery',
      reason: 'backup app-R1: the restore ended before the archive had arrived',
    });
  });

  it('the directory goes, and a writer left waiting on the FIFO is let go', async () => {
    const dir = restoreDir();
    // Its pid where the receiver's would be, so the removal waits for it to end. Once let go it ends, its few bytes
    // taken by the removal's own brief reader or refused (a plain `rm -rf` left it waiting for ever).
    const writer = spawn('bash', ['-c', 'echo $$ > receiver.pid; exec sh -c "echo data > db.fifo"'], { cwd: dir });
    const exited = new Promise<string>((resolve) => writer.on('close', () => resolve('ended')));
    await new Promise((r) => setTimeout(r, 200));
    execFileSync('bash', ['-c', compileOp(removeRestoreDir(dir))]);
    expect(await Promise.race([exited, new Promise((r) => setTimeout(() => r('still waiting'), 3000))])).toBe('ended');
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses an outer manifest that names another backup than the sealed one', async () => {
    const b = makeBackup();
    const { r, verdict } = await stream(
      { manifest: { ...b.manifest, sizes: { 'db.dump': 1 } }, local: b.archive },
      b.identity,
      restoreDir(),
    );
    expect(r).toMatchObject({
      ok: false,
      reason: expect.stringContaining(
        'the manifest sealed in the archive names app/app-R1, not app/app-R1 with the same parts',
      ),
    });
    expect(verdict).toMatch(/^refused: /);
  });

  it('refuses a part unlike its line in SHA256SUMS, and a SHA256SUMS that lists only the dump', async () => {
    const cases = [
      [
        'sha256sum db.dump > SHA256SUMS && echo "$(echo other | sha256sum | cut -c1-64)  shared.tar" >> SHA256SUMS',
        'shared.tar: FAILED',
      ],
      ['sha256sum db.dump > SHA256SUMS', 'SHA256SUMS lists no part but the dump'],
    ] as const;
    for (const [sums, why] of cases) {
      const b = makeBackup(sums);
      const { r, verdict } = await stream({ manifest: b.manifest, local: b.archive }, b.identity, restoreDir());
      expect(r).toMatchObject({ ok: false, reason: expect.stringContaining(`do not match their SHA256SUMS: ${why}`) });
      expect(verdict).toMatch(/^refused: /);
    }
  });
});
