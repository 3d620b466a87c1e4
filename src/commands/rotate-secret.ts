import { randomBytes } from 'node:crypto';
import { lostConnectionAdvice, runPlan, type RunOutcome } from '../engine/run.js';
import { SlotflipError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { formatPlan, masker } from '../plan/format.js';
import { buildSecretRotationPlan } from '../plan/rotate-secret-plan.js';
import { renderInstanceFiles } from '../render/instance-files.js';
import { commitSecret, dropStagedSecret, stageSecret, writableSecret } from '../secrets/store.js';
import { connectTarget } from '../transport/connect.js';
import { exitCodeFor, type DeployOptions, type DeployResult } from './deploy.js';
import { prepare } from './prepare.js';
import { stepReporter } from './progress.js';
import { newRunId, owner, readHostWhenFree } from './run-context.js';

const refuse = (message: string, remedy = '') => new SlotflipError('preflight', message, remedy, ExitCode.preflight);

export const USERS_NOTICE = 'users signed in before the rotation must sign in again: sessions signed with the old secret are no longer accepted';

/**
 * `slotflip rotate app-secret`: a new shared secret (rotate-secret-plan.ts). The stored secret becomes the new one once
 * the old slot is retired (from then on only the new secret serves); a run undone before that keeps the old one.
 */
export async function runSecretRotation(opts: Omit<DeployOptions, 'allowBreaking' | 'offline'>): Promise<DeployResult> {
  const prepared = await prepare(opts);
  const inst = prepared.instance;
  const name = inst.app.shared_secret;
  if (!name) throw refuse(`${inst.id} names no app.shared_secret`, 'Name the secret the app signs sessions with in app.shared_secret and use it in its templates');
  const stored = opts.dryRun ? { ok: true as const, path: '(dry run)' } : await writableSecret(name, opts.secrets ?? { env: {} });
  if (!stored.ok) throw refuse(stored.reason);
  const secret = randomBytes(32).toString('base64url');
  const mask = masker([...Object.values(prepared.secrets), secret]);
  const transport = await connectTarget(inst, prepared.secrets);
  let staged = false;
  try {
    const host = await readHostWhenFree(transport, inst, Date.now() + opts.lockWaitMs, (l) => opts.log(`waiting for the lock: ${mask(l)}`));
    const rotated = renderInstanceFiles({ instance: inst, secrets: { ...prepared.secrets, [name]: secret }, templates: prepared.templates });
    const result = buildSecretRotationPlan({ run: newRunId(), owner: owner(), now: new Date().toISOString(), instance: inst, state: host.recovery.state, files: { old: prepared.files, rotated }, guard: host.guard });
    if (result.kind === 'refused') return { exitCode: ExitCode.preflight, summary: result.message };
    const { plan } = result;
    const planText = formatPlan(plan, [...Object.values(prepared.secrets), secret]);
    if (opts.dryRun) return { exitCode: ExitCode.ok, summary: `plan to rotate ${name}; ${USERS_NOTICE}`, planText };
    await stageSecret(stored.path, secret);
    staged = true;
    opts.log(`rotate ${plan.run}: ${name} on ${inst.id}; the new secret is in ${stored.path}.next until the old slot is retired`);
    let retired = false;
    const progress = stepReporter(opts.log, mask, opts.onEvent);
    const onEvent: typeof progress.onEvent = (e) => {
      if (e.kind === 'done' && e.step.id === 'retire' && e.result.code === 0) retired = true;
      progress.onEvent(e);
    };
    const outcome = await runPlan(plan, transport, { onEvent, lockWaitMs: opts.lockWaitMs, signal: opts.signal }).finally(progress.stop);
    if (retired) await commitSecret(stored.path);
    else if (outcome.kind !== 'failed' || !outcome.disconnected) await dropStagedSecret(stored.path);
    staged = false;
    return { exitCode: exitCodeFor(outcome), summary: summaryOf(outcome, retired, stored.path, mask), outcome, planText, release: plan.release.id, slot: plan.to };
  } finally {
    if (staged) await dropStagedSecret(stored.path).catch(() => undefined);
    await transport.close();
  }
}

function summaryOf(outcome: RunOutcome, retired: boolean, path: string, mask: (t: string) => string): string {
  if (outcome.kind === 'completed') return `rotated the shared secret; ${path} holds the new one; ${USERS_NOTICE}`;
  if (outcome.kind === 'locked') return `locked by ${mask(outcome.holder)}`;
  if (outcome.kind === 'stale') return 'the host changed while this run waited for the lock; run it again';
  if (outcome.disconnected) return `${lostConnectionAdvice(outcome.step.id)}; ${retired ? `the new secret serves and ${path} holds it` : `if the old slot was retired, the new secret is in ${path}.next`}`;
  if (outcome.pastNoReturn) return `${outcome.step.id} failed after the old slot stopped: ${mask(outcome.detail)}. The new secret serves and ${path} holds it; ${USERS_NOTICE}`;
  return `${outcome.step.id} failed: ${mask(outcome.detail)}; ${outcome.undone ? 'undone: the old slot serves with the old secret, which is still the stored one; no session ended' : 'UNDO FAILED: operator needed (the journal has each step)'}`;
}
