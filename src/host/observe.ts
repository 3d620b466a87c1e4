import type { Instance } from '../config/environment.generated.js';
import { resolved } from '../config/resolved.js';
import type { Op } from '../shell/ops.js';
import { throughNginx, versionProbe } from './health.js';
import { layout } from '../shell/layout.js';
import { quote } from '../shell/quote.js';

// The thresholds' defaults (windows.max_error_rate, max_p95_latency) are the seed's alerting rules at warning level,
// documented in the schema: after a flip we act on a warning, since flipping back costs users nothing.
export const OBSERVE = {
  minRequests: 20,
  healthFailures: 3,
  healthFlaps: 3,
} as const;

/** The User-Agent of every request slotflip itself sends through nginx after a flip: left out of what users saw. */
export const OWN_AGENT = 'slotflip-watch';

export function observeThresholds(inst: Instance) {
  return {
    errorRatePercent: resolved(inst).maxErrorRate,
    p95LatencyMs: Math.round(resolved(inst).maxP95Latency * 1000),
  };
}

export const observeSeconds = (inst: Instance) => Math.ceil(resolved(inst).observe);

/**
 * After the flip, watch what users get: health through nginx, and from this site's access log since the flip the
 * share of 5xx answers and the 95th percentile of request times (websocket upgrades excluded: their time is the
 * connection's life; slotflip's own requests excluded). Health counts twice: failures in a row (down), and failures
 * in the whole window (flapping: one success between failures would reset a count in a row).
 *
 * Bash: defines `sf_observe`, which returns 1 with `$reason` set when a threshold fails, and prints its verdict.
 * Undefined when there is nothing to observe (no window, or no route through nginx).
 */
export function observeFunction(inst: Instance): string | undefined {
  const window = observeSeconds(inst);
  const health = inst.health.checks.find((c) => c.type === 'http' && !c.expect_version) ?? versionProbe(inst);
  const target = throughNginx(inst, health?.path ?? '/');
  if (window <= 0 || !target) return undefined;
  const { errorRatePercent, p95LatencyMs } = observeThresholds(inst);
  const log = quote(layout(inst.id).accessLog);
  return `sf_observe() {
  local total=0 errors=0 p95=0 from until fails=0 failed=0 probes=0 code
  from=$(stat -c %s ${log} 2>/dev/null || echo 0); until=$(( $(date +%s) + ${window} ))
  while [ "$(date +%s)" -lt "$until" ]; do
    sleep 1
    code=$(curl -s -o /dev/null -w '%{http_code}' -A ${OWN_AGENT} --max-time 2 ${target.curl} || true)
    probes=$((probes + 1))
    if [ "$code" = ${health?.expect_status ?? 200} ]; then fails=0
    else fails=$((fails + 1)); failed=$((failed + 1)); fi
    if [ "$fails" -ge ${OBSERVE.healthFailures} ]; then
      reason="observe: health through nginx failed $fails times in a row (last: $code)"; return 1
    fi
    if [ "$failed" -ge ${OBSERVE.healthFlaps} ]; then
      reason="observe: health through nginx is flapping: $failed of $probes probes failed since the flip (last: $code)"
      return 1
    fi
    read -r total errors p95 < <(tail -c +$((from + 1)) ${log} 2>/dev/null |
      awk '$9 != 101 && !/"${OWN_AGENT}/ { print ($9 ~ /^5/ ? 1 : 0), $NF }' | sort -k2 -g |
      awk '{ n++; e += $1; t[n] = $2 }
        END { i = int(n * 0.95 + 0.999); printf "%d %d %d\\n", n, e, (n ? t[i] * 1000 : 0) }')
    if [ "$total" -ge ${OBSERVE.minRequests} ] &&
      [ $((errors * 1000)) -gt $((total * ${Math.round(errorRatePercent * 10)})) ]; then
      reason="observe: $errors of $total requests failed with 5xx since the flip (over ${errorRatePercent}%)"; return 1
    fi
    if [ "$total" -ge ${OBSERVE.minRequests} ] && [ "$p95" -gt ${p95LatencyMs} ]; then
      reason="observe: p95 request time $p95 ms over $total requests since the flip (over ${p95LatencyMs} ms)"; return 1
    fi
  done
  echo "observe: healthy for ${window} s ($total requests, $errors 5xx, p95 $p95 ms)"
}`;
}

/** The observe window as a step's op, run from the runner's connection (a secret rotation's short watch). */
export function observeWindow(inst: Instance): Op | undefined {
  const fn = observeFunction(inst);
  if (!fn) return undefined;
  const { errorRatePercent, p95LatencyMs } = observeThresholds(inst);
  return {
    kind: 'sh',
    note:
      `observe ${observeSeconds(inst)} s: health through nginx, 5xx rate <= ${errorRatePercent}%, p95 ` +
      `<= ${p95LatencyMs} ms`,
    text: `${fn}\nreason=''; sf_observe || { echo "$reason" >&2; exit 11; }`,
  };
}
