// Builds the committed bundles: dist/action (the GitHub Action) and dist/cli (bin/slotflip.js).
// ncc output is deterministic for the same sources and lockfile, so CI can require dist/ to match a rebuild.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const entries = [
  ['src/main.ts', 'dist/action'],
  ['src/cli.ts', 'dist/cli'],
];
for (const [entry, out] of entries) {
  rmSync(out, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'], { stdio: 'inherit' });
}
