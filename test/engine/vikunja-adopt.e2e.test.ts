import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attach } from '../../src/lab/container.js';
import { handoffTable } from '../../src/host/handoff.js';
import { resetInstanceScript, slotflip } from '../e2e/deploy-helpers.js';
import {
  COMMUNITY_WAY,
  installCommunityWayScript,
  moveToPostgresScript,
  removeCommunityWayScript,
  stageZip,
} from '../e2e/install-community-way.js';
import { http, LAB_ENV_FILE, labTarget, leaks, SECRETS_DIR } from '../e2e/lab.js';
import { LAB_N, OWN_RELEASES } from '../e2e/pool.js';
import { secretNames } from '../../src/lab/state-files.js';
import { startLoad } from '../e2e/load.js';
import { bearer, signUp, taskRoutes, type Session } from '../e2e/vikunja-clients.js';
import { tempDir } from '../helpers.js';

const LAB_SECRETS = secretNames(LAB_N);

// The common starting point of Proxmox users, brought under slotflip: a community-scripts Vikunja container (Vikunja
// itself on :3456, no nginx, its data in SQLite), real Vikunja 2.4.0 from the releases folder the real suite reads.
// adopt refuses the SQLite data; the operator moves it into PostgreSQL (Vikunja's own dump and restore); then adopt
// and the first deploy (2.5.0) run under a load of a logged-in client that reaches :3456 as it always did.

const releases = process.env.SLOTFLIP_VIKUNJA_RELEASES;
const zip = (version: string) => (releases ? join(releases, `vikunja-v${version}-linux-amd64-full.zip`) : '');
const available = !!releases && existsSync(zip('2.5.0')) && existsSync(zip('2.4.0'));
if (!available)
  console.log(
    `skipped: adopting a community-scripts Vikunja (set SLOTFLIP_VIKUNJA_RELEASES to a folder holding ` +
      (`vikunja-v2.4.0-linux-amd64-full.zip and ` +
        `vikunja-v2.5.0-linux-amd64-full.zip${releases ? `; one of them is not in ${releases}` : ''})`),
  );

const INSTANCE = 'vikunja-cs';
const SERVER_NAME = 'vikunja-cs.lab.invalid';
const DB = 'vikunja_cs';

describe.skipIf(!available)(
  'adopting a community-scripts Vikunja container (Vikunja on :3456, nothing in front)',
  () => {
    const t = labTarget();
    const secrets = tempDir('vikunja-cs-secrets-');
    const dbPassword = randomBytes(16).toString('hex');
    // The app's own secret, from its config.yml: the environment names the same one, or every token it signed is
    // refused.
    const appSecret = randomBytes(24).toString('hex');
    const front = `${t.host}:${COMMUNITY_WAY.port}`;
    let envFile = '';
    const sh = async (script: string) => (await attach(LAB_N).script(script)).stdout.trim();
    const sql = (query: string) => sh(`runuser -u postgres -- psql -At -d ${DB} -c ${JSON.stringify(query)}`);

    beforeAll(async () => {
      for (const name of ['LAB_SSH_KEY', LAB_SECRETS.redis, LAB_SECRETS.dbAdmin, 'LAB_BACKUP_IDENTITY'])
        copyFileSync(join(SECRETS_DIR, name), join(secrets, name));
      writeFileSync(join(secrets, 'VIKUNJA_DB_PASSWORD'), dbPassword, { mode: 0o600 });
      writeFileSync(join(secrets, 'VIKUNJA_SECRET'), appSecret, { mode: 0o600 });
      const setup = await attach(LAB_N).script(`${resetInstanceScript(INSTANCE)}
nft delete table inet ${handoffTable(INSTANCE)} 2>/dev/null || true
runuser -u postgres -- psql -q -c 'DROP DATABASE IF EXISTS ${DB}' -c 'DROP ROLE IF EXISTS ${DB}' \\
  -c "CREATE ROLE ${DB} LOGIN PASSWORD '${dbPassword}'" -c 'CREATE DATABASE ${DB} OWNER ${DB}'`);
      expect(setup.code, setup.stderr).toBe(0);
      const installed = await attach(LAB_N).script(
        installCommunityWayScript(stageZip(zip('2.4.0'), LAB_N), `http://${front}/`, appSecret),
        { timeoutMs: 120_000 },
      );
      expect(installed.stdout, installed.stderr).toContain('installed');
      envFile = join(tempDir('vikunja-cs-env-'), 'vikunja-cs.yaml');
      mkdirSync(OWN_RELEASES, { recursive: true });
      const local = `${OWN_RELEASES}/vikunja-v2.5.0-linux-amd64-full.zip`;
      copyFileSync(zip('2.5.0'), local);
      writeFileSync(
        envFile,
        stringify({
          version: 1,
          environment: 'vikunja-cs',
          instances: [
            {
              id: INSTANCE,
              target: {
                transport: 'ssh',
                host: t.host,
                port: 22,
                user: 'root',
                host_keys: [t.hostKey],
                ssh_key_secret: 'LAB_SSH_KEY',
              },
              app: {
                name: 'vikunja',
                release: {
                  source: 'upload',
                  version: '2.5.0',
                  path: local,
                  sha256: createHash('sha256').update(readFileSync(local)).digest('hex'),
                },
                shared_secret: 'VIKUNJA_SECRET',
              },
              database: {
                engine: 'postgres',
                host: '127.0.0.1',
                port: 5432,
                name: DB,
                user: DB,
                password_secret: 'VIKUNJA_DB_PASSWORD',
                pool: 5,
                server_version: 15,
                admin_user: 'slotflip_admin',
                admin_secret: LAB_SECRETS.dbAdmin,
              },
              backups: (parse(readFileSync(LAB_ENV_FILE, 'utf8')) as { instances: Array<{ backups: unknown }> })
                .instances[0]!.backups,
              redis: { host: '127.0.0.1', port: 6379, db: 4, password_secret: LAB_SECRETS.redis },
              // Users reach it on :3456 today: the site takes that port, so their address does not change.
              nginx: { server_names: [SERVER_NAME], http_port: COMMUNITY_WAY.port, tls: { enabled: false } },
              windows: { observe: '5s', drain: '3s', keep_warm: '5m' },
            },
          ],
        }),
      );
    });

    afterAll(async () => {
      await attach(LAB_N).script(`${removeCommunityWayScript()}
${resetInstanceScript(INSTANCE)}
nft delete table inet ${handoffTable(INSTANCE)} 2>/dev/null || true
rm -f /var/tmp/vikunja-v2.4.0-linux-amd64-full.zip /var/tmp/vikunja-move.zip /var/tmp/vikunja-move.log
rm -rf /var/tmp/vikunja-move
runuser -u postgres -- psql -q -c 'DROP DATABASE IF EXISTS ${DB}' -c 'DROP ROLE IF EXISTS ${DB}'`);
    });

    let user: Session;
    const username = `cs${randomBytes(3).toString('hex')}`;
    const projects: number[] = [];
    let early = 0;

    it('refuses while the data is in SQLite, naming the file and how to move it', async () => {
      user = await signUp(t.host, front, username, COMMUNITY_WAY.port);
      for (let n = 0; n < 10; n++) {
        const made = await http(t.host, '/api/v1/projects', {
          method: 'PUT',
          hostHeader: front,
          port: COMMUNITY_WAY.port,
          headers: bearer(user),
          body: { title: `under load ${n}` },
        });
        expect(made.status, made.body).toBe(201);
        projects.push((JSON.parse(made.body) as { id: number }).id);
      }
      const task = await http(t.host, `/api/v1/projects/${projects[0]}/tasks`, {
        method: 'PUT',
        hostHeader: front,
        port: COMMUNITY_WAY.port,
        headers: bearer(user),
        body: { title: 'written on SQLite' },
      });
      expect(task.status).toBe(201);
      early = (JSON.parse(task.body) as { id: number }).id;
      const r = await slotflip(['adopt', '--env', envFile, '--secrets-dir', secrets, '--dry-run']);
      expect(r.code, r.stderr).toBe(4);
      expect(r.stderr).toContain(`found: no nginx in front; the app listens on port ${COMMUNITY_WAY.port} itself`);
      expect(r.stderr).toContain(
        `the app keeps its data in SQLite (${COMMUNITY_WAY.sqlite}), not in the environment's PostgreSQL ` +
          `database ${DB}`,
      );
      expect(await sh(`test -e /opt/slotflip/${INSTANCE} && echo yes || echo no`)).toBe('no');
    });

    it("the operator moves the data into PostgreSQL with Vikunja's own dump and restore", async () => {
      // The task written on SQLite is there.
      const moved = await attach(LAB_N).script(moveToPostgresScript({ name: DB, user: DB, password: dbPassword }), {
        timeoutMs: 180_000,
      });
      expect(moved.stdout, `${moved.stderr}\n${await sh('tail -5 /var/tmp/vikunja-move.log')}`).toContain('moved');
      const read = await http(t.host, `/api/v1/tasks/${early}`, {
        hostHeader: front,
        port: COMMUNITY_WAY.port,
        headers: bearer(user),
      });
      expect(read.status, read.body).toBe(200);
      expect(JSON.parse(read.body).title).toBe('written on SQLite');
    });

    it("adopt, then the first deploy (2.5.0), under a logged-in client's load on :3456", async () => {
      // None fails, no write is lost, nginx ends up holding :3456.
      const pid = await sh(`systemctl show -p MainPID --value ${COMMUNITY_WAY.unit}`);
      // A browser-like client: taking the port over closes idle keep-alive connections (the app's shutdown, nginx's
      // reloads), and a request sent as one closes is sent again on a new connection, as browsers do. Counted apart.
      const load = startLoad({
        host: t.host,
        port: COMMUNITY_WAY.port,
        hostHeader: front,
        ratePerSecond: 60,
        connections: 10,
        writeShare: 0.25,
        maxSeconds: 300,
        routes: taskRoutes(projects),
        headers: () => bearer(user),
        retryReusedSocket: true,
      });
      await new Promise((r) => setTimeout(r, 2000));
      const adopt = await slotflip(['adopt', '--env', envFile, '--secrets-dir', secrets]);
      expect(adopt.code, `${adopt.stdout}\n${adopt.stderr}`).toBe(0);
      expect(leaks(adopt.stdout + adopt.stderr, [appSecret, dbPassword])).toEqual([]);
      // The same process serves, behind nginx on a spare port; the kernel sends new connections for :3456 there.
      expect(await sh(`systemctl show -p MainPID --value ${COMMUNITY_WAY.unit}`)).toBe(pid);
      const via = (
        JSON.parse(await sh(`cat /opt/slotflip/${INSTANCE}/state.json`)) as {
          adopted: { handoff: { port: number; via: number } };
        }
      ).adopted.handoff;
      expect(via.port).toBe(COMMUNITY_WAY.port);
      expect(
        await sh(
          `nft list table inet ${handoffTable(INSTANCE)} | grep 'tcp dport ${COMMUNITY_WAY.port} ' | grep ` +
            `-c 'redirect to :${via.via}'`,
        ),
      ).toBe('1');
      const logged = async () => Number(await sh(`wc -l < /var/log/nginx/slotflip-${INSTANCE}.access.log`));
      const before = await logged();
      // A new connection: one the global agent kept from before the adopt still goes to the app itself.
      const fresh = await http(t.host, '/api/v1/info', {
        hostHeader: front,
        port: COMMUNITY_WAY.port,
        newConnection: true,
      });
      expect(JSON.parse(fresh.body).version).toBe('v2.4.0');
      expect(await logged()).toBeGreaterThan(before);
      const adoptedAt = Date.now();
      await new Promise((r) => setTimeout(r, 3000));

      const deployedAt = Date.now();
      const deploy = await slotflip(['deploy', '--env', envFile, '--secrets-dir', secrets]);
      await new Promise((r) => setTimeout(r, 3000));
      const report = await load.stop();
      const stored = new Set(
        (await sql(`SELECT id FROM tasks WHERE project_id IN (${projects.join(',')})`)).split('\n'),
      );
      const lost = report.acknowledged.filter((id) => !stored.has(id));
      const during = (from: number, to: number) => report.failures.filter((f) => f.at >= from && f.at < to).length;
      const failed = report.failures.length
        ? ` [${[...new Set(report.failures.map((f) => `${f.status} ${f.method} ${f.error ?? ''}`))].join(', ')}]`
        : '';
      console.log(
        [
          `community-scripts Vikunja on :${COMMUNITY_WAY.port}: adopt ${adopt.ms} ms,`,
          `first deploy (2.5.0) ${deploy.ms} ms;`,
          `under load on :${COMMUNITY_WAY.port}: ${report.requests} requests in ${report.seconds.toFixed(0)} s,`,
          `${report.failures.length} failed (${during(0, adoptedAt)} up to adoption,`,
          `${during(adoptedAt, Infinity)} after)${failed},`,
          `${report.retried} sent again after the server closed an idle keep-alive connection,`,
          `${report.acknowledged.length} tasks written, ${lost.length} lost`,
        ].join(' '),
      );
      expect(deploy.code, deploy.stderr).toBe(0);
      const when = report.failures.map((f) => `${((f.at - deployedAt) / 1000).toFixed(1)} s`).join(', ');
      expect(
        report.failures.slice(0, 5),
        `failures at ${when} from the deploy's start\n${adopt.stderr}\n${deploy.stderr}`,
      ).toEqual([]);
      expect(report.acknowledged.length).toBeGreaterThan(100);
      expect(lost).toEqual([]);
      expect(deploy.stderr).toContain(`port ${COMMUNITY_WAY.port} is nginx's own now`);
      expect(deploy.stderr).toContain(`the redirect from port ${COMMUNITY_WAY.port} to ${via.via} is gone`);
      // nginx holds :3456 itself, the spare port and the redirect are gone, the installer's unit is stopped and off at
      // boot.
      expect(await sh(`ss -tlpnH 'sport = :${COMMUNITY_WAY.port}' | grep -c '"nginx"'`)).not.toBe('0');
      expect(await sh(`ss -tlnH 'sport = :${via.via}' | wc -l`)).toBe('0');
      expect(
        await sh(`nft list table inet ${handoffTable(INSTANCE)} >/dev/null 2>&1 && echo present || echo gone`),
      ).toBe('gone');
      expect(await sh(`systemctl is-active ${COMMUNITY_WAY.unit} || true`)).toBe('inactive');
      expect(await sh(`systemctl is-enabled ${COMMUNITY_WAY.unit} || true`)).toBe('disabled');
      const info = await http(t.host, '/api/v1/info', { hostHeader: front, port: COMMUNITY_WAY.port });
      expect(JSON.parse(info.body).version).toBe('v2.5.0');
      const read = await http(t.host, `/api/v1/tasks/${early}`, {
        hostHeader: front,
        port: COMMUNITY_WAY.port,
        headers: bearer(user),
      });
      expect(JSON.parse(read.body).title).toBe('written on SQLite');
      const state = JSON.parse(await sh(`cat /opt/slotflip/${INSTANCE}/state.json`)) as {
        active: string;
        adopted?: unknown;
      };
      expect(state).toMatchObject({ active: 'blue' });
      expect(state.adopted).toBeUndefined();
    });
  },
);
