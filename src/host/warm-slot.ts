import type { Instance } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import { layout, type Slot } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { answersOnceScript, healthGateScript } from './health.js';
import { slotUnits } from './slot-units.js';
import { procState } from '../shell/builtins.js';

/**
 * A warm slot made ready for a rollback's flip, in the flip's own step: its retire timer and any pending drain end
 * cancelled first (the timer may fire any moment; a drain end already running is waited for, as resumeSlot says),
 * then one `systemctl show` says whether each unit is active and whether its main process is paused (SIGSTOP, by the
 * drain end: state T). A paused slot is resumed; a running one answers its own checks once; a slot its retire timer
 * stopped in the moment before is started again and waits for the whole health gate (checked once, a slot that has
 * just started fails: seen in the lab). Each `systemctl` costs 15-40 ms in a container: this asks two where three
 * and a `grep` ran before. The slot's checks (a `curl` costs 25-35 ms) start beside them; their answer counts only if
 * the slot runs and they passed, else they run again once the slot is known to run, so that no check decides from
 * before the drain end was waited for.
 */
export function warmSlotReady(inst: Instance, slot: Slot, version: string): Op {
  const l = layout(inst.id);
  const components = Object.keys(inst.app.components);
  const units = slotUnits(inst.id, slot, components);
  const timers = [`${l.retireUnit(slot)}.timer`, `${l.drainEndUnit(slot)}.timer`, `${l.drainEndUnit(slot)}.service`];
  return {
    kind: 'sh',
    note:
      `cancel the ${slot} slot's retire timer; the slot answers (resumed if it was paused, started again and ` +
      `gated if it was retired meanwhile)`,
    // A main process whose state cannot be read counts as paused: resuming a running slot is harmless.
    text: `exec {sf_fd}< <( ( ${answersOnceScript(inst, slot, version).replace(/\n/g, '\n  ')}
) 2>&1; echo "SF_RC $?" )
systemctl stop ${timers.map(quote).join(' ')} 2>/dev/null || true
sf_active=0 sf_paused=''
while IFS='=' read -r sf_k sf_v; do
  case $sf_k in
    ActiveState) [ "$sf_v" != active ] || sf_active=$((sf_active + 1)) ;;
    MainPID) [ "\${sf_v:-0}" = 0 ] || { ${procState('sf_st', '$sf_v')}; case $sf_st in T | '') sf_paused=1 ;; esac; } ;;
  esac
done < <(systemctl show -p ActiveState -p MainPID ${units} 2>/dev/null)
[ -z "$sf_paused" ] || systemctl kill --signal=SIGCONT ${units} 2>/dev/null || true
sf_out=''; IFS= read -r -d '' sf_out <&"$sf_fd" || true; exec {sf_fd}<&-
if [ "$sf_active" -eq ${components.length} ] && [ "\${sf_out##*SF_RC }" = $'0\\n' ]; then
printf '%s' "\${sf_out%SF_RC *}"
elif [ "$sf_active" -eq ${components.length} ]; then
${answersOnceScript(inst, slot, version)}
else
echo 'SLOTFLIP_EVENT the ${slot} slot had just been retired: started it again'
systemctl start ${units}
${healthGateScript(inst, slot, version)}
fi`,
  };
}
