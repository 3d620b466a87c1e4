// One line of `slotflip doctor`: what was checked, the verdict, what was seen, and what to do about it.
export type Verdict = 'OK' | 'WARN' | 'FAIL';

export interface DoctorRow {
  instance: string;
  check: string;
  verdict: Verdict;
  detail: string;
  /** Empty when there is nothing to do. */
  remedy: string;
}

export const ok = (instance: string, check: string, detail: string): DoctorRow => ({
  instance,
  check,
  verdict: 'OK',
  detail,
  remedy: '',
});
export const warn = (instance: string, check: string, detail: string, remedy: string): DoctorRow => ({
  instance,
  check,
  verdict: 'WARN',
  detail,
  remedy,
});
export const fail = (instance: string, check: string, detail: string, remedy: string): DoctorRow => ({
  instance,
  check,
  verdict: 'FAIL',
  detail,
  remedy,
});

/** Thresholds from the operator's runbook (seed 003): disk alert over 80 %, connections "if > 80". */
export const LIMITS = {
  diskWarnPercent: 70,
  diskFailPercent: 80,
  connectionsWarnRatio: 0.8,
  connectionsFailRatio: 0.95,
  cacheHitWarn: 0.9,
  /** Below this many block reads the hit ratio says nothing yet (a fresh server). */
  cacheMinBlocks: 10_000,
  redisMemoryWarnRatio: 0.9,
  clockWarnSeconds: 2,
  clockFailSeconds: 30,
  backupWarnDays: 8,
} as const;

export function worst(rows: readonly DoctorRow[]): Verdict {
  return rows.some((r) => r.verdict === 'FAIL') ? 'FAIL' : rows.some((r) => r.verdict === 'WARN') ? 'WARN' : 'OK';
}
