// What running a plan answers: each step's timing, the events a caller shows, and the outcome as a union.
import type { Step } from '../plan/types.js';
import { LEASE_SECONDS } from '../host/lock.js';
import type { RunResult } from '../transport/transport.js';

export interface StepTiming {
  step: string;
  ms: number;
  code: number;
}

export type StepEvent =
  | { kind: 'start'; step: Step; index: number; total: number }
  | { kind: 'done'; step: Step; result: RunResult; ms: number }
  | { kind: 'undo'; step: Step; result: RunResult }
  /** Something the host reported that the operator must see, e.g. an expired lock taken over. */
  | { kind: 'note'; step: Step; text: string }
  | { kind: 'waiting-for-lock'; holder: string };

export type RunOutcome =
  | { kind: 'completed'; timings: StepTiming[]; results: Record<string, unknown>; events: string[] }
  | { kind: 'locked'; holder: string; timings: StepTiming[] }
  /** The host changed between reading its state and taking the lock: the caller plans again. */
  | { kind: 'stale'; timings: StepTiming[] }
  /** pastNoReturn: it failed at or after the plan's point of no return, so the earlier steps were left as they are. */
  | {
      kind: 'failed';
      step: Step;
      code: number;
      detail: string;
      cancelled: boolean;
      trafficMoved: boolean;
      undone: boolean;
      pastNoReturn: boolean;
      timings: StepTiming[];
      results: Record<string, unknown>;
      events: string[];
      disconnected?: boolean;
    };

/**
 * What an operator is told when the connection broke mid-run: nothing could be undone from here, and the host's own
 * safeguards take over (the step's journal line, the lease that expires, the next run that takes it over).
 */
export const lostConnectionAdvice = (step: string) =>
  `the connection to the host was lost during "${step}": on the host that step runs to its end or stops, ` +
  (`and nothing was undone from here. The lock frees itself once the host has seen the connection close and ` +
    (`that step has ended, or at the latest when its lease expires (${LEASE_SECONDS} s after the last renewal); ` +
      (`check the host is reachable, then run the same command again with --lock-wait 60s: it takes the lock over ` +
        `and converges`)));
