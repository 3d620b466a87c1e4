import { versionOf } from '../host/release.js';
import { maintenanceOff } from '../host/maintenance.js';
import type { RestoreDb } from '../host/restore.js';
import type { Slot } from '../shell/layout.js';
import { withHistory, type HostState } from '../shell/state.js';
import type { RestoreRequest } from './restore-request.js';
import { gateStep, MIN, stateWrite } from './steps.js';
import type { Step } from './types.js';

/**
 * After the swap: the live slot started on its release again and gated, the maintenance page off, the restore
 * recorded.
 */
export function liveSlotBack(
  req: RestoreRequest,
  r: RestoreDb,
  live: Slot,
  liveRelease: string,
  files: boolean,
  unitsOf: (slots: readonly string[]) => string,
): Step[] {
  const inst = req.instance;
  const version = versionOf(liveRelease);
  const restored: HostState = withHistory(req.state, {
    run: req.run,
    op: 'restore',
    release: liveRelease,
    slot: live,
    result: 'ok',
    at: req.now,
    detail:
      `database${files ? ' and files' : ''} from backup ${req.backup.id} (made ` +
      `${req.backup.created}); the previous database is kept as ${r.aside}`,
  });
  return [
    {
      id: 'start',
      phase: 'start',
      title: `start the ${live} slot on ${liveRelease}`,
      timeoutMs: 2 * MIN,
      ops: [
        {
          kind: 'sh',
          text: `systemctl reset-failed ${unitsOf([live])} 2>/dev/null || true\nsystemctl start ${unitsOf([live])}`,
        },
      ],
    },
    { ...gateStep(inst, live, version), timeoutMs: 5 * MIN },
    {
      id: 'reopen',
      phase: 'record',
      title: 'maintenance page off; record the restore',
      timeoutMs: MIN,
      ops: [maintenanceOff(inst.id), stateWrite(inst.id, restored)],
    },
  ];
}
