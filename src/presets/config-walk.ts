import type { KeyType, Preset } from './preset.js';

// app.config as the app will read it: dotted lower-case keys (Vikunja's config library ignores case), each with the
// path as written in the file (for the line of a finding) and its value. A value { secret: NAME } is a secret
// reference.

export interface ConfigEntry {
  /** service.publicurl */
  key: string;
  /** The path under app.config as written (original case), for locating the line. */
  written: string[];
  value: unknown;
  /** The name of the secret when the value is { secret: NAME }. */
  secret?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function secretRef(v: unknown): string | undefined {
  return isRecord(v) && Object.keys(v).length === 1 && typeof v.secret === 'string' ? v.secret : undefined;
}

// Every section of a preset's key list (service, auth.openid, ...), computed once per preset: validation asks per key.
const sectionsOf = new WeakMap<Preset, Set<string>>();

/** Whether a key names a section of the preset (a prefix of listed keys). */
export function isSection(preset: Preset, key: string): boolean {
  let sections = sectionsOf.get(preset);
  if (!sections) {
    sections = new Set(
      Object.keys(preset.config.keys).flatMap((k) =>
        k
          .split('.')
          .slice(0, -1)
          .map((_, i, parts) => parts.slice(0, i + 1).join('.')),
      ),
    );
    sectionsOf.set(preset, sections);
  }
  return sections.has(key);
}

export function keyType(preset: Preset, key: string): KeyType | undefined {
  return preset.config.keys[key];
}

/**
 * Leaves and unknown keys of app.config. Sections the preset lists are descended into; a key of type map (e.g. OpenID
 * providers by name) is one entry with its whole subtree; anything else stops at the first unknown key.
 */
// Several rules read the same app.config: its entries are computed once per config object and preset.
const entriesCache = new WeakMap<object, Map<Preset | undefined, ConfigEntry[]>>();

export function configEntries(config: unknown, preset: Preset | undefined): ConfigEntry[] {
  if (!isRecord(config)) return [];
  const byPreset = entriesCache.get(config) ?? new Map<Preset | undefined, ConfigEntry[]>();
  entriesCache.set(config, byPreset);
  let entries = byPreset.get(preset);
  if (!entries) {
    entries = walk(config, preset, [], '');
    byPreset.set(preset, entries);
  }
  return entries;
}

function walk(config: unknown, preset: Preset | undefined, written: string[], key: string): ConfigEntry[] {
  if (!isRecord(config)) return [];
  const out: ConfigEntry[] = [];
  for (const [k, value] of Object.entries(config)) {
    const full = key ? `${key}.${k.toLowerCase()}` : k.toLowerCase();
    const path = [...written, k];
    const secret = secretRef(value);
    const descend =
      isRecord(value) &&
      secret === undefined &&
      (preset ? isSection(preset, full) && keyType(preset, full) === undefined : true);
    if (descend) out.push(...walk(value, preset, path, full));
    else out.push({ key: full, written: path, value, ...(secret !== undefined ? { secret } : {}) });
  }
  return out;
}

/** The environment variable an app reads a key from: VIKUNJA_ + the key with dots as underscores. */
export function envName(prefix: string, key: string): string {
  return `${prefix}${key.toUpperCase().replace(/\./g, '_')}`;
}

/** Every secret reference in app.config, for resolving and for the missing-secret check. */
export function configSecrets(config: unknown): { written: string[]; name: string }[] {
  return configEntries(config, undefined).flatMap((e) =>
    e.secret !== undefined ? [{ written: e.written, name: e.secret }] : [],
  );
}
