import { describe, expect, it } from 'vitest';
import { layout } from '../../src/shell/layout.js';
import { emptyState, type HostState } from '../../src/shell/state.js';
import { buildSecretRotationPlan } from '../../src/plan/rotate-secret-plan.js';
import { formatPlan } from '../../src/plan/format.js';
import { renderLab, labInstance, SECRETS } from './fixtures.js';
import { renderInstanceFiles, templateNames } from '../../src/render/instance-files.js';
import { readFileSync } from 'node:fs';

const inst = labInstance();
const templates = Object.fromEntries(templateNames(inst).map((n) => [n, readFileSync(`templates/${n}`, 'utf8')]));
const NEW = 'the-new-shared-secret-value';
const rotated = renderInstanceFiles({ instance: inst, secrets: { ...SECRETS, LAB_1_APP_SECRET: NEW }, templates });
const live: HostState = {
  ...emptyState(inst.id),
  active: 'blue',
  slots: { blue: { release: '2.0.0-bbbbbbbb', version: '2.0.0', since: 'x' } },
  releases: ['2.0.0-bbbbbbbb'],
};
const req = (state: HostState, old = renderLab(inst)) => ({
  run: 'R',
  owner: 'ops',
  now: '2026-11-27T00:00:00.000Z',
  instance: inst,
  state,
  files: { old, rotated },
});

describe('rotate app-secret plan', () => {
  it('writes only the files holding the secret, starts the idle slot with it, flips', () => {
    // …and retires the old slot without a warm window.
    const r = buildSecretRotationPlan(req(live));
    if (r.kind !== 'plan') throw new Error(r.message);
    expect(r.plan.steps.map((s) => s.id)).toEqual([
      'lock',
      'stage',
      'start',
      'gate',
      'flip',
      'observe',
      'retire',
      'enable',
      'record',
    ]);
    const stage = r.plan.steps[1]!;
    expect(stage.ops.map((o) => o.kind === 'write' && o.path)).toEqual([layout(inst.id).appEnv]);
    expect(stage.ops[0]).toMatchObject({
      secret: true,
      mode: '0600',
      content: expect.stringContaining(`DEMO_SESSION_SECRET="${NEW}"`),
    });
    expect(stage.undo![0]).toMatchObject({
      content: expect.stringContaining(`DEMO_SESSION_SECRET="${SECRETS.LAB_1_APP_SECRET}"`),
    });
    expect(r.plan.pointOfNoReturn).toBe('retire');
    expect([r.plan.from, r.plan.to]).toEqual(['blue', 'green']);
    const text = formatPlan(r.plan, [...Object.values(SECRETS), NEW]);
    expect(text).not.toContain(NEW);
    expect(text).toContain('sessions signed with the old secret end');
    // An app's preset says what its users notice (measured against the real app): the plan says that instead.
    const told = buildSecretRotationPlan({ ...req(live), notice: 'browsers refresh their token' });
    if (told.kind !== 'plan') throw new Error(told.message);
    expect(formatPlan(told.plan, [])).toContain(
      'users notice: browsers refresh their token; requests in flight are not affected',
    );
  });

  it('refuses an instance that is not deployed, and templates that do not use the secret', () => {
    expect(buildSecretRotationPlan(req(emptyState(inst.id)))).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('not deployed'),
    });
    expect(buildSecretRotationPlan({ ...req(live), files: { old: rotated, rotated } })).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('no template of demo uses app.shared_secret'),
    });
  });
});
