import { newestFirst, parseManifest } from '../backup/manifest.js';
import { layout } from '../shell/layout.js';
import { ago } from './values.js';
import type { ProbeOutput } from '../facts/probe-output.js';
import { fail, LIMITS, ok, warn, type DoctorRow } from './rows.js';

// The host's bookkeeping: disk, the lock, the hold, the maintenance page, the last operation, the backups.

export function diskRows(p: ProbeOutput): DoctorRow[] {
  const id = p.inst.id;
  return p.tag('disk').map((line) => {
    const [target, pcent, avail] = line.split(/\s+/);
    const used = Number(pcent);
    const detail = `${target}: ${used}% used, ${(Number(avail) / 1073741824).toFixed(1)} GiB free`;
    const remedy =
      `free space on ${target}: old releases and backups (backups.keep), PostgreSQL (VACUUM ` +
      `FULL), the journal (journalctl --vacuum-size); or grow the container's disk (pct resize)`;
    if (!Number.isFinite(used)) return warn(id, 'disk', `cannot read the disk usage: ${line}`, 'check df on the host');
    if (used > LIMITS.diskFailPercent)
      return fail(id, 'disk', `${detail} (over ${LIMITS.diskFailPercent}%: a backup or a release may not fit)`, remedy);
    if (used > LIMITS.diskWarnPercent) return warn(id, 'disk', detail, remedy);
    return ok(id, 'disk', detail);
  });
}

export function lockRow(p: ProbeOutput): DoctorRow {
  const id = p.inst.id;
  const text = p.first('lock');
  if (!text || text === 'null') return ok(id, 'lock', 'free');
  let owner: { run?: string; owner?: string; expires?: number };
  try {
    owner = JSON.parse(text);
  } catch {
    return warn(
      id,
      'lock',
      `the lock's owner file is unreadable: ${text.slice(0, 120)}`,
      `no run can tell who holds it: remove ${layout(id).lock} once no slotflip run is active`,
    );
  }
  if (typeof owner.expires === 'number' && owner.expires < p.now) {
    return warn(
      id,
      'lock',
      `stale: run ${owner.run} (${owner.owner}) stopped renewing it ${ago(p.now - owner.expires)} ago`,
      `nothing to do: the next deploy, rollback or backup takes it over once no step of ${owner.run} still ` +
        `runs on the host, and says so; to clear it now, remove ${layout(id).lock}`,
    );
  }
  return ok(id, 'lock', `held by run ${owner.run} (${owner.owner}): a run is in progress`);
}

export function operationRows(p: ProbeOutput): DoctorRow[] {
  const id = p.inst.id;
  const rows: DoctorRow[] = [];
  const hold = p.state.hold;
  rows.push(
    hold
      ? warn(
          id,
          'hold',
          `release ${hold.release} is held since ${hold.since}: ${hold.reason}`,
          `deploys of that release are refused: fix it, or run \`slotflip release-hold --env FILE\` to allow it again`,
        )
      : ok(id, 'hold', 'none'),
  );
  if (p.first('maintenance') === 'on') {
    rows.push(
      fail(
        id,
        'maintenance',
        'the maintenance page is on: users get 503',
        `a restore was interrupted: run \`slotflip restore\` again, or if the live slot is healthy remove ` +
          `${layout(id).maintenanceFlag}`,
      ),
    );
  }
  const last = p.state.history.at(-1);
  if (!last) rows.push(ok(id, 'last run', 'none yet'));
  else if (last.result === 'ok')
    rows.push(ok(id, 'last run', `${last.op} ${last.run} of ${last.release}: ok (${last.at})`));
  else
    rows.push(
      warn(
        id,
        'last run',
        `${last.op} ${last.run} of ${last.release}: ${last.result}${last.detail ? ` (${last.detail})` : ''}`,
        "the live release still serves; `slotflip status` and the run's log say what failed",
      ),
    );
  return rows;
}

export function backupRow(p: ProbeOutput): DoctorRow {
  const id = p.inst.id;
  const b = p.inst.backups;
  if (!b?.recipients?.length)
    return warn(
      id,
      'backups',
      'no backups.recipients: `slotflip backup` is not set up',
      'add an age recipient under backups (see the README); backup.yml then runs nightly',
    );
  const stores = b.stores;
  if (stores && !stores.some((s) => s.type === 'host'))
    return ok(id, 'backups', `kept off the host (${stores.map((s) => s.type).join(', ')}): not checked here`);
  const newest = p
    .tag('archive')
    .flatMap((l) => parseManifest(l) ?? [])
    .sort(newestFirst)[0];
  if (!newest)
    return warn(
      id,
      'backups',
      'no backup archive on the host',
      'run `slotflip backup --env FILE` (backup.yml runs it nightly)',
    );
  const age = p.now - Date.parse(newest.created) / 1000;
  const detail = `newest ${newest.id}, ${ago(age)} old`;
  if (age > LIMITS.backupWarnDays * 86_400)
    return warn(id, 'backups', detail, 'backup.yml has not run: check the scheduled workflow and its runner');
  return ok(id, 'backups', detail);
}
