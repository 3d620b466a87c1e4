export const id = 451;
export const ids = [451];
export const modules = {

/***/ 63292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ retireAdopted),
/* harmony export */   Nw: () => (/* binding */ handOverSite),
/* harmony export */   ZW: () => (/* binding */ removeBridges),
/* harmony export */   bg: () => (/* binding */ bridgeUnits),
/* harmony export */   dC: () => (/* binding */ bridgeSocket),
/* harmony export */   db: () => (/* binding */ bridgeName),
/* harmony export */   h$: () => (/* binding */ savedSitesDir),
/* harmony export */   ww: () => (/* binding */ routeToAdopted)
/* harmony export */ });
/* harmony import */ var _nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84102);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);
/* harmony import */ var _flip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17747);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61250);




// How slotflip puts itself in front of an app it did not install, and how the first deploy retires it. nginx proxies
// to slotflip's per-component symlink as always; the symlink points at the running app (its unix socket, or a
// systemd-socket-proxyd bridge to its TCP port), so the deploy's flip is the usual atomic rename with no reload.
const bridgeName = (instance, component) => `slotflip-${instance}-${component}-adopted`;
const bridgeSocket = (instance, component) => `/run/slotflip/${instance}/adopted-${component}.sock`;
const savedSitesDir = '/etc/nginx/slotflip/adopted';
/** A socket unit and its proxy service: nginx reaches a TCP-only app through a unix socket. */
function bridgeUnits(instance, component, port) {
    const name = bridgeName(instance, component);
    return [
        {
            kind: 'write',
            path: `/etc/systemd/system/${name}.socket`,
            mode: '0644',
            secret: false,
            content: [
                `# slotflip: ${instance} ${component} reaches the adopted app on 127.0.0.1:${port} through this socket ` +
                    'until its first deploy.',
                '[Socket]',
                `ListenStream=${bridgeSocket(instance, component)}`,
                'SocketMode=0666',
                '',
                '[Install]',
                'WantedBy=sockets.target',
                '',
            ].join('\n'),
        },
        {
            kind: 'write',
            path: `/etc/systemd/system/${name}.service`,
            mode: '0644',
            secret: false,
            content: [
                '[Unit]',
                `Description=slotflip: ${instance} ${component}, bridged to the adopted app on 127.0.0.1:${port}`,
                `Requires=${name}.socket`,
                `After=${name}.socket`,
                '',
                '[Service]',
                `ExecStart=/lib/systemd/systemd-socket-proxyd 127.0.0.1:${port}`,
                'DynamicUser=yes',
                'PrivateTmp=yes',
                'NoNewPrivileges=yes',
                '',
            ].join('\n'),
        },
        { kind: 'sh', text: `systemctl daemon-reload\nsystemctl enable --now ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${name}.socket`)}` },
    ];
}
/**
 * Points each component's route at the adopted app: the same symlink (or TCP include) a flip rewrites. `reload`: a
 * TCP include is read on reload only (a deploy's undo needs it; at adoption the site handover reloads anyway).
 */
function routeToAdopted(inst, adopted, reloadForTcp = false) {
    return (0,_flip_js__WEBPACK_IMPORTED_MODULE_1__/* .routeTo */ .Bv)(inst, (name, c) => {
        const a = adopted.components[name];
        if (!a)
            return undefined;
        return c.listen.type === 'unix'
            ? { socket: a.bridge ? a.bridge.socket : a.upstream.replace(/^unix:/, '') }
            : { server: a.upstream };
    }, "slotflip's route to the app that runs now", reloadForTcp);
}
/** Stops and removes slotflip's bridges to an adopted app (the app's own units are not touched). */
function removeBridges(adopted) {
    const bridges = Object.values(adopted.components).flatMap((c) => (c.bridge ? [c.bridge.unit] : []));
    if (!bridges.length)
        return [];
    return [
        ...bridges.flatMap((b) => [
            `systemctl disable --now ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${b}.socket`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${b}.service`)} 2>/dev/null || true`,
            `rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`/etc/systemd/system/${b}.socket`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`/etc/systemd/system/${b}.service`)}`,
        ]),
        'systemctl daemon-reload',
    ];
}
/**
 * The server names move from the adopted site to slotflip's in one `nginx -t` and reload; a refusal puts the old site
 * back.
 */
function handOverSite(inst, from) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id);
    const [legacy, saved, site, link] = [from.path, from.savedAt, l.site, l.siteLink].map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD);
    const back = `rm -f ${link}; mv -f ${saved} ${legacy}; nginx -t -q && ${_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}`;
    return {
        ops: [
            {
                kind: 'sh',
                note: 'one reload: nginx never sees both sites at once',
                text: `install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(savedSitesDir)}\nmv -f ${legacy} ${saved}\nln -sfn ${site} ` +
                    (`${link}\nif ! { nginx -t -q && ${_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}; }; then ${back}; echo "nginx refused slotflip's ` +
                        `site for ${inst.id}; the previous site is back" >&2; exit 1; fi`),
            },
        ],
        undo: [{ kind: 'sh', text: back }],
    };
}
/**
 * After the first deploy's flip: the adopted app's units stop and stay off at boot (their files stay); slotflip's
 * bridges go. Each stops with the signal its component declares (Vikunja finishes its requests only on SIGINT), through
 * a drop-in under /run that a reboot forgets: the unit files stay as they were installed.
 */
function retireAdopted(adopted, drainSeconds, stopSignals = {}) {
    const signals = new Map();
    for (const [name, c] of Object.entries(adopted.components))
        if (c.unit && stopSignals[name] && stopSignals[name] !== 'SIGTERM')
            signals.set(c.unit, stopSignals[name]);
    const units = [...new Set(Object.values(adopted.components).flatMap((c) => (c.unit ? [c.unit] : [])))];
    const lines = [`sleep ${drainSeconds}`];
    for (const [unit, signal] of signals) {
        const dir = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`/run/systemd/system/${unit}.d`);
        lines.push(`install -d -m 0755 ${dir}`, `printf '[Service]\\nKillSignal=%s\\n' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(signal)} > ${dir}/slotflip-stop-signal.conf`);
    }
    if (signals.size)
        lines.push('systemctl daemon-reload');
    lines.push(...units.map((u) => `systemctl disable --now ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(u)} 2>/dev/null || systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(u)}`), ...removeBridges(adopted));
    const kept = adopted.site
        ? `; its files and its nginx site (kept in ${savedSitesDir}) stay for a manual return`
        : '; its files stay for a manual return';
    lines.push(`echo "SLOTFLIP_EVENT the adopted app is stopped and disabled (${units.join(', ') || 'no unit found'})${kept}"`);
    return { kind: 'sh', note: 'retire the app slotflip adopted', text: lines.join('\n') };
}


/***/ }),

/***/ 17747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ routeTo),
/* harmony export */   cn: () => (/* binding */ confirmThroughNginx),
/* harmony export */   d2: () => (/* binding */ enableSite),
/* harmony export */   hp: () => (/* binding */ flipTo)
/* harmony export */ });
/* harmony import */ var _nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84102);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32562);
/* harmony import */ var _health_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45034);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61250);





/**
 * Moves traffic to `slot`. Unix-socket components: swap the symlink nginx proxies to (rename is atomic; measured
 * 0 dropped requests, and the very next request reaches the new slot). TCP components: rewrite the upstream include,
 * `nginx -t`, rename, reload (a reload drops idle keep-alive clients, so unix sockets are the default).
 */
function flipTo(inst, slot) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id);
    return routeTo(inst, (name, c) => c.listen.type === 'unix'
        ? { socket: l.socket(name, slot) }
        : { server: `127.0.0.1:${slot === 'blue' ? c.listen.blue : c.listen.green}` }, `point nginx at the ${slot} slot`);
}
/**
 * Points each component's route at a target: a unix socket through the symlink nginx proxies to (renamed, no reload),
 * or a TCP server through the upstream include (read on reload only). `reloadTcp: false` when a reload follows anyway.
 */
function routeTo(inst, target, note, reloadTcp = true) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id);
    const lines = [
        `[ -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.socketDir)} ] && [ -d /etc/nginx/slotflip ] || install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.socketDir)} ` +
            `/etc/nginx/slotflip`,
    ];
    let reload = false;
    for (const [name, c] of Object.entries(inst.app.components)) {
        const t = c ? target(name, c) : undefined;
        if (!t)
            continue;
        if ('socket' in t) {
            const cur = l.currentSocket(name);
            lines.push(`ln -sfn ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(t.socket)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${cur}.tmp`)} && mv -T ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${cur}.tmp`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(cur)}`);
        }
        else {
            const file = l.upstreamFile(name);
            lines.push(`printf 'server %s;\\n' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(t.server)} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${file}.tmp`)} && mv -f ` +
                `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${file}.tmp`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(file)}`);
            reload = true;
        }
    }
    if (reload && reloadTcp)
        lines.push(`nginx -t -q && ${_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}`);
    return { kind: 'sh', note, text: lines.join('\n') };
}
/**
 * Through nginx, as a user would: the new release must answer within a few seconds, or the flip is undone.
 * `asReported`: the version is what the app itself reported (an adopted app's "v2.4.0"), not a release to format.
 */
function confirmThroughNginx(inst, version, asReported = false) {
    const probe = (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .versionProbe */ .db)(inst);
    const target = probe?.path ? (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .throughNginx */ .gE)(inst, probe.path) : undefined;
    if (!probe || !target)
        return undefined;
    // Matched by bash, not grep: a try starts one process (curl), not three.
    const answer = `"$(curl -s --max-time 2 ${target.curl})"`;
    const want = probe.expect_version
        ? `{ sf_re=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)((0,_health_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPattern */ .D8)(version, asReported || probe.expect_version))}; [[ ${answer} =~ $sf_re ]]; }`
        : `[ -n ${answer} ]`;
    return {
        kind: 'sh',
        note: `confirm through nginx that ${probe.path} reaches ${version}`,
        text: (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .retryUntil */ .v6)(want, 50, '0.1', `nginx does not route ${probe.path} to release ${version}`, '"confirmed through nginx after $i tries"'),
    };
}
/** Links the site and reloads nginx once `nginx -t` accepts it; on failure a link this made is removed again. */
function enableSite(site, link) {
    const [s, l] = [(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site), (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(link)];
    return `new_link=0; [ -L ${l} ] || new_link=1
ln -sfn ${s} ${l} && nginx -t -q && ${_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w} || { [ "$new_link" = 0 ] || rm -f ${l}; false; }`;
}


/***/ }),

/***/ 55536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ listenVia),
/* harmony export */   ET: () => (/* binding */ finishHandoff),
/* harmony export */   fN: () => (/* binding */ portMoved),
/* harmony export */   fW: () => (/* binding */ SPARE_PORTS),
/* harmony export */   xd: () => (/* binding */ startHandoff),
/* harmony export */   ye: () => (/* binding */ servedVia),
/* harmony export */   zX: () => (/* binding */ stopHandoff)
/* harmony export */ });
/* unused harmony exports handoffTable, handoffFile */
/* harmony import */ var _nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84102);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61250);



/** Where a spare port is looked for on the host (the first free one is taken). */
const SPARE_PORTS = { from: 18000, to: 18099 };
/** nftables identifiers: letters, digits and underscores. */
const handoffTable = (instance) => `slotflip_${instance.replace(/[^A-Za-z0-9]/g, '_')}`;
/** Written at adoption, removed once nginx holds the port: "<port> <via>". Every deploy finishes a handoff it finds. */
const handoffFile = (instance) => `${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(instance).root}/handoff`;
/**
 * The rendered site, listening on `via` instead of the handed-off port. The template writes one `listen <http_port>;`
 * line per server; undefined when the site has none (nginx.http_port changed since the adoption: the plans refuse).
 */
function listenVia(site, h) {
    const line = new RegExp(`^(\\s*)listen ${h.port};$`, 'gm');
    if (!line.test(site.content))
        return undefined;
    return { ...site, content: site.content.replace(line, (_m, indent) => `${indent}listen ${h.via};`) };
}
/** Why a plan cannot run while the site does not listen on the port the adopted app holds. */
const portMoved = (h, httpPort) => `the adopted app holds port ${h.port} until the first deploy stops it, and nginx.http_port is now ` +
    `${httpPort ?? 80}: deploy once with nginx.http_port: ${h.port} (nginx takes that port over), then change it`;
/** The instance as nginx serves it during a handoff: the checks through nginx go to the spare port. */
function servedVia(inst, h) {
    return h && inst.nginx && !inst.nginx.tls?.enabled ? { ...inst, nginx: { ...inst.nginx, http_port: h.via } } : inst;
}
/*
 * Only a connection's first packet (SYN without ACK) is redirected. Before this table the namespace may track no
 * connection at all; once it exists, the next packet of a connection opened before is picked up mid-stream as new,
 * and a rule without the flags would send it to the spare port, where nothing knows it: a reset (measured: 3 of 10
 * keep-alive clients). Matched on SYN, a connection picked up mid-stream stays with the app.
 */
const ruleset = (instance, h) => {
    const table = handoffTable(instance);
    // Declaring, deleting and declaring again in one transaction replaces a table left by an earlier run atomically.
    return (`table inet ${table}\ndelete table inet ${table}\ntable inet ${table} {\n  chain prerouting {\n    ` +
        (`type nat hook prerouting priority dstnat; policy accept;\n    tcp dport ${h.port} tcp flags & (syn | ack) ` +
            `== syn redirect to :${h.via}\n  }\n}\n`));
};
/** Connections from outside for the app's port go to nginx on the spare port from here on (one atomic nft load). */
function startHandoff(instance, h) {
    return {
        kind: 'sh',
        note: `connections for port ${h.port} go to nginx on ${h.via} (nftables redirect; open connections stay ` +
            `with the app)`,
        text: `printf '%s %s\\n' ${h.port} ${h.via} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(handoffFile(instance))}\nnft -f - ` +
            `<<'SLOTFLIP_NFT'\n${ruleset(instance, h)}SLOTFLIP_NFT`,
    };
}
/** Before the handoff has started, or when the adoption is undone: no redirect, no record. */
function stopHandoff(instance) {
    return {
        kind: 'sh',
        text: `nft delete table inet ${handoffTable(instance)} 2>/dev/null || true\nrm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(handoffFile(instance))}`,
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
function finishHandoff(inst, lenient) {
    const site = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id).site;
    const table = handoffTable(inst.id);
    const [file, path, before] = [handoffFile(inst.id), site, `${site}.handoff-before`].map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD);
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
  if [ -e ${before} ]; then mv -f ${before} ${path}; { nginx -t -q && ${_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}; } || true; fi
  ${give}
}
sf_port_holders() { ss -tlpnH "sport = :$port" | grep -v '"nginx"' || true; }
i=0; while [ -n "$(sf_port_holders)" ]; do
  i=$((i + 1)); [ $i -lt 100 ] || sf_handoff_fail "another process still listens on it: $(sf_port_holders | head -1)"
  sleep 0.1
done
cp -p ${path} ${before}
sed -i "s/^\\([[:space:]]*\\)listen $via;$/\\1listen $port;\\n\\1listen $via;/" ${path}
{ nginx -t -q && ${_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}; } || sf_handoff_fail "nginx refused the site that listens on it"
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
nginx -t -q && ${_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}
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


/***/ }),

/***/ 22001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ siteOps),
/* harmony export */   Hc: () => (/* binding */ afterFlipWindows),
/* harmony export */   KG: () => (/* binding */ siteRestore),
/* harmony export */   d_: () => (/* binding */ writeRendered),
/* harmony export */   qr: () => (/* binding */ siteSnapshot),
/* harmony export */   xg: () => (/* binding */ siteBefore)
/* harmony export */ });
/* harmony import */ var _host_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84102);
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31328);
/* harmony import */ var _host_flip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17747);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61250);





// The pieces of a deploy that other plans reuse: a rendered file as a write, the nginx site with its undo, and the
// windows after a flip (drain, keep-warm).
/** A rendered file as a write op; `onChange` runs only when the file's content changed (compile.ts). */
const writeRendered = (f, onChange) => ({
    kind: 'write',
    path: f.path,
    content: f.content,
    mode: f.mode,
    secret: f.secret,
    onChange,
    ...(f.owner ? { owner: f.owner } : {}),
});
/**
 * The instance's nginx site, written (reloaded only when it changed) and enabled. A TCP component's upstream include
 * must exist for `nginx -t` to pass: before its first flip it names the blue port (nothing routes there yet).
 */
function siteOps(inst, site) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id);
    const includes = Object.entries(inst.app.components).flatMap(([name, c]) => c && c.listen.type === 'tcp'
        ? [
            `[ -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.upstreamFile(name))} ] || printf 'server 127.0.0.1:%s;\\n' ${c.listen.blue} > ` +
                `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.upstreamFile(name))}`,
        ]
        : []);
    return [
        ...(includes.length
            ? [{ kind: 'sh', text: ['install -d -m 0755 /etc/nginx/slotflip', ...includes].join('\n') }]
            : []),
        writeRendered(site, (0,_host_flip_js__WEBPACK_IMPORTED_MODULE_2__/* .enableSite */ .d2)(l.site, l.siteLink)),
        {
            kind: 'sh',
            text: `[ -L ${l.siteLink} ] || { ln -sfn ${l.site} ${l.siteLink}; nginx -t -q && ${_host_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}; }`,
        },
    ];
}
/**
 * What becomes of the slot traffic left, in seconds: it drains, then stays warm for a rollback. When it is warm for
 * longer than its drain, the drain ends with the connections it still holds closed (outlivesDrain), and an app with
 * background jobs of its own has it paused then too, so jobs run in one slot.
 */
function afterFlipWindows(inst) {
    const drain = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_1__/* .resolved */ .L$)(inst).drain;
    const keepWarm = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_1__/* .resolved */ .L$)(inst).keepWarm;
    const outlivesDrain = keepWarm > drain;
    return { drain, keepWarm, outlivesDrain, pausesOld: inst.app.background_jobs === true && outlivesDrain };
}
/** The site as it was before this run, kept until the run succeeds (the record step removes it). */
const siteBefore = (site) => `${site}.slotflip-before`;
function siteSnapshot(site) {
    return {
        kind: 'sh',
        note: 'keep the site that serves now, for an undo',
        text: `rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(siteBefore(site))}; [ ! -e ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)} ] || cp -p ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)} ` +
            `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(siteBefore(site))}`,
    };
}
function siteRestore(site) {
    const before = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(siteBefore(site));
    return {
        kind: 'sh',
        note: 'put the site that served before this run back (one nginx reload, only if it changed)',
        text: `if [ -e ${before} ] && ! cmp -s ${before} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)}; then
  mv -f ${before} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)}; nginx -t -q && ${_host_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}
fi
rm -f ${before}`,
    };
}


/***/ })

};
