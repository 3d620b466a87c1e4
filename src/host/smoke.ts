import type { Instance, Smoke, SmokeStep } from '../config/environment.generated.js';
import type { Op } from '../plan/types.js';
import { layout, type Slot } from './layout.js';
import { quote } from './shell.js';

// The smoke flow as one bash script on the host, against the new slot's own socket or port (never through nginx).
// Every value from the environment reaches bash as a single-quoted word; ${name} becomes "$sf_name", which holds only
// what an earlier answer gave (or the run's tag): nothing is ever evaluated.

const VAR = /\$\{([a-z_][a-z0-9_]{0,30})\}/g;

export class SmokeError extends Error {}

/** A string with ${name} references as one bash word: literal parts quoted, references as "$sf_name". */
export function shellWord(text: string, known: ReadonlySet<string>): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(VAR)) {
    if (!known.has(m[1]!)) throw new SmokeError(`\${${m[1]}} is not saved by an earlier step (known: ${[...known].map((k) => `\${${k}}`).join(', ')})`);
    if (m.index! > last) parts.push(quote(text.slice(last, m.index)));
    parts.push(`"$sf_${m[1]}"`);
    last = m.index! + m[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push(quote(text.slice(last)));
  return parts.join('');
}

/** The component the flow talks to: the one given, else the one routed at /, else the first. */
export function smokeComponent(inst: Instance, smoke: Smoke): string {
  const names = Object.keys(inst.app.components);
  return smoke.component ?? names.find((n) => inst.app.components[n]?.route === '/') ?? names[0]!;
}

/** The variables a smoke flow uses, in order: an error names the step that uses one nobody saved. */
export function checkSmokeVariables(smoke: Smoke): string | undefined {
  const known = new Set(['run']);
  // Called on environments that may not have passed the schema: anything not shaped like a step is skipped.
  const all = [...(Array.isArray(smoke.steps) ? smoke.steps : []), ...(Array.isArray(smoke.cleanup) ? smoke.cleanup : [])].filter((s) => typeof s === 'object' && s !== null);
  for (const s of all) {
    const used = [String(s.path ?? ''), String(s.bearer ?? ''), JSON.stringify(s.body ?? {})].flatMap((t) => [...t.matchAll(VAR)].map((m) => m[1]!));
    const missing = used.find((u) => !known.has(u));
    if (missing) return `step "${s.name}" uses \${${missing}}, which no earlier step saves`;
    for (const name of Object.keys(typeof s.save === 'object' && s.save ? s.save : {})) known.add(name);
  }
  return undefined;
}

function request(inst: Instance, component: string, slot: Slot, step: SmokeStep, known: Set<string>): string {
  const listen = inst.app.components[component]?.listen;
  const base = listen?.type === 'tcp' ? `http://127.0.0.1:${slot === 'blue' ? listen.blue : listen.green}` : 'http://localhost';
  const sock = listen?.type === 'tcp' ? '' : ` --unix-socket ${quote(layout(inst.id).socket(component, slot))}`;
  const args = [`-X ${step.method}`, `-H 'Accept: application/json'`];
  if (step.bearer) args.push(`-H ${quote('Authorization: Bearer ')}${shellWord(step.bearer, known)}`);
  if (step.body) args.push(`-H 'Content-Type: application/json' --data-binary ${shellWord(JSON.stringify(step.body), known)}`);
  const expect = step.expect_status ?? 200;
  const lines = [
    `code=$(curl -s -o "$body" -w '%{http_code}' --max-time 10${sock} ${args.join(' ')} ${quote(base)}${shellWord(step.path, known)} || true)`,
    `if [ "$code" != ${expect} ]; then fail=${quote(`${step.name}: ${step.method} ${step.path} answered `)}"$code (expected ${expect}): $(head -c 300 "$body" | tr -d '\\n')"; fi`,
  ];
  for (const [name, field] of Object.entries(step.save ?? {})) {
    known.add(name);
    lines.push(`[ -n "$fail" ] || sf_${name}=$(sf_field ${quote(field!)})`);
    lines.push(`[ -n "$fail" ] || [ -n "$sf_${name}" ] || fail=${quote(`${step.name}: the answer has no ${field}`)}`);
  }
  return lines.join('\n');
}

/** The flow against the new slot: exit 10 naming the first step that failed, after the cleanup ran. */
export function smokeFlow(inst: Instance, smoke: Smoke, slot: Slot, runTag: string): Op {
  const component = smokeComponent(inst, smoke);
  const known = new Set(['run']);
  const steps = smoke.steps.map((s) => `if [ -z "$fail" ]; then\n${request(inst, component, slot, s, known)}\nfi`);
  // The cleanup runs whatever happened, each step as far as its own values exist; its failures are reported, not fatal.
  const cleanup = (smoke.cleanup ?? []).map((s) => {
    const needs = [...`${s.path}${s.bearer ?? ''}${JSON.stringify(s.body ?? {})}`.matchAll(VAR)].map((m) => m[1]!).filter((n) => n !== 'run');
    const guard = needs.length ? `if ${needs.map((n) => `[ -n "\${sf_${n}:-}" ]`).join(' && ')}; then` : 'if :; then';
    return `${guard}\nfail=''\n${request(inst, component, slot, s, known)}\n[ -z "$fail" ] || echo "smoke cleanup: $fail" >&2\nfi`;
  });
  return {
    kind: 'sh',
    note: `smoke flow on the ${slot} slot: ${smoke.steps.map((s) => s.name).join(', ')}${smoke.cleanup?.length ? `; cleanup: ${smoke.cleanup.map((s) => s.name).join(', ')}` : ''}`,
    text: `body=$(mktemp); fail=''
${JSON.stringify(smoke).includes('${run}') ? `sf_run=${quote(runTag)}` : '# (no step uses ${run})'}
${[...known].filter((k) => k !== 'run').map((k) => `sf_${k}=''`).join('\n')}
# A top-level field of the JSON answer: a string's value, or a number.
sf_field() { grep -o "\\"$1\\" *: *\\(\\"[^\\"]*\\"\\|[0-9][0-9.]*\\)" "$body" | head -1 | sed 's/^"[^"]*" *: *//; s/^"//; s/"$//' || true; }
${steps.join('\n')}
result=$fail
${cleanup.join('\n')}
rm -f "$body"
[ -z "$result" ] || { echo "smoke: $result" >&2; exit 10; }
echo "smoke: ${smoke.steps.length} steps passed on the ${slot} slot"`,
  };
}
