import { quote } from '../shell/quote.js';
import { pushUploads } from './uploads.js';
import { compileStep, stepPidFile } from '../plan/compile.js';
import type { Plan, Step } from '../plan/types.js';
import { LOCKED_EXIT, STALE_EXIT } from '../host/lock.js';
import { startHeartbeat } from './heartbeat.js';
import { layout } from '../shell/layout.js';
import type { RunResult, Transport } from '../transport/transport.js';
import type { RunOutcome, StepEvent, StepTiming } from './outcome.js';
import { collect, lastLine } from './step-output.js';

export interface RunOptions {
  onEvent?: (e: StepEvent) => void;
  /** The failure record to write when a step fails (after the undo path); gets whether traffic was flipped back. */
  recordFailure?: (flippedBack: boolean, detail: string) => Step;
  /** How long to keep retrying a held lock, in ms (0: fail at once). */
  lockWaitMs?: number;
  /** Checked between steps: a cancelled run undoes what it did and stops. */
  signal?: AbortSignal;
}

function isPastNoReturn(plan: Plan, step: Step): boolean {
  const ponr = plan.pointOfNoReturn ? plan.steps.findIndex((s) => s.id === plan.pointOfNoReturn) : -1;
  return ponr >= 0 && plan.steps.indexOf(step) >= ponr;
}

/**
 * Runs a plan step by step over one transport (one SSH connection for the whole run). Each step journals itself on
 * the host. When a step fails, every completed step's undo runs in reverse order, then the failure is recorded;
 * the final step (the lock release) runs whatever happened.
 */
export async function runPlan(plan: Plan, transport: Transport, opts: RunOptions = {}): Promise<RunOutcome> {
  const l = layout(plan.instance);
  const ctx = { run: plan.run, journal: l.journal, root: l.root, lock: l.lock, owner: plan.owner };
  const timings: StepTiming[] = [];
  const results: Record<string, unknown> = {};
  const events: string[] = [];
  const completed: Step[] = [];
  // A run that loses its lease (its heartbeat found another owner) cancels itself like a SIGTERM would.
  const lost = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, lost.signal]) : lost.signal;
  let stopHeartbeat = () => {};
  // Whether this run holds the lock: taken with the host read (plan.lockTaken), or by its lock step.
  const holdsLock = () => plan.lockTaken === true || completed.some((s) => s.id === 'lock');
  const exec = async (step: Step, index: number): Promise<RunResult> => {
    opts.onEvent?.({ kind: 'start', step, index, total: plan.steps.length });
    const started = Date.now();
    // Cancelling (SIGTERM from GitHub) interrupts the running step: a second script on the same connection signals
    // the step's shell, whose TERM trap journals the end. It repeats until the step has returned, because the signal
    // may come before the step's shell has started and written its pid. The final step (unlock) is never interrupted.
    const pidFile = quote(stepPidFile(ctx, step));
    const kill =
      `{ read -r p _ < ${pidFile}; } 2>/dev/null && [ -n "$p" ] && { pkill -TERM -P "$p"; kill ` +
      `-TERM "$p"; } 2>/dev/null; true`;
    let retry: NodeJS.Timeout | undefined;
    const cancel = () => {
      void transport.script(kill, { timeoutMs: 5000 });
      retry = setInterval(() => void transport.script(kill, { timeoutMs: 5000 }), 250);
    };
    const interruptible = step !== plan.finally;
    if (interruptible) {
      if (signal.aborted) cancel();
      else signal.addEventListener('abort', cancel, { once: true });
    }
    // An upload's bytes go first (engine/uploads.ts); a failed upload is the step's result.
    const send = async () =>
      (await pushUploads(transport, step.ops)) ??
      transport.script(compileStep(step, ctx), { timeoutMs: step.timeoutMs });
    const result = await send().finally(() => {
      if (interruptible) signal.removeEventListener('abort', cancel);
      clearInterval(retry);
    });
    const ms = Date.now() - started;
    timings.push({ step: step.id, ms, code: result.code });
    const before = events.length;
    collect(result.stdout, results, events);
    for (const text of events.slice(before)) opts.onEvent?.({ kind: 'note', step, text });
    opts.onEvent?.({ kind: 'done', step, result, ms });
    return result;
  };

  let failure: { step: Step; code: number; detail: string; disconnected?: boolean } | undefined;
  if (plan.lockTaken) stopHeartbeat = startHeartbeat(transport, l.lock, ctx, (why) => lost.abort(why));
  for (const [index, step] of plan.steps.entries()) {
    if (step.onHost) continue; // the host's watch runs it (plan/watch-script.ts)
    // From here the host's watch holds the lock and releases it when it ends: renewing it from here too raced with
    // that release (seen once in 171 soak cycles: "this run lost its lock", exit 12, on a deploy that succeeded).
    if (step.hostUndoes) stopHeartbeat();
    if (signal.aborted) {
      failure = { step, code: 130, detail: 'cancelled before this step' };
      break;
    }
    let result = await exec(step, index);
    const waitUntil = Date.now() + (opts.lockWaitMs ?? 0);
    while (step.id === 'lock' && result.code === LOCKED_EXIT && Date.now() < waitUntil && !signal.aborted) {
      opts.onEvent?.({ kind: 'waiting-for-lock', holder: lastLine(result) });
      await new Promise((r) => setTimeout(r, 2000));
      result = await exec(step, index);
    }
    if (step.id === 'lock' && result.code === LOCKED_EXIT)
      return { kind: 'locked', holder: lastLine(result).replace(/^locked by /, ''), timings };
    if (step.id === 'lock' && result.code === STALE_EXIT) return { kind: 'stale', timings };
    if (step.id === 'lock' && result.code === 0)
      stopHeartbeat = startHeartbeat(transport, l.lock, ctx, (why) => lost.abort(why));
    if (result.lost) {
      failure = { step, code: result.code, detail: result.stderr, disconnected: true };
      break;
    }
    if (result.code !== 0 || signal.aborted) {
      failure = {
        step,
        code: result.code,
        detail: lost.signal.aborted
          ? String(lost.signal.reason)
          : signal.aborted
            ? 'cancelled (SIGTERM or SIGINT)'
            : lastLine(result) || `exit ${result.code}`,
      };
      break;
    }
    completed.push(step);
  }

  stopHeartbeat();
  if (!failure) {
    await exec(plan.finally, plan.steps.length);
    return { kind: 'completed', timings, results, events };
  }

  // Undo in reverse: flip back before stopping the new slot, so users never hit a stopped slot.
  // A step that moves traffic and failed in its check ahead of the flip moved none; any other end of it may have.
  const trafficMoved =
    completed.some((s) => s.movesTraffic) ||
    (failure.step.movesTraffic === true && failure.code !== failure.step.exitBeforeTraffic);
  // Without a connection nothing below can run: the outcome says so, and the next run converges from the journal.
  if (failure.disconnected)
    return {
      kind: 'failed',
      ...failure,
      cancelled: signal.aborted === true,
      trafficMoved,
      undone: false,
      pastNoReturn: false,
      timings,
      results,
      events,
    };
  // The host's watch acted on this failure itself (it flipped back and recorded it, or it goes on deciding): undoing
  // from here too would have two actors on one host.
  if (failure.step.hostUndoes) {
    await exec(plan.finally, plan.steps.length);
    return {
      kind: 'failed',
      ...failure,
      cancelled: signal.aborted === true,
      trafficMoved,
      undone: failure.code === failure.step.hostUndoes.code,
      pastNoReturn: isPastNoReturn(plan, failure.step),
      timings,
      results,
      events,
    };
  }
  let undone = true;
  // Past the point of no return (a breaking migration, a restored database) the steps before it are not undone:
  // undoing them would put the old release back on a schema it cannot run on. An operator decides (exit 12).
  const ponr = plan.pointOfNoReturn ? plan.steps.findIndex((s) => s.id === plan.pointOfNoReturn) : -1;
  const pastNoReturn = isPastNoReturn(plan, failure.step);
  for (const step of [failure.step, ...[...completed].reverse()]) {
    if (!step.undo?.length || (pastNoReturn && plan.steps.indexOf(step) < ponr)) continue;
    const undoStep: Step = { ...step, ops: step.undo };
    const result = await transport.script(compileStep(undoStep, ctx, step.undo, 'undo'), { timeoutMs: step.timeoutMs });
    opts.onEvent?.({ kind: 'undo', step, result });
    if (result.code !== 0) undone = false;
  }
  if (opts.recordFailure && holdsLock()) {
    const record = opts.recordFailure(trafficMoved, `${failure.step.id} failed: ${failure.detail}`);
    const r = await transport.script(compileStep(record, ctx), { timeoutMs: record.timeoutMs });
    if (r.code !== 0) undone = false;
  }
  if (holdsLock()) await exec(plan.finally, plan.steps.length);
  return {
    kind: 'failed',
    ...failure,
    cancelled: signal.aborted === true,
    trafficMoved,
    undone,
    pastNoReturn,
    timings,
    results,
    events,
  };
}
