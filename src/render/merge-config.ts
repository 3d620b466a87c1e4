import { parse, stringify } from 'yaml';
import { secretRef } from '../presets/config-walk.js';
import type { KeyType } from '../presets/preset.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** app.config without its secret references (those go to the 0600 app.env, never into a config file). */
function withoutSecrets(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (secretRef(x) !== undefined) continue;
    out[k.toLowerCase()] = isRecord(x) ? withoutSecrets(x) : x;
  }
  return out;
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(over))
    out[k] = isRecord(v) && isRecord(out[k]) ? merge(out[k] as Record<string, unknown>, v) : v;
  return out;
}

/**
 * The rendered YAML with the environment's app.config merged over it: the template holds what slotflip derives and
 * the defaults, the environment wins for everything else (the keys slotflip owns are refused by validation first).
 * The template's leading comment stays; keys keep a stable order, so the same input gives the same bytes.
 */
export function mergeConfig(rendered: string, config: unknown, types: Readonly<Record<string, KeyType>> = {}): string {
  const header = rendered.match(/^(#[^\n]*\n)*/)![0];
  const base = parse(rendered, { version: '1.2' }) as unknown;
  const merged = merge(isRecord(base) ? base : {}, isRecord(config) ? withoutSecrets(config) : {});
  // Written for YAML 1.1 readers (Go's): a string such as off or yes is quoted, so it cannot turn into a boolean.
  return `${header}${stringify(typed(merged, types), { lineWidth: 0, version: '1.1' })}`;
}

/** Templates print every value as a string; the app's own types are restored from the preset's key list. */
function typed(
  v: Record<string, unknown>,
  types: Readonly<Record<string, KeyType>>,
  prefix = '',
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const key = `${prefix}${k}`;
    if (isRecord(x) && types[key] !== 'map') out[k] = typed(x, types, `${key}.`);
    else if (types[key] === 'integer' && typeof x === 'string' && /^-?\d+$/.test(x)) out[k] = Number(x);
    else if (types[key] === 'boolean' && (x === 'true' || x === 'false')) out[k] = x === 'true';
    else out[k] = x;
  }
  return out;
}
