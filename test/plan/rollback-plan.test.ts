import { describe, expect, it } from 'vitest';
import { emptyState, type HostState } from '../../src/shell/state.js';
import { buildRollbackPlan, type RollbackRequest } from '../../src/plan/rollback-plan.js';
import { formatPlan } from '../../src/plan/format.js';
import { labInstance } from './fixtures.js';

const instance = labInstance();
const v1 = '1.0.0-aaaaaaaa';
const v2 = '2.0.0-bbbbbbbb';
const afterDeploy: HostState = {
  ...emptyState(instance.id),
  active: 'green',
  slots: { blue: { release: v1, version: '1.0.0', since: 'a' }, green: { release: v2, version: '2.0.0', since: 'b' } },
  releases: [v1, v2],
};
const req = (over: Partial<RollbackRequest> = {}): RollbackRequest => ({
  run: 'R9',
  owner: 'ops',
  now: '2026-11-23T00:00:00.000Z',
  instance,
  state: afterDeploy,
  running: { blue: true, green: true },
  ...over,
});
const planOf = (over: Partial<RollbackRequest> = {}) => {
  const r = buildRollbackPlan(req(over));
  if (r.kind !== 'plan') throw new Error(r.message);
  return r;
};

describe('buildRollbackPlan', () => {
  it('while the previous slot is warm, it is only a flip: cancel its retire timer, one health pass, flip', () => {
    // All three in the flip's own step: one round trip from the lock to traffic on the previous release.
    const r = planOf();
    expect(r.warm).toBe(true);
    expect(r.plan.steps.map((s) => s.id)).toEqual(['lock', 'flip', 'enable', 'retire', 'record', 'receipt']);
    // The receipt begins just before the flip, and its step (after the record) cannot fail: a failure there would undo
    // a rollback that is done.
    const flip = r.plan.steps.find((s) => s.id === 'flip')!;
    expect(flip.ops.map((o) => (o.kind === 'sh' ? o.note : o.kind)).slice(0, 3)).toEqual([
      "cancel the blue slot's retire timer; the slot answers (resumed if it was paused, started again and gated if " +
        'it was retired meanwhile)',
      'the receipt begins here',
      'point nginx at the blue slot',
    ]);
    // One systemctl call cancels the retire timer and the drain end (each call costs 12-16 ms in a container).
    const resume = flip.ops[0]!;
    expect(resume.kind === 'sh' && resume.text).toMatch(/^systemctl stop \S+retire-blue\.timer \S+\.timer/m);
    // Time for the whole gate, should the retire timer have stopped the slot just before.
    expect(flip.timeoutMs).toBeGreaterThan(60_000);
    const receipt = r.plan.steps.at(-1)!.ops[0]!;
    expect(receipt.kind === 'sh' && receipt.text.trimEnd().endsWith('} || true')).toBe(true);
    expect([r.plan.from, r.plan.to, r.plan.release.id]).toEqual(['green', 'blue', v1]);
    const text = formatPlan(r.plan, []);
    expect(text).toContain('systemctl stop slotflip-demo-lab-1-retire-blue.timer');
    // A slot paused after its drain (an app with background jobs) is resumed before its health pass.
    expect(text).toContain('systemctl kill --signal=SIGCONT slotflip-demo-lab-1-api@blue');
    expect(JSON.stringify(r.plan.steps.find((s) => s.id === 'flip')!.undo)).toContain('/green/app.sock');
    const recorded = JSON.parse((r.plan.steps.find((s) => s.id === 'record')!.ops[0] as { content: string }).content);
    expect(recorded).toMatchObject({
      active: 'blue',
      slots: { blue: { release: v1 } },
      hold: { release: v2, reason: `rolled back to ${v1} by ops` },
    });
    expect(recorded.history.at(-1)).toMatchObject({
      op: 'rollback',
      release: v1,
      slot: 'blue',
      result: 'ok',
      detail: `from ${v2} (warm)`,
    });
  });

  it('with the lock taken by the host read, the flip step also starts the prober: no lock step', () => {
    const r = planOf({ lockTaken: true });
    expect(r.plan.lockTaken).toBe(true);
    expect(formatPlan(r.plan, [])).toContain(
      'note: the lease lock is taken with the host read, so there is no lock step',
    );
    expect(r.plan.steps.map((s) => s.id)).toEqual(['flip', 'enable', 'retire', 'record', 'receipt']);
    const notes = r.plan.steps[0]!.ops.map((o) =>
      o.kind === 'sh' ? (o.note ?? o.text) : o.kind === 'run' ? o.argv.join(' ') : o.kind,
    );
    // Earlier watches marked reported and the run's folder first; the prober right after the symlink moves (it counts
    // only what follows the flip), so that it does not compete with the warm slot's check.
    expect(notes).toEqual([
      expect.stringContaining('/watch/*/; do'),
      expect.stringMatching(/^install -d -m 0700 \S+\/watch\/R9$/),
      expect.stringMatching(/^cancel the blue slot's retire timer/),
      'the receipt begins here',
      'point nginx at the blue slot',
      "the receipt's prober, in the background (it stops when the last step says so)",
      'confirm through nginx that /api/v1/info reaches 1.0.0',
    ]);
    // A cold rollback's first step (the start) starts it instead.
    const cold = planOf({ lockTaken: true, running: { blue: false, green: true } });
    expect(cold.plan.steps[0]!.id).toBe('start');
    expect(cold.plan.steps[0]!.ops.map((o) => (o.kind === 'sh' ? o.note : o.kind))).toContain(
      "the receipt's prober, in the background (it stops when the last step says so)",
    );
    expect(r.plan.finally.id).toBe('unlock');
    // Without the lock taken, the lock step does it all, and compares the host with what the plan was made from.
    const locked = planOf({ guard: { fingerprint: 'sha256sum', expect: 'abc' } });
    expect(locked.plan.lockTaken).toBeUndefined();
    expect(locked.plan.steps[0]!.ops.map((o) => (o.kind === 'sh' ? (o.note ?? '') : o.kind))).toContain(
      "the receipt's prober, in the background (it stops when the last step says so)",
    );
  });

  it('once the previous slot has stopped, it starts and gates it first (cold)', () => {
    const r = planOf({ running: { blue: false, green: true } });
    expect(r.warm).toBe(false);
    expect(r.plan.steps.map((s) => s.id)).toEqual([
      'lock',
      'start',
      'gate',
      'flip',
      'enable',
      'retire',
      'record',
      'receipt',
    ]);
    expect(r.plan.steps[1]!.undo).toBeDefined();
  });

  it('--to picks any kept release by id or version; cold unless it is the warm previous one', () => {
    const state = { ...afterDeploy, releases: ['0.9.0-cccccccc', v1, v2] };
    const r = planOf({ state, to: '0.9.0' });
    expect(r.plan.release.id).toBe('0.9.0-cccccccc');
    expect(r.warm).toBe(false);
    expect(planOf({ state, to: v1 }).warm).toBe(true);
  });

  it('refuses what it cannot do, and says why', () => {
    expect(buildRollbackPlan(req({ to: '7.7.7' }))).toMatchObject({
      kind: 'refused',
      message: `no kept release matches "7.7.7" (kept: ${v1}, ${v2})`,
    });
    expect(buildRollbackPlan(req({ to: '2.0.0' }))).toMatchObject({ kind: 'nothing-to-do' });
    expect(
      buildRollbackPlan(req({ state: { ...afterDeploy, slots: { green: afterDeploy.slots.green! }, releases: [v2] } })),
    ).toMatchObject({ kind: 'refused', message: 'demo-lab-1 has no previous release on the host to roll back to' });
    expect(buildRollbackPlan(req({ state: emptyState(instance.id) }))).toMatchObject({ kind: 'refused' });
  });
});

describe('buildRollbackPlan with a database restore', () => {
  it("Vikunja's preset leaves out what its migration tool and its own start write, and nothing else", async () => {
    // Those are the tables migration and license_status.
    const { shippedExamples } = await import('../render/examples.js');
    const prod = (await shippedExamples()).find((e) => e.name.startsWith('environments/production.yaml'))!.prepared!
      .instance;
    const r = buildRollbackPlan(
      req({
        instance: prod,
        state: { ...afterDeploy, instance: prod.id },
        restore: { mode: 'if-safe', dump: '/x/R1.dump', db: prod.database! },
      }),
    );
    if (r.kind !== 'plan') throw new Error(r.kind);
    expect(formatPlan(r.plan, [])).toContain("skip=' migration license_status '");
  });

  it('checks the marker, stops the live slot behind the maintenance page, restores in one transaction', () => {
    // …then goes cold; past the restore there is no way back.
    const db = instance.database!;
    const r = planOf({ restore: { mode: 'if-safe', dump: '/opt/slotflip/demo-lab-1/backups/R1.dump', db } });
    expect(r.warm).toBe(false); // a restore never keeps the warm slot's connections to a database that changes under it
    expect(r.plan.steps.map((s) => s.id)).toEqual([
      'lock',
      'db-check',
      'quiesce',
      'restore',
      'start',
      'gate',
      'flip',
      'enable',
      'retire',
      'record',
      'receipt',
    ]);
    expect(r.plan.pointOfNoReturn).toBe('start');
    const text = formatPlan(r.plan, []);
    expect(text).toContain('pg_restore --clean --if-exists --single-transaction');
    expect(text).toContain('/opt/slotflip/demo-lab-1/backups/R1.dump.marker');
    expect(text).toContain("skip=' schema_migrations '"); // the migration tool's own table is not the app's write
    expect(JSON.stringify(r.plan.steps.find((s) => s.id === 'flip')!.ops)).toContain(
      '"rm","-f","/var/lib/slotflip/demo-lab-1/maintenance"',
    );
    expect(JSON.stringify(r.plan.steps.find((s) => s.id === 'quiesce')!.undo)).toContain('systemctl start');
  });
});
