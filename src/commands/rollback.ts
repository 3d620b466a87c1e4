import { lostConnectionAdvice, type RunOutcome } from '../engine/outcome.js';
import type { Plan } from '../plan/types.js';
import { ExitCode } from '../exit-codes.js';
import { formatPlan, masker } from '../plan/format.js';
import { buildRollbackPlan, type RollbackRequest } from '../plan/rollback-plan.js';
import type { Instance } from '../config/environment.generated.js';
import { schemaThenAndNow, type RestoreMode } from '../host/db-marker.js';
import { layout } from '../shell/layout.js';
import type { HostState } from '../shell/state.js';
import { describeReceipt, parseReceipt } from '../host/receipt.js';
import type { Transport } from '../transport/transport.js';
import { exitCodeFor, type VerbOptions, type VerbResult } from '../session/verb.js';
import { dryRunResult, runWithProgress } from '../session/plan-run.js';
import { prepareAndConnect } from '../session/early-connect.js';
import type { EarlyHandshake } from '../session/early-handshake.js';
import { newRunId, owner, readHostWhenFree, releaseTakenLock } from '../session/run-context.js';

export interface RollbackOptions extends VerbOptions {
  /** A kept release id or version; default: the release on the other slot. */
  to?: string;
  /** Restore the backup the live release's deploy took: never (default), if-safe, force. */
  restoreDb?: 'never' | RestoreMode;
  /** A handshake the command started before this code loaded (cli/rollback-early.ts). */
  early?: EarlyHandshake;
}

export interface RollbackResult extends VerbResult {
  warm?: boolean;
  /** From the command's start (the process's) to the flip's confirmation through nginx. */
  trafficMovedMs?: number;
}

/** `slotflip rollback`: the previous release back in front of users, by the same flip a deploy uses. */
export async function runRollback(opts: RollbackOptions): Promise<RollbackResult> {
  const { prepared, transport } = await prepareAndConnect({ ...opts, render: false }, opts.early);
  const mask = masker(Object.values(prepared.secrets));
  const run = newRunId();
  // The host's state is the truth for a rollback: its read takes the lock when it is free (not for a dry run, which
  // changes nothing), so the plan needs no lock step. Given back unless the plan runs.
  let taken = false;
  try {
    const host = await readHostWhenFree(
      transport,
      prepared.instance,
      Date.now() + opts.lockWaitMs,
      (l) => opts.log(`waiting for the lock: ${mask(l)}`),
      opts.dryRun ? undefined : { run, owner: owner() },
    );
    taken = host.lockTaken;
    for (const n of host.recovery.notes) opts.log(`note: ${mask(n)}`);
    const restore = await restoreRequest(opts.restoreDb ?? 'never', prepared.instance, host.recovery.state, transport);
    if (restore.kind === 'refused') return { exitCode: ExitCode.preflight, summary: restore.message };
    if (restore.kind === 'skip') opts.log(`note: ${restore.message}`);
    const result = buildRollbackPlan({
      run,
      owner: owner(),
      now: new Date().toISOString(),
      instance: prepared.instance,
      state: host.recovery.state,
      running: host.probe.slotRunning,
      to: opts.to,
      guard: host.guard,
      // A dry run shows the plan the run would make: without the lock step when the lock is free now.
      lockTaken: host.lockTaken || (opts.dryRun === true && !host.probe.lock),
      restore: restore.kind === 'restore' ? restore.restore : undefined,
    });
    if (result.kind !== 'plan')
      return {
        exitCode: result.kind === 'nothing-to-do' ? ExitCode.nothingToDo : ExitCode.preflight,
        summary: result.message,
      };
    const { plan, warm } = result;
    const planText = formatPlan(plan, Object.values(prepared.secrets));
    if (opts.dryRun)
      return dryRunResult(
        plan,
        Object.values(prepared.secrets),
        `${warm ? 'warm' : 'cold'} rollback plan to ${plan.release.id}`,
        {
          warm,
        },
      );
    opts.log(
      `rollback ${run}: ${prepared.instance.id} ${plan.from} -> ${plan.to}, release ${plan.release.id} ` +
        `(${warm ? 'warm: only a flip' : 'cold: start and gate first'})`,
    );
    let trafficMovedMs: number | undefined;
    taken = false; // the plan's final step releases it
    const outcome = await runWithProgress(plan, transport, opts, mask, {
      watch: (e) => {
        if (e.kind === 'done' && e.step.id === 'flip' && e.result.code === 0)
          trafficMovedMs = Math.round(process.uptime() * 1000);
      },
      recordFailure: result.recordFailure,
    });
    const summary = summaryOf(plan, warm, outcome, trafficMovedMs, mask);
    const receipt = 'results' in outcome ? parseReceipt(outcome.results.receipt) : undefined;
    if (receipt) opts.log(`receipt: ${describeReceipt(receipt)}`);
    return {
      exitCode: exitCodeFor(outcome),
      summary,
      outcome,
      planText,
      release: plan.release.id,
      slot: outcome.kind === 'completed' ? plan.to : (plan.from ?? undefined),
      warm,
      trafficMovedMs,
      ...(receipt ? { receipt } : {}),
    };
  } finally {
    if (taken) await releaseTakenLock(transport, prepared.instance, run).catch(() => undefined);
    await transport.close();
  }
}

function summaryOf(
  plan: Plan,
  warm: boolean,
  outcome: RunOutcome,
  trafficMovedMs: number | undefined,
  mask: (t: string) => string,
): string {
  if (outcome.kind === 'locked') return `locked by ${mask(outcome.holder)}`;
  if (outcome.kind === 'stale') return 'the host changed while this run waited for the lock; run it again';
  if (outcome.kind === 'failed' && outcome.disconnected) return lostConnectionAdvice(outcome.step.id);
  if (outcome.kind === 'failed' && outcome.pastNoReturn)
    return (
      `${outcome.step.id} failed after the database was restored: ${mask(outcome.detail)}; the ` +
      (`maintenance page stays up. Operator needed: fix the ${plan.to} slot's release and run the rollback again, ` +
        `or deploy a release that runs on the restored schema`)
    );
  if (outcome.kind === 'failed')
    return (
      `${outcome.step.id} failed: ${mask(outcome.detail)}; ` +
      `${outcome.undone ? `still on the ${plan.from} slot` : 'ROLLBACK FAILED: operator needed'}`
    );
  const timing =
    trafficMovedMs === undefined
      ? ''
      : `; traffic on ${plan.release.id} ${trafficMovedMs} ms after the command started`;
  return (
    `rolled back to ${plan.release.id} on the ${plan.to} slot (${warm ? 'warm' : 'cold'})${timing}; ` +
    `the ${plan.from} slot's release is held until \`slotflip release-hold\``
  );
}

type RestoreDecision =
  | { kind: 'none' }
  | { kind: 'skip'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'restore'; restore: NonNullable<RollbackRequest['restore']> };

/**
 * Whether this rollback restores the database: only with a backup taken by the live release's deploy, and (if-safe)
 * only when the schema changed since.
 */
async function restoreRequest(
  mode: 'never' | RestoreMode,
  inst: Instance,
  state: HostState,
  transport: Transport,
): Promise<RestoreDecision> {
  if (mode === 'never') return { kind: 'none' };
  const db = inst.database;
  const dump = state.active ? state.slots[state.active]?.backup : undefined;
  if (!db || !dump)
    return {
      kind: 'refused',
      message:
        `--restore-db ${mode}: the deploy of the live release took no backup to restore (no database ` +
        `configured, or deployed before backups carried a marker)`,
    };
  const r = await transport.script(schemaThenAndNow(layout(inst.id), db, dump), { timeoutMs: 30_000 });
  const [then = '', now = ''] = r.stdout.split('\n').map((x) => x.trim());
  if (r.code !== 0 || !then)
    return {
      kind: 'refused',
      message:
        `--restore-db ${mode}: backup ${dump} or its marker is missing on the ` +
        `host${r.stderr.trim() ? ` (${r.stderr.trim()})` : ''}`,
    };
  if (then === now && mode === 'if-safe')
    return { kind: 'skip', message: `the schema has not changed since backup ${dump}: the database stays as it is` };
  return { kind: 'restore', restore: { mode, dump, db } };
}
