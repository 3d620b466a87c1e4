import type { Instance } from '../config/environment.generated.js';
import type { StepTiming } from '../engine/outcome.js';
import { afterFlipWindows } from '../plan/site-ops.js';
import type { Plan } from '../plan/types.js';

/** How long both slots of a deploy ran at once, and why it is that long. */
export interface Overlap {
  seconds: number;
  text: string;
}

/**
 * From the new slot's start to the flip both slots run (the gate needs the new one, users the old one); after the flip
 * the old slot drains, then is paused (an app with background jobs) or keeps running until its keep-warm window ends.
 * Measured from the run's own step timings; the drain and the window are what the host's timers were set to.
 */
export function overlapOf(plan: Plan, timings: readonly StepTiming[], inst: Instance): Overlap | undefined {
  if (!plan.from) return undefined;
  const ids = plan.steps.map((s) => s.id);
  const first = ids.indexOf('start');
  const flip = ids.indexOf('flip');
  if (first === -1 || flip === -1) return undefined;
  const upToFlip =
    timings
      .filter((t) => ids.indexOf(t.step) >= first && ids.indexOf(t.step) <= flip)
      .reduce((sum, t) => sum + t.ms, 0) / 1000;
  const { drain, keepWarm: warm, pausesOld } = afterFlipWindows(inst);
  if (pausesOld) {
    const total = upToFlip + drain;
    return {
      seconds: total,
      text:
        `both slots ran ${total.toFixed(1)} s (start to flip ${upToFlip.toFixed(1)} s, then a ${drain} ` +
        (`s drain); the ${plan.from} slot is then paused, so only the ${plan.to} slot runs background jobs, and ` +
          `stays warm for a rollback for ${warm} s`),
    };
  }
  const after = Math.max(warm, drain);
  const total = upToFlip + after;
  return {
    seconds: total,
    text:
      `both slots run ${total.toFixed(1)} s (start to flip ${upToFlip.toFixed(1)} s, then the ` +
      `${plan.from} slot ${warm > 0 ? `stays warm for ${warm} s` : `drains for ${drain} s`})`,
  };
}
