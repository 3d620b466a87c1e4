// Builds the demo app's release archives: one bundle (pg and ioredis included, so the container needs no npm),
// then one archive per release, each with its own release.json. Archives are reproducible (sorted, fixed mtime,
// fixed owner, gzip without a timestamp), so a release's sha256 is stable across builds.
// Usage: node lab/app/build.mjs [--out DIR]   (prints the manifest as JSON)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const RELEASES = [
  { version: '1.0.0', schema: 1 },
  { version: '2.0.0', schema: 2 },
  { version: '3.0.0', schema: 3, breaking: true, breaks: 'drops tasks.done, which 2.x reads' },
  { version: '2.0.1-health-fail', schema: 2, fault: 'health-fail' },
  { version: '2.0.1-migrate-fail', schema: 2, fault: 'migrate-fail' },
  { version: '2.0.1-crash', schema: 2, fault: 'crash' },
  { version: '2.0.1-slow-start', schema: 2, fault: 'slow-start' },
  { version: '2.0.1-route-500', schema: 2, fault: 'route-500' },
  { version: '2.0.1-slow-route', schema: 2, fault: 'slow-route' },
  { version: '2.0.1-health-flap', schema: 2, fault: 'health-flap' },
  { version: '3.0.1-health-fail', schema: 3, breaking: true, breaks: 'declares itself breaking, then fails its health gate', fault: 'health-fail' },
];

const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : 'lab/state/releases');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'demo-build-'));
try {
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'lab/app/src/main.js', '-o', join(work, 'bundle'), '-q', '--target', 'es2021'], { stdio: 'inherit' });
  const manifest = {};
  for (const release of RELEASES) {
    const dir = join(work, `demo-${release.version}`);
    mkdirSync(dir);
    copyFileSync(join(work, 'bundle', 'index.js'), join(dir, 'app.js'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    writeFileSync(join(dir, 'release.json'), `${JSON.stringify({ name: 'demo', ...release }, null, 2)}\n`);
    const tar = join(work, `demo-${release.version}.tar`);
    execFileSync('tar', ['--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '-C', dir, '-cf', tar, '.']);
    execFileSync('gzip', ['-n', '-9', tar]);
    const file = join(out, `demo-${release.version}.tar.gz`);
    renameSync(`${tar}.gz`, file);
    manifest[release.version] = { file, sha256: createHash('sha256').update(readFileSync(file)).digest('hex'), ...release };
  }
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(JSON.stringify(manifest));
} finally {
  rmSync(work, { recursive: true, force: true });
}
