import type { Instance } from '../config/environment.generated.js';
import { layout, SLOTS } from '../shell/layout.js';
import { sessionGone } from './lock.js';
import { quote } from '../shell/quote.js';
import { slotUnits } from './slot-units.js';
import { watchUnit } from './watch.js';

// What a run reads before it plans, in one round trip: the recorded state, and the facts that can disagree with it
// after a run was killed (where nginx really sends traffic, what each slot points at, the maintenance flag, the lock,
// the journal's tail). The fingerprint covers what a plan depends on; the lock step compares it again (host/lock.ts).

/** Where nginx sends a component's traffic: the flip's symlink (unix sockets) or its upstream include (TCP). */
function routeCommand(inst: Instance, component: string, listen: 'unix' | 'tcp' | undefined): string {
  return listen === 'unix'
    ? `readlink ${quote(layout(inst.id).currentSocket(component))}`
    : `cat ${quote(layout(inst.id).upstreamFile(component))}`;
}

/** A shell command printing the fingerprint of everything a deploy plan is built from. */
export function fingerprintCommand(inst: Instance): string {
  const l = layout(inst.id);
  const routes = Object.entries(inst.app.components).map(([name, c]) => routeCommand(inst, name, c?.listen.type));
  return (
    `{ cat ${quote(l.state)}; ${routes.join('; ')}; ls ${quote(l.maintenanceFlag)}; } 2>/dev/null | ` +
    `sha256sum | cut -c1-64`
  );
}

export function probeScript(inst: Instance): string {
  const l = layout(inst.id);
  const [name, first] = Object.entries(inst.app.components)[0] ?? [];
  const route = name && first ? routeCommand(inst, name, first.listen.type) : 'true';
  const components = Object.keys(inst.app.components);
  return [
    `printf '\\n@state\\n'; cat ${quote(l.state)} 2>/dev/null || echo null`,
    `printf '\\n@routed\\n'; ${route} 2>/dev/null || true`,
    ...SLOTS.map((s) => `printf '\\n@slot-${s}\\n'; readlink ${quote(l.slotLink(s))} 2>/dev/null || true`),
    // One systemctl for every unit (it costs 14 ms a call in a container): each slot's units, then the watch's, one
    // state a line.
    `printf '\\n@units\\n'; systemctl is-active ${SLOTS.map((s) => slotUnits(inst.id, s, components)).join(' ')} ` +
      `${quote(watchUnit(inst.id))} 2>/dev/null || true`,
    `printf '\\n@maintenance\\n'; [ -e ${quote(l.maintenanceFlag)} ] && echo on || true`,
    `printf '\\n@lock\\n'; cat ${quote(`${l.lock}/owner`)} 2>/dev/null || true`,
    `printf '\\n@lock-session\\n'; ${sessionGone(quote(l.lock))}; [ -z "$gone" ] || echo gone`,
    `printf '\\n@watch\\n'; w=$(cat ${quote(`${l.root}/watch.json`)} 2>/dev/null || true); r=$(printf '%s' ` +
      (`"$w" | sed -n 's/^{"run":"\\([^"]*\\)".*/\\1/p'); [ -z "$r" ] || [ -e ` +
        `${quote(`${l.root}/watch`)}/"$r"/reported ] || printf '%s\\n' "$w"`),
    `printf '\\n@journal\\n'; tail -n 200 ${quote(l.journal)} 2>/dev/null || true`,
    `printf '\\n@fingerprint\\n'; ${fingerprintCommand(inst)}`,
    `printf '\\n@now\\n'; date +%s`,
  ].join('\n');
}
