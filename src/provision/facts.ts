import { createHash } from 'node:crypto';
import type { Instance } from '../config/environment.generated.js';
import { layout } from '../shell/layout.js';
import { quote, quoteSql } from '../shell/quote.js';
import { provisionPackages } from './packages.js';
import { readSections } from '../facts/sections.js';

// What a container already has, read in one read-only script over `pct exec` (or the lab's lxc-attach): the
// provision plan is made from these facts, so a second run changes only what differs. Each fact is one line.

export interface ContainerFacts {
  packages: Set<string>;
  /** sha256 of slotflip's files there, or 'none'. */
  files: Record<'aptProxy' | 'sshdConf' | 'site', string>;
  /** slotflip's nginx site is enabled. */
  siteEnabled: boolean;
  user: boolean;
  authorized: boolean;
  /** Units enabled and active. */
  up: Set<string>;
  /** pg_authid.rolpassword by role ('none' when it has none); absent when PostgreSQL does not answer. */
  pgRoles?: Map<string, string>;
  pgDatabase: boolean;
  /** sha256 of redis.conf's requirepass value; absent without redis.conf. */
  redisPass?: string;
  /** redis.conf's maxmemory line value ('none' when unset). */
  redisMaxmemory?: string;
  /** sha256 of the tuning files ('none' when absent); Redis's counts only while redis.conf includes it. */
  tuning: Record<'postgres' | 'redis', string>;
  /** PostgreSQL settings changed in a file that wait for a restart (pg_settings.pending_restart). */
  pendingRestart: string[];
  tls: boolean;
  /** slotflip has deployed here (state.json exists): credentials in use are never changed by provision. */
  deployed: boolean;
  /** The ed25519 host key, `type base64`. */
  hostKey?: string;
}

/** The hash a fact carries for a file: the plan compares it with the rendered content's. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const NO_FACTS: ContainerFacts = {
  packages: new Set(),
  files: { aptProxy: 'none', sshdConf: 'none', site: 'none' },
  siteEnabled: false,
  user: false,
  authorized: false,
  up: new Set(),
  pgDatabase: false,
  tuning: { postgres: 'none', redis: 'none' },
  pendingRestart: [],
  tls: false,
  deployed: false,
};

export const PATHS = {
  aptProxy: '/etc/apt/apt.conf.d/80slotflip-proxy',
  sshdConf: '/etc/ssh/sshd_config.d/slotflip.conf',
  hostKey: '/etc/ssh/ssh_host_ed25519_key.pub',
  redisConf: '/etc/redis/redis.conf',
  redisTuning: '/etc/redis/slotflip-tuning.conf',
  /** In the newest cluster's conf.d (Debian's postgresql.conf includes it), found when a script runs. */
  pgTuningName: '60-slotflip-tuning.conf',
} as const;

/** Shell: `$pgconf`, the conf.d directory of the newest PostgreSQL cluster (empty without one). */
export const FIND_PG_CONF = `pgconf=$(ls -d /etc/postgresql/*/main/conf.d 2>/dev/null | sort -V | tail -1)`;

/** Units provision keeps enabled and running. */
export function wantedUnits(inst: Instance): string[] {
  const pk = provisionPackages(inst);
  return [
    'ssh',
    'nginx',
    ...(pk.includes('postgresql') ? ['postgresql'] : []),
    ...(pk.includes('redis-server') ? ['redis-server'] : []),
  ];
}

/** `keyLine`: the deploy key's public half (`type base64`, not a secret), for ssh targets. */
export function factsScript(inst: Instance, keyLine: string | undefined): string {
  const db = inst.database;
  const roles = db ? [db.user, ...(db.admin_user ? [db.admin_user] : [])] : [];
  const tls = inst.nginx?.tls;
  return [
    'set -u',
    `fact() { printf '\\n@fact %s %s\\n' "$1" "$2"; }`,
    `sha() { if [ -f "$1" ]; then sha256sum < "$1" | cut -d' ' -f1; else echo none; fi; }`,
    `for p in ${provisionPackages(inst).map(quote).join(' ')}; do case "$(dpkg-query -W ` +
      `-f='\${db:Status-Abbrev}' "$p" 2>/dev/null)" in ii*) fact pkg "$p";; esac; done`,
    `fact aptProxy "$(sha ${PATHS.aptProxy})"`,
    `fact sshdConf "$(sha ${PATHS.sshdConf})"`,
    `fact site "$(sha ${quote(layout(inst.id).site)})"`,
    `[ -L ${quote(layout(inst.id).siteLink)} ] && fact siteEnabled yes`,
    `id -u ${quote(inst.app.user ?? inst.app.name)} >/dev/null 2>&1 && fact user yes`,
    ...(keyLine
      ? [
          `home=$(getent passwd ${quote(inst.target.user ?? 'root')} | cut -d: -f6)`,
          `[ -n "$home" ] && grep -qF ${quote(keyLine)} "$home/.ssh/authorized_keys" 2>/dev/null && fact ` +
            `authorized yes`,
        ]
      : []),
    `units=(${wantedUnits(inst).join(' ')}); for u in "\${units[@]}"; do systemctl is-enabled --quiet "$u" ` +
      `2>/dev/null && systemctl is-active --quiet "$u" 2>/dev/null && fact up "$u"; done`,
    ...(db
      ? [
          `if command -v psql >/dev/null && runuser -u postgres -- psql -d postgres -Atqc 'select 1' ` +
            `>/dev/null 2>&1; then`,
          `  fact pg up`,
          `  runuser -u postgres -- psql -d postgres -Atq -F ' ' -c ` +
            `${quote(
              `select rolname, coalesce(rolpassword, 'none') from pg_authid where rolname in ` +
                `(${roles.map(quoteSql).join(', ')})`,
            )} | while read -r r v; do fact pgRole "$r $v"; done`,
          `  [ "$(runuser -u postgres -- psql -d postgres -Atqc ` +
            `${quote(`select 1 from pg_database where datname = ${quoteSql(db.name)}`)})" = 1 ] && fact pgDatabase yes`,
          `  runuser -u postgres -- psql -d postgres -Atqc 'select name from pg_settings where ` +
            `pending_restart' | while read -r n; do fact pendingRestart "$n"; done`,
          'fi',
        ]
      : []),
    FIND_PG_CONF,
    `fact pgTuning "$(sha "$pgconf/${PATHS.pgTuningName}")"`,
    `grep -qxF ${quote(`include ${PATHS.redisTuning}`)} ${PATHS.redisConf} 2>/dev/null && fact redisTuning ` +
      `"$(sha ${PATHS.redisTuning})"`,
    `[ -f ${PATHS.redisConf} ] && fact redisMaxmemory "$(sed -n 's/^maxmemory //p' ${PATHS.redisConf} | ` +
      `tail -1 | grep . || echo none)"`,
    `[ -f ${PATHS.redisConf} ] && fact redisPass "$(sed -n 's/^requirepass //p' ${PATHS.redisConf} | head ` +
      `-1 | tr -d '\\n' | sha256sum | cut -d' ' -f1)"`,
    ...(tls?.enabled && tls.certificate && tls.key
      ? [`[ -s ${quote(tls.certificate)} ] && [ -s ${quote(tls.key)} ] && fact tls yes`]
      : []),
    `[ -f ${quote(layout(inst.id).state)} ] && fact deployed yes`,
    `[ -f ${PATHS.hostKey} ] && fact hostKey "$(cut -d' ' -f1,2 ${PATHS.hostKey})"`,
    'true',
  ].join('\n');
}

export function parseFacts(stdout: string): ContainerFacts {
  const f: ContainerFacts = {
    ...NO_FACTS,
    packages: new Set(),
    files: { ...NO_FACTS.files },
    up: new Set(),
    tuning: { ...NO_FACTS.tuning },
    pendingRestart: [],
  };
  for (const line of readSections(stdout).tag('fact')) {
    const m = /^(\S+) ?(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'pkg') f.packages.add(value);
    else if (key === 'aptProxy' || key === 'sshdConf' || key === 'site') f.files[key] = value;
    else if (key === 'siteEnabled') f.siteEnabled = true;
    else if (key === 'user') f.user = true;
    else if (key === 'authorized') f.authorized = true;
    else if (key === 'up') f.up.add(value);
    else if (key === 'pg') f.pgRoles ??= new Map();
    else if (key === 'pgRole') {
      const [role, verifier] = value.split(' ');
      (f.pgRoles ??= new Map()).set(role!, verifier ?? 'none');
    } else if (key === 'pgDatabase') f.pgDatabase = true;
    else if (key === 'redisPass') f.redisPass = value;
    else if (key === 'redisMaxmemory') f.redisMaxmemory = value;
    else if (key === 'pgTuning') f.tuning.postgres = value;
    else if (key === 'redisTuning') f.tuning.redis = value;
    else if (key === 'pendingRestart') f.pendingRestart.push(value);
    else if (key === 'tls') f.tls = true;
    else if (key === 'deployed') f.deployed = true;
    else if (key === 'hostKey') f.hostKey = value;
  }
  return f;
}
