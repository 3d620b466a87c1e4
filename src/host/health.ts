import type { HealthCheck, Instance } from '../config/environment.generated.js';
import { resolved } from '../config/resolved.js';
import type { Op } from '../shell/ops.js';
import { layout, type Slot } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { NOW_SECONDS, procState } from '../shell/builtins.js';
import { checkLines } from './health-checks.js';

/** How the health gate and a warm slot's check end when the slot fails them. */
export const GATE_EXIT = 10;

/**
 * The health gate on the idle slot itself (never through nginx, so no user sees it yet): every check must pass
 * `consecutive` times in a row before `timeout`; a unit that keeps restarting fails at once. Exit 10 on failure,
 * with the failing check and the unit's last log lines.
 */
export function healthGate(inst: Instance, slot: Slot, version: string): Op {
  const h = inst.health;
  const { healthTimeout } = resolved(inst);
  return {
    kind: 'sh',
    note:
      `health gate on ${slot}: ${h.checks.length} checks, ${resolved(inst).healthConsecutive} passes in ` +
      `a row, within ${healthTimeout} s`,
    text: healthGateScript(inst, slot, version),
  };
}

// A slot that takes connections and answers none (a check's "no answer within N s") leaves no line in its journal:
// its main process's state from /proc says whether it was paused (SIGSTOP, state T) or waits on the disk (D).
const PROCESS_STATE = `      sf_pid=$(systemctl show -p MainPID --value "$u" 2>/dev/null) || sf_pid=0
      ${procState('sf_st', '${sf_pid:-0}')}
      case $sf_st in
        T) echo "gate: $u: its main process ($sf_pid) is paused (stopped by a signal): it answers no request" >&2 ;;
        D) echo "gate: $u: its main process ($sf_pid) is waiting on the disk" >&2 ;;
      esac`;

/** Seconds between the gate's first rounds, before the slot has passed once (then: the configured interval). */
const QUICK_WAITS = [0.1, 0.2, 0.4];

/** Bash: the whole health gate on one slot (the gate step's; a warm slot's, retired meanwhile: host/warm-slot.ts). */
export function healthGateScript(inst: Instance, slot: Slot, version: string): string {
  const units = Object.keys(inst.app.components).map((c) => `${layout(inst.id).unit(c)}${slot}`);
  const checks = checkLines(inst, inst.health.checks, slot, version);
  const { healthInterval: interval, healthTimeout } = resolved(inst);
  // Until the slot first passes, it is asked again sooner than the interval (a started app usually answers within a
  // fraction of a second, and a whole interval's wait before the first pass is time no check needs); the passes that
  // count stay an interval apart.
  const quick = QUICK_WAITS.filter((w) => w < interval);
  return `deadline=$(( ${NOW_SECONDS} + ${Math.ceil(healthTimeout)} )); passes=0; last=''; sf_up=''
sf_quick=(${quick.join(' ')}); sf_q=0
units=(${units.map(quote).join(' ')})
while :; do
  why=''
  for u in "\${units[@]}"; do
    # One systemctl a unit and round (each costs about 9 ms of CPU in a container).
    sf_nr=0; sf_as=''
    while IFS='=' read -r sf_k sf_val; do
      case $sf_k in NRestarts) sf_nr=\${sf_val:-0} ;; ActiveState) sf_as=$sf_val ;; esac
    done < <(systemctl show -p NRestarts -p ActiveState "$u")
    if [ "$sf_nr" -ge 3 ] || [ "$sf_as" = failed ]; then
      journalctl -u "$u" -n 10 --no-pager -o cat >&2 || true
      echo "gate: failed: $u is crashing (restarted $sf_nr times)" >&2
      exit ${GATE_EXIT}
    fi
  done
${checks.map((c) => `  ${c}`).join('\n')}
  if [ -z "$why" ]; then
    passes=$((passes + 1)); sf_up=1
    if [ "$passes" -ge ${resolved(inst).healthConsecutive} ]; then
      echo "gate: every check passed ${resolved(inst).healthConsecutive} times in a row"; break
    fi
  else
    passes=0; last=$why
  fi
  if [ "${NOW_SECONDS}" -ge "$deadline" ]; then
    for u in "\${units[@]}"; do
      journalctl -u "$u" -n 10 --no-pager -o cat >&2 || true
${PROCESS_STATE}
    done
    echo "gate: failed: $last" >&2
    exit ${GATE_EXIT}
  fi
  if [ -z "$sf_up" ] && [ "$sf_q" -lt \${#sf_quick[@]} ]; then
    sleep "\${sf_quick[$sf_q]}"; sf_q=$((sf_q + 1))
  else
    sleep ${interval}
  fi
done`;
}

/**
 * A warm slot's check before a rollback flips to it: its own answers only (http and tcp checks, once), no retries and
 * no PostgreSQL or Redis check: those serve both slots alike, and a rollback during their outage must not wait for
 * them. Exit 10 with the first check that failed.
 */
export function answersOnceScript(inst: Instance, slot: Slot, version: string): string {
  const own = inst.health.checks.filter((c) => c.type === 'http' || c.type === 'tcp');
  return `why=''
${checkLines(inst, own, slot, version).join('\n')}
[ -z "$why" ] || { echo "gate: failed: $why" >&2; exit ${GATE_EXIT}; }
echo "the ${slot} slot answers as release ${version}"`;
}

/** The first http check that reports the version: used to confirm, through nginx, that traffic reached the release. */
export function versionProbe(inst: Instance): HealthCheck | undefined {
  return (
    inst.health.checks.find((c) => c.type === 'http' && c.expect_version) ??
    inst.health.checks.find((c) => c.type === 'http')
  );
}

/**
 * How to reach a path through this instance's nginx site from the host itself, as curl arguments (already quoted).
 * With TLS the HTTP server only redirects, so the probe goes to the HTTPS port under the site's own name (--resolve
 * keeps it on this host; -k because a placeholder certificate may still be in place: what is probed is the route).
 */
export function throughNginx(inst: Instance, path: string): { curl: string; host: string } | undefined {
  const site = nginxSite(inst);
  return site && { host: site.host, curl: `${site.args} ${quote(`${site.base}${path}`)}` };
}

/**
 * nginx as a browser reaches the site, from the host itself: curl's arguments and the URL's start (the path follows).
 */
export function nginxSite(inst: Instance): { host: string; args: string; base: string } | undefined {
  if (!inst.nginx) return undefined;
  const host = inst.nginx.server_names[0]!.replace(/^\*\./, 'www.');
  if (inst.nginx.tls?.enabled) {
    const port = inst.nginx.https_port ?? 443;
    return { host, args: `-k --resolve ${quote(`${host}:${port}:127.0.0.1`)}`, base: `https://${host}:${port}` };
  }
  const port = inst.nginx.http_port ?? 80;
  return { host, args: `-H ${quote(`Host: ${host}`)}`, base: `http://127.0.0.1:${port}` };
}
