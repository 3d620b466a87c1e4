import type { Op } from '../shell/ops.js';
import { adminSql, type AdminLogin } from './pg-admin.js';
import { quote } from '../shell/quote.js';

// The host's half of `slotflip rotate db-password`. A PostgreSQL role has one password, so "both valid during the
// switch" takes a second login: a temporary role that is a member of the app's role and acts as it (SET role at
// login, so whatever it creates is the app role's), with the new password. One slot moves to it and takes the
// traffic; then the app's role gets the new password, the other slot moves to that and takes the traffic back, and the
// temporary role goes. Passwords reach psql from a 0600 file (`\set pw`), never inside a script or an argv.

/** The temporary login: the app role's name and a fixed suffix, so a run after a failed one finds and reuses it. */
export const rotatingRole = (appRole: string) => `${appRole.slice(0, 50)}_rotating`;

/** Creates (or resets) the temporary login with the new password, as a member of the app's role acting as it. */
export function createRotatingRole(r: AdminLogin, passwordFile: string): Op {
  const app = r.db.user;
  const tmp = rotatingRole(app);
  return {
    kind: 'sh',
    note: `a temporary login ${tmp} (member of ${app}, acting as it) with the new password`,
    text: `${adminSql(r)} <<'SLOTFLIP_SQL'
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${tmp}') AS missing \\gset
\\if :missing
CREATE ROLE ${tmp};
\\endif
\\set pw \`cat ${quote(passwordFile)}\`
ALTER ROLE ${tmp} LOGIN PASSWORD :'pw';
GRANT ${app} TO ${tmp};
ALTER ROLE ${tmp} SET role = '${app}';
SLOTFLIP_SQL
echo "${tmp} can log in with the new password"`,
  };
}

/** Gives the app's own role the new password: from here the old one no longer opens a connection. */
export function setAppPassword(r: AdminLogin, passwordFile: string): Op {
  return {
    kind: 'sh',
    note: `the new password for ${r.db.user} (sessions already open keep working)`,
    text: `${adminSql(r)} <<'SLOTFLIP_SQL'
\\set pw \`cat ${quote(passwordFile)}\`
ALTER ROLE ${r.db.user} PASSWORD :'pw';
SLOTFLIP_SQL
echo "${r.db.user} has the new password"`,
  };
}

/** Ends the temporary login's sessions and drops it (anything it owns goes to the app's role first). */
export function dropRotatingRole(r: AdminLogin): Op {
  const tmp = rotatingRole(r.db.user);
  return {
    kind: 'sh',
    note: `drop the temporary login ${tmp}`,
    text: `${adminSql(r, r.db.name)} <<'SLOTFLIP_SQL'
SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = '${tmp}') AS present \\gset
\\if :present
SELECT count(pg_terminate_backend(pid)) AS ended FROM pg_stat_activity WHERE usename = '${tmp}' \\gset
REASSIGN OWNED BY ${tmp} TO ${r.db.user};
DROP OWNED BY ${tmp};
DROP ROLE ${tmp};
\\echo dropped ${tmp} (:ended sessions ended)
\\endif
SLOTFLIP_SQL`,
  };
}
