import { parse } from 'yaml';
import type { Smoke } from '../config/environment.generated.js';

// A preset is what slotflip knows about one app, kept beside its templates (templates/<app>/preset.yaml) so that adding
// an app is a folder and not a change to slotflip. Parsing is pure; the caller reads the file.

/** The type of a config value, from the default in the app's own list of keys. */
export type KeyType = 'boolean' | 'integer' | 'string' | 'list' | 'map';

export interface PresetFile {
  /** Relative to templates/<app>/. */
  template: string;
  /** Relative to the instance's shared directory. */
  dest: string;
  mode: string;
  /** Merge the environment's app.config under what the template renders (YAML files only). */
  merge_config: boolean;
}

/** How the app's publisher signs its release archives (checked by `slotflip pin`). */
export interface ReleaseSignature {
  /** Appended to the archive's URL: where the detached signature is published (".sig"). */
  suffix: string;
  /** The publisher's key: its long key id or full fingerprint (a good signature by any other key is refused). */
  key: string;
  /** The public key, relative to templates/<app>/, when it is committed beside the preset. */
  key_file?: string;
  /** Where the key id (and the key, if committed) was read: a reviewer checks it there. */
  source: string;
}

export interface Preset {
  app: string;
  /** The release the key list was taken from. */
  version: string;
  /**
   * Older releases the preset still accepts, each with why it should not stay deployed (a warning): an upgrade test's
   * "from" release, or an install being brought up to date.
   */
  older: Record<string, string>;
  release?: {
    /** Where a release is published, with {version} for the version: `slotflip pin --version` writes it. */
    url?: string;
    signature?: ReleaseSignature;
  };
  files: PresetFile[];
  config: {
    /** Dotted key → its type. A key of type map takes any sub-keys (e.g. OpenID providers by name). */
    keys: Record<string, KeyType>;
    /** Dotted key → why slotflip sets it itself (setting it in app.config is an error). */
    owned: Record<string, string>;
    /** Dotted key (or a name seen in the wild) → what replaced it. */
    obsolete: Record<string, string>;
    /** Keys that must hold absolute paths (data on a relative path ends up inside a release and is lost). */
    absolute_paths: string[];
    /** Key → value that needs the instance's redis section. */
    needs_redis: Record<string, string>;
    /** The key holding the public URL, checked against the nginx site. */
    public_url?: string;
    /** The key holding allowed CORS origins (never * in production). */
    cors_origins?: string;
    /** The key holding the directory the app writes its files to (Vikunja's files.basepath). */
    data_dir?: string;
    /** The key holding the largest upload, and the app's default for it: nginx's client_max_body_size must allow it. */
    max_upload?: { key: string; default: string };
    /** The environment variable prefix the app reads (VIKUNJA_): keys written that way are shown in dotted form. */
    env_prefix?: string;
  };
  /**
   * The shared secret the app signs sessions with: required, so a restart does not sign everyone out. on_change: what
   * its users notice when it changes (said by `rotate app-secret` and the rule that asks for one), measured per app.
   */
  secret?: { key: string; required: boolean; on_change?: string };
  postgres?: { min: number; max?: number };
  /** MiB a build needs beside both running slots (0 for a prebuilt binary). */
  build_memory: number;
  /** The app's smoke flow (an environment's own smoke: replaces it; smoke: false turns it off). */
  smoke?: Smoke;
  /** Settings the preset's smoke flow works only with: dotted key → the value it needs, the app's default, and why. */
  smoke_needs: Record<string, { value: unknown; default: unknown; why: string }>;
  /**
   * What every instance of the app gets unless it says otherwise (its components and how they listen, health checks,
   * migration command, nginx locations): merged under the instance before validation (presets/defaults.ts).
   */
  defaults?: Record<string, unknown>;
}

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
  let doc: unknown;
  try {
    doc = parse(text, { version: '1.2', uniqueKeys: true });
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
