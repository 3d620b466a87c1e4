import type { Database } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import type { Layout } from '../shell/layout.js';
import { schemaHeadShell } from './psql.js';
import { quote } from '../shell/quote.js';
import { sha256Matches } from '../shell/sha256.js';
import { GENERATE_V2, MARKER_V2, rowsHash } from './fingerprint.js';

// "Did the app write anything since the backup?", answered exactly and without knowing the app. At backup time every
// table's rows are fingerprinted over the columns it has then (a row count and a sum of row hashes), in
// the very snapshot the dump reads, so the marker is exactly what the dump holds. Later the same tables are
// fingerprinted over the same columns. An expand-only migration (new columns and tables, backfilled) leaves those
// columns alone, so slotflip's own migration does not count as a write, wherever it happens in time; the migration
// tool's bookkeeping tables (environment: migrations.bookkeeping_tables) are left out. A migration that rewrites old
// columns, drops them, or fills a new table makes the comparison report it: a restore is then never called safe.
// The marker file: `schema <head at the backup>`, `clean 2` (older markers say `clean`, or `dirty`: taken around the
// dump rather than in its snapshot), then a line per table (fingerprint.ts has both versions).

const conn = (l: Layout) => `PGPASSFILE=${quote(l.pgpass)} PGCONNECT_TIMEOUT=5 PGAPPNAME=slotflip`;
const target = (db: Database) =>
  `-h ${quote(db.host)} -p ${db.port} -U ${quote(db.user)} -d ${quote(db.name)} --no-password`;

/**
 * Shell: `pg_dump -Fc` of the database into `out`, and `<markerFor>.marker` holding the fingerprint of every table
 * taken in the very snapshot the dump reads: one session exports a snapshot and holds it open while pg_dump and the
 * fingerprint both import it and run side by side. The marker then describes exactly what the dump holds, whatever
 * the app writes meanwhile (a restore can prove it is identical; a rollback sees any later write as a difference).
 * The fingerprint's session writes its per-table queries and runs them itself (`\gexec`): one login, not two.
 */
export function dumpWithMarker(l: Layout, db: Database, markerFor: string, out: string, pack?: string): string {
  const m = quote(`${markerFor}.marker`);
  const psql = `${conn(l)} psql -v ON_ERROR_STOP=1 ${target(db)}`;
  const pgDump = `${conn(l)} pg_dump -Fc --snapshot="$snap" ${target(db)}`;
  // With `pack` (a filter: dump-codec.ts) the dump is written uncompressed and compressed beside it, on every core.
  const dump = pack ? `(set -o pipefail; ${pgDump} -Z0 | ${pack} > ${out}) & dump=$!` : `${pgDump} -f ${out} & dump=$!`;
  return `coproc SNAP { ${psql} -qAt 2>&1; }
echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();" >&"\${SNAP[1]}"
snap=''; read -r -t 30 snap <&"\${SNAP[0]}" || true
case "$snap" in *-*-*) ;; *) echo "could not export a database snapshot: $snap" >&2; exit 1 ;; esac
${dump}
marker=$({
  echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '$snap';"
  printf '%s\\n' ${quote(GENERATE_V2)} '\\gexec'
  echo 'COMMIT;'
} | ${psql} -qAt -F'|') || {
  { pkill -P "$dump"; kill "$dump"; } 2>/dev/null || true
  echo "fingerprinting the dump's snapshot failed" >&2; exit 1
}
wait "$dump" || { echo "pg_dump failed" >&2; exit 1; }
printf 'COMMIT;\n\\q\n' >&"\${SNAP[1]}"
{ echo "schema $(${schemaHeadShell(l, db)})"; echo ${quote(MARKER_V2)}; printf '%s\n' "$marker"; } > ${m}.partial &&
  mv -f ${m}.partial ${m}`;
}

export type RestoreMode = 'if-safe' | 'force';
export const UNSAFE_EXIT = 13;

/**
 * Before restoring the backup a deploy took: compare the database with the backup's marker. Prints what a restore
 * would discard (per table). `if-safe` exits UNSAFE_EXIT when anything was written since the backup (or cannot be
 * compared); `force` reports it and goes on.
 */
export function compareWithMarker(
  l: Layout,
  db: Database,
  dumpFile: string,
  mode: RestoreMode,
  bookkeeping: readonly string[],
): Op {
  const m = quote(`${dumpFile}.marker`);
  const skip = quote(` ${bookkeeping.join(' ')} `);
  return {
    kind: 'sh',
    note: `compare the database with the backup's marker (${mode})`,
    text: `skip=${skip}; mode=${quote(mode)}
[ -s ${quote(dumpFile)} ] && [ -s ${m} ] || {
  echo "no backup with a marker at ${dumpFile}: the deploy of the live release took none" >&2; exit ${UNSAFE_EXIT}
}
clean=$(sed -n 2p ${m})
lost=0; report=''
while IFS='|' read -r table cols rows hash method; do
  [ -n "$table" ] || continue
  case "$skip" in *" $table "*) continue ;; esac
  exists=$(${conn(l)} psql -At ${target(db)} -c "SELECT count(*) FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = '\${table//\\'/\\'\\'}'
    AND column_name = ANY(string_to_array('$cols', ','))")
  if [ "$exists" != "$(echo "$cols" | tr ',' '\\n' | wc -l)" ]; then
    report="$report\\n  $table: columns of the backup are gone (cannot compare)"; lost=1; continue
  fi
  qcols=$(echo "$cols" | sed 's/[^,]*/"&"/g')
  if [ "$method" = record ]; then how="${rowsHash('$qcols', 'record')}"; else how="${rowsHash('$qcols')}"; fi
  now=$(${conn(l)} psql -At -F'|' ${target(db)} -c "SELECT $how FROM public.\\"$table\\"")
  if [ "$now" != "$rows|$hash" ]; then
    report="$report\\n  $table: $rows rows at the backup, \${now%%|*} now"
    report="$report (rows written, changed or deleted since)"; lost=1
  fi
done < <(tail -n +3 ${m})
# Tables the backup does not have (a migration created them): any row in them would be dropped by the restore.
# A name is read whole, one a line (it may hold spaces), and reaches SQL as a quoted identifier (it may hold capitals).
while IFS= read -r table; do
  [ -n "$table" ] || continue
  case "$skip" in *" $table "*) continue ;; esac
  cut -d'|' -f1 < <(tail -n +3 ${m}) | grep -qxF "$table" && continue
  n=$(${conn(l)} psql -At ${target(db)} -c "SELECT count(*) FROM public.\\"\${table//\\"/\\"\\"}\\"")
  [ "$n" = 0 ] || { report="$report\\n  $table: a table created since the backup, with $n rows"; lost=1; }
done < <(${conn(l)} psql -At ${target(db)} -c "SELECT table_name FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
[ "$clean" = clean ] || [ "$clean" = ${quote(MARKER_V2)} ] ||
  { report="$report\\n  (the app wrote while the backup ran)"; lost=1; }
if [ "$lost" = 1 ]; then
  if [ "$mode" = if-safe ]; then
    printf 'restoring the backup would discard writes made since it was taken:%b\\n' "$report" >&2; exit ${UNSAFE_EXIT}
  fi
  printf '%b\\n' "$report" |
    sed '/^$/d; s/^ */SLOTFLIP_EVENT restoring the backup discards writes made since it was taken: /'
else
  echo "SLOTFLIP_EVENT nothing was written since the backup: restoring it loses nothing"
fi`,
  };
}

/** Restores the dump in one transaction: a failure leaves the database as it was. */
export function restoreDump(l: Layout, db: Database, dumpFile: string): Op {
  return {
    kind: 'sh',
    note: `restore ${dumpFile} in one transaction`,
    text: `sf_want=''; read -r sf_want _ < ${quote(`${dumpFile}.sha256`)} || true
[ -n "$sf_want" ] && ${sha256Matches(quote(dumpFile), '"$sf_want"')} ||
  { echo "backup ${dumpFile} does not match its sha256: refusing to restore it" >&2; exit 1; }
${conn(l)} PGOPTIONS='-c lock_timeout=30s' pg_restore --clean --if-exists --single-transaction --no-owner \\
  --exit-on-error ${target(db)} ${quote(dumpFile)}
echo "restored ${dumpFile}"`,
  };
}

/** Shell printing two lines: the schema head recorded in the backup's marker (empty if none), and the schema now. */
export function schemaThenAndNow(l: Layout, db: Database, dumpFile: string): string {
  return (
    `then=$(sed -n '1s/^schema //p' ${quote(`${dumpFile}.marker`)} 2>/dev/null || true); echo "$then"; ` +
    `${schemaHeadShell(l, db)}`
  );
}
