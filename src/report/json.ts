import { countBySeverity, type Finding } from './finding.js';

/** The machine-readable form of a validation: stable keys, one object. */
export function findingsJson(files: readonly string[], findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return JSON.stringify({ valid: counts.error === 0, files, counts, findings }, null, 2);
}
