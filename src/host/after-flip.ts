import type { Instance } from '../config/environment.generated.js';
import type { Op } from '../plan/types.js';
import { publicUrl } from '../render/instance-files.js';
import { throughNginx } from './health.js';
import { quote } from './shell.js';

// What a browser does right after the flip, through nginx: open the websocket (nginx must pass Upgrade and
// Connection, or the handshake never reaches the app) and send a CORS preflight from the site's own origin (Vikunja
// enables CORS by default since 1.0 and refuses origins it was not given). A failure here undoes the flip.

// A fixed key: the handshake is checked for its status line only (RFC 6455's sample nonce).
const WS_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';

export function afterFlipChecks(inst: Instance): Op | undefined {
  const checks = inst.health.after_flip ?? [];
  if (!checks.length || !inst.nginx) return undefined;
  const origin = publicUrl(inst).replace(/\/$/, '');
  const lines = checks.map((c) => {
    const target = throughNginx(inst, c.path)!;
    if (c.type === 'websocket') {
      return `status=$(curl -s -i -N --http1.1 --max-time 3 -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: ${WS_KEY}' ${target.curl} 2>/dev/null | head -1 | tr -d '\\r' || true)
case "$status" in "HTTP/1.1 101"*) ;; *) why=${quote(`websocket ${c.path}: the handshake through nginx answered `)}"\${status:-nothing}, not 101" ;; esac`;
    }
    return `headers=$(curl -s -o /dev/null -D - --max-time 3 -X OPTIONS -H ${quote(`Origin: ${origin}`)} -H 'Access-Control-Request-Method: GET' ${target.curl} || true)
code=$(printf '%s\\n' "$headers" | head -1 | cut -d' ' -f2)
allowed=$(printf '%s\\n' "$headers" | tr -d '\\r' | sed -n 's/^[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin: *//p' | head -1)
case "$code" in 2??) ;; *) why=${quote(`CORS preflight ${c.path} from ${origin}: answered `)}"\${code:-nothing}" ;; esac
[ -n "$why" ] || [ "$allowed" = ${quote(origin)} ] || [ "$allowed" = '*' ] || why=${quote(`CORS preflight ${c.path}: ${origin} is not an allowed origin (Access-Control-Allow-Origin: `)}"\${allowed:-none})"`;
  });
  return {
    kind: 'sh',
    note: `through nginx after the flip: ${checks.map((c) => `${c.type} ${c.path}`).join(', ')}`,
    text: `why=''
${lines.map((l) => `if [ -z "$why" ]; then\n${l}\nfi`).join('\n')}
[ -z "$why" ] || { echo "after the flip: $why" >&2; exit 1; }
echo ${quote(`through nginx: ${checks.map((c) => `${c.type} ${c.path}`).join(', ')} ok`)}`,
  };
}
