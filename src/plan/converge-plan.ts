import type { Instance } from '../config/environment.generated.js';
import { confirmThroughNginx, flipTo } from '../host/flip.js';
import { healthGate } from '../host/health.js';
import { layout, otherSlot, type Slot } from '../shell/layout.js';
import { maintenanceOff } from '../host/maintenance.js';
import { acquireLock, LEASE_SECONDS, releaseLock } from '../host/lock.js';
import { enableOnly, retireSlot } from '../host/release.js';
import { seconds } from '../config/duration.js';
import { withHistory, type HostState } from '../shell/state.js';
import type { Plan, Step } from './types.js';

export interface ConvergeRequest {
  run: string;
  owner: string;
  now: string;
  instance: Instance;
  /** The reconciled state: `active` is the slot nginx really routes to. */
  state: HostState;
  live: Slot;
  release: { id: string; version: string };
  /** Why the host needs converging (an interrupted run, a maintenance page left up). */
  reason: string;
  guard?: { fingerprint: string; expect: string };
  maintenance: boolean;
}

const MIN = 60_000;

/**
 * Deploying the release that is already live, after a run was interrupted: finish what that run left instead of
 * saying "nothing to do". The live slot must pass its health gate, then traffic is pointed at it again (all
 * components, maintenance page off), it alone starts at boot, the other slot is retired and the state recorded.
 */
export function buildConvergePlan(req: ConvergeRequest): Plan {
  const { instance: inst, live } = req;
  const l = layout(inst.id);
  const components = Object.keys(inst.app.components);
  const other = otherSlot(live);
  const confirm = confirmThroughNginx(inst, req.release.version);
  const state: HostState = withHistory(
    { ...req.state, active: live },
    {
      run: req.run,
      op: 'deploy',
      release: req.release.id,
      slot: live,
      result: 'ok',
      at: req.now,
      detail: `converged: ${req.reason}`,
    },
  );
  const steps: Step[] = [
    {
      id: 'lock',
      phase: 'lock',
      title: 'take the lease lock',
      timeoutMs: MIN,
      ops: [acquireLock(l, { run: req.run, owner: req.owner, leaseSeconds: LEASE_SECONDS }, req.guard)],
    },
    {
      id: 'gate',
      phase: 'gate',
      title: `health gate on the live ${live} slot`,
      timeoutMs: seconds(inst.health.timeout, 60) * 1000 + MIN,
      ops: [healthGate(inst, live, req.release.version)],
    },
    {
      id: 'flip',
      phase: 'flip',
      title: `point every component at the ${live} slot`,
      timeoutMs: MIN,
      movesTraffic: true,
      ops: [flipTo(inst, live), ...(req.maintenance ? [maintenanceOff(inst.id)] : []), ...(confirm ? [confirm] : [])],
    },
    {
      id: 'enable',
      phase: 'drain',
      title: `start the ${live} slot at boot`,
      timeoutMs: MIN,
      ops: [enableOnly(inst.id, live, components)],
    },
    {
      id: 'retire',
      phase: 'drain',
      title: `schedule the ${other} slot to stop after its keep-warm window (a timer on the host)`,
      timeoutMs: 5 * MIN,
      ops: [
        retireSlot(inst.id, other, components, seconds(inst.windows?.keep_warm, 300), seconds(inst.windows?.drain, 10)),
      ],
    },
    {
      id: 'record',
      phase: 'record',
      title: 'record state and history',
      timeoutMs: MIN,
      ops: [
        { kind: 'write', path: l.state, content: `${JSON.stringify(state, null, 2)}\n`, mode: '0644', secret: false },
      ],
    },
  ];
  return {
    format: 1,
    run: req.run,
    instance: inst.id,
    release: req.release,
    from: live,
    to: live,
    steps,
    owner: req.owner,
    finally: {
      id: 'unlock',
      phase: 'record',
      title: 'release the lock',
      timeoutMs: MIN,
      ops: [releaseLock(l.lock, req.run)],
    },
    notes: [`release ${req.release.id} is already live on the ${live} slot; converging: ${req.reason}`],
  };
}
