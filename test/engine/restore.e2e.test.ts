import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runBackup } from '../../src/commands/backup.js';
import { runRestore } from '../../src/commands/restore.js';
import { githubPort } from '../../src/github/port.js';
import { destroyContainer } from '../../src/lab/container.js';
import { secretNames } from '../../src/lab/state-files.js';
import { deploy, envFor, slotflip } from '../e2e/deploy-helpers.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { FakeArtifactClient } from '../e2e/fake-artifacts.js';
import { fakeGitHub, run } from '../e2e/fake-github.js';
import { connect, http, labTarget } from '../e2e/lab.js';
import { startLoad } from '../e2e/load.js';
import { INSTANCE, LAB_N, SPARE_N } from '../e2e/pool.js';
import { tempDir } from '../helpers.js';
import type { SshTransport } from '../../src/transport/ssh.js';

// `slotflip restore` against the lab: a backup of the suite's container restored onto a new container, damaged
// archives, wrong keys and untrusted runs refused before anything changes, a restore over the live instance behind the
// maintenance page, and a failed one that leaves the old database serving.

const suite = deploySuite();
const FILES = '/var/lib/demo-files';
const localStore = tempDir('backup-store-');
/** The lab environment with the files directory and a local store beside the host's. */
const envWith = (edit?: (inst: Record<string, any>) => void) =>
  envFor('2.0.0', LAB_N, (env) => {
    const inst = env.instances[0];
    inst.backups = {
      ...inst.backups,
      files_dir: FILES,
      stores: [{ type: 'host' }, { type: 'local', path: localStore }],
    };
    edit?.(inst);
  });
const backup = (envFile: string, ...extra: string[]) =>
  slotflip(['backup', '--env', envFile, '--secrets-dir', 'lab/state/secrets', ...extra]);
const restore = (envFile: string, from: string, secretsDir = 'lab/state/secrets', ...extra: string[]) =>
  slotflip(['restore', '--env', envFile, '--from', from, '--secrets-dir', secretsDir, ...extra]);

/** Every table: rows and a checksum over every row, computed independently of slotflip's own fingerprint. */
async function tables(db: pg.Client): Promise<Record<string, string>> {
  const names = (
    await db.query<{ t: string }>(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = " +
        "'BASE TABLE' ORDER BY 1",
    )
  ).rows.map((r) => r.t);
  const out: Record<string, string> = {};
  for (const t of names) {
    const r = await db.query<{ n: number; h: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM ` +
        `public."${t}" x`,
    );
    out[t] = `${r.rows[0]!.n} rows ${r.rows[0]!.h}`;
  }
  return out;
}

/** Files with owner, mode and sha256; the shared directory's files and state.json by hash. */
const filesOf = (ssh: SshTransport) =>
  ssh
    .script(
      `cd ${FILES} && find . -type f -printf '%P %u %m ' -exec sha256sum {} \\; | awk '{print $1, $2, $3, $4}' | sort`,
    )
    .then((r) => r.stdout);
const sharedOf = (ssh: SshTransport, inst = INSTANCE) =>
  ssh.script(`cd /opt/slotflip/${inst} && sha256sum shared/* state.json | sort -k2`).then((r) => r.stdout);
const databases = (ssh: SshTransport) =>
  ssh
    .script(
      'runuser -u postgres -- psql -At -c "SELECT datname FROM pg_database WHERE datname LIKE \'demo%\' ORDER BY 1"',
    )
    .then((r) => r.stdout.trim().split('\n'));

let backupId = '';

/**
 * An admin connection to a database of the suite's container; a restore ends connections on purpose, so errors are
 * expected.
 */
async function adminClient(database = 'demo'): Promise<pg.Client> {
  const c = new pg.Client({ host: suite.t.host, user: 'slotflip_admin', password: suite.t.dbAdminPassword, database });
  c.on('error', () => undefined);
  await c.connect();
  return c;
}

describe('restore', () => {
  afterAll(async () => {
    await suite.ssh.script(`rm -rf ${FILES}`);
    // The spare container serves the round trip only: the next run's `lab up` makes it afresh, never deployed to.
    await destroyContainer(SPARE_N);
  });

  it('a backup restored onto a new container holds identical data, files, shared secrets and state', async () => {
    expect((await deploy(envWith())).code).toBe(0);
    await suite.ssh.script(
      `install -d -o demo -g demo ${FILES}/attachments && head -c 300000 /dev/urandom > ` +
        (`${FILES}/attachments/a.bin && echo hello > ${FILES}/note.txt && chown demo ${FILES}/attachments/a.bin && ` +
          `chmod 0640 ${FILES}/note.txt`),
    );
    for (let i = 0; i < 50; i++)
      await suite.db.query('INSERT INTO tasks (title) VALUES ($1)', [`round trip ${i} ✓ 'quoted'`]);
    // The app's background job writes all the time: stopped here, so this test can read what the backup must hold.
    const live = `slotflip-${INSTANCE}-api@${(await suite.state()).active}`;
    await suite.ssh.script(`systemctl stop ${live}`);
    const want = { tables: await tables(suite.db), files: await filesOf(suite.ssh), shared: await sharedOf(suite.ssh) };
    const r = await backup(envWith());
    await suite.ssh.script(`systemctl start ${live}`);
    expect(r.code, r.stderr).toBe(0);
    backupId = new RegExp(`backup (${INSTANCE}-\\S+): \\d+ bytes encrypted`).exec(r.stderr)![1]!;
    expect(r.stderr).toContain(`stored ${backupId} in ${localStore}`);
    expect(readdirSync(localStore).sort()).toEqual([`${backupId}.manifest.json`, `${backupId}.tar.age`]);
    const manifest = JSON.parse(readFileSync(join(localStore, `${backupId}.manifest.json`), 'utf8'));
    expect(Object.keys(manifest.sizes).sort()).toEqual([
      'db.dump.marker',
      'db.dump.zst',
      'files.tar',
      'roles.sql',
      'shared.tar',
    ]);
    expect(want.tables.tasks).toMatch(/^5\d rows /);

    // The lab's spare container, never deployed to: the instance's environment pointed at it (its own admin
    // credential).
    const spare = labTarget(SPARE_N);
    const onSpare = envWith((inst) => {
      inst.target = { ...inst.target, host: spare.host, host_keys: [spare.hostKey] };
      inst.database.admin_secret = secretNames(SPARE_N).dbAdmin;
    });
    const spareSsh = await connect(spare);
    const spareDb = new pg.Client({
      host: spare.host,
      user: 'slotflip_admin',
      password: spare.dbAdminPassword,
      database: 'demo',
    });
    try {
      await spareSsh.script(`rm -rf /opt/slotflip/${INSTANCE} ${FILES}`);
      const rr = await restore(onSpare, 'latest');
      expect(rr.code, rr.stderr).toBe(0);
      expect(rr.stderr).toContain(`backup ${backupId} from the local store`);
      expect(rr.stderr).toMatch(/verified tasks: 5\d rows/);
      await spareDb.connect();
      expect(await tables(spareDb)).toEqual(want.tables);
      expect(await filesOf(spareSsh)).toBe(want.files);
      expect(await sharedOf(spareSsh)).toBe(want.shared);
      // Nothing decrypted is left on the host or here.
      expect(
        (await spareSsh.script(`ls -a /opt/slotflip/${INSTANCE}/backups`)).stdout
          .trim()
          .split('\n')
          .filter((n) => !['.', '..'].includes(n)),
      ).toEqual([]);
      expect(readdirSync(tempDir('x').replace(/x[^/]*$/, '')).filter((n) => n.startsWith('slotflip-restore-'))).toEqual(
        [],
      );
    } finally {
      await spareDb.end().catch(() => undefined);
      await spareSsh.close();
    }
  });

  it('refuses a flipped byte, a swapped manifest and the wrong key before anything changes (exit 14)', async () => {
    // job_runs grows by itself (the app's background job): the rows users wrote, and the databases, must not change.
    const before = { tasks: (await tables(suite.db)).tasks, dbs: await databases(suite.ssh) };
    const bad = tempDir('bad-store-');
    cpSync(localStore, bad, { recursive: true });
    const archive = join(bad, `${backupId}.tar.age`);
    const bytes = readFileSync(archive);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(archive, bytes);
    const badEnv = envWith((inst) => (inst.backups.stores = [{ type: 'local', path: bad }]));
    const flipped = await restore(badEnv, backupId);
    expect(flipped.code, flipped.stderr).toBe(14);
    expect(flipped.stderr).toMatch(/the archive's sha256 is [0-9a-f]{64}, its manifest says/);
    // Someone also rewrote the manifest's hash: the authenticated decryption still refuses it.
    const mf = join(bad, `${backupId}.manifest.json`);
    const m = JSON.parse(readFileSync(mf, 'utf8'));
    m.encrypted.sha256 = execFileSync('sha256sum', [archive], { encoding: 'utf8' }).split(' ')[0];
    writeFileSync(mf, JSON.stringify(m));
    const swapped = await restore(badEnv, backupId);
    expect(swapped.code, swapped.stderr).toBe(14);
    expect(swapped.stderr).toContain('cannot be decrypted');
    // The right archive with another identity.
    const otherSecrets = tempDir('secrets-');
    cpSync('lab/state/secrets', otherSecrets, { recursive: true });
    execFileSync('bash', [
      '-c',
      `rm -f ${otherSecrets}/LAB_BACKUP_IDENTITY && age-keygen -o ${otherSecrets}/LAB_BACKUP_IDENTITY ` +
        `2>/dev/null && chmod 600 ${otherSecrets}/LAB_BACKUP_IDENTITY`,
    ]);
    const wrongKey = await restore(envWith(), backupId, otherSecrets);
    expect(wrongKey.code, wrongKey.stderr).toBe(14);
    expect(wrongKey.stderr).toMatch(
      /no identity matched any of the recipients.*The restore key is not one of the backup's recipients/s,
    );
    expect((await tables(suite.db)).tasks).toEqual(before.tasks);
    expect(await databases(suite.ssh)).toEqual(before.dbs);
  });

  /**
   * This suite's backup rebuilt as `edit` (bash, in the decrypted parts) leaves it: `parts` in that order, encrypted
   * to the same recipient, with its outer manifest made again from the sealed one. Returns its store and that manifest.
   */
  function rebuilt(edit: string, parts: string): { store: string; sealed: { sizes: Record<string, number> } } {
    const old = tempDir('rebuilt-');
    const m = JSON.parse(readFileSync(join(localStore, `${backupId}.manifest.json`), 'utf8'));
    writeFileSync(join(old, 'identity'), `${readFileSync('lab/state/secrets/LAB_BACKUP_IDENTITY', 'utf8').trim()}\n`, {
      mode: 0o600,
    });
    execFileSync(
      'bash',
      [
        '-c',
        `set -euo pipefail
mkdir -p work store && age -d -i identity ${join(localStore, `${backupId}.tar.age`)} | tar -x -C work
cd work && ${edit}
tar -cf - ${parts} | age -r ${m.recipients[0]} > ../store/${backupId}.tar.age`,
      ],
      { cwd: old },
    );
    const sealed = JSON.parse(readFileSync(join(old, 'work', 'manifest.json'), 'utf8'));
    const archive = join(old, 'store', `${backupId}.tar.age`);
    writeFileSync(
      join(old, 'store', `${backupId}.manifest.json`),
      JSON.stringify({
        ...sealed,
        encrypted: {
          sha256: execFileSync('sha256sum', [archive], { encoding: 'utf8' }).split(' ')[0],
          bytes: readFileSync(archive).length,
        },
      }),
    );
    return { store: join(old, 'store'), sealed };
  }
  const fromStore = (store: string) => envWith((inst) => (inst.backups.stores = [{ type: 'local', path: store }]));

  // Backups before zstd (db.dump.gz: pigz, as a host without zstd still writes them) and before pigz (db.dump, the
  // dump as pg_dump wrote it) still restore: a drill matches every table.
  it.each([
    ['db.dump.gz', 'zstd -dc db.dump.zst | gzip -6 > db.dump.gz'],
    ['db.dump', 'zstd -dc db.dump.zst > db.dump'],
  ])('a backup whose dump is %s still restores', async (part, repack) => {
    // As an older version (or a host without zstd) wrote it: the dump as that part, its SHA256SUMS and both
    // manifests naming it.
    const { store, sealed } = rebuilt(
      `${repack} && rm db.dump.zst
grep -v ' db\\.dump\\.zst$' SHA256SUMS > sums && sha256sum ${part} >> sums && mv sums SHA256SUMS
sed -i 's/"db\\.dump\\.zst":[0-9]*/"${part}":'$(stat -c %s ${part})'/' manifest.json`,
      `manifest.json SHA256SUMS ${part} db.dump.marker roles.sql files.tar shared.tar`,
    );
    expect(Object.keys(sealed.sizes)).toContain(part);
    expect(Object.keys(sealed.sizes)).not.toContain('db.dump.zst');
    const r = await restore(fromStore(store), backupId, 'lab/state/secrets', '--drill');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/verified tasks: \d+ rows/);
    expect(await databases(suite.ssh)).not.toContainEqual(expect.stringMatching(/_drill_/));
  });

  // A dump damaged before the archive was sealed: the archive authenticates, its other parts match, and pg_restore
  // fails on the dump. The restore reads the rest of the dump into its hash and says the backup is damaged (exit 14),
  // rather than that the restore failed; the live database and the instance are untouched, no new database is left.
  it.each([
    ['a drill', ['--drill']],
    ['a restore over the live instance', []],
  ])(
    '%s of a backup whose dump is damaged inside an authentic archive is refused as damaged (exit 14)',
    async (_what, extra) => {
      const { store } = rebuilt(
        `printf '\\x00\\xff\\x00\\xff' | dd of=db.dump.zst bs=1 seek=$(( $(stat -c %s db.dump.zst) / 2 )) ` +
          'conv=notrunc status=none',
        'manifest.json SHA256SUMS db.dump.zst db.dump.marker roles.sql files.tar shared.tar',
      );
      const before = { tasks: (await tables(suite.db)).tasks, dbs: await databases(suite.ssh) };
      const r = await restore(fromStore(store), backupId, 'lab/state/secrets', ...extra);
      expect(r.code, r.stderr).toBe(14);
      expect(r.stderr).toMatch(/db\.dump\.zst does not match its line in SHA256SUMS: the backup's dump is damaged/);
      expect(r.stderr).toMatch(/nothing the instance uses was touched/);
      expect((await tables(suite.db)).tasks).toEqual(before.tasks);
      expect(await databases(suite.ssh)).toEqual(before.dbs);
    },
  );

  it('takes an artifact only from a trusted run of this repository; a drill from it matches every table', async () => {
    const repo = 'owner/slotflip';
    const token = 'ghs_fake-token-for-the-test';
    const github = await fakeGitHub(repo, token, [
      run(101, repo),
      run(102, repo, { event: 'pull_request', head_branch: 'feature' }),
      run(103, repo, { head_repository: { full_name: 'attacker/slotflip' } }),
      run(104, repo, { path: '.github/workflows/validate.yml' }),
      run(105, repo, { head_branch: 'feature', event: 'push' }),
    ]);
    const artifacts = new FakeArtifactClient(tempDir('artifacts-'), 101, repo);
    const env = { ...process.env, GITHUB_REPOSITORY: repo, GITHUB_API_URL: github.url, GITHUB_TOKEN: token };
    const logs: string[] = [];
    const common = {
      secrets: { env: {}, dir: 'lab/state/secrets' },
      lockWaitMs: 0,
      dryRun: false,
      log: (l: string) => logs.push(l),
      env,
      github: { runs: githubPort(env).runs, artifacts: async () => artifacts },
    };
    try {
      const artifactEnv = envWith(
        (inst) => (inst.backups.stores = [{ type: 'host' }, { type: 'artifact', retention_days: 5 }]),
      );
      const b = await runBackup({ ...common, envFile: artifactEnv });
      expect(b.exitCode, b.summary).toBe(0);
      expect(b.stored).toEqual([`artifact:slotflip-backup-${b.backup!.id}`]);
      expect([...artifacts.retention.values()]).toEqual([5]);
      // The same archive, stored by runs that must not be trusted.
      for (const id of [102, 103, 104, 105])
        await new FakeArtifactClient(artifacts.root, id, repo).uploadArtifact(
          `slotflip-backup-${b.backup!.id}`,
          [join(localStore, `${backupId}.tar.age`), join(localStore, `${backupId}.manifest.json`)],
          localStore,
        );
      const reasons: Record<number, RegExp> = {
        102: /was started by pull_request/,
        103: /ran code from attacker\/slotflip/,
        104: /is \.github\/workflows\/validate\.yml/,
        105: /ran on feature, not the default branch main/,
      };
      for (const [id, reason] of Object.entries(reasons)) {
        const r = await runRestore({ ...common, envFile: artifactEnv, from: `run:${id}`, drill: true });
        expect(r.exitCode, r.summary).toBe(14);
        expect(r.summary).toMatch(reason);
      }
      const drill = await runRestore({ ...common, envFile: artifactEnv, from: 'run:101', drill: true });
      expect(drill.exitCode, `${drill.summary}\n${logs.join('\n')}`).toBe(0);
      expect(logs.join('\n')).toMatch(/verified tasks: \d+ rows/);
      expect(logs.join('\n')).not.toContain(token);
      expect(await databases(suite.ssh)).not.toContainEqual(expect.stringMatching(/_drill_/));
    } finally {
      await github.close();
    }
  });

  it('over the live instance: a new database swapped in behind the maintenance page, the old one kept', async () => {
    const after = `written after the backup ${Date.now()}`;
    await suite.db.query('INSERT INTO tasks (title) VALUES ($1)', [after]);
    const load = startLoad({
      host: suite.t.host,
      hostHeader: suite.t.serverName,
      ratePerSecond: 100,
      connections: 10,
      maxSeconds: 120,
      writeShare: 0,
    });
    await new Promise((r) => setTimeout(r, 500));
    const r = await restore(envWith(), backupId);
    const report = await load.stop();
    expect(r.code, r.stderr).toBe(0);
    // While the databases swapped, users got the maintenance page, never an error.
    const other = report.failures.filter((f) => !(f.status === 503 && f.retryAfter));
    expect(other, JSON.stringify(other.slice(0, 5))).toEqual([]);
    expect(report.requests - report.failures.length).toBeGreaterThan(0);
    expect((await http(suite.t.host, '/health', { hostHeader: suite.t.serverName })).status).toBe(200);
    await suite.db.end().catch(() => undefined);
    suite.db = await adminClient();
    expect((await suite.db.query('SELECT count(*)::int AS n FROM tasks WHERE title = $1', [after])).rows[0].n).toBe(0);
    const aside = (await databases(suite.ssh)).find((d) => d.startsWith('demo_before_'));
    expect(aside).toBeDefined();
    const old = await adminClient(aside);
    expect((await old.query('SELECT count(*)::int AS n FROM tasks WHERE title = $1', [after])).rows[0].n).toBe(1);
    await old.end();
    expect((await suite.state()).history.at(-1)).toMatchObject({ op: 'restore', result: 'ok' });
  });

  it('a restore that fails its health gate puts the previous database and files back, serving', async () => {
    const marker = `kept by the failed restore ${Date.now()}`;
    await suite.db.end().catch(() => undefined);
    suite.db = await adminClient();
    await suite.db.query('INSERT INTO tasks (title) VALUES ($1)', [marker]);
    await suite.ssh.script(`echo after > ${FILES}/after.txt`);
    const before = { dbs: await databases(suite.ssh), files: await filesOf(suite.ssh) };
    // A gate no slot can pass: five passes in a row within one second.
    const r = await restore(
      envWith((inst) => (inst.health = { ...inst.health, timeout: '1s', consecutive: 5 })),
      backupId,
    );
    expect(r.code, r.stderr).toBe(11);
    expect(r.stderr).toMatch(/restore failed at gate: .*the previous database and files are back and serving/s);
    expect((await http(suite.t.host, '/health', { hostHeader: suite.t.serverName })).status).toBe(200);
    const db = await adminClient();
    expect((await db.query('SELECT count(*)::int AS n FROM tasks WHERE title = $1', [marker])).rows[0].n).toBe(1);
    await db.end();
    expect(await databases(suite.ssh)).toEqual(before.dbs);
    expect(await filesOf(suite.ssh)).toBe(before.files);
    expect(
      (
        await suite.ssh.script(`test -e /var/lib/slotflip/${INSTANCE}/maintenance && echo on || echo off`)
      ).stdout.trim(),
    ).toBe('off');
  });
});
