import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { deploy, envFor } from '../e2e/deploy-helpers.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { http } from '../e2e/lab.js';

// What the happy path never shows: a run killed outright, a slow release, the drain, a breaking release that fails
// after its migration. Against the lab, with keep-alive load through nginx where users could notice.

const suite = deploySuite('demo-lab-1');
const { info, underLoad, lostWrites, instance: INSTANCE } = suite;
const journalPath = `/opt/slotflip/${INSTANCE}/journal.jsonl`;
const unitState = async (slot: string, what: 'is-active' | 'is-enabled') => (await suite.ssh.script(`systemctl ${what} slotflip-${INSTANCE}-api@${slot} || true`)).stdout.trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('recovery and the windows after a flip', () => {
  it('installs v1 on a fresh host', async () => {
    const r = await deploy(envFor('1.0.0'));
    expect(r.code, r.stderr).toBe(0);
  });

  it('SIGKILL right after the flip: users stay on the new release; the next run takes the lock over once the dead run\'s connection and step are gone (not its lease), adopts the live slot and finishes', async () => {
    const { result, load } = await underLoad(async () => {
      const child = spawn(process.execPath, ['bin/slotflip.js', 'deploy', '--env', envFor('2.0.0'), '--secrets-dir', 'lab/state/secrets'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const exited = new Promise((r) => child.on('close', (_code, signal) => r(signal)));
      let run = '';
      for (let i = 0; i < 600 && !run; i++, await sleep(100)) run = /deploy (\S+): /.exec(stderr)?.[1] ?? '';
      const flipped = `grep -c '"run":"${run}","step":"flip","event":"end"' ${journalPath} || true`;
      for (let i = 0; i < 900; i++, await sleep(100)) if ((await suite.ssh.script(flipped)).stdout.trim() === '1') break;
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const killedAt = Date.now();
      expect((await suite.ssh.script(`cat /opt/slotflip/${INSTANCE}/lock/owner`)).stdout).toContain(`"run":"${run}"`); // its lock is still there
      expect((await suite.state()).active).toBe('blue'); // and state.json never heard of the flip
      expect(await info()).toMatchObject({ version: '2.0.0', slot: 'green' });
      // Shorter than what is left of the lease (30 s, renewed at most 10 s before the kill): only the lock's binding to
      // the dead run's session lets this run in; on the lease alone it answered "locked" (exit 5).
      const next = await deploy(envFor('2.0.0'), '--lock-wait', '15s');
      return { run, next, tookMs: Date.now() - killedAt };
    });
    const { run, next, tookMs } = result;
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(new RegExp(`note: run ${run} stopped (during|after) its (flip|observe) step`));
    expect(next.stderr).toContain('nginx routes to the green slot (release 2.0.0-');
    expect(next.stderr).toContain(`took over the lock of a run whose connection had closed: {"run":"${run}"`);
    console.log(`SIGKILL after the flip: the next run took over and converged ${(tookMs / 1000).toFixed(1)} s after the kill`);
    expect(load.failures).toEqual([]);
    expect(await lostWrites(load.acknowledged)).toBe(0);
    const state = await suite.state();
    expect(state).toMatchObject({ active: 'green', slots: { green: { version: '2.0.0' } } });
    expect(state.history.at(-1).detail).toBe(`converged: run ${run} did not finish`);
    expect(await unitState('green', 'is-enabled')).toBe('enabled');
    expect(await unitState('blue', 'is-enabled')).toBe('disabled');
    expect((await deploy(envFor('2.0.0'))).code).toBe(20); // converged: nothing left to do
  });

  it('a release whose requests slow down after the flip is flipped back on p95 latency (exit 11), with no failed request', async () => {
    const { result, load } = await underLoad(() => deploy(envFor('2.0.1-slow-route')));
    expect(result.code, result.stderr).toBe(11);
    expect(result.stderr).toMatch(/observe: p95 request time \d+ ms over \d+ requests since the flip \(over 500 ms\)/);
    expect(load.failures).toEqual([]);
    expect(await lostWrites(load.acknowledged)).toBe(0);
    expect(await info()).toMatchObject({ version: '2.0.0', slot: 'green' });
  });

  it('after the keep-warm window the old slot drains and stops; background jobs of two slots overlap only inside the deploy', async () => {
    // keep_warm counts from the retire step (after the observe window): a rollback until then is only a flip.
    const short = envFor('1.0.0', 1, (env) => (env.instances[0].windows = { ...env.instances[0].windows, keep_warm: '3s', drain: '1s' }));
    const r = await deploy(short);
    expect(r.code, r.stderr).toBe(0);
    const run = /deploy (\S+): /.exec(r.stderr)![1]!;
    const at = async (step: string, event: string) => Number(/"at":([\d.]+)/.exec((await suite.ssh.script(`grep -F '"run":"${run}","step":"${step}","event":"${event}"' ${journalPath}`)).stdout)![1]);
    const startedAt = await at('start', 'start');
    const retiredAt = await at('retire', 'end');
    expect(await unitState('green', 'is-active')).toBe('active'); // still warm right after the deploy
    await sleep(Math.max(0, (retiredAt + 3 + 1 + 3) * 1000 - Date.now()));
    expect(await unitState('green', 'is-active')).toBe('inactive');
    expect(await unitState('blue', 'is-active')).toBe('active');
    const runs = async (slot: string, from: number, to = 4e9) => (await suite.db.query<{ n: number }>('SELECT count(*)::int AS n FROM job_runs WHERE slot = $1 AND started_at > to_timestamp($2) AND started_at < to_timestamp($3)', [slot, from, to])).rows[0]!.n;
    expect(await runs('blue', retiredAt)).toBeGreaterThan(0);
    expect(await runs('green', startedAt, retiredAt)).toBeGreaterThan(0); // the old slot served and ran jobs until retired
    expect(await runs('green', retiredAt + 3 + 1 + 1)).toBe(0); // and none after keep_warm + drain (+1 s for the stop)
    console.log(`drain: both slots ran jobs for ${(retiredAt + 4 - startedAt).toFixed(1)} s at most (start of the new slot to keep_warm + drain after retire)`);
  });

  it('a breaking release that fails after its migration: exit 12, the maintenance page stays up; deploying the live release takes it down', async () => {
    const v3 = await deploy(envFor('3.0.0'), '--allow-breaking');
    expect(v3.code, v3.stderr).toBe(0);
    const r = await deploy(envFor('3.0.1-health-fail'), '--allow-breaking');
    expect(r.code, r.stderr).toBe(12);
    expect(r.stderr).toContain('after the breaking migration');
    expect(r.stderr).toContain('the maintenance page stays up');
    const during = await http(suite.t.host, '/api/v1/tasks', { hostHeader: suite.t.serverName });
    expect(during.status).toBe(503);
    expect(during.headers['retry-after']).toBe('30');
    const fixed = await deploy(envFor('3.0.0'));
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stderr).toContain('the maintenance page is on');
    expect(await info()).toMatchObject({ version: '3.0.0' });
    expect((await suite.ssh.script(`test -e /var/lib/slotflip/${INSTANCE}/maintenance && echo on || echo off`)).stdout.trim()).toBe('off');
  });
});
