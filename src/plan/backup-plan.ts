import type { Instance } from '../config/environment.generated.js';
import { resolved } from '../config/resolved.js';
import { backupArchive } from '../host/backup.js';
import { layout } from '../shell/layout.js';
import type { HostState, HostGuard } from '../shell/state.js';
import type { Plan } from './types.js';
import { lockStep, MIN, unlockStep, planOf } from './steps.js';

export type BackupPlanResult = { kind: 'plan'; plan: Plan; id: string } | { kind: 'refused'; message: string };

/**
 * `slotflip backup`: under the lock (never in the middle of a deploy's migration), one encrypted archive on the host.
 */
export function buildBackupPlan(req: {
  run: string;
  owner: string;
  instance: Instance;
  state: HostState;
  madeBy: Record<string, string>;
  guard?: HostGuard;
}): BackupPlanResult {
  const inst = req.instance;
  const b = inst.backups;
  if (!b?.recipients?.length)
    return {
      kind: 'refused',
      message: `${inst.id} names no backup recipients: add backups.recipients (age public keys) to the environment`,
    };
  const l = layout(inst.id);
  const release = req.state.active ? (req.state.slots[req.state.active]?.release ?? null) : null;
  const id = `${inst.id}-${req.run}`;
  return {
    kind: 'plan',
    id,
    plan: planOf(req, inst.id, {
      release: { id: release ?? 'none', version: release ?? 'none' },
      from: req.state.active,
      to: req.state.active ?? 'blue',
      steps: [
        lockStep(inst.id, req),
        {
          id: 'backup',
          phase: 'backup',
          title: `back up ${inst.id} to ${id}.tar.age (encrypted)`,
          timeoutMs: 120 * MIN,
          ops: [
            backupArchive(l, {
              id,
              instance: inst.id,
              release,
              recipients: b.recipients,
              db: inst.database,
              filesDir: b.files_dir,
              keep: resolved(inst).backupsKeep,
              madeBy: req.madeBy,
            }),
          ],
        },
      ],
      finally: unlockStep(inst.id, req.run),
      notes: [
        `encrypted on the host to ${b.recipients.length} age recipient(s); only the identity ` +
          `(${b.restore_key_secret ?? 'kept where restores run'}) can read it`,
      ],
    }),
  };
}
