import type { Instance } from '../config/environment.generated.js';
import { ensureAppUser } from '../host/release.js';
import { quote, quoteSql, retryUntil } from '../shell/quote.js';
import { siteOps } from '../plan/site-ops.js';
import type { ContainerWork } from './container-work.js';
import type { RenderedFile } from '../shell/ops.js';
import type { TuningFiles } from '../render/tuning-files.js';
import { type ContainerFacts, PATHS, sha256, wantedUnits } from './facts.js';
import { isLocalHost, provisionPackages } from './packages.js';
import { verifierMatches } from './scram.js';
import { provisionStep as step } from './step.js';
import { redisMaxmemory } from '../render/tuning.js';
import { tuningWork } from './tuning-steps.js';

export interface ProvisionSecrets {
  db?: string;
  dbAdmin?: string;
  redis?: string;
}

// sshd: keys only. The deploy logs in with its key; a password prompt on a container's sshd only invites guessing.
const SSHD_CONF = 'PermitRootLogin prohibit-password\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n';
/** A file holding a secret for one step: written 0600, read once, removed whatever happens. */
const secretFile = (name: string) => `/root/.slotflip-provision-${name}`;
const readOnce = (file: string, body: string) => `( trap 'rm -f ${file}' EXIT\n${body}\n)`;

/** The steps inside the container, each only when the facts say it differs. Pure: no I/O. */
export function containerSteps(
  inst: Instance,
  facts: ContainerFacts,
  keyLine: string | undefined,
  secrets: ProvisionSecrets,
  site?: RenderedFile,
  tuning: TuningFiles = {},
): ContainerWork {
  const out: ContainerWork = { steps: [], changes: [], left: [] };
  const c = inst.container;
  if (c?.apt_proxy) {
    const content =
      `// slotflip provision: packages come through the operator's package ` +
      `proxy\nAcquire::http::Proxy "${c.apt_proxy}";\n`;
    if (facts.files.aptProxy !== sha256(content)) {
      out.changes.push(`apt goes through ${c.apt_proxy}`);
      out.steps.push(
        step('apt-proxy', `apt through ${c.apt_proxy}`, [
          { kind: 'write', path: PATHS.aptProxy, content, mode: '0644', secret: false },
        ]),
      );
    }
  }
  const missing = provisionPackages(inst).filter((p) => !facts.packages.has(p));
  if (missing.length) {
    out.changes.push(`packages to install: ${missing.join(' ')}`);
    out.steps.push(
      step(
        'packages',
        `install ${missing.join(', ')}`,
        [
          {
            kind: 'sh',
            note: "from the container's Debian sources; no recommends, so a minimal template stays minimal",
            text:
              `export DEBIAN_FRONTEND=noninteractive\napt-get update -q\napt-get install -y -q ` +
              `--no-install-recommends ${missing.map(quote).join(' ')}`,
          },
        ],
        15 * 60_000,
      ),
    );
  }
  if (facts.files.sshdConf !== sha256(SSHD_CONF)) {
    out.changes.push('sshd: keys only');
    out.steps.push(
      step('sshd', 'sshd: keys only, no passwords', [
        {
          kind: 'write',
          path: PATHS.sshdConf,
          content: SSHD_CONF,
          mode: '0644',
          secret: false,
          onChange: 'sshd -t && { systemctl reload ssh 2>/dev/null || true; }',
        },
      ]),
    );
  }
  const down = wantedUnits(inst).filter((u) => !facts.up.has(u));
  if (down.length) {
    out.changes.push(`not enabled and running: ${down.join(', ')}`);
    out.steps.push(
      step('services', `enable and start ${down.join(', ')}`, [
        { kind: 'run', argv: ['systemctl', 'enable', '--now', ...down] },
      ]),
    );
  }
  const user = inst.app.user ?? inst.app.name;
  if (!facts.user) {
    out.changes.push(`service user ${user} missing`);
    out.steps.push(
      step('user', `create the service user ${user}`, [{ kind: 'sh', text: ensureAppUser(inst.id, user) }]),
    );
  }
  if (keyLine && !facts.authorized) {
    const login = inst.target.user ?? 'root';
    out.changes.push(`deploy key not authorized for ${login}`);
    out.steps.push(
      step('ssh-key', `authorize the deploy key for ${login}`, [{ kind: 'sh', text: authorizeKey(login, keyLine) }]),
    );
  }
  const tls = inst.nginx?.tls;
  if (tls?.enabled && tls.certificate && tls.key && !facts.tls) {
    out.changes.push(`no TLS certificate at ${tls.certificate}: a self-signed placeholder until yours is installed`);
    out.steps.push(
      step('tls', 'a self-signed placeholder certificate (replace it with your own)', [
        { kind: 'sh', text: placeholderCertificate(tls.certificate, tls.key, inst.nginx?.server_names ?? [inst.id]) },
      ]),
    );
  }
  // After TLS: a site that names certificate files needs them for `nginx -t`.
  if (site && (facts.files.site !== sha256(site.content) || !facts.siteEnabled)) {
    out.changes.push(
      facts.files.site === 'none'
        ? 'no nginx site for the instance'
        : facts.siteEnabled
          ? 'the nginx site differs from the one rendered'
          : 'the nginx site is not enabled',
    );
    out.steps.push(
      step('site', `the nginx site for ${(inst.nginx?.server_names ?? []).join(', ')}`, siteOps(inst, site)),
    );
  }
  databaseWork(inst, facts, secrets, out);
  redisWork(inst, facts, secrets, out);
  // After Redis's password and PostgreSQL's roles: the tuning steps log in with them.
  tuningWork(inst, facts, tuning, out);
  return out;
}

function authorizeKey(login: string, keyLine: string): string {
  return `home=$(getent passwd ${quote(login)} | cut -d: -f6)
install -d -m 0700 -o ${quote(login)} "$home/.ssh"
grep -qF ${quote(keyLine)} "$home/.ssh/authorized_keys" 2>/dev/null || printf '%s slotflip-deploy\\n' ${quote(keyLine)} >> "$home/.ssh/authorized_keys"
chown ${quote(login)} "$home/.ssh/authorized_keys"; chmod 0600 "$home/.ssh/authorized_keys"`;
}

function placeholderCertificate(cert: string, key: string, names: readonly string[]): string {
  const san = names.map((n) => `DNS:${n}`).join(',');
  return `install -d -m 0755 "$(dirname ${quote(cert)})"; install -d -m 0700 "$(dirname ${quote(key)})"
(umask 077; openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 -subj ${quote(`/CN=${names[0]}`)} -addext ${quote(`subjectAltName=${san}`)} -keyout ${quote(key)} -out ${quote(cert)} 2>/dev/null)
chmod 0644 ${quote(cert)}`;
}

/**
 * A role's password is set when provision creates the role, or before anything was deployed; never under a running app.
 */
function databaseWork(inst: Instance, facts: ContainerFacts, secrets: ProvisionSecrets, out: ContainerWork): void {
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
function redisWork(inst: Instance, facts: ContainerFacts, secrets: ProvisionSecrets, out: ContainerWork): void {
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
