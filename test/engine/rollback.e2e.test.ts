import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { deploy, envFor, slotflip } from '../e2e/deploy-helpers.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { INSTANCE, LAB_N } from '../e2e/pool.js';
import { runPlan } from '../../src/engine/run.js';
import { buildRollbackPlan } from '../../src/plan/rollback-plan.js';
import { prepare } from '../../src/session/prepare.js';
import { newRunId, readHost, readHostWhenFree, releaseTakenLock } from '../../src/session/run-context.js';
import { joinedRegex } from '../regex.js';

// `slotflip rollback` against the lab, under keep-alive load through nginx: warm (only a flip) and cold (start and
// gate the previous release first), and the hold it leaves on the release it rolled back from.

const suite = deploySuite();
const { info, underLoad, lostWrites } = suite;
const rollback = (envFile: string, ...extra: string[]) =>
  slotflip(['rollback', '--env', envFile, '--secrets-dir', 'lab/state/secrets', ...extra]);

describe('rollback', () => {
  it('deploys v1, then v2 over it', async () => {
    expect((await deploy(envFor('1.0.0'))).code).toBe(0);
    const v2 = await deploy(envFor('2.0.0'));
    expect(v2.code, v2.stderr).toBe(0);
    expect(await info()).toMatchObject({ version: '2.0.0', slot: 'green' });
  });

  it("warm: all traffic back on v1 in under 3 s from the command's start, zero failed requests", async () => {
    // …zero lost writes; v2 is held.
    const { result, load } = await underLoad(() => rollback(envFor('2.0.0')));
    expect(result.code, result.stderr).toBe(0);
    const ms = Number(/traffic on 1\.0\.0-\w+ (\d+) ms after the command started/.exec(result.stderr)?.[1]);
    console.log(`warm rollback: traffic on v1 ${ms} ms after the command started (whole command ${result.ms} ms)`);
    expect(result.stderr).toContain('(warm: only a flip)');
    expect(ms).toBeLessThan(3000);
    expect(load.failures).toEqual([]);
    expect(await lostWrites(load.acknowledged)).toBe(0);
    // The rollback's receipt, measured on the host: users' requests across its flip, none failed, v1 answering.
    const receipt = joinedRegex(
      /receipt: (\d+) requests through nginx across the flip, (\d+) failed/,
      /.*the new release answered (\d+) ms after the flip/,
    ).exec(result.stderr);
    expect(receipt, result.stderr).not.toBeNull();
    expect(Number(receipt![1])).toBeGreaterThan(100);
    expect(Number(receipt![2])).toBe(0);
    // Measured from outside: from the spawn, the last v2 answer came before the command's end, and v1 answered after.
    const last = load.versions.filter(([, v]) => v === '2.0.0').at(-1)?.[0] ?? 0;
    expect(load.versions.some(([at, v]) => v === '1.0.0' && at > last)).toBe(true);
    expect(await info()).toMatchObject({ version: '1.0.0', slot: 'blue' });
    const state = await suite.state();
    expect(state.hold.release).toMatch(/^2\.0\.0-/);
    expect(state.history.at(-1)).toMatchObject({ op: 'rollback', result: 'ok' });
    const again = await deploy(envFor('2.0.0'));
    expect(again.code).toBe(18);
    expect(again.stderr).toContain('rolled back to 1.0.0-');
  });

  it('cold: once the previous slot has stopped, it is started and gated first, and the time is reported', async () => {
    expect(
      (await slotflip(['release-hold', '--env', envFor('2.0.0'), '--secrets-dir', 'lab/state/secrets'])).code,
    ).toBe(0);
    // No keep-warm window: the old slot stops right after the drain.
    const noWarm = (v: string) =>
      envFor(
        v,
        LAB_N,
        (env) => (env.instances[0].windows = { ...env.instances[0].windows, keep_warm: '0s', drain: '1s' }),
      );
    expect((await deploy(noWarm('2.0.0'))).code).toBe(0);
    expect((await suite.ssh.script(`systemctl is-active slotflip-${INSTANCE}-api@blue || true`)).stdout.trim()).toBe(
      'inactive',
    );
    const { result, load } = await underLoad(() => rollback(noWarm('2.0.0')));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('(cold: start and gate first)');
    const ms = Number(/traffic on 1\.0\.0-\w+ (\d+) ms after the command started/.exec(result.stderr)?.[1]);
    console.log(`cold rollback: traffic on v1 ${ms} ms after the command started`);
    expect(ms).toBeGreaterThan(0);
    expect(load.failures).toEqual([]);
    expect(await lostWrites(load.acknowledged)).toBe(0);
    expect(await info()).toMatchObject({ version: '1.0.0', slot: 'blue' });
  });

  it('says what it cannot do: no kept release by that name, or nothing to roll back to', async () => {
    const r = await rollback(envFor('1.0.0'), '--to', '9.9.9');
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/no kept release matches "9\.9\.9" \(kept: .*1\.0\.0-/);
    const same = await rollback(envFor('1.0.0'), '--to', '1.0.0');
    expect(same.code).toBe(20);
  });

  it("a rollback's host read takes the lock when it is free; one that ends before its plan gives it back", async () => {
    const env = envFor('1.0.0');
    const { instance } = await prepare({ envFile: env, secrets: { env: {}, dir: 'lab/state/secrets' }, render: false });
    const owner = async () => (await suite.ssh.script(`cat /opt/slotflip/${INSTANCE}/lock/owner 2>/dev/null`)).stdout;
    const first = await readHost(suite.ssh, instance, { run: 'e2e-first', owner: 'e2e' });
    try {
      expect(first.lockTaken).toBe(true);
      expect(first.probe.lock).toBeNull(); // its own lock is not another run's
      expect(await owner()).toContain('"run":"e2e-first"');
      // A second run reads the host with the lock held: it takes nothing, and sees who holds it.
      const second = await readHost(suite.ssh, instance, { run: 'e2e-second', owner: 'e2e' });
      expect(second.lockTaken).toBe(false);
      expect(second.probe.lock?.run).toBe('e2e-first');
      expect(second.guard.expect).toMatch(/^[0-9a-f]{64} {2}-$/); // it plans with a guard, as before
    } finally {
      await releaseTakenLock(suite.ssh, instance, 'e2e-first');
    }
    expect(await owner()).toBe('');
    // A rollback refused after its read (no such release) leaves no lock behind.
    expect((await rollback(env, '--to', '9.9.9')).code).toBe(4);
    expect(await owner()).toBe('');
  });

  it('a warm slot its retire timer stopped after the probe is started again and gated', async () => {
    // …not failed by one check.
    const env = envFor('2.0.0');
    expect((await slotflip(['release-hold', '--env', env, '--secrets-dir', 'lab/state/secrets'])).code).toBe(0);
    expect((await deploy(env)).code).toBe(0);
    // The race, made to happen: the probe sees the blue slot running, then its units stop before the warm step runs.
    const prepared = await prepare({ envFile: env, secrets: { env: {}, dir: 'lab/state/secrets' }, render: false });
    const host = await readHostWhenFree(suite.ssh, prepared.instance, Date.now() + 10_000, () => undefined);
    expect(host.probe.slotRunning.blue).toBe(true);
    await suite.ssh.script(`systemctl stop slotflip-${INSTANCE}-api@blue`);
    const built = buildRollbackPlan({
      run: newRunId(),
      owner: 'e2e',
      now: new Date().toISOString(),
      instance: prepared.instance,
      state: host.recovery.state,
      running: host.probe.slotRunning,
      guard: host.guard,
    });
    if (built.kind !== 'plan') throw new Error(built.message);
    expect(built.warm).toBe(true);
    const outcome = await runPlan(built.plan, suite.ssh);
    expect(outcome.kind, JSON.stringify(outcome).slice(0, 400)).toBe('completed');
    expect(JSON.stringify(outcome)).toContain('the blue slot had just been retired: started it again');
    expect(await info()).toMatchObject({ version: '1.0.0', slot: 'blue' });
  });
});

describe('rollback --restore-db', () => {
  // A quiet app (its background job off), so that "nothing was written" can be true.
  const quiet = (v: string) =>
    envFor(
      v,
      LAB_N,
      (env) => (env.instances[0].app.components.api.start = 'env DEMO_JOB_INTERVAL_MS=3600000 node app.js serve'),
    );
  const columns = async () =>
    (
      await suite.db.query<{ c: string }>(
        "SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'tasks' ORDER BY 1",
      )
    ).rows.map((r) => r.c);
  const putTask = async (title: string) =>
    JSON.parse(
      (
        await import('../e2e/lab.js').then((m) =>
          m.http(suite.t.host, '/api/v1/tasks', { method: 'PUT', hostHeader: suite.t.serverName, body: { title } }),
        )
      ).body,
    ).id as string;
  const taskStatus = async (id: string) =>
    (
      await import('../e2e/lab.js').then((m) =>
        m.http(suite.t.host, `/api/v1/tasks/${id}`, { hostHeader: suite.t.serverName }),
      )
    ).status;
  const holdOff = () => slotflip(['release-hold', '--env', quiet('2.0.0'), '--secrets-dir', 'lab/state/secrets']);

  it('if-safe refuses (exit 13) when a row was written a second after the backup, names the table', async () => {
    // …and changes nothing.
    const { resetInstanceScript } = await import('../e2e/deploy-helpers.js');
    expect((await suite.ssh.script(resetInstanceScript(suite.instance))).stdout).toContain('reset');
    expect((await deploy(quiet('1.0.0'))).code).toBe(0);
    await putTask('before the backup');
    const { spawn } = await import('node:child_process');
    const child = spawn(
      process.execPath,
      ['bin/slotflip.js', 'deploy', '--env', quiet('2.0.0'), '--secrets-dir', 'lab/state/secrets'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const done = new Promise<number | null>((r) => child.on('close', r));
    while (!/\[\d+\/\d+\] migrate/.test(stderr)) await new Promise((r) => setTimeout(r, 50)); // the backup has ended
    await new Promise((r) => setTimeout(r, 1000));
    const late = await putTask('one second after the backup');
    expect(await done).toBe(0);
    expect(await columns()).toContain('priority');
    // Tables created since the backup, whose names need quoting in SQL (capitals, a space): each is listed, not a psql
    // error.
    // (Readable by the app's role, as a migration's own tables are: the check runs as that role.)
    await suite.db.query(
      'CREATE TABLE "AuditLog" (id int); INSERT INTO "AuditLog" VALUES (1); CREATE TABLE "audit log" (id ' +
        'int); INSERT INTO "audit log" VALUES (1), (2); GRANT SELECT ON "AuditLog", "audit log" TO demo',
    );
    const r = await rollback(quiet('2.0.0'), '--restore-db', 'if-safe');
    await suite.db.query('DROP TABLE "AuditLog"; DROP TABLE "audit log"');
    expect(r.code, r.stderr).toBe(13);
    expect(r.stderr).toMatch(
      /restoring the backup would discard writes made since it was taken:\n\s+tasks: 1 rows at the backup, 2 now/,
    );
    expect(r.stderr).toContain('  AuditLog: a table created since the backup, with 1 rows');
    expect(r.stderr).toContain('  audit log: a table created since the backup, with 2 rows');
    expect(await info()).toMatchObject({ version: '2.0.0' });
    expect(await taskStatus(late)).toBe(200);
    expect(
      (
        await suite.ssh.script(`test -e /var/lib/slotflip/${suite.instance}/maintenance && echo on || echo off`)
      ).stdout.trim(),
    ).toBe('off');
  });

  it('force restores the backup and says what it discarded', async () => {
    const r = await rollback(quiet('2.0.0'), '--restore-db', 'force');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'note: restoring the backup discards writes made since it was taken: tasks: 1 rows at the backup, 2 now',
    );
    expect(await info()).toMatchObject({ version: '1.0.0' });
    expect(await columns()).not.toContain('priority');
    const state = await suite.state();
    expect(state.history.at(-1).detail).toMatch(
      new RegExp(`database restored from /opt/slotflip/${INSTANCE}/backups/\\S+\\.dump \\(force\\)`),
    );
  });

  it("if-safe restores when nothing but slotflip's own migration wrote since the backup", async () => {
    expect((await holdOff()).code).toBe(0);
    const v2 = await deploy(quiet('2.0.0'));
    expect(v2.code, v2.stderr).toBe(0);
    expect(await columns()).toContain('priority'); // the migration added and backfilled a column: it wrote
    const r = await rollback(quiet('2.0.0'), '--restore-db', 'if-safe');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('nothing was written since the backup: restoring it loses nothing');
    expect(await info()).toMatchObject({ version: '1.0.0' });
    expect(await columns()).not.toContain('priority');
  });
});

describe('a rollback that ends early', () => {
  it("a killed rollback leaves no receipt prober behind: it ends with the run's connection", async () => {
    const env = envFor('2.0.0');
    // Whatever the tests before left held is released (exit 20: nothing was).
    expect([0, 20]).toContain(
      (await slotflip(['release-hold', '--env', env, '--secrets-dir', 'lab/state/secrets'])).code,
    );
    expect([0, 20]).toContain((await deploy(env)).code); // 2.0.0 live, 1.0.0 warm: 20 if it already was
    const child = spawn(
      process.execPath,
      ['bin/slotflip.js', 'rollback', '--env', env, '--secrets-dir', 'lab/state/secrets'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    // Killed as soon as the first step (which starts the prober) has ended: the receipt's step, which stops it,
    // never runs.
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        if (/\[2\/\d+\]/.test(stderr)) resolve();
      }),
    );
    child.kill('SIGKILL');
    const run = /rollback (\S+): /.exec(stderr)?.[1];
    expect(run, stderr).toBeDefined();
    const pidFile = `/opt/slotflip/${INSTANCE}/watch/${run}/probe.pid`;
    // The prober did start (its pid was recorded); then it ends by itself.
    expect((await suite.ssh.script(`cat ${pidFile}`)).stdout).toMatch(/^\d+\n$/);
    const probers = async () =>
      (
        await suite.ssh.script(`{ read -r p < ${pidFile} && kill -0 "$p" && echo "$p"; } 2>/dev/null || true`)
      ).stdout.trim();
    let left = await probers();
    for (let i = 0; i < 20 && left; i++) {
      await new Promise((r) => setTimeout(r, 250));
      left = await probers();
    }
    expect(left).toBe('');
  });
});
