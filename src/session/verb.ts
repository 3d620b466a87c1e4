import type { RunOutcome, StepEvent } from '../engine/outcome.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import type { Receipt } from '../host/receipt.js';
import type { PrepareOptions } from './prepare.js';

/** What every verb that runs a plan on a host is given. */
export interface VerbOptions extends PrepareOptions {
  lockWaitMs: number;
  dryRun: boolean;
  log: (line: string) => void;
  signal?: AbortSignal;
  /** Replaces the terminal's step lines (the action groups steps and fences remote output). Text is already masked. */
  onEvent?: (e: StepEvent, mask: (text: string) => string) => void;
}

/** What every verb that runs a plan answers: the exit code, a summary line, and what the CLI and the action show. */
export interface VerbResult {
  exitCode: ExitCodeValue;
  /** The URL users reach the instance at (for the job's environment url and the deployment record). */
  url?: string;
  summary: string;
  outcome?: RunOutcome;
  planText?: string;
  /** The plan as a versioned JSON document (plan/json.ts), on a dry run: what `--json` prints with it. */
  plan?: Record<string, unknown>;
  release?: string;
  slot?: string;
  /** Seconds both slots ran at once (deploys onto a second slot). */
  overlapSeconds?: number;
  /** What users saw across the flip, measured by the host (host/receipt.ts). */
  receipt?: Receipt;
}

/** The exit code an outcome means (documented in the README). */
export function exitCodeFor(outcome: RunOutcome): ExitCodeValue {
  if (outcome.kind === 'completed') return ExitCode.ok;
  if (outcome.kind === 'locked' || outcome.kind === 'stale') return ExitCode.locked;
  if (outcome.disconnected) return ExitCode.connection;
  if (!outcome.undone || outcome.pastNoReturn) return ExitCode.rollbackFailed;
  if (outcome.step.phase === 'gate' && !outcome.cancelled) return ExitCode.healthGateRolledBack;
  if (outcome.step.id === 'db-check' && outcome.code === ExitCode.restoreUnsafe) return ExitCode.restoreUnsafe;
  if (outcome.step.id === 'preflight' && !outcome.cancelled) return ExitCode.preflight;
  return ExitCode.rolledBackAfterFailure;
}

/** The summary of an outcome that never got to run the plan's steps (a held lock, a host that changed meanwhile). */
export function notRunSummary(outcome: RunOutcome, mask: (text: string) => string): string | undefined {
  if (outcome.kind === 'locked') return `locked by ${mask(outcome.holder)}`;
  if (outcome.kind === 'stale') return 'the host changed while this run waited for the lock; run it again';
  return undefined;
}

/** A verb's answer once its plan ran: the outcome's exit code, the release and the slot it leaves serving. */
export function planRunResult(
  plan: { release: { id: string }; to: string },
  outcome: RunOutcome,
  summary: string,
  planText: string,
): VerbResult {
  return { exitCode: exitCodeFor(outcome), summary, outcome, planText, release: plan.release.id, slot: plan.to };
}
