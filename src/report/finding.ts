// A finding is one thing an operator must see: where (file, 1-based line and column), how bad, and what to do.
export type Severity = 'error' | 'warning' | 'notice';

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Finding extends Position {
  file: string;
  severity: Severity;
  /** Dotted path into the document, e.g. instances[0].target.port; empty for whole-file problems. */
  path: string;
  /** Stable id of the check that produced it, e.g. schema, duplicate-key, port-clash. */
  rule: string;
  message: string;
}

export const FILE_START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

// By code point, not localeCompare: the same order under every locale, and no collator to load (its first use cost a
// cold start about 10 ms).
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function byLocation(a: Finding, b: Finding): number {
  return compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.message, b.message);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
