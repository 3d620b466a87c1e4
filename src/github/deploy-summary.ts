import type { VerbResult } from '../session/verb.js';
import { escapeMarkdown } from './summary.js';
import { describeReceipt } from '../host/receipt.js';

const MEANING: Record<number, string> = {
  0: '✅ deployed',
  2: '❌ invalid configuration',
  3: '❌ connection or host key refused',
  4: '⛔ refused by preflight',
  5: '🔒 locked by another run',
  10: '↩️ health gate failed: rolled back, production untouched',
  11: '↩️ rolled back after a later failure',
  12: '🚨 rollback failed: operator needed',
  13: '⛔ a database restore would discard writes',
  14: '⛔ backup refused: nothing was touched',
  20: '➖ nothing to do',
};

/** The job summary of a plan or deploy: result, release and slot, every step with its time, the plan itself. */
export function deploySummary(command: string, r: VerbResult): string {
  const done: Record<string, string> = {
    rollback: '✅ rolled back',
    backup: '✅ backed up',
    restore: '✅ restored',
  };
  const meaning = r.exitCode === 0 && done[command] ? done[command] : (MEANING[r.exitCode] ?? `exit ${r.exitCode}`);
  const lines = [`## slotflip ${command}`, '', `**${meaning}**: ${escapeMarkdown(r.summary)}`];
  if (r.release)
    lines.push(
      '',
      `release \`${r.release}\`${r.slot ? ` on the **${r.slot}** slot` : ''}${r.url ? ` at ${r.url}` : ''}`,
    );
  if (r.receipt)
    lines.push(
      '',
      `**receipt** (measured on the host, from just before the flip to the end of the observe window): ` +
        `${escapeMarkdown(describeReceipt(r.receipt))}`,
    );
  const timings = r.outcome && 'timings' in r.outcome ? r.outcome.timings : [];
  if (timings.length) {
    lines.push('', '| step | time | result |', '|---|---:|---|');
    for (const t of timings)
      lines.push(`| ${t.step} | ${(t.ms / 1000).toFixed(1)} s | ${t.code === 0 ? 'ok' : `exit ${t.code}`} |`);
  }
  if (r.planText)
    lines.push(
      '',
      '<details><summary>the plan (every command; secrets as ***)</summary>',
      '',
      '```',
      r.planText.replace(/```/g, "'''"),
      '```',
      '',
      '</details>',
    );
  return `${lines.join('\n')}\n`;
}
