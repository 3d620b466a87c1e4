import { containerState, existingContainers } from '../../src/lab/container.js';
import { lxc } from '../../src/lab/lxc-config.js';
import { execLocal } from '../../src/transport/local.js';
import { LAB_N } from './pool.js';

// Before a suite that asserts a time or a request rate: every other lab container is stopped (by its name), so the
// instances the side-by-side suites left running take no CPU from the one being timed. The next `lab up` (the global
// setup of any later run) starts them again.
for (const n of await existingContainers())
  if (n !== LAB_N && (await containerState(n)) === 'RUNNING') await execLocal(lxc.stop(n));
