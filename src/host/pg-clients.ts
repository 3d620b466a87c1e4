// Debian runs PostgreSQL's client programs through pg_wrapper, a Perl script that picks a version and then runs the
// program: about 35 ms of CPU per call in a lab container, against 6.5 ms for psql itself, and a deploy made some
// fifteen such calls. Given a host (-h, as every step's connection has), pg_wrapper takes the newest installed client
// version that has the program. A step that calls one puts that version's directory first in PATH itself, with bash
// builtins only, and the programs run without the wrapper. Where there is no /usr/lib/postgresql, nothing changes.
// Provisioning's steps (`runuser -u postgres -- psql`, no host) keep the wrapper: there it picks the local cluster.

const PG_CLIENT = /\b(psql|pg_dump|pg_dumpall|pg_restore|pg_isready)\b/;

/** Bash: the newest <root>/<version>/bin with pg_dump, first in PATH. */
export const newestPgClientsFirst = (root = '/usr/lib/postgresql'): string =>
  `sf_pgn=-1; sf_pgbin=''; for sf_pgd in ${root}/*/bin; do sf_pgv=\${sf_pgd#${root}/}; ` +
  'sf_pgv=${sf_pgv%%/*}; sf_pgv=${sf_pgv%%.*}; ' +
  'if [[ $sf_pgv =~ ^[0-9]+$ && -x $sf_pgd/pg_dump && $sf_pgv -gt $sf_pgn ]]; then ' +
  'sf_pgn=$sf_pgv; sf_pgbin=$sf_pgd; fi; done; [ -z "$sf_pgbin" ] || PATH="$sf_pgbin:$PATH"';

/** The line above, for a step whose compiled ops call a PostgreSQL client program; none otherwise. */
export const pgClientsFor = (body: readonly string[]): string[] =>
  body.some((text) => PG_CLIENT.test(text)) ? [newestPgClientsFirst()] : [];
