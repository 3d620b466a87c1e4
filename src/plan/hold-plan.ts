import { withHistory, type HostState } from '../shell/state.js';
import type { Plan } from './types.js';
import { lockStep, recordStep, unlockStep, planOf } from './steps.js';

/** Clears the hold an automatic flip-back left, under the lock, so the held release may be deployed again. */
export function buildReleaseHoldPlan(req: {
  run: string;
  owner: string;
  now: string;
  state: HostState;
}): Plan | undefined {
  const { state } = req;
  if (!state.hold) return undefined;
  const next = withHistory(
    { ...state, hold: null },
    {
      run: req.run,
      op: 'release-hold',
      release: state.hold.release,
      slot: state.active ?? 'blue',
      result: 'ok',
      at: req.now,
      detail: `by ${req.owner}`,
    },
  );
  return planOf(req, state.instance, {
    release: { id: state.hold.release, version: state.hold.release },
    from: state.active,
    to: state.active ?? 'blue',
    steps: [
      lockStep(state.instance, req),
      recordStep(state.instance, next, `release the hold on ${state.hold.release}`),
    ],
    finally: unlockStep(state.instance, req.run),
    notes: [],
  });
}
