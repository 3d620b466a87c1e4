import type { ParsedFile } from '../config/parse.js';
import type { Preset } from './preset.js';

// A preset's defaults sit under each instance of its app: the instance's own values win, a map is merged key by key,
// a list or a scalar is replaced whole. Applied to the parsed data before the schema check, so an environment names
// only what is its own (a server name, its secrets) and a finding in a default points at the instance that uses it.

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function underDefaults(
  defaults: Record<string, unknown>,
  own: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(defaults);
  for (const [k, v] of Object.entries(own))
    out[k] = isRecord(v) && isRecord(out[k]) ? underDefaults(out[k] as Record<string, unknown>, v) : v;
  return out;
}

/** The parsed file with each instance of an app that has a preset with defaults placed over them (a new object). */
export function withPresetDefaults(parsed: ParsedFile, presets: ReadonlyMap<string, Preset>): ParsedFile {
  const data = parsed.data;
  if (!isRecord(data) || !Array.isArray(data.instances)) return parsed;
  let changed = false;
  const instances = data.instances.map((inst) => {
    const app = isRecord(inst) && isRecord(inst.app) ? inst.app.name : undefined;
    const defaults = typeof app === 'string' ? presets.get(app)?.defaults : undefined;
    if (!defaults || !isRecord(inst)) return inst;
    changed = true;
    return underDefaults(defaults, inst);
  });
  return changed ? { ...parsed, data: { ...data, instances } } : parsed;
}

/** The app names a parsed file's instances use. */
export function appsOf(parsed: ParsedFile | undefined): string[] {
  const data = parsed?.data;
  if (!isRecord(data) || !Array.isArray(data.instances)) return [];
  return data.instances.flatMap((i) =>
    isRecord(i) && isRecord(i.app) && typeof i.app.name === 'string' ? [i.app.name] : [],
  );
}
