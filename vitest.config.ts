import { defineConfig } from 'vitest/config';

// Unit tests run in parallel. End-to-end suites (*.e2e.test.ts) share one lab, brought up once by the global
// setup, and run one file at a time so no two suites deploy to the same container at once.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.e2e.test.ts'], testTimeout: 20_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
