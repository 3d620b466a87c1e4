import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchiveOnHost } from '../backup/open-archive.js';
import type { Instance } from '../config/environment.generated.js';
import { lostConnectionAdvice } from '../engine/outcome.js';
import { ExitCode } from '../exit-codes.js';
import type { GitHubPort } from '../backup/github-port.js';
import { layout } from '../shell/layout.js';
import { formatPlan, masker } from '../plan/format.js';
import { buildRestorePlan } from '../plan/restore-plan.js';
import { connectTarget } from '../transport/connect.js';
import { exitCodeFor, type VerbOptions, type VerbResult } from '../session/verb.js';
import { prepare } from '../session/prepare.js';
import { newRunId, owner, readHostWhenFree } from '../session/run-context.js';
import { dryRunResult, runWithProgress } from '../session/plan-run.js';
import { bad, locateBackup, refused } from '../session/restore-source.js';

export interface RestoreOptions extends VerbOptions {
  /** A backup id, `latest` (host and local stores), or `run:RUN_ID` (the artifact a trusted workflow run stored). */
  from: string;
  /** Restore into a scratch database, compare, drop it: nothing live is touched. */
  drill?: boolean;
  /** GITHUB_* variables for `run:` (the API and the token). */
  env?: NodeJS.ProcessEnv;
  /** GitHub, for `--from run:ID` (github/port.ts; tests pass their own). */
  github?: GitHubPort;
}

export interface RestoreResult extends VerbResult {
  backup?: string;
}

/** The restore-only credentials: the backup identity and the database admin. */
function credentials(inst: Instance, secrets: Record<string, string>) {
  const keyName = inst.backups?.restore_key_secret;
  if (!keyName)
    throw bad(
      `${inst.id} names no backups.restore_key_secret`,
      'Name the secret that holds the age identity of the backup recipients',
    );
  const adminName = inst.database?.admin_secret;
  if (!adminName)
    throw bad(
      `${inst.id} names no database.admin_secret`,
      'A restore creates and renames databases: name the secret holding the password of database.admin_user',
    );
  return {
    identity: secrets[keyName]!,
    admin: { user: inst.database!.admin_user ?? 'postgres', password: secrets[adminName]! },
    appPassword: secrets[inst.database!.password_secret]!,
  };
}

/**
 * `slotflip restore`: find the backup, decrypt it here (where the key is) while it streams to a private directory on
 * the host, check it, and run the restore plan. Nothing the instance uses changes before the archive passed every
 * check.
 */
export async function runRestore(opts: RestoreOptions): Promise<RestoreResult> {
  const prepared = await prepare({ ...opts, render: false, restoreSecrets: true });
  const inst = prepared.instance;
  const cred = credentials(inst, prepared.secrets);
  const mask = masker(Object.values(prepared.secrets));
  const workDir = await mkdtemp(join(tmpdir(), 'slotflip-restore-'));
  const transport = await connectTarget(inst, prepared.secrets);
  let dir: string | undefined;
  try {
    const src = await locateBackup(transport, inst, opts, workDir).catch((e: Error) =>
      refused(`fetching backup ${opts.from} failed: ${mask(e.message)}`),
    );
    if ('exitCode' in src) return src;
    const host = await readHostWhenFree(transport, inst, Date.now() + opts.lockWaitMs, (l) =>
      opts.log(`waiting for the lock: ${mask(l)}`),
    );
    const run = newRunId();
    dir = `${layout(inst.id).backups}/.restore-${run}`;
    // The plan is made from the plain manifest (a dry run needs no key); the sealed one must agree before it runs.
    const result = buildRestorePlan({
      run,
      owner: owner(),
      now: new Date().toISOString(),
      instance: inst,
      state: host.recovery.state,
      backup: src.manifest,
      dir,
      admin: cred.admin,
      appPassword: cred.appPassword,
      drill: opts.drill,
      guard: host.guard,
    });
    if (result.kind !== 'plan') return { exitCode: ExitCode.preflight, summary: result.message };
    const planText = formatPlan(result.plan, Object.values(prepared.secrets));
    if (opts.dryRun)
      return dryRunResult(result.plan, Object.values(prepared.secrets), `restore plan for backup ${src.manifest.id}`, {
        backup: src.manifest.id,
      });
    opts.log(
      `decrypting backup ${src.manifest.id} here and unpacking it on ${transport.label}: sha256, age, ` +
        `SHA256SUMS, sealed manifest`,
    );
    let seen = 0;
    const ticker = setInterval(
      () =>
        opts.log(
          `  ... ${(seen / 1048576).toFixed(0)} of ${(src.manifest.encrypted.bytes / 1048576).toFixed(0)} ` +
            `MiB decrypted`,
        ),
      10_000,
    );
    const opened = await openArchiveOnHost(src, cred.identity, transport, dir, (bytes) => (seen = bytes)).finally(() =>
      clearInterval(ticker),
    );
    if (!opened.ok) return refused(`${opened.reason}; nothing was touched. ${opened.remedy}`);
    const outcome = await runWithProgress(result.plan, transport, opts, mask);
    const what = opts.drill ? 'restore drill' : 'restore';
    const summary =
      outcome.kind === 'completed'
        ? `${what} of backup ${opened.inner.id} ` +
          `done${opts.drill ? ': every table matched and the scratch database was dropped' : ''}`
        : outcome.kind === 'failed' && outcome.disconnected
          ? lostConnectionAdvice(outcome.step.id)
          : outcome.kind === 'failed'
            ? `${what} failed at ${outcome.step.id}: ` +
              `${mask(outcome.detail)}${
                opts.drill
                  ? ''
                  : outcome.undone
                    ? '; the previous database and files are back ' + 'and serving'
                    : '; undoing it failed too: an operator is needed (the journal has each step)'
              }`
            : outcome.kind === 'locked'
              ? `locked by ${mask(outcome.holder)}`
              : 'the host changed while this run waited for the lock; run it again';
    const exitCode =
      outcome.kind === 'failed' && !outcome.disconnected
        ? outcome.undone
          ? ExitCode.rolledBackAfterFailure
          : ExitCode.rollbackFailed
        : exitCodeFor(outcome);
    return { exitCode, summary, outcome, planText, backup: src.manifest.id };
  } finally {
    // Nothing decrypted outlives the command: the unpacked backup on the host (the plan removes it too) and downloads
    // here.
    if (dir) await transport.script(`rm -rf ${dir}`).catch(() => undefined);
    await transport.close();
    await rm(workDir, { recursive: true, force: true });
  }
}
