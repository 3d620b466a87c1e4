import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deploy, envFor, runActionBundle, slotflip } from '../e2e/deploy-helpers.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { leaks, secret } from '../e2e/lab.js';
import { INSTANCE } from '../e2e/pool.js';
import { tempDir } from '../helpers.js';

// `slotflip backup` against the lab: an archive encrypted on the host to the environment's age recipient, readable
// only with the identity (here: the test, playing the operator's machine), complete, and without plaintext left behind.

const suite = deploySuite();
const backup = (envFile: string) => slotflip(['backup', '--env', envFile, '--secrets-dir', 'lab/state/secrets']);
const backupsDir = `/opt/slotflip/${suite.instance}/backups`;

/** Copies a host file to this machine (small files: through the SSH session, base64). */
async function fetchFile(path: string, to: string): Promise<string> {
  const r = await suite.ssh.script(`base64 -w0 ${path}`);
  expect(r.code, r.stderr).toBe(0);
  writeFileSync(to, Buffer.from(r.stdout.trim(), 'base64'));
  return to;
}

describe('backup', () => {
  it('encrypts on the host to the recipient', async () => {
    // Database, shared config and state, a manifest and checksums; nothing unencrypted stays.
    expect((await deploy(envFor('2.0.0'))).code).toBe(0);
    const title = `backed up ${Date.now()}`;
    await suite.db.query('INSERT INTO tasks (title) VALUES ($1)', [title]);
    const r = await backup(envFor('2.0.0'));
    expect(r.code, r.stderr).toBe(0);
    const m = new RegExp(`backup (${INSTANCE}-\\S+): (\\d+) bytes encrypted, sha256 ([0-9a-f]{64})`).exec(r.stderr);
    expect(m, r.stderr).not.toBeNull();
    const [, id, bytes, sha] = m!;
    // Only the encrypted archive and its plain manifest; no work directory, no .partial, no plain dump of this backup.
    const listing = (await suite.ssh.script(`ls -a ${backupsDir} | grep -F ${id}`)).stdout.trim().split('\n').sort();
    expect(listing).toEqual([`${id}.manifest.json`, `${id}.tar.age`]);
    expect((await suite.ssh.script(`ls -a ${backupsDir} | grep -c '^\\.work-' || true`)).stdout.trim()).toBe('0');
    const manifest = JSON.parse((await suite.ssh.script(`cat ${backupsDir}/${id}.manifest.json`)).stdout);
    expect(manifest).toMatchObject({
      format: 1,
      id,
      instance: INSTANCE,
      encrypted: { sha256: sha, bytes: Number(bytes) },
    });
    expect(manifest.release).toMatch(/^2\.0\.0-/);
    expect(manifest.recipients[0]).toMatch(/^age1/);
    expect(Object.keys(manifest.sizes).sort()).toEqual(['db.dump.marker', 'db.dump.zst', 'roles.sql', 'shared.tar']);
    expect(manifest.made_by.by).toBeTruthy();
    // No secret in the plain manifest.
    for (const s of [suite.t.dbPassword, suite.t.dbAdminPassword, suite.t.redisPassword])
      expect(JSON.stringify(manifest)).not.toContain(s);

    const dir = tempDir('restore-');
    const archive = await fetchFile(`${backupsDir}/${id}.tar.age`, join(dir, 'b.tar.age'));
    expect(readFileSync(archive).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(execFileSync('sha256sum', [archive], { encoding: 'utf8' }).split(' ')[0]).toBe(sha);
    // The identity decrypts it; the parts are whole (SHA256SUMS) and the dump is a dump of this database.
    writeFileSync(join(dir, 'identity'), `${secret('LAB_BACKUP_IDENTITY')}\n`, { mode: 0o600 });
    const out = join(dir, 'out');
    mkdirSync(out);
    execFileSync('bash', ['-c', `age -d -i identity b.tar.age | tar -x -C out`], { cwd: dir });
    execFileSync('sha256sum', ['--check', '--quiet', 'SHA256SUMS'], { cwd: out });
    // A zstd of pg_dump's custom format (the lab's hosts have zstd): the plain tools read it (zstd -dc | pg_restore).
    execFileSync('bash', ['-c', 'zstd -q -dc db.dump.zst > db.dump'], { cwd: out });
    const toc = execFileSync('pg_restore', ['--list', join(out, 'db.dump')], { encoding: 'utf8' });
    expect(toc).toMatch(/TABLE DATA public tasks/);
    const data = execFileSync('pg_restore', ['--data-only', '--table=tasks', '-f', '-', join(out, 'db.dump')], {
      encoding: 'utf8',
    });
    expect(data).toContain(title);
    // The roles the database needs, without their passwords (those live in the shared secrets).
    const roles = readFileSync(join(out, 'roles.sql'), 'utf8');
    expect(roles).toMatch(/^CREATE ROLE demo;$/m);
    expect(roles).not.toMatch(/PASSWORD '/);
    // The per-table fingerprint taken in the dump's own snapshot (version 2: each row's values hashed in binary, the
    // method named on its line): the row just written is counted.
    const marker = readFileSync(join(out, 'db.dump.marker'), 'utf8');
    expect(marker.split('\n')[1]).toBe('clean 2');
    expect(marker).toMatch(/^tasks\|[a-z_,]+\|[1-9]\d*\|-?\d+\|record$/m);
    const shared = execFileSync('tar', ['-tf', join(out, 'shared.tar')], { encoding: 'utf8' });
    expect(shared).toMatch(/^shared\/app\.env$/m);
    expect(shared).toMatch(/^state\.json$/m);
    // A different identity cannot read it.
    execFileSync('age-keygen', ['-o', join(dir, 'other')], { stdio: 'ignore' });
    expect(() => execFileSync('age', ['-d', '-i', join(dir, 'other'), archive], { stdio: 'pipe' })).toThrow(
      /no identity matched any of the recipients/,
    );
  });

  it('keeps the newest backups.keep archives, and a failed dump leaves no backup that looks complete', async () => {
    for (let i = 0; i < 3; i++) expect((await backup(envFor('2.0.0'))).code).toBe(0);
    expect((await suite.ssh.script(`ls ${backupsDir}/*.tar.age | wc -l`)).stdout.trim()).toBe('3');
    const before = (await suite.ssh.script(`ls -a ${backupsDir}`)).stdout;
    // The database refuses the app's user for a moment: pg_dump fails.
    await suite.ssh.script("runuser -u postgres -- psql -qc 'ALTER ROLE demo NOLOGIN'");
    try {
      const r = await backup(envFor('2.0.0'));
      expect(r.code).toBe(11);
      expect(r.stderr).toContain('backup failed');
    } finally {
      await suite.ssh.script("runuser -u postgres -- psql -qc 'ALTER ROLE demo LOGIN'");
    }
    expect((await suite.ssh.script(`ls -a ${backupsDir}`)).stdout).toBe(before);
  });

  it('runs as the GitHub Action (command: backup)', async () => {
    // A group per step, the summary, the identity never resolved.
    const r = await runActionBundle({
      command: 'backup',
      env: envFor('2.0.0'),
      'secrets-dir': 'lab/state/secrets',
      'lock-wait': '0s',
    });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(
      new RegExp(`^::group::\\[2/2\\] back up ${INSTANCE} to ${INSTANCE}-\\S+\\.tar\\.age \\(encrypted\\)`, 'm'),
    );
    expect(r.summary).toContain('**✅ backed up**');
    expect(r.summary).toMatch(new RegExp(`backup ${INSTANCE}-\\S+: \\d+ bytes encrypted, sha256 [0-9a-f]{64}`));
    // Only restores read the identity: a backup job never even masks it, because it never loaded it.
    expect(r.out).not.toContain(
      secret('LAB_BACKUP_IDENTITY')
        .split('\n')
        .find((l) => l.startsWith('AGE-SECRET-KEY-'))!,
    );
    expect(leaks(r.summary + r.outputs)).toEqual([]);
  });
});
