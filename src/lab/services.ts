import { quote, quoteSql } from '../shell/quote.js';

export interface ServiceSecrets {
  dbPassword: string;
  dbAdminPassword: string;
  redisPassword: string;
}

export const LAB_DB = { name: 'demo', user: 'demo', admin: 'slotflip_admin' } as const;

/**
 * Idempotent: the app's PostgreSQL role and database, an admin role for restores, and Redis with a password.
 * Passwords travel inside this script on stdin and are set by builtins and psql's input, never in an argv.
 */
export function provisionScript(s: ServiceSecrets): string {
  const sql = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${LAB_DB.user}') THEN CREATE ROLE ${LAB_DB.user} LOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${LAB_DB.admin}') THEN
    CREATE ROLE ${LAB_DB.admin} LOGIN SUPERUSER;
  END IF;
END $$;
ALTER ROLE ${LAB_DB.user} PASSWORD ${quoteSql(s.dbPassword)};
ALTER ROLE ${LAB_DB.admin} PASSWORD ${quoteSql(s.dbAdminPassword)};
SELECT 'CREATE DATABASE ${LAB_DB.name} OWNER ${LAB_DB.user}'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${LAB_DB.name}')\\gexec
`;
  return `set -eu
cluster=$(ls -d /etc/postgresql/*/main | head -1)
version=$(basename "$(dirname "$cluster")")
systemctl start "postgresql@$version-main"
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -d postgres <<'SLOTFLIP_SQL'
${sql}
SLOTFLIP_SQL
pw=${quote(s.redisPassword)}
conf=/etc/redis/redis.conf
if ! grep -qxF "requirepass $pw" "$conf"; then
  tmp=$(mktemp "$conf.XXXXXX")
  grep -v '^requirepass ' "$conf" > "$tmp" || true
  printf 'requirepass %s\\n' "$pw" >> "$tmp"
  chown redis:redis "$tmp"; chmod 0640 "$tmp"
  mv -f "$tmp" "$conf"
  systemctl restart redis-server
fi
for i in $(seq 1 50); do
  if REDISCLI_AUTH="$pw" redis-cli ping 2>/dev/null | grep -q PONG; then break; fi
  sleep 0.2
done
REDISCLI_AUTH="$pw" redis-cli ping | grep -q PONG
# What provision sets (provision/tuning.ts): an eighth of the container's memory, at least 64 MiB, least recently used
# keys evicted first. Without it doctor warns about the lab's own Redis on every demo.
limit="$(awk '/^MemTotal:/ { m = int($2 / 1024 / 8); print (m < 64 ? 64 : m) }' /proc/meminfo)mb"
grep -v '^maxmemory' "$conf" > "$conf.slotflip-tmp" || true
printf 'maxmemory %s\nmaxmemory-policy allkeys-lru\n' "$limit" >> "$conf.slotflip-tmp"
chown redis:redis "$conf.slotflip-tmp"; chmod 0640 "$conf.slotflip-tmp"; mv -f "$conf.slotflip-tmp" "$conf"
REDISCLI_AUTH="$pw" redis-cli --no-auth-warning CONFIG SET maxmemory "$limit" >/dev/null
REDISCLI_AUTH="$pw" redis-cli --no-auth-warning CONFIG SET maxmemory-policy allkeys-lru >/dev/null
# Each on its own line: with several units, is-active succeeds when any one is active (and under set -e only a
# list's last command stops the script).
systemctl is-active --quiet nginx
systemctl is-active --quiet ssh
echo provisioned
`;
}

/** sshd, nginx, PostgreSQL and Redis, as `status` reports them. */
export const SERVICES = ['ssh', 'nginx', 'postgresql', 'redis-server'] as const;

export const serviceStateScript = `pg_version=$(basename "$(dirname "$(ls -d /etc/postgresql/*/main | head -1)")")
pg="postgresql@$pg_version-main"
for u in ssh nginx "$pg" redis-server; do
  printf '%s\\n' "$(systemctl is-active "$u" 2>/dev/null || true)"
done`;
