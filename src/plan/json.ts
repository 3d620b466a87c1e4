import { masker } from './format.js';
import type { Plan, Step } from './types.js';
import type { Op } from '../shell/ops.js';

/** One operation as data: secrets as ***, a secret file's content and an upload's bytes left out. */
function opJson(op: Op, mask: (s: string) => string): Record<string, unknown> {
  switch (op.kind) {
    case 'run':
      return { kind: op.kind, argv: op.argv.map(mask), ...(op.note ? { note: op.note } : {}) };
    case 'sh':
      return { kind: op.kind, text: mask(op.text), ...(op.note ? { note: op.note } : {}) };
    case 'write':
      return {
        kind: op.kind,
        path: op.path,
        mode: op.mode,
        ...(op.owner ? { owner: op.owner } : {}),
        secret: op.secret,
        bytes: Buffer.byteLength(op.content),
        ...(op.secret ? {} : { content: mask(op.content) }),
        ...(op.onChange ? { onChange: op.onChange } : {}),
      };
    case 'upload':
      return { kind: op.kind, path: op.path, bytes: op.bytes.length, sha256: op.sha256 };
  }
}

function stepJson(step: Step, mask: (s: string) => string): Record<string, unknown> {
  return {
    id: step.id,
    phase: step.phase,
    title: mask(step.title),
    timeoutMs: step.timeoutMs,
    movesTraffic: step.movesTraffic === true,
    onHost: step.onHost === true,
    ops: step.ops.map((op) => opJson(op, mask)),
    undo: (step.undo ?? []).map((op) => opJson(op, mask)),
  };
}

/**
 * The plan as a versioned JSON document (`format: 1`): what `plan --json` prints, for a reviewer's diff or a tool.
 * Field names follow the Plan type; a new field may appear, an existing one changes meaning only with a new format.
 */
export function planJson(plan: Plan, secrets: readonly string[]): Record<string, unknown> {
  const mask = masker(secrets);
  return {
    format: plan.format,
    run: plan.run,
    instance: plan.instance,
    release: plan.release,
    from: plan.from,
    to: plan.to,
    pointOfNoReturn: plan.pointOfNoReturn ?? null,
    notes: plan.notes.map(mask),
    steps: plan.steps.map((s) => stepJson(s, mask)),
    finally: stepJson(plan.finally, mask),
  };
}
