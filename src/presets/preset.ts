import type { Smoke } from '../config/environment.generated.js';

// A preset is what slotflip knows about one app, kept beside its templates (templates/<app>/preset.yaml) so that adding
// an app is a folder and not a change to slotflip. parse-preset.ts reads one; this file is its shape.

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
  /** Settings the preset's smoke flow works only with: dotted key → the value it needs, the app's default, why. */
  smoke_needs: Record<string, { value: unknown; default: unknown; why: string }>;
  /**
   * What every instance of the app gets unless it says otherwise (its components and how they listen, health checks,
   * migration command, nginx locations): merged under the instance before validation (presets/defaults.ts).
   */
  defaults?: Record<string, unknown>;
}
