import type { Database } from '../config/environment.generated.js';
import { quote } from '../shell/quote.js';

// The database admin named in the environment (`database.admin_user` + `admin_secret`), for what the app's own role
// may not do: restores (create databases, swap them) and password rotation (roles). Its password reaches psql only
// from a 0600 pgpass file in the run's private directory on the host, never an argv or a script.

export interface AdminLogin {
  db: Database;
  admin: { user: string; pgpass: string };
}

export const adminConn = (r: AdminLogin) =>
  `PGPASSFILE=${quote(r.admin.pgpass)} PGCONNECT_TIMEOUT=5 PGAPPNAME=slotflip`;
export const adminTarget = (r: AdminLogin, database: string) =>
  `-h ${quote(r.db.host)} -p ${r.db.port} -U ${quote(r.admin.user)} -d ${quote(database)} --no-password`;
/** psql as the admin, stopping at the first error; connected to `database` (default: the postgres database). */
export const adminSql = (r: AdminLogin, database = 'postgres') =>
  `${adminConn(r)} psql -At -v ON_ERROR_STOP=1 ${adminTarget(r, database)}`;

/** One line of a pgpass file; `:` and `\` in a field are escaped. */
export const pgpassLine = (host: string, port: number, user: string, password: string) =>
  `${[host, String(port), '*', user, password].map((f) => f.replace(/([\\:])/g, '\\$1')).join(':')}\n`;
