// The checks of an instance against its app's preset that concern paths, services, the public URL and secrets.
import type { Finding } from '../../report/finding.js';
import type { Preset } from '../../presets/preset.js';
import { configPath } from './app-config.js';
import { at, isRecord, type InstanceRef } from './rule.js';

// The failures Vikunja operators report on upgrades, each caught in the pull request from what the preset declares:
// data on a relative path (lost with the release), a key-value store on Redis without Redis, a public URL that does not
// match the site (broken links and CORS), no shared secret (everyone signed out at each deploy), CORS open to any
// origin in production, and a PostgreSQL the release does not support.

export type Check = (
  ref: InstanceRef,
  preset: Preset,
  config: Map<string, { written: string[]; value: unknown }>,
) => Finding[];

export const absolutePaths: Check = (ref, preset, config) =>
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

export const needsRedis: Check = (ref, preset, config) =>
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

export const publicUrl: Check = (ref, preset, config) => {
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

export const sharedSecret: Check = (ref, preset) => {
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

export const corsOrigins: Check = (ref, preset, config) => {
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

export const postgresVersion: Check = (ref, preset) => {
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
