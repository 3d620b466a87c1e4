import { describe, expect, it } from 'vitest';
import { emptyState, type HostState } from '../../src/shell/state.js';
import { buildDeployPlan } from '../../src/plan/deploy-plan.js';
import type { DeployRequest } from '../../src/plan/deploy-request.js';
import { formatPlan } from '../../src/plan/format.js';
import { labInstance, renderLab, SECRETS } from './fixtures.js';

const instance = labInstance();
const files = renderLab(instance);
const release = {
  version: '2.0.0',
  sha256: 'b'.repeat(64),
  bytes: Buffer.from('archive'),
  breaking: false,
  format: 'tar.gz' as const,
};
const req = (over: Partial<DeployRequest> = {}): DeployRequest => ({
  run: 'R1',
  owner: 'ci',
  now: '2026-11-23T00:00:00.000Z',
  instance,
  files,
  release,
  state: emptyState(instance.id),
  allowBreaking: false,
  ...over,
});
const live = (release: string): HostState => ({
  ...emptyState(instance.id),
  active: 'blue',
  slots: { blue: { release, version: '1.0.0', since: 'x' } },
  releases: [release],
});
const plan = (over: Partial<DeployRequest> = {}) => {
  const r = buildDeployPlan(req(over));
  if (r.kind !== 'plan') throw new Error(r.message);
  return r.plan;
};

describe('buildDeployPlan', () => {
  it('a first deploy goes to blue, with no slot to retire or flip back to', () => {
    const p = plan();
    expect([p.from, p.to]).toEqual([null, 'blue']);
    expect(p.steps.map((s) => s.id)).toEqual([
      'lock',
      'preflight',
      'stage',
      'backup',
      'migrate',
      'start',
      'watch',
      'gate',
      'flip',
      'observe',
      'enable',
      'record',
    ]);
    expect(p.steps.find((s) => s.id === 'flip')?.undo).toEqual([]);
    // The host's watch starts with the new slot; undone, it ends without acting (the run undoes what it did).
    expect(formatPlan(p, [])).toContain(
      '[drain] start the blue slot at boot  (run on the host by its watch, after the observe window)',
    );
    expect(p.steps.find((s) => s.id === 'watch')?.undo?.map((o) => (o.kind === 'sh' ? o.note : o.kind))).toEqual([
      "end the host's watch (this run undoes the flip itself)",
    ]);
  });

  it('from a live blue slot it deploys to green, flips back on failure and retires blue', () => {
    const p = plan({ state: live('1.0.0-aaaaaaaa') });
    expect([p.from, p.to]).toEqual(['blue', 'green']);
    expect(p.steps.map((s) => s.id)).toContain('retire');
    const flip = p.steps.find((s) => s.id === 'flip')!;
    expect(flip.movesTraffic).toBe(true);
    expect(JSON.stringify(flip.undo)).toContain('/run/slotflip/demo-lab-1/api/blue/app.sock');
    const gateIndex = p.steps.findIndex((s) => s.id === 'gate');
    const backupIndex = p.steps.findIndex((s) => s.id === 'backup');
    const migrateIndex = p.steps.findIndex((s) => s.id === 'migrate');
    expect(backupIndex).toBeLessThan(migrateIndex); // the backup is taken before the new release touches the database
    expect(migrateIndex).toBeLessThan(gateIndex);
  });

  it('the drain ends with what the old slot still holds closed', () => {
    // An app with background jobs is paused then too, and resumed before a flip back.
    const jobs = {
      ...instance,
      app: { ...instance.app, background_jobs: true },
      windows: { drain: '7s', keep_warm: '5m' },
    };
    const p = plan({ instance: jobs, state: live('1.0.0-aaaaaaaa') });
    const flip = p.steps.find((s) => s.id === 'flip')!;
    const end = flip.ops.at(-2)!;
    expect(end.kind === 'sh' && end.text).toContain(
      '--unit=slotflip-demo-lab-1-drained-blue --on-active=7 /bin/bash -c',
    );
    expect(end.kind === 'sh' && end.text).toMatch(
      /\/run\/slotflip\/demo-lab-1\/api\/blue\/app\.sock.*SIGSTOP slotflip-demo-lab-1-api@blue/s,
    );
    expect(flip.undo!.map((o) => (o.kind === 'sh' ? o.note : o.kind))).toEqual([
      'resume the blue slot if it was paused',
      'point nginx at the blue slot',
    ]);
    // Without background jobs the drain still ends with the connections closed, and the slot runs on, warm.
    const plain = plan({ state: live('1.0.0-aaaaaaaa') })
      .steps.find((s) => s.id === 'flip')!
      .ops.at(-2)!;
    expect(plain.kind === 'sh' && plain.note).toBe('after its 2 s drain, close what the blue slot still holds');
    expect(JSON.stringify(plain)).not.toContain('SIGSTOP');
    // Nothing to end when the old slot stops at the end of its drain anyway.
    expect(
      JSON.stringify(
        plan({ instance: { ...jobs, windows: { drain: '7s', keep_warm: '0s' } }, state: live('1.0.0-aaaaaaaa') }),
      ),
    ).not.toContain('--unit=slotflip-demo-lab-1-drained');
    // A deploy onto a paused slot cancels its pending drain end before it restarts it.
    const start = p.steps.find((s) => s.id === 'start')!.ops[0]!;
    expect(start.kind === 'sh' && start.text).toContain('systemctl stop slotflip-demo-lab-1-drained-green.timer');
  });

  it("the overlap: start to flip from the run's timings, then the drain (paused) or the keep-warm window", async () => {
    const { overlapOf } = await import('../../src/session/overlap.js');
    const jobs = {
      ...instance,
      app: { ...instance.app, background_jobs: true },
      windows: { drain: '7s', keep_warm: '5m' },
    };
    const p = plan({ instance: jobs, state: live('1.0.0-aaaaaaaa') });
    const timings = p.steps.map((s, i) => ({ step: s.id, ms: 1000 * (i + 1), code: 0 }));
    const between = p.steps
      .slice(
        p.steps.findIndex((s) => s.id === 'start'),
        p.steps.findIndex((s) => s.id === 'flip') + 1,
      )
      .reduce((n, s) => n + p.steps.indexOf(s) + 1, 0);
    expect(overlapOf(p, timings, jobs)).toEqual({
      seconds: between + 7,
      text: expect.stringContaining(
        `start to flip ${between.toFixed(1)} s, then a 7 s drain); the blue slot is then paused`,
      ),
    });
    expect(overlapOf(p, timings, { ...jobs, app: instance.app })!.seconds).toBe(between + 300);
    expect(overlapOf(plan(), timings, jobs)).toBeUndefined();
  });

  it('the live release again after an interrupted run converges instead of doing nothing', () => {
    // The same after a left-over maintenance page.
    const id = '2.0.0-bbbbbbbb';
    const p = plan({
      state: live(id),
      converge: 'run K did not finish',
      guard: { fingerprint: 'echo f', expect: 'f' },
    });
    expect(p.steps.map((s) => s.id)).toEqual(['lock', 'gate', 'flip', 'enable', 'retire', 'record']);
    expect([p.from, p.to]).toEqual(['blue', 'blue']);
    expect(JSON.stringify(p.steps[0]!.ops)).toContain('the host changed since this run read its state');
    expect(JSON.stringify(p.steps.find((s) => s.id === 'flip')!.ops)).not.toContain(
      '/var/lib/slotflip/demo-lab-1/maintenance',
    );
    const m = plan({ state: live(id), maintenance: true, converge: 'the maintenance page is on' });
    // recover() decides.
    expect(buildDeployPlan(req({ state: live(id), maintenance: true })).kind).toBe('nothing-to-do');
    expect(JSON.stringify(m.steps.find((s) => s.id === 'flip')!.ops)).toContain(
      '"rm","-f","/var/lib/slotflip/demo-lab-1/maintenance"',
    );
    expect(m.notes[0]).toContain('converging: the maintenance page is on');
    const recorded = JSON.parse((m.steps.at(-1)!.ops[0] as { content: string }).content);
    expect(recorded.history.at(-1)).toMatchObject({
      op: 'deploy',
      release: id,
      slot: 'blue',
      result: 'ok',
      detail: 'converged: the maintenance page is on',
    });
  });

  it('keeps a maintenance page an interrupted run left up when this deploy fails', () => {
    // …and takes it down at its flip.
    const r = buildDeployPlan(req({ state: live('1.0.0-aaaaaaaa'), maintenance: true }));
    if (r.kind !== 'plan') throw new Error(r.message);
    expect(JSON.stringify(r.plan.steps.find((s) => s.id === 'flip')!.ops)).toContain(
      '/var/lib/slotflip/demo-lab-1/maintenance',
    );
    expect(JSON.stringify(r.recordFailure(false, 'x').ops)).not.toContain('"rm","-f"');
    const normal = buildDeployPlan(req({ state: live('1.0.0-aaaaaaaa') }));
    if (normal.kind !== 'plan') throw new Error(normal.message);
    expect(JSON.stringify(normal.recordFailure(false, 'x').ops)).toContain('"rm","-f"');
  });

  it("keeps only the pre-migration dumps of the two slots' releases", () => {
    // One database copy per deploy would fill the disk.
    const state = {
      ...live('1.0.0-aaaaaaaa'),
      slots: {
        blue: {
          release: '1.0.0-aaaaaaaa',
          version: '1.0.0',
          since: 'x',
          backup: '/opt/slotflip/demo-lab-1/backups/OLD.dump',
        },
      },
    };
    const record = JSON.stringify(plan({ state }).steps.find((s) => s.id === 'record')!.ops);
    expect(record).toContain(
      "keep=' /opt/slotflip/demo-lab-1/backups/OLD.dump /opt/slotflip/demo-lab-1/backups/R1.dump '",
    );
  });

  it('refuses what must not run: the live release again, a held release, a breaking one without consent', () => {
    const id = '2.0.0-bbbbbbbb';
    expect(buildDeployPlan(req({ state: { ...live(id) } })).kind).toBe('nothing-to-do');
    expect(
      buildDeployPlan(
        req({ state: { ...live('1.0.0-aaaaaaaa'), hold: { release: id, reason: 'observe failed', since: 'x' } } }),
      ).kind,
    ).toBe('held');
    const breaking = { ...release, breaking: true };
    const refused = buildDeployPlan(req({ state: live('1.0.0-aaaaaaaa'), release: breaking }));
    expect(refused).toMatchObject({ kind: 'refused' });
  });

  it('a breaking release with consent migrates behind the maintenance page and turns it off before confirming', () => {
    const p = plan({ state: live('1.0.0-aaaaaaaa'), release: { ...release, breaking: true }, allowBreaking: true });
    const ops = (id: string) => JSON.stringify(p.steps.find((s) => s.id === id)!.ops);
    expect(ops('migrate').indexOf('maintenance')).toBeLessThan(ops('migrate').indexOf('systemd-run'));
    const flip = p.steps.find((s) => s.id === 'flip')!.ops;
    // The flip, the maintenance page off, then the receipt begins (the page's 503s are by design), the checks, the
    // drain's end, and the host's watch goes.
    expect(
      flip.map((o) => (o.kind === 'run' ? o.argv.join(' ') : o.kind === 'sh' && o.note ? o.note : o.kind)),
    ).toEqual([
      'point nginx at the green slot',
      'rm -f /var/lib/slotflip/demo-lab-1/maintenance',
      'the receipt begins here',
      expect.stringMatching(/^confirm through nginx/),
      expect.stringMatching(/^through nginx after the flip/),
      expect.stringMatching(/^after its 2 s drain/),
      'the host begins its observe window',
    ]);
    // Without a maintenance page the receipt begins just before the flip.
    const plain = plan({ state: live('1.0.0-aaaaaaaa') })
      .steps.find((s) => s.id === 'flip')!
      .ops.map((o) => (o.kind === 'sh' ? o.note : o.kind));
    expect(plain.indexOf('the receipt begins here')).toBe(plain.indexOf('point nginx at the green slot') - 1);
    // After the confirmation, as a browser: the websocket handshake and a CORS preflight, through nginx.
    expect(flip.at(-3)).toMatchObject({
      kind: 'sh',
      note: 'through nginx after the flip: websocket /api/v1/ws, cors /api/v1/tasks',
    });
    expect(p.pointOfNoReturn).toBe('migrate');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(plan({ state: live('1.0.0-aaaaaaaa') }))).toBe(
      JSON.stringify(plan({ state: live('1.0.0-aaaaaaaa') })),
    );
  });
});

describe('drift', () => {
  it('the recorded state remembers the hash of every rendered file that holds no secret', () => {
    const record = plan().steps.find((s) => s.id === 'record')!.ops[0]!;
    const state = JSON.parse(record.kind === 'write' ? record.content : '{}');
    const paths = Object.keys(state.rendered);
    expect(paths).toContain('/etc/nginx/sites-available/slotflip-demo-lab-1.conf');
    expect(paths).toContain('/etc/systemd/system/slotflip-demo-lab-1-api@.service');
    expect(paths.some((p) => p.endsWith('app.env') || p.endsWith('pgpass') || p.endsWith('redis.pass'))).toBe(false);
    expect(Object.values(state.rendered).every((h) => /^[0-9a-f]{64}$/.test(String(h)))).toBe(true);
  });
});

describe('formatPlan', () => {
  it('shows every step and command, and no secret value', () => {
    const text = formatPlan(plan({ state: live('1.0.0-aaaaaaaa') }), Object.values(SECRETS));
    for (const value of Object.values(SECRETS)) expect(text).not.toContain(value);
    expect(text).toContain('write /opt/slotflip/demo-lab-1/shared/app.env (mode 0600, ');
    expect(text).toContain(': *** (holds secrets)');
    expect(text).toMatch(/^plan R1: demo-lab-1 -> release 2.0.0-bbbbbbbb on the green slot \(live: blue\)$/m);
    expect(text).toMatch(/^\d+\. \[flip\] flip traffic to the green slot {2}\(moves traffic\)$/m);
  });
});
