import type { Finding } from '../report/finding.js';
import { escapeMarkdown } from './summary.js';

// The PR check runs two slotflips over the pull request's environment files: the base branch's (trusted: the code a
// reviewer already accepted) and the pull request's own (it may add a schema or a rule, but it may also have been
// edited to stay quiet). The trusted run reads the other's findings and says at the top of its summary where the
// pull request's code accepts what the base's refuses or flags.

/** What each run reports, as data for the other job (the action's `findings` output). */
export interface ReportedFinding {
  file: string;
  line: number;
  severity: string;
  rule: string;
  path: string;
  message: string;
}

export const toReported = (f: Finding): ReportedFinding => ({
  file: f.file,
  line: f.line,
  severity: f.severity,
  rule: f.rule,
  path: f.path,
  message: f.message,
});

/** The other run's findings; `missing` when that run produced none (its job failed, was skipped, or crashed). */
export type OtherReport = { kind: 'report'; findings: ReportedFinding[] } | { kind: 'missing'; why: string };

export function parseOtherReport(text: string): OtherReport {
  const t = text.trim();
  if (t === '' || t === 'missing')
    return { kind: 'missing', why: 'it produced no report (its job failed, was cancelled or did not run)' };
  try {
    const data = JSON.parse(t) as unknown;
    if (
      Array.isArray(data) &&
      data.every((f) => typeof f === 'object' && f !== null && typeof (f as ReportedFinding).file === 'string')
    )
      return { kind: 'report', findings: data as ReportedFinding[] };
  } catch {
    // fall through
  }
  return { kind: 'missing', why: 'its report is not a list of findings' };
}

// Findings are matched by place and kind, not by wording: a pull request may rephrase a message.
const key = (f: ReportedFinding) => `${f.file}:${f.line}|${f.severity}|${f.rule}|${f.path}`;

export interface Comparison {
  /** What the trusted (base) run reports and the pull request's run does not. */
  onlyTrusted: ReportedFinding[];
  /** What only the pull request's run reports (what only the new code can know). */
  onlyOther: ReportedFinding[];
}

export function compareReports(trusted: readonly ReportedFinding[], other: readonly ReportedFinding[]): Comparison {
  const theirs = new Set(other.map(key));
  const ours = new Set(trusted.map(key));
  return { onlyTrusted: trusted.filter((f) => !theirs.has(key(f))), onlyOther: other.filter((f) => !ours.has(key(f))) };
}

const line = (f: ReportedFinding) =>
  `- \`${f.file}:${f.line}\` ${f.severity} ` +
  `${escapeMarkdown(f.rule)}${f.path ? ` ${escapeMarkdown(f.path)}` : ''}: ${escapeMarkdown(f.message)}`;

/** The comparison, made once: what each side reports that the other does not (undefined when there is no report). */
export const compareWith = (trusted: readonly ReportedFinding[], other: OtherReport): Comparison | undefined =>
  other.kind === 'report' ? compareReports(trusted, other.findings) : undefined;

/** The top of the trusted run's summary: agreement, or each finding the pull request's slotflip does not report. */
export function comparisonHead(other: OtherReport, cmp: Comparison | undefined, label: string): string {
  if (other.kind === 'missing' || !cmp)
    return (
      `> [!WARNING]\n> **${escapeMarkdown(label)}** could not be compared: ` +
      `${other.kind === 'missing' ? other.why : 'no report'}. What follows is the base branch's slotflip alone.\n\n`
    );
  const { onlyTrusted } = cmp;
  if (onlyTrusted.length === 0)
    return `${escapeMarkdown(label)} reports everything the base branch's slotflip reports.\n\n`;
  return [
    '> [!CAUTION]',
    `> **${escapeMarkdown(label)} disagrees with the base branch's slotflip**: it does not report ` +
      (`${onlyTrusted.length} finding${onlyTrusted.length === 1 ? '' : 's'} that the base branch's (the trusted ` +
        (`one) reports. A pull request that changes slotflip itself can change what it flags: review these as the ` +
          `base branch reports them.`)),
    '',
    ...onlyTrusted.map(line),
    '',
    '',
  ].join('\n');
}

/** The pull request's own run, labelled as what it is, after the trusted summary. */
export function otherSection(other: OtherReport, cmp: Comparison | undefined, label: string): string {
  if (other.kind === 'missing' || !cmp) return '';
  const { onlyOther } = cmp;
  const lines = [
    `### ${escapeMarkdown(label)}`,
    '',
    `${other.findings.length} finding${other.findings.length === 1 ? '' : 's'}; ` +
      `${
        onlyOther.length
          ? `${onlyOther.length} that the base branch's slotflip does not report (what only the ` + `new code knows):`
          : "none that the base branch's slotflip does not report."
      }`,
  ];
  if (onlyOther.length) lines.push('', ...onlyOther.map(line));
  return `${lines.join('\n')}\n`;
}
