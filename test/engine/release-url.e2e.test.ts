import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploy, envFor } from '../e2e/deploy-helpers.js';
import { LAB_N } from '../e2e/pool.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { startReleaseServer, trustCa, untrustCa, type ReleaseServer } from '../e2e/release-server.js';
import { tempDir } from '../helpers.js';

// source: url, as Vikunja's official archives are deployed: the host downloads the archive over HTTPS and unpacks it
// only when its sha256 is the pinned one. The "release server" is an HTTPS server on the lab bridge's own address
// (the project's network), with a certificate from a CA made for this test and trusted by the lab container only
// while the test runs. Tarballs and zips (Vikunja publishes zips).

const suite = deploySuite();
const dir = tempDir('release-url-');
let server: ReleaseServer;
let base = '';

const manifest = JSON.parse(readFileSync('lab/state/releases/manifest.json', 'utf8')) as Record<
  string,
  { file: string; sha256: string }
>;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The demo 2.0.0 release repacked as a zip, as Vikunja ships its releases. */
function zipOf(version: string): string {
  const unpacked = join(dir, `unpacked-${version}`);
  mkdirSync(unpacked, { recursive: true });
  execFileSync('tar', ['-xzf', manifest[version]!.file, '-C', unpacked]);
  const zip = join(dir, `demo-${version}.zip`);
  execFileSync('zip', ['-q', '-r', '-X', zip, '.'], { cwd: unpacked });
  return zip;
}

beforeAll(async () => {
  server = await startReleaseServer(dir, {
    '/releases/demo-1.0.0.tar.gz': manifest['1.0.0']!.file,
    '/releases/demo-2.0.0.tar.gz': manifest['2.0.0']!.file,
    '/releases/demo-2.0.0.zip': zipOf('2.0.0'),
  });
  base = server.base;
  const r = await suite.ssh.script(trustCa(server));
  expect(r.stdout).toContain('trusted');
});

afterAll(async () => {
  await suite.ssh.script(untrustCa);
  await server.close();
});

const fromUrl = (version: string, path: string, sha256: string) =>
  envFor(
    version,
    LAB_N,
    (env) => (env.instances[0].app.release = { source: 'url', version, url: `${base}${path}`, sha256 }),
  );

describe('releases downloaded by the host (source: url)', () => {
  it('a tarball: downloaded once, by the container, checked and deployed', async () => {
    const r = await deploy(fromUrl('1.0.0', '/releases/demo-1.0.0.tar.gz', manifest['1.0.0']!.sha256));
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain('stage release 1.0.0-');
    expect(await suite.info()).toMatchObject({ version: '1.0.0' });
    expect(server.seen).toEqual([{ path: '/releases/demo-1.0.0.tar.gz', from: suite.t.host }]);
  });

  it('an archive whose sha256 is not the pinned one', async () => {
    // Refused before unpacking, nothing left, v1 keeps serving.
    const pinned = manifest['1.0.0']!.sha256; // what the environment pins: not what the server sends
    const r = await deploy(fromUrl('2.0.0', '/releases/demo-2.0.0.tar.gz', pinned));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      `has sha256 ${manifest['2.0.0']!.sha256}, but the environment pins ${pinned}: nothing was unpacked`,
    );
    expect(await suite.info()).toMatchObject({ version: '1.0.0' });
    const left = await suite.ssh.script(`ls -a /opt/slotflip/${suite.instance}/releases/`);
    expect(left.stdout.split('\n').filter((f) => f.startsWith('2.0.0') || f.startsWith('.incoming'))).toEqual([]);
  });

  it('a zip (as Vikunja publishes its releases): unpacked and deployed', async () => {
    const zip = join(dir, 'demo-2.0.0.zip');
    const r = await deploy(fromUrl('2.0.0', '/releases/demo-2.0.0.zip', sha(zip)));
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(await suite.info()).toMatchObject({ version: '2.0.0' });
  });
});
