// Release archives for the lab's apps: one ncc bundle (dependencies included, so containers need no npm), then one
// archive per release with its own release.json. Reproducible (sorted, fixed mtime, fixed owner, gzip without a
// timestamp), so a release's sha256 is stable across builds. Returns the manifest: version -> { file, sha256, ... }.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function buildReleaseArchives({ name, entry, main, releases, out }) {
  const dest = resolve(out);
  mkdirSync(dest, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), `${name}-build-`));
  try {
    execFileSync(
      process.execPath,
      [
        'node_modules/@vercel/ncc/dist/ncc/cli.js',
        'build',
        entry,
        '-o',
        join(work, 'bundle'),
        '-q',
        '--target',
        'es2021',
      ],
      { stdio: 'inherit' },
    );
    const manifest = {};
    for (const release of releases) {
      const dir = join(work, `${name}-${release.version}`);
      mkdirSync(dir);
      copyFileSync(join(work, 'bundle', 'index.js'), join(dir, main));
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
      writeFileSync(join(dir, 'release.json'), `${JSON.stringify({ name, ...release }, null, 2)}\n`);
      const tar = join(work, `${name}-${release.version}.tar`);
      execFileSync('tar', [
        '--sort=name',
        '--mtime=@0',
        '--owner=0',
        '--group=0',
        '--numeric-owner',
        '-C',
        dir,
        '-cf',
        tar,
        '.',
      ]);
      execFileSync('gzip', ['-n', '-9', tar]);
      const file = join(dest, `${name}-${release.version}.tar.gz`);
      renameSync(`${tar}.gz`, file);
      manifest[release.version] = {
        file,
        sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
        ...release,
      };
    }
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
