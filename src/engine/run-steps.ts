import { compileOp, helpersFor } from '../plan/compile.js';
import type { Step } from '../plan/types.js';
import type { Transport } from '../transport/transport.js';
import type { StepEvent, StepTiming } from './outcome.js';

export type StepsOutcome =
  | { kind: 'completed'; timings: StepTiming[] }
  | { kind: 'failed'; step: Step; code: number; detail: string; disconnected: boolean; timings: StepTiming[] };

/**
 * Runs steps that converge (provisioning) in order, stopping at the first failure. Unlike a deploy (run.ts) there is
 * no lock, journal or undo: those live inside the container these steps create, and every step is safe to run again,
 * so the next run is the way forward. The step's ops compile exactly as a deploy's do.
 */
export async function runSteps(
  steps: readonly Step[],
  transport: Transport,
  opts: { onEvent?: (e: StepEvent) => void; offset?: number; total?: number } = {},
): Promise<StepsOutcome> {
  const timings: StepTiming[] = [];
  for (const [i, step] of steps.entries()) {
    opts.onEvent?.({ kind: 'start', step, index: (opts.offset ?? 0) + i, total: opts.total ?? steps.length });
    const started = Date.now();
    const body = step.ops.map(compileOp);
    const result = await transport.script(['set -euo pipefail', ...helpersFor(body), ...body].join('\n'), {
      timeoutMs: step.timeoutMs,
    });
    const ms = Date.now() - started;
    timings.push({ step: step.id, ms, code: result.code });
    opts.onEvent?.({ kind: 'done', step, result, ms });
    if (result.code !== 0 || result.lost) {
      const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').pop() || `exit ${result.code}`;
      return { kind: 'failed', step, code: result.code, detail, disconnected: result.lost === true, timings };
    }
  }
  return { kind: 'completed', timings };
}
