import type { VerbResult } from '../session/verb.js';

/** What every verb's result has: its exit code and summary; the plan's text and the run's outcome when it ran one. */
type Outcome = Pick<VerbResult, 'exitCode' | 'summary' | 'planText' | 'outcome'>;
import type { Io } from './io.js';

/**
 * A host verb's outcome as one JSON document (`--json`): format 1, the command, its exit code and summary, what the
 * verb found (release, slot, receipt, backup, ...), the plan on a dry run, and each step's timing.
 */
export function outcomeJson(command: string, r: Outcome): string {
  const { planText: _text, outcome, exitCode, summary, ...found } = r;
  const steps = outcome && 'timings' in outcome ? outcome.timings : [];
  return JSON.stringify({ format: 1, command, exitCode, summary, ...found, steps }, null, 2);
}

/** Prints what the verb did (the JSON document, or the plan on a dry run) and its one-line summary; the exit code. */
export function report(io: Io, command: string, r: Outcome, how: { json: boolean; dryRun: boolean }): number {
  if (how.json) io.out(outcomeJson(command, r));
  else if (how.dryRun && r.planText) io.out(r.planText);
  io.err(`${command}: ${r.summary} (exit ${r.exitCode})`);
  return r.exitCode;
}
