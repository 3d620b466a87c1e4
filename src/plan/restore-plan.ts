import { layout, SLOTS } from '../shell/layout.js';
import { maintenanceOff, maintenanceOn } from '../host/maintenance.js';
import { versionOf } from '../host/release.js';
import { dropFresh, restoreFiles, restoreShared, swapBack, swapIn, type RestoreDb } from '../host/restore.js';
import { DUMP_PARTS } from '../host/dump-codec.js';
import { receiveDir, removeRestoreDir, restoreIntoFresh } from '../host/restore-into.js';
import { pgpassLine } from '../host/pg-admin.js';
import { quote } from '../shell/quote.js';
import type { Op } from '../shell/ops.js';
import type { Plan, Step } from './types.js';
import type { RestoreRequest } from './restore-request.js';
import { liveSlotBack } from './restore-reopen.js';
import { lockStep, MIN, unlockStep } from './steps.js';

export type { RestoreRequest } from './restore-request.js';

export type RestorePlanResult = { kind: 'plan'; plan: Plan } | { kind: 'refused'; message: string };

/** A PostgreSQL identifier made of the database name and the run (at most 63 bytes). */
const dbName = (name: string, what: string, run: string) =>
  `${name.slice(0, 33)}_${what}_${run
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 20)}`;

/**
 * `slotflip restore`: the backup into a new database while the live one serves, then behind the maintenance page the
 * live slot stops, the databases swap by renames, the files and (on a new host) the shared config and state come
 * back, the slot starts and is gated. Every step before the last has an undo: a failure puts the old database and
 * files back and the old slot serving. A drill restores into a scratch database only, compares and drops it.
 */
export function buildRestorePlan(req: RestoreRequest): RestorePlanResult {
  const inst = req.instance;
  const db = inst.database;
  if (!db) return { kind: 'refused', message: `${inst.id} has no database to restore` };
  const dumpPart = DUMP_PARTS.find((p) => req.backup.sizes[p]);
  if (!dumpPart) return { kind: 'refused', message: `backup ${req.backup.id} holds no database dump` };
  const l = layout(inst.id);
  const dir = req.dir;
  const r: RestoreDb = {
    db,
    admin: { user: req.admin.user, pgpass: `${dir}/admin.pgpass` },
    fresh: dbName(db.name, req.drill ? 'drill' : 'restore', req.run),
    aside: dbName(db.name, 'before', req.run),
  };
  const pgpass: Op = {
    kind: 'write',
    path: r.admin.pgpass,
    content: pgpassLine(db.host, db.port, req.admin.user, req.admin.password),
    mode: '0600',
    secret: true,
  };
  const appPassword: Op = {
    kind: 'write',
    path: `${dir}/app.password`,
    content: req.appPassword,
    mode: '0600',
    secret: true,
  };
  const stage: Step = {
    id: 'stage',
    phase: 'stage',
    title: 'a private directory for the archive; the credentials the restore connects with (0600)',
    timeoutMs: MIN,
    ops: [receiveDir(dir), pgpass, appPassword],
  };
  const intoFresh: Step = {
    id: 'restore-db',
    phase: 'backup',
    title: `restore into ${r.fresh} and compare with the backup`,
    timeoutMs: 120 * MIN,
    ops: [restoreIntoFresh(r, dir, `${dir}/app.password`, dumpPart, req.drill)],
    undo: [dropFresh(r)],
  };
  const common = {
    format: 1 as const,
    run: req.run,
    instance: inst.id,
    release: { id: req.backup.release ?? 'none', version: req.backup.release ? versionOf(req.backup.release) : 'none' },
    owner: req.owner,
  };

  if (req.drill) {
    return {
      kind: 'plan',
      plan: {
        ...common,
        from: req.state.active,
        to: req.state.active ?? 'blue',
        steps: [
          stage,
          intoFresh,
          {
            id: 'drop',
            phase: 'record',
            title: `drop the scratch database ${r.fresh}`,
            timeoutMs: 10 * MIN,
            ops: [dropFresh(r)],
          },
        ],
        finally: {
          id: 'cleanup',
          phase: 'record',
          title: 'remove the unpacked backup',
          timeoutMs: MIN,
          ops: [dropFresh(r), removeRestoreDir(dir)],
        },
        notes: [
          `restore drill: backup ${req.backup.id} into the scratch database ${r.fresh}, compared table by ` +
            `table, then dropped; nothing live is touched`,
        ],
      },
    };
  }

  const live = req.state.active;
  const liveRelease = live ? req.state.slots[live]?.release : undefined;
  const components = Object.keys(inst.app.components);
  const unitsOf = (slots: readonly string[]) =>
    slots.flatMap((s) => components.map((c) => quote(`${l.unit(c)}${s}`))).join(' ');
  const files =
    req.backup.sizes['files.tar'] !== undefined && inst.backups?.files_dir
      ? restoreFiles(
          { instance: inst.id, user: inst.app.user ?? inst.app.name },
          inst.backups.files_dir,
          dir,
          `${inst.backups.files_dir}.before-${req.run}`,
        )
      : undefined;
  const steps: Step[] = [lockStep(inst.id, req), stage, intoFresh];
  if (live && liveRelease) {
    steps.push({
      id: 'quiesce',
      phase: 'migrate',
      title: 'maintenance page on; stop both slots (no writes during the swap)',
      timeoutMs: 2 * MIN,
      ops: [maintenanceOn(inst.id), { kind: 'sh', text: `systemctl stop ${unitsOf(SLOTS)}` }],
      undo: [{ kind: 'sh', text: `systemctl start ${unitsOf([live])}` }, maintenanceOff(inst.id)],
    });
  }
  steps.push({
    id: 'swap',
    phase: 'migrate',
    title: `swap ${r.fresh} in as ${db.name}`,
    timeoutMs: 5 * MIN,
    ops: [swapIn(r)],
    undo: [swapBack(r)],
  });
  if (files)
    steps.push({
      id: 'files',
      phase: 'migrate',
      title: `restore ${inst.backups!.files_dir}`,
      timeoutMs: 60 * MIN,
      ops: [files.op],
      undo: [files.undo],
    });
  steps.push({
    id: 'shared',
    phase: 'migrate',
    title: 'shared config, secrets and state (a new host only)',
    timeoutMs: MIN,
    ops: [restoreShared(l, dir)],
  });
  if (live && liveRelease) steps.push(...liveSlotBack(req, r, live, liveRelease, files !== undefined, unitsOf));
  return {
    kind: 'plan',
    plan: {
      ...common,
      from: live,
      to: live ?? 'blue',
      steps,
      finally: unlockStep(inst.id, req.run, 'remove the unpacked backup; release the lock', [removeRestoreDir(dir)]),
      notes: [
        `backup ${req.backup.id} (release ${req.backup.release ?? 'none'}, schema ` +
          (`${req.backup.schema || 'none'}, made ${req.backup.created}) into a new database, swapped in ` +
            (`${live ? 'behind the maintenance page' : '(nothing is deployed on this host yet)'}; the ` +
              `current database ` +
              `is kept as ${r.aside}`)),
      ],
    },
  };
}
