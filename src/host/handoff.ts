import { RELOAD_NGINX } from './nginx-reload.js';
import type { Instance } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import type { RenderedFile } from '../shell/ops.js';
import { layout } from '../shell/layout.js';
import { quote } from '../shell/quote.js';

// A port handed from an app to nginx without a moment where it is closed. An app installed with no nginx in front (a
// community-scripts container: Vikunja itself on :3456) holds the port nginx must serve, and two sockets cannot
// listen on one port. So at adoption nginx listens on a spare port and the kernel redirects connections that arrive
// for the app's port there (nftables, prerouting: new connections only; open ones stay where they are, and the host's
// own connections to 127.0.0.1 still reach the app, which is how slotflip's bridge reaches it). Once the first deploy
// has stopped the app, nginx listens on the port itself, the redirect goes, and the spare port closes.

export interface Handoff {
  /** The port users reach the app on, and the environment's nginx.http_port. */
  port: number;
  /** Where nginx listens until the port is its own. */
  via: number;
}

/** Where a spare port is looked for on the host (the first free one is taken). */
export const SPARE_PORTS = { from: 18000, to: 18099 } as const;

/** nftables identifiers: letters, digits and underscores. */
export const handoffTable = (instance: string) => `slotflip_${instance.replace(/[^A-Za-z0-9]/g, '_')}`;
/** Written at adoption, removed once nginx holds the port: "<port> <via>". Every deploy finishes a handoff it finds. */
export const handoffFile = (instance: string) => `${layout(instance).root}/handoff`;

/**
 * The rendered site, listening on `via` instead of the handed-off port. The template writes one `listen <http_port>;`
 * line per server; undefined when the site has none (nginx.http_port changed since the adoption: the plans refuse).
 */
export function listenVia(site: RenderedFile, h: Handoff): RenderedFile | undefined {
  const line = new RegExp(`^(\\s*)listen ${h.port};$`, 'gm');
  if (!line.test(site.content)) return undefined;
  return { ...site, content: site.content.replace(line, (_m, indent: string) => `${indent}listen ${h.via};`) };
}

/** Why a plan cannot run while the site does not listen on the port the adopted app holds. */
export const portMoved = (h: Handoff, httpPort: number | undefined) =>
  `the adopted app holds port ${h.port} until the first deploy stops it, and nginx.http_port is now ` +
  `${httpPort ?? 80}: deploy once with nginx.http_port: ${h.port} (nginx takes that port over), then change it`;

/** The instance as nginx serves it during a handoff: the checks through nginx go to the spare port. */
export function servedVia(inst: Instance, h: Handoff | undefined): Instance {
  return h && inst.nginx && !inst.nginx.tls?.enabled ? { ...inst, nginx: { ...inst.nginx, http_port: h.via } } : inst;
}

/*
 * Only a connection's first packet (SYN without ACK) is redirected. Before this table the namespace may track no
 * connection at all; once it exists, the next packet of a connection opened before is picked up mid-stream as new,
 * and a rule without the flags would send it to the spare port, where nothing knows it: a reset (measured: 3 of 10
 * keep-alive clients). Matched on SYN, a connection picked up mid-stream stays with the app.
 */
const ruleset = (instance: string, h: Handoff) => {
  const table = handoffTable(instance);
  // Declaring, deleting and declaring again in one transaction replaces a table left by an earlier run atomically.
  return (
    `table inet ${table}\ndelete table inet ${table}\ntable inet ${table} {\n  chain prerouting {\n    ` +
    (`type nat hook prerouting priority dstnat; policy accept;\n    tcp dport ${h.port} tcp flags & (syn | ack) ` +
      `== syn redirect to :${h.via}\n  }\n}\n`)
  );
};

/** Connections from outside for the app's port go to nginx on the spare port from here on (one atomic nft load). */
export function startHandoff(instance: string, h: Handoff): Op {
  return {
    kind: 'sh',
    note:
      `connections for port ${h.port} go to nginx on ${h.via} (nftables redirect; open connections stay ` +
      `with the app)`,
    text:
      `printf '%s %s\\n' ${h.port} ${h.via} > ${quote(handoffFile(instance))}\nnft -f - ` +
      `<<'SLOTFLIP_NFT'\n${ruleset(instance, h)}SLOTFLIP_NFT`,
  };
}

/** Before the handoff has started, or when the adoption is undone: no redirect, no record. */
export function stopHandoff(instance: string): Op {
  return {
    kind: 'sh',
    text: `nft delete table inet ${handoffTable(instance)} 2>/dev/null || true\nrm -f ${quote(handoffFile(instance))}`,
  };
}

/**
 * nginx takes the port itself, once the app that held it has stopped: the site listens on both ports (one reload),
 * the redirect rule goes, a second later the site listens on the port alone (a reload: nginx's old workers finish
 * what they serve and close their idle connections), and the table goes once no redirected connection is left.
 * Connections the redirect sent keep their translation only while the namespace tracks connections, which it does
 * only while some rule needs it: removing the last rule resets every one of them mid-request (measured: 10 of 10
 * keep-alive clients, 0.1 s after the rule went). So one atomic load replaces the redirect with a rule that only keeps
 * tracking on. Does nothing when no handoff is pending (the file is the record). `lenient`: right after the first
 * deploy's flip there is no way back to the stopped app, so a failure leaves the redirect serving, says so, and the
 * next deploy finishes it; otherwise (a later deploy, before anything else) a failure stops the run.
 */
export function finishHandoff(inst: Instance, lenient: boolean): Op {
  const site = layout(inst.id).site;
  const table = handoffTable(inst.id);
  const [file, path, before] = [handoffFile(inst.id), site, `${site}.handoff-before`].map(quote);
  const give = lenient
    ? 'echo "SLOTFLIP_EVENT port $port is not nginx\'s yet ($1): the redirect to $via keeps serving it; the ' +
      'next deploy finishes the handoff"; exit 0'
    : 'echo "port $port is not nginx\'s yet ($1); the redirect to $via keeps serving it" >&2; exit 1';
  return {
    kind: 'sh',
    note: 'nginx takes over the port the adopted app held (only while a handoff is pending)',
    text: `if [ -f ${file} ]; then
read -r port via < ${file}
if ! grep -q "^[[:space:]]*listen $port;$" ${path}; then
sf_handoff_fail() {
  if [ -e ${before} ]; then mv -f ${before} ${path}; { nginx -t -q && ${RELOAD_NGINX}; } || true; fi
  ${give}
}
sf_port_holders() { ss -tlpnH "sport = :$port" | grep -v '"nginx"' || true; }
i=0; while [ -n "$(sf_port_holders)" ]; do
  i=$((i + 1)); [ $i -lt 100 ] || sf_handoff_fail "another process still listens on it: $(sf_port_holders | head -1)"
  sleep 0.1
done
cp -p ${path} ${before}
sed -i "s/^\\([[:space:]]*\\)listen $via;$/\\1listen $port;\\n\\1listen $via;/" ${path}
{ nginx -t -q && ${RELOAD_NGINX}; } || sf_handoff_fail "nginx refused the site that listens on it"
i=0; until ss -tlpnH "sport = :$port" | grep -q '"nginx"'; do
  i=$((i + 1)); [ $i -lt 50 ] || sf_handoff_fail "nginx does not listen on it after its reload"; sleep 0.1
done
nft -f - <<'SLOTFLIP_NFT'
flush chain inet ${table} prerouting
add rule inet ${table} prerouting ct state established counter
SLOTFLIP_NFT
rm -f ${before}
sleep 1
sed -i "/^[[:space:]]*listen $via;$/d" ${path}
nginx -t -q && ${RELOAD_NGINX}
echo "SLOTFLIP_EVENT port $port is nginx's own now: new connections reach it there, not through the redirect to $via"
fi
i=0; while [ -n "$(ss -tnH state established "( sport = :$via )")" ] && [ $i -lt 300 ]; do i=$((i + 1)); sleep 0.1; done
left=$(ss -tnH state established "( sport = :$via )" | wc -l)
if [ "$left" = 0 ]; then
nft delete table inet ${table} 2>/dev/null || true
rm -f ${file}
echo "SLOTFLIP_EVENT the redirect from port $port to $via is gone"
else
echo "SLOTFLIP_EVENT $left connections redirected to $via before are still open (long requests or websockets):" \
  "the redirect's empty table stays for them, and the next deploy removes it"
fi
fi`,
  };
}
