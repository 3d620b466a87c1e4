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

export function byLocation(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
