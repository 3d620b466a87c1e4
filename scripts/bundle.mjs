// Builds the committed bundles: dist/action (the GitHub Action) and dist/cli (bin/slotflip.js).
// ncc output is deterministic for the same sources and lockfile, so CI can require dist/ to match a rebuild.
// Install with `npm ci --ignore-scripts` first: native helpers built on this machine must not enter dist/.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

// `--out DIR` builds into DIR instead of dist/ (check-dist compares such a build with the committed one).
const root = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'dist';
if (!root) throw new Error('bundle: --out needs a folder');
const entries = [
  ['src/github/main.ts', join(root, 'action')],
  ['src/cli.ts', join(root, 'cli')],
];
// ncc copies every file it can trace as an asset. Anything beyond these would be a surprise (a native build,
// or worse, a local file such as the lab's secrets), so the build fails instead of shipping it.
const ALLOWED = new Set(['index.js', 'licenses.txt', 'package.json']);
// ssh2's helper for Windows' Pageant agent: ncc copies it, slotflip never runs on Windows nor uses Pageant.
const DROPPED = ['pagent.exe'];
// Chunks of lazily loaded commands (the CLI loads the engine only when a command needs it).
const CHUNK = /^\d+\.index\.js$/;

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

for (const [entry, out] of entries) {
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '--target',
      'es2022',
      '-q',
    ],
    { stdio: 'inherit' },
  );
  for (const name of DROPPED) rmSync(join(out, name), { force: true });
  const unexpected = files(out)
    .map((f) => relative(out, f))
    .filter((f) => !ALLOWED.has(f) && !CHUNK.test(f));
  if (unexpected.length) {
    rmSync(out, { recursive: true, force: true });
    console.error(`bundle: refusing to ship unexpected files in ${out}: ${unexpected.join(', ')}`);
    process.exit(1);
  }
}
