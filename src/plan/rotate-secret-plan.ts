import type { Instance } from '../config/environment.generated.js';
import { seconds } from '../config/duration.js';
import { confirmThroughNginx, flipTo } from '../host/flip.js';
import { healthGate } from '../host/health.js';
import { layout, otherSlot } from '../shell/layout.js';
import { acquireLock, LEASE_SECONDS, releaseLock } from '../host/lock.js';
import { observeWindow } from '../host/observe.js';
import { enableOnly, retireSlot, startSlot, stopSlot, versionOf } from '../host/release.js';
import { withHistory, type HostState } from '../shell/state.js';
import type { RenderedFile } from '../shell/ops.js';
import { writeRendered as write } from './site-ops.js';
import type { Plan, Step } from './types.js';

export interface SecretRotationRequest {
  run: string;
  owner: string;
  now: string;
  instance: Instance;
  state: HostState;
  /** Every file rendered with today's secret, and with the new one. */
  files: { old: readonly RenderedFile[]; rotated: readonly RenderedFile[] };
  guard?: { fingerprint: string; expect: string };
  /** What users notice (the app's preset says it; a generic default otherwise). */
  notice?: string;
}

export type SecretRotationResult = { kind: 'plan'; plan: Plan } | { kind: 'refused'; message: string };

const MIN = 60_000;

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
  const l = layout(inst.id);
  const idle = otherSlot(live);
  const version = versionOf(slot.release);
  const components = Object.keys(inst.app.components);
  const oldByPath = new Map(req.files.old.map((f) => [f.path, f]));
  const changed = req.files.rotated.filter((f) => oldByPath.get(f.path)?.content !== f.content);
  if (changed.length === 0)
    return {
      kind: 'refused',
      message: `no template of ${inst.app.name} uses app.shared_secret, so a new secret would change nothing: use it in templates/${inst.app.name}/`,
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
      detail: `app.shared_secret rotated: the ${idle} slot serves with the new secret, sessions signed with the old one ended`,
    },
  );
  const steps: Step[] = [
    {
      id: 'lock',
      phase: 'lock',
      title: 'take the lease lock',
      timeoutMs: MIN,
      ops: [acquireLock(l, { run: req.run, owner: req.owner, leaseSeconds: LEASE_SECONDS }, req.guard)],
    },
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
    {
      id: 'gate',
      phase: 'gate',
      title: `health gate on the ${idle} slot`,
      timeoutMs: seconds(inst.health.timeout, 60) * 1000 + MIN,
      ops: [healthGate(inst, idle, version)],
    },
    {
      id: 'flip',
      phase: 'flip',
      title: `flip traffic to the ${idle} slot`,
      timeoutMs: MIN,
      movesTraffic: true,
      ops: [flipTo(inst, idle), ...(confirm ? [confirm] : [])],
      undo: [flipTo(inst, live)],
    },
    ...(observe
      ? [
          {
            id: 'observe',
            phase: 'observe' as const,
            title: `observe the ${idle} slot through nginx`,
            timeoutMs: seconds(inst.windows?.observe, 30) * 1000 + MIN,
            ops: [observe],
          },
        ]
      : []),
    // No keep-warm window: the old slot holds the old secret, and a flip back to it would revive the old sessions.
    {
      id: 'retire',
      phase: 'drain',
      title: `drain and stop the ${live} slot (the old secret's last holder)`,
      timeoutMs: 2 * MIN,
      ops: [retireSlot(inst.id, live, components, 0, seconds(inst.windows?.drain, 10))],
    },
    {
      id: 'enable',
      phase: 'drain',
      title: `start the ${idle} slot at boot`,
      timeoutMs: MIN,
      ops: [enableOnly(inst.id, idle, components)],
    },
    {
      id: 'record',
      phase: 'record',
      title: 'record the rotation',
      timeoutMs: MIN,
      ops: [
        { kind: 'write', path: l.state, content: `${JSON.stringify(next, null, 2)}\n`, mode: '0644', secret: false },
      ],
    },
  ];
  return {
    kind: 'plan',
    plan: {
      format: 1,
      run: req.run,
      instance: inst.id,
      release: { id: slot.release, version },
      from: live,
      to: idle,
      steps,
      owner: req.owner,
      // Once the old slot is stopped, flipping back would reach nothing: from there the run goes forward only.
      pointOfNoReturn: 'retire',
      finally: {
        id: 'unlock',
        phase: 'record',
        title: 'release the lock',
        timeoutMs: MIN,
        ops: [releaseLock(l.lock, req.run)],
      },
      notes: [
        `rotate the shared secret of ${inst.id}: the ${idle} slot starts on ${slot.release} with the new secret and takes the traffic; the ${live} slot drains and stops`,
        `users notice: ${req.notice ?? 'sessions signed with the old secret end, so everyone signed in must sign in again'}; requests in flight are not affected`,
      ],
    },
  };
}
