import type { Smoke } from '../config/environment.generated.js';
import { quote } from '../shell/quote.js';

// The ${name} references of a smoke flow: checked before anything runs (every one saved by an earlier step), and
// turned into bash words that can only expand to what an answer saved, never evaluate it.

const VAR = /\$\{([a-z_][a-z0-9_]{0,30})\}/g;

/** The names of the ${name} references in a text, in order. */
export const variablesIn = (text: string): string[] => [...text.matchAll(VAR)].map((m) => m[1]!);

export class SmokeError extends Error {}

/** A string with ${name} references as one bash word: literal parts quoted, references as "$sf_name". */
export function shellWord(text: string, known: ReadonlySet<string>): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(VAR)) {
    if (!known.has(m[1]!))
      throw new SmokeError(
        `\${${m[1]}} is not saved by an earlier step (known: ${[...known].map((k) => `\${${k}}`).join(', ')})`,
      );
    if (m.index! > last) parts.push(quote(text.slice(last, m.index)));
    parts.push(`"$sf_${m[1]}"`);
    last = m.index! + m[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push(quote(text.slice(last)));
  return parts.join('');
}

/** The variables a smoke flow uses, in order: an error names the step that uses one nobody saved. */
export function checkSmokeVariables(smoke: Smoke): string | undefined {
  const known = new Set(['run']);
  // Called on environments that may not have passed the schema: anything not shaped like a step is skipped.
  const all = [
    ...(Array.isArray(smoke.steps) ? smoke.steps : []),
    ...(Array.isArray(smoke.cleanup) ? smoke.cleanup : []),
  ].filter((s) => typeof s === 'object' && s !== null);
  for (const s of all) {
    const used = [String(s.path ?? ''), String(s.bearer ?? ''), JSON.stringify(s.body ?? {})].flatMap(variablesIn);
    const missing = used.find((u) => !known.has(u));
    if (missing) return `step "${s.name}" uses \${${missing}}, which no earlier step saves`;
    for (const name of Object.keys(typeof s.save === 'object' && s.save ? s.save : {})) known.add(name);
  }
  return undefined;
}
