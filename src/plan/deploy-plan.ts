import { observeFunction } from '../host/observe.js';
import { unlockAfterWatch } from '../host/watch.js';
import { buildConvergePlan } from './converge-plan.js';
import { deployContext, type DeployContext } from './deploy-context.js';
import { deployFlip } from './deploy-flip.js';
import type { DeployPlanResult, DeployRequest } from './deploy-request.js';
import { stagingSteps } from './deploy-stage.js';
import { deployFailureRecord, deployTail } from './deploy-tail.js';
import { watchedFlip } from './deploy-watch.js';
import { MIN, unlockStep, planOf } from './steps.js';

/** Builds the whole deploy as data: no I/O, the same input gives the same plan. */
export function buildDeployPlan(req: DeployRequest): DeployPlanResult {
  const c = deployContext(req);
  const { inst, id, from, to, adopted } = c;
  const state = req.state;
  if (from && state.slots[from]?.release === id) return converge(c, from);
  if (state.hold?.release === id) {
    return {
      kind: 'held',
      message:
        `release ${id} was flipped back at ${state.hold.since} (${state.hold.reason}); it stays ` +
        `refused until the hold is released with \`slotflip release-hold\``,
    };
  }
  if (c.breakingLive && !req.allowBreaking) {
    return {
      kind: 'refused',
      message:
        `release ${id} declares migrations that break the running release; deploying it serves a ` +
        `maintenance page (503) while it migrates. Pass --allow-breaking to accept that`,
    };
  }
  if (c.siteRefusal) return { kind: 'refused', message: c.siteRefusal };
  const staging = stagingSteps(c);
  const flip = deployFlip(c);
  const tail = deployTail(c);
  const recordFailure = deployFailureRecord(c);
  const unlock = unlockStep(inst.id, req.run);
  const steps = observeFunction(c.served)
    ? watchedFlip(c, staging, { flip, tail, unlock, recordFailure })
    : [...staging, flip, ...tail];
  const notes = [
    ...(c.breakingLive
      ? [
          `release ${id} declares breaking migrations: users see a maintenance page (503, Retry-After) from ` +
            `the migration until the flip`,
        ]
      : []),
    ...(adopted
      ? [
          `first deploy over the adopted app (${adopted.version ?? 'version unknown'}): it serves until the ` +
            `flip, is the flip's way back, and is stopped after the observe window`,
        ]
      : from
        ? []
        : ['first deploy: there is no live slot to fall back to']),
  ];
  return {
    kind: 'plan',
    plan: planOf(req, inst.id, {
      release: { id, version: req.release.version },
      from,
      to,
      steps,
      pointOfNoReturn: c.breakingLive ? 'migrate' : undefined,
      finally: { ...unlock, ops: [unlockAfterWatch(inst.id, req.run)] },
      notes,
    }),
    recordFailure,
  };
}

/** Deploying the release already live: nothing to do, or finish what an interrupted run left (converge-plan.ts). */
function converge(c: DeployContext, live: NonNullable<DeployContext['from']>): DeployPlanResult {
  const { req, id } = c;
  const reason = req.converge;
  if (!reason) return { kind: 'nothing-to-do', message: `release ${id} is already live on the ${live} slot` };
  const plan = buildConvergePlan({
    ...req,
    live,
    release: { id, version: req.release.version },
    reason,
    maintenance: req.maintenance === true,
  });
  const nothing = {
    id: 'record-failure',
    phase: 'record' as const,
    title: 'nothing to record',
    timeoutMs: MIN,
    ops: [],
  };
  return { kind: 'plan', plan, recordFailure: () => nothing };
}
