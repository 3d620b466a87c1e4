import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deploy, envFor, slotflip } from '../e2e/deploy-helpers.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { leaks, SECRETS_DIR, secretValues } from '../e2e/lab.js';

// Where a secret could leak while slotflip works, scanned for every secret value of the lab: the process tables of
// this machine and of the container, sampled through a deploy and a backup; everything the CLI printed; what it
// keeps on the host in plain files (journal, state, the last run's plan); and every file the repository tracks.

const suite = deploySuite();
describe('secrets stay out of logs, process tables and plain files', () => {
  it('through a deploy and a backup', async () => {
    // No secret in either process table, the output, the host's plain files or the repository.
    const values = secretValues();
    expect(values.length).toBeGreaterThanOrEqual(6);
    // Sample both process tables (full argv and environment of our own processes are not visible to ps; argv is what
    // leaks).
    let samples = '';
    let sampling = true;
    const sampler = (async () => {
      for (let i = 0; sampling && i < 2000; i++) {
        samples += execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
        samples += (await suite.ssh.script('ps -eo args')).stdout;
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const d1 = await deploy(envFor('1.0.0'));
    const d2 = await deploy(envFor('2.0.0'));
    const b = await slotflip(['backup', '--env', envFor('2.0.0'), '--secrets-dir', SECRETS_DIR]);
    sampling = false;
    await sampler;
    expect(d1.code, d1.stderr).toBe(0);
    expect(d2.code, d2.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(samples.length).toBeGreaterThan(10_000);
    expect(samples).toContain('bin/slotflip.js'); // the sampler saw the runs it was meant to see
    expect(leaks(samples, values), 'in a process table').toEqual([]);
    expect(leaks(d1.stdout + d1.stderr + d2.stdout + d2.stderr + b.stdout + b.stderr, values), 'in the output').toEqual(
      [],
    );
    const plain = (
      await suite.ssh.script(
        `cat /opt/slotflip/${suite.instance}/journal.jsonl /opt/slotflip/${suite.instance}/state.json ` +
          `/opt/slotflip/${suite.instance}/backups/*.manifest.json 2>/dev/null`,
      )
    ).stdout;
    expect(plain.length).toBeGreaterThan(100);
    expect(leaks(plain, values), "in the host's plain files").toEqual([]);
    const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
    const inRepo = tracked.filter((f) => {
      try {
        return leaks(readFileSync(f, 'utf8'), values).length > 0;
      } catch {
        return false;
      }
    });
    expect(inRepo, 'in a file the repository tracks').toEqual([]);
    // A control: the scan finds a secret where one is (the host's 0600 credential file holds the database password).
    const pgpass = (await suite.ssh.script(`cat /opt/slotflip/${suite.instance}/shared/pgpass`)).stdout;
    expect(leaks(pgpass, values).length).toBeGreaterThan(0);
  }, 240_000);

  it('the plan printed for review shows *** where a secret goes', async () => {
    const r = await slotflip(['plan', '--env', envFor('1.0.0'), '--secrets-dir', SECRETS_DIR]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toContain('***');
    expect(leaks(r.stdout + r.stderr, secretValues())).toEqual([]);
  });
});
