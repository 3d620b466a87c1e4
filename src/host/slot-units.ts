import type { Op } from '../shell/ops.js';
import { layout, type Slot } from '../shell/layout.js';
import { quote } from '../shell/quote.js';

// A slot's units as one: started on a release, resumed, stopped, enabled at boot, retired after its drain.

/**
 * Cancels a pending drain end and resumes a paused slot (harmless on a slot that runs). A drain end already running
 * is waited for (stopping its service waits for it): it closes the connections the slot holds, and traffic must not
 * come back to the slot while it does, or it closes live ones (seen as a 502 when a flip-back met the drain's end).
 * A rollback's warm slot is made ready by host/warm-slot.ts, which also cancels its retire timer.
 */
export function resumeSlot(instance: string, slot: Slot, components: readonly string[]): Op {
  const unit = layout(instance).drainEndUnit(slot);
  return {
    kind: 'sh',
    note: `resume the ${slot} slot if it was paused`,
    text: `systemctl stop ${quote(`${unit}.timer`)} ${quote(`${unit}.service`)} 2>/dev/null || true
systemctl kill --signal=SIGCONT ${slotUnits(instance, slot, components)} 2>/dev/null || true`,
  };
}

/** A slot's units, quoted for bash. */
export const slotUnits = (instance: string, slot: Slot, components: readonly string[]) =>
  components.map((c) => quote(`${layout(instance).unit(c)}${slot}`)).join(' ');

/** Points a slot at a release and starts its units (stopping whatever that slot ran before). */
export function startSlot(instance: string, slot: Slot, id: string, components: readonly string[]): Op {
  const l = layout(instance);
  const link = l.slotLink(slot);
  const units = slotUnits(instance, slot, components);
  return {
    kind: 'sh',
    note: `point the ${slot} slot at ${id} and start it`,
    text: `ln -sfn ${quote(`../releases/${id}`)} ${quote(`${link}.tmp`)} && mv -T ${quote(`${link}.tmp`)} ${quote(link)}
systemctl stop ${quote(`${l.retireUnit(slot)}.timer`)} 2>/dev/null || true
systemctl stop ${quote(`${l.drainEndUnit(slot)}.timer`)} 2>/dev/null || true
systemctl stop ${units} 2>/dev/null || true
systemctl reset-failed ${units} 2>/dev/null || true
systemctl start ${units}`,
  };
}

export function stopSlot(instance: string, slot: Slot, components: readonly string[]): Op {
  const l = layout(instance);
  return { kind: 'run', argv: ['systemctl', 'stop', ...components.map((c) => `${l.unit(c)}${slot}`)] };
}

/**
 * Only the live slot starts at boot, so a restarted container comes back on the same slot without slotflip.
 * --no-reload: enabling only links the unit for boot; the daemon reload it would do costs ~0.5 s and changes nothing.
 */
export function enableOnly(instance: string, live: Slot, components: readonly string[]): Op {
  const l = layout(instance);
  const other: Slot = live === 'blue' ? 'green' : 'blue';
  return {
    kind: 'sh',
    note: `start the ${live} slot at boot, not the ${other}`,
    text: `systemctl enable --quiet --no-reload ${components.map((c) => quote(`${l.unit(c)}${live}`)).join(' ')}
systemctl disable --quiet --no-reload ${components.map((c) => quote(`${l.unit(c)}${other}`)).join(' ')} \
  2>/dev/null || true`,
  };
}

/**
 * The old slot keeps running for the keep-warm window (a rollback is then only a flip), then a timer on the host
 * stops it: the deploy need not wait, and a rollback cancels the timer. With no window it drains and stops now.
 * (A timer's default accuracy is a minute; the window is the operator's promise, so it is kept to the second.)
 */
export function retireSlot(
  instance: string,
  slot: Slot,
  components: readonly string[],
  keepWarmSeconds: number,
  drainSeconds: number,
): Op {
  const l = layout(instance);
  const units = components.map((c) => `${l.unit(c)}${slot}`);
  if (keepWarmSeconds <= 0) {
    return {
      kind: 'sh',
      note: `drain ${drainSeconds} s, then stop the ${slot} slot`,
      text: `sleep ${drainSeconds}\nsystemctl stop ${units.map(quote).join(' ')}`,
    };
  }
  return {
    kind: 'sh',
    note: `keep the ${slot} slot warm for ${keepWarmSeconds} s, then stop it`,
    text: `systemctl stop ${quote(`${l.retireUnit(slot)}.timer`)} 2>/dev/null || true
systemd-run --quiet --collect --timer-property=AccuracySec=1s \
  --unit=${quote(l.retireUnit(slot))} --on-active=${Math.max(keepWarmSeconds, drainSeconds)} \
  /bin/systemctl stop ${units.map(quote).join(' ')}`,
  };
}
