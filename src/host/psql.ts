import type { Database } from '../config/environment.generated.js';
import type { Layout } from '../shell/layout.js';
import { quote } from '../shell/quote.js';

// Credentials come from a 0600 pgpass file (PGPASSFILE), never from an argv or PGPASSWORD on a command line.
export const conn = (l: Layout) => `PGPASSFILE=${quote(l.pgpass)} PGCONNECT_TIMEOUT=5`;
export const target = (db: Database) =>
  `-h ${quote(db.host)} -p ${db.port} -U ${quote(db.user)} -d ${quote(db.name)} --no-password`;

/**
 * A fingerprint of the columns (tables, columns, types), kept in every backup's marker: a later rollback compares it
 * with the live schema to tell whether a migration ran since. Markers already on hosts hold this form, so it stays.
 */
export function schemaHeadShell(l: Layout, db: Database): string {
  const sql =
    "SELECT md5(coalesce(string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY " +
    "table_name, column_name), '')) FROM information_schema.columns WHERE table_schema = 'public'";
  return `${conn(l)} psql -At ${target(db)} -c ${quote(sql)}`;
}
