import type { Finding } from '../../report/finding.js';
import { configEntries } from '../../presets/config-walk.js';
import type { Preset } from '../../presets/preset.js';
import { maxUpload, nginxSize, sizeBytes } from '../../presets/sizes.js';
import { configPath } from './app-config.js';
import { at, instancesOf, isRecord, presetOf, type InstanceRef, type Rule, type RuleContext } from './rule.js';

// The failures Vikunja operators report on upgrades, each caught in the pull request from what the preset declares:
// data on a relative path (lost with the release), a key-value store on Redis without Redis, a public URL that does not
// match the site (broken links and CORS), no shared secret (everyone signed out at each deploy), CORS open to any
// origin in production, and a PostgreSQL the release does not support.

type Check = (
  ref: InstanceRef,
  preset: Preset,
  config: Map<string, { written: string[]; value: unknown }>,
) => Finding[];

const absolutePaths: Check = (ref, preset, config) =>
  preset.config.absolute_paths.flatMap((key) => {
    const e = config.get(key);
    if (!e || typeof e.value !== 'string' || e.value.startsWith('/')) return [];
    return [
      at(
        ref.parsed,
        configPath(ref, e.written),
        'error',
        'absolute-path',
        `${key} must be an absolute path on persistent storage: "${e.value}" is relative to the release ` +
          `directory, so its data would be left behind by the next release`,
      ),
    ];
  });

const needsRedis: Check = (ref, preset, config) =>
  Object.entries(preset.config.needs_redis).flatMap(([key, value]) => {
    const e = config.get(key);
    if (!e || String(e.value).toLowerCase() !== value || isRecord(ref.inst.redis)) return [];
    return [
      at(
        ref.parsed,
        configPath(ref, e.written),
        'error',
        'needs-redis',
        `${key}: ${value} needs Redis, but the instance has no redis section: add one (slotflip then sets ` +
          `redis.enabled, redis.host as host:port and redis.db)`,
      ),
    ];
  });

const publicUrl: Check = (ref, preset, config) => {
  const e = preset.config.public_url ? config.get(preset.config.public_url) : undefined;
  const nginx = isRecord(ref.inst.nginx) ? ref.inst.nginx : undefined;
  if (!e || !nginx) return [];
  const names = Array.isArray(nginx.server_names) ? nginx.server_names.map(String) : [];
  const scheme = isRecord(nginx.tls) && nginx.tls.enabled === true ? 'https' : 'http';
  const m = typeof e.value === 'string' ? /^(https?):\/\/([^/:]+)(:\d+)?(\/.*)?$/.exec(e.value) : null;
  const fail = (why: string) => [
    at(
      ref.parsed,
      configPath(ref, e.written),
      'error',
      'public-url',
      `${preset.config.public_url} ${why} (leave it out: slotflip derives ` +
        `${scheme}://${names[0] ?? '<server name>'}/ from the nginx site)`,
    ),
  ];
  if (!m) return fail('must be a URL with its scheme, such as https://tasks.example.com/');
  if (m[1] !== scheme) return fail(`says ${m[1]} but the site serves ${scheme}`);
  if (!names.includes(m[2]!))
    return fail(`names ${m[2]}, which is not one of the site's server names (${names.join(', ')})`);
  return [];
};

const sharedSecret: Check = (ref, preset) => {
  const app = isRecord(ref.inst.app) ? ref.inst.app : {};
  if (!preset.secret?.required || app.shared_secret !== undefined) return [];
  return [
    at(
      ref.parsed,
      [...ref.path, 'app'],
      'error',
      'shared-secret',
      `${preset.app} signs sessions with ${preset.secret.key}; without one it makes a new one at every ` +
        (`start, so at each deploy ${preset.secret.on_change ?? 'everyone is signed out'}: name a secret in ` +
          `app.shared_secret`),
      'key',
    ),
  ];
};

const corsOrigins: Check = (ref, preset, config) => {
  const e = preset.config.cors_origins ? config.get(preset.config.cors_origins) : undefined;
  if (!e || !Array.isArray(e.value) || !e.value.includes('*')) return [];
  const production = isRecord(ref.parsed.data) && ref.parsed.data.environment === 'production';
  return [
    at(
      ref.parsed,
      configPath(ref, e.written),
      production ? 'error' : 'warning',
      'cors-origins',
      `${preset.config.cors_origins} allows any origin (*)${production ? ' in production' : ''}: list the ` +
        `origins that may call the API, with their scheme`,
    ),
  ];
};

const postgresVersion: Check = (ref, preset) => {
  const db = isRecord(ref.inst.database) ? ref.inst.database : undefined;
  const v = db?.server_version;
  if (!preset.postgres || typeof v !== 'number') return [];
  const { min, max } = preset.postgres;
  if (v >= min && (max === undefined || v <= max)) return [];
  return [
    at(
      ref.parsed,
      [...ref.path, 'database', 'server_version'],
      'error',
      'postgres-version',
      `${preset.app} ${preset.version} supports PostgreSQL ${min}${max ? `-${max}` : ' or newer'}, and this ` +
        `server is ${v}: its migrations would fail on it`,
    ),
  ];
};

/** The key list belongs to one release: another release may have renamed or dropped keys. */
const pinnedRelease: Check = (ref, preset) => {
  const release = isRecord(ref.inst.app) && isRecord(ref.inst.app.release) ? ref.inst.app.release : undefined;
  // Only a preset that lists the app's config keys is tied to one release; the others serve every release.
  if (
    !release ||
    typeof release.version !== 'string' ||
    release.version === preset.version ||
    Object.keys(preset.config.keys).length === 0
  )
    return [];
  const older = preset.older[release.version.toLowerCase()];
  if (older !== undefined)
    return [
      at(
        ref.parsed,
        [...ref.path, 'app', 'release', 'version'],
        'warning',
        'preset-version',
        `${preset.app} ${release.version} is older than the ${preset.version} the preset describes: ${older}`,
      ),
    ];
  return [
    at(
      ref.parsed,
      [...ref.path, 'app', 'release', 'version'],
      'error',
      'preset-version',
      `templates/${preset.app}/preset.yaml describes ${preset.app} ${preset.version}, and this release is ` +
        `${release.version}: update the preset (its version and key list) together with the release`,
    ),
  ];
};

const uploadLimit: Check = (ref, preset) => {
  const nginx = isRecord(ref.inst.nginx) ? ref.inst.nginx : undefined;
  const app = isRecord(ref.inst.app) ? ref.inst.app : {};
  const upload = maxUpload(preset, app.config);
  const body = nginx ? sizeBytes(nginx.client_max_body_size) : undefined;
  if (upload === undefined || body === undefined || body >= upload) return [];
  return [
    at(
      ref.parsed,
      [...ref.path, 'nginx', 'client_max_body_size'],
      'error',
      'upload-limit',
      `nginx refuses bodies over ${String(nginx!.client_max_body_size)}, but ${preset.app} accepts uploads ` +
        (`up to ${nginxSize(upload)} (${preset.config.max_upload!.key}): larger uploads would fail with 413; raise ` +
          `it or leave it out (slotflip derives it)`),
    ),
  ];
};

/** Backups archive backups.files_dir: it must be the directory the app writes its files to, or a restore loses them. */
const backedUpFiles: Check = (ref, preset, config) => {
  const e = preset.config.data_dir ? config.get(preset.config.data_dir) : undefined;
  const backups = isRecord(ref.inst.backups) ? ref.inst.backups : undefined;
  if (!e || typeof e.value !== 'string' || !backups || backups.files_dir === e.value) return [];
  const why =
    backups.files_dir === undefined
      ? 'backups.files_dir is not set, so backups leave them out'
      : `backups archive ${String(backups.files_dir)} instead`;
  return [
    at(
      ref.parsed,
      configPath(ref, e.written),
      'error',
      'backup-files',
      `${preset.app} writes its files to ${e.value}, but ${why}: set backups.files_dir to ${e.value}`,
    ),
  ];
};

/**
 * The preset's smoke flow runs only where the app lets it (Vikunja's registers a user: registration open, no mailer).
 */
const smokeSettings: Check = (ref, preset, config) => {
  if (!preset.smoke || ref.inst.smoke !== undefined) return [];
  return Object.entries(preset.smoke_needs).flatMap(([key, need]) => {
    const e = config.get(key);
    const value = e ? e.value : need.default;
    if (value === need.value) return [];
    const where = e ? configPath(ref, e.written) : [...ref.path, 'app'];
    return [
      at(
        ref.parsed,
        where,
        'error',
        'smoke-settings',
        `${key} is ${JSON.stringify(value)}${e ? '' : ` (${preset.app}'s default)`}, and the ${preset.app} ` +
          (`preset's smoke flow needs ${JSON.stringify(need.value)}: ${need.why}. Give the instance its own smoke: ` +
            `(requests that work here, such as read-only ones) or smoke: false`),
        e ? 'value' : 'key',
      ),
    ];
  });
};

const CHECKS: readonly Check[] = [
  smokeSettings,
  pinnedRelease,
  uploadLimit,
  backedUpFiles,
  absolutePaths,
  needsRedis,
  publicUrl,
  sharedSecret,
  corsOrigins,
  postgresVersion,
];

export const presetRules: Rule = (files, ctx: RuleContext) => {
  const findings: Finding[] = [];
  for (const ref of instancesOf(files)) {
    const preset = presetOf(ref, ctx);
    if (!preset) continue;
    const app = isRecord(ref.inst.app) ? ref.inst.app : {};
    const config = new Map(configEntries(app.config, preset).map((e) => [e.key, e]));
    for (const check of CHECKS) findings.push(...check(ref, preset, config));
  }
  return findings;
};
