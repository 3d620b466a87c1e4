import { quote } from '../shell/quote.js';

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
export const MARKER_V2 = 'clean 2';

/** The row hash of a method, over a comma-separated list of already-quoted columns. */
const rowHash = (method: 'record' | 'text', quotedCols: string) =>
  method === 'record' ? `hash_record_extended(ROW(${quotedCols}), 0)` : `hashtextextended(ROW(${quotedCols})::text, 0)`;

/** count and sum of the row hash (v1's text method when no method is given). */
export const rowsHash = (quotedCols: string, method: 'record' | 'text' = 'text') =>
  `count(*), coalesce(sum(${rowHash(method, quotedCols)}), 0)`;

/** Version 1: SQL that writes one query per table, each printing `table|columns|rows|hash`. */
export const GENERATE_V1 =
  `SELECT format('SELECT %L, %L, ${rowsHash('%s')} FROM public.%I;', table_name, ` +
  (`string_agg(column_name, ',' ORDER BY ordinal_position), string_agg(format('%I', column_name), ',' ORDER BY ` +
    (`ordinal_position), table_name) FROM information_schema.columns WHERE table_schema = 'public' GROUP BY ` +
      `table_name ORDER BY table_name`));

// A column's type hashes in binary when its type (a domain's base type) has a default hash operator class with the
// extended hash function. Arrays, enums and ranges have generic classes only: they take the text method, which is
// always correct.
const HASHABLE =
  `EXISTS (SELECT FROM pg_opclass oc JOIN pg_am am ON am.oid = oc.opcmethod AND am.amname = 'hash' ` +
  (`JOIN pg_amproc p ON p.amprocfamily = oc.opcfamily AND p.amproclefttype = oc.opcintype AND p.amprocnum = 2 ` +
    `WHERE oc.opcdefault AND oc.opcintype = CASE WHEN ty.typtype = 'd' THEN ty.typbasetype ELSE ty.oid END)`);

/** SQL writing a table's fingerprint query, from columns t (table), cols, q (quoted columns) and m (method). */
const QUERY_OF =
  `format('SELECT %L, %L, count(*), coalesce(sum(%s), 0), %L FROM public.%I;', t, cols, CASE m WHEN 'record' ` +
  (`THEN format('hash_record_extended(ROW(%s), 0)', q) ELSE ` +
    `format('hashtextextended(ROW(%s)::text, 0)', q) END, m, t)`);

/** Version 2: SQL that writes one query per public table, each printing `table|columns|rows|hash|method`. */
export const GENERATE_V2 =
  `SELECT ${QUERY_OF} FROM (SELECT c.relname AS t, string_agg(a.attname, ',' ORDER BY a.attnum) AS cols, ` +
  (`string_agg(quote_ident(a.attname), ',' ORDER BY a.attnum) AS q, CASE WHEN bool_and(${HASHABLE}) AND ` +
    (`current_setting('server_version_num')::int >= 140000 THEN 'record' ELSE 'text' END AS m FROM pg_class c ` +
      (`JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' JOIN pg_attribute a ON ` +
        (`a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped JOIN pg_type ty ON ty.oid = a.atttypid ` +
          `WHERE c.relkind IN ('r', 'p') GROUP BY c.relname) s ORDER BY t`))));

/** Shell: the queries GENERATE (v1 or v2) writes, run: one fingerprint line per table, as the marker holds them. */
export function fingerprintAs(connection: string, psqlTarget: string, generate = GENERATE_V1): string {
  return (
    `${connection} psql -At -v ON_ERROR_STOP=1 ${psqlTarget} -c ${quote(generate)} | ${connection} ` +
    `psql -At -F'|' -v ON_ERROR_STOP=1 ${psqlTarget}`
  );
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
export function fingerprintFromMarker(connection: string, psqlTarget: string, markerLines: string): string {
  return (
    `${markerLines} | ${connection} psql -qAt -F'|' -v ON_ERROR_STOP=1 ${psqlTarget} -f <(cat <<'SLOTFLIP_SQL'\n` +
    `${FROM_MARKER}\nSLOTFLIP_SQL\n) | LC_ALL=C sort`
  );
}
