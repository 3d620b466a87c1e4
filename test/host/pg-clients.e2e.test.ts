import { describe, expect, it } from 'vitest';
import { attach } from '../../src/lab/container.js';
import { compileStep } from '../../src/plan/compile.js';
import type { Step } from '../../src/plan/types.js';
import { LAB_N } from '../e2e/pool.js';

// In a lab container (Debian's PostgreSQL 15 and its pg_wrapper): a step that calls a client program runs the
// program itself, the one pg_wrapper would have picked for a call with a host, and no Perl starts for it.

const lab = attach(LAB_N);
const root = '/tmp/slotflip-pg-clients-test';
const ctx = { run: 'R1', journal: `${root}/journal.jsonl`, root, lock: `${root}/lock`, owner: 'tester' };
const step = (text: string): Step => ({
  id: 'pg',
  phase: 'preflight',
  title: 't',
  timeoutMs: 30_000,
  ops: [{ kind: 'sh', text }],
});

describe('PostgreSQL client programs in a step', () => {
  it('run from the newest client directory, the version pg_wrapper picks given a host', async () => {
    const r = await lab.script(
      compileStep(
        step(
          'echo "psql=$(command -v psql) pg_dump=$(command -v pg_dump)"\n' +
            'echo "direct=$(pg_dump --version)"\n' +
            // pg_wrapper itself, as the step would have run it before: with a host it takes the newest version.
            'echo "wrapper=$(/usr/bin/pg_dump --version -h 127.0.0.1)"\n' +
            'pg_isready -q -h 127.0.0.1 -p 5432 && echo ready',
        ),
        ctx,
      ),
    );
    await lab.script(`rm -rf ${root}`);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(
      /^psql=\/usr\/lib\/postgresql\/\d+\/bin\/psql pg_dump=\/usr\/lib\/postgresql\/\d+\/bin\/pg_dump$/m,
    );
    const direct = /^direct=(.+)$/m.exec(out)?.[1];
    expect(direct).toMatch(/^pg_dump \(PostgreSQL\) \d+/);
    expect(/^wrapper=(.+)$/m.exec(out)?.[1]).toBe(direct);
    expect(out).toContain('ready');
  });
});
