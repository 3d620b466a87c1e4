import type { Instance, Smoke, SmokeStep } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import { layout, type Slot } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { cleanupCommand, slotCommand, type SlotCommand } from './slot-command.js';
import { shellWord, variablesIn } from './smoke-words.js';

// The smoke flow as one bash script on the host, against the new slot's own socket or port (never through nginx).
// Every value from the environment reaches bash as a single-quoted word; ${name} becomes "$sf_name", which holds only
// what an earlier answer gave (or the run's tag): nothing is ever evaluated.

/** The component the flow talks to: the one given, else the one routed at /, else the first. */
export function smokeComponent(inst: Instance, smoke: Smoke): string {
  const names = Object.keys(inst.app.components);
  return smoke.component ?? names.find((n) => inst.app.components[n]?.route === '/') ?? names[0]!;
}

/** Where the flow's requests go: the slot's own socket or port, or nginx as a browser reaches it. */
export interface SmokeTarget {
  /** curl arguments before the URL (a socket, a Host header, --resolve). */
  args: string;
  /** The URL's scheme, host and port; the step's path follows it. */
  base: string;
  label: string;
}

export function slotTarget(inst: Instance, component: string, slot: Slot): SmokeTarget {
  const listen = inst.app.components[component]?.listen;
  if (listen?.type === 'tcp')
    return {
      args: '',
      base: `http://127.0.0.1:${slot === 'blue' ? listen.blue : listen.green}`,
      label: `the ${slot} slot`,
    };
  return {
    args: `--unix-socket ${quote(layout(inst.id).socket(component, slot))}`,
    base: 'http://localhost',
    label: `the ${slot} slot`,
  };
}

/**
 * A loopback address of one pass's own (127.a.b.pass, never 127.0.0.x), the same for the same run tag. Apps limit
 * logins and sign-ups per client address (Vikunja: 10 a minute, always on): a flow that came from a user's address,
 * or from one address shared by every run, would spend their budget, and three deploys in a minute would fail their
 * own smoke with 429.
 */
export function passAddress(runTag: string, pass: number): string {
  let h = 2166136261;
  for (const ch of runTag) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `127.${1 + (h % 254)}.${(h >>> 8) & 255}.${pass}`;
}

/**
 * The flow's requests as from `address`: on a slot, the headers nginx would add; through nginx, curl's source address.
 */
export function fromAddress(target: SmokeTarget, address: string, viaNginx: boolean): SmokeTarget {
  const args = viaNginx
    ? `--interface ${address}`
    : `-H ${quote(`X-Real-IP: ${address}`)} -H ${quote(`X-Forwarded-For: ${address}`)}`;
  return { ...target, args: `${target.args} ${args}`.trim() };
}

// Set-Cookie lines as comparable facts, one per line: "name (set)" and "name attribute" for each attribute, values
// and expiry left out (they differ on every answer), SameSite's value in lower case. Sorted by the caller.
export const COOKIE_FACTS =
  `tr -d '\\r' < "$hdrs" | awk 'tolower($0) ~ /^set-cookie:/ { sub(/^[^:]*: */, ` +
  (`""); n = split($0, p, /; */); name = p[1]; sub(/=.*/, "", name); print name " (set)"; for (i = 2; i <= n; ` +
    (`i++) { a = p[i]; k = tolower(a); sub(/=.*/, "", k); if (k == "" || k == "expires" || k == "max-age") ` +
      (`continue; if (index(a, "=")) { v = a; sub(/^[^=]*=/, "", v); if (k == "samesite") v = tolower(v); a = k ` +
        `"=" v } else a = k; print name " " a } }'`)));

function request(target: SmokeTarget, step: SmokeStep, known: Set<string>, cookies: boolean): string {
  const args = [`-X ${step.method}`, `-H 'Accept: application/json'`];
  if (step.bearer) args.push(`-H ${quote('Authorization: Bearer ')}${shellWord(step.bearer, known)}`);
  if (step.body)
    args.push(`-H 'Content-Type: application/json' --data-binary ${shellWord(JSON.stringify(step.body), known)}`);
  if (cookies) args.push('-D "$hdrs"');
  const expect = step.expect_status ?? 200;
  const lines = [
    `code=$(curl -s -o "$body" -w '%{http_code}' --max-time 10 ${target.args} ${args.join(' ')} ` +
      `${quote(target.base)}${shellWord(step.path, known)} || true)`,
    `if [ "$code" != ${expect} ]; then ` +
      (`fail=${quote(`${step.name}: ${step.method} ${step.path} answered `)}"$code (expected ${expect}): $(head -c ` +
        `300 "$body" | tr -d '\\n')"; fi`),
    ...(cookies ? [`${COOKIE_FACTS} >> "$SF_COOKIES" || true`] : []),
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
  const cleanup = [
    ...(smoke.cleanup ?? []).map((s) => s.name),
    ...(smoke.cleanup_command ? [smoke.cleanup_command] : []),
  ];
  return {
    kind: 'sh',
    note:
      `smoke flow on the ${slot} slot: ` +
      `${smoke.steps.map((s) => s.name).join(', ')}${cleanup.length ? `; cleanup: ${cleanup.join(', ')}` : ''}`,
    text: smokeScript(
      smoke,
      fromAddress(slotTarget(inst, smokeComponent(inst, smoke), slot), passAddress(runTag, 1), false),
      runTag,
      false,
      slotCommand(inst, slot),
    ),
  };
}

/**
 * The flow as a script against `target`. With `cookies`, every answer's Set-Cookie facts are appended to the file
 * named by $SF_COOKIES (the after-flip cookie check runs the flow twice and compares).
 */
export function smokeScript(
  smoke: Smoke,
  target: SmokeTarget,
  runTag: string,
  cookies: boolean,
  at?: SlotCommand,
): string {
  const known = new Set(['run']);
  const steps = smoke.steps.map((s) => `if [ -z "$fail" ]; then\n${request(target, s, known, cookies)}\nfi`);
  // The cleanup runs whatever happened, each step as far as its own values exist; its failures are reported, not fatal.
  const cleanup = (smoke.cleanup ?? []).map((s) => {
    const needs = variablesIn(`${s.path}${s.bearer ?? ''}${JSON.stringify(s.body ?? {})}`).filter((n) => n !== 'run');
    const guard = needs.length ? `if ${needs.map((n) => `[ -n "\${sf_${n}:-}" ]`).join(' && ')}; then` : 'if :; then';
    return (
      `${guard}\nfail=''\n${request(target, s, known, false)}\n[ -z "$fail" ] || echo "smoke cleanup: ` +
      `$fail" >&2\nfi`
    );
  });
  return `body=$(mktemp); fail=''${cookies ? '; hdrs=$(mktemp)' : ''}
${
  JSON.stringify(smoke).includes('${run}') || smoke.cleanup_command
    ? `sf_run=${quote(runTag)}`
    : '# (no ' + 'step uses ${run})'
}
${[...known]
  .filter((k) => k !== 'run')
  .map((k) => `sf_${k}=''`)
  .join('\n')}
# A top-level field of the JSON answer: a string's value, or a number.
sf_field() {
  grep -o "\\"$1\\" *: *\\(\\"[^\\"]*\\"\\|[0-9][0-9.]*\\)" "$body" | head -1 |
    sed 's/^"[^"]*" *: *//; s/^"//; s/"$//' || true
}
${steps.join('\n')}
result=$fail
${cleanup.join('\n')}
${smoke.cleanup_command && at ? cleanupCommand(smoke.cleanup_command, at) : ''}
rm -f "$body"${cookies ? ' "$hdrs"' : ''}
[ -z "$result" ] || { echo "smoke: $result" >&2; exit 10; }
echo "smoke: ${smoke.steps.length} steps passed on ${target.label}"`;
}
