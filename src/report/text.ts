import { countBySeverity, type Finding } from './finding.js';

// Compiler-style lines, one per finding, so editors and terminals can jump to FILE:LINE:COL.
export function formatFinding(f: Finding): string {
  const where = f.path ? `${f.path}: ` : '';
  return `${f.file}:${f.line}:${f.column}: ${f.severity}: ${where}${f.message}`;
}

export function formatSummary(findings: readonly Finding[], fileCount: number): string {
  const c = countBySeverity(findings);
  const files = `${fileCount} environment file${fileCount === 1 ? '' : 's'}`;
  if (c.error === 0) return `${files} valid${c.warning ? `, ${c.warning} warning${c.warning === 1 ? '' : 's'}` : ''}`;
  return (
    `${files} checked: ${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} ` +
    `warning${c.warning === 1 ? '' : 's'}`
  );
}
