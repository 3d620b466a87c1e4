import { createHash } from 'node:crypto';
import { retireAdopted } from '../host/adopt.js';
import { finishHandoff } from '../host/handoff.js';
import { maintenanceOff } from '../host/maintenance.js';
import { pruneDeployDumps, pruneReleases } from '../host/release.js';
import type { RenderedFile } from '../shell/ops.js';
import { withHistory, type HostState } from '../shell/state.js';
import type { DeployContext } from './deploy-context.js';
import { endsMaintenance } from './deploy-flip.js';
import { afterFlipWindows, siteBefore } from './site-ops.js';
import { enableStep, MIN, recordStep, retireStep } from './steps.js';
import type { Step } from './types.js';

/**
 * What a deploy does once the flip has held: the new slot starts at boot, the old one retires, the state is recorded.
 */
export function deployTail(c: DeployContext): Step[] {
  const { inst, l, from, to, adopted, handoff } = c;
  const { drain, keepWarm } = afterFlipWindows(inst);
  const tail: Step[] = [enableStep(inst, to)];
  if (adopted)
    tail.push({
      id: 'retire-adopted',
      phase: 'drain',
      title: 'drain and stop the app slotflip adopted',
      timeoutMs: 5 * MIN,
      ops: [
        retireAdopted(
          adopted,
          drain,
          Object.fromEntries(Object.entries(inst.app.components).map(([n, comp]) => [n, comp?.stop_signal])),
        ),
      ],
    });
  if (handoff)
    tail.push({
      id: 'handoff',
      phase: 'drain',
      title: `nginx takes port ${handoff.port} over from the stopped app (the redirect to ${handoff.via} goes)`,
      timeoutMs: MIN,
      ops: [finishHandoff(inst, true)],
    });
  if (from)
    tail.push(
      retireStep(
        inst,
        from,
        { keepWarm, drain },
        keepWarm > 0
          ? `schedule the ${from} slot to stop in ${Math.max(keepWarm, drain)} s (warm for a rollback until ` +
              `then; a timer on the host)`
          : `drain the ${from} slot for ${drain} s, then stop it`,
      ),
    );
  const success = successState(c);
  tail.push(
    recordStep(inst.id, success, 'record state and history; keep the newest releases', [
      pruneReleases(inst.id, success.releases),
      pruneDeployDumps(
        inst.id,
        Object.values(success.slots).flatMap((slot) => (slot?.backup ? [slot.backup] : [])),
      ),
      ...(c.site ? [{ kind: 'run' as const, argv: ['rm', '-f', siteBefore(l.site)] }] : []),
    ]),
  );
  return tail;
}

/** The host's state after a successful deploy: the new slot live, the newest releases kept. */
function successState(c: DeployContext): HostState {
  const { req, inst, l, id, from, to, adopted } = c;
  const state = req.state;
  const keep = [...new Set([...state.releases, id])].slice(-(req.keepReleases ?? 5));
  const liveIds = [id, ...(from && state.slots[from] ? [state.slots[from]!.release] : [])];
  return withHistory(
    {
      ...state,
      adopted: undefined,
      active: to,
      slots: {
        ...state.slots,
        [to]: {
          release: id,
          version: req.release.version,
          since: req.now,
          ...(inst.database ? { backup: `${l.backups}/${req.run}.dump` } : {}),
        },
      },
      releases: [...new Set([...keep, ...liveIds])],
      hold: state.hold?.release === id ? null : state.hold,
      rendered: renderedHashes(req.files),
    },
    {
      run: req.run,
      op: 'deploy',
      release: id,
      slot: to,
      result: 'ok',
      at: req.now,
      ...(adopted ? { detail: `took over from the adopted app (${adopted.version ?? 'version unknown'})` } : {}),
    },
  );
}

/** The step that records a failed deploy; a flip back holds the release so it is not deployed again unasked. */
export function deployFailureRecord(c: DeployContext) {
  const { req, inst, id, to } = c;
  return (flippedBack: boolean, detail: string): Step => {
    const failed: HostState = withHistory(
      { ...req.state, hold: flippedBack ? { release: id, reason: detail, since: req.now } : req.state.hold },
      {
        run: req.run,
        op: flippedBack ? 'flip-back' : 'deploy',
        release: id,
        slot: to,
        result: 'rolled-back',
        at: req.now,
        detail,
      },
    );
    const record = recordStep(inst.id, failed, 'record the failed deploy');
    return {
      ...record,
      id: 'record-failure',
      ops: [...(endsMaintenance(c) ? [] : [maintenanceOff(inst.id)]), ...record.ops],
    };
  };
}

function renderedHashes(files: readonly RenderedFile[]): Record<string, string> {
  return Object.fromEntries(
    files.filter((f) => !f.secret).map((f) => [f.path, createHash('sha256').update(f.content).digest('hex')]),
  );
}
