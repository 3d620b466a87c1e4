import { runPlan } from '../engine/run.js';
import { ExitCode } from '../exit-codes.js';
import { buildReleaseHoldPlan } from '../plan/hold-plan.js';
import { connectTarget } from '../transport/connect.js';
import { exitCodeFor, type VerbResult } from '../session/verb.js';
import { prepare, type PrepareOptions } from '../session/prepare.js';
import { newRunId, owner, readState } from '../session/run-context.js';

/** `slotflip release-hold`: after an operator has looked at a flipped-back release, allow it again. */
export async function runReleaseHold(opts: PrepareOptions & { log: (line: string) => void }): Promise<VerbResult> {
  const prepared = await prepare(opts);
  const transport = await connectTarget(prepared.instance, prepared.secrets);
  try {
    const state = await readState(transport, prepared.instance.id);
    const plan = buildReleaseHoldPlan({ run: newRunId(), owner: owner(), now: new Date().toISOString(), state });
    if (!plan) return { exitCode: ExitCode.nothingToDo, summary: `${prepared.instance.id} holds no release` };
    const outcome = await runPlan(plan, transport);
    return {
      exitCode: exitCodeFor(outcome),
      summary: outcome.kind === 'completed' ? `released the hold on ${plan.release.id}` : 'could not release the hold',
      outcome,
    };
  } finally {
    await transport.close();
  }
}
