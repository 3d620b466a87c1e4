// One fault-injection episode against the lab, under keep-alive load: a deploy runs, the fault is injected when the
// host's journal reaches a point of that run, the fault is healed, then the next deploy must converge. The checks are
// the same for every fault: failed requests through nginx, lost acknowledged writes, the rows that existed before the
// episode unchanged, the faulted run's exit, the next run's exit, a third run with nothing to do, and no lock left.
import { spawn, type ChildProcess } from 'node:child_process';
import { attach } from '../src/lab/container.js';
import { LAB_DB } from '../src/lab/services.js';
import { deploy, envFor } from '../test/e2e/deploy-helpers.js';
import { labTarget } from '../test/e2e/lab.js';
import { startLoad } from '../test/e2e/load.js';
import { lostWrites } from './ledger.js';

export const INSTANCE = 'demo-lab-1';
export const JOURNAL = `/opt/slotflip/${INSTANCE}/journal.jsonl`;
export const lab = attach(1);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const sh = async (script: string) => (await lab.script(script)).stdout.trim();

/**
 * The faulted run, as a fault's inject() and heal() see it: `outage` marks when a fault takes the service itself away
 * (its failures are counted apart), `measured` carries what inject() timed to heal()'s checks.
 */
export interface Run {
  child: ChildProcess;
  id: string;
  stderr: () => string;
  outage: { from: number; to: number };
  measured: Record<string, number>;
}

export interface Fault {
  name: string;
  /** The release the faulted run deploys (default: the healthy one that is not live) and an edit of its environment. */
  version?: (healthy: string) => string;
  edit?: (env: Record<string, any>) => void;
  /** Before the faulted run starts (a broken file, a full disk). */
  prepare?: () => Promise<void>;
  /** Where to inject: when the faulted run's journal records this event of this step. */
  at?: { step: string; event: 'start' | 'end' };
  inject?: (run: Run) => Promise<void>;
  /** After the faulted run has ended, before the next one: puts the fault right; returns checks of its own. */
  heal?: (run: Run) => Promise<Record<string, boolean>>;
  /** The faulted run's ending that counts as handled (its exit code, or the signal that killed it). */
  expect: (code: number | null, signal: NodeJS.Signals | null) => boolean;
  /**
   * The fault takes the service itself away (a stopped database): failures while it lasts are the fault's, counted
   * apart.
   */
  outage?: boolean;
}

async function liveVersion(): Promise<string> {
  const state = JSON.parse(await sh(`cat /opt/slotflip/${INSTANCE}/state.json`));
  return state.slots[state.active].version;
}

/** The rows the episode must not change: every task that existed before it (the load only adds rows). */
async function existingRows(maxId?: number): Promise<{ maxId: number; digest: string }> {
  const where = maxId === undefined ? '' : ` WHERE id <= ${maxId}`;
  const out = await sh(
    `runuser -u postgres -- psql -d ${LAB_DB.name} -At -F ' ' -c "SELECT coalesce(max(id), 0), count(*), ` +
      `coalesce(sum(hashtext(t::text)::bigint), 0) FROM tasks t${where}"`,
  );
  const [max, count, sum] = out.split(' ');
  return { maxId: Number(max), digest: `${count}:${sum}` };
}

/** Waits for the faulted run's journal to record the event; false if the run ended without it. */
async function untilJournal(run: string, step: string, event: string, child: ChildProcess): Promise<boolean> {
  const seen = async () =>
    (await sh(`grep -c '"run":"${run}","step":"${step}","event":"${event}"' ${JOURNAL} || true`)) !== '0';
  for (let i = 0; i < 3600 && child.exitCode === null && child.signalCode === null; i++, await sleep(50))
    if (await seen()) return true;
  return seen();
}

export async function episode(fault: Fault) {
  const healthy = (await liveVersion()) === '2.0.0' ? '1.0.0' : '2.0.0';
  const before = await existingRows();
  await fault.prepare?.();
  const t = labTarget(1);
  const load = startLoad({
    host: t.host,
    hostHeader: t.serverName,
    ratePerSecond: 250,
    connections: 20,
    maxSeconds: 300,
  });
  await sleep(500);
  const env = envFor(fault.version?.(healthy) ?? healthy, 1, fault.edit);
  const child = spawn(
    process.execPath,
    ['bin/slotflip.js', 'deploy', '--env', env, '--secrets-dir', 'lab/state/secrets'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((r) =>
    child.on('close', (code, signal) => r([code, signal])),
  );
  let id = '';
  for (let i = 0; i < 600 && !id; i++, await sleep(50)) id = /deploy (\S+): /.exec(stderr)?.[1] ?? '';
  const reached = fault.at ? await untilJournal(id, fault.at.step, fault.at.event, child) : true;
  const run: Run = { child, id, stderr: () => stderr, outage: { from: 0, to: 0 }, measured: {} };
  if (reached) await fault.inject?.(run);
  const [code, signal] = await exited;
  const ended = Date.now();
  const own = (await fault.heal?.(run)) ?? {};
  // A short --lock-wait: the dead run's lock frees itself when its connection and its last step on the host are gone
  // (or the host's watch of its flip has ended), not when its lease runs out.
  const next = await deploy(envFor((await liveVersion()) === '2.0.0' ? '1.0.0' : '2.0.0'), '--lock-wait', '15s');
  const convergedMs = Date.now() - ended;
  // From the kill to the next run holding the lock (the host's clock is this machine's: a container shares the
  // kernel's).
  const nextId = /deploy (\S+): /.exec(next.stderr)?.[1];
  const lockAt = nextId
    ? Number(
        /"at":([\d.]+)/.exec(
          await sh(
            `grep -F '"run":"${nextId}","step":"lock","event":"end","at"' ${JOURNAL} | grep -F '"code":0' | head -1`,
          ),
        )?.[1] ?? 0,
      )
    : 0;
  const killedAt = run.measured.killedAt;
  await sleep(500);
  const report = await load.stop();
  const again = await deploy(envFor(await liveVersion()));
  const lockLeft = await sh(
    `test -d /opt/slotflip/${INSTANCE}/lock && cat /opt/slotflip/${INSTANCE}/lock/owner || echo free`,
  );
  const { outage } = run;
  const during = (at: number) =>
    fault.outage && outage.from > 0 && at >= outage.from && at <= (outage.to || Date.now());
  const failed = report.failures.filter((f) => !during(f.at));
  return {
    fault: fault.name,
    injected: reached,
    exit: signal ?? code,
    /** What the faulted run said last: the operator's first clue. */
    said: stderr.trim().split('\n').at(-1) ?? '',
    handled: reached && fault.expect(code, signal),
    failed: failed.length,
    outageFailed: report.failures.length - failed.length,
    requests: report.requests,
    lost: await lostWrites(report),
    intact: (await existingRows(before.maxId)).digest === before.digest,
    nextExit: next.code,
    converged: again.code === 20,
    lockFree: lockLeft === 'free',
    seconds: Math.round(convergedMs / 100) / 10,
    /**
     * SIGKILL faults: seconds from the kill to the next run holding the lock, and what the lease alone would have
     * taken.
     */
    ...(killedAt && lockAt ? { lockSeconds: Math.round((lockAt * 1000 - killedAt) / 100) / 10 } : {}),
    ...(run.measured.leaseWaitMs !== undefined
      ? { leaseSeconds: Math.round(run.measured.leaseWaitMs / 100) / 10 }
      : {}),
    checks: own,
    ...(next.code === 0 || next.code === 20 ? {} : { nextError: next.stderr.trim().split('\n').at(-1) }),
    ...(failed.length ? { firstFailure: failed[0] } : {}),
  };
}

export type Row = Awaited<ReturnType<typeof episode>>;

/** Every check of a row: the next run finishes the faulted run's work (0) or finds it already done (20). */
export const passed = (r: Row) =>
  r.injected &&
  r.handled &&
  r.failed === 0 &&
  r.lost === 0 &&
  r.intact &&
  (r.nextExit === 0 || r.nextExit === 20) &&
  r.converged &&
  r.lockFree &&
  Object.values(r.checks).every(Boolean);
