import type { Instance } from '../config/environment.generated.js';
import { resolved } from '../config/resolved.js';
import type { Op } from '../shell/ops.js';
import { throughNginx, versionProbe } from './health.js';
import { versionPattern } from './health-checks.js';
import { layout } from '../shell/layout.js';
import { runHoldsLock } from './lock.js';
import { OWN_AGENT } from './observe.js';
import { quote } from '../shell/quote.js';
import { watchPaths } from './watch.js';
import { nowRealtime } from '../shell/builtins.js';

// What users saw across a flip, measured on the host: every request nginx answered for the site from just before the
// flip to the end of the observe window (its access log, slotflip's own requests left out), and a steady prober of the
// app's version route that tells when the new release first answered. A receipt with a failed request is a failed
// deploy: the host flips back (plan/watch-script.ts).

export interface Receipt {
  /** Users' requests nginx answered in the window (websocket upgrades and slotflip's own requests left out). */
  requests: number;
  /** Answered 5xx, plus the prober's requests that got no 2xx (refused, timed out, 5xx). */
  failed: number;
  /** Users' requests answered with anything but 2xx (4xx included: not failures, but worth a look). */
  non2xx: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** The window, in seconds since the epoch (nginx's $msec of the first and last request counted). */
  from: number;
  to: number;
  flipAt: number;
  probes: number;
  probeFailed: number;
  /** From the flip to the end of the first probe the new release answered; -1 when none did. */
  firstNewMs: number;
}

/** Requests per second of the prober (0: none). */
export const receiptRate = (inst: Instance) => resolved(inst).receiptRate;

/**
 * Bash: `sf_prober` (run in the background) sends one request at a time to the version route through nginx until
 * `$W/stop-probe` exists, one line per request in `$W/probe.log`: start, status, seconds, whether the new release
 * answered. `sf_receipt` stops it and prints the receipt as one line of JSON, from where the flip step marked its start
 * (`$W/offset`, the access log's size, and `$W/flipped`, the time: host/watch.ts markReceiptStart). `alive`, a bash
 * condition, also ends the prober when it fails (the run that started it has ended).
 */
export function receiptFunctions(inst: Instance, version: string, alive?: string): string {
  const l = layout(inst.id);
  const probe = versionProbe(inst);
  const target = probe?.path ? throughNginx(inst, probe.path) : undefined;
  const rate = receiptRate(inst);
  // Matched by bash: the prober sends four requests a second beside the flip, and starts only curl for each.
  const isNew = probe?.expect_version
    ? `{ sf_re=${quote(versionPattern(version, probe.expect_version))}; [[ $body =~ $sf_re ]]; }`
    : '[ -n "$body" ]';
  const log = quote(l.accessLog);
  const prober =
    target && rate > 0
      ? `sf_prober() {
  local s out last body new
  while [ ! -e "$W/stop-probe" ]${alive ? ` && ${alive}` : ''}; do
    ${nowRealtime('s')}
    out=$(curl -s --max-time 2 -A ${OWN_AGENT} -w '\\n%{http_code} %{time_total}' ${target.curl} 2>/dev/null) || true
    last=\${out##*$'\\n'}; body=\${out%$'\\n'*}
    new=0; ! ${isNew} || new=1
    echo "$s \${last:-000 0} $new" >> "$W/probe.log"
    sleep ${(1 / rate).toFixed(3)}
  done
}`
      : 'sf_prober() { :; }';
  return `${prober}
sf_receipt() {
  local flip n failed non2xx p50 p95 p99 first last probes pfailed firstnew
  touch "$W/stop-probe"; [ -z "\${prober_pid:-}" ] || wait "$prober_pid" 2>/dev/null
  flip=$(cat "$W/flipped" 2>/dev/null || echo 0); offset=$(cat "$W/offset" 2>/dev/null || echo "$offset")
  tail -c +$((offset + 1)) ${log} 2>/dev/null |
    awk '$9 != 101 && !/"${OWN_AGENT}/ { print $9, $(NF-1), $NF }' > "$W/requests"
  read -r n failed non2xx first last < <(awk '
    { n++; if ($1 ~ /^5/) f++; if ($1 !~ /^2/) o++; if (!a || $2 < a) a = $2; if ($2 > b) b = $2 }
    END { printf "%d %d %d %.3f %.3f\\n", n, f, o, a, b }' "$W/requests")
  read -r p50 p95 p99 < <(sort -k3 -g "$W/requests" | awk '
    { t[++n] = $3 }
    function at(q) { return t[int(n * q + 0.999)] * 1000 }
    END { printf "%d %d %d\\n", at(0.50), at(0.95), at(0.99) }')
  read -r probes pfailed firstnew < <(awk -v f="$flip" '
    $1 >= f { n++; if ($2 !~ /^2/) x++; if (fn == "" && $1 >= f && $4 == 1) fn = int(($1 + $3 - f) * 1000) }
    END { printf "%d %d %s\\n", n, x, (fn == "" ? -1 : fn) }' "$W/probe.log" 2>/dev/null || echo '0 0 -1')
  printf '{"requests":%d,"failed":%d,"non2xx":%d,"p50Ms":%d,"p95Ms":%d,"p99Ms":%d,'\\
'"from":%s,"to":%s,"flipAt":%s,"probes":%d,"probeFailed":%d,"firstNewMs":%d}\\n' \\
    "$n" "$((failed + pfailed))" "$non2xx" "$p50" "$p95" "$p99" "$first" "$last" "$flip" \\
    "$probes" "$pfailed" "$firstnew"
}`;
}

/** One line for a person: what users saw across the flip. */
export function describeReceipt(r: Receipt): string {
  const first = r.firstNewMs >= 0 ? `, the new release answered ${r.firstNewMs} ms after the flip` : '';
  return (
    `${r.requests} requests through nginx across the flip, ${r.failed} failed, ${r.non2xx} not 2xx; ` +
    `p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms${first} (${r.probes} probes by the host)`
  );
}

export function parseReceipt(value: unknown): Receipt | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const r = value as Record<string, unknown>;
  return typeof r.requests === 'number' && typeof r.failed === 'number' ? (r as unknown as Receipt) : undefined;
}

/** Where a rollback's receipt is measured: the run's folder beside the watches' (host/watch.ts). */
const probeDir = (instance: string, run: string) => watchPaths(instance, run).dir;

/**
 * A rollback's receipt (a rollback goes back to a release that served before, so it has no window to flip back
 * from): the prober starts in the background with the run's first step (the lock step, or the flip's when the host
 * read took the lock), the flip marks the receipt's start, and after a short watch the last step stops the prober and
 * prints the receipt.
 */
export function startRollbackProbe(inst: Instance, run: string, version: string): Op {
  const dir = probeDir(inst.id, run);
  // It ends with the run, however that ends: a failed step or a killed process never reaches the receipt's step.
  const held = runHoldsLock(layout(inst.id).lock, run);
  // A subshell of the step's own shell (one fork, where a script file and `setsid bash` cost four processes): it
  // drops the step's traps and its `set -e`, and lives on when the step's shell ends.
  return {
    kind: 'sh',
    note: "the receipt's prober, in the background (it stops when the last step says so)",
    text:
      `{ trap - EXIT TERM; set +e +o pipefail; W=${quote(dir)}\n${held}\n` +
      `${receiptFunctions(inst, version, 'sf_run_holds_lock')}\nsf_prober\n} < /dev/null > /dev/null 2>&1 &\n` +
      `echo $! > ${quote(`${dir}/probe.pid`)}`,
  };
}

/** Waits `seconds` after the flip, stops the prober and prints the receipt; never fails (the rollback is done). */
export function finishRollbackReceipt(inst: Instance, run: string, version: string, seconds: number): Op {
  const dir = probeDir(inst.id, run);
  return {
    kind: 'sh',
    note: `the receipt: ${seconds} s after the flip, what users saw across it`,
    text: `{
W=${quote(dir)}; offset=0
${receiptFunctions(inst, version)}
sleep ${seconds}
receipt=$(sf_receipt)
{ read -r p < "$W/probe.pid" && kill "$p"; } 2>/dev/null
echo "$receipt" > "$W/receipt.json"
echo "SLOTFLIP_RESULT receipt $receipt"
} || true`,
  };
}
