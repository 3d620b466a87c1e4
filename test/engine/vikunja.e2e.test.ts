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
const available = !!releases && existsSync(zip('2.5.0'));
if (!available) console.log(`skipped: real Vikunja (set SLOTFLIP_VIKUNJA_RELEASES to a folder holding vikunja-v2.5.0-linux-amd64-full.zip${releases ? `; ${zip('2.5.0')} is not there` : ''})`);

const INSTANCE = 'vikunja-real';
const SERVER_NAME = 'vikunja-real.lab.invalid';
const DB = 'vikunja_real';

describe.skipIf(!available)('real Vikunja 2.5.0 in the lab', () => {
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
    // An uploaded release is a path inside the repository (lab/state is the lab's own, ignored by git).
    mkdirSync('lab/state/releases', { recursive: true });
    const local = 'lab/state/releases/vikunja-v2.5.0-linux-amd64-full.zip';
    copyFileSync(zip('2.5.0'), local);
    const sha256 = createHash('sha256').update(readFileSync(local)).digest('hex');
    const env = {
      version: 1,
      environment: 'vikunja-real',
      instances: [{
        id: INSTANCE,
        target: { transport: 'ssh', host: t.host, port: 22, user: 'root', host_keys: [t.hostKey], ssh_key_secret: 'LAB_SSH_KEY' },
        app: { name: 'vikunja', release: { source: 'upload', version: '2.5.0', path: local, sha256 }, shared_secret: 'VIKUNJA_SECRET' },
        database: { engine: 'postgres', host: '127.0.0.1', port: 5432, name: DB, user: DB, password_secret: 'VIKUNJA_DB_PASSWORD', pool: 5, server_version: 15 },
        redis: { host: '127.0.0.1', port: 6379, db: 3, password_secret: 'LAB_1_REDIS_PASSWORD' },
        nginx: { server_names: [SERVER_NAME], tls: { enabled: false } },
        windows: { observe: '5s' },
      }],
    };
    envFile = join(tempDir('vikunja-env-'), 'vikunja-real.yaml');
    writeFileSync(envFile, stringify(env));
  });

  afterAll(async () => {
    await attach(1).script(`${resetInstanceScript(INSTANCE)}\nrunuser -u postgres -- psql -q -c 'DROP DATABASE IF EXISTS ${DB}' -c 'DROP ROLE IF EXISTS ${DB}'`);
  });

  it('deploys from the zip: gate on v2.5.0, smoke flow, frontend files kept, after-flip checks, observe', async () => {
    const r = await slotflip(['deploy', '--env', envFile, '--secrets-dir', secrets]);
    console.log(`real Vikunja 2.5.0, first deploy: ${r.ms} ms (stage ${/stage release[^\n]*\n\s+ok in ([0-9.]+ s)/.exec(r.stderr)?.[1] ?? '?'})`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/smoke flow on the blue slot \(6 steps\) \.\.\.\n\s+ok in/);
    expect(r.stderr).toMatch(/note: assets: \d+ files of release 2\.5\.0-[0-9a-f]{8} kept/);
    expect(r.stderr).toContain('note: through nginx after the flip: websocket /api/v1/ws, cors /api/v1/info, cookies ok');
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
