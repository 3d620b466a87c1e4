import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SshTransport } from '../../src/transport/ssh.js';
import { envFor, slotflip } from '../e2e/deploy-helpers.js';
import { installSeedWayScript, removeSeedWayScript, SEED_WAY } from '../e2e/install-seed-way.js';
import { connect, http, labTarget, leaks, SECRETS_DIR, type LabTarget } from '../e2e/lab.js';
import { startLoad } from '../e2e/load.js';
import { LAB_N } from '../e2e/pool.js';

// `slotflip adopt` on an instance installed the seed's way (TCP port 8080, a hand-written unit and nginx site), then
// the first deploy over it under keep-alive load: zero failed requests, zero lost acknowledged writes, and the
// hand-installed unit stopped only after the flip.

const INSTANCE = 'demo-adopted';
const manifest = () =>
  JSON.parse(readFileSync('lab/state/releases/manifest.json', 'utf8')) as Record<string, { file: string }>;
const adoptedEnv = (version: string) =>
  envFor(version, LAB_N, (env) => {
    const inst = env.instances[0];
    inst.id = INSTANCE;
    inst.database.name = SEED_WAY.database;
    inst.redis.db = SEED_WAY.redisDb;
    inst.nginx.server_names = [SEED_WAY.serverName];
    delete inst.backups;
  });

describe("adopt an instance installed the seed's way", () => {
  let t: LabTarget;
  let ssh: SshTransport;
  let db: pg.Client;
  const sh = async (script: string) => (await ssh.script(script)).stdout.trim();
  const info = async () =>
    JSON.parse((await http(t.host, '/api/v1/info', { hostHeader: SEED_WAY.serverName })).body) as {
      version: string;
      slot: string;
    };

  beforeAll(async () => {
    t = labTarget();
    ssh = await connect(t);
    await ssh.script(removeSeedWayScript(INSTANCE));
    const r = await ssh.script(installSeedWayScript(t, manifest()['1.0.0']!.file), { timeoutMs: 120_000 });
    expect(r.stdout, r.stderr).toContain('installed');
    db = new pg.Client({
      host: t.host,
      user: 'slotflip_admin',
      password: t.dbAdminPassword,
      database: SEED_WAY.database,
    });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end().catch(() => undefined);
    await ssh?.script(removeSeedWayScript(INSTANCE));
    await ssh?.close();
  });

  it('--dry-run reads what runs and changes nothing', async () => {
    const r = await slotflip(['adopt', '--env', adoptedEnv('1.0.0'), '--secrets-dir', SECRETS_DIR, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`found: ${SEED_WAY.serverName} served by ${SEED_WAY.site}`);
    expect(r.stderr).toContain(
      `found: api -> 127.0.0.1:${SEED_WAY.port}, listened on by ${SEED_WAY.unit}, reporting release 1.0.0`,
    );
    expect(r.stdout).toContain('systemd-socket-proxyd 127.0.0.1:8080');
    expect(await sh(`readlink ${SEED_WAY.site}`)).toBe('/etc/nginx/sites-available/demo-seed-way');
    expect(await sh(`test -e /opt/slotflip/${INSTANCE} && echo yes || echo no`)).toBe('no');
  });

  it("adopt puts slotflip's site in front of the running app", async () => {
    // Still 1.0.0, the same process, nothing restarted.
    const pid = await sh(`systemctl show -p MainPID --value ${SEED_WAY.unit}`);
    const r = await slotflip(['adopt', '--env', adoptedEnv('1.0.0'), '--secrets-dir', SECRETS_DIR]);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
    expect(await sh(`systemctl show -p MainPID --value ${SEED_WAY.unit}`)).toBe(pid);
    expect((await info()).version).toBe('1.0.0');
    expect(await sh(`test -e ${SEED_WAY.site} && echo present || echo gone`)).toBe('gone');
    expect(await sh('test -f /etc/nginx/slotflip/adopted/demo-seed-way && echo kept')).toBe('kept');
    const state = JSON.parse(await sh(`cat /opt/slotflip/${INSTANCE}/state.json`));
    expect(state.adopted).toMatchObject({
      version: '1.0.0',
      components: { api: { unit: SEED_WAY.unit, upstream: '127.0.0.1:8080' } },
    });
    expect(state.active).toBeNull();
    // status and doctor say who serves it until the first deploy.
    const status = await slotflip(['status', '--env', adoptedEnv('1.0.0'), '--secrets-dir', SECRETS_DIR]);
    expect(status.stdout).toContain(`adopted   ${SEED_WAY.unit} (release 1.0.0): serves until the next deploy`);
    const doctor = await slotflip(['doctor', '--env', adoptedEnv('1.0.0'), '--secrets-dir', SECRETS_DIR, '--json']);
    const units = (
      JSON.parse(doctor.stdout) as { rows: { check: string; verdict: string; detail: string }[] }
    ).rows.find((x) => x.check === 'units');
    expect(units).toMatchObject({
      verdict: 'OK',
      detail: expect.stringContaining(`adopted: ${SEED_WAY.unit} serves it (release 1.0.0)`),
    });
    // A second adopt is refused: the instance is slotflip's now.
    const again = await slotflip(['adopt', '--env', adoptedEnv('1.0.0'), '--secrets-dir', SECRETS_DIR]);
    expect(again.code).toBe(4);
    expect(again.stderr).toContain("already slotflip's");
  });

  it("the first deploy over it moves it into slotflip's slots under load", async () => {
    // Zero failed requests, zero lost writes.
    const load = startLoad({
      host: t.host,
      hostHeader: SEED_WAY.serverName,
      ratePerSecond: 250,
      connections: 20,
      maxSeconds: 240,
    });
    await new Promise((r) => setTimeout(r, 1000));
    const r = await slotflip(['deploy', '--env', adoptedEnv('2.0.0'), '--secrets-dir', SECRETS_DIR]);
    await new Promise((res) => setTimeout(res, 1000));
    const report = await load.stop();
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    console.log(
      `first deploy over the adopted app: ${r.ms} ms; under load ${report.requests} requests, ` +
        `${report.failures.length} failed, ${report.acknowledged.length} writes acknowledged`,
    );
    expect(report.requests).toBeGreaterThan(1000);
    expect(report.failures).toEqual([]);
    const { rows } = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM tasks WHERE id = ANY($1::bigint[])',
      [report.acknowledged],
    );
    expect(rows[0]!.n).toBe(report.acknowledged.length);
    // Both releases answered during the run, and the new one answers now, from slotflip's blue slot.
    const versions = new Set(report.versions.map(([, v]) => v));
    expect(versions).toEqual(new Set(['1.0.0', '2.0.0']));
    expect(await info()).toMatchObject({ version: '2.0.0', slot: 'blue' });
    expect(r.stderr).toContain('drain and stop the app slotflip adopted');
    expect(await sh(`systemctl is-active ${SEED_WAY.unit} || true`)).toBe('inactive');
    expect(await sh(`systemctl is-enabled ${SEED_WAY.unit} || true`)).toBe('disabled');
    expect(await sh(`systemctl list-unit-files --no-legend 'slotflip-${INSTANCE}-api-adopted*' | wc -l`)).toBe('0');
    const state = JSON.parse(await sh(`cat /opt/slotflip/${INSTANCE}/state.json`));
    expect(state.adopted).toBeUndefined();
    expect(state.active).toBe('blue');
  });
});
