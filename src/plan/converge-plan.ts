import type { Instance } from '../config/environment.generated.js';
import { resolved } from '../config/resolved.js';
import { confirmThroughNginx, flipTo } from '../host/flip.js';
import { otherSlot, type Slot } from '../shell/layout.js';
import { maintenanceOff } from '../host/maintenance.js';
import { withHistory, type HostState, type HostGuard } from '../shell/state.js';
import { enableStep, gateStep, lockStep, MIN, recordStep, retireStep, unlockStep, planOf } from './steps.js';
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
  guard?: HostGuard;
  maintenance: boolean;
}

/**
 * Deploying the release that is already live, after a run was interrupted: finish what that run left instead of
 * saying "nothing to do". The live slot must pass its health gate, then traffic is pointed at it again (all
 * components, maintenance page off), it alone starts at boot, the other slot is retired and the state recorded.
 */
export function buildConvergePlan(req: ConvergeRequest): Plan {
  const { instance: inst, live } = req;
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
    lockStep(inst.id, req),
    gateStep(inst, live, req.release.version, `health gate on the live ${live} slot`),
    {
      id: 'flip',
      phase: 'flip',
      title: `point every component at the ${live} slot`,
      timeoutMs: MIN,
      movesTraffic: true,
      ops: [flipTo(inst, live), ...(req.maintenance ? [maintenanceOff(inst.id)] : []), ...(confirm ? [confirm] : [])],
    },
    enableStep(inst, live),
    retireStep(
      inst,
      other,
      resolved(inst),
      `schedule the ${other} slot to stop after its keep-warm window (a timer on the host)`,
    ),
    recordStep(inst.id, state, 'record state and history'),
  ];
  return planOf(req, inst.id, {
    release: req.release,
    from: live,
    to: live,
    steps,
    finally: unlockStep(inst.id, req.run),
    notes: [`release ${req.release.id} is already live on the ${live} slot; converging: ${req.reason}`],
  });
}
