import { parse } from 'yaml';
import { plainMapping } from '../config/yaml-fast.js';
import type { Smoke } from '../config/environment.generated.js';
import type { KeyType, Preset } from './preset.js';

// A preset file's text to a Preset, every field checked with a message that names the file. Pure: the caller reads it.

export class PresetError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const TYPES: readonly KeyType[] = ['boolean', 'integer', 'string', 'list', 'map'];

function strings(v: unknown, what: string): Record<string, string> {
  if (v === undefined) return {};
  if (!isRecord(v) || Object.values(v).some((x) => typeof x !== 'string'))
    throw new PresetError(`${what} must map keys to strings`);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.toLowerCase(), x as string]));
}

/** Keys are listed by section ({service: {publicurl: string}}) and flattened to dotted, lower-case names. */
function flattenKeys(v: unknown, prefix = ''): Record<string, KeyType> {
  if (!isRecord(v)) throw new PresetError(`config.keys${prefix ? ` at ${prefix}` : ''} must be a map of sections`);
  const out: Record<string, KeyType> = {};
  for (const [k, x] of Object.entries(v)) {
    const key = `${prefix}${k.toLowerCase()}`;
    if (typeof x === 'string') {
      if (!TYPES.includes(x as KeyType))
        throw new PresetError(`config.keys.${key}: "${x}" is not a type (${TYPES.join(', ')})`);
      out[key] = x as KeyType;
    } else Object.assign(out, flattenKeys(x, `${key}.`));
  }
  return out;
}

function smokeNeeds(v: unknown): Preset['smoke_needs'] {
  if (v === undefined) return {};
  if (!isRecord(v)) throw new PresetError('smoke_needs must map keys to { value, default, why }');
  return Object.fromEntries(
    Object.entries(v).map(([k, n]) => {
      if (!isRecord(n) || !('value' in n) || typeof n.why !== 'string')
        throw new PresetError(`smoke_needs.${k} needs value and why`);
      return [k.toLowerCase(), { value: n.value, default: n.default, why: n.why }];
    }),
  );
}

function releaseOf(r: Record<string, unknown>): NonNullable<Preset['release']> {
  const sig = r.signature;
  if (sig !== undefined && (!isRecord(sig) || typeof sig.key !== 'string' || typeof sig.source !== 'string'))
    throw new PresetError('release.signature needs key and source');
  if (isRecord(sig) && !/^[0-9A-Fa-f]{16}([0-9A-Fa-f]{24})?$/.test(sig.key as string))
    throw new PresetError('release.signature.key must be a 16-digit key id or a 40-digit fingerprint');
  return {
    ...(typeof r.url === 'string' ? { url: r.url } : {}),
    ...(isRecord(sig)
      ? {
          signature: {
            suffix: typeof sig.suffix === 'string' ? sig.suffix : '.sig',
            key: (sig.key as string).toUpperCase(),
            source: sig.source as string,
            ...(typeof sig.key_file === 'string' ? { key_file: sig.key_file } : {}),
          },
        }
      : {}),
  };
}

export function parsePreset(text: string, file: string): Preset {
  // A shipped preset is plain YAML and takes the fast path (the yaml library took 55 ms of a 290 ms validate); the
  // careful parse runs only for what it refuses, and says what is wrong.
  let doc: unknown = plainMapping(text);
  try {
    doc ??= parse(text, { version: '1.2', uniqueKeys: true });
  } catch (err) {
    throw new PresetError(
      `${file}: not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    );
  }
  try {
    if (!isRecord(doc) || typeof doc.app !== 'string' || typeof doc.version !== 'string')
      throw new PresetError('needs app and version');
    const config = isRecord(doc.config) ? doc.config : {};
    const files = Array.isArray(doc.files) ? doc.files : [];
    const secret =
      isRecord(doc.secret) && typeof doc.secret.key === 'string'
        ? {
            key: doc.secret.key.toLowerCase(),
            required: doc.secret.required === true,
            ...(typeof doc.secret.on_change === 'string' ? { on_change: doc.secret.on_change } : {}),
          }
        : undefined;
    const pg =
      isRecord(doc.postgres) && typeof doc.postgres.min === 'number'
        ? { min: doc.postgres.min, ...(typeof doc.postgres.max === 'number' ? { max: doc.postgres.max } : {}) }
        : undefined;
    const opt = (k: string) => (typeof config[k] === 'string' ? (config[k] as string).toLowerCase() : undefined);
    return {
      app: doc.app,
      version: doc.version,
      older: isRecord(doc.older) ? strings(doc.older, 'older') : {},
      ...(isRecord(doc.release) ? { release: releaseOf(doc.release) } : {}),
      files: files.map((f, i) => {
        if (!isRecord(f) || typeof f.template !== 'string' || typeof f.dest !== 'string')
          throw new PresetError(`files[${i}] needs template and dest`);
        if (f.dest.startsWith('/') || f.dest.split('/').includes('..'))
          throw new PresetError(`files[${i}].dest must stay inside the instance's shared directory`);
        return {
          template: f.template,
          dest: f.dest,
          mode: typeof f.mode === 'string' ? f.mode : '0644',
          merge_config: f.merge_config === true,
        };
      }),
      config: {
        keys: config.keys === undefined ? {} : flattenKeys(config.keys),
        owned: strings(config.owned, 'config.owned'),
        obsolete: strings(config.obsolete, 'config.obsolete'),
        absolute_paths: Array.isArray(config.absolute_paths)
          ? config.absolute_paths.map((p) => String(p).toLowerCase())
          : [],
        needs_redis: strings(config.needs_redis, 'config.needs_redis'),
        public_url: opt('public_url'),
        cors_origins: opt('cors_origins'),
        env_prefix: typeof config.env_prefix === 'string' ? config.env_prefix : undefined,
        data_dir: opt('data_dir'),
        max_upload:
          isRecord(config.max_upload) && typeof config.max_upload.key === 'string'
            ? { key: config.max_upload.key.toLowerCase(), default: String(config.max_upload.default ?? '') }
            : undefined,
      },
      secret,
      postgres: pg,
      build_memory: typeof doc.build_memory === 'number' ? doc.build_memory : 0,
      smoke_needs: smokeNeeds(doc.smoke_needs),
      ...(isRecord(doc.smoke) && Array.isArray(doc.smoke.steps) && doc.smoke.steps.length
        ? { smoke: doc.smoke as unknown as Smoke }
        : {}),
      ...(isRecord(doc.defaults) ? { defaults: doc.defaults } : {}),
    };
  } catch (err) {
    throw err instanceof PresetError && !err.message.startsWith(file)
      ? new PresetError(`${file}: ${err.message}`)
      : err;
  }
}
