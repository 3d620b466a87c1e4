import { lostConnectionAdvice, type RunOutcome } from '../engine/outcome.js';
import { ExitCode } from '../exit-codes.js';
import { driftScript } from '../host/drift.js';
import { parseDrift } from '../facts/drift.js';
import { parseState, type HostState } from '../shell/state.js';
import { describeReceipt, parseReceipt } from '../host/receipt.js';
import { buildDeployPlan } from '../plan/deploy-plan.js';
import type { DeployPlanResult } from '../plan/deploy-request.js';
import type { ReleaseArtifact } from '../plan/deploy-request.js';
import { formatPlan, masker } from '../plan/format.js';
import { publicUrl } from '../config/public-url.js';
import type { Plan } from '../plan/types.js';
import type { Instance } from '../config/environment.generated.js';
import { connectTarget } from '../transport/connect.js';
import type { Transport } from '../transport/transport.js';
import { loadRelease, prepare, type Prepared } from '../session/prepare.js';
import { exitCodeFor, type VerbOptions, type VerbResult } from '../session/verb.js';
import { dryRunResult, runWithProgress } from '../session/plan-run.js';
import { overlapOf } from '../session/overlap.js';
import { filesDirToCreate } from '../presets/data-dir.js';
import { newRunId, owner, readHostWhenFree, type Host } from '../session/run-context.js';

export interface DeployOptions extends VerbOptions {
  allowBreaking: boolean;
  offline?: boolean;
}

export type DeployResult = VerbResult;

async function readDrift(transport: Transport, state: HostState): Promise<string[]> {
  const script = driftScript(state);
  if (!script) return [];
  const r = await transport.script(script, { timeoutMs: 30_000 });
  return parseDrift(state, r.stdout);
}

function refusal(result: Exclude<DeployPlanResult, { kind: 'plan' }>): DeployResult {
  const code =
    result.kind === 'nothing-to-do'
      ? ExitCode.nothingToDo
      : result.kind === 'held'
        ? ExitCode.releaseHeld
        : ExitCode.preflight;
  return { exitCode: code, summary: result.message };
}

/** plan (dryRun) and deploy share everything up to the executor: the deploy runs exactly the plan it prints. */
export async function runDeploy(opts: DeployOptions): Promise<DeployResult> {
  const prepared = await prepare(opts);
  const release = await loadRelease(prepared.instance);
  const mask = masker(Object.values(prepared.secrets));
  const transport = opts.offline ? undefined : await connectTarget(prepared.instance, prepared.secrets);
  try {
    // Planned from what the host says now; if another run changed the host before our lock was taken (we waited for
    // it), the lock step says so and we plan again from the new state instead of acting on a stale plan.
    const waitUntil = Date.now() + opts.lockWaitMs;
    for (let attempt = 1; ; attempt++) {
      const host = transport
        ? await readHostWhenFree(transport, prepared.instance, waitUntil, (l) =>
            opts.log(`waiting for the lock: ${mask(l)}`),
          )
        : undefined;
      const result = await planAndRun(opts, prepared, release, mask, transport, host);
      if (result.outcome?.kind !== 'stale' || attempt >= 3) return result;
      opts.log('note: the host changed while this run waited for the lock; planning again');
    }
  } finally {
    await transport?.close();
  }
}

async function planAndRun(
  opts: DeployOptions,
  prepared: Prepared,
  release: ReleaseArtifact,
  mask: (t: string) => string,
  transport: Transport | undefined,
  host: Host | undefined,
): Promise<DeployResult> {
  const run = newRunId();
  const state = host?.recovery.state ?? parseState('null', prepared.instance.id);
  for (const n of host?.recovery.notes ?? []) opts.log(`note: ${mask(n)}`);
  const drift = transport ? await readDrift(transport, state) : [];
  const driftText = drift.length
    ? `drift (the deploy overwrites these; move lasting changes into ` +
      `templates/):\n${drift.map((d) => `  ${d}`).join('\n')}\n\n`
    : '';
  for (const d of drift) opts.log(`warning: drift: ${d}`);
  const recoveryText = host?.recovery.notes.length
    ? `${host.recovery.notes.map((n) => `note: ${n}`).join('\n')}\n\n`
    : '';
  const result = buildDeployPlan({
    run,
    owner: owner(),
    now: new Date().toISOString(),
    instance: prepared.instance,
    files: prepared.files,
    release,
    state,
    allowBreaking: opts.allowBreaking,
    guard: host?.guard,
    maintenance: host?.probe.maintenance,
    converge: host?.recovery.converge,
    smoke: prepared.smoke,
    dataDir: filesDirToCreate(prepared.instance, prepared.preset),
  });
  if (result.kind !== 'plan') return { ...refusal(result), planText: recoveryText + driftText || undefined };
  const planText = recoveryText + driftText + formatPlan(result.plan, Object.values(prepared.secrets));
  if (opts.dryRun || !transport)
    return {
      ...dryRunResult(
        result.plan,
        Object.values(prepared.secrets),
        `plan for ${result.plan.release.id} on the ${result.plan.to} slot`,
      ),
      planText,
    };
  opts.log(
    `deploy ${run}: ${prepared.instance.id} ` +
      (`${result.plan.from ? `${result.plan.from} -> ` : ''}${result.plan.to}, release ${result.plan.release.id} ` +
        `(${result.plan.steps.length} steps)`),
  );
  const outcome = await runWithProgress(result.plan, transport, opts, mask, { recordFailure: result.recordFailure });
  const exitCode = exitCodeFor(outcome);
  const overlap = outcome.kind === 'completed' ? overlapOf(result.plan, outcome.timings, prepared.instance) : undefined;
  if (overlap) opts.log(`overlap: ${overlap.text}`);
  const receipt = 'results' in outcome ? parseReceipt(outcome.results.receipt) : undefined;
  if (receipt) opts.log(`receipt: ${describeReceipt(receipt)}`);
  const summary = summaryOf(result.plan, outcome, mask, flipBackText(result.plan, state, prepared.instance));
  // The one derivation (wildcard names, non-default ports) that templates and the after-flip checks use too.
  const url = publicUrl(prepared.instance) || undefined;
  return {
    exitCode,
    summary,
    outcome,
    planText,
    url,
    release: result.plan.release.id,
    slot: outcome.kind === 'completed' ? result.plan.to : (result.plan.from ?? undefined),
    ...(overlap ? { overlapSeconds: Math.round(overlap.seconds * 10) / 10 } : {}),
    ...(receipt ? { receipt } : {}),
  };
}

/**
 * What a failure after the flip left serving. A first deploy has no earlier slot to flip back to: its undo stops the
 * new slot, so nothing of the instance serves (or, over an adopted app, the adopted app serves again).
 */
export function flipBackText(plan: Plan, state: HostState, inst: Instance): string {
  if (plan.from)
    return (
      `flipped back to the ${plan.from} ` +
      (`slot${state.slots[plan.from] ? ` (release ${state.slots[plan.from]!.release})` : ''} and held release ` +
        `${plan.release.id}`)
    );
  if (state.adopted) return `flipped back to the app slotflip adopted and held release ${plan.release.id}`;
  const names = inst.nginx?.server_names.join(', ');
  return (
    `this was the instance's first deploy, so there was no earlier slot to flip back to: the ` +
    (`${plan.to} slot was stopped and nothing of ${inst.id} serves ` +
      (`now${names ? ` (nginx answers 502 for ${names})` : ''}; release ${plan.release.id} is held: fix it, run ` +
        `\`slotflip release-hold\`, and deploy again`))
  );
}

function summaryOf(plan: Plan, outcome: RunOutcome, mask: (t: string) => string, flippedBack: string): string {
  if (outcome.kind === 'completed') return `deployed ${plan.release.id} on the ${plan.to} slot`;
  if (outcome.kind === 'locked') return `locked by ${mask(outcome.holder)}`;
  if (outcome.kind === 'stale') return 'the host kept changing while this run waited for the lock; run it again';
  if (outcome.disconnected) return lostConnectionAdvice(outcome.step.id);
  if (outcome.pastNoReturn) {
    return (
      `${outcome.step.id} failed after the breaking migration: ${mask(outcome.detail)}; the ` +
      (`maintenance page stays up. Operator needed: fix and deploy ${plan.release.id} again, or restore the backup ` +
        `taken by this run`)
    );
  }
  const after = outcome.undone
    ? outcome.trafficMoved
      ? flippedBack
      : 'nothing changed for users'
    : 'ROLLBACK FAILED: operator needed';
  return `${outcome.step.id} failed: ${mask(outcome.detail)}; ${after}`;
}
