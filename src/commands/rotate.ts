import { lostConnectionAdvice, type RunOutcome } from '../engine/outcome.js';
import { SlotflipError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { otherSlot } from '../shell/layout.js';
import { rotatingRole } from '../host/rotate.js';
import { formatPlan } from '../plan/format.js';
import { buildRotatePlan } from '../plan/rotate-plan.js';
import type { Plan } from '../plan/types.js';
import { renderInstanceFiles } from '../render/instance-files.js';
import { notRunSummary, planRunResult, type VerbOptions, type VerbResult } from '../session/verb.js';
import { prepare } from '../session/prepare.js';
import { runWithStagedSecret } from '../session/staged-secret.js';
import { runSecretRotation } from './rotate-secret.js';
import { newRunId, owner } from '../session/run-context.js';
import { startRotation } from '../session/rotation-start.js';
import { dryRunResult } from '../session/plan-run.js';

export const ROTATABLE = ['db-password', 'app-secret'] as const;
export type Rotatable = (typeof ROTATABLE)[number];

export interface RotateOptions extends VerbOptions {
  secret: Rotatable;
}

const refuse = (message: string, remedy = '') => new SlotflipError('preflight', message, remedy, ExitCode.preflight);

/**
 * `slotflip rotate db-password`: a new database password without a restart of a serving slot (rotate-plan.ts), and
 * the stored secret updated: written beside the old one before the database has it, put in its place once it does.
 */
export async function runRotate(opts: RotateOptions): Promise<VerbResult> {
  if (opts.secret === 'app-secret') return runSecretRotation(opts);
  const prepared = await prepare({ ...opts, adminSecret: true });
  const inst = prepared.instance;
  const db = inst.database;
  if (!db) throw refuse(`${inst.id} has no database`);
  if (!db.admin_secret)
    throw refuse(
      `${inst.id} names no database.admin_secret`,
      `A rotation creates a temporary login and changes ${db.user}'s password: name the secret holding the ` +
        `password of database.admin_user`,
    );
  const start = await startRotation(opts, prepared, db.password_secret, 24);
  const { storedPath, value: newPassword, mask, transport, host } = start;
  try {
    const state = host.recovery.state;
    const idle = state.active ? otherSlot(state.active) : 'green';
    const render = (secrets: Record<string, string>, moving?: boolean) =>
      renderInstanceFiles({
        instance: inst,
        secrets,
        templates: prepared.templates,
        preset: prepared.preset,
        slotDatabase: moving ? { [idle]: { user: rotatingRole(db.user), password: newPassword } } : undefined,
      });
    const files = {
      old: prepared.files,
      moving: render(prepared.secrets, true),
      rotated: render({ ...prepared.secrets, [db.password_secret]: newPassword }),
    };
    const run = newRunId();
    const result = buildRotatePlan({
      run,
      owner: owner(),
      now: new Date().toISOString(),
      instance: inst,
      state,
      admin: { user: db.admin_user ?? 'postgres', password: prepared.secrets[db.admin_secret]! },
      newPassword,
      files,
      guard: host.guard,
    });
    if (result.kind === 'refused') return { exitCode: ExitCode.preflight, summary: result.message };
    const { plan } = result;
    const planText = formatPlan(plan, [...Object.values(prepared.secrets), newPassword]);
    if (opts.dryRun)
      return dryRunResult(
        plan,
        [...Object.values(prepared.secrets), newPassword],
        `plan to rotate the database password of ${db.user}`,
      );
    opts.log(
      `rotate ${run}: the database password of ${db.user} on ${inst.id}; the new one is in ` +
        `${storedPath}.next until the database has it`,
    );
    // From the moment the database has the new password, the stored secret must be it (a deploy renders from it).
    const { outcome, committed: passwordSet } = await runWithStagedSecret(
      plan,
      transport,
      { path: storedPath, value: newPassword, commitAfter: 'password' },
      opts,
      mask,
    );
    return planRunResult(plan, outcome, summaryOf(plan, outcome, passwordSet, storedPath, mask), planText);
  } finally {
    await transport.close();
  }
}

function summaryOf(
  plan: Plan,
  outcome: RunOutcome,
  passwordSet: boolean,
  path: string,
  mask: (t: string) => string,
): string {
  if (outcome.kind === 'completed')
    return (
      `rotated the database password; ${path} holds the new one; nothing restarted while serving, ` +
      `users noticed nothing`
    );
  if (outcome.kind !== 'failed') return notRunSummary(outcome, mask)!;
  if (outcome.disconnected)
    return `${lostConnectionAdvice(outcome.step.id)}${
      passwordSet
        ? `; the database has the new password, ` + `which ${path} now holds`
        : `; if the database took the new password, it is in ${path}.next`
    }`;
  if (outcome.pastNoReturn) {
    return (
      `${outcome.step.id} failed after the database took the new password: ${mask(outcome.detail)}. ` +
      (`${path} holds the new password; the other slot serves on the temporary login. Run the rotation again: it ` +
        `starts from the slot that serves`)
    );
  }
  return (
    `${outcome.step.id} failed: ${mask(outcome.detail)}; ` +
    `${
      outcome.undone
        ? `undone: the ${plan.from} slot serves with the old password, which ${path} still ` + `holds`
        : 'UNDO FAILED: operator needed (the journal has each step)'
    }`
  );
}
