import { runPlan, type RunOutcome } from '../engine/run.js';
import type { Plan } from '../plan/types.js';
import { commitSecret, dropStagedSecret, stageSecret } from '../secrets/store.js';
import type { Transport } from '../transport/transport.js';
import type { DeployOptions } from './deploy.js';
import { stepReporter } from './progress.js';

/**
 * Runs a rotation plan with its new secret staged beside the stored one (`<file>.next`): put in place once the step
 * `commitAfter` has succeeded (from then on only the new value works), dropped otherwise. A lost connection keeps
 * the staged file: whether the host got that far is unknown, and the operator is told where both are.
 */
export async function runWithStagedSecret(
  plan: Plan,
  transport: Transport,
  secret: { path: string; value: string; commitAfter: string },
  opts: Pick<DeployOptions, 'log' | 'onEvent' | 'lockWaitMs' | 'signal'>,
  mask: (t: string) => string,
): Promise<{ outcome: RunOutcome; committed: boolean }> {
  await stageSecret(secret.path, secret.value);
  let committed = false;
  let settled = false;
  try {
    const progress = stepReporter(opts.log, mask, opts.onEvent);
    const onEvent: typeof progress.onEvent = (e) => {
      if (e.kind === 'done' && e.step.id === secret.commitAfter && e.result.code === 0) committed = true;
      progress.onEvent(e);
    };
    const outcome = await runPlan(plan, transport, {
      onEvent,
      lockWaitMs: opts.lockWaitMs,
      signal: opts.signal,
    }).finally(progress.stop);
    if (committed) await commitSecret(secret.path);
    else if (outcome.kind !== 'failed' || !outcome.disconnected) await dropStagedSecret(secret.path);
    settled = true;
    return { outcome, committed };
  } finally {
    // Crashed before the plan could run: the host never saw the new value.
    if (!settled) await dropStagedSecret(secret.path).catch(() => undefined);
  }
}
