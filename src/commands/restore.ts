import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamArchiveToHost, type ArchiveStream } from '../backup/stream-archive.js';
import type { Instance } from '../config/environment.generated.js';
import { lostConnectionAdvice } from '../engine/outcome.js';
import { ExitCode } from '../exit-codes.js';
import type { GitHubPort } from '../backup/github-port.js';
import { layout } from '../shell/layout.js';
import { formatPlan, masker } from '../plan/format.js';
import { buildRestorePlan } from '../plan/restore-plan.js';
import { compileOp } from '../plan/compile.js';
import { DUMP_DAMAGED, removeRestoreDir } from '../host/restore-into.js';
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
 * `slotflip restore`: find the backup and run the restore plan while the archive streams to the host, decrypted here
 * (where the key is); the plan's restore step reads the dump as it arrives.
 * Nothing the instance uses changes before the archive has passed every check (the restore step waits for the
 * stream's verdict).
 */
export async function runRestore(opts: RestoreOptions): Promise<RestoreResult> {
  const prepared = await prepare({ ...opts, render: false, restoreSecrets: true });
  const inst = prepared.instance;
  const cred = credentials(inst, prepared.secrets);
  const mask = masker(Object.values(prepared.secrets));
  const workDir = await mkdtemp(join(tmpdir(), 'slotflip-restore-'));
  const transport = await connectTarget(inst, prepared.secrets);
  let dir: string | undefined;
  let stream: ArchiveStream | undefined;
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
      `backup ${src.manifest.id} streams to ${transport.label} as it is restored, decrypted here; the restore ` +
        `counts only once every byte is authenticated (sha256, age, SHA256SUMS, sealed manifest)`,
    );
    let seen = 0;
    const ticker = setInterval(() => {
      if (seen)
        opts.log(
          `  ... ${(seen / 1048576).toFixed(0)} of ${(src.manifest.encrypted.bytes / 1048576).toFixed(0)} ` +
            `MiB decrypted`,
        );
    }, 10_000);
    // The stream starts once the stage step has made the private directory and its FIFO; the dump waits there until
    // the restore step reads it.
    const outcome = await runWithProgress(result.plan, transport, opts, mask, {
      watch: (e) => {
        if (e.kind === 'done' && e.step.id === 'stage' && e.result.code === 0)
          stream = streamArchiveToHost(src, cred.identity, transport, dir!, (bytes) => (seen = bytes));
      },
    }).finally(() => clearInterval(ticker));
    // A restore that ended early needs no more of the archive (one that completed had its verdict already): the
    // stream stops, and a receiver still waiting for the restore step to read the dump is let go.
    if (outcome.kind !== 'completed' && stream) {
      stream.stop();
      await transport.script(compileOp(removeRestoreDir(dir)));
    }
    const verdict = await stream?.verdict;
    if (verdict && !verdict.ok && verdict.cause === 'archive')
      return refused(
        `${verdict.reason}; nothing the instance uses was touched (the new database was dropped). ${verdict.remedy}`,
      );
    // The archive arrived whole, but its dump is unlike its line in SHA256SUMS: the backup, not the restore, failed.
    if (outcome.kind === 'failed' && outcome.step.id === 'restore-db' && outcome.code === DUMP_DAMAGED)
      return refused(
        `backup ${src.manifest.id}: ${mask(outcome.detail)}; nothing the instance uses was touched (the new ` +
          'database was dropped). Restore another backup (`slotflip status` lists them)',
      );
    const what = opts.drill ? 'restore drill' : 'restore';
    const summary =
      outcome.kind === 'completed'
        ? `${what} of backup ${src.manifest.id} ` +
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
    // An error above leaves the stream running: it stops, and its verdict is no longer anyone's concern.
    stream?.stop();
    stream?.verdict.catch(() => undefined);
    // Nothing decrypted outlives the command: the unpacked backup on the host (the plan removes it too) and downloads
    // here.
    if (dir) await transport.script(compileOp(removeRestoreDir(dir))).catch(() => undefined);
    await transport.close();
    await rm(workDir, { recursive: true, force: true });
  }
}
