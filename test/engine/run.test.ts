import { describe, expect, it } from 'vitest';
import { runPlan } from '../../src/engine/run.js';
import { emptyState, type HostState } from '../../src/host/state.js';
import { buildDeployPlan } from '../../src/plan/deploy-plan.js';
import type { RunResult, Transport } from '../../src/transport/transport.js';
import { labInstance, renderLab } from '../plan/fixtures.js';

// The engine against a recording transport: every script it sends is recorded as the step (or undo) it journals,
// and the answer for each is scripted. What matters here is the order of what runs, and what never runs.

const instance = labInstance();
const files = renderLab(instance);
const live: HostState = { ...emptyState(instance.id), active: 'blue', slots: { blue: { release: '1.0.0-aaaaaaaa', version: '1.0.0', since: 'x' } }, releases: ['1.0.0-aaaaaaaa'] };

function deployPlan() {
  const r = buildDeployPlan({ run: 'R1', owner: 'ci', now: '2026-12-05T00:00:00.000Z', instance, files, release: { version: '2.0.0', sha256: 'b'.repeat(64), bytes: Buffer.from('archive'), breaking: false, format: 'tar.gz' }, state: live, allowBreaking: false });
  if (r.kind !== 'plan') throw new Error(r.message);
  return r;
}

function recording(answers: Record<string, Partial<RunResult>>): Transport & { sent: string[] } {
  const sent: string[] = [];
  return {
    label: 'recording',
    sent,
    async script(script) {
      const m = /"(step|undo)":"%s","event".*? '?R1'? '?([a-z-]+)'? "\$1"/.exec(script);
      const name = m ? `${m[1] === 'undo' ? 'undo:' : ''}${m[2]}` : 'heartbeat';
      if (name !== 'heartbeat') sent.push(name);
      return { code: 0, stdout: '', stderr: '', ...answers[name] };
    },
    async pipe() {},
    async close() {},
  };
}

describe('runPlan', () => {
  it('a failure before the flip undoes every completed step in reverse, records it, and releases the lock', async () => {
    const { plan, recordFailure } = deployPlan();
    const t = recording({ gate: { code: 1, stderr: 'not healthy' } });
    const outcome = await runPlan(plan, t, { recordFailure });
    expect(outcome).toMatchObject({ kind: 'failed', step: { id: 'gate' }, undone: true, trafficMoved: false });
    expect(t.sent.slice(t.sent.indexOf('gate'))).toEqual(['gate', 'undo:watch', 'undo:start', 'undo:stage', 'record-failure', 'unlock']);
  });

  it("the steps after the observe window are the host's: the run never sends them", async () => {
    const { plan, recordFailure } = deployPlan();
    const t = recording({});
    expect((await runPlan(plan, t, { recordFailure })).kind).toBe('completed');
    expect(t.sent.slice(t.sent.indexOf('flip'))).toEqual(['flip', 'observe', 'unlock']);
    expect(plan.steps.filter((s) => s.onHost).map((s) => s.id)).toEqual(['enable', 'retire', 'record']);
  });

  it('when the host flipped back (the observe step exits 11) the run undoes nothing and records nothing: the host did both', async () => {
    const { plan, recordFailure } = deployPlan();
    const t = recording({ observe: { code: 11, stderr: 'observe: 30 of 100 requests failed with 5xx since the flip (over 5%)' } });
    const outcome = await runPlan(plan, t, { recordFailure });
    expect(outcome).toMatchObject({ kind: 'failed', step: { id: 'observe' }, undone: true, trafficMoved: true, detail: 'observe: 30 of 100 requests failed with 5xx since the flip (over 5%)' });
    expect(t.sent.slice(t.sent.indexOf('observe'))).toEqual(['observe', 'unlock']);
  });

  it('any other end of the observe step leaves the host to decide: nothing undone from here, and the outcome says so', async () => {
    const { plan, recordFailure } = deployPlan();
    const t = recording({ observe: { code: 1, stderr: "the host's watch ended without a decision" } });
    const outcome = await runPlan(plan, t, { recordFailure });
    expect(outcome).toMatchObject({ kind: 'failed', undone: false, trafficMoved: true });
    expect(t.sent).not.toContain('undo:flip');
    expect(t.sent).not.toContain('record-failure');
  });

  it("the follow of the host's watch never renews the lock: the watch holds it and releases it when it ends", async () => {
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
});
