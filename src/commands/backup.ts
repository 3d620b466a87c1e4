import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { resolved } from '../config/resolved.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { putArtifact } from '../backup/artifact-store.js';
import { putLocal } from '../backup/local-store.js';
import { archiveName, manifestName, parseManifest } from '../backup/manifest.js';
import type { Instance } from '../config/environment.generated.js';
import { lostConnectionAdvice, type RunOutcome } from '../engine/outcome.js';
import { layout } from '../shell/layout.js';
import { pull, type Transport } from '../transport/transport.js';
import { ExitCode } from '../exit-codes.js';
import { buildBackupPlan } from '../plan/backup-plan.js';
import { formatPlan, masker } from '../plan/format.js';
import { connectTarget } from '../transport/connect.js';
import { exitCodeFor, type VerbOptions, type VerbResult } from '../session/verb.js';
import { prepare } from '../session/prepare.js';
import { runRestore } from './restore.js';
import type { GitHubPort } from '../backup/github-port.js';
import { newRunId, owner, readHostWhenFree } from '../session/run-context.js';
import { dryRunResult, runWithProgress } from '../session/plan-run.js';

/** Where a backup was made, for its manifest: the workflow run when in GitHub, else who and where. */
function madeBy(env: NodeJS.ProcessEnv): Record<string, string> {
  const pick = (k: string) => (env[k] ? { [k.replace(/^GITHUB_/, '').toLowerCase()]: env[k]! } : {});
  return {
    by: owner(),
    ...pick('GITHUB_RUN_ID'),
    ...pick('GITHUB_WORKFLOW'),
    ...pick('GITHUB_EVENT_NAME'),
    ...pick('GITHUB_REF_NAME'),
    ...pick('GITHUB_REPOSITORY'),
  };
}

export interface BackupResult extends VerbResult {
  backup?: { id: string; sha256: string; bytes: number };
  /** Where copies went besides the host: `local:/path`, `artifact:name`. */
  stored?: string[];
}

export interface BackupOptions extends VerbOptions {
  /** Then restore it into a scratch database and compare table by table (needs the restore key and the admin). */
  verifyRestore?: boolean;
  /** GitHub, for the artifact store and the restore drill (github/port.ts; tests pass their own). */
  github?: GitHubPort;
  env?: NodeJS.ProcessEnv;
}

/**
 * The archive made on the host goes to the environment's other stores: local directories on this machine and the
 * workflow run's artifacts. It stays on the host too unless `stores` leaves the host out.
 */
async function copyToStores(transport: Transport, inst: Instance, id: string, opts: BackupOptions): Promise<string[]> {
  const stores = inst.backups?.stores ?? [{ type: 'host' as const }];
  const elsewhere = stores.filter((s) => s.type !== 'host');
  if (elsewhere.length === 0) return [];
  const work = await mkdtemp(join(tmpdir(), 'slotflip-backup-'));
  const stored: string[] = [];
  try {
    const l = layout(inst.id);
    const archive = join(work, archiveName(id));
    const manifestFile = join(work, manifestName(id));
    await pull(transport, `${l.backups}/${archiveName(id)}`, archive);
    await pull(transport, `${l.backups}/${manifestName(id)}`, manifestFile);
    const manifest = parseManifest(await readFile(manifestFile, 'utf8'));
    if (!manifest) throw new Error(`the manifest of ${id} on the host is unreadable`);
    const files = { manifest, archive, manifestFile };
    for (const s of elsewhere) {
      if (s.type === 'local') {
        const removed = await putLocal(s.path!, files, resolved(inst).backupsKeep);
        opts.log(`stored ${id} in ${s.path}${removed.length ? `; removed the older ${removed.join(', ')}` : ''}`);
        stored.push(`local:${s.path}`);
      } else if (opts.github?.artifacts) {
        const a = await putArtifact(await opts.github.artifacts(), files, work, s.retention_days);
        opts.log(
          `stored ${id} as the workflow artifact ` +
            `${a.name}${s.retention_days ? ` (kept ${s.retention_days} days)` : ''}`,
        );
        stored.push(`artifact:${a.name}`);
      } else {
        opts.log(`note: the artifact store is skipped outside a GitHub workflow run`);
      }
    }
    if (!stores.some((s) => s.type === 'host'))
      await transport.script(`rm -f ${l.backups}/${id}.tar.age ${l.backups}/${id}.manifest.json`);
    return stored;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** `slotflip backup`: one encrypted archive of the instance, made on its host, copied to the environment's stores. */
export async function runBackup(opts: BackupOptions): Promise<BackupResult> {
  const prepared = await prepare({ ...opts, render: false });
  const mask = masker(Object.values(prepared.secrets));
  const transport = await connectTarget(prepared.instance, prepared.secrets);
  try {
    const host = await readHostWhenFree(transport, prepared.instance, Date.now() + opts.lockWaitMs, (l) =>
      opts.log(`waiting for the lock: ${mask(l)}`),
    );
    const result = buildBackupPlan({
      run: newRunId(),
      owner: owner(),
      instance: prepared.instance,
      state: host.recovery.state,
      madeBy: madeBy(process.env),
      guard: host.guard,
    });
    if (result.kind !== 'plan') return { exitCode: ExitCode.invalidConfig, summary: result.message };
    const planText = formatPlan(result.plan, Object.values(prepared.secrets));
    if (opts.dryRun) return dryRunResult(result.plan, Object.values(prepared.secrets), `backup plan ${result.id}`);
    const outcome = await runWithProgress(result.plan, transport, opts, mask);
    const archive = outcome.kind === 'completed' ? (outcome.results.archive as BackupResult['backup']) : undefined;
    const summary = summaryOf(outcome, archive, mask);
    const exitCode =
      outcome.kind === 'failed' && !outcome.disconnected ? ExitCode.rolledBackAfterFailure : exitCodeFor(outcome);
    if (!archive) return { exitCode, summary, outcome, planText };
    const stored = await copyToStores(transport, prepared.instance, archive.id, opts).catch((e: Error) => e);
    if (stored instanceof Error)
      return {
        exitCode: ExitCode.preflight,
        summary: `${summary}; copying it to the stores failed: ${mask(stored.message)} (the host keeps it)`,
        outcome,
        planText,
        backup: archive,
      };
    if (opts.verifyRestore) {
      const drill = await runRestore({ ...opts, from: archive.id, drill: true, dryRun: false });
      if (drill.exitCode !== ExitCode.ok)
        return {
          exitCode: drill.exitCode,
          summary: `${summary}; the restore drill failed: ${drill.summary}`,
          outcome,
          planText,
          backup: archive,
          stored,
        };
      return {
        exitCode,
        summary: `${summary}; restore drill passed: every table matched`,
        outcome,
        planText,
        backup: archive,
        stored,
      };
    }
    return { exitCode, summary, outcome, planText, backup: archive, stored };
  } finally {
    await transport.close();
  }
}

function summaryOf(outcome: RunOutcome, archive: BackupResult['backup'], mask: (t: string) => string): string {
  if (outcome.kind === 'completed' && archive)
    return `backup ${archive.id}: ${archive.bytes} bytes encrypted, sha256 ${archive.sha256}`;
  if (outcome.kind === 'failed' && outcome.disconnected) return lostConnectionAdvice(outcome.step.id);
  if (outcome.kind === 'failed') return `backup failed: ${mask(outcome.detail)}; no partial backup was left`;
  if (outcome.kind === 'locked') return `locked by ${mask(outcome.holder)}`;
  if (outcome.kind === 'stale') return 'the host changed while this run waited for the lock; run it again';
  return 'the backup step reported no archive';
}
