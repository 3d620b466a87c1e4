import type { Database } from '../config/environment.generated.js';
import type { Op } from '../plan/types.js';
import type { Layout } from './layout.js';
import { dumpWithMarker } from './db-marker.js';
import { quote } from './shell.js';

// Credentials come from a 0600 pgpass file (PGPASSFILE), never from an argv or PGPASSWORD on a command line.
const conn = (l: Layout) => `PGPASSFILE=${quote(l.pgpass)} PGCONNECT_TIMEOUT=5`;
const target = (db: Database) => `-h ${quote(db.host)} -p ${db.port} -U ${quote(db.user)} -d ${quote(db.name)} --no-password`;

/** A fingerprint of the schema (tables, columns, types): "did the migration change anything" without app knowledge. */
export function schemaHeadShell(l: Layout, db: Database): string {
  const sql = "SELECT md5(coalesce(string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY table_name, column_name), '')) FROM information_schema.columns WHERE table_schema = 'public'";
  return `${conn(l)} psql -At ${target(db)} -c ${quote(sql)}`;
}

/**
 * `pg_dump -Fc` before any migration, written as .partial, verified with `pg_restore --list`, hashed, then renamed:
 * a failed or interrupted dump never leaves a file that looks complete. A marker beside it (host/db-marker.ts) tells a
 * later rollback whether restoring it would discard writes.
 */
export function backupDatabase(l: Layout, db: Database, file: string): Op {
  const f = quote(file);
  return {
    kind: 'sh',
    note: 'back up the database before anything migrates it',
    // In a subshell with its own EXIT trap (the step's trap journals its end): a failure by `exit` (which an ERR trap
    // misses) or a full disk leaves no partial dump, marker or checksum behind.
    text: `install -d -m 0700 ${quote(l.backups)}
(
trap 'rc=$?; [ "$rc" -eq 0 ] || rm -f ${f}.partial ${f}.marker.partial ${f}.marker ${f}.sha256' EXIT
${dumpWithMarker(l, db, file, `${f}.partial`)}
pg_restore --list ${f}.partial > /dev/null
sha=$(sha256sum ${f}.partial | cut -d' ' -f1)
echo "$sha  $(basename ${f})" > ${f}.sha256
mv -f ${f}.partial ${f}
echo "SLOTFLIP_RESULT backup {\\"file\\":\\"${file}\\",\\"sha256\\":\\"$sha\\",\\"bytes\\":$(stat -c %s ${f})}"
)`,
  };
}

/** Runs the app's migration as the service user with the slot's environment, in a transient unit with a time limit. */
export function migrateDatabase(l: Layout, db: Database, opts: { user: string; releaseDir: string; slotEnv: string; command: string; timeoutSeconds: number }): Op {
  const props = [`User=${opts.user}`, `Group=${opts.user}`, `WorkingDirectory=${opts.releaseDir}`, `EnvironmentFile=${l.appEnv}`, `EnvironmentFile=${opts.slotEnv}`, `RuntimeMaxSec=${opts.timeoutSeconds}`];
  return {
    kind: 'sh',
    note: `migrate with the new release (time limit ${opts.timeoutSeconds} s); schema head recorded before and after`,
    text: `before=$(${schemaHeadShell(l, db)})
set +e
systemd-run --wait --pipe --quiet --collect ${props.map((p) => `-p ${quote(p)}`).join(' ')} /bin/bash -c ${quote(`exec ${opts.command}`)}
rc=$?
set -e
after=$(${schemaHeadShell(l, db)})
echo "SLOTFLIP_RESULT migrate {\\"before\\":\\"$before\\",\\"after\\":\\"$after\\",\\"code\\":$rc}"
[ "$rc" -eq 0 ] || { echo "migration failed (exit $rc); schema $( [ "$before" = "$after" ] && echo unchanged || echo CHANGED )" >&2; exit 1; }`,
  };
}
