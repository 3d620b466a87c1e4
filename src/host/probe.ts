import type { Instance } from '../config/environment.generated.js';
import { layout, SLOTS } from '../shell/layout.js';
import { sessionGone } from './lock.js';
import { quote } from '../shell/quote.js';
import { slotUnits } from './slot-units.js';
import { watchUnit } from './watch.js';
import { NOW_SECONDS, readFileInto } from '../shell/builtins.js';

// What a run reads before it plans, in one round trip: the recorded state, and the facts that can disagree with it
// after a run was killed (where nginx really sends traffic, what each slot points at, the maintenance flag, the lock,
// the journal's tail). The fingerprint covers what a plan depends on; the lock step compares it again (host/lock.ts).

/**
 * Bash: where nginx sends a component's traffic, printed: the flip's symlink (unix sockets) or its upstream include
 * (TCP), the file read by a builtin.
 */
function routeCommand(inst: Instance, component: string, listen: 'unix' | 'tcp' | undefined): string {
  return listen === 'unix'
    ? `readlink ${quote(layout(inst.id).currentSocket(component))}`
    : catCommand(layout(inst.id).upstreamFile(component));
}

/** Bash: prints a file whole, by builtins; fails when there is no such file. */
function catCommand(path: string): string {
  return `{ ${readFileInto('sf_f', path)} && printf '%s' "$sf_f"; }`;
}

/**
 * A shell command printing the fingerprint of everything a deploy plan is built from (sha256sum's line). The probe
 * prints it and the lock step compares it again, both made by the same release of slotflip.
 */
export function fingerprintCommand(inst: Instance): string {
  const l = layout(inst.id);
  const routes = Object.entries(inst.app.components).map(([name, c]) => routeCommand(inst, name, c?.listen.type));
  return (
    `{ ${catCommand(l.state)}; ${routes.join('; ')}; if [ -e ${quote(l.maintenanceFlag)} ]; then ` +
    `echo maintenance; fi; } 2>/dev/null | sha256sum`
  );
}

export function probeScript(inst: Instance): string {
  const l = layout(inst.id);
  const [name, first] = Object.entries(inst.app.components)[0] ?? [];
  const route = name && first ? routeCommand(inst, name, first.listen.type) : 'true';
  const components = Object.keys(inst.app.components);
  return [
    `printf '\\n@state\\n'; ${catCommand(l.state)} 2>/dev/null || echo null`,
    `printf '\\n@routed\\n'; ${route} 2>/dev/null || true`,
    ...SLOTS.map((s) => `printf '\\n@slot-${s}\\n'; readlink ${quote(l.slotLink(s))} 2>/dev/null || true`),
    // One systemctl for every unit (it costs 14 ms a call in a container): each slot's units, then the watch's, one
    // state a line.
    `printf '\\n@units\\n'; systemctl is-active ${SLOTS.map((s) => slotUnits(inst.id, s, components)).join(' ')} ` +
      `${quote(watchUnit(inst.id))} 2>/dev/null || true`,
    `printf '\\n@maintenance\\n'; [ -e ${quote(l.maintenanceFlag)} ] && echo on || true`,
    // sessionGone reads the owner file's line into $sf_owner.
    `${sessionGone(quote(l.lock))}`,
    `printf '\\n@lock\\n'; [ -z "$sf_owner" ] || printf '%s\\n' "$sf_owner"`,
    `printf '\\n@lock-session\\n'; [ -z "$gone" ] || echo gone`,
    `printf '\\n@watch\\n'; { ${readFileInto('w', `${l.root}/watch.json`)}; } 2>/dev/null; ` +
      `sf_re='^\\{"run":"([^"]*)"'; [[ ! $w =~ $sf_re ]] || ` +
      `[ -e ${quote(`${l.root}/watch`)}/"\${BASH_REMATCH[1]}"/reported ] || printf '%s\\n' "$w"`,
    `printf '\\n@journal\\n'; tail -n 200 ${quote(l.journal)} 2>/dev/null || true`,
    // A read that took the lock (session/run-context.ts sets sf_took) plans under it: no guard to compare later.
    `printf '\\n@fingerprint\\n'; [ -n "\${sf_took:-}" ] || ${fingerprintCommand(inst)}`,
    `printf '\\n@now\\n'; echo "${NOW_SECONDS}"`,
  ].join('\n');
}
