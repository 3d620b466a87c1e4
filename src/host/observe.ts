import type { Instance } from '../config/environment.generated.js';
import type { Op } from '../plan/types.js';
import { seconds } from '../config/duration.js';
import { throughNginx, versionProbe } from './health.js';
import { layout } from './layout.js';
import { quote } from './shell.js';

// Thresholds from the seed's alerting rules: error rate above 5% is a warning there; after a flip we act on it.
export const OBSERVE = { errorRatePercent: 5, minRequests: 20, healthFailures: 3 } as const;

/**
 * After the flip, watch what users get: health through nginx, and the share of 5xx answers in this site's access log
 * since the flip. Crossing a threshold exits 11, and the engine flips back.
 */
export function observeWindow(inst: Instance): Op | undefined {
  const window = seconds(inst.windows?.observe, 30);
  const health = inst.health.checks.find((c) => c.type === 'http' && !c.expect_version) ?? versionProbe(inst);
  const target = throughNginx(inst, health?.path ?? '/');
  if (window <= 0 || !target) return undefined;
  const l = layout(inst.id);
  const { url, host } = target;
  const log = quote(l.accessLog);
  return {
    kind: 'sh',
    note: `observe ${window} s: health through nginx, 5xx rate <= ${OBSERVE.errorRatePercent}%`,
    text: `total=0; errors=0; from=$(stat -c %s ${log} 2>/dev/null || echo 0); until=$(( $(date +%s) + ${Math.ceil(window)} )); fails=0
while [ "$(date +%s)" -lt "$until" ]; do
  sleep 1
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 -H ${quote(`Host: ${host}`)} ${quote(url)} || true)
  if [ "$code" = ${health?.expect_status ?? 200} ]; then fails=0; else fails=$((fails + 1)); fi
  if [ "$fails" -ge ${OBSERVE.healthFailures} ]; then echo "observe: health through nginx failed $fails times in a row (last: $code)" >&2; exit 11; fi
  read -r total errors < <(tail -c +$((from + 1)) ${log} 2>/dev/null | awk '{ n++; if ($9 ~ /^5/) e++ } END { print n + 0, e + 0 }')
  if [ "$total" -ge ${OBSERVE.minRequests} ] && [ $((errors * 100)) -gt $((total * ${OBSERVE.errorRatePercent})) ]; then
    echo "observe: $errors of $total requests failed with 5xx since the flip (over ${OBSERVE.errorRatePercent}%)" >&2; exit 11
  fi
done
echo "observe: healthy for ${Math.ceil(window)} s ($total requests, $errors 5xx)"`,
  };
}
