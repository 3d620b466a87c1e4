import { configEntries } from './config-walk.js';
import type { Preset } from './preset.js';

// Upload limits in the two notations that must agree: the app's (Vikunja's files.maxsize: 20MB) and nginx's
// (client_max_body_size 20m). When nginx's is smaller, uploads fail with 413 before they reach the app.

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
};

/** Bytes of "20MB", "20m", "512 KB" or a plain number; undefined when it is not a size. */
export function sizeBytes(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const m = typeof v === 'string' ? /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(v) : null;
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}

/** The nginx size for a number of bytes, in the largest unit that divides it (rounded up to whole KiB otherwise). */
export function nginxSize(bytes: number): string {
  for (const [unit, n] of [
    ['g', 1024 ** 3],
    ['m', 1024 ** 2],
  ] as const)
    if (bytes % n === 0) return `${bytes / n}${unit}`;
  return `${Math.ceil(bytes / 1024)}k`;
}

/** What the app accepts as an upload, by its own setting or its default. */
export function maxUpload(preset: Preset, config: unknown): number | undefined {
  const m = preset.config.max_upload;
  if (!m) return undefined;
  const set = configEntries(config, preset).find((e) => e.key === m.key);
  return sizeBytes(set?.value ?? m.default);
}
