import type { Instance } from '../config/environment.generated.js';
import { resolved } from '../config/resolved.js';
import { confirmThroughNginx, flipTo } from '../host/flip.js';
import { GATE_EXIT } from '../host/health.js';
import { layout, otherSlot, type Slot } from '../shell/layout.js';
import { maintenanceOff } from '../host/maintenance.js';
import { versionOf } from '../host/release.js';
import { finishRollbackReceipt, startRollbackProbe } from '../host/receipt.js';
import { markReceiptStart, markWatchesReported, watchPaths } from '../host/watch.js';
import { withHistory, type HostState, type HostGuard } from '../shell/state.js';
import { enableStep, flipStep, lockStep, MIN, recordStep, retireStep, unlockStep, planOf } from './steps.js';
import type { Plan, Step } from './types.js';
import type { Op } from '../shell/ops.js';
import { coldSlotSteps, warmSlotOps } from './rollback-prepare.js';
import { restoreSteps, type DumpRestore } from './rollback-restore.js';
import { resolveTarget } from './rollback-target.js';

export interface RollbackRequest {
  run: string;
  owner: string;
  now: string;
  instance: Instance;
  /** Reconciled state (host/recover.ts): `active` is the slot nginx really routes to. */
  state: HostState;
  /** Which slots have every unit running (from the probe). */
  running: Record<'blue' | 'green', boolean>;
  /** A release id or version to go to; default: the release on the other slot. */
  to?: string;
  guard?: HostGuard;
  /** The lock was taken with the host read (session/run-context.ts): no lock step, its work goes with the first. */
  lockTaken?: boolean;
  /** Restore the backup the live release's deploy took (the schema changed since): check, quiesce, restore, start. */
  restore?: DumpRestore;
}

export type RollbackPlanResult =
  | { kind: 'plan'; plan: Plan; warm: boolean; recordFailure: (flippedBack: boolean, detail: string) => Step }
  | { kind: 'nothing-to-do'; message: string }
  | { kind: 'refused'; message: string };

/** A rollback's short watch: the receipt counts the seconds after its flip (traffic has moved before they start). */
export const ROLLBACK_RECEIPT_SECONDS = 2;

/**
 * Back to the previous release (or any kept one) through the same flip a deploy uses. When the idle slot still runs
 * that release (the keep-warm window), it is only a flip: cancel the slot's retire timer, one health pass, flip.
 * Otherwise the idle slot is started on that release and gated first. The release rolled back from is held, so
 * the next deploy of it is refused until `release-hold`. The database is not touched.
 */
export function buildRollbackPlan(req: RollbackRequest): RollbackPlanResult {
  const { instance: inst, state } = req;
  const from = state.active;
  if (!from || !state.slots[from])
    return { kind: 'refused', message: `${inst.id} has no live release to roll back from` };
  const to: Slot = otherSlot(from);
  const previous = state.slots[to]?.release;
  const target = req.to ? resolveTarget(state, req.to) : previous;
  if (!target) {
    return {
      kind: 'refused',
      message: req.to
        ? `no kept release matches "${req.to}" (kept: ${state.releases.join(', ') || 'none'})`
        : `${inst.id} has no previous release on the host to roll back to`,
    };
  }
  const leaving = state.slots[from]!.release;
  if (target === leaving)
    return { kind: 'nothing-to-do', message: `release ${target} is already live on the ${from} slot` };
  const version = versionOf(target);
  const warm = target === previous && req.running[to] && !req.restore;
  const l = layout(inst.id);
  const setup: Op[] = [
    markWatchesReported(inst.id),
    { kind: 'run', argv: ['install', '-d', '-m', '0700', watchPaths(inst.id, req.run).dir] },
  ];
  const prober = startRollbackProbe(inst, req.run, version);
  const flipOp = flipTo(inst, to);
  const confirm = confirmThroughNginx(inst, version);
  const drain = resolved(inst).drain;
  const rolledBack: HostState = withHistory(
    {
      ...state,
      active: to,
      slots: {
        ...state.slots,
        [to]: {
          release: target,
          version,
          since: req.now,
          ...(state.slots[to]?.release === target && state.slots[to]?.backup
            ? { backup: state.slots[to]!.backup }
            : {}),
        },
      },
      hold: { release: leaving, reason: `rolled back to ${target} by ${req.owner}`, since: req.now },
    },
    {
      run: req.run,
      op: 'rollback',
      release: target,
      slot: to,
      result: 'ok',
      at: req.now,
      detail:
        `from ` +
        `${leaving}${
          warm ? ' (warm)' : ' ' + '(cold)'
        }${req.restore ? `; database restored from ${req.restore.dump} (${req.restore.mode})` : ''}`,
    },
  );
  const restore = req.restore ? restoreSteps(inst, from, req.restore) : [];
  const steps: Step[] = [
    ...restore,
    ...(warm ? [] : coldSlotSteps(inst, to, target, version)),
    {
      ...flipStep(
        to,
        [
          ...(warm ? warmSlotOps(inst, to, version) : []),
          ...(req.restore
            ? [flipTo(inst, to), maintenanceOff(inst.id), markReceiptStart(inst.id, req.run, l.accessLog)]
            : [markReceiptStart(inst.id, req.run, l.accessLog), flipOp]),
          ...(confirm ? [confirm] : []),
        ],
        [flipTo(inst, from)],
        warm ? `check the warm ${to} slot (${target}) answers; flip traffic to it` : undefined,
        // A slot its retire timer stopped in the moment before is started again and gated in this step.
        warm ? resolved(inst).healthTimeout * 1000 + MIN : undefined,
      ),
      // The warm slot's check runs ahead of the flip: failing it, the step has moved no traffic.
      ...(warm ? { exitBeforeTraffic: GATE_EXIT } : {}),
    },
    enableStep(inst, to),
    // The release rolled back from stops after the drain: it is the one that misbehaved, its jobs should not run on.
    // A timer on the host stops it after the drain; the command does not wait, so the title says so.
    retireStep(
      inst,
      from,
      { keepWarm: drain, drain },
      `schedule the ${from} slot to stop after a ${drain} s drain (a timer on the host)`,
    ),
    recordStep(inst.id, rolledBack, `record the rollback; hold ${leaving}`),
    {
      id: 'receipt',
      phase: 'record',
      title: `the receipt: what users saw across the flip, ${ROLLBACK_RECEIPT_SECONDS} s after it`,
      timeoutMs: MIN,
      ops: [finishRollbackReceipt(inst, req.run, version, ROLLBACK_RECEIPT_SECONDS)],
    },
  ];
  // The receipt counts only what its prober sees after the flip (host/receipt.ts). With the lock taken by the host
  // read there is no lock step: the prober starts in the first step, in the flip's right after the symlink moves, so
  // that its requests do not take the CPU the warm slot's check needs (two cores: each curl costs 25-35 ms).
  const [first, ...rest] = steps;
  const firstOps = first!.ops.includes(flipOp)
    ? [...setup, ...first!.ops.flatMap((o) => (o === flipOp ? [o, prober] : [o]))]
    : [...setup, prober, ...first!.ops];
  const planned = req.lockTaken
    ? [{ ...first!, ops: firstOps }, ...rest]
    : [
        lockStep(inst.id, req, { title: "take the lease lock; start the receipt's prober", after: [...setup, prober] }),
        ...steps,
      ];
  const recordFailure = (flippedBack: boolean, detail: string): Step => {
    const entry = { run: req.run, op: 'rollback' as const, release: target, slot: to, result: 'failed' as const };
    const failed = withHistory(state, {
      ...entry,
      at: req.now,
      detail: `${detail}${flippedBack ? '; flipped back' : ''}`,
    });
    return { ...recordStep(inst.id, failed, 'record the failed rollback'), id: 'record-failure' };
  };
  return {
    kind: 'plan',
    warm,
    recordFailure,
    plan: planOf(req, inst.id, {
      release: { id: target, version },
      from,
      to,
      steps: planned,
      ...(req.lockTaken ? { lockTaken: true as const } : {}),
      // Once the database is restored, the release rolled back from cannot serve again: a later failure needs an
      // operator.
      pointOfNoReturn: req.restore ? 'start' : undefined,
      finally: unlockStep(inst.id, req.run),
      notes: [
        `${warm ? 'warm' : 'cold'} rollback from ${leaving} to ${target}; ` +
          `${
            req.restore
              ? `the database is restored from ${req.restore.dump} behind the maintenance page ` +
                `(${req.restore.mode})`
              : 'the database is not touched'
          }`,
        ...(req.lockTaken ? ['the lease lock is taken with the host read, so there is no lock step'] : []),
      ],
    }),
  };
}
