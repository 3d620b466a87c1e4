import { layout } from '../shell/layout.js';
import { acquireLock, LEASE_SECONDS, releaseLock } from '../host/lock.js';
import type { HostState } from '../shell/state.js';
import type { Plan } from './types.js';

/** Clears the hold an automatic flip-back left, under the lock, so the held release may be deployed again. */
export function buildReleaseHoldPlan(req: {
  run: string;
  owner: string;
  now: string;
  state: HostState;
}): Plan | undefined {
  const { state } = req;
  if (!state.hold) return undefined;
  const l = layout(state.instance);
  const next: HostState = {
    ...state,
    hold: null,
    history: [
      ...state.history,
      {
        run: req.run,
        op: 'release-hold' as const,
        release: state.hold.release,
        slot: state.active ?? 'blue',
        result: 'ok' as const,
        at: req.now,
        detail: `by ${req.owner}`,
      },
    ].slice(-50),
  };
  return {
    format: 1,
    run: req.run,
    instance: state.instance,
    release: { id: state.hold.release, version: state.hold.release },
    from: state.active,
    to: state.active ?? 'blue',
    steps: [
      {
        id: 'lock',
        phase: 'lock',
        title: 'take the lease lock',
        timeoutMs: 60_000,
        ops: [acquireLock(l, { run: req.run, owner: req.owner, leaseSeconds: LEASE_SECONDS })],
      },
      {
        id: 'record',
        phase: 'record',
        title: `release the hold on ${state.hold.release}`,
        timeoutMs: 60_000,
        ops: [
          { kind: 'write', path: l.state, content: `${JSON.stringify(next, null, 2)}\n`, mode: '0644', secret: false },
        ],
      },
    ],
    finally: {
      id: 'unlock',
      phase: 'record',
      title: 'release the lock',
      timeoutMs: 60_000,
      ops: [releaseLock(l.lock, req.run)],
    },
    notes: [],
    owner: req.owner,
  };
}
