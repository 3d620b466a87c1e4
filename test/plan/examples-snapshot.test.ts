import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { pinnedExamplesRoot } from '../helpers.js';

// The plan of a first deploy of every instance of every shipped example, as text in test/plan/snapshots/: a change to
// what slotflip would run on a host shows in a pull request as a diff of these files, for a reviewer to read.
// After an intended change: npx vitest run test/plan/examples-snapshot.test.ts -u

const HERE = join(process.cwd(), 'test/plan/snapshots');

// A fixed clock and run id (the run id ends in random bytes): the plans differ only where the code changed.
vi.mock('node:crypto', async (original) => ({
  ...(await original<typeof import('node:crypto')>()),
  randomBytes: (n: number) => Buffer.alloc(n, 0xab),
}));
const NOW = new Date('2026-12-05T12:00:00.000Z');

// The lock's owner is the workflow run when there is one: a fixed one here, so the plans do not name this machine.
const RUN_ENV = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'example/infra', GITHUB_RUN_ID: '1' };
const saved = Object.fromEntries(Object.keys(RUN_ENV).map((k) => [k, process.env[k]]));
beforeAll(() => {
  Object.assign(process.env, RUN_ENV);
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterAll(() => {
  vi.useRealTimers();
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

describe('plans of the shipped examples', () => {
  const root = pinnedExamplesRoot();
  for (const file of readdirSync('environments').filter((f) => f.endsWith('.yaml'))) {
    const ids: string[] = (
      parse(readFileSync(join('environments', file), 'utf8')) as { instances: { id: string }[] }
    ).instances.map((i) => i.id);
    for (const id of ids) {
      it(`${file} ${id}: the first deploy's plan`, async () => {
        const out: string[] = [];
        const err: string[] = [];
        const home = process.cwd();
        process.chdir(root);
        try {
          const code = await runCli(['plan', '--offline', '--env', `environments/${file}`, '--instance', id], {
            out: (l) => out.push(l),
            err: (l) => err.push(l),
            env: {},
          });
          expect(code, err.join('\n')).toBe(0);
        } finally {
          process.chdir(home);
        }
        await expect(out.join('\n').split(root).join('<repo>')).toMatchFileSnapshot(
          join(HERE, `${file.replace(/\.yaml$/, '')}-${id}.plan.txt`),
        );
      });
    }
  }
});
