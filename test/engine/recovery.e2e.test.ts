import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { deploy, envFor } from '../e2e/deploy-helpers.js';
import { LAB_N } from '../e2e/pool.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { http } from '../e2e/lab.js';

// What the happy path never shows: a run killed outright, a slow release, the drain, a breaking release that fails
// after its migration. Against the lab, with keep-alive load through nginx where users could notice.

const suite = deploySuite();
const { info, underLoad, lostWrites, instance: INSTANCE } = suite;
const journalPath = `/opt/slotflip/${INSTANCE}/journal.jsonl`;
const unitState = async (slot: string, what: 'is-active' | 'is-enabled') =>
  (await suite.ssh.script(`systemctl ${what} slotflip-${INSTANCE}-api@${slot} || true`)).stdout.trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('recovery and the windows after a flip', () => {
  it('installs v1 on a fresh host', async () => {
    const r = await deploy(envFor('1.0.0'));
    expect(r.code, r.stderr).toBe(0);
  });

  /**
   * Starts a deploy and, once its flip step has ended on the host, ends the run: SIGKILL to the CLI, or the SSH
   * connection cut on the host (its sshd session process killed, found through the lock's session: the runner's pid).
   */
  async function deployEndedAfterFlip(
    envFile: string,
    how: 'SIGKILL' | 'cut',
  ): Promise<{ run: string; endedAt: number; stderr: () => string; exited: Promise<number | null> }> {
    const child = spawn(
      process.execPath,
      ['bin/slotflip.js', 'deploy', '--env', envFile, '--secrets-dir', 'lab/state/secrets'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    let run = '';
    for (let i = 0; i < 600 && !run; i++, await sleep(100)) run = /deploy (\S+): /.exec(stderr)?.[1] ?? '';
    const flipped = `grep -c '"run":"${run}","step":"flip","event":"end"' ${journalPath} || true`;
    for (let i = 0; i < 900; i++, await sleep(100)) if ((await suite.ssh.script(flipped)).stdout.trim() === '1') break;
    if (how === 'SIGKILL') child.kill('SIGKILL');
    else {
      const cut = await suite.ssh.script(
        `s=$(sed -n 's/.*"session":"\\([0-9]*\\):.*/\\1/p' /opt/slotflip/${INSTANCE}/lock/owner); p=$(cut ` +
          `-d' ' -f4 /proc/$s/stat); echo "$(cat /proc/$p/comm) $p"; kill -KILL "$p"`,
      );
      expect(cut.stdout).toMatch(/^sshd\S* \d+/); // the run's own sshd session, by pid
    }
    return { run, endedAt: Date.now(), stderr: () => stderr, exited };
  }

  const watchJson = async () =>
    JSON.parse((await suite.ssh.script(`cat /opt/slotflip/${INSTANCE}/watch.json`)).stdout || 'null');
  async function watchDecided(run: string, maxMs: number): Promise<{ watch: any; ms: number }> {
    const started = Date.now();
    for (;;) {
      const w = await watchJson();
      if (w?.run === run && (w.state === 'passed' || w.state === 'flipped-back'))
        return { watch: w, ms: Date.now() - started };
      if (Date.now() - started > maxMs)
        throw new Error(`the watch of ${run} did not decide within ${maxMs} ms: ${JSON.stringify(w)}`);
      await sleep(200);
    }
  }

  it('SIGKILL right after the flip', async () => {
    // The host observes, finishes the deploy by itself and frees the lock; the next run is told and finds nothing to
    // do.
    const { result, load } = await underLoad(async () => {
      const d = await deployEndedAfterFlip(envFor('2.0.0'), 'SIGKILL');
      await d.exited;
      expect(await info()).toMatchObject({ version: '2.0.0', slot: 'green' });
      const { watch } = await watchDecided(d.run, 20_000);
      const next = await deploy(envFor('2.0.0'), '--lock-wait', '15s');
      return { run: d.run, watch, next };
    });
    const { run, watch, next } = result;
    expect(watch).toMatchObject({ state: 'passed', receipt: { failed: 0 } });
    expect(watch.receipt.requests).toBeGreaterThan(100);
    expect(next.code, next.stderr).toBe(20); // the host finished it: state, boot, retire
    expect(next.stderr).toContain(`note: run ${run} ended before it could report its flip to release 2.0.0-`);
    expect(next.stderr).toContain('it passed its observe window and the host finished the deploy');
    expect(load.failures).toEqual([]);
    expect(await lostWrites(load.acknowledged)).toBe(0);
    const state = await suite.state();
    expect(state).toMatchObject({ active: 'green', slots: { green: { version: '2.0.0' } } });
    expect(state.history.at(-1)).toMatchObject({ run, op: 'deploy', result: 'ok' });
    expect(await unitState('green', 'is-enabled')).toBe('enabled');
    expect(await unitState('blue', 'is-enabled')).toBe('disabled');
    expect(
      (await suite.ssh.script(`test -d /opt/slotflip/${INSTANCE}/lock && echo held || echo free`)).stdout.trim(),
    ).toBe('free');
  });

  for (const how of ['SIGKILL', 'cut'] as const) {
    const what = how === 'SIGKILL' ? 'SIGKILL to the run' : 'the SSH connection cut';
    it(`${what} right after the flip of a release whose errors start about 2 s later`, async () => {
      // The host flips back by itself within the observe window, holds the release, loses no write; the next run says
      // what the host did.
      const version = how === 'SIGKILL' ? '2.0.1-route-500' : '2.0.2-route-500';
      const { result, load } = await underLoad(async () => {
        const d = await deployEndedAfterFlip(envFor(version), how);
        const { watch, ms } = await watchDecided(d.run, 30_000);
        const code = await d.exited;
        const next = await deploy(envFor(version));
        return { run: d.run, watch, ms, code, stderr: d.stderr(), next };
      });
      const { run, watch, ms, code, stderr, next } = result;
      console.log(
        `${how} after the flip: the host flipped back ${(ms / 1000).toFixed(1)} s after the run ended ` +
          `(${watch.reason})`,
      );
      expect(watch).toMatchObject({ state: 'flipped-back' });
      expect(watch.reason).toMatch(
        /observe: \d+ of \d+ requests failed with 5xx since the flip|receipt: \d+ requests failed/,
      );
      expect(ms).toBeLessThan(6_000 + 3_000); // the window (6 s) and its last probe
      if (how === 'cut') {
        expect(code).toBe(3); // the run lost its connection and says so; the host acted anyway
        expect(stderr).toContain('the connection to the host was lost');
      }
      expect(await info()).toMatchObject({ version: '2.0.0', slot: 'green' });
      // The release's own fault, on its route.
      expect(load.failures.every((f) => f.path.startsWith('/api/v1/tasks'))).toBe(true);
      expect(await lostWrites(load.acknowledged)).toBe(0);
      const state = await suite.state();
      expect(state.hold).toMatchObject({
        release: expect.stringMatching(new RegExp(`^${version.replace(/\./g, '\\.')}-`)),
      });
      expect(state.hold.reason).toContain('observe failed');
      expect(next.code, next.stderr).toBe(18); // held
      expect(next.stderr).toContain(`note: run ${run} ended before it could report its flip`);
      expect(next.stderr).toContain('the host flipped it back and held it');
    });
  }

  it('a release whose requests slow down after the flip is flipped back on p95 latency (exit 11)', async () => {
    // …with no failed request.
    const { result, load } = await underLoad(() => deploy(envFor('2.0.1-slow-route')));
    expect(result.code, result.stderr).toBe(11);
    expect(result.stderr).toMatch(/observe: p95 request time \d+ ms over \d+ requests since the flip \(over 500 ms\)/);
    expect(load.failures).toEqual([]);
    expect(await lostWrites(load.acknowledged)).toBe(0);
    expect(await info()).toMatchObject({ version: '2.0.0', slot: 'green' });
  });

  it('after the keep-warm window the old slot drains and stops', async () => {
    // Background jobs of two slots overlap only inside the deploy.
    // keep_warm counts from the retire step (after the observe window): a rollback until then is only a flip.
    const short = envFor(
      '1.0.0',
      LAB_N,
      (env) => (env.instances[0].windows = { ...env.instances[0].windows, keep_warm: '3s', drain: '1s' }),
    );
    const r = await deploy(short);
    expect(r.code, r.stderr).toBe(0);
    const run = /deploy (\S+): /.exec(r.stderr)![1]!;
    const at = async (step: string, event: string) =>
      Number(
        /"at":([\d.]+)/.exec(
          (await suite.ssh.script(`grep -F '"run":"${run}","step":"${step}","event":"${event}"' ${journalPath}`))
            .stdout,
        )![1],
      );
    const startedAt = await at('start', 'start');
    const retiredAt = await at('retire', 'end');
    expect(await unitState('green', 'is-active')).toBe('active'); // still warm right after the deploy
    await sleep(Math.max(0, (retiredAt + 3 + 1 + 3) * 1000 - Date.now()));
    expect(await unitState('green', 'is-active')).toBe('inactive');
    expect(await unitState('blue', 'is-active')).toBe('active');
    const runs = async (slot: string, from: number, to = 4e9) =>
      (
        await suite.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM job_runs WHERE slot = $1 AND started_at > to_timestamp($2) AND ' +
            'started_at < to_timestamp($3)',
          [slot, from, to],
        )
      ).rows[0]!.n;
    expect(await runs('blue', retiredAt)).toBeGreaterThan(0);
    // The old slot served and ran jobs until retired.
    expect(await runs('green', startedAt, retiredAt)).toBeGreaterThan(0);
    expect(await runs('green', retiredAt + 3 + 1 + 1)).toBe(0); // and none after keep_warm + drain (+1 s for the stop)
    console.log(
      `drain: both slots ran jobs for ${(retiredAt + 4 - startedAt).toFixed(1)} s at most (start of the new ` +
        `slot to keep_warm + drain after retire)`,
    );
  });

  it('a breaking release that fails after its migration', async () => {
    // Exit 12, the maintenance page stays up; deploying the live release takes it down.
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
    expect(
      (
        await suite.ssh.script(`test -e /var/lib/slotflip/${INSTANCE}/maintenance && echo on || echo off`)
      ).stdout.trim(),
    ).toBe('off');
  });
});
