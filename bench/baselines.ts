// The usual ways to update an app, run against the same instance, host and load as slotflip's deploys, so the
// benchmark can print them side by side. Each is what a typical script does, nothing made worse on purpose:
//   in place  stop the service, point it at the new release, start it, wait until it answers (most install and
//             update scripts, the seed's own included)
//   reload    two slots running, and the switch made by rewriting nginx's upstream and reloading nginx (the usual
//             blue-green recipe; a reload closes keep-alive connections, which is what slotflip's socket flip avoids)
import { layout, type Slot } from '../src/shell/layout.js';
import { quote } from '../src/shell/quote.js';

/** Waits (at most 30 s) until the slot's socket answers /health: the "wait until it is up" every script has. */
function waitHealthy(instance: string, slot: Slot): string {
  const sock = layout(instance).socket('api', slot);
  return (
    `for _ in $(seq 300); do [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 --unix-socket ` +
    `${quote(sock)} http://localhost/health)" = 200 ] && break; sleep 0.1; done`
  );
}

/** Stop, replace, start, wait: prints the milliseconds from the stop to healthy again. */
export function inPlaceScript(instance: string, slot: Slot, release: string): string {
  const l = layout(instance);
  const unit = quote(`${l.unit('api')}${slot}`);
  return `set -euo pipefail
s=$(date +%s%N)
systemctl stop ${unit}
ln -sfn ${quote(l.release(release))} ${quote(l.slotLink(slot))}
systemctl start ${unit}
${waitHealthy(instance, slot)}
echo $(( ($(date +%s%N) - s) / 1000000 ))`;
}

/** Both slots started (each on its release), ready for reload flips. */
export function bothSlotsScript(instance: string): string {
  const l = layout(instance);
  return `set -euo pipefail
systemctl start ${quote(`${l.unit('api')}blue`)} ${quote(`${l.unit('api')}green`)}
${waitHealthy(instance, 'blue')}
${waitHealthy(instance, 'green')}`;
}

/** Points nginx's upstream at the slot's own socket and reloads nginx: prints the milliseconds the reload took. */
export function reloadFlipScript(instance: string, slot: Slot): string {
  const l = layout(instance);
  return `set -euo pipefail
sed -i -E 's#server unix:[^;]+;#server unix:${l.socket('api', slot)};#' ${quote(l.site)}
s=$(date +%s%N)
nginx -t -q
systemctl reload nginx
echo $(( ($(date +%s%N) - s) / 1000000 ))`;
}
