import type { Instance } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import { layout } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { nowRealtime } from '../shell/builtins.js';

// The host keeps watch after a flip: the observe window, the receipt and what follows (or the flip back) run in a
// transient systemd unit of their own, started by the flip step, so a runner that dies, is cancelled or loses its
// network changes nothing. The run's step shell only follows the unit's log. One watch per instance at a time: the
// lock is not given up while it runs (its pid file counts as a step of its run, host/lock.ts).

export const watchUnit = (instance: string) => `slotflip-${instance}-watch`;

export function watchPaths(instance: string, run: string) {
  const l = layout(instance);
  const dir = `${l.root}/watch/${run}`;
  return {
    dir,
    script: `${dir}/watch.sh`,
    log: `${dir}/log`,
    /** What the watch decided: `ok` or `flipped-back <why>`. */
    result: `${dir}/result`,
    receipt: `${dir}/receipt.json`,
    /** The watch as `status` shows it: run, release, since, until, state (waiting, observing, passed, flipped-back). */
    status: `${l.root}/watch.json`,
    /** Counted as a step shell of the run: the lock is not taken over while it lives (host/lock.ts, holderBusy). */
    pidFile: `${l.root}/.pid-${run}-watch`,
  };
}

/** Writes the watch's script and starts its unit; it sends its probes at once and waits for the flip to be done. */
export function startWatch(instance: string, run: string, script: string): Op[] {
  const w = watchPaths(instance, run);
  const unit = watchUnit(instance);
  return [
    {
      kind: 'sh',
      note: "the watch's folder (the last five runs' are kept)",
      text:
        `install -d -m 0700 ${quote(w.dir)}\nls -1dt ${quote(`${layout(instance).root}/watch`)}/*/ ` +
        `2>/dev/null | tail -n +6 | xargs -r rm -rf`,
    },
    { kind: 'write', path: w.script, content: script, mode: '0700', secret: false },
    {
      kind: 'sh',
      // KillMode=mixed: a stop signals the watch's own shell only, so a flip back it has begun is never cut short.
      note: `start the host's watch of this flip (${unit}): observe, receipt, then finish or flip back on the host`,
      text: `if systemctl is-active -q ${quote(unit)}; then
  echo "the host still watches an earlier flip (${unit})" >&2; exit 1
fi
systemctl reset-failed ${quote(unit)} 2>/dev/null || true
systemd-run --quiet --collect --unit=${quote(unit)} -p KillMode=mixed -p TimeoutStopSec=120 \\
  -p StandardOutput=append:${w.log} -p StandardError=append:${w.log} /bin/bash ${quote(w.script)}`,
    },
  ];
}

/**
 * Where the receipt begins: the time (the new release's first answer counts from it) and the access log's size. Just
 * before the flip; after a breaking migration, once the maintenance page is off (its 503s are by design).
 */
export const markReceiptStart = (instance: string, run: string, accessLog: string): Op => ({
  kind: 'sh',
  note: 'the receipt begins here',
  text:
    `stat -c %s ${quote(accessLog)} > ${quote(`${watchPaths(instance, run).dir}/offset`)} 2>/dev/null ` +
    (`|| echo 0 > ${quote(`${watchPaths(instance, run).dir}/offset`)}; ${nowRealtime('t')}; ` +
      `printf '%s\\n' "$t" > ${quote(`${watchPaths(instance, run).dir}/flipped`)}`),
});

/** The flip and its checks passed: the watch begins its window. */
export const letWatchGo = (instance: string, run: string): Op => ({
  kind: 'sh',
  note: 'the host begins its observe window',
  text: `touch ${quote(`${watchPaths(instance, run).dir}/go`)}`,
});

/** The run's own undo of the flip: the watch ends without acting (the run flips back itself). */
export function abortWatch(instance: string, run: string): Op {
  const w = watchPaths(instance, run);
  return {
    kind: 'sh',
    note: "end the host's watch (this run undoes the flip itself)",
    text: `touch ${quote(`${w.dir}/abort`)}; systemctl stop ${quote(watchUnit(instance))} 2>/dev/null || true`,
  };
}

/** Exit of the follow step when the host flipped back: the host undid the flip and recorded it already. */
export const HOST_FLIPPED_BACK = 11;

/**
 * The run's observe step: follows the watch's log until the unit ends, then reports what it decided (its receipt as a
 * result line). The watch does not depend on this step: killing it, or losing the connection, changes nothing there.
 */
export function followWatch(inst: Instance, run: string): Op {
  const w = watchPaths(inst.id, run);
  return {
    kind: 'sh',
    note: "follow the host's watch until it has decided",
    // A cancelled run (SIGTERM to this shell) stops the watch: stopped while it observes, the host flips back and
    // records it (the run's own undo would be a second actor), and this step reports that as usual.
    text: `trap 'systemctl stop --no-block ${quote(watchUnit(inst.id))} 2>/dev/null' TERM
pid=$(systemctl show -p MainPID --value ${quote(watchUnit(inst.id))} 2>/dev/null || echo 0)
if [ "\${pid:-0}" != 0 ]; then tail -n +1 -f --pid="$pid" ${quote(w.log)} 2>/dev/null
else cat ${quote(w.log)} 2>/dev/null || true; fi
while [ "\${pid:-0}" != 0 ] && kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
# Reported, unless this step outlived its run's connection (the runner's sshd is gone): then the next run reports it.
runner_parent=$(cut -d' ' -f4 "/proc/\${SLOTFLIP_RUNNER:-0}/stat" 2>/dev/null || true)
if [ -z "\${SLOTFLIP_RUNNER:-}" ] ||
  case "$(cat "/proc/$runner_parent/comm" 2>/dev/null)" in sshd*) true ;; *) false ;; esac; then
  touch ${quote(`${w.dir}/reported`)}
fi
[ ! -s ${quote(w.receipt)} ] || echo "SLOTFLIP_RESULT receipt $(cat ${quote(w.receipt)})"
result=$(cat ${quote(w.result)} 2>/dev/null || true)
case "$result" in
  ok) ;;
  flipped-back*) echo "\${result#flipped-back }" >&2; exit ${HOST_FLIPPED_BACK} ;;
  *) echo "the host's watch ended without a decision (its log: ${w.log})" >&2; exit 1 ;;
esac`,
  };
}

/** Releases the lock unless the host's watch of this run still runs (it releases the lock itself when it ends). */
export function unlockAfterWatch(instance: string, run: string): Op {
  const l = layout(instance);
  const w = watchPaths(instance, run);
  return {
    kind: 'sh',
    note: "release the lock if it is ours and the host no longer watches this run's flip",
    text: `if { read -r p _ < ${quote(w.pidFile)} && kill -0 "$p"; } 2>/dev/null; then
  echo "SLOTFLIP_EVENT the host still watches this flip: it releases the lock when it ends"
elif grep -qF ${quote(`"run":${JSON.stringify(run)}`)} ${quote(l.lock)}/owner 2>/dev/null; then
  rm -rf ${quote(l.lock)}
fi`,
  };
}

/**
 * A run that took the lock has read (and reported) what earlier watches decided: they are not reported again. Each
 * watch is marked once, by a redirection (no process): every earlier run leaves a directory, and a `touch` each cost
 * 5 ms a run more.
 */
export function markWatchesReported(instance: string): Op {
  return {
    kind: 'sh',
    text:
      `for d in ${quote(`${layout(instance).root}/watch`)}/*/; do ` +
      `[ ! -d "$d" ] || [ -e "$d/reported" ] || : > "$d/reported"; done`,
  };
}
