// Builds the notes app's release archives (pg bundled in, so the container needs no npm), reproducibly, as
// lab/app/build.mjs does for the demo. Usage: node lab/notes/build.mjs --out DIR   (prints the manifest as JSON)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const RELEASES = [
  { version: '1.0.0', schema: 1 },
  { version: '1.1.0', schema: 2 },
];

const out = resolve(process.argv[process.argv.indexOf('--out') + 1] ?? 'lab/state/releases');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'notes-build-'));
try {
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'lab/notes/notes.js', '-o', join(work, 'bundle'), '-q', '--target', 'es2021'], { stdio: 'inherit' });
  const manifest = {};
  for (const release of RELEASES) {
    const dir = join(work, `notes-${release.version}`);
    mkdirSync(dir);
    copyFileSync(join(work, 'bundle', 'index.js'), join(dir, 'notes.js'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    writeFileSync(join(dir, 'release.json'), `${JSON.stringify({ name: 'notes', ...release }, null, 2)}\n`);
    const tar = join(work, `notes-${release.version}.tar`);
    execFileSync('tar', ['--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '-C', dir, '-cf', tar, '.']);
    execFileSync('gzip', ['-n', '-9', tar]);
    const file = join(out, `notes-${release.version}.tar.gz`);
    renameSync(`${tar}.gz`, file);
    manifest[release.version] = { file, sha256: createHash('sha256').update(readFileSync(file)).digest('hex'), ...release };
  }
  console.log(JSON.stringify(manifest));
} finally {
  rmSync(work, { recursive: true, force: true });
}
