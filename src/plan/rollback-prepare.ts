import type { Instance } from '../config/environment.generated.js';
import { startSlot, stopSlot } from '../host/slot-units.js';
import { warmSlotReady } from '../host/warm-slot.js';
import type { Slot } from '../shell/layout.js';
import type { Op } from '../shell/ops.js';
import { gateStep, MIN } from './steps.js';
import type { Step } from './types.js';

/**
 * A warm slot (still running the release) made ready for the flip, in the flip's own step (a rollback is timed to the
 * flip: one round trip less): it keeps running, its retire timer cancelled, and answers once. Should it not answer,
 * the step fails before traffic moves, and its undo points nginx where it already points.
 */
export function warmSlotOps(inst: Instance, to: Slot, version: string): Op[] {
  return [warmSlotReady(inst, to, version)];
}

/** A stopped slot a rollback flips to: started on the release and gated first. */
export function coldSlotSteps(inst: Instance, to: Slot, target: string, version: string): Step[] {
  const components = Object.keys(inst.app.components);
  return [
    {
      id: 'start',
      phase: 'start',
      title: `start the ${to} slot on ${target}`,
      timeoutMs: 2 * MIN,
      ops: [startSlot(inst.id, to, target, components)],
      undo: [stopSlot(inst.id, to, components)],
    },
    gateStep(inst, to, version),
  ];
}
