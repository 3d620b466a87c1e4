import { runPlan, type RunOutcome } from '../engine/run.js';
import { ExitCode } from '../exit-codes.js';
import { buildBackupPlan } from '../plan/backup-plan.js';
import { formatPlan, masker } from '../plan/format.js';
import { connectTarget } from '../transport/connect.js';
import { exitCodeFor, type DeployOptions, type DeployResult } from './deploy.js';
import { prepare } from './prepare.js';
import { stepReporter } from './progress.js';
import { newRunId, owner, readHostWhenFree } from './run-context.js';

/** Where a backup was made, for its manifest: the workflow run when in GitHub, else who and where. */
function madeBy(env: NodeJS.ProcessEnv): Record<string, string> {
  const pick = (k: string) => (env[k] ? { [k.replace(/^GITHUB_/, '').toLowerCase()]: env[k]! } : {});
  return { by: owner(), ...pick('GITHUB_RUN_ID'), ...pick('GITHUB_WORKFLOW'), ...pick('GITHUB_EVENT_NAME'), ...pick('GITHUB_REF_NAME'), ...pick('GITHUB_REPOSITORY') };
}

export interface BackupResult extends DeployResult {
  backup?: { id: string; sha256: string; bytes: number };
}

/** `slotflip backup`: one encrypted archive of the instance on its host (the artifact and local stores come next). */
export async function runBackup(opts: Omit<DeployOptions, 'allowBreaking' | 'offline'>): Promise<BackupResult> {
  const prepared = await prepare({ ...opts, render: false });
  const mask = masker(Object.values(prepared.secrets));
  const transport = await connectTarget(prepared.instance, prepared.secrets);
  try {
    const host = await readHostWhenFree(transport, prepared.instance, Date.now() + opts.lockWaitMs, (l) => opts.log(`waiting for the lock: ${mask(l)}`));
    const result = buildBackupPlan({ run: newRunId(), owner: owner(), instance: prepared.instance, state: host.recovery.state, madeBy: madeBy(process.env), guard: host.guard });
    if (result.kind !== 'plan') return { exitCode: ExitCode.invalidConfig, summary: result.message };
    const planText = formatPlan(result.plan, Object.values(prepared.secrets));
    if (opts.dryRun) return { exitCode: ExitCode.ok, summary: `backup plan ${result.id}`, planText };
    const progress = stepReporter(opts.log, mask, opts.onEvent);
    const outcome = await runPlan(result.plan, transport, { onEvent: progress.onEvent, lockWaitMs: opts.lockWaitMs, signal: opts.signal }).finally(progress.stop);
    const archive = outcome.kind === 'completed' ? (outcome.results.archive as BackupResult['backup']) : undefined;
    const summary = summaryOf(outcome, archive, mask);
    return { exitCode: outcome.kind === 'failed' ? ExitCode.rolledBackAfterFailure : exitCodeFor(outcome), summary, outcome, planText, backup: archive };
  } finally {
    await transport.close();
  }
}

function summaryOf(outcome: RunOutcome, archive: BackupResult['backup'], mask: (t: string) => string): string {
  if (outcome.kind === 'completed' && archive) return `backup ${archive.id}: ${archive.bytes} bytes encrypted, sha256 ${archive.sha256}`;
  if (outcome.kind === 'failed') return `backup failed: ${mask(outcome.detail)}; no partial backup was left`;
  if (outcome.kind === 'locked') return `locked by ${mask(outcome.holder)}`;
  if (outcome.kind === 'stale') return 'the host changed while this run waited for the lock; run it again';
  return 'the backup step reported no archive';
}
