import { worst, type DoctorRow } from './rows.js';

/** The table: one row per check, the remedy under the rows that need one. */
export function formatRows(rows: readonly DoctorRow[]): string {
  const width = Math.max(5, ...rows.map((r) => r.check.length));
  const multi = new Set(rows.map((r) => r.instance)).size > 1;
  const lines: string[] = [];
  let instance = '';
  for (const r of rows) {
    if (r.instance !== instance) {
      if (instance) lines.push('');
      lines.push(`instance ${r.instance}`);
      instance = r.instance;
    }
    lines.push(`  ${r.verdict.padEnd(4)}  ${r.check.padEnd(width)}  ${r.detail}`);
    if (r.remedy) lines.push(`  ${' '.repeat(4)}  ${' '.repeat(width)}  -> ${r.remedy}`);
  }
  const counts = (['OK', 'WARN', 'FAIL'] as const)
    .map((v) => `${rows.filter((r) => r.verdict === v).length} ${v}`)
    .join(', ');
  lines.push('', `doctor: ${counts}${multi ? ` across ${new Set(rows.map((r) => r.instance)).size} instances` : ''}`);
  return lines.join('\n');
}

/** The job summary's table: the FAIL and WARN rows first, a pipe in a value cannot break the table. */
export function doctorMarkdown(rows: readonly DoctorRow[]): string {
  const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const order = { FAIL: 0, WARN: 1, OK: 2 } as const;
  const sorted = [...rows].sort((a, b) => order[a.verdict] - order[b.verdict]);
  const icon = { OK: 'OK', WARN: '⚠️ WARN', FAIL: '❌ FAIL' } as const;
  return [
    `## slotflip doctor: ${worst(rows)}`,
    '',
    '| | instance | check | seen | remedy |',
    '|---|---|---|---|---|',
    ...sorted.map(
      (r) => `| ${icon[r.verdict]} | ${cell(r.instance)} | ${cell(r.check)} | ${cell(r.detail)} | ${cell(r.remedy)} |`,
    ),
    '',
  ].join('\n');
}
