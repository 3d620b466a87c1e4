import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attach } from '../../src/lab/container.js';
import { slotflip, resetInstanceScript } from '../e2e/deploy-helpers.js';
import { http, labTarget, SECRETS_DIR } from '../e2e/lab.js';
import { tempDir } from '../helpers.js';

// Real Vikunja in the lab: release archives built from Vikunja's own source, in the official zip layout
// (vikunja-v<version>-linux-amd64-full.zip), read from the folder SLOTFLIP_VIKUNJA_RELEASES names. The repository
// holds none of them: without the variable this suite says so in one line and is skipped.

const releases = process.env.SLOTFLIP_VIKUNJA_RELEASES;
const zip = (version: string) => (releases ? join(releases, `vikunja-v${version}-linux-amd64-full.zip`) : '');
const available = !!releases && existsSync(zip('2.5.0')) && existsSync(zip('2.4.0'));
if (!available) console.log(`skipped: real Vikunja (set SLOTFLIP_VIKUNJA_RELEASES to a folder holding vikunja-v2.4.0-linux-amd64-full.zip and vikunja-v2.5.0-linux-amd64-full.zip${releases ? `; one of them is not in ${releases}` : ''})`);

const INSTANCE = 'vikunja-real';
const SERVER_NAME = 'vikunja-real.lab.invalid';
const DB = 'vikunja_real';

describe.skipIf(!available)('real Vikunja 2.4.0 -> 2.5.0 in the lab', () => {
  const t = labTarget(1);
  const secrets = tempDir('vikunja-secrets-');
  let envFile = '';

  beforeAll(async () => {
    // A database and role of its own on the lab's PostgreSQL (as provision makes them), and secrets beside the lab's.
    const password = randomBytes(16).toString('hex');
    for (const name of ['LAB_SSH_KEY', 'LAB_1_REDIS_PASSWORD']) copyFileSync(join(SECRETS_DIR, name), join(secrets, name));
    writeFileSync(join(secrets, 'VIKUNJA_DB_PASSWORD'), password, { mode: 0o600 });
    writeFileSync(join(secrets, 'VIKUNJA_SECRET'), randomBytes(24).toString('hex'), { mode: 0o600 });
    const setup = await attach(1).script(`${resetInstanceScript(INSTANCE)}
runuser -u postgres -- psql -q -c 'DROP DATABASE IF EXISTS ${DB}' -c 'DROP ROLE IF EXISTS ${DB}' -c "CREATE ROLE ${DB} LOGIN PASSWORD '${password}'" -c 'CREATE DATABASE ${DB} OWNER ${DB}'`);
    expect(setup.code, setup.stderr).toBe(0);
    envFile = join(tempDir('vikunja-env-'), 'vikunja-real.yaml');
    writeEnv('2.4.0');
  });

  /** The environment with release `version` uploaded from the repository's lab/state (ignored by git). */
  function writeEnv(version: string) {
    mkdirSync('lab/state/releases', { recursive: true });
    const local = `lab/state/releases/vikunja-v${version}-linux-amd64-full.zip`;
    copyFileSync(zip(version), local);
    const sha256 = createHash('sha256').update(readFileSync(local)).digest('hex');
    const env = {
      version: 1,
      environment: 'vikunja-real',
      instances: [{
        id: INSTANCE,
        target: { transport: 'ssh', host: t.host, port: 22, user: 'root', host_keys: [t.hostKey], ssh_key_secret: 'LAB_SSH_KEY' },
        app: { name: 'vikunja', release: { source: 'upload', version, path: local, sha256 }, shared_secret: 'VIKUNJA_SECRET' },
        database: { engine: 'postgres', host: '127.0.0.1', port: 5432, name: DB, user: DB, password_secret: 'VIKUNJA_DB_PASSWORD', pool: 5, server_version: 15 },
        redis: { host: '127.0.0.1', port: 6379, db: 3, password_secret: 'LAB_1_REDIS_PASSWORD' },
        nginx: { server_names: [SERVER_NAME], tls: { enabled: false } },
        windows: { observe: '5s', drain: '3s', keep_warm: '5m' },
      }],
    };
    writeFileSync(envFile, stringify(env));
  }

  const UNIQUE_ON_USERS = "SELECT count(*) FROM pg_indexes WHERE tablename = 'users' AND indexdef LIKE 'CREATE UNIQUE%'";
  let uniqueOnUsers = 0;
  const sql = async (query: string) => (await attach(1).script(`runuser -u postgres -- psql -At -d ${DB} -c ${JSON.stringify(query)}`)).stdout.trim();

  it('deploys 2.4.0 from its zip (accepted with a warning: the "from" release); a unique index dropped as its upgrade migrations drop them', async () => {
    const r = await slotflip(['deploy', '--env', envFile, '--secrets-dir', secrets]);
    console.log(`real Vikunja 2.4.0, first deploy: ${r.ms} ms`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/note: schema: created \d+ columns, \d+ indexes, \d+ constraints/);
    const v = await slotflip(['validate', envFile]);
    expect(v.stdout).toMatch(/warning: .*vikunja 2\.4\.0 is older than the 2\.5\.0 the preset describes/);
    // A fresh 2.4.0 creates its tables from its models, with every index: the loss happens to a database that 2.4.0's
    // migrations upgrade (tx.Sync with partial structs). That is what this leaves, the way those migrations leave it.
    uniqueOnUsers = Number(await sql(UNIQUE_ON_USERS));
    expect(await sql('DROP INDEX "UQE_users_username"')).toBe('DROP INDEX');
  });

  it('upgrades to 2.5.0: the indexes 2.4.0 dropped are reported back, the overlap is printed, the old slot is paused after its drain, no throwaway user is left', async () => {
    writeEnv('2.5.0');
    const r = await slotflip(['deploy', '--env', envFile, '--secrets-dir', secrets]);
    console.log(`real Vikunja 2.4.0 -> 2.5.0: ${r.ms} ms; ${/overlap: [^\n]*/.exec(r.stderr)?.[0] ?? 'no overlap line'}`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/note: schema: the migration added indexes: [^\n]*\busers\.UQE_users_username\b/);
    expect(Number(await sql(UNIQUE_ON_USERS))).toBe(uniqueOnUsers);
    expect(r.stderr).toMatch(/overlap: both slots ran \d+\.\d s \(start to flip \d+\.\d s, then a 3 s drain\); the blue slot is then paused/);
    expect(r.stderr).toMatch(/smoke flow on the green slot \(6 steps\) \.\.\.\n\s+ok in/);
    expect(r.stderr).toContain('note: through nginx after the flip: websocket /api/v1/ws, cors /api/v1/info, cookies ok');
    // The smoke flow ran three times (on the slot, then twice after the flip): every throwaway user is gone, and their projects.
    expect(await sql("SELECT count(*) FROM users WHERE username LIKE 'slotflip-smoke-%'")).toBe('0');
    expect(await sql("SELECT count(*) FROM projects WHERE title LIKE 'slotflip smoke%' OR owner_id NOT IN (SELECT id FROM users)")).toBe('0');
    // The blue slot (2.4.0) still runs for a rollback, but stopped (T) once its drain is over: its cron sends nothing.
    await new Promise((r) => setTimeout(r, 4500));
    const state = await attach(1).script(`ps -o stat= -p "$(systemctl show -p MainPID --value slotflip-${INSTANCE}-api@blue)"; ps -o stat= -p "$(systemctl show -p MainPID --value slotflip-${INSTANCE}-api@green)"`);
    expect(state.stdout.trim().split('\n').map((l) => l.trim()[0])).toEqual(['T', 'S']);
  });

  it("each client address has its own rate limit through nginx (10 logins a minute), and slotflip's checks spend none of it", async () => {
    // Two clients inside the container, from two loopback addresses: eleven logins from the first, one from the second.
    const r = await attach(1).script(`for n in $(seq 11); do curl -s -o /dev/null -w '%{http_code} ' --interface 127.0.0.11 -H 'Host: ${SERVER_NAME}' -H 'Content-Type: application/json' -d '{"username":"nobody-a","password":"wrong-password"}' http://127.0.0.1/api/v1/login; done
echo
curl -s -o /dev/null -D - --interface 127.0.0.12 -H 'Host: ${SERVER_NAME}' -H 'Content-Type: application/json' -d '{"username":"nobody-b","password":"wrong-password"}' http://127.0.0.1/api/v1/login | tr -d '\\r' | sed -n 's/^HTTP[^ ]* \\([0-9]*\\).*/\\1/p; s/^[Xx]-[Rr]ate[Ll]imit-[Rr]emaining: *//p' | paste -sd' ' -`);
    const [first, second] = r.stdout.trim().split('\n');
    const codes = first!.trim().split(' ');
    console.log(`rate limit per client address: the first address answered ${codes.join(' ')}; the second then ${second}`);
    expect(codes.slice(0, 10)).not.toContain('429');
    expect(codes[10]).toBe('429');
    // The second address starts with its own ten, whatever the first and the deploy's smoke flows (from addresses of
    // their own) spent: over the socket without realip, all of them shared one bucket and this answered 429.
    expect(second!.split(' ')[0]).not.toBe('429');
    expect(second!.split(' ')[1]).toBe('9');
  });

  it('a warm rollback resumes the paused slot and serves 2.4.0 again; the next deploy moves forward again', async () => {
    const r = await slotflip(['rollback', '--env', envFile, '--secrets-dir', secrets]);
    console.log(`real Vikunja warm rollback 2.5.0 -> 2.4.0 (database as 2.5.0 left it): ${r.ms} ms`);
    expect(r.code, r.stderr).toBe(0);
    const info = await http(t.host, '/api/v1/info', { hostHeader: SERVER_NAME });
    expect(JSON.parse(info.body).version).toBe('v2.4.0');
    const state = await attach(1).script(`ps -o stat= -p "$(systemctl show -p MainPID --value slotflip-${INSTANCE}-api@blue)"`);
    expect(state.stdout.trim()[0]).toBe('S');
    const again = await slotflip(['release-hold', '--env', envFile, '--secrets-dir', secrets]);
    expect(again.code, again.stderr).toBe(0);
    const forward = await slotflip(['deploy', '--env', envFile, '--secrets-dir', secrets]);
    expect(forward.code, forward.stderr).toBe(0);
  });
  it("rotate app-secret: a token signed with the old secret is refused, and a browser's session refreshes from its cookie (it is not signed by the secret)", async () => {
    // A user signed in through nginx as the web app does: the login answers a short token and sets the refresh cookie.
    const who = `rotate${randomBytes(4).toString('hex')}`;
    const session = (step: string) => attach(1).script(`set -e
cd /tmp; H='Host: ${SERVER_NAME}'; J='Content-Type: application/json'; B=http://127.0.0.1
${step}`);
    const signIn = await session(`curl -s -o /dev/null -w '%{http_code} ' -H "$H" -H "$J" -d '{"username":"${who}","email":"${who}@slotflip.invalid","password":"Rotate-${who}-pass"}' $B/api/v1/register
curl -s -c ${who}.jar -H "$H" -H "$J" -d '{"username":"${who}","password":"Rotate-${who}-pass"}' $B/api/v1/login | sed -n 's/.*"token":"\\([^"]*\\)".*/\\1/p' > ${who}.token
curl -s -o /dev/null -w '%{http_code}' -H "$H" -H "Authorization: Bearer $(cat ${who}.token)" $B/api/v1/user`);
    expect(signIn.stdout, signIn.stderr).toBe('200 200');
    const r = await slotflip(['rotate', 'app-secret', '--env', envFile, '--secrets-dir', secrets]);
    expect(r.code, r.stderr).toBe(0);
    const after = await session(`curl -s -o /dev/null -w '%{http_code} ' -H "$H" -H "Authorization: Bearer $(cat ${who}.token)" $B/api/v1/user
curl -s -b ${who}.jar -c ${who}.jar -X POST -H "$H" $B/api/v1/user/token/refresh | sed -n 's/.*"token":"\\([^"]*\\)".*/\\1/p' > ${who}.token2
curl -s -o /dev/null -w '%{http_code}' -H "$H" -H "Authorization: Bearer $(cat ${who}.token2)" $B/api/v1/user
rm -f ${who}.jar ${who}.token ${who}.token2`);
    console.log(`rotate app-secret on real Vikunja: ${r.ms} ms; the old token then answered ${after.stdout.split(' ')[0]}, a refreshed one ${after.stdout.split(' ')[1]}`);
    expect(after.stdout).toBe('401 200');
  });

  afterAll(async () => {
    await attach(1).script(`${resetInstanceScript(INSTANCE)}\nrunuser -u postgres -- psql -q -c 'DROP DATABASE IF EXISTS ${DB}' -c 'DROP ROLE IF EXISTS ${DB}'`);
  });

  it('serves through nginx as the release it is, and runs with the signal and files the preset sets', async () => {
    const info = await http(t.host, '/api/v1/info', { hostHeader: SERVER_NAME });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body).version).toBe('v2.5.0');
    const front = await http(t.host, '/', { hostHeader: SERVER_NAME });
    expect(front.status).toBe(200);
    expect(front.body).toContain('<div id="app"');
    const facts = await attach(1).script(`systemctl show -p KillSignal --value slotflip-${INSTANCE}-api@blue
stat -c '%U:%G %a' /opt/slotflip/${INSTANCE}/shared/config.yml`);
    expect(facts.stdout.trim().split('\n')).toEqual(['2', 'root:vikunja 640']);
  });
});
