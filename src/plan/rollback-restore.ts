// A cold rollback that restores the database from the dump its deploy took: check, quiesce, restore.
import type { RestoreMode } from '../host/db-marker.js';
import type { Database, Instance } from '../config/environment.generated.js';
import { compareWithMarker, restoreDump } from '../host/db-marker.js';
import { layout, type Slot } from '../shell/layout.js';
import { maintenanceOff, maintenanceOn } from '../host/maintenance.js';
import { quote } from '../shell/quote.js';
import { MIN } from './steps.js';
import type { Step } from './types.js';

/**
 * Check that restoring loses nothing (or report what it discards), stop the live slot behind the maintenance page,
 * restore.
 */
/** The dump a cold rollback restores the database from, and how safe it must be. */
export interface DumpRestore {
  mode: RestoreMode;
  dump: string;
  db: Database;
}

export function restoreSteps(inst: Instance, from: Slot, r: DumpRestore): Step[] {
  const l = layout(inst.id);
  const units = Object.keys(inst.app.components)
    .map((c) => quote(`${l.unit(c)}${from}`))
    .join(' ');
  const bookkeeping = inst.migrations?.bookkeeping_tables ?? ['schema_migrations'];
  return [
    {
      id: 'db-check',
      phase: 'preflight',
      title: `compare the database with the backup (${r.mode})`,
      timeoutMs: 30 * MIN,
      ops: [compareWithMarker(l, r.db, r.dump, r.mode, bookkeeping)],
    },
    {
      id: 'quiesce',
      phase: 'migrate',
      title: `maintenance page on; stop the ${from} slot (no writes during the restore)`,
      timeoutMs: 2 * MIN,
      ops: [maintenanceOn(inst.id), { kind: 'sh', text: `systemctl stop ${units}` }],
      undo: [{ kind: 'sh', text: `systemctl start ${units}` }, maintenanceOff(inst.id)],
    },
    {
      id: 'restore',
      phase: 'migrate',
      title: `restore ${r.dump} (one transaction)`,
      timeoutMs: 60 * MIN,
      ops: [restoreDump(l, r.db, r.dump)],
    },
  ];
}
