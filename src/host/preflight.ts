import type { Instance } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import { layout } from '../shell/layout.js';
import { sizeBytes } from '../presets/sizes.js';
import { quote } from '../shell/quote.js';

// Reserve kept free on the database server for administrators and monitoring, beyond PostgreSQL's own.
export const CONNECTION_RESERVE = 5;
const DEFAULT_COMPONENT_MEMORY_MB = 128;

function memoryMb(value: string | undefined): number {
  const bytes = sizeBytes(value);
  return bytes === undefined ? DEFAULT_COMPONENT_MEMORY_MB : bytes / 1048576;
}

/**
 * Read-only checks before anything changes: room for a second slot and a backup, pg_dump able to dump this server,
 * and both slots' pools plus the backup and the migration within max_connections minus a reserve. Exit 4, with what
 * is missing and how much.
 */
export function preflightChecks(inst: Instance, archiveBytes: number, format: 'tar.gz' | 'zip' = 'tar.gz'): Op {
  const l = layout(inst.id);
  const needMemMb = Object.values(inst.app.components).reduce((sum, c) => sum + memoryMb(c?.memory_max), 0);
  const lines = [
    'problems=()',
    `free=$(df --output=avail -B1 ${quote('/opt')} | tail -1)`,
    `need=$(( ${archiveBytes} * 3 ))`,
    ...(format === 'zip'
      ? [
          'command -v unzip >/dev/null || problems+=("unzip: not installed, and the release is a zip ' +
            'archive (slotflip provision installs it)")',
        ]
      : []),
    ...(inst.app.release.source === 'url'
      ? [
          'command -v curl >/dev/null || problems+=("curl: not installed, and the host downloads the ' +
            'release (slotflip provision installs it)")',
        ]
      : []),
  ];
  const db = inst.database;
  if (db) {
    const psql =
      `PGPASSFILE=${quote(l.pgpass)} PGCONNECT_TIMEOUT=5 psql -At -h ${quote(db.host)} -p ` +
      `${db.port} -U ${quote(db.user)} -d ${quote(db.name)} --no-password`;
    // One query for all the server tells (each psql is a process and a login: 15-20 ms in a container).
    lines.push(
      `sf_pg=$(${psql} -F ' ' -c "SELECT pg_database_size(current_database()), ` +
        `current_setting('server_version_num'), current_setting('max_connections'), ` +
        (`current_setting('superuser_reserved_connections'), (SELECT count(*) FROM pg_stat_activity WHERE usename IS ` +
          `DISTINCT FROM current_user)") || { echo "preflight: cannot reach PostgreSQL at ${db.host}:${db.port} as ` +
          `${db.user}" >&2; exit 4; }`),
      'read -r dbsize server max reserved used <<< "$sf_pg"',
      'need=$(( need + dbsize * 12 / 10 ))',
      // The version by a bash match: `pg_dump (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)` gives 15.8.
      `dump=$(pg_dump --version 2>/dev/null) || dump=''`,
      `if [[ $dump =~ [0-9]+(\\.[0-9]+)? ]]; then dump=\${BASH_REMATCH[0]}
  [ "\${dump%%.*}" -ge "$(( server / 10000 ))" ] || problems+=("pg_dump $dump is older than the server ` +
        `($(( server / 10000 ))): install postgresql-client-$(( server / 10000 )) on the target")
else problems+=("pg_dump: not found; install postgresql-client-$(( server / 10000 )) on the target"); fi`,
      `want=$(( 2 * ${db.pool ?? 10} + 2 ))`,
      `room=$(( max - reserved - ${CONNECTION_RESERVE} - used ))`,
      `[ "$want" -le "$room" ] || problems+=("database connections: both slots' pools and the backup and ` +
        (`migration need $want, but max_connections $max leaves $room (other users hold $used, $reserved + ` +
          `${CONNECTION_RESERVE} reserved): lower database.pool or raise max_connections")`),
    );
  }
  lines.push(
    `[ "$free" -ge "$need" ] || problems+=("disk: /opt has $(( free / 1048576 )) MiB free, a release and a ` +
      `backup need $(( need / 1048576 )) MiB")`,
    `avail=$(awk '/^MemAvailable:/ { print int($2 / 1024) }' /proc/meminfo)`,
    `[ "$avail" -ge ${needMemMb} ] || problems+=("memory: $avail MiB available, a second slot needs ${needMemMb} MiB")`,
    'if [ ${#problems[@]} -gt 0 ]; then printf \'preflight: %s\\n\' "${problems[@]}" >&2; exit 4; fi',
    'echo "preflight: disk, memory, pg_dump and connections are sufficient"',
  );
  return {
    kind: 'sh',
    note: 'check room for a second slot and a backup, pg_dump, and the connection budget',
    text: lines.join('\n'),
  };
}
