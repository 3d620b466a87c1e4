import type { Finding } from '../../report/finding.js';
import { at, hostKey, instancesOf, isLocalHost, isRecord, type InstanceRef, type Rule } from './rule.js';

// Apps that share one PostgreSQL server share its max_connections. During a deploy both slots of an instance hold their
// pool, and slotflip's own backup, migration and health check need a few more. When the sum passes the limit, the
// last app to connect gets "too many clients", often in the middle of another app's deploy.

export const SLOTFLIP_CONNECTIONS = 3;
/** PostgreSQL keeps superuser_reserved_connections (3 by default) for its admins. */
export const RESERVED_CONNECTIONS = 3;

interface User {
  ref: InstanceRef;
  pool: number;
  max: number;
}

export const connectionBudget: Rule = (files) => {
  const servers = new Map<string, User[]>();
  for (const ref of instancesOf(files)) {
    const db = isRecord(ref.inst.database) ? ref.inst.database : undefined;
    if (!db || typeof db.host !== 'string') continue;
    const machine = isLocalHost(db.host) ? hostKey(ref.inst) : db.host.toLowerCase();
    if (!machine) continue;
    const key = `${machine}:${String(db.port ?? 5432)}`;
    const user = {
      ref,
      pool: typeof db.pool === 'number' ? db.pool : 10,
      max: typeof db.max_connections === 'number' ? db.max_connections : 100,
    };
    servers.set(key, [...(servers.get(key) ?? []), user]);
  }
  const findings: Finding[] = [];
  for (const [server, users] of servers) {
    const need = users.reduce((sum, u) => sum + 2 * u.pool + SLOTFLIP_CONNECTIONS, 0);
    const max = Math.min(...users.map((u) => u.max));
    const limit = max - RESERVED_CONNECTIONS;
    if (need <= limit) continue;
    const parts = users.map((u) => `${u.ref.id} 2 x ${u.pool} + ${SLOTFLIP_CONNECTIONS}`).join(', ');
    for (const u of users) {
      findings.push(
        at(
          u.ref.parsed,
          [
            ...u.ref.path,
            'database',
            isRecord(u.ref.inst.database) && u.ref.inst.database.pool !== undefined ? 'pool' : 'host',
          ],
          'error',
          'connection-budget',
          `the PostgreSQL server at ${server.replace(/^pct:[^:]*:/, 'container ')} would need ${need} ` +
            (`connections during deploys (${parts}) but allows ${limit} (max_connections ${max} minus ` +
              `${RESERVED_CONNECTIONS} reserved): lower database.pool or raise max_connections`),
        ),
      );
    }
  }
  return findings;
};
