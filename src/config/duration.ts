/** Seconds in a schema duration ("500ms", "30s", "5m", "1h"); `fallback` when absent or malformed. */
export function seconds(duration: string | undefined, fallback: number): number {
  if (!duration) return fallback;
  const m = /^([0-9]+)(ms|s|m|h)$/.exec(duration);
  if (!m) return fallback;
  const n = Number(m[1]);
  return { ms: n / 1000, s: n, m: n * 60, h: n * 3600 }[m[2] as 'ms' | 's' | 'm' | 'h'];
}
