import { countBySeverity, type Finding } from '../report/finding.js';

/** Text from environment files goes into Markdown: neutralise what would format, link or inject HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

/** The job summary of a validation: counts, then every finding (annotations show only the first ten per severity). */
export function validationSummary(files: readonly string[], findings: readonly Finding[], omitted: number): string {
  const c = countBySeverity(findings);
  const lines = [`## slotflip validate`, ''];
  lines.push(
    c.error === 0
      ? `✅ ${files.length} environment file${files.length === 1 ? '' : 's'} ` +
          `valid${c.warning ? ` with ${c.warning} warning${c.warning === 1 ? '' : 's'}` : ''}.`
      : `❌ ${c.error} error${c.error === 1 ? '' : 's'} and ${c.warning} ` +
          `warning${c.warning === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}.`,
  );
  if (omitted > 0) lines.push('', `GitHub shows ten annotations per severity; ${omitted} more are listed only here.`);
  if (findings.length > 0) {
    lines.push('', '| | where | path | message |', '|---|---|---|---|');
    for (const f of findings) {
      lines.push(
        `| ${ICON[f.severity]} | \`${f.file}:${f.line}:${f.column}\` | ${escapeMarkdown(f.path)} | ` +
          `${escapeMarkdown(f.message)} |`,
      );
    }
  }
  const risky = findings.filter((f) => f.rule === 'risky-change');
  if (risky.length > 0) {
    lines.push(
      '',
      `### Changes that need a reviewer`,
      '',
      'These run code on a host or send secrets to a host after merge. Keep `environments/` under CODEOWNERS.',
      '',
    );
    for (const f of risky) lines.push(`- \`${f.file}:${f.line}\` ${escapeMarkdown(f.message)}`);
  }
  return `${lines.join('\n')}\n`;
}
