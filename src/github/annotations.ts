import * as core from '@actions/core';
import type { Finding, Severity } from '../report/finding.js';

// GitHub shows at most 10 annotations per severity per step; the rest would vanish silently.
// We annotate the first ten of each and the job summary lists every finding.
export const ANNOTATIONS_PER_SEVERITY = 10;

const emit: Record<Severity, (message: string, props: core.AnnotationProperties) => void> = {
  error: core.error,
  warning: core.warning,
  notice: core.notice,
};

export function annotate(findings: readonly Finding[]): { annotated: number; omitted: number } {
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  let omitted = 0;
  for (const f of findings) {
    if (used[f.severity] >= ANNOTATIONS_PER_SEVERITY) {
      omitted += 1;
      continue;
    }
    used[f.severity] += 1;
    emit[f.severity](f.path ? `${f.path}: ${f.message}` : f.message, {
      title: `slotflip ${f.rule}`,
      file: f.file,
      startLine: f.line,
      startColumn: f.column,
      // GitHub drops the columns of annotations that span lines.
      endLine: f.line,
      endColumn: f.endLine === f.line ? Math.max(f.endColumn, f.column) : undefined,
    });
  }
  return { annotated: findings.length - omitted, omitted };
}
