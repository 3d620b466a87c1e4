import { execFileSync } from 'node:child_process';
import { LAB_COUNT } from './pool.js';

// One lab for every end-to-end suite: `slotflip lab up` as a real process (cold the first time, then warm), with a
// container for each worker and the restore suite's spare (test/e2e/pool.ts). It stays up between runs: CI's script
// (scripts/dev.sh) runs the suites in two groups and the benchmarks after them, then takes it down, whatever happened.
export function setup(): void {
  if (process.getuid?.() !== 0)
    throw new Error('end-to-end tests need root (they run a real LXC lab): run `sudo bash scripts/dev.sh test`');
  execFileSync(process.execPath, ['bin/slotflip.js', 'lab', 'up', '--count', String(LAB_COUNT)], {
    stdio: 'inherit',
    timeout: 900_000,
  });
}
