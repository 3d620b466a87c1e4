import { describe, expect, it } from 'vitest';
import { runPlan } from '../../src/engine/run.js';
import { type StepEvent } from '../../src/engine/outcome.js';
import { LOCKED_EXIT, STALE_EXIT } from '../../src/host/lock.js';
import { emptyState, type HostState } from '../../src/shell/state.js';
import { buildDeployPlan } from '../../src/plan/deploy-plan.js';
import { buildRollbackPlan } from '../../src/plan/rollback-plan.js';
import type { RunResult, Transport } from '../../src/transport/transport.js';
import { labInstance, renderLab } from '../plan/fixtures.js';

// The engine against a recording transport: every script it sends is recorded as the step (or undo) it journals,
// and the answer for each is scripted. What matters here is the order of what runs, and what never runs.

const instance = labInstance();
const files = renderLab(instance);
const live: HostState = {
  ...emptyState(instance.id),
  active: 'blue',
  slots: { blue: { release: '1.0.0-aaaaaaaa', version: '1.0.0', since: 'x' } },
  releases: ['1.0.0-aaaaaaaa'],
};

function deployPlan(breaking = false) {
  const r = buildDeployPlan({
    run: 'R1',
    owner: 'ci',
    now: '2026-12-05T00:00:00.000Z',
    instance,
    files,
    release: { version: '2.0.0', sha256: 'b'.repeat(64), bytes: Buffer.from('archive'), breaking, format: 'tar.gz' },
    state: live,
    allowBreaking: breaking,
  });
  if (r.kind !== 'plan') throw new Error(r.message);
  return r;
}

/** Each step's answer; a list is answered in turn (the last one repeats), as a lock held and then free. */
function recording(answers: Record<string, Partial<RunResult> | Partial<RunResult>[]>): Transport & { sent: string[] } {
  const sent: string[] = [];
  return {
    label: 'recording',
    sent,
    async script(script) {
      const m = /"(step|undo)":"%s","event".*? '?R1'? '?([a-z-]+)'? "\$1"/.exec(script);
      const name = m ? `${m[1] === 'undo' ? 'undo:' : ''}${m[2]}` : 'heartbeat';
      if (name !== 'heartbeat') sent.push(name);
      const a = answers[name];
      const answer = Array.isArray(a) ? a[Math.min(sent.filter((x) => x === name).length, a.length) - 1] : a;
      return { code: 0, stdout: '', stderr: '', ...answer };
    },
    async pipe() {},
    async close() {},
  };
}

describe('runPlan', () => {
  it('a failure before the flip undoes every completed step in reverse, records it', async () => {
    // …and releases the lock.
    const { plan, recordFailure } = deployPlan();
    const t = recording({ gate: { code: 1, stderr: 'not healthy' } });
    const outcome = await runPlan(plan, t, { recordFailure });
    expect(outcome).toMatchObject({ kind: 'failed', step: { id: 'gate' }, undone: true, trafficMoved: false });
    expect(t.sent.slice(t.sent.indexOf('gate'))).toEqual([
      'gate',
      'undo:watch',
      'undo:start',
      'undo:stage',
      'record-failure',
      'unlock',
    ]);
  });

  it("the steps after the observe window are the host's: the run never sends them", async () => {
    const { plan, recordFailure } = deployPlan();
    const t = recording({});
    expect((await runPlan(plan, t, { recordFailure })).kind).toBe('completed');
    expect(t.sent.slice(t.sent.indexOf('flip'))).toEqual(['flip', 'observe', 'unlock']);
    expect(plan.steps.filter((s) => s.onHost).map((s) => s.id)).toEqual(['enable', 'retire', 'record']);
  });

  it('when the host flipped back (the observe step exits 11) the run undoes nothing and records nothing', async () => {
    // The host did both.
    const { plan, recordFailure } = deployPlan();
    const t = recording({
      observe: { code: 11, stderr: 'observe: 30 of 100 requests failed with 5xx since the flip (over 5%)' },
    });
    const outcome = await runPlan(plan, t, { recordFailure });
    expect(outcome).toMatchObject({
      kind: 'failed',
      step: { id: 'observe' },
      undone: true,
      trafficMoved: true,
      detail: 'observe: 30 of 100 requests failed with 5xx since the flip (over 5%)',
    });
    expect(t.sent.slice(t.sent.indexOf('observe'))).toEqual(['observe', 'unlock']);
  });

  it('any other end of the observe step leaves the host to decide', async () => {
    // Nothing undone from here, and the outcome says so.
    const { plan, recordFailure } = deployPlan();
    const t = recording({ observe: { code: 1, stderr: "the host's watch ended without a decision" } });
    const outcome = await runPlan(plan, t, { recordFailure });
    expect(outcome).toMatchObject({ kind: 'failed', undone: false, trafficMoved: true });
    expect(t.sent).not.toContain('undo:flip');
    expect(t.sent).not.toContain('record-failure');
  });

  it("the follow of the host's watch never renews the lock", async () => {
    // The watch holds it and releases it when it ends.
    const { plan } = deployPlan();
    const sent: string[] = [];
    const t = recording({});
    const script = t.script.bind(t);
    t.script = async (text, o) => (sent.push(text), script(text, o));
    await runPlan(plan, t, {});
    const observe = sent.find((x) => /'?observe'? "\$1"/.test(x))!;
    expect(observe).toContain('tail -n +1 -f');
    expect(observe).not.toContain('owner.tmp');
    expect(sent.find((x) => /'?flip'? "\$1"/.test(x))).toContain('owner.tmp'); // the run's other steps do
  });

  it('a held lock without --lock-wait', async () => {
    // The outcome names the holder and nothing else runs, not even the unlock.
    const { plan, recordFailure } = deployPlan();
    const t = recording({ lock: { code: LOCKED_EXIT, stderr: 'locked by ci-7 (run R0, deploy) since 12:00:00' } });
    expect(await runPlan(plan, t, { recordFailure })).toMatchObject({
      kind: 'locked',
      holder: 'ci-7 (run R0, deploy) since 12:00:00',
    });
    expect(t.sent).toEqual(['lock']);
  });

  it('with --lock-wait the lock step is tried again until the holder is gone, and the run goes on', async () => {
    const { plan, recordFailure } = deployPlan();
    const t = recording({ lock: [{ code: LOCKED_EXIT, stderr: 'locked by ci-7' }, { code: 0 }] });
    const events: StepEvent[] = [];
    const outcome = await runPlan(plan, t, { recordFailure, lockWaitMs: 10_000, onEvent: (e) => events.push(e) });
    expect(outcome.kind).toBe('completed');
    expect(t.sent.slice(0, 3)).toEqual(['lock', 'lock', plan.steps[1]!.id]);
    expect(events.filter((e) => e.kind === 'waiting-for-lock')).toEqual([
      { kind: 'waiting-for-lock', holder: 'locked by ci-7' },
    ]);
  }, 10_000);

  it('a plan whose lock was taken with the host read holds it from its first step', async () => {
    // No lock step: a failure is still undone and recorded, and the lock released; a success releases it too.
    const { plan, recordFailure } = deployPlan();
    const taken = { ...plan, lockTaken: true as const, steps: plan.steps.filter((s) => s.id !== 'lock') };
    const failed = recording({ gate: { code: 1, stderr: 'not healthy' } });
    expect(await runPlan(taken, failed, { recordFailure })).toMatchObject({ kind: 'failed', undone: true });
    expect(failed.sent[0]).toBe(taken.steps[0]!.id);
    expect(failed.sent.slice(-2)).toEqual(['record-failure', 'unlock']);
    const ok = recording({});
    expect((await runPlan(taken, ok, { recordFailure })).kind).toBe('completed');
    expect(ok.sent.at(-1)).toBe('unlock');
    // The same plan without the flag never took the lock: a failure is neither recorded nor followed by an unlock.
    const untaken = { ...taken, lockTaken: undefined };
    const t = recording({ gate: { code: 1, stderr: 'not healthy' } });
    await runPlan(untaken, t, { recordFailure });
    expect(t.sent).not.toContain('record-failure');
    expect(t.sent).not.toContain('unlock');
  });

  it('a host that changed while the run waited (the lock step exits stale)', async () => {
    // The caller plans again, nothing ran.
    const { plan, recordFailure } = deployPlan();
    const t = recording({ lock: { code: STALE_EXIT } });
    expect((await runPlan(plan, t, { recordFailure })).kind).toBe('stale');
    expect(t.sent).toEqual(['lock']);
  });

  it('a lost connection: nothing more is sent (nothing could arrive)', async () => {
    // …and the outcome says the host decides.
    const { plan, recordFailure } = deployPlan();
    const t = recording({ start: { code: 255, lost: true, stderr: 'connection reset' } });
    const outcome = await runPlan(plan, t, { recordFailure });
    expect(outcome).toMatchObject({ kind: 'failed', step: { id: 'start' }, disconnected: true, undone: false });
    expect(t.sent.at(-1)).toBe('start');
  });

  it('past the point of no return (a breaking migration) the steps before it are left as they are', async () => {
    const { plan, recordFailure } = deployPlan(true);
    expect(plan.pointOfNoReturn).toBe('migrate');
    const t = recording({ gate: { code: 1, stderr: 'not healthy' } });
    const outcome = await runPlan(plan, t, { recordFailure });
    expect(outcome).toMatchObject({ kind: 'failed', step: { id: 'gate' }, pastNoReturn: true });
    const undone = t.sent.filter((x) => x.startsWith('undo:'));
    const ids = plan.steps.map((s) => s.id);
    for (const u of undone) expect(ids.indexOf(u.slice(5)), u).toBeGreaterThanOrEqual(ids.indexOf('migrate'));
    expect(undone).not.toContain('undo:stage');
    expect(t.sent.slice(-2)).toEqual(['record-failure', 'unlock']);
  });

  it('a cancel between steps undoes what ran, records it and releases the lock', async () => {
    const { plan, recordFailure } = deployPlan();
    const abort = new AbortController();
    const t = recording({});
    const script = t.script.bind(t);
    t.script = async (text, o) => {
      const r = await script(text, o);
      if (t.sent.at(-1) === 'start') abort.abort();
      return r;
    };
    const outcome = await runPlan(plan, t, { recordFailure, signal: abort.signal });
    expect(outcome).toMatchObject({ kind: 'failed', cancelled: true, trafficMoved: false, undone: true });
    expect(t.sent).not.toContain('flip');
    expect(t.sent.slice(t.sent.indexOf('undo:start'))).toEqual([
      'undo:start',
      'undo:stage',
      'record-failure',
      'unlock',
    ]);
  });

  it('a warm rollback whose slot fails its check moved no traffic; nothing recorded as flipped back', async () => {
    // The check runs ahead of the flip in the same step: its exit (10) says the flip never ran; any other end of the
    // step (the confirmation through nginx, after the flip) may have moved traffic.
    const r = buildRollbackPlan({
      run: 'R1',
      owner: 'ops',
      now: '2026-12-07T00:00:00.000Z',
      instance,
      state: {
        ...live,
        active: 'green',
        slots: { ...live.slots, green: { release: '2.0.0-bbbbbbbb', version: '2.0.0', since: 'y' } },
        releases: ['1.0.0-aaaaaaaa', '2.0.0-bbbbbbbb'],
      },
      running: { blue: true, green: true },
    });
    if (r.kind !== 'plan' || !r.warm) throw new Error('expected a warm rollback plan');
    for (const [code, moved] of [
      [10, false],
      [1, true],
    ] as const) {
      const flippedBack: boolean[] = [];
      const recordFailure = (f: boolean, detail: string) => (flippedBack.push(f), r.recordFailure(f, detail));
      const outcome = await runPlan(r.plan, recording({ flip: { code, stderr: 'gate: failed' } }), { recordFailure });
      expect(outcome, `exit ${code}`).toMatchObject({ kind: 'failed', step: { id: 'flip' }, trafficMoved: moved });
      expect(flippedBack).toEqual([moved]);
    }
  });
});
