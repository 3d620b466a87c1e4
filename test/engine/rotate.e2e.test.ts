import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { deploy, envFor, slotflip } from '../e2e/deploy-helpers.js';
import { INSTANCE, LAB_N } from '../e2e/pool.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { http, leaks, SECRETS_DIR } from '../e2e/lab.js';
import { tempDir } from '../helpers.js';
import { secretNames } from '../../src/lab/state-files.js';

// `slotflip rotate db-password` against the lab under keep-alive load: the new password in use by both slots, the old
// one refused, the temporary login gone, the stored secret updated, and not one failed request. The rotation works on
// a copy of the lab's secrets; afterwards the lab's own password is put back and deployed, so later suites find it.

const suite = deploySuite();
const { underLoad } = suite;
const LAB_SECRETS = secretNames(LAB_N);
const NAME = LAB_SECRETS.db;

function copySecrets(): string {
  const dir = tempDir('secrets-');
  for (const f of readdirSync(SECRETS_DIR)) {
    copyFileSync(join(SECRETS_DIR, f), join(dir, f));
    chmodSync(join(dir, f), 0o600);
  }
  return dir;
}

/** Whether the app's role logs in with this password (from here, over the lab network, as the app would). */
async function logsIn(password: string): Promise<boolean> {
  const c = new pg.Client({
    host: suite.t.host,
    user: 'demo',
    password,
    database: 'demo',
    connectionTimeoutMillis: 5000,
  });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const original = () => readFileSync(join(SECRETS_DIR, NAME), 'utf8').trim();
const rotate = (dir: string) => slotflip(['rotate', 'db-password', '--env', envFor('1.0.0'), '--secrets-dir', dir]);

describe('rotate db-password', () => {
  // The secrets after the rotation: what the database and the slots now use.
  let rotated = '';
  afterAll(async () => {
    // The lab's own password again (the next suite starts from a fresh instance rendered with it).
    await suite.db.query(`ALTER ROLE demo PASSWORD '${original().replace(/'/g, "''")}'`);
  });

  it('deploys v1', async () => {
    const r = await deploy(envFor('1.0.0'));
    expect(r.code, r.stderr).toBe(0);
  });

  it('rotate app-secret under load', async () => {
    // The other slot serves with a new secret, old sessions end, nothing failed.
    const dir = copySecrets();
    const APP = LAB_SECRETS.app;
    const session = async (token: string) =>
      (
        await http(suite.t.host, '/api/v1/user', {
          hostHeader: suite.t.serverName,
          headers: { Authorization: `Bearer ${token}` },
        })
      ).status;
    const login = async () =>
      JSON.parse((await http(suite.t.host, '/api/v1/login', { method: 'POST', hostHeader: suite.t.serverName })).body)
        .token as string;
    const before = await login();
    expect(await session(before)).toBe(200);
    const live = (await suite.state()).active;
    const { result, load } = await underLoad(() =>
      slotflip(['rotate', 'app-secret', '--env', envFor('1.0.0'), '--secrets-dir', dir]),
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('users signed in before the rotation must sign in again');
    expect(load.failures).toEqual([]);
    expect(await suite.lostWrites(load.acknowledged)).toBe(0);
    // What users notice: the session from before is refused, a new one works.
    expect(await session(before)).toBe(401);
    expect(await session(await login())).toBe(200);
    const next = readFileSync(join(dir, APP), 'utf8').trim();
    expect(next).not.toBe(readFileSync(join(SECRETS_DIR, APP), 'utf8').trim());
    expect(existsSync(join(dir, `${APP}.next`))).toBe(false);
    expect(leaks(result.stdout + result.stderr, [next])).toEqual([]);
    const state = await suite.state();
    expect(state.active).not.toBe(live);
    expect(state.history.at(-1)).toMatchObject({ op: 'rotate', result: 'ok' });
    const units = (
      await suite.ssh.script(`systemctl is-active slotflip-${INSTANCE}-api@${live} || true`)
    ).stdout.trim();
    expect(units).toBe('inactive');
  });

  it('under load: a new password for both slots, the old one refused, nothing failed', async () => {
    // …the stored secret updated.
    const dir = copySecrets();
    const before = await suite.state();
    const { result, load } = await underLoad(() => rotate(dir));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('users noticed nothing');
    expect(load.failures).toEqual([]);
    expect(await suite.lostWrites(load.acknowledged)).toBe(0);
    const next = readFileSync(join(dir, NAME), 'utf8').trim();
    expect(next).not.toBe(original());
    expect(next.length).toBeGreaterThanOrEqual(32);
    expect(existsSync(join(dir, `${NAME}.next`))).toBe(false);
    expect(await logsIn(next)).toBe(true);
    expect(await logsIn(original())).toBe(false);
    expect(
      (await suite.db.query("SELECT count(*)::int AS n FROM pg_roles WHERE rolname = 'demo_rotating'")).rows[0].n,
    ).toBe(0);
    // Back on the slot it started on, both slot files on the app's role with the new password, and no secret printed.
    const state = await suite.state();
    expect(state.active).toBe(before.active);
    expect(state.history.at(-1)).toMatchObject({ op: 'rotate', result: 'ok' });
    const envs = (
      await suite.ssh.script(
        `cat /opt/slotflip/${INSTANCE}/shared/slot-blue.env ` +
          `/opt/slotflip/${INSTANCE}/shared/slot-green.env; stat -c %a /opt/slotflip/${INSTANCE}/shared/slot-blue.env`,
      )
    ).stdout;
    expect(envs.match(/DEMO_PG_USER="demo"/g)).toHaveLength(2);
    expect(envs.split(`DEMO_PG_PASSWORD="${next}"`)).toHaveLength(3);
    expect(envs.trim().split('\n').at(-1)).toBe('600');
    expect(result.stderr + result.stdout).not.toContain(next);
    expect(result.stderr + result.stdout).not.toContain(original());
    // The next deploy renders from the stored secret and works with it.
    const after = await deploy(envFor('2.0.0'), '--secrets-dir', dir);
    expect(after.code, after.stderr).toBe(0);
    rotated = dir;
  });

  it('refuses a password it could not write back (an environment variable), before anything changes', async () => {
    const r = await slotflip(['rotate', 'db-password', '--env', envFor('2.0.0')], {
      SLOTFLIP_SECRETS_DIR: '',
      [`SLOTFLIP_SECRET_${NAME}`]: 'whatever-is-live',
      SLOTFLIP_SECRET_LAB_SSH_KEY: readFileSync(join(SECRETS_DIR, 'LAB_SSH_KEY'), 'utf8'),
      [`SLOTFLIP_SECRET_${LAB_SECRETS.dbAdmin}`]: 'x',
      [`SLOTFLIP_SECRET_${LAB_SECRETS.redis}`]: 'x',
      [`SLOTFLIP_SECRET_${LAB_SECRETS.app}`]: 'x',
    });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(
      `comes from the environment variable SLOTFLIP_SECRET_${NAME}, which slotflip cannot write back`,
    );
  });

  it('a temporary login the server turns away', async () => {
    // The gate fails, everything is undone, the old password stays.
    const dir = rotated;
    const current = readFileSync(join(dir, NAME), 'utf8').trim();
    // An operator's pg_hba.conf that names who may connect: the temporary login is not among them.
    const hba = '/etc/postgresql/15/main/pg_hba.conf';
    await suite.ssh.script(
      `cp -p ${hba} ${hba}.slotflip-test && sed -i '1i host all demo_rotating all reject' ${hba} && ` +
        `systemctl reload postgresql`,
    );
    try {
      // The refused login never gets healthy: a 10 s gate says so as well as the lab's 30 s.
      const short = envFor('1.0.0', LAB_N, (e) => (e.instances[0].health.timeout = '10s'));
      const { result, load } = await underLoad(() =>
        slotflip(['rotate', 'db-password', '--env', short, '--secrets-dir', dir]),
      );
      expect(result.code).toBe(10);
      expect(result.stderr).toContain('undone: the');
      expect(load.failures).toEqual([]);
      expect(readFileSync(join(dir, NAME), 'utf8').trim()).toBe(current);
      expect(existsSync(join(dir, `${NAME}.next`))).toBe(false);
      expect(
        (await suite.db.query("SELECT count(*)::int AS n FROM pg_roles WHERE rolname = 'demo_rotating'")).rows[0].n,
      ).toBe(0);
      expect(
        (await suite.ssh.script(`test -d /opt/slotflip/${INSTANCE}/lock && echo held || echo free`)).stdout.trim(),
      ).toBe('free');
    } finally {
      await suite.ssh.script(`mv ${hba}.slotflip-test ${hba} && systemctl reload postgresql`);
    }
  });
});
