import { describe, expect, it } from 'vitest';
import { flipBackText } from '../../src/commands/deploy.js';
import { emptyState, type HostState } from '../../src/shell/state.js';
import { buildDeployPlan } from '../../src/plan/deploy-plan.js';
import { labInstance, renderLab } from '../plan/fixtures.js';

// What a deploy that fails after its flip says it left serving.
const instance = labInstance();
const release = {
  version: '2.0.0',
  sha256: 'b'.repeat(64),
  bytes: Buffer.from('archive'),
  format: 'tar.gz' as const,
  breaking: false,
};
const planFor = (state: HostState) => {
  const r = buildDeployPlan({
    run: 'R1',
    owner: 'ci',
    now: '2026-12-04T00:00:00.000Z',
    instance,
    files: renderLab(instance),
    release,
    state,
    allowBreaking: false,
  });
  if (r.kind !== 'plan') throw new Error(r.kind);
  return r.plan;
};

describe('after a failure past the flip', () => {
  it('a first deploy says there was no slot to flip back to', () => {
    // …and that nothing serves now (never "the null slot").
    const state = emptyState(instance.id);
    const text = flipBackText(planFor(state), state, instance);
    expect(text).not.toContain('null');
    expect(text).toBe(
      `this was the instance's first deploy, so there was no earlier slot to flip back to: the blue slot ` +
        (`was stopped and nothing of demo-lab-1 serves now (nginx answers 502 for ` +
          (`${instance.nginx!.server_names.join(', ')}); release ${planFor(state).release.id} is held: fix it, run ` +
            `\`slotflip release-hold\`, and deploy again`)),
    );
  });

  it('a later deploy names the slot and release it flipped back to', () => {
    const state: HostState = {
      ...emptyState(instance.id),
      active: 'blue',
      slots: { blue: { release: '1.0.0-aaaaaaaa', version: '1.0.0', since: 'x' } },
      releases: ['1.0.0-aaaaaaaa'],
    };
    expect(flipBackText(planFor(state), state, instance)).toMatch(
      /^flipped back to the blue slot \(release 1\.0\.0-aaaaaaaa\) and held release 2\.0\.0-/,
    );
  });
});
