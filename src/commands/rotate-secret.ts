import { lostConnectionAdvice, type RunOutcome } from '../engine/outcome.js';
import { SlotflipError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { formatPlan } from '../plan/format.js';
import { buildSecretRotationPlan } from '../plan/rotate-secret-plan.js';
import { renderInstanceFiles } from '../render/instance-files.js';
import { notRunSummary, planRunResult, type VerbOptions, type VerbResult } from '../session/verb.js';
import { prepare } from '../session/prepare.js';
import { runWithStagedSecret } from '../session/staged-secret.js';
import { newRunId, owner } from '../session/run-context.js';
import { startRotation } from '../session/rotation-start.js';
import { dryRunResult } from '../session/plan-run.js';

const refuse = (message: string, remedy = '') => new SlotflipError('preflight', message, remedy, ExitCode.preflight);

// What users notice when the app's preset does not say (its own notice is measured against the real app).
export const USERS_NOTICE =
  'users signed in before the rotation must sign in again: sessions signed with the old secret are no longer accepted';
const noticeOf = (prepared: { preset?: { secret?: { on_change?: string } } }) =>
  prepared.preset?.secret?.on_change ?? USERS_NOTICE;

/**
 * `slotflip rotate app-secret`: a new shared secret (rotate-secret-plan.ts). The stored secret becomes the new one once
 * the old slot is retired (from then on only the new secret serves); a run undone before that keeps the old one.
 */
export async function runSecretRotation(opts: VerbOptions): Promise<VerbResult> {
  const prepared = await prepare(opts);
  const inst = prepared.instance;
  const name = inst.app.shared_secret;
  if (!name)
    throw refuse(
      `${inst.id} names no app.shared_secret`,
      'Name the secret the app signs sessions with in app.shared_secret and use it in its templates',
    );
  const { storedPath, value: secret, mask, transport, host } = await startRotation(opts, prepared, name, 32);
  try {
    const rotated = renderInstanceFiles({
      instance: inst,
      secrets: { ...prepared.secrets, [name]: secret },
      templates: prepared.templates,
      preset: prepared.preset,
    });
    const result = buildSecretRotationPlan({
      run: newRunId(),
      owner: owner(),
      now: new Date().toISOString(),
      instance: inst,
      state: host.recovery.state,
      files: { old: prepared.files, rotated },
      guard: host.guard,
      notice: noticeOf(prepared),
    });
    if (result.kind === 'refused') return { exitCode: ExitCode.preflight, summary: result.message };
    const { plan } = result;
    const planText = formatPlan(plan, [...Object.values(prepared.secrets), secret]);
    if (opts.dryRun)
      return dryRunResult(
        plan,
        [...Object.values(prepared.secrets), secret],
        `plan to rotate ${name}; ${noticeOf(prepared)}`,
      );
    opts.log(
      `rotate ${plan.run}: ${name} on ${inst.id}; the new secret is in ${storedPath}.next until the old ` +
        `slot is retired`,
    );
    const { outcome, committed: retired } = await runWithStagedSecret(
      plan,
      transport,
      { path: storedPath, value: secret, commitAfter: 'retire' },
      opts,
      mask,
    );
    return planRunResult(plan, outcome, summaryOf(outcome, retired, storedPath, mask, noticeOf(prepared)), planText);
  } finally {
    await transport.close();
  }
}

function summaryOf(
  outcome: RunOutcome,
  retired: boolean,
  path: string,
  mask: (t: string) => string,
  notice: string,
): string {
  if (outcome.kind === 'completed') return `rotated the shared secret; ${path} holds the new one; ${notice}`;
  if (outcome.kind !== 'failed') return notRunSummary(outcome, mask)!;
  if (outcome.disconnected)
    return (
      `${lostConnectionAdvice(outcome.step.id)}; ` +
      `${
        retired
          ? `the new secret serves and ${path} holds ` + `it`
          : `if the old slot was retired, the new secret is in ${path}.next`
      }`
    );
  if (outcome.pastNoReturn)
    return (
      `${outcome.step.id} failed after the old slot stopped: ${mask(outcome.detail)}. The new secret ` +
      `serves and ${path} holds it; ${notice}`
    );
  return (
    `${outcome.step.id} failed: ${mask(outcome.detail)}; ` +
    `${
      outcome.undone
        ? 'undone: the old slot serves with the old secret, which is still the stored one; no ' + 'session ended'
        : 'UNDO FAILED: operator needed (the journal has each step)'
    }`
  );
}
