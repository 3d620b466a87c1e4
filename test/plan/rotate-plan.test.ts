import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileOp } from '../../src/plan/compile.js';
import { emptyState, type HostState } from '../../src/shell/state.js';
import { formatPlan } from '../../src/plan/format.js';
import { buildRotatePlan, type RotateRequest } from '../../src/plan/rotate-plan.js';
import type { Slot } from '../../src/shell/layout.js';
import { renderInstanceFiles, templateNames, type DatabaseLogin } from '../../src/render/instance-files.js';
import { labInstance, SECRETS } from './fixtures.js';

const instance = labInstance();
const templates = Object.fromEntries(templateNames(instance).map((n) => [n, readFileSync(`templates/${n}`, 'utf8')]));
const NEW = 'new-pass-Xy4Tq8Lm';
const v2 = '2.0.0-bbbbbbbb';
const state: HostState = {
  ...emptyState(instance.id),
  active: 'green',
  slots: { green: { release: v2, version: '2.0.0', since: 'b' } },
  releases: [v2],
};
const render = (
  slotDatabase?: Partial<Record<Slot, DatabaseLogin>>,
  password = SECRETS.LAB_1_DB_PASSWORD,
  t = templates,
) =>
  renderInstanceFiles({ instance, secrets: { ...SECRETS, LAB_1_DB_PASSWORD: password }, templates: t, slotDatabase });
const files = (t = templates) => ({
  old: render(undefined, undefined, t),
  moving: render({ blue: { user: 'demo_rotating', password: NEW } }, undefined, t),
  rotated: render(undefined, NEW, t),
});
const req = (over: Partial<RotateRequest> = {}): RotateRequest => ({
  run: 'R7',
  owner: 'ops',
  now: '2026-11-27T00:00:00.000Z',
  instance,
  state,
  admin: { user: 'slotflip_admin', password: SECRETS.LAB_1_DB_ADMIN_PASSWORD },
  newPassword: NEW,
  files: files(),
  ...over,
});

describe('buildRotatePlan', () => {
  it('moves the idle slot to a temporary login, changes the password, moves the live slot back', () => {
    // Two flips, no serving slot restarted.
    const r = buildRotatePlan(req());
    if (r.kind !== 'plan') throw new Error(r.message);
    const ids = r.plan.steps.map((s) => s.id);
    expect(ids).toEqual([
      'lock',
      'stage',
      'login',
      'start-idle',
      'gate',
      'flip',
      'drain',
      'password',
      'settings',
      'start-live',
      'gate-back',
      'flip-back',
      'enable',
      'retire',
      'record',
    ]);
    // The live (green) slot is stopped only after the traffic left it, and started again only after the password
    // changed.
    expect(ids.indexOf('drain')).toBeGreaterThan(ids.indexOf('flip'));
    expect(ids.indexOf('start-live')).toBeGreaterThan(ids.indexOf('password'));
    expect(r.plan.pointOfNoReturn).toBe('settings');
    // Before the point of no return every step that changes something has its undo.
    for (const id of ['stage', 'login', 'start-idle', 'flip', 'drain'])
      expect(r.plan.steps.find((s) => s.id === id)!.undo?.length, id).toBeGreaterThan(0);
    const stage = r.plan.steps.find((s) => s.id === 'stage')!;
    const blueEnv = stage.ops.find((o) => o.kind === 'write' && o.path.endsWith('/slot-blue.env')) as {
      content: string;
      mode: string;
    };
    expect(blueEnv.content).toContain('DEMO_PG_USER="demo_rotating"');
    expect(blueEnv.content).toContain(`DEMO_PG_PASSWORD="${NEW}"`);
    expect(blueEnv.mode).toBe('0600');
    const settings = r.plan.steps.find((s) => s.id === 'settings')!;
    const written = settings.ops.map((o) => (o.kind === 'write' ? o.path : ''));
    expect(written).toContain('/opt/slotflip/demo-lab-1/shared/slot-green.env');
    expect(written).toContain('/opt/slotflip/demo-lab-1/shared/pgpass');
    const recorded = JSON.parse((r.plan.steps.at(-1)!.ops[0] as { content: string }).content);
    expect(recorded.history.at(-1)).toMatchObject({ op: 'rotate', release: v2, slot: 'green', result: 'ok' });
  });

  it('prints no password, old, new or admin, and passes them to psql only from files', () => {
    const r = buildRotatePlan(req());
    if (r.kind !== 'plan') throw new Error(r.message);
    const text = formatPlan(r.plan, [...Object.values(SECRETS), NEW]);
    for (const s of [NEW, SECRETS.LAB_1_DB_PASSWORD, SECRETS.LAB_1_DB_ADMIN_PASSWORD]) expect(text).not.toContain(s);
    const sql = r.plan.steps
      .flatMap((s) => s.ops)
      .filter((o) => o.kind === 'sh')
      .map(compileOp)
      .join('\n');
    expect(sql).toContain("ALTER ROLE demo PASSWORD :'pw';");
    expect(sql).toContain("ALTER ROLE demo_rotating LOGIN PASSWORD :'pw';");
    for (const s of [NEW, SECRETS.LAB_1_DB_PASSWORD, SECRETS.LAB_1_DB_ADMIN_PASSWORD]) expect(sql).not.toContain(s);
  });

  it('refuses an app whose slot template does not carry the database credentials', () => {
    // …and a host with nothing deployed.
    const shared = { ...templates, 'demo/slot.env.liquid': 'DEMO_SLOT={{ slot }}\n' };
    const r = buildRotatePlan(req({ files: files(shared) }));
    expect(r.kind).toBe('refused');
    expect(r.kind === 'refused' && r.message).toContain(
      'move the database credentials from app.env.liquid into slot.env.liquid',
    );
    const fresh = buildRotatePlan(req({ state: emptyState(instance.id) }));
    expect(fresh.kind === 'refused' && fresh.message).toContain('is not deployed on this host');
  });
});
