import { resolved } from '../config/resolved.js';
import { confirmThroughNginx, flipTo } from '../host/flip.js';
import { layout, otherSlot, type Slot } from '../shell/layout.js';
import { pgpassLine, type AdminLogin } from '../host/pg-admin.js';
import { versionOf } from '../host/release.js';
import { retireSlot, startSlot, stopSlot } from '../host/slot-units.js';
import { createRotatingRole, dropRotatingRole, rotatingRole, setAppPassword } from '../host/rotate.js';
import { withHistory, type HostState } from '../shell/state.js';
import type { RenderedFile } from '../shell/ops.js';
import { writeRendered as write } from './site-ops.js';
import { enableStep, flipStep, gateStep, lockStep, MIN, recordStep, retireStep, unlockStep, planOf } from './steps.js';
import type { Plan, Step } from './types.js';
import type { RotateRequest } from './rotate-request.js';

export type { RotateRequest } from './rotate-request.js';

export type RotatePlanResult = { kind: 'plan'; plan: Plan } | { kind: 'refused'; message: string };

/**
 * `slotflip rotate db-password`: the idle slot starts on a temporary login with the new password and takes the
 * traffic; the live slot drains and stops; the app's role gets the new password (the point of no return: the old
 * password stops working); the first slot starts again with it and takes the traffic back; the temporary slot drains,
 * stops and its login is dropped. Two flips, no restart of a serving slot, no failed request.
 */
export function buildRotatePlan(req: RotateRequest): RotatePlanResult {
  const { instance: inst, state } = req;
  const db = inst.database;
  if (!db) return { kind: 'refused', message: `${inst.id} has no database password to rotate` };
  const live = state.active;
  const release = live ? state.slots[live]?.release : undefined;
  if (!live || !release)
    return {
      kind: 'refused',
      message:
        `${inst.id} is not deployed on this host: rotate the password where it runs, or set the new ` +
        `secret before the first deploy`,
    };
  const idle: Slot = otherSlot(live);
  const l = layout(inst.id);
  const version = versionOf(release);
  const components = Object.keys(inst.app.components);
  const dir = `${l.root}/rotate-${req.run}`;
  const r: AdminLogin = { db, admin: { user: req.admin.user, pgpass: `${dir}/admin.pgpass` } };
  const pw = `${dir}/new.password`;
  const slotFile = (files: readonly RenderedFile[], slot: Slot) => files.find((f) => f.path === l.slotEnv(slot));
  const [oldIdle, movingIdle, rotatedLive, rotatedIdle] = [
    slotFile(req.files.old, idle),
    slotFile(req.files.moving, idle),
    slotFile(req.files.rotated, live),
    slotFile(req.files.rotated, idle),
  ];
  if (!oldIdle || !movingIdle || !rotatedLive || !rotatedIdle)
    return { kind: 'refused', message: `${inst.id} has no slot environment files to carry the database credentials` };
  if (movingIdle.content === oldIdle.content) {
    return {
      kind: 'refused',
      message:
        `templates/${inst.app.name}/slot.env.liquid does not use database.user and ` +
        (`database.password, so both slots must share one password and it cannot change without a restart of the ` +
          `live slot: move the database credentials from app.env.liquid into slot.env.liquid`),
    };
  }
  // Everything else that holds the password (slotflip's pgpass, shared settings) moves with the app's role.
  const oldByPath = new Map(req.files.old.map((f) => [f.path, f.content]));
  const shared = req.files.rotated.filter(
    (f) => f.path !== l.slotEnv(live) && f.path !== l.slotEnv(idle) && oldByPath.get(f.path) !== f.content,
  );
  // The first gate is `gate`, as in a deploy: its failure means exit 10 (health gate failed, undone).
  const gate = (slot: Slot, id: string): Step => ({ ...gateStep(inst, slot, version), id });
  const confirm = confirmThroughNginx(inst, version);
  const flip = (to: Slot, from: Slot, id: string): Step => ({
    ...flipStep(to, [flipTo(inst, to), ...(confirm ? [confirm] : [])], [flipTo(inst, from)]),
    id,
  });
  const drain = resolved(inst).drain;
  const tmp = rotatingRole(db.user);
  const rotated: HostState = withHistory(state, {
    run: req.run,
    op: 'rotate',
    release,
    slot: live,
    result: 'ok',
    at: req.now,
    detail: `database password of ${db.user} rotated through the temporary login ${tmp}`,
  });

  const steps: Step[] = [
    lockStep(inst.id, req),
    {
      id: 'stage',
      phase: 'stage',
      title:
        `the admin login and the new password (0600, in ${dir}); the ${idle} slot's settings for the ` +
        `temporary login`,
      timeoutMs: MIN,
      ops: [
        { kind: 'run', argv: ['install', '-d', '-m', '0700', dir] },
        {
          kind: 'write',
          path: r.admin.pgpass,
          content: pgpassLine(db.host, db.port, req.admin.user, req.admin.password),
          mode: '0600',
          secret: true,
        },
        { kind: 'write', path: pw, content: req.newPassword, mode: '0600', secret: true },
        write(movingIdle),
      ],
      undo: [write(oldIdle)],
    },
    {
      id: 'login',
      phase: 'migrate',
      title: `temporary login ${tmp} with the new password`,
      timeoutMs: MIN,
      ops: [createRotatingRole(r, pw)],
      undo: [dropRotatingRole(r)],
    },
    {
      id: 'start-idle',
      phase: 'start',
      title: `start the ${idle} slot on ${release} with the temporary login`,
      timeoutMs: 2 * MIN,
      ops: [startSlot(inst.id, idle, release, components)],
      undo: [stopSlot(inst.id, idle, components)],
    },
    gate(idle, 'gate'),
    flip(idle, live, 'flip'),
    {
      id: 'drain',
      phase: 'drain',
      title: `drain and stop the ${live} slot (the old password's last user)`,
      timeoutMs: MIN,
      ops: [retireSlot(inst.id, live, components, 0, drain)],
      undo: [startSlot(inst.id, live, release, components)],
    },
    {
      id: 'password',
      phase: 'migrate',
      title: `the new password for ${db.user}`,
      timeoutMs: MIN,
      ops: [setAppPassword(r, pw)],
    },
    {
      id: 'settings',
      phase: 'stage',
      title: `the ${live} slot's settings and slotflip's own credentials with the new password`,
      timeoutMs: MIN,
      ops: [write(rotatedLive), ...shared.map((f) => write(f))],
    },
    {
      id: 'start-live',
      phase: 'start',
      title: `start the ${live} slot on ${release} with the new password`,
      timeoutMs: 2 * MIN,
      ops: [startSlot(inst.id, live, release, components)],
    },
    gate(live, 'gate-back'),
    flip(live, idle, 'flip-back'),
    enableStep(inst, live),
    retireStep(inst, idle, { keepWarm: 0, drain }, `drain and stop the ${idle} slot; drop ${tmp}`, [
      write(rotatedIdle),
      dropRotatingRole(r),
    ]),
    recordStep(inst.id, rotated, 'record the rotation'),
  ];
  return {
    kind: 'plan',
    plan: planOf(req, inst.id, {
      release: { id: release, version },
      from: live,
      to: live,
      steps,
      // Once the app's role has the new password, the old one opens nothing: undoing the steps before would start the
      // old slot on a password that no longer works. The temporary slot keeps serving; a run again finishes.
      pointOfNoReturn: 'settings',
      finally: unlockStep(inst.id, req.run, 'remove the credentials of the run; release the lock', [
        { kind: 'run', argv: ['rm', '-rf', dir] },
      ]),
      notes: [
        `rotate the database password of ${db.user} on ${inst.id} without a restart of a serving slot: the ` +
          (`${idle} slot takes the traffic on a temporary login ${tmp}, ${db.user} gets the new password, ` +
            `the ${live} ` +
            `slot takes the traffic back with it`),
        'users notice nothing: sessions and requests go on (the database password is not part of any session)',
      ],
    }),
  };
}
