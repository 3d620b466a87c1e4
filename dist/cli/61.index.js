export const id = 61;
export const ids = [61];
export const modules = {

/***/ 84558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ cancellable)
/* harmony export */ });
/** GitHub cancels with SIGINT, then SIGTERM, then SIGKILL: stop the current step and undo what the run changed. */
async function cancellable(io, fn) {
    const abort = new AbortController();
    const onSignal = () => {
        io.err('slotflip: cancelling the current step; undoing what this run changed');
        abort.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        return await fn(abort.signal);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}


/***/ }),

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ lostConnectionAdvice)
/* harmony export */ });
/* harmony import */ var _host_lock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62703);

/**
 * What an operator is told when the connection broke mid-run: nothing could be undone from here, and the host's own
 * safeguards take over (the step's journal line, the lease that expires, the next run that takes it over).
 */
const lostConnectionAdvice = (step) => `the connection to the host was lost during "${step}": on the host that step runs to its end or stops, ` +
    (`and nothing was undone from here. The lock frees itself once the host has seen the connection close and ` +
        (`that step has ended, or at the latest when its lease expires (${_host_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .LEASE_SECONDS */ .Vb} s after the last renewal); ` +
            (`check the host is reachable, then run the same command again with --lock-wait 60s: it takes the lock over ` +
                `and converges`)));


/***/ }),

/***/ 65229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ dumpWithMarker),
/* harmony export */   Sp: () => (/* binding */ schemaThenAndNow),
/* harmony export */   nE: () => (/* binding */ restoreDump),
/* harmony export */   y3: () => (/* binding */ compareWithMarker)
/* harmony export */ });
/* unused harmony export UNSAFE_EXIT */
/* harmony import */ var _psql_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32748);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61250);
/* harmony import */ var _shell_sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69183);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49838);




// "Did the app write anything since the backup?", answered exactly and without knowing the app. At backup time every
// table's rows are fingerprinted over the columns it has then (a row count and a sum of row hashes), in
// the very snapshot the dump reads, so the marker is exactly what the dump holds. Later the same tables are
// fingerprinted over the same columns. An expand-only migration (new columns and tables, backfilled) leaves those
// columns alone, so slotflip's own migration does not count as a write, wherever it happens in time; the migration
// tool's bookkeeping tables (environment: migrations.bookkeeping_tables) are left out. A migration that rewrites old
// columns, drops them, or fills a new table makes the comparison report it: a restore is then never called safe.
// The marker file: `schema <head at the backup>`, `clean 2` (older markers say `clean`, or `dirty`: taken around the
// dump rather than in its snapshot), then a line per table (fingerprint.ts has both versions).
const conn = (l) => `PGPASSFILE=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(l.pgpass)} PGCONNECT_TIMEOUT=5 PGAPPNAME=slotflip`;
const target = (db) => `-h ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(db.host)} -p ${db.port} -U ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(db.user)} -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(db.name)} --no-password`;
/**
 * Shell: `pg_dump -Fc` of the database into `out`, and `<markerFor>.marker` holding the fingerprint of every table
 * taken in the very snapshot the dump reads: one session exports a snapshot and holds it open while pg_dump and the
 * fingerprint both import it and run side by side. The marker then describes exactly what the dump holds, whatever
 * the app writes meanwhile (a restore can prove it is identical; a rollback sees any later write as a difference).
 * The fingerprint's session writes its per-table queries and runs them itself (`\gexec`): one login, not two.
 */
function dumpWithMarker(l, db, markerFor, out, pack) {
    const m = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${markerFor}.marker`);
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
  printf '%s\\n' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATE_V2 */ .FN)} '\\gexec'
  echo 'COMMIT;'
} | ${psql} -qAt -F'|') || {
  { pkill -P "$dump"; kill "$dump"; } 2>/dev/null || true
  echo "fingerprinting the dump's snapshot failed" >&2; exit 1
}
wait "$dump" || { echo "pg_dump failed" >&2; exit 1; }
printf 'COMMIT;\n\\q\n' >&"\${SNAP[1]}"
{ echo "schema $(${(0,_psql_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaHeadShell */ .eJ)(l, db)})"; echo ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER_V2 */ .G8)}; printf '%s\n' "$marker"; } > ${m}.partial &&
  mv -f ${m}.partial ${m}`;
}
const UNSAFE_EXIT = 13;
/**
 * Before restoring the backup a deploy took: compare the database with the backup's marker. Prints what a restore
 * would discard (per table). `if-safe` exits UNSAFE_EXIT when anything was written since the backup (or cannot be
 * compared); `force` reports it and goes on.
 */
function compareWithMarker(l, db, dumpFile, mode, bookkeeping) {
    const m = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${dumpFile}.marker`);
    const skip = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(` ${bookkeeping.join(' ')} `);
    return {
        kind: 'sh',
        note: `compare the database with the backup's marker (${mode})`,
        text: `skip=${skip}; mode=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(mode)}
[ -s ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(dumpFile)} ] && [ -s ${m} ] || {
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
  if [ "$method" = record ]; then how="${(0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .rowsHash */ .Oq)('$qcols', 'record')}"; else how="${(0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .rowsHash */ .Oq)('$qcols')}"; fi
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
[ "$clean" = clean ] || [ "$clean" = ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER_V2 */ .G8)} ] ||
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
function restoreDump(l, db, dumpFile) {
    return {
        kind: 'sh',
        note: `restore ${dumpFile} in one transaction`,
        text: `sf_want=''; read -r sf_want _ < ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${dumpFile}.sha256`)} || true
[ -n "$sf_want" ] && ${(0,_shell_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Matches */ .pd)((0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(dumpFile), '"$sf_want"')} ||
  { echo "backup ${dumpFile} does not match its sha256: refusing to restore it" >&2; exit 1; }
${conn(l)} PGOPTIONS='-c lock_timeout=30s' pg_restore --clean --if-exists --single-transaction --no-owner \\
  --exit-on-error ${target(db)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(dumpFile)}
echo "restored ${dumpFile}"`,
    };
}
/** Shell printing two lines: the schema head recorded in the backup's marker (empty if none), and the schema now. */
function schemaThenAndNow(l, db, dumpFile) {
    return (`then=$(sed -n '1s/^schema //p' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${dumpFile}.marker`)} 2>/dev/null || true); echo "$then"; ` +
        `${(0,_psql_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaHeadShell */ .eJ)(l, db)}`);
}


/***/ }),

/***/ 49838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ GENERATE_V2),
/* harmony export */   Fq: () => (/* binding */ fingerprintFromMarker),
/* harmony export */   G8: () => (/* binding */ MARKER_V2),
/* harmony export */   Oq: () => (/* binding */ rowsHash),
/* harmony export */   xT: () => (/* binding */ fingerprintAs),
/* harmony export */   y$: () => (/* binding */ GENERATE_V1)
/* harmony export */ });
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

// A table's fingerprint: its row count and a sum of a 64-bit hash of each row, over the columns it had at the dump.
// A sum needs no sort and counts duplicate rows. The marker file (db-marker.ts) holds one line per table.
// The hashes are summed as bigint: sum(bigint) is exact (numeric result, 128-bit integers inside) and equals the sum
// of each hash cast to numeric, as markers taken before were computed, so they still compare; it skips a numeric
// per row (0.58 s against 0.67 s for a 619 MB table in the lab).
//
// Two versions of the marker are on hosts:
// - version 1 (line 2 `clean`): `table|columns|rows|hash`, every row hashed as its text (hashtextextended of
//   ROW(...)::text): 2.1 s for a 619 MB table in the lab, most of it spent printing each row as text;
// - version 2 (line 2 `clean 2`): `table|columns|rows|hash|method`, where `record` hashes the row's binary values
//   (hash_record_extended, PostgreSQL 14+: 0.7 s for the same table) and `text` is version 1's hash, for a table with
//   a column whose type has no extended hash function (json, arrays, enums, ...) or on an older server.
// A marker is always compared by the method it names: an old marker still compares, and a restore onto another
// server compares what the backup recorded rather than what that server would choose.
/** Line 2 of a version 2 marker: taken in the dump's snapshot (`clean`), version 2. */
const MARKER_V2 = 'clean 2';
/** The row hash of a method, over a comma-separated list of already-quoted columns. */
const rowHash = (method, quotedCols) => method === 'record' ? `hash_record_extended(ROW(${quotedCols}), 0)` : `hashtextextended(ROW(${quotedCols})::text, 0)`;
/** count and sum of the row hash (v1's text method when no method is given). */
const rowsHash = (quotedCols, method = 'text') => `count(*), coalesce(sum(${rowHash(method, quotedCols)}), 0)`;
/** Version 1: SQL that writes one query per table, each printing `table|columns|rows|hash`. */
const GENERATE_V1 = `SELECT format('SELECT %L, %L, ${rowsHash('%s')} FROM public.%I;', table_name, ` +
    (`string_agg(column_name, ',' ORDER BY ordinal_position), string_agg(format('%I', column_name), ',' ORDER BY ` +
        (`ordinal_position), table_name) FROM information_schema.columns WHERE table_schema = 'public' GROUP BY ` +
            `table_name ORDER BY table_name`));
// A column's type hashes in binary when its type (a domain's base type) has a default hash operator class with the
// extended hash function. Arrays, enums and ranges have generic classes only: they take the text method, which is
// always correct.
const HASHABLE = `EXISTS (SELECT FROM pg_opclass oc JOIN pg_am am ON am.oid = oc.opcmethod AND am.amname = 'hash' ` +
    (`JOIN pg_amproc p ON p.amprocfamily = oc.opcfamily AND p.amproclefttype = oc.opcintype AND p.amprocnum = 2 ` +
        `WHERE oc.opcdefault AND oc.opcintype = CASE WHEN ty.typtype = 'd' THEN ty.typbasetype ELSE ty.oid END)`);
/** SQL writing a table's fingerprint query, from columns t (table), cols, q (quoted columns) and m (method). */
const QUERY_OF = `format('SELECT %L, %L, count(*), coalesce(sum(%s), 0), %L FROM public.%I;', t, cols, CASE m WHEN 'record' ` +
    (`THEN format('hash_record_extended(ROW(%s), 0)', q) ELSE ` +
        `format('hashtextextended(ROW(%s)::text, 0)', q) END, m, t)`);
/** Version 2: SQL that writes one query per public table, each printing `table|columns|rows|hash|method`. */
const GENERATE_V2 = `SELECT ${QUERY_OF} FROM (SELECT c.relname AS t, string_agg(a.attname, ',' ORDER BY a.attnum) AS cols, ` +
    (`string_agg(quote_ident(a.attname), ',' ORDER BY a.attnum) AS q, CASE WHEN bool_and(${HASHABLE}) AND ` +
        (`current_setting('server_version_num')::int >= 140000 THEN 'record' ELSE 'text' END AS m FROM pg_class c ` +
            (`JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' JOIN pg_attribute a ON ` +
                (`a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped JOIN pg_type ty ON ty.oid = a.atttypid ` +
                    `WHERE c.relkind IN ('r', 'p') GROUP BY c.relname) s ORDER BY t`))));
/** Shell: the queries GENERATE (v1 or v2) writes, run: one fingerprint line per table, as the marker holds them. */
function fingerprintAs(connection, psqlTarget, generate = GENERATE_V1) {
    return (`${connection} psql -At -v ON_ERROR_STOP=1 ${psqlTarget} -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(generate)} | ${connection} ` +
        `psql -At -F'|' -v ON_ERROR_STOP=1 ${psqlTarget}`);
}
// The tables a version 2 marker names, fingerprinted by the method each line names. The lines reach SQL as data
// (\copy from psql's stdin), never inside the query's text: a table or column name holding a quote stays a name.
const FROM_MARKER = `CREATE TEMP TABLE sf_marker (t text, cols text, n text, h text, m text);
\\copy sf_marker FROM pstdin WITH (FORMAT csv, DELIMITER '|', QUOTE E'\\x01')
SELECT ${QUERY_OF} FROM (SELECT t, cols, m, (SELECT string_agg(quote_ident(x.c), ',' ORDER BY x.o)
  FROM unnest(string_to_array(cols, ',')) WITH ORDINALITY AS x(c, o)) AS q FROM sf_marker) s ORDER BY t
\\gexec`;
/**
 * Shell: the fingerprint of the tables a version 2 marker names, by its methods, as the marker's lines (sorted, like
 * `want` must be): `markerLines` is a command printing them.
 */
function fingerprintFromMarker(connection, psqlTarget, markerLines) {
    return (`${markerLines} | ${connection} psql -qAt -F'|' -v ON_ERROR_STOP=1 ${psqlTarget} -f <(cat <<'SLOTFLIP_SQL'\n` +
        `${FROM_MARKER}\nSLOTFLIP_SQL\n) | LC_ALL=C sort`);
}


/***/ }),

/***/ 62357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ maintenanceOff),
/* harmony export */   v: () => (/* binding */ maintenanceOn)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50418);

// The maintenance page: nginx answers 503 with Retry-After on every route while this flag file exists (checked per
// request, no reload). One place builds the ops, so every plan turns it on and off the same way.
const maintenanceOn = (instance) => ({
    kind: 'run',
    argv: ['touch', (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).maintenanceFlag],
    note: 'maintenance page on (503 + Retry-After)',
});
const maintenanceOff = (instance) => ({
    kind: 'run',
    argv: ['rm', '-f', (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).maintenanceFlag],
    note: 'maintenance page off',
});


/***/ }),

/***/ 32748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aC: () => (/* binding */ target),
/* harmony export */   eJ: () => (/* binding */ schemaHeadShell),
/* harmony export */   j_: () => (/* binding */ conn)
/* harmony export */ });
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

// Credentials come from a 0600 pgpass file (PGPASSFILE), never from an argv or PGPASSWORD on a command line.
const conn = (l) => `PGPASSFILE=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.pgpass)} PGCONNECT_TIMEOUT=5`;
const target = (db) => `-h ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.host)} -p ${db.port} -U ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.user)} -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.name)} --no-password`;
/**
 * A fingerprint of the columns (tables, columns, types), kept in every backup's marker: a later rollback compares it
 * with the live schema to tell whether a migration ran since. Markers already on hosts hold this form, so it stays.
 */
function schemaHeadShell(l, db) {
    const sql = "SELECT md5(coalesce(string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY " +
        "table_name, column_name), '')) FROM information_schema.columns WHERE table_schema = 'public'";
    return `${conn(l)} psql -At ${target(db)} -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(sql)}`;
}


/***/ }),

/***/ 80216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ masker),
/* harmony export */   PH: () => (/* binding */ formatOp),
/* harmony export */   nT: () => (/* binding */ formatPlan)
/* harmony export */ });
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

/** Replaces every secret value with ***, longest first (a short secret may be part of a longer one). */
function masker(secrets) {
    const values = [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
    return (text) => values.reduce((t, v) => t.split(v).join('***'), text);
}
function formatOp(op, mask) {
    switch (op.kind) {
        case 'run':
            return [`$ ${mask((0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .commandLine */ .ay)(op.argv))}${op.note ? `    # ${op.note}` : ''}`];
        case 'sh':
            return [
                ...(op.note ? [`# ${op.note}`] : []),
                ...mask(op.text)
                    .split('\n')
                    .map((l) => `  ${l}`),
            ];
        case 'write': {
            const head = `write ${op.path} (mode ${op.mode}${op.owner ? `, owner ${op.owner}` : ''}, ` +
                `${Buffer.byteLength(op.content)} bytes)${op.onChange ? `; if changed: ${op.onChange}` : ''}`;
            if (op.secret)
                return [`${head}: *** (holds secrets)`];
            return [
                `${head}:`,
                ...op.content
                    .trimEnd()
                    .split('\n')
                    .map((l) => `  | ${mask(l)}`),
            ];
        }
        case 'upload':
            return [`upload ${op.path} (${op.bytes.length} bytes, sha256 ${op.sha256})`];
    }
}
/** The plan as text: every step and every command it would run, secrets shown as ***. */
function formatPlan(plan, secrets) {
    const mask = masker(secrets);
    const out = [
        `plan ${plan.run}: ${plan.instance} -> release ${plan.release.id} on the ${plan.to} ` +
            `slot${plan.from ? ` (live: ${plan.from})` : ' (first deploy)'}`,
    ];
    for (const note of plan.notes)
        out.push(`note: ${note}`);
    [...plan.steps, plan.finally].forEach((step, i) => {
        out.push('', `${i + 1}. [${step.phase}] ` +
            `${step.title}${step.movesTraffic ? '  (moves ' + 'traffic)' : ''}${step.onHost ? '  (run on the host by its watch, after the observe window)' : ''}`);
        for (const op of step.ops)
            out.push(...formatOp(op, mask).map((l) => `   ${l}`));
        if (step.undo?.length) {
            out.push('   undo:');
            for (const op of step.undo)
                out.push(...formatOp(op, mask).map((l) => `     ${l}`));
        }
    });
    return out.join('\n');
}


/***/ }),

/***/ 71475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ dryRunResult),
  v: () => (/* binding */ runWithProgress)
});

// EXTERNAL MODULE: ./src/engine/run.ts + 3 modules
var run = __webpack_require__(16686);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
;// CONCATENATED MODULE: ./src/plan/json.ts

/** One operation as data: secrets as ***, a secret file's content and an upload's bytes left out. */
function opJson(op, mask) {
    switch (op.kind) {
        case 'run':
            return { kind: op.kind, argv: op.argv.map(mask), ...(op.note ? { note: op.note } : {}) };
        case 'sh':
            return { kind: op.kind, text: mask(op.text), ...(op.note ? { note: op.note } : {}) };
        case 'write':
            return {
                kind: op.kind,
                path: op.path,
                mode: op.mode,
                ...(op.owner ? { owner: op.owner } : {}),
                secret: op.secret,
                bytes: Buffer.byteLength(op.content),
                ...(op.secret ? {} : { content: mask(op.content) }),
                ...(op.onChange ? { onChange: op.onChange } : {}),
            };
        case 'upload':
            return { kind: op.kind, path: op.path, bytes: op.bytes.length, sha256: op.sha256 };
    }
}
function stepJson(step, mask) {
    return {
        id: step.id,
        phase: step.phase,
        title: mask(step.title),
        timeoutMs: step.timeoutMs,
        movesTraffic: step.movesTraffic === true,
        onHost: step.onHost === true,
        ops: step.ops.map((op) => opJson(op, mask)),
        undo: (step.undo ?? []).map((op) => opJson(op, mask)),
    };
}
/**
 * The plan as a versioned JSON document (`format: 1`): what `plan --json` prints, for a reviewer's diff or a tool.
 * Field names follow the Plan type; a new field may appear, an existing one changes meaning only with a new format.
 */
function planJson(plan, secrets) {
    const mask = (0,format/* masker */.KB)(secrets);
    return {
        format: plan.format,
        run: plan.run,
        instance: plan.instance,
        release: plan.release,
        from: plan.from,
        to: plan.to,
        pointOfNoReturn: plan.pointOfNoReturn ?? null,
        notes: plan.notes.map(mask),
        steps: plan.steps.map((s) => stepJson(s, mask)),
        finally: stepJson(plan.finally, mask),
    };
}

// EXTERNAL MODULE: ./src/session/progress.ts
var session_progress = __webpack_require__(44533);
;// CONCATENATED MODULE: ./src/session/plan-run.ts






// The part every verb shares once its plan is built: print it (a dry run) or run it with progress lines.
/** A dry run's answer: the plan as text and as a versioned JSON document, nothing run. */
function dryRunResult(plan, secrets, summary, extra) {
    return {
        exitCode: exit_codes/* ExitCode */.y.ok,
        summary,
        planText: (0,format/* formatPlan */.nT)(plan, secrets),
        plan: planJson(plan, secrets),
        ...extra,
    };
}
/**
 * Runs a plan with a progress line per step (or the action's own step events). `watch` sees every event first (a
 * verb that notes when its flip or a commit step ended); `recordFailure` is the plan's failure record.
 */
function runWithProgress(plan, transport, opts, mask, more = {}) {
    const progress = (0,session_progress/* stepReporter */.w)(opts.log, mask, opts.onEvent);
    return (0,run/* runPlan */.F)(plan, transport, {
        onEvent: (e) => {
            more.watch?.(e);
            progress.onEvent(e);
        },
        ...(more.recordFailure ? { recordFailure: more.recordFailure } : {}),
        lockWaitMs: opts.lockWaitMs,
        signal: opts.signal,
    }).finally(progress.stop);
}


/***/ }),

/***/ 44533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ stepReporter)
/* harmony export */ });
/**
 * How a run's steps reach the operator: the terminal's step lines (or the action's groups, via `custom`), and for a
 * long step (a big backup, a slow migration, the observe window) a line every 10 s saying it is alive.
 */
function stepReporter(log, mask, custom) {
    const terminal = (e) => {
        if (e.kind === 'start')
            log(`${e.index < e.total ? `[${e.index + 1}/${e.total}]` : '[end]'} ${e.step.title} ...`);
        else if (e.kind === 'done')
            log(`      ${e.result.code === 0 ? 'ok' : `FAILED (exit ${e.result.code})`} in ` +
                (`${(e.ms / 1000).toFixed(1)} ` +
                    `s${e.result.code === 0
                        ? ''
                        : `: ` + `${mask(e.result.stderr.trim().split('\n').slice(-6).join('\n        '))}`}`));
        else if (e.kind === 'note')
            log(`      note: ${mask(e.text)}`);
        else if (e.kind === 'undo')
            log(`      undo ${e.step.id}: ${e.result.code === 0 ? 'ok' : `FAILED: ${mask(e.result.stderr.trim())}`}`);
        else
            log(`      waiting for the lock: ${mask(e.holder)}`);
    };
    const report = custom ? (e) => custom(e, mask) : terminal;
    let ticker;
    return {
        onEvent(e) {
            if (e.kind === 'start') {
                const started = Date.now();
                clearInterval(ticker);
                ticker = setInterval(() => log(`      ... ${e.step.id}: ${Math.round((Date.now() - started) / 1000)} s`), 10_000);
            }
            else if (e.kind === 'done')
                clearInterval(ticker);
            report(e);
        },
        stop: () => clearInterval(ticker),
    };
}


/***/ })

};
