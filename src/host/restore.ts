import type { Op } from '../shell/ops.js';
import type { Layout } from '../shell/layout.js';
import { adminSql, type AdminLogin } from './pg-admin.js';
import { ensureAppUser } from './release.js';
import { quote } from '../shell/quote.js';

// The host's half of `slotflip restore`. The archive arrives decrypted by the restore job (the host never holds the
// key) in a 0700 directory that the plan's final step always removes (backup/stream-archive.ts); it is restored
// into a NEW database while the live one keeps serving (host/restore-into.ts), proven identical table by table
// to what was dumped, and only then swapped in by two renames behind the maintenance page. The old database stays
// beside it under another name, so every step can be undone and nothing is dropped under live connections.

export interface RestoreDb extends AdminLogin {
  /** The database restored into, then renamed to db.name (or dropped again by a drill). */
  fresh: string;
  /** What the live database is renamed to by the swap. */
  aside: string;
}

/** Drop the drill's scratch database. */
export function dropFresh(r: RestoreDb): Op {
  return {
    kind: 'sh',
    note: `drop the scratch database ${r.fresh}`,
    text: `${adminSql(r)} -c ${quote(`DROP DATABASE IF EXISTS ${r.fresh}`)}`,
  };
}

/**
 * The swap: no new connections to the live database, the stragglers ended, then two renames (the live database kept
 * as `aside`). On a server without the live database (a fresh container) it is one rename.
 */
export function swapIn(r: RestoreDb): Op {
  return {
    kind: 'sh',
    note: `swap ${r.fresh} in as ${r.db.name}; the old one stays as ${r.aside}`,
    text: `if [ "$(${adminSql(r)} -c ${quote(
      `SELECT count(*) FROM pg_database WHERE datname = ` + `'${r.db.name}'`,
    )})" = 1 ]; then
${adminSql(r)} <<'SLOTFLIP_SQL'
ALTER DATABASE ${r.db.name} ALLOW_CONNECTIONS false;
SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
  WHERE datname = '${r.db.name}' AND pid <> pg_backend_pid();
ALTER DATABASE ${r.db.name} RENAME TO ${r.aside};
ALTER DATABASE ${r.aside} ALLOW_CONNECTIONS true;
SLOTFLIP_SQL
fi
${adminSql(r)} -c ${quote(`ALTER DATABASE ${r.fresh} RENAME TO ${r.db.name}`)}
echo "SLOTFLIP_EVENT the database before the restore is kept as ${r.aside} (drop it once the restore is confirmed)"`,
  };
}

/** Undo of the swap: the restored database goes back to its own name, the old one returns. */
export function swapBack(r: RestoreDb): Op {
  return {
    kind: 'sh',
    note: `put ${r.aside} back as ${r.db.name}`,
    text: `${adminSql(r)} <<'SLOTFLIP_SQL'
SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
  WHERE datname = '${r.db.name}' AND pid <> pg_backend_pid();
ALTER DATABASE ${r.db.name} RENAME TO ${r.fresh};
SLOTFLIP_SQL
[ "$(${adminSql(r)} -c ${quote(
      `SELECT count(*) FROM pg_database WHERE datname = ` + `'${r.aside}'`,
    )})" = 1 ] && ${adminSql(r)} -c ${quote(`ALTER DATABASE ${r.aside} RENAME TO ${r.db.name}`)} || true`,
  };
}

/**
 * The files directory: the current one moved aside (kept), the backup's unpacked with owners and modes. The app's user
 * is created first on a new container, so files keep their owner by name rather than by a number nobody has.
 */
export function restoreFiles(
  app: { instance: string; user: string },
  filesDir: string,
  dir: string,
  aside: string,
): { op: Op; undo: Op } {
  return {
    op: {
      kind: 'sh',
      note: `restore ${filesDir} (the current one is kept as ${aside})`,
      text: `${ensureAppUser(app.instance, app.user)}
owner=$(stat -c %U:%G ${quote(filesDir)} 2>/dev/null || echo ${quote(`${app.user}:${app.user}`)})
[ -e ${quote(filesDir)} ] && mv ${quote(filesDir)} ${quote(aside)}
install -d ${quote(filesDir)} && chown "$owner" ${quote(filesDir)}
tar -xpf ${quote(`${dir}/files.tar`)} --same-owner -C ${quote(filesDir)}
echo "restored $(find ${quote(filesDir)} -type f | wc -l) files into ${filesDir}"`,
    },
    undo: {
      kind: 'sh',
      note: `put ${aside} back`,
      text: `if [ -e ${quote(aside)} ]; then rm -rf ${quote(filesDir)} && mv ${quote(aside)} ${quote(filesDir)}; fi`,
    },
  };
}

/**
 * Shared config, secrets and state.json: restored only on a host that has no state of the instance (a new
 * container); on the instance's own host they describe what is installed there and stay.
 */
export function restoreShared(l: Layout, dir: string): Op {
  return {
    kind: 'sh',
    note: 'restore the shared config, secrets and state.json on a host that has none',
    text: `if [ -e ${quote(l.state)} ]; then
  echo "SLOTFLIP_EVENT kept this host's shared config and state (they describe what is installed here)"
else
  install -d -m 0755 ${quote(l.root)}
  tar -xpf ${quote(`${dir}/shared.tar`)} --same-owner -C ${quote(l.root)}
  echo "SLOTFLIP_EVENT restored the shared config, secrets and state.json of the backup"
fi`,
  };
}
