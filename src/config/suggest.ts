import { closest, distance } from 'fastest-levenshtein';

/** "did you mean" for a mistyped key or value: the closest candidate, if it is close enough to be a typo. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const normal = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  const exact = candidates.find((c) => normal(c) === normal(input));
  if (exact) return exact;
  const best = closest(input.toLowerCase(), candidates as string[]);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return distance(input.toLowerCase(), best) <= limit ? best : undefined;
}
