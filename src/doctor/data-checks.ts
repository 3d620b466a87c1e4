// doctor's rows for the data services an instance uses: PostgreSQL (reachable, connection budget) and Redis.
import { colonValues } from './values.js';
import type { ProbeOutput } from '../facts/probe-output.js';
import { fail, LIMITS, ok, warn, type DoctorRow } from './rows.js';

export function postgresRows(p: ProbeOutput): DoctorRow[] {
  const db = p.inst.database;
  if (!db) return [];
  const id = p.inst.id;
  const where = `${db.host}:${db.port}`;
  if (p.first('pg-ready') !== '0')
    return [
      fail(
        id,
        'postgresql',
        `${where} does not accept connections`,
        `start PostgreSQL on ${db.host} (systemctl status postgresql; its log says why it stopped); the app ` +
          `fails its health checks until then`,
      ),
    ];
  const fields = p.first('pg').split(/\s+/);
  const [max, reserved, used, hit, read, idle, idleTx] = fields.map(Number);
  if (![max, reserved, used, hit, read, idle, idleTx].every(Number.isFinite)) {
    return [
      fail(
        id,
        'postgresql',
        `cannot query ${db.name} as ${db.user}: ${p.first('pg').slice(0, 200)}`,
        `check the role's password (database.password_secret) and pg_hba.conf on ${db.host}`,
      ),
    ];
  }
  const rows: DoctorRow[] = [];
  const room = max! - reserved!;
  const detail =
    `${used} of ${room} connections in use (max_connections ${max}, ${reserved} reserved), ` +
    `PostgreSQL ${fields[7] ?? '?'}`;
  const remedy =
    'a pool that leaks or too many apps on one server: lower database.pool, stop idle clients, or raise ' +
    'max_connections';
  rows.push(
    used! >= room * LIMITS.connectionsFailRatio
      ? fail(id, 'connections', detail, remedy)
      : used! >= room * LIMITS.connectionsWarnRatio
        ? warn(id, 'connections', detail, remedy)
        : ok(id, 'connections', detail),
  );
  const blocks = hit! + read!;
  const ratio = blocks ? hit! / blocks : 1;
  const cache = `cache hit ratio ${(ratio * 100).toFixed(1)}% over ${blocks} block reads`;
  rows.push(
    blocks >= LIMITS.cacheMinBlocks && ratio < LIMITS.cacheHitWarn
      ? warn(
          id,
          'cache',
          cache,
          'shared_buffers is small for the working set: raise it (a quarter of the memory is the usual start)',
        )
      : ok(id, 'cache', blocks < LIMITS.cacheMinBlocks ? `${cache} (too few to judge)` : cache),
  );
  if (idle! > 0 || idleTx! > 0) {
    rows.push(
      warn(
        id,
        'idle sessions',
        `${db.user}: ${idle} idle over 30 min, ${idleTx} idle in a transaction over 5 min`,
        'a client holds connections it does not use; idle_in_transaction_session_timeout ends the second ' +
          ("kind; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'idle' AND " +
            'state_change < now() ' +
            "- interval '30 min' ends the first"),
      ),
    );
  } else rows.push(ok(id, 'idle sessions', `${db.user}: none idle over 30 min`));
  return rows;
}

export function redisRows(p: ProbeOutput): DoctorRow[] {
  const r = p.inst.redis;
  if (!r) return [];
  const id = p.inst.id;
  const pong = p.first('redis-ping');
  if (pong !== 'PONG')
    return [
      fail(
        id,
        'redis',
        `${r.host}:${r.port} does not answer PING${pong ? `: ${pong.slice(0, 120)}` : ''}`,
        `start Redis on ${r.host} (systemctl status redis-server); if it answers NOAUTH or WRONGPASS, check ` +
          `redis.password_secret`,
      ),
    ];
  const info = colonValues(p.first('redis-info'));
  const used = Number(info.used_memory) || 0;
  const max = Number(info.maxmemory) || 0;
  const evicted = Number(info.evicted_keys) || 0;
  const mb = (b: number) => `${(b / 1048576).toFixed(1)} MiB`;
  const rows = [
    ok(
      id,
      'redis',
      `answers PING, ${mb(used)} used${max ? ` of ${mb(max)}` : ''}, policy ${info.maxmemory_policy ?? '?'}`,
    ),
  ];
  if (!max)
    rows.push(
      warn(
        id,
        'redis memory',
        'no maxmemory: Redis grows until the container runs out of memory',
        'set maxmemory and maxmemory-policy allkeys-lru in redis.conf (a cache may drop keys; the app may not)',
      ),
    );
  else if (used > max * LIMITS.redisMemoryWarnRatio)
    rows.push(
      warn(id, 'redis memory', `${mb(used)} of ${mb(max)} maxmemory`, 'raise maxmemory or look for keys without a TTL'),
    );
  if (evicted > 0)
    rows.push(
      warn(
        id,
        'redis evictions',
        `${evicted} keys evicted since Redis started (policy ${info.maxmemory_policy})`,
        'the cache is smaller than what the app keeps: raise maxmemory',
      ),
    );
  return rows;
}
