// Fails when dist/ differs from a fresh build of src/, or holds changes not committed (and when the generated types
// are stale). The fresh build goes to a temporary folder: dist/ is only read, so a command running from it meanwhile
// (CI brings the lab up beside this) is not disturbed, and a stale dist/ is left as it was for the developer to see.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run(process.execPath, ['scripts/gen-types.mjs', '--check']);
run(process.execPath, ['scripts/gen-validator.mjs', '--check']);

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const files = (dir) => walk(dir).map((f) => relative(dir, f));

const fresh = mkdtempSync(join(tmpdir(), 'slotflip-dist-'));
let differ;
try {
  run(process.execPath, ['scripts/bundle.mjs', '--out', fresh]);
  const built = new Set(files(fresh));
  const committed = new Set(files('dist'));
  differ = [...new Set([...built, ...committed])]
    .filter(
      (f) => !built.has(f) || !committed.has(f) || !readFileSync(join(fresh, f)).equals(readFileSync(`dist/${f}`)),
    )
    .sort()
    .map((f) => `dist/${f}${built.has(f) ? (committed.has(f) ? '' : ' (missing)') : ' (not built from src/)'}`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
const uncommitted = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' }).trim();
if (differ.length) {
  console.error(`dist/ does not match src/: rebuild with \`npm run bundle\` and commit it.\n${differ.join('\n')}`);
  process.exit(1);
}
if (uncommitted) {
  console.error(`dist/ matches src/ but is not committed:\n${uncommitted}`);
  process.exit(1);
}
console.error('dist/ matches src/');
