import { defineConfig } from 'vitest/config';
import { E2E_WORKERS } from './test/e2e/pool.js';

// Unit tests run in parallel (CI runs them beside the first group below: neither measures time). End-to-end suites
// (*.e2e.test.ts) share one lab, brought up by the global setup, in three groups, one after the other:
// 1. suites side by side, each worker on a lab container of its own (test/e2e/pool.ts);
// 2. the suites that assert a time or a request rate, one at a time, with the other lab containers stopped (with two
//    cores and three suites beside it, a warm rollback took 9.8 s instead of about 1 s);
// 3. the lab's own suite, which takes the whole lab down and up again.
const e2e = {
  globalSetup: ['test/e2e/global-setup.ts'],
  setupFiles: ['test/e2e/own-tmp.ts'],
  testTimeout: 180_000,
  hookTimeout: 600_000,
};
const TIMED = [
  'test/engine/deploy.e2e.test.ts',
  'test/engine/rollback.e2e.test.ts',
  'test/engine/recovery.e2e.test.ts',
  'test/lab/demo-app.e2e.test.ts',
  'test/transport/ssh.e2e.test.ts',
];
const LAB_CYCLE = 'test/lab/lab.e2e.test.ts';
const SNAPSHOTS = 'test/plan/examples-snapshot.test.ts';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      // Unit tests share each worker's modules (isolate: false): loading the same sources again for every file cost
      // a fifth of their time (117 s, against 93 s shared). The snapshot test mocks a module, which a
      // shared module would not see, so it runs isolated, beside them.
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.e2e.test.ts', SNAPSHOTS],
          testTimeout: 20_000,
          isolate: false,
        },
      },
      { test: { name: 'unit-isolated', include: [SNAPSHOTS], testTimeout: 20_000 } },
      {
        test: {
          ...e2e,
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          exclude: [...TIMED, LAB_CYCLE],
          maxWorkers: E2E_WORKERS,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          ...e2e,
          name: 'e2e-timed',
          include: TIMED,
          setupFiles: [...e2e.setupFiles, 'test/e2e/quiet-lab.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      { test: { ...e2e, name: 'e2e-lab', include: [LAB_CYCLE], fileParallelism: false, sequence: { groupOrder: 3 } } },
    ],
  },
});
