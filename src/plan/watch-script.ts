import type { Instance } from '../config/environment.generated.js';
import { observeFunction, observeSeconds } from '../host/observe.js';
import { receiptFunctions } from '../host/receipt.js';
import { layout } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { watchPaths } from '../host/watch.js';
import { compileStep, type CompileContext } from './compile.js';
import type { Step } from './types.js';
import type { Op } from '../shell/ops.js';

/** Stands for the watch's reason in the failure record's files, replaced on the host (JSON-safe by then). */
export const REASON_TOKEN = '@@SLOTFLIP_REASON@@';

export interface WatchSpec {
  inst: Instance;
  run: string;
  release: { id: string; version: string };
  slot: string;
  ctx: CompileContext;
  /** The undo of every step before the observe window, in the order the engine would run them (flip back first). */
  undo: Step[];
  /** Records the flip back (its files may hold REASON_TOKEN). */
  recordFailure: Step;
  /** What the run does after a passed window (enable, retire, record): the host does it now. */
  tail: Step[];
  /** Releases the lock (the plan's final step). */
  unlock: Step;
  /** Seconds the steps up to the end of the flip may take: the watch waits that long for the flip's go. */
  waitSeconds: number;
}

/** A write whose content holds REASON_TOKEN, as bash that puts `$SF_REASON` in its place. */
function withReason(op: Op): Op {
  if (op.kind !== 'write' || !op.content.includes(REASON_TOKEN)) return op;
  const b64 = Buffer.from(op.content)
    .toString('base64')
    .match(/.{1,76}/g)!
    .join('\n');
  return {
    kind: 'sh',
    note: op.path,
    text: `sf_content=$(base64 -d <<'SLOTFLIP_EOF'
${b64}
SLOTFLIP_EOF
)
sf_content=\${sf_content//${REASON_TOKEN}/"$SF_REASON"}
tmp=$(mktemp ${quote(`${op.path}.XXXXXX`)}); printf '%s\\n' "$sf_content" > "$tmp"
chmod ${quote(op.mode)} "$tmp"; mv -f "$tmp" ${quote(op.path)}`,
  };
}

/**
 * The watch's script: probes from before the flip, waits for the flip step to finish, observes, and then either runs
 * the plan's tail (the deploy completes on the host) or undoes the flip as the engine would and records it with the
 * hold. Each step it runs is compiled exactly as the engine compiles it, so the journal reads the same either way.
 */
export function watchScript(s: WatchSpec): string {
  const w = watchPaths(s.inst.id, s.run);
  const l = layout(s.inst.id);
  const window = observeSeconds(s.inst);
  const observe = observeFunction(s.inst) ?? 'sf_observe() { echo "observe: no window"; }';
  const tailSeconds = s.tail.reduce((n, t) => n + Math.ceil(t.timeoutMs / 1000), 0);
  const deadline = s.waitSeconds + window + tailSeconds + 120;
  const files: string[] = [];
  const file = (name: string, step: Step, event = 'step') => {
    files.push(`cat > "$W/${name}" <<'SLOTFLIP_STEP'\n${compileStep(step, s.ctx, step.ops, event)}SLOTFLIP_STEP`);
    return `"$W/${name}"`;
  };
  const undo = s.undo.map((u, i) => file(`undo-${i}.sh`, { ...u, ops: u.undo ?? [] }, 'undo'));
  const record = file('record-failure.sh', { ...s.recordFailure, ops: s.recordFailure.ops.map(withReason) });
  const tail = s.tail.map((t, i) => ({ id: t.id, title: t.title, path: file(`tail-${i}.sh`, t) }));
  const unlock = file('unlock.sh', s.unlock);
  const json = (v: string) => quote(JSON.stringify(v));
  return `#!/bin/bash
# slotflip: the host's watch of run ${s.run} (release ${s.release.id} on the ${s.slot} slot). Started by the flip step.
set -u
unset SLOTFLIP_RUNNER
W=${quote(w.dir)}
echo "$$ $(( $(date +%s) + ${deadline} ))" > ${quote(w.pidFile)}
trap 'rm -f ${quote(w.pidFile)}' EXIT
offset=$(stat -c %s ${quote(l.accessLog)} 2>/dev/null || echo 0)
phase=waiting reason='' since=$(date +%s) until=0 receipt=''
${files.join('\n')}
sf_status() {
  local why; why=$(printf '%s' "$reason" | tr -d '"\\\\' | tr -c '[:print:]' ' ')
  printf '{"run":%s,"release":%s,"slot":%s,"since":%s,"until":%s,"state":"%s","reason":"%s"%s}\\n' \\
    ${json(s.run)} ${json(s.release.id)} ${json(s.slot)} "$since" "$until" "$1" "$why" \\
    "\${receipt:+,\\"receipt\\":$receipt}" > ${quote(`${w.status}.tmp`)} &&
    mv -f ${quote(`${w.status}.tmp`)} ${quote(w.status)}
}
${observe}
${receiptFunctions(s.inst, s.release.version)}
sf_fail() {
  trap '' TERM # a flip back that has begun is never cut short
  phase=failing
  echo "watch: $reason: the host flips back"
  [ -n "$receipt" ] || { receipt=$(sf_receipt); echo "$receipt" > ${quote(w.receipt)}; }
  for f in ${undo.join(' ')}; do bash "$f" || echo "watch: an undo step failed ($f)"; done
  SF_REASON=$(printf '%s' "observe failed: $reason" | tr -d '"\\\\' | tr -c '[:print:]' ' ') bash ${record} ||
    echo "watch: recording the flip back failed"
  sf_status flipped-back
  echo "flipped-back observe failed: $reason" > ${quote(w.result)}
  bash ${unlock}
  exit 0
}
trap 'if [ -e "$W/abort" ]; then
  echo "watch: ended by the run (it undoes the flip itself)"; touch "$W/stop-probe"; exit 0
fi
if [ "$phase" = observing ]; then reason="the watch was stopped before its window passed"; sf_fail; fi
echo "watch: stopped while $phase"; exit 143' TERM
sf_prober & prober_pid=$!
sf_status waiting
for _ in $(seq ${Math.ceil(s.waitSeconds * 10)}); do [ -e "$W/go" ] || [ -e "$W/abort" ] && break; sleep 0.1; done
if [ ! -e "$W/go" ]; then
  touch "$W/stop-probe"; echo "watch: the flip step did not finish; nothing to watch"; exit 0
fi
phase=observing since=$(date +%s) until=$(( $(date +%s) + ${window} ))
sf_status observing
echo "watch: observing the ${s.slot} slot for ${window} s"
sf_observe || sf_fail
receipt=$(sf_receipt); echo "$receipt" > ${quote(w.receipt)}
failed=$(printf '%s' "$receipt" | sed -n 's/.*"failed":\\([0-9]*\\).*/\\1/p')
if [ "\${failed:-0}" -gt 0 ]; then reason="receipt: $failed requests failed across the flip"; sf_fail; fi
phase=finishing
echo "watch: the window passed; the host finishes the deploy"
${tail
  .map(
    (t) => `echo ${quote(`SLOTFLIP_EVENT the host: ${t.title}`)}
bash ${t.path} || { reason=${quote(`${t.id} failed on the host`)}; sf_fail; }`,
  )
  .join('\n')}
sf_status passed
echo ok > ${quote(w.result)}
bash ${unlock}
`;
}
