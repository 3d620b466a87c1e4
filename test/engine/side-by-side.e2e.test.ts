import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { deploy, envFor, slotflip } from '../e2e/deploy-helpers.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { http } from '../e2e/lab.js';
import { LAB_N } from '../e2e/pool.js';
import { startLoad, type Routes } from '../e2e/load.js';
import { tempDir } from '../helpers.js';

// A second app (lab/notes, templates/notes/) beside the demo in one lab container: one PostgreSQL server, each app
// with its own role and database, its own nginx site and units. Each deploys under load on the other: no request of
// the other fails. The notes environment is a few lines: its preset gives components, checks, migration and smoke.

const suite = deploySuite();
const NOTES = {
  id: `notes-lab-${LAB_N}`,
  server: `notes-lab-${LAB_N}.lab.invalid`,
  password: randomBytes(18).toString('base64url'),
};
const NOTES_ROUTES: Routes = {
  write: '/api/notes',
  body: (n) => ({ text: `load ${n} ${Date.now()}` }),
  read: '/api/notes',
  info: '/api/info',
  versionHeader: 'x-notes-version',
};

const releases = JSON.parse(
  execFileSync(process.execPath, ['lab/notes/build.mjs', '--out', 'lab/state/releases'], { encoding: 'utf8' }),
) as Record<string, { file: string; sha256: string }>;
const secretsDir = tempDir('notes-secrets-');
cpSync('lab/state/secrets', secretsDir, { recursive: true });
writeFileSync(join(secretsDir, 'NOTES_DB_PASSWORD'), NOTES.password, { mode: 0o600 });

/** The notes instance's environment: what is its own and nothing more. */
function notesEnv(version: string): string {
  const dir = join(tempDir('notes-env-'), version);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `lab-${LAB_N}-notes.yaml`);
  const target = {
    transport: 'ssh',
    host: suite.t.host,
    port: 22,
    user: 'root',
    host_keys: [suite.t.hostKey],
    ssh_key_secret: 'LAB_SSH_KEY',
  };
  writeFileSync(
    file,
    stringify({
      version: 1,
      environment: `lab-${LAB_N}-notes`,
      instances: [
        {
          id: NOTES.id,
          target,
          app: {
            name: 'notes',
            release: {
              source: 'upload',
              version,
              path: relative(process.cwd(), releases[version]!.file),
              sha256: releases[version]!.sha256,
            },
          },
          database: {
            engine: 'postgres',
            host: '127.0.0.1',
            port: 5432,
            name: 'notes',
            user: 'notes',
            password_secret: 'NOTES_DB_PASSWORD',
            pool: 3,
          },
          nginx: { server_names: [NOTES.server], tls: { enabled: false } },
          windows: { observe: '3s', keep_warm: '0s', drain: '2s' },
        },
      ],
    }),
  );
  return file;
}

/** The notes instance off the container again (units, files, site): other suites share it. */
const removeNotes = `units=$(systemctl list-units --all --plain --no-legend 'slotflip-${NOTES.id}-*' | awk '{print $1}')
for u in $units; do
  systemctl stop "$u" || true
done
rm -f /etc/systemd/system/slotflip-${NOTES.id}-*.service
rm -f /etc/nginx/sites-enabled/slotflip-${NOTES.id}.conf /etc/nginx/sites-available/slotflip-${NOTES.id}.conf
rm -rf /opt/slotflip/${NOTES.id} /var/lib/slotflip/${NOTES.id}; systemctl daemon-reload; systemctl reload nginx`;
afterAll(async () => {
  await suite.ssh.script(removeNotes);
});

const deployNotes = (version: string) => slotflip(['deploy', '--env', notesEnv(version), '--secrets-dir', secretsDir]);
const notesInfo = async () =>
  JSON.parse((await http(suite.t.host, '/api/info', { hostHeader: NOTES.server })).body) as {
    name: string;
    version: string;
  };

describe('a second app beside the demo, sharing its PostgreSQL server', () => {
  it('gets its own role and database; the demo runs v1', async () => {
    const r = await suite.ssh.script(`set -eu
${removeNotes}
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL'
DROP DATABASE IF EXISTS notes;
DROP ROLE IF EXISTS notes;
CREATE ROLE notes LOGIN PASSWORD '${NOTES.password}';
CREATE DATABASE notes OWNER notes;
SQL
echo ready`);
    expect(r.stdout, r.stderr).toContain('ready');
    const demo = await deploy(envFor('1.0.0'));
    expect(demo.code, demo.stderr).toBe(0);
  });

  // Installing an app adds its site to the shared nginx: the one change that needs an nginx reload, and a reload
  // closes idle keep-alive connections (a request sent on one at that instant fails). It is done once per app, as a
  // setup step; every later deploy of either app moves traffic without one, which is what the next test holds.
  it('notes 1.0.0 installs beside the demo (its smoke flow passes); the demo keeps serving v1', async () => {
    const result = await deployNotes('1.0.0');
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/smoke flow on the blue slot \(2 steps\) \.\.\.\n\s+ok in/);
    expect(await notesInfo()).toEqual({ name: 'notes', version: '1.0.0' });
    expect((await suite.info()).version).toBe('1.0.0');
  });

  it('the demo deploys v2 while notes is under load, and notes 1.1.0 while the demo is', async () => {
    // No request of the other fails.
    const notesLoad = startLoad({
      host: suite.t.host,
      hostHeader: NOTES.server,
      ratePerSecond: 100,
      connections: 10,
      maxSeconds: 120,
      routes: NOTES_ROUTES,
    });
    await new Promise((r) => setTimeout(r, 1000));
    const demo = await deploy(envFor('2.0.0'));
    await new Promise((r) => setTimeout(r, 1000));
    const notesReport = await notesLoad.stop();
    expect(demo.code, demo.stderr).toBe(0);
    expect(notesReport.requests).toBeGreaterThan(500);
    expect(notesReport.failures).toEqual([]);
    expect(new Set(notesReport.versions.map(([, v]) => v))).toEqual(new Set(['1.0.0']));

    const { result, load } = await suite.underLoad(() => deployNotes('1.1.0'));
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(load.failures).toEqual([]);
    expect(await suite.lostWrites(load.acknowledged)).toBe(0);
    expect(await notesInfo()).toEqual({ name: 'notes', version: '1.1.0' });
    expect((await suite.info()).version).toBe('2.0.0');
  });

  it("each app holds only its own database: the roles cannot reach each other's", async () => {
    const r = await suite.ssh
      .script(`runuser -u postgres -- psql -At -c "SELECT datname, pg_get_userbyid(datdba) FROM pg_database
  WHERE datname IN ('demo', 'notes') ORDER BY 1"
runuser -u postgres -- psql -At -d notes -c "SELECT count(*) FROM notes_migrations"
PGPASSWORD='${NOTES.password}' psql -h 127.0.0.1 -U notes -d demo -At -c 'SELECT count(*) FROM tasks' 2>&1 | head -1`);
    const [demoDb, notesDb, levels, crossed] = r.stdout.trim().split('\n');
    expect(demoDb).toMatch(/^demo\|/);
    expect(notesDb).toBe('notes|notes');
    expect(levels).toBe('2');
    expect(crossed).toMatch(/permission denied/);
  });
});
