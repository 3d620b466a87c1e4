import type { Instance } from '../config/environment.generated.js';
import { resolved } from '../config/resolved.js';
import { healthGate } from '../host/health.js';
import { acquireLock, LEASE_SECONDS, releaseLock } from '../host/lock.js';
import { enableOnly, retireSlot } from '../host/slot-units.js';
import { layout, type Slot } from '../shell/layout.js';
import type { Op } from '../shell/ops.js';
import type { HostState, HostGuard } from '../shell/state.js';
import type { Plan, Step } from './types.js';

// The steps every plan shares, made in one place: a plan names what differs (a title, ops before or after) and the
// rest (ids, phases, timeouts, the lock's lease) is the same in all of them.

export const MIN = 60_000;

/** Who runs the plan, as every plan request carries it. */
export interface RunOwner {
  run: string;
  owner: string;
  /** The host key the lock step re-checks (see host/lock.ts). */
  guard?: HostGuard;
}

/** Takes the lease lock; `before`/`after` ops run in the same step. */
export function lockStep(
  instanceId: string,
  req: RunOwner,
  extra: { title?: string; before?: Op[]; after?: Op[] } = {},
): Step {
  const lock = acquireLock(
    layout(instanceId),
    { run: req.run, owner: req.owner, leaseSeconds: LEASE_SECONDS },
    req.guard,
  );
  return {
    id: 'lock',
    phase: 'lock',
    title: extra.title ?? 'take the lease lock',
    timeoutMs: MIN,
    ops: [...(extra.before ?? []), lock, ...(extra.after ?? [])],
  };
}

/** The plan's `finally`: releases the lock, after any cleanup `before` it. */
export function unlockStep(instanceId: string, run: string, title = 'release the lock', before: Op[] = []): Step {
  return {
    id: 'unlock',
    phase: 'record',
    title,
    timeoutMs: MIN,
    ops: [...before, releaseLock(layout(instanceId).lock, run)],
  };
}

/** The host's state file as one write. */
export function stateWrite(instanceId: string, state: HostState): Op {
  return {
    kind: 'write',
    path: layout(instanceId).state,
    content: `${JSON.stringify(state, null, 2)}\n`,
    mode: '0644',
    secret: false,
  };
}

/** Records the host's new state; `more` ops (pruning) follow the write. */
export function recordStep(instanceId: string, state: HostState, title: string, more: Op[] = []): Step {
  return { id: 'record', phase: 'record', title, timeoutMs: MIN, ops: [stateWrite(instanceId, state), ...more] };
}

/** The health gate on one slot, with the instance's own timeout and a minute for the connection. */
export function gateStep(inst: Instance, slot: Slot, version: string, title = `health gate on the ${slot} slot`): Step {
  return {
    id: 'gate',
    phase: 'gate',
    title,
    timeoutMs: resolved(inst).healthTimeout * 1000 + MIN,
    ops: [healthGate(inst, slot, version)],
  };
}

/** Makes the serving slot the one started at boot. */
export function enableStep(inst: Instance, slot: Slot): Step {
  return {
    id: 'enable',
    phase: 'drain',
    title: `start the ${slot} slot at boot`,
    timeoutMs: MIN,
    ops: [enableOnly(inst.id, slot, Object.keys(inst.app.components))],
  };
}

/** Stops a slot after its keep-warm window and drain (a timer on the host when the window is longer than 0). */
export function retireStep(
  inst: Instance,
  slot: Slot,
  windows: { keepWarm: number; drain: number },
  title: string,
  more: Op[] = [],
): Step {
  return {
    id: 'retire',
    phase: 'drain',
    title,
    timeoutMs: 5 * MIN,
    ops: [retireSlot(inst.id, slot, Object.keys(inst.app.components), windows.keepWarm, windows.drain), ...more],
  };
}

/** The step that moves production traffic: `ops` flip (and confirm), `undo` flips back. */
export function flipStep(
  to: Slot,
  ops: Op[],
  undo?: Op[],
  title = `flip traffic to the ${to} slot`,
  timeoutMs = MIN,
): Step {
  return { id: 'flip', phase: 'flip', title, timeoutMs, movesTraffic: true, ops, ...(undo ? { undo } : {}) };
}

/** A plan of this run: `format`, `run`, `owner` and `instance` filled in from the request. */
export function planOf(
  req: RunOwner,
  instance: string,
  rest: Omit<Plan, 'format' | 'run' | 'owner' | 'instance'>,
): Plan {
  return { format: 1, run: req.run, owner: req.owner, instance, ...rest };
}
