import { runPlan, type RunOptions } from '../engine/run.js';
import { type RunOutcome, type StepEvent } from '../engine/outcome.js';
import { ExitCode } from '../exit-codes.js';
import { formatPlan } from '../plan/format.js';
import { planJson } from '../plan/json.js';
import type { Plan } from '../plan/types.js';
import type { Transport } from '../transport/transport.js';
import { stepReporter } from './progress.js';
import type { VerbOptions, VerbResult } from './verb.js';

// The part every verb shares once its plan is built: print it (a dry run) or run it with progress lines.

/** A dry run's answer: the plan as text and as a versioned JSON document, nothing run. */
export function dryRunResult<Extra extends object>(
  plan: Plan,
  secrets: readonly string[],
  summary: string,
  extra?: Extra,
): VerbResult & Extra {
  return {
    exitCode: ExitCode.ok,
    summary,
    planText: formatPlan(plan, secrets),
    plan: planJson(plan, secrets),
    ...(extra as Extra),
  };
}

/**
 * Runs a plan with a progress line per step (or the action's own step events). `watch` sees every event first (a
 * verb that notes when its flip or a commit step ended); `recordFailure` is the plan's failure record.
 */
export function runWithProgress(
  plan: Plan,
  transport: Transport,
  opts: Pick<VerbOptions, 'log' | 'onEvent' | 'lockWaitMs' | 'signal'>,
  mask: (text: string) => string,
  more: { watch?: (e: StepEvent) => void; recordFailure?: RunOptions['recordFailure'] } = {},
): Promise<RunOutcome> {
  const progress = stepReporter(opts.log, mask, opts.onEvent);
  return runPlan(plan, transport, {
    onEvent: (e) => {
      more.watch?.(e);
      progress.onEvent(e);
    },
    ...(more.recordFailure ? { recordFailure: more.recordFailure } : {}),
    lockWaitMs: opts.lockWaitMs,
    signal: opts.signal,
  }).finally(progress.stop);
}
