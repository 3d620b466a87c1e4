// Fails when dist/ differs from a fresh build of src/ (and when the generated types are stale).
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run(process.execPath, ['scripts/gen-types.mjs', '--check']);
run(process.execPath, ['scripts/gen-validator.mjs', '--check']);
run(process.execPath, ['scripts/bundle.mjs']);
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (changed.trim()) {
  console.error(`dist/ does not match src/: rebuild with \`npm run bundle\` and commit it.\n${changed}`);
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', 'dist'], { stdio: 'inherit' });
  process.exit(1);
}
console.error('dist/ matches src/');
