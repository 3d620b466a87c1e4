import type { Database } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import type { Layout } from '../shell/layout.js';
import { dumpWithMarker } from './db-marker.js';
import { conn, target } from './psql.js';
import { quote } from '../shell/quote.js';
import { sha256Into } from '../shell/sha256.js';

/**
 * One line per column, index and constraint of the public schema. Columns alone cannot see a migration that drops a
 * unique index (Vikunja 2.4.0 does that to users, tasks and sessions; 2.5.0 restores them), so indexes and
 * constraints are part of what a migration is said to have changed.
 */
export const SCHEMA_LINES_SQL = `SELECT l FROM (
 SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type AS l
   FROM information_schema.columns WHERE table_schema = 'public'
 UNION ALL SELECT 'index ' || tablename || '.' || indexname || ' ' || indexdef
   FROM pg_indexes WHERE schemaname = 'public'
 UNION ALL SELECT 'constraint ' || c.conrelid::regclass::text || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid)
   FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.conrelid <> 0
) s ORDER BY l`;

/** Prints the schema's lines (SCHEMA_LINES_SQL), sorted, one per line. */
export function schemaLinesShell(l: Layout, db: Database): string {
  return `${conn(l)} psql -At ${target(db)} -c ${quote(SCHEMA_LINES_SQL.replace(/\n/g, ' '))}`;
}

/**
 * What a migration changed, as events: the fingerprint of the schema before and after (md5 of its lines) and the
 * indexes and constraints it added or removed, named (a removed unique index is how duplicates get in).
 */
export function schemaDeltaShell(dir: string): string {
  const names = (side: string) => `<(grep "^$kind " ${dir}/${side} | cut -d' ' -f2 | sort -u)`;
  // A first migration creates everything: counted, not listed. Otherwise named, at most 20 of each.
  const list = (side: string) =>
    `$(printf '%s\\n' "$${side}" | awk 'NR <= 20 { printf "%s%s", (NR > 1 ? " " : ""), $0 } END { if (NR > ` +
    `20) printf " and %d more", NR - 20 }')`;
  return `if [ ! -s ${dir}/before ]; then
  echo "SLOTFLIP_EVENT schema: created $(grep -c '^column ' ${dir}/after || true) columns," \\
    "$(grep -c '^index ' ${dir}/after || true) indexes, $(grep -c '^constraint ' ${dir}/after || true) constraints"
else
  for kind in index constraint; do
    case $kind in index) many=indexes ;; *) many=constraints ;; esac
    gone=$(comm -23 ${names('before')} ${names('after')})
    added=$(comm -13 ${names('before')} ${names('after')})
    [ -z "$gone" ] || echo "SLOTFLIP_EVENT schema: the migration removed $many: ${list('gone')}"
    [ -z "$added" ] || echo "SLOTFLIP_EVENT schema: the migration added $many: ${list('added')}"
  done
fi`;
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
${sha256Into('sha', `${f}.partial`)}
echo "$sha  $(basename ${f})" > ${f}.sha256
mv -f ${f}.partial ${f}
echo "SLOTFLIP_RESULT backup {\\"file\\":\\"${file}\\",\\"sha256\\":\\"$sha\\",\\"bytes\\":$(stat -c %s ${f})}"
)`,
  };
}

/** Runs the app's migration as the service user with the slot's environment, in a transient unit with a time limit. */
export function migrateDatabase(
  l: Layout,
  db: Database,
  opts: { user: string; releaseDir: string; slotEnv: string; command: string; timeoutSeconds: number },
): Op {
  const props = [
    `User=${opts.user}`,
    `Group=${opts.user}`,
    `WorkingDirectory=${opts.releaseDir}`,
    `EnvironmentFile=${l.appEnv}`,
    `EnvironmentFile=${opts.slotEnv}`,
    `RuntimeMaxSec=${opts.timeoutSeconds}`,
  ];
  return {
    kind: 'sh',
    note:
      `migrate with the new release (time limit ${opts.timeoutSeconds} s); the schema (columns, ` +
      `indexes, constraints) compared before and after`,
    // In a subshell with its own EXIT trap (the step's trap journals its end), so the schema listings never outlive it.
    text: `(
schema=$(mktemp -d)
trap 'rm -rf "$schema"' EXIT
${schemaLinesShell(l, db)} > "$schema/before"
set +e
systemd-run --wait --pipe --quiet --collect ${props
      .map((p) => `-p ` + `${quote(p)}`)
      .join(' ')} /bin/bash -c ${quote(`exec ${opts.command}`)}
rc=$?
set -e
${schemaLinesShell(l, db)} > "$schema/after"
before=$(md5sum < "$schema/before" | cut -d' ' -f1)
after=$(md5sum < "$schema/after" | cut -d' ' -f1)
${schemaDeltaShell('"$schema"')}
echo "SLOTFLIP_RESULT migrate {\\"before\\":\\"$before\\",\\"after\\":\\"$after\\",\\"code\\":$rc}"
[ "$rc" -eq 0 ] || {
  echo "migration failed (exit $rc); schema $( [ "$before" = "$after" ] && echo unchanged || echo CHANGED )" >&2
  exit 1
}
)`,
  };
}
