/** Seconds in a schema duration ("500ms", "30s", "5m", "1h"); `fallback` when absent or malformed. */
export function seconds(duration: string | undefined, fallback: number): number {
  if (!duration) return fallback;
  const m = /^([0-9]+)(ms|s|m|h)$/.exec(duration);
  if (!m) return fallback;
  const n = Number(m[1]);
  return { ms: n / 1000, s: n, m: n * 60, h: n * 3600 }[m[2] as 'ms' | 's' | 'm' | 'h'];
}

/** How long to wait for another run's lock, as the operator wrote it: a malformed value is refused, never read as 0. */
export type LockWait = { ok: true; ms: number } | { ok: false; message: string };

const UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  secs: 1000,
  m: 60_000,
  min: 60_000,
  mins: 60_000,
  h: 3_600_000,
};

export function parseLockWait(text: string): LockWait {
  const m = /^\s*([0-9]+)\s*([a-z]*)\s*$/.exec(text);
  const unit = m?.[2] ?? '';
  // A bare 0 means "do not wait"; any other bare number is ambiguous (seconds? minutes?).
  if (m && unit === '' && Number(m[1]) === 0) return { ok: true, ms: 0 };
  if (!m || !(unit in UNITS))
    return {
      ok: false,
      message: `lock-wait "${text}" is not a duration: write a number and a unit, e.g. 0, 30s, 10m, 10min or 1h`,
    };
  return { ok: true, ms: Number(m[1]) * UNITS[unit]! };
}
