// The apps bench/fleet.ts deploys: the demo (lab/app), and real Vikunja from release archives built outside this
// repository (the folder SLOTFLIP_VIKUNJA_RELEASES names, as test/engine/vikunja.e2e.test.ts reads them).
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { attach } from '../src/lab/container.js';
import { envFor, resetInstanceScript } from '../test/e2e/deploy-helpers.js';
import { tempDir } from '../test/helpers.js';

export interface FleetApp {
  label: string;
  /** The update each round makes: `from` installed first, then `to` over it. */
  from: string;
  to: string;
  secretsDir: string;
  /** An environment file deploying `version` to lab container n, with no waits (observe, keep-warm, drain: 0). */
  envFor(version: string, n: number): string;
  /** The instance gone from the containers, and its database empty (a first deploy follows). */
  resetScript(n: number): string;
}

const noWaits = (env: Record<string, any>) => {
  env.instances[0].windows = { ...env.instances[0].windows, observe: '0s', keep_warm: '0s', drain: '0s' };
};

export const demoApp: FleetApp = {
  label: 'demo',
  from: '1.0.0',
  to: '2.0.0',
  secretsDir: 'lab/state/secrets',
  envFor: (version, n) => envFor(version, n, noWaits),
  resetScript: (n) => resetInstanceScript(`demo-lab-${n}`),
};

const ZIP = (version: string) => `vikunja-v${version}-linux-amd64-full.zip`;

/** Real Vikunja 2.4.0 -> 2.5.0 (its migration included), or why it cannot run here. */
export function vikunjaApp(releases = process.env.SLOTFLIP_VIKUNJA_RELEASES): FleetApp | { skipped: string } {
  const versions = ['2.4.0', '2.5.0'];
  if (!releases || !versions.every((v) => existsSync(join(releases, ZIP(v)))))
    return {
      skipped:
        `real Vikunja: set SLOTFLIP_VIKUNJA_RELEASES to a folder holding ${versions.map(ZIP).join(' and ')}` +
        (releases ? ` (one of them is not in ${releases})` : ''),
    };
  // An upload's path is inside the repository (lab/state is ignored by git), as the real suite keeps them.
  const dir = 'lab/state/releases/fleet';
  mkdirSync(dir, { recursive: true });
  const sha256: Record<string, string> = {};
  for (const v of versions) {
    copyFileSync(join(releases, ZIP(v)), join(dir, ZIP(v)));
    sha256[v] = createHash('sha256')
      .update(readFileSync(join(dir, ZIP(v))))
      .digest('hex');
  }
  // The lab's secrets, and the instance's own: its database password and its shared secret.
  const secretsDir = tempDir('fleet-vikunja-secrets-');
  for (const name of readdirSync('lab/state/secrets'))
    copyFileSync(join('lab/state/secrets', name), join(secretsDir, name));
  const password = randomBytes(16).toString('hex');
  writeFileSync(join(secretsDir, 'FLEET_VIKUNJA_DB_PASSWORD'), password, { mode: 0o600 });
  writeFileSync(join(secretsDir, 'FLEET_VIKUNJA_SECRET'), randomBytes(24).toString('hex'), { mode: 0o600 });
  const id = 'vikunja-fleet';
  const db = 'vikunja_fleet';
  return {
    label: 'real Vikunja',
    from: versions[0]!,
    to: versions[1]!,
    secretsDir,
    envFor(version, n) {
      // The lab container's own target, database server, Redis and backup keys; the preset does the rest.
      const lab = (parse(readFileSync(`lab/state/environments/lab-${n}.yaml`, 'utf8')) as any).instances[0];
      const env = {
        version: 1,
        environment: `fleet-vikunja-${n}`,
        instances: [
          {
            id,
            target: lab.target,
            app: {
              name: 'vikunja',
              release: { source: 'upload', version, path: join(dir, ZIP(version)), sha256: sha256[version] },
              shared_secret: 'FLEET_VIKUNJA_SECRET',
            },
            database: { ...lab.database, name: db, user: db, password_secret: 'FLEET_VIKUNJA_DB_PASSWORD' },
            backups: lab.backups,
            redis: { ...lab.redis, db: 3 },
            nginx: { server_names: [`vikunja-fleet-${n}.lab.invalid`], tls: { enabled: false } },
            windows: { observe: '0s', keep_warm: '0s', drain: '0s' },
          },
        ],
      };
      const file = join(tempDir('fleet-vikunja-env-'), `vikunja-${n}.yaml`);
      writeFileSync(file, stringify(env));
      return file;
    },
    // The password reaches psql on its stdin, never in an argv.
    resetScript: (n) => `${resetInstanceScript(id)}
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL'
DROP DATABASE IF EXISTS ${db};
DROP ROLE IF EXISTS ${db};
CREATE ROLE ${db} LOGIN PASSWORD '${password}';
CREATE DATABASE ${db} OWNER ${db};
SQL
echo reset ${n}`,
  };
}

/** Runs the app's reset script in each container at once. */
export async function reset(app: FleetApp, containers: number[]): Promise<void> {
  await Promise.all(
    containers.map(async (n) => {
      const r = await attach(n).script(app.resetScript(n), { timeoutMs: 60_000 });
      if (!r.stdout.includes('reset')) throw new Error(`resetting lab container ${n} failed: ${r.stderr}`);
    }),
  );
}
