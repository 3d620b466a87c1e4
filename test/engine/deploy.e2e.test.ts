import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { attach } from '../../src/lab/container.js';
import { describe, expect, it } from 'vitest';
import { deploy, envFor, runActionBundle, slotflip } from '../e2e/deploy-helpers.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { leaks } from '../e2e/lab.js';
import { LAB_N } from '../e2e/pool.js';
import { containerName, LAB } from '../../src/lab/settings.js';
import { joinedRegex } from '../regex.js';

// The engine against the lab, in the order an operator lives it, with keep-alive load through nginx throughout.

const suite = deploySuite();
const { info, underLoad, lostWrites, instance: INSTANCE } = suite;

describe('blue-green deploys against the lab', () => {
  it('installs v1 on a fresh host', async () => {
    const r = await deploy(envFor('1.0.0'));
    expect(r.code, r.stderr).toBe(0);
    expect(await info()).toMatchObject({ version: '1.0.0', slot: 'blue' });
    const state = JSON.parse((await suite.ssh.script(`cat /opt/slotflip/${INSTANCE}/state.json`)).stdout);
    expect(state).toMatchObject({ format: 1, active: 'blue', hold: null });
    expect(state.slots.blue.version).toBe('1.0.0');
  });

  it('deploys v2 (with its migration) under load', async () => {
    // Zero failed requests, zero lost writes, every later response from v2.
    const sampler = sampleProcessTables([suite.t.dbPassword, suite.t.dbAdminPassword, suite.t.redisPassword]);
    const { result, load } = await underLoad(async () => {
      const r = await deploy(envFor('2.0.0'));
      return { ...r, finished: Date.now() };
    });
    const ps = await sampler.stop();
    // No secret in any argv that ps shows, on this machine (the runner) or in the container (the host), at any sample.
    expect(ps.hits).toEqual([]);
    expect(ps.runnerSamples).toBeGreaterThan(20);
    expect(ps.targetSamples).toBeGreaterThan(20);
    expect(result.code, result.stderr).toBe(0);
    expect(load.requests / load.seconds).toBeGreaterThanOrEqual(200);
    expect(load.failures).toEqual([]);
    expect(await lostWrites(load.acknowledged)).toBe(0);
    const after = load.versions.filter(([at]) => at > result.finished);
    expect(after.length).toBeGreaterThan(0);
    expect(new Set(after.map(([, v]) => v))).toEqual(new Set(['2.0.0']));
    expect(await info()).toMatchObject({ version: '2.0.0', slot: 'green' });
    const columns = (
      await suite.db.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'tasks' AND column_name = 'priority'",
      )
    ).rowCount;
    expect(columns).toBe(1);
  });

  it('the health-failing build: exit 10, v2 keeps serving, nobody notices', async () => {
    const { result, load } = await underLoad(() => deploy(envFor('2.0.1-health-fail')));
    expect(result.code, result.stderr).toBe(10);
    expect(result.stderr).toContain('gate: failed: /health answered 500');
    expect(load.failures).toEqual([]);
    expect(await lostWrites(load.acknowledged)).toBe(0);
    expect(await info()).toMatchObject({ version: '2.0.0', slot: 'green' });
  });
});

describe('failures leave production serving', () => {
  it('the migration-failing build: nothing changes, the database is intact', async () => {
    const before = (
      await suite.db.query(
        "SELECT string_agg(column_name, ',' ORDER BY column_name) AS cols FROM information_schema.columns " +
          "WHERE table_name = 'tasks'",
      )
    ).rows[0].cols;
    const count = (await suite.db.query('SELECT count(*)::int AS n FROM tasks')).rows[0].n;
    const { result, load } = await underLoad(() => deploy(envFor('2.0.1-migrate-fail')));
    expect(result.code, result.stderr).toBe(11);
    expect(result.stderr).toContain('migration 003_broken_backfill failed and was rolled back');
    expect(result.stderr).toContain('schema unchanged');
    expect(load.failures).toEqual([]);
    const after = (
      await suite.db.query(
        "SELECT string_agg(column_name, ',' ORDER BY column_name) AS cols FROM information_schema.columns " +
          "WHERE table_name = 'tasks'",
      )
    ).rows[0].cols;
    expect(after).toBe(before);
    expect((await suite.db.query('SELECT count(*)::int AS n FROM tasks')).rows[0].n).toBe(
      count + load.acknowledged.length,
    );
    expect(await info()).toMatchObject({ version: '2.0.0', slot: 'green' });
  });

  it('the crash-at-boot build: the gate fails fast on the restarting unit', async () => {
    const { result, load } = await underLoad(() => deploy(envFor('2.0.1-crash')));
    expect(result.code, result.stderr).toBe(10);
    expect(result.stderr).toMatch(
      new RegExp(`gate: failed: slotflip-${INSTANCE}-api@(blue|green) is crashing \\(restarted \\d+ times\\)`),
    );
    expect(load.failures).toEqual([]);
    expect(await info()).toMatchObject({ version: '2.0.0', slot: 'green' });
  });

  it('a wrong host key: exit 3, nothing touched', async () => {
    const before = (await suite.ssh.script(`cat /opt/slotflip/${INSTANCE}/state.json`)).stdout;
    const r = await deploy(
      envFor(
        '2.0.0',
        LAB_N,
        (env) => (env.instances[0].target.host_keys = ['SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']),
      ),
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/presented host key SHA256:\S+, which is not pinned/);
    expect((await suite.ssh.script(`cat /opt/slotflip/${INSTANCE}/state.json`)).stdout).toBe(before);
  });

  it('preflight refuses a connection budget the server cannot give (exit 4), before anything changes', async () => {
    // Everything but the history, which records the refused attempt.
    const snapshot = async () => {
      const state = JSON.parse((await suite.ssh.script(`cat /opt/slotflip/${INSTANCE}/state.json`)).stdout);
      delete state.history;
      return { state, releases: (await suite.ssh.script(`ls /opt/slotflip/${INSTANCE}/releases`)).stdout };
    };
    const before = await snapshot();
    const r = await deploy(
      envFor('2.0.1-slow-start', LAB_N, (env) => {
        env.instances[0].database.pool = 1000;
        env.instances[0].database.max_connections = 5000;
      }),
    );
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(
      joinedRegex(
        /preflight: database connections: both slots' pools and the backup and migration need 2002, /,
        /but max_connections 100 leaves \d+/,
      ),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('two deploys at once, after a killed run left an expired lease', async () => {
    // One takes it over and says so, the other is refused, never both.
    await suite.ssh.script(
      `mkdir -p /opt/slotflip/${INSTANCE}/lock && echo ` +
        `'{"run":"killed-run","owner":"ci","started":1,"expires":2}' > /opt/slotflip/${INSTANCE}/lock/owner`,
    );
    const [a, b] = await Promise.all([
      deploy(envFor('1.0.0')),
      new Promise((r) => setTimeout(r, 300)).then(() => deploy(envFor('2.0.1-slow-start'))),
    ]);
    const codes = [a.code, b.code].sort();
    expect(codes).toEqual([0, 5]);
    const locked = a.code === 5 ? a : b;
    const winner = a.code === 5 ? b : a;
    expect(winner.stderr).toContain(
      'note: took over an expired lock: {"run":"killed-run","owner":"ci","started":1,"expires":2}',
    );
    expect(locked.stderr).toMatch(/locked by \{"run":"\d{8}T\d{6}Z-[0-9a-f]{4}","owner":"[^"]+"/);
    expect(
      (await suite.ssh.script(`test -d /opt/slotflip/${INSTANCE}/lock && echo held || echo free`)).stdout.trim(),
    ).toBe('free');
  });
});

describe('after the flip', () => {
  it('the 500-after-start build is flipped back by the observe window (exit 11), confined to its route', async () => {
    // …and held.
    const live = await info();
    const { result, load } = await underLoad(async () => ({
      ...(await deploy(envFor('2.0.1-route-500'))),
      finished: Date.now(),
    }));
    expect(result.code, result.stderr).toBe(11);
    expect(result.stderr).toMatch(/observe: \d+ of \d+ requests failed with 5xx since the flip/);
    expect(await info()).toEqual(live);
    // Only the faulty route failed, only with 500, and only while the deploy ran.
    expect(load.failures.length).toBeGreaterThan(0);
    expect(new Set(load.failures.map((f) => `${f.method} ${f.path} ${f.status}`))).toEqual(
      new Set(['GET /api/v1/tasks 500']),
    );
    expect(Math.max(...load.failures.map((f) => f.at))).toBeLessThan(result.finished);
    console.log(
      `500-after-start: ${load.failures.length} failed requests of ${load.requests}, from ` +
        `${new Date(load.failures[0]!.at).toISOString()} to ${new Date(load.failures.at(-1)!.at).toISOString()}`,
    );
    expect(await lostWrites(load.acknowledged)).toBe(0);

    const again = await deploy(envFor('2.0.1-route-500'));
    expect(again.code).toBe(18);
    expect(again.stderr).toMatch(
      /was flipped back at .* it stays refused until the hold is released with `slotflip release-hold`/,
    );
    const released = await slotflipReleaseHold(envFor('2.0.1-route-500'));
    expect(released.code, released.stderr).toBe(0);
    expect(JSON.parse((await suite.ssh.script(`cat /opt/slotflip/${INSTANCE}/state.json`)).stdout).hold).toBeNull();
  });

  it('SIGTERM mid-deploy reaches a safe, journaled state within 5 s; the next deploy converges', async () => {
    const live = await info();
    const child = spawn(
      process.execPath,
      ['bin/slotflip.js', 'deploy', '--env', envFor('2.0.1-slow-start'), '--secrets-dir', 'lab/state/secrets'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    while (!stderr.includes('health gate on')) await new Promise((r) => setTimeout(r, 100));
    const signalled = Date.now();
    child.kill('SIGTERM');
    const code = await exited;
    const ms = Date.now() - signalled;
    console.log(`SIGTERM during the health gate: safe in ${ms} ms (exit ${code})`);
    expect(ms).toBeLessThan(5000);
    expect(code).toBe(11);
    expect(await info()).toEqual(live);
    expect(
      (await suite.ssh.script(`test -d /opt/slotflip/${INSTANCE}/lock && echo held || echo free`)).stdout.trim(),
    ).toBe('free');
    const journal = (await suite.ssh.script(`tail -n 40 /opt/slotflip/${INSTANCE}/journal.jsonl`)).stdout;
    expect(journal).toMatch(/"step":"gate","event":"end","at":[\d.]+,"code":143/);
    const next = await deploy(envFor('2.0.0'));
    expect(next.code, next.stderr).toBe(0);
    expect(await info()).toMatchObject({ version: '2.0.0' });
  });

  it('runs as the GitHub Action', async () => {
    // Secrets masked line by line, a group per step, host output fenced, summary and outputs.
    // A release that is not live, whatever the earlier cases left, so the action runs every step.
    const target = (await info()).version === '1.0.0' ? '2.0.0' : '1.0.0';
    const r = await runActionBundle({
      command: 'deploy',
      env: envFor(target),
      'secrets-dir': 'lab/state/secrets',
      'allow-breaking': 'false',
      'lock-wait': '0s',
    });
    expect(r.code, r.out).toBe(0);
    for (const s of [suite.t.dbPassword, suite.t.redisPassword]) {
      expect(r.out).toContain(`::add-mask::${s}`);
      expect(r.out.split('\n').filter((l) => l.includes(s) && !l.startsWith('::add-mask::'))).toEqual([]);
    }
    // The job summary and the step outputs are files GitHub shows as they are: no mask applies there.
    expect(leaks(r.summary + r.outputs)).toEqual([]);
    // The database admin is resolved only by restores: a deploy never loads it, so it cannot print it either.
    expect(r.out).not.toContain(suite.t.dbAdminPassword);
    expect(r.out).toMatch(/^::group::\[1\/\d+\] take the lease lock/m);
    expect(r.out).toMatch(/^::stop-commands::([0-9a-f]{32})\n[\s\S]*?\n::\1::$/m);
    expect(r.summary).toContain('**✅ deployed**');
    expect(r.summary).toMatch(/\| flip \| [\d.]+ s \| ok \|/);
    expect(r.outputs).toMatch(new RegExp(`^release<<.*\\n${target.replace(/\./g, '\\.')}-[0-9a-f]{8}\\n`, 'm'));
    // config/public-url.ts, as templates see it.
    expect(r.outputs).toMatch(new RegExp(`^url<<.*\\nhttp://${INSTANCE}\\.lab\\.invalid/\\n`, 'm'));
    expect(await info()).toMatchObject({ version: target });
  });

  it('v3 declares a breaking migration', async () => {
    // Refused without --allow-breaking; with it, only 503s with Retry-After while it migrates.
    const refused = await deploy(envFor('3.0.0'));
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('declares migrations that break the running release');
    const { result, load } = await underLoad(async () => {
      const started = Date.now();
      const r = await deploy(envFor('3.0.0'), '--allow-breaking');
      return { ...r, started, finished: Date.now() };
    });
    expect(result.code, result.stderr).toBe(0);
    expect(await info()).toMatchObject({ version: '3.0.0' });
    expect(load.failures.every((f) => f.status === 503 && f.retryAfter === '30')).toBe(true);
    if (load.failures.length) {
      const first = load.failures[0]!.at;
      const last = load.failures.at(-1)!.at;
      expect(first).toBeGreaterThanOrEqual(result.started);
      expect(last).toBeLessThanOrEqual(result.finished);
      console.log(
        `breaking migration window: ${load.failures.length} requests answered 503 over ` +
          `${((last - first) / 1000).toFixed(1)} s`,
      );
    }
    expect(await lostWrites(load.acknowledged)).toBe(0);
  });

  it("status shows the live slot and release, each slot's units and health", async () => {
    // …the last run and its duration.
    const live = await info();
    const env = envFor(live.version);
    const r = await slotflip(['status', '--env', env, '--secrets-dir', 'lab/state/secrets', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ instance: INSTANCE, active: live.slot, lock: null, hold: null, maintenance: false });
    expect(s.release).toMatch(new RegExp(`^${live.version.replace(/\./g, '\\.')}-[0-9a-f]{8}$`));
    const liveUnit = s.components.find((c: { slot: string }) => c.slot === live.slot);
    expect(liveUnit).toMatchObject({ component: 'api', state: 'active', health: '200', live: true });
    expect(liveUnit.upSeconds).toBeGreaterThanOrEqual(0);
    expect(s.last).toMatchObject({ op: 'deploy', result: 'ok' });
    expect(s.last.seconds).toBeGreaterThan(0);
    const text = await slotflip(['status', '--env', env, '--secrets-dir', 'lab/state/secrets']);
    expect(text.stdout).toMatch(new RegExp(`^api +${live.slot} +active .*200   <- live$`, 'm'));
    // What a rollback would do now, and the backup it could restore.
    expect(s.backup).toMatch(new RegExp(`^/opt/slotflip/${INSTANCE}/backups/\\S+\\.dump$`));
    expect(text.stdout).toMatch(
      joinedRegex(
        /^rollback {2}(to \S+ on (blue|green) \((warm: only a flip|cold: start and gate first)\)|none); /,
        /any kept release with --to$/m,
      ),
    );
  });

  it('plan shows drift: a file edited on the host since slotflip rendered it', async () => {
    const unit = `/etc/systemd/system/slotflip-${INSTANCE}-api@.service`;
    await suite.ssh.script(`echo '# edited by hand' >> ${unit}`);
    // Whatever the plan decides (here: a release not live, so a full plan), drift is reported first.
    const r = await slotflip(['plan', '--env', envFor('2.0.1-slow-start'), '--secrets-dir', 'lab/state/secrets']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `drift (the deploy overwrites these; move lasting changes into templates/):\n  ${unit} was changed on ` +
        `the host since slotflip rendered it\n`,
    );
    expect(r.stdout.match(/was changed on the host/g)).toHaveLength(1);
    await suite.ssh.script(`sed -i '/# edited by hand/d' ${unit}`);
  });

  it('the container restarts: the live release comes back serving without slotflip', async () => {
    const live = await info();
    await suite.ssh.close();
    execFileSync('lxc-stop', ['-P', LAB.lxcPath, '-n', containerName(LAB_N)]);
    execFileSync('lxc-start', ['-P', LAB.lxcPath, '-n', containerName(LAB_N), '-d']);
    const deadline = Date.now() + 90_000;
    let after: unknown;
    while (Date.now() < deadline) {
      after = await info().catch(() => undefined);
      if (after) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(after).toEqual(live);
    await suite.reconnect();
  });
});

const slotflipReleaseHold = (envFile: string) =>
  import('../e2e/deploy-helpers.js').then((m) =>
    m.slotflip(['release-hold', '--env', envFile, '--secrets-dir', 'lab/state/secrets']),
  );

/** Samples `ps -eo args` here and in the container until stopped, and reports any sample that shows a secret. */
function sampleProcessTables(secrets: string[]) {
  const run = promisify(execFile);
  const hits: string[] = [];
  let runnerSamples = 0;
  let targetSamples = 0;
  let going = true;
  const check = (where: string, text: string) => {
    for (const s of secrets)
      if (text.includes(s)) hits.push(`${where}: ${text.split('\n').find((l) => l.includes(s))}`);
  };
  const runner = (async () => {
    while (going) {
      check('runner', (await run('ps', ['-eo', 'args'], { maxBuffer: 8 << 20 })).stdout);
      runnerSamples += 1;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const target = (async () => {
    while (going) {
      check('container', (await attach(LAB_N).script('ps -eo args')).stdout);
      targetSamples += 1;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    stop: async () => {
      going = false;
      await Promise.all([runner, target]);
      return { hits, runnerSamples, targetSamples };
    },
  };
}
