import { commandLine } from '../shell/quote.js';
import type { Plan } from './types.js';
import type { Op } from '../shell/ops.js';

/** Replaces every secret value with ***, longest first (a short secret may be part of a longer one). */
export function masker(secrets: readonly string[]): (text: string) => string {
  const values = [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
  return (text) => values.reduce((t, v) => t.split(v).join('***'), text);
}

export function formatOp(op: Op, mask: (s: string) => string): string[] {
  switch (op.kind) {
    case 'run':
      return [`$ ${mask(commandLine(op.argv))}${op.note ? `    # ${op.note}` : ''}`];
    case 'sh':
      return [
        ...(op.note ? [`# ${op.note}`] : []),
        ...mask(op.text)
          .split('\n')
          .map((l) => `  ${l}`),
      ];
    case 'write': {
      const head =
        `write ${op.path} (mode ${op.mode}${op.owner ? `, owner ${op.owner}` : ''}, ` +
        `${Buffer.byteLength(op.content)} bytes)${op.onChange ? `; if changed: ${op.onChange}` : ''}`;
      if (op.secret) return [`${head}: *** (holds secrets)`];
      return [
        `${head}:`,
        ...op.content
          .trimEnd()
          .split('\n')
          .map((l) => `  | ${mask(l)}`),
      ];
    }
    case 'upload':
      return [`upload ${op.path} (${op.bytes.length} bytes, sha256 ${op.sha256})`];
  }
}

/** The plan as text: every step and every command it would run, secrets shown as ***. */
export function formatPlan(plan: Plan, secrets: readonly string[]): string {
  const mask = masker(secrets);
  const out = [
    `plan ${plan.run}: ${plan.instance} -> release ${plan.release.id} on the ${plan.to} ` +
      `slot${plan.from ? ` (live: ${plan.from})` : ' (first deploy)'}`,
  ];
  for (const note of plan.notes) out.push(`note: ${note}`);
  [...plan.steps, plan.finally].forEach((step, i) => {
    out.push(
      '',
      `${i + 1}. [${step.phase}] ` +
        `${step.title}${
          step.movesTraffic ? '  (moves ' + 'traffic)' : ''
        }${step.onHost ? '  (run on the host by its watch, after the observe window)' : ''}`,
    );
    for (const op of step.ops) out.push(...formatOp(op, mask).map((l) => `   ${l}`));
    if (step.undo?.length) {
      out.push('   undo:');
      for (const op of step.undo) out.push(...formatOp(op, mask).map((l) => `     ${l}`));
    }
  });
  return out.join('\n');
}
