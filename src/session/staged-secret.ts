import { type RunOutcome } from '../engine/outcome.js';
import type { Plan } from '../plan/types.js';
import { commitSecret, dropStagedSecret, stageSecret } from '../secrets/store.js';
import type { Transport } from '../transport/transport.js';
import type { VerbOptions } from './verb.js';
import { runWithProgress } from './plan-run.js';

/**
 * Runs a rotation plan with its new secret staged beside the stored one (`<file>.next`): put in place once the step
 * `commitAfter` has succeeded (from then on only the new value works), dropped otherwise. A lost connection keeps
 * the staged file: whether the host got that far is unknown, and the operator is told where both are.
 */
export async function runWithStagedSecret(
  plan: Plan,
  transport: Transport,
  secret: { path: string; value: string; commitAfter: string },
  opts: Pick<VerbOptions, 'log' | 'onEvent' | 'lockWaitMs' | 'signal'>,
  mask: (t: string) => string,
): Promise<{ outcome: RunOutcome; committed: boolean }> {
  await stageSecret(secret.path, secret.value);
  let committed = false;
  let settled = false;
  try {
    const outcome = await runWithProgress(plan, transport, opts, mask, {
      watch: (e) => {
        if (e.kind === 'done' && e.step.id === secret.commitAfter && e.result.code === 0) committed = true;
      },
    });
    if (committed) await commitSecret(secret.path);
    else if (outcome.kind !== 'failed' || !outcome.disconnected) await dropStagedSecret(secret.path);
    settled = true;
    return { outcome, committed };
  } finally {
    // Crashed before the plan could run: the host never saw the new value.
    if (!settled) await dropStagedSecret(secret.path).catch(() => undefined);
  }
}
