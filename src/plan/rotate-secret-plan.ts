import type { Instance } from '../config/environment.generated.js';
import { resolved } from '../config/resolved.js';
import { confirmThroughNginx, flipTo } from '../host/flip.js';
import { otherSlot } from '../shell/layout.js';
import { observeWindow } from '../host/observe.js';
import { versionOf } from '../host/release.js';
import { startSlot, stopSlot } from '../host/slot-units.js';
import { withHistory, type HostState, type HostGuard } from '../shell/state.js';
import type { RenderedFile } from '../shell/ops.js';
import { writeRendered as write } from './site-ops.js';
import { enableStep, flipStep, gateStep, lockStep, MIN, recordStep, retireStep, unlockStep, planOf } from './steps.js';
import type { Plan, Step } from './types.js';

export interface SecretRotationRequest {
  run: string;
  owner: string;
  now: string;
  instance: Instance;
  state: HostState;
  /** Every file rendered with today's secret, and with the new one. */
  files: { old: readonly RenderedFile[]; rotated: readonly RenderedFile[] };
  guard?: HostGuard;
  /** What users notice (the app's preset says it; a generic default otherwise). */
  notice?: string;
}

export type SecretRotationResult = { kind: 'plan'; plan: Plan } | { kind: 'refused'; message: string };

/**
 * `slotflip rotate app-secret`: the app's shared secret cannot be valid twice (an app holds one signing key), so the
 * switch is a blue-green restart: the files with the new secret are written (a running slot read its own at start),
 * the idle slot starts on the live release with them, passes the gate and takes the traffic; the old slot drains and
 * stops. Requests never fail; sessions signed with the old secret end, which is what users notice.
 */
export function buildSecretRotationPlan(req: SecretRotationRequest): SecretRotationResult {
  const { instance: inst, state } = req;
  const live = state.active;
  const slot = live ? state.slots[live] : undefined;
  if (!live || !slot)
    return {
      kind: 'refused',
      message: `${inst.id} is not deployed on this host: set the new secret before the first deploy instead`,
    };
  const idle = otherSlot(live);
  const version = versionOf(slot.release);
  const components = Object.keys(inst.app.components);
  const oldByPath = new Map(req.files.old.map((f) => [f.path, f]));
  const changed = req.files.rotated.filter((f) => oldByPath.get(f.path)?.content !== f.content);
  if (changed.length === 0)
    return {
      kind: 'refused',
      message:
        `no template of ${inst.app.name} uses app.shared_secret, so a new secret would change ` +
        `nothing: use it in templates/${inst.app.name}/`,
    };
  const confirm = confirmThroughNginx(inst, version);
  const observe = observeWindow(inst);
  const next: HostState = withHistory(
    { ...state, active: idle, slots: { ...state.slots, [idle]: { ...slot, since: req.now } } },
    {
      run: req.run,
      op: 'rotate',
      release: slot.release,
      slot: idle,
      result: 'ok',
      at: req.now,
      detail:
        `app.shared_secret rotated: the ${idle} slot serves with the new secret, sessions signed with ` +
        `the old one ended`,
    },
  );
  const steps: Step[] = [
    lockStep(inst.id, req),
    {
      id: 'stage',
      phase: 'stage',
      title: `the files holding the shared secret, with the new one (${changed.map((f) => f.path).join(', ')})`,
      timeoutMs: MIN,
      ops: changed.map((f) => write(f)),
      undo: changed.map((f) => write(oldByPath.get(f.path)!)),
    },
    {
      id: 'start',
      phase: 'start',
      title: `start the ${idle} slot on ${slot.release} with the new secret`,
      timeoutMs: 2 * MIN,
      ops: [startSlot(inst.id, idle, slot.release, components)],
      undo: [stopSlot(inst.id, idle, components)],
    },
    gateStep(inst, idle, version),
    flipStep(idle, [flipTo(inst, idle), ...(confirm ? [confirm] : [])], [flipTo(inst, live)]),
    ...(observe
      ? [
          {
            id: 'observe',
            phase: 'observe' as const,
            title: `observe the ${idle} slot through nginx`,
            timeoutMs: resolved(inst).observe * 1000 + MIN,
            ops: [observe],
          },
        ]
      : []),
    // No keep-warm window: the old slot holds the old secret, and a flip back to it would revive the old sessions.
    retireStep(
      inst,
      live,
      { keepWarm: 0, drain: resolved(inst).drain },
      `drain and stop the ${live} slot (the old secret's last holder)`,
    ),
    enableStep(inst, idle),
    recordStep(inst.id, next, 'record the rotation'),
  ];
  return {
    kind: 'plan',
    plan: planOf(req, inst.id, {
      release: { id: slot.release, version },
      from: live,
      to: idle,
      steps,
      // Once the old slot is stopped, flipping back would reach nothing: from there the run goes forward only.
      pointOfNoReturn: 'retire',
      finally: unlockStep(inst.id, req.run),
      notes: [
        `rotate the shared secret of ${inst.id}: the ${idle} slot starts on ${slot.release} with the new ` +
          `secret and takes the traffic; the ${live} slot drains and stops`,
        `users notice: ` +
          (`${req.notice ?? 'sessions signed with the old secret end, so everyone signed in must sign in again'}; ` +
            `requests in flight are not affected`),
      ],
    }),
  };
}
