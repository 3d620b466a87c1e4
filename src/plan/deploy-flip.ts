import { publicUrl } from '../config/public-url.js';
import { routeToAdopted } from '../host/adopt.js';
import { afterFlipChecks } from '../host/after-flip.js';
import { endDrain } from '../host/drain-end.js';
import { confirmThroughNginx, flipTo } from '../host/flip.js';
import { maintenanceOff } from '../host/maintenance.js';
import { resumeSlot } from '../host/slot-units.js';
import type { Op } from '../shell/ops.js';
import type { DeployContext } from './deploy-context.js';
import { afterFlipWindows } from './site-ops.js';
import { flipStep } from './steps.js';
import type { Step } from './types.js';

/**
 * The deploy's flip: traffic to the new slot, the maintenance page off, the checks through nginx, the end of the old
 * slot's drain. Its undo goes back to the slot (or the adopted app) that served before.
 */
export function deployFlip(c: DeployContext): Step {
  const { req, inst, from, to, adopted, handoff, served } = c;
  const { drain, outlivesDrain, pausesOld } = afterFlipWindows(inst);
  const drainEnds = !!from && outlivesDrain;
  const confirm = confirmThroughNginx(served, req.release.version);
  const afterFlip = afterFlipChecks(served, {
    live: to,
    smoke: req.smoke,
    runTag: c.runTag,
    ...(handoff ? { origin: publicUrl(inst) } : {}),
  });
  // The first deploy over an adopted app flips back to that app if anything after the flip fails; a slot that was
  // paused after the flip is resumed before traffic goes back to it.
  const flipBack: Op[] = from
    ? [...(drainEnds ? [resumeSlot(inst.id, from, c.components)] : []), flipTo(inst, from)]
    : adopted
      ? [routeToAdopted(inst, adopted, true)]
      : [];
  const ops: Op[] = [
    flipTo(inst, to),
    ...(endsMaintenance(c) ? [maintenanceOff(inst.id)] : []),
    ...(confirm ? [confirm] : []),
    ...(afterFlip ? [afterFlip] : []),
    ...(drainEnds ? [endDrain(inst, from!, drain, pausesOld)] : []),
  ];
  return flipStep(to, ops, flipBack);
}

/** The maintenance page is up at the flip (a breaking migration, or an earlier run's) and the flip takes it down. */
export const endsMaintenance = (c: DeployContext) => c.breakingLive || c.req.maintenance === true;
