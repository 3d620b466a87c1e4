import type { Instance } from '../config/environment.generated.js';
import { backupArchive } from '../host/backup.js';
import { layout } from '../shell/layout.js';
import { acquireLock, LEASE_SECONDS, releaseLock } from '../host/lock.js';
import type { HostState } from '../shell/state.js';
import type { Plan } from './types.js';

const MIN = 60_000;

export type BackupPlanResult = { kind: 'plan'; plan: Plan; id: string } | { kind: 'refused'; message: string };

/** `slotflip backup`: under the lock (never in the middle of a deploy's migration), one encrypted archive on the host. */
export function buildBackupPlan(req: {
  run: string;
  owner: string;
  instance: Instance;
  state: HostState;
  madeBy: Record<string, string>;
  guard?: { fingerprint: string; expect: string };
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
    plan: {
      format: 1,
      run: req.run,
      instance: inst.id,
      release: { id: release ?? 'none', version: release ?? 'none' },
      from: req.state.active,
      to: req.state.active ?? 'blue',
      owner: req.owner,
      steps: [
        {
          id: 'lock',
          phase: 'lock',
          title: 'take the lease lock',
          timeoutMs: MIN,
          ops: [acquireLock(l, { run: req.run, owner: req.owner, leaseSeconds: LEASE_SECONDS }, req.guard)],
        },
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
              keep: b.keep ?? 7,
              madeBy: req.madeBy,
            }),
          ],
        },
      ],
      finally: {
        id: 'unlock',
        phase: 'record',
        title: 'release the lock',
        timeoutMs: MIN,
        ops: [releaseLock(l.lock, req.run)],
      },
      notes: [
        `encrypted on the host to ${b.recipients.length} age recipient(s); only the identity (${b.restore_key_secret ?? 'kept where restores run'}) can read it`,
      ],
    },
  };
}
