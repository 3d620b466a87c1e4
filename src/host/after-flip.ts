import type { Instance, Smoke } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import { publicUrl } from '../config/public-url.js';
import { nginxSite, throughNginx } from './health.js';
import type { Slot } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { fromAddress, passAddress, slotTarget, smokeComponent, smokeScript } from './smoke.js';
import { slotCommand } from './slot-command.js';

// What a browser does right after the flip, through nginx: open the websocket (nginx must pass Upgrade and
// Connection, or the handshake never reaches the app) and send a CORS preflight from the site's own origin (Vikunja
// enables CORS by default since 1.0 and refuses origins it was not given), and keep the cookies the app sets as the app
// set them (a stray `proxy_cookie_flags ... nosecure samesite=lax` silently breaks Vikunja 2.x's refresh-token cookie,
// go-vikunja/vikunja#3383). A failure here undoes the flip.

// A fixed key: the handshake is checked for its status line only (RFC 6455's sample nonce).
const WS_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';

export interface AfterFlipContext {
  /** The site's own origin, when nginx is reached on another port than users use (a port handoff: host/handoff.ts). */
  origin?: string;
  /** The slot that now takes the traffic. */
  live: Slot;
  /** The smoke flow, replayed by the cookies check. */
  smoke?: Smoke;
  runTag: string;
}

export function afterFlipChecks(inst: Instance, ctx: AfterFlipContext): Op | undefined {
  const checks = inst.health.after_flip ?? [];
  if (!checks.length || !inst.nginx) return undefined;
  const origin = (ctx.origin ?? publicUrl(inst)).replace(/\/$/, '');
  const lines = checks.map((c) => {
    if (c.type === 'cookies') return cookieCheck(inst, ctx);
    const target = throughNginx(inst, c.path ?? '/')!;
    if (c.type === 'websocket') {
      // curl holds a 101's headers back until the connection ends (its time limit: an app such as Vikunja says
      // nothing on a new socket), but its trace shows each response line as it arrives: the first one is read, and
      // this curl, whose pid is known, is stopped.
      return `exec {sf_ws}< <(exec curl -sv -N --http1.1 --max-time 3 -H 'Connection: Upgrade' \\
  -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: ${WS_KEY}' ${target.curl} \\
  2>&1 >/dev/null)
sf_ws_pid=$!; status=''
while IFS= read -r -t 4 sf_line <&"$sf_ws"; do
  case "$sf_line" in '< HTTP/'*) status=\${sf_line#< }; break ;; esac
done
exec {sf_ws}<&-; kill "$sf_ws_pid" 2>/dev/null || true
status=\${status%$'\\r'}
case "$status" in "HTTP/1.1 101"*) ;; *) why=${quote(
        `websocket ${c.path}: the handshake through nginx ` + `answered `,
      )}"\${status:-nothing}, not 101" ;; esac`;
    }
    return `headers=$(curl -s -o /dev/null -D - --max-time 3 -X OPTIONS -H ${quote(
      `Origin: ` + `${origin}`,
    )} -H 'Access-Control-Request-Method: GET' ${target.curl} || true)
# No \`| head\` after bash's printf: it writes line by line, and a reader that leaves early is SIGPIPE (141) under
# pipefail.
code=$(printf '%s\\n' "$headers" | sed -n '1s/^[^ ]* \\([0-9]*\\).*/\\1/p')
allowed=$(printf '%s\\n' "$headers" | tr -d '\\r' | sed -n 's/^[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin: *//p')
allowed=\${allowed%%$'\\n'*}
case "$code" in 2??) ;; *) why=${quote(`CORS preflight ${c.path} from ${origin}: answered `)}"\${code:-nothing}" ;; esac
[ -n "$why" ] || [ "$allowed" = ${quote(origin)} ] || [ "$allowed" = '*' ] || why=${quote(
      `CORS preflight ` + `${c.path}: ${origin} is not an allowed origin (Access-Control-Allow-Origin: `,
    )}"\${allowed:-none})"`;
  });
  const names = checks.map((c) => (c.type === 'cookies' ? 'cookies' : `${c.type} ${c.path}`));
  return {
    kind: 'sh',
    note: `through nginx after the flip: ${names.join(', ')}`,
    text: `why=''
${lines.map((l) => `if [ -z "$why" ]; then\n${l}\nfi`).join('\n')}
[ -z "$why" ] || { echo "after the flip: $why" >&2; exit 1; }
echo ${quote(`SLOTFLIP_EVENT through nginx after the flip: ${names.join(', ')} ok`)}`,
  };
}

/**
 * The smoke flow twice, on the live slot's own socket (with the headers nginx adds) and through nginx, each with a
 * throwaway tag of its own: every attribute a cookie had from the app must reach the browser (nginx may add, never
 * drop or change), and on an HTTPS site every cookie must be Secure.
 */
function cookieCheck(inst: Instance, ctx: AfterFlipContext): string {
  const smoke = ctx.smoke;
  if (!smoke) return `why='cookies: the check replays the smoke flow, and this instance has none'`;
  const site = nginxSite(inst)!;
  const tls = inst.nginx?.tls?.enabled === true;
  const slot = slotTarget(inst, smokeComponent(inst, smoke), ctx.live);
  // Each pass from a loopback address of its own (passAddress): never a user's rate limit, nor the smoke flow's.
  const direct = fromAddress(
    {
      ...slot,
      args:
        `${slot.args} -H ${quote(`Host: ${site.host}`)} -H ` +
        `${quote(`X-Forwarded-Proto: ${tls ? 'https' : 'http'}`)}`,
    },
    passAddress(ctx.runTag, 2),
    false,
  );
  const viaNginx = fromAddress({ args: site.args, base: site.base, label: 'nginx' }, passAddress(ctx.runTag, 3), true);
  // The two passes run side by side (each from its own address, with its own tag and files); the slot's comes first in
  // the message when both fail.
  const pass = (target: typeof viaNginx, file: string, tag: string) =>
    `( SF_COOKIES="$cdir/${file}"
${smokeScript(smoke, target, tag, true, slotCommand(inst, ctx.live))}
) > /dev/null 2> "$cdir/${file}.err" &`;
  const verdict = (target: typeof viaNginx, file: string, pid: string) =>
    `wait "${pid}" || [ -n "$why" ] ||
  why="cookies: the smoke flow on ${target.label} failed: $(< "$cdir/${file}.err")"`;
  return `cdir=$(mktemp -d); : > "$cdir/app"; : > "$cdir/nginx"
${pass(direct, 'app', `${ctx.runTag}ca`)}
sf_app=$!
${pass(viaNginx, 'nginx', `${ctx.runTag}cn`)}
sf_nginx=$!
${verdict(direct, 'app', '$sf_app')}
${verdict(viaNginx, 'nginx', '$sf_nginx')}
sort -u -o "$cdir/app" "$cdir/app"; sort -u -o "$cdir/nginx" "$cdir/nginx"
if [ -z "$why" ] && ! grep -q ' (set)$' "$cdir/app"; then
  why='cookies: the smoke flow sets no cookie, so there is nothing to compare'
fi
dropped=$(comm -23 "$cdir/app" "$cdir/nginx" | paste -sd, - | sed 's/,/, /g')
# (grep finds nothing when the pass through nginx got no cookie: not an error here.)
passed=$({ grep -v ' (set)$' "$cdir/nginx" || true; } | paste -sd, - | sed 's/,/, /g')
[ -n "$why" ] || [ -z "$dropped" ] ||
  why="cookies: nginx does not pass what the app set (lost or changed: $dropped; through nginx: $passed)"
${
  tls
    ? `for c in $(sed -n 's/ (set)$//p' "$cdir/nginx"); do
  [ -n "$why" ] || grep -qxF "$c secure" "$cdir/nginx" ||
    why="cookies: $c reaches the browser without Secure on an HTTPS site"
done
`
    : ''
}rm -rf "$cdir"`;
}
