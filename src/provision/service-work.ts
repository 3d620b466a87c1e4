// Provisioning the data services in the instance's own container: the database and its roles, Redis's password.
import type { Instance } from '../config/environment.generated.js';
import { quote, quoteSql, retryUntil } from '../shell/quote.js';
import type { ContainerWork } from './container-work.js';
import { type ContainerFacts, PATHS, sha256 } from './facts.js';
import { isLocalHost } from './packages.js';
import { verifierMatches } from './scram.js';
import { provisionStep as step } from './step.js';
import { redisMaxmemory } from '../render/tuning.js';

/** A file holding a secret for one step: written 0600, read once, removed whatever happens. */
const secretFile = (name: string) => `/root/.slotflip-provision-${name}`;
const readOnce = (file: string, body: string) => `( trap 'rm -f ${file}' EXIT\n${body}\n)`;

/**
 * A role's password is set when provision creates the role, or before anything was deployed; never under a running app.
 */
export function databaseWork(
  inst: Instance,
  facts: ContainerFacts,
  secrets: ProvisionSecrets,
  out: ContainerWork,
): void {
  const db = inst.database;
  if (!db || !isLocalHost(db.host)) return;
  const roles = facts.pgRoles ?? new Map<string, string>();
  const sql: string[] = [];
  const role = (name: string, password: string | undefined, superuser: boolean, secretName: string) => {
    const verifier = roles.get(name);
    if (verifier === undefined) {
      out.changes.push(`PostgreSQL role ${name} missing`);
      sql.push(`CREATE ROLE ${name} LOGIN${superuser ? ' SUPERUSER' : ''} PASSWORD ${quoteSql(password ?? '')};`);
    } else if (password !== undefined && !verifierMatches(verifier, password, name)) {
      if (facts.deployed)
        out.left.push(
          `PostgreSQL role ${name}: its password is not the secret ${secretName}; an app may be using it, ` +
            `so provision leaves it (\`slotflip rotate db-password\` changes a live password)`,
        );
      else {
        out.changes.push(`PostgreSQL role ${name}: password differs from the secret ${secretName}`);
        sql.push(`ALTER ROLE ${name} PASSWORD ${quoteSql(password)};`);
      }
    }
  };
  role(db.user, secrets.db, false, db.password_secret);
  if (db.admin_user) role(db.admin_user, secrets.dbAdmin, true, db.admin_secret ?? '');
  if (!facts.pgDatabase) {
    out.changes.push(`database ${db.name} missing`);
    sql.push(`CREATE DATABASE ${db.name} OWNER ${db.user};`);
  }
  if (!sql.length) return;
  const file = secretFile('db.sql');
  out.steps.push(
    step('database', `PostgreSQL: ${sql.map((s) => s.split(' ').slice(0, 3).join(' ')).join(', ')}`, [
      { kind: 'write', path: file, content: `${sql.join('\n')}\n`, mode: '0600', secret: true },
      {
        kind: 'sh',
        note: 'passwords reach psql on stdin, never in an argv',
        text: readOnce(
          file,
          `systemctl start postgresql\nrunuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -d postgres < ${file}`,
        ),
      },
    ]),
  );
}

/**
 * requirepass (set only when Redis has none or nothing was deployed yet) and maxmemory. A new password needs a
 * restart; a new limit alone is applied live (CONFIG SET), so a serving app never loses its Redis.
 */
export function redisWork(inst: Instance, facts: ContainerFacts, secrets: ProvisionSecrets, out: ContainerWork): void {
  const r = inst.redis;
  if (!r || !isLocalHost(r.host) || secrets.redis === undefined) return;
  let setPassword = false;
  if (facts.redisPass !== sha256(secrets.redis)) {
    const unset = facts.redisPass === undefined || facts.redisPass === sha256('');
    if (!unset && facts.deployed)
      out.left.push(
        `Redis: requirepass is not the secret ${r.password_secret ?? ''}; an app may be using it, so ` +
          `provision leaves it`,
      );
    else {
      out.changes.push(
        unset ? 'Redis has no password' : `Redis: requirepass differs from the secret ${r.password_secret ?? ''}`,
      );
      setPassword = true;
    }
  }
  const limit = inst.container ? redisMaxmemory(inst.container.memory) : undefined;
  const setLimit = limit !== undefined && facts.redisMaxmemory !== limit;
  if (setLimit) out.changes.push(`Redis maxmemory: ${facts.redisMaxmemory ?? 'none'} -> ${limit}`);
  if (!setPassword && !setLimit) return;
  const file = secretFile('redis.pass');
  const set = (key: string, value: string) =>
    `grep -v '^${key} ' "$conf" > "$tmp" || true; printf '${key} %s\\n' ${value} >> "$tmp"; cp "$tmp" "$conf"`;
  out.steps.push(
    step(
      'redis',
      `Redis: ` +
        `${[setPassword ? 'requirepass from the ' + 'secret' : '', setLimit ? `maxmemory ${limit}` : '']
          .filter(Boolean)
          .join(', ')}`,
      [
        ...(setPassword
          ? [{ kind: 'write' as const, path: file, content: secrets.redis, mode: '0600', secret: true }]
          : []),
        {
          kind: 'sh',
          text: readOnce(
            file,
            `conf=${PATHS.redisConf}
tmp=$(mktemp "$conf.XXXXXX")
${
  setPassword
    ? `pw=$(cat ${file})
${set('requirepass', '"$pw"')}`
    : `pw=$(sed -n 's/^requirepass //p' "$conf" | head -1)`
}
${setLimit ? set('maxmemory', quote(limit)) : ''}
rm -f "$tmp"; chown redis:redis "$conf"; chmod 0640 "$conf"
${
  setPassword
    ? 'systemctl restart ' + 'redis-server'
    : `REDISCLI_AUTH="$pw" redis-cli --no-auth-warning CONFIG SET maxmemory ` + `${quote(limit ?? '')} >/dev/null`
}
${retryUntil(
  '[ "$(REDISCLI_AUTH="$pw" redis-cli --no-auth-warning ping 2>/dev/null)" = PONG ' + ']',
  50,
  '0.2',
  'Redis does not answer PING with the password',
)}`,
          ),
        },
      ],
    ),
  );
}

export interface ProvisionSecrets {
  db?: string;
  dbAdmin?: string;
  redis?: string;
}
