import { runPlan, type RunOutcome, type StepEvent } from '../engine/run.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { driftScript, parseDrift } from '../host/drift.js';
import { parseState, type HostState } from '../host/state.js';
import { buildDeployPlan, type DeployPlanResult } from '../plan/deploy-plan.js';
import { formatPlan, masker } from '../plan/format.js';
import { connectTarget } from '../transport/connect.js';
import type { Transport } from '../transport/transport.js';
import { loadRelease, prepare, type PrepareOptions } from './prepare.js';
import { newRunId, owner, readState } from './run-context.js';

export interface DeployOptions extends PrepareOptions {
  allowBreaking: boolean;
  lockWaitMs: number;
  dryRun: boolean;
  offline?: boolean;
  log: (line: string) => void;
  signal?: AbortSignal;
  /** Replaces the terminal's step lines (the action groups steps and fences remote output). Text is already masked. */
  onEvent?: (e: StepEvent, mask: (text: string) => string) => void;
}

export interface DeployResult {
  exitCode: ExitCodeValue;
  /** The URL users reach the instance at (for the job's environment url and the deployment record). */
  url?: string;
  summary: string;
  outcome?: RunOutcome;
  planText?: string;
  release?: string;
  slot?: string;
}

async function readDrift(transport: Transport, state: HostState): Promise<string[]> {
  const script = driftScript(state);
  if (!script) return [];
  const r = await transport.script(script, { timeoutMs: 30_000 });
  return parseDrift(state, r.stdout);
}

/** The exit code an outcome means (documented in the README). */
export function exitCodeFor(outcome: RunOutcome): ExitCodeValue {
  if (outcome.kind === 'completed') return ExitCode.ok;
  if (outcome.kind === 'locked') return ExitCode.locked;
  if (!outcome.undone) return ExitCode.rollbackFailed;
  if (outcome.step.id === 'gate' && !outcome.cancelled) return ExitCode.healthGateRolledBack;
  if (outcome.step.id === 'preflight' && !outcome.cancelled) return ExitCode.preflight;
  return ExitCode.rolledBackAfterFailure;
}

function refusal(result: Exclude<DeployPlanResult, { kind: 'plan' }>): DeployResult {
  const code = result.kind === 'nothing-to-do' ? ExitCode.nothingToDo : ExitCode.preflight;
  return { exitCode: code, summary: result.message };
}

/** plan (dryRun) and deploy share everything up to the executor: the deploy runs exactly the plan it prints. */
export async function runDeploy(opts: DeployOptions): Promise<DeployResult> {
  const prepared = await prepare(opts);
  const release = await loadRelease(prepared.instance);
  const mask = masker(Object.values(prepared.secrets));
  const run = newRunId();
  const transport = opts.offline ? undefined : await connectTarget(prepared.instance, prepared.secrets);
  try {
    const state = transport ? await readState(transport, prepared.instance.id) : parseState('null', prepared.instance.id);
    const drift = transport ? await readDrift(transport, state) : [];
    const driftText = drift.length ? `drift (the deploy overwrites these; move lasting changes into templates/):\n${drift.map((d) => `  ${d}`).join('\n')}\n\n` : '';
    for (const d of drift) opts.log(`warning: drift: ${d}`);
    const result = buildDeployPlan({ run, owner: owner(), now: new Date().toISOString(), instance: prepared.instance, files: prepared.files, release, state, allowBreaking: opts.allowBreaking });
    if (result.kind !== 'plan') return { ...refusal(result), planText: driftText || undefined };
    const planText = driftText + formatPlan(result.plan, Object.values(prepared.secrets));
    if (opts.dryRun || !transport) return { exitCode: ExitCode.ok, summary: `plan for ${result.plan.release.id} on the ${result.plan.to} slot`, planText };
    opts.log(`deploy ${run}: ${prepared.instance.id} ${result.plan.from ? `${result.plan.from} -> ` : ''}${result.plan.to}, release ${result.plan.release.id} (${result.plan.steps.length} steps)`);
    const terminal = (e: StepEvent) => {
      if (e.kind === 'start') opts.log(`${e.index < e.total ? `[${e.index + 1}/${e.total}]` : '[end]'} ${e.step.title} ...`);
      else if (e.kind === 'done') opts.log(`      ${e.result.code === 0 ? 'ok' : `FAILED (exit ${e.result.code})`} in ${(e.ms / 1000).toFixed(1)} s${e.result.code === 0 ? '' : `: ${mask(e.result.stderr.trim().split('\n').slice(-6).join('\n        '))}`}`);
      else if (e.kind === 'note') opts.log(`      note: ${mask(e.text)}`);
      else if (e.kind === 'undo') opts.log(`      undo ${e.step.id}: ${e.result.code === 0 ? 'ok' : `FAILED: ${mask(e.result.stderr.trim())}`}`);
      else opts.log(`      waiting for the lock: ${mask(e.holder)}`);
    };
    const onEvent = opts.onEvent ? (e: StepEvent) => opts.onEvent!(e, mask) : terminal;
    const outcome = await runPlan(result.plan, transport, { onEvent, recordFailure: result.recordFailure, lockWaitMs: opts.lockWaitMs, signal: opts.signal });
    const ponr = result.plan.pointOfNoReturn ? result.plan.steps.findIndex((s) => s.id === result.plan.pointOfNoReturn) : -1;
    const pastNoReturn = outcome.kind === 'failed' && ponr >= 0 && result.plan.steps.indexOf(outcome.step) >= ponr;
    const exitCode = pastNoReturn ? ExitCode.rollbackFailed : exitCodeFor(outcome);
    const summary =
      outcome.kind === 'completed'
        ? `deployed ${result.plan.release.id} on the ${result.plan.to} slot`
        : outcome.kind === 'locked'
          ? `locked by ${mask(outcome.holder)}`
          : pastNoReturn
            ? `${outcome.step.id} failed after the breaking migration: ${mask(outcome.detail)}; the maintenance page stays up. Operator needed: fix and deploy ${result.plan.release.id} again, or restore the backup taken by this run`
            : `${outcome.step.id} failed: ${mask(outcome.detail)}; ${outcome.undone ? (outcome.trafficMoved ? `flipped back to the ${result.plan.from} slot and held release ${result.plan.release.id}` : 'nothing changed for users') : 'ROLLBACK FAILED: operator needed'}`;
    const nginx = prepared.instance.nginx;
    const url = nginx ? `${nginx.tls?.enabled ? 'https' : 'http'}://${nginx.server_names[0]}` : undefined;
    return { exitCode, summary, outcome, planText, url, release: result.plan.release.id, slot: outcome.kind === 'completed' ? result.plan.to : (result.plan.from ?? undefined) };
  } finally {
    await transport?.close();
  }
}

