export const id = 179;
export const ids = [179];
export const modules = {

/***/ 97179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  adoptCommand: () => (/* binding */ adoptCommand)
});

// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/host/health.ts
var host_health = __webpack_require__(32562);
// EXTERNAL MODULE: ./src/host/handoff.ts
var host_handoff = __webpack_require__(55536);
;// CONCATENATED MODULE: ./src/adopt/nginx-config.ts
// Reads what `nginx -T` prints (every configuration file, each after a `# configuration file PATH:` line) into the
// server blocks and upstreams an adoption needs. Pure: a small tokenizer for nginx's syntax, no I/O.
function tokens(text) {
    const out = [];
    const re = /\s+|#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};"'#][^\s{};]*)/g;
    for (const m of text.matchAll(re)) {
        if (m[1] !== undefined)
            out.push(m[1]);
        else if (m[2] !== undefined)
            out.push(m[2]);
        else if (m[3] !== undefined)
            out.push(m[3]);
        else if (m[4] !== undefined)
            out.push(m[4]);
    }
    return out;
}
function parseBlock(t, at) {
    const out = [];
    let words = [];
    while (at.i < t.length) {
        const tok = t[at.i++];
        if (tok === ';') {
            if (words.length)
                out.push({ name: words[0], args: words.slice(1) });
            words = [];
        }
        else if (tok === '{') {
            out.push({ name: words[0] ?? '', args: words.slice(1), block: parseBlock(t, at) });
            words = [];
        }
        else if (tok === '}')
            return out;
        else
            words.push(tok);
    }
    return out;
}
function parseDirectives(text) {
    return parseBlock(tokens(text), { i: 0 });
}
function walk(ds, visit) {
    for (const d of ds) {
        visit(d);
        if (d.block && d.name !== 'server' && d.name !== 'upstream')
            walk(d.block, visit);
    }
}
function parseNginxDump(dump) {
    const servers = [];
    const upstreams = new Map();
    const parts = dump.split(/^# configuration file (.+):$/m);
    for (let k = 1; k < parts.length; k += 2) {
        const file = parts[k];
        walk(parseDirectives(parts[k + 1] ?? ''), (d) => {
            if (d.name === 'upstream' && d.block)
                upstreams.set(d.args[0] ?? '', d.block.filter((x) => x.name === 'server').map((x) => x.args[0] ?? ''));
            if (d.name !== 'server' || !d.block)
                return;
            const names = d.block.filter((x) => x.name === 'server_name').flatMap((x) => x.args);
            const locations = d.block
                .filter((x) => x.name === 'location' && x.block)
                .map((x) => {
                const [modifier, path] = x.args.length > 1 ? [x.args[0], x.args[1]] : ['', x.args[0] ?? ''];
                return {
                    modifier,
                    path,
                    proxyPass: x.block.find((y) => y.name === 'proxy_pass')?.args[0],
                    root: x.block.find((y) => y.name === 'root' || y.name === 'alias')?.args[0],
                };
            });
            servers.push({ file, names, locations });
        });
    }
    return { servers, upstreams };
}
/**
 * Where a proxy_pass sends requests: a unix socket or a host:port, through a named upstream's first server if it names
 * one.
 */
function resolveProxyPass(url, upstreams) {
    const m = /^https?:\/\/(unix:([^:]+):?|[^/]+)/.exec(url);
    if (!m)
        return undefined;
    if (m[2])
        return { kind: 'unix', path: m[2] };
    const hostPort = m[1];
    const server = upstreams.get(hostPort)?.[0];
    if (server !== undefined)
        return server.startsWith('unix:') ? { kind: 'unix', path: server.slice(5) } : hostPortOf(server, 80);
    return hostPortOf(hostPort, url.startsWith('https') ? 443 : 80);
}
function hostPortOf(s, fallback) {
    const m = /^(.*?)(?::(\d+))?$/.exec(s);
    return { kind: 'tcp', host: m[1], port: m[2] ? Number(m[2]) : fallback };
}
const upstreamLabel = (u) => (u.kind === 'unix' ? `unix:${u.path}` : `${u.host}:${u.port}`);

;// CONCATENATED MODULE: ./src/adopt/legacy.ts





/** The one enabled site that serves the environment's server names, and each component's upstream in it. */
function findLegacySite(inst, config) {
    const wanted = inst.nginx?.server_names ?? [];
    const ours = (0,layout/* layout */.Zp)(inst.id).siteLink;
    const servers = config.servers.filter((s) => s.file !== ours && s.names.some((n) => wanted.includes(n)));
    const files = [...new Set(servers.map((s) => s.file))];
    if (files.length === 0)
        return {
            ok: false,
            noSite: true,
            reason: `no enabled nginx site serves ${wanted.join(', ') || '(no nginx.server_names)'}: adopt takes ` +
                `over an instance nginx already serves under the environment's server names`,
        };
    if (files.length > 1)
        return {
            ok: false,
            reason: `${wanted.join(', ')} are served by more than one site (${files.join(', ')}): leave one, then adopt`,
        };
    const components = [];
    for (const [name, c] of Object.entries(inst.app.components)) {
        if (!c?.route)
            continue;
        const loc = servers
            .flatMap((s) => s.locations)
            .find((l) => l.path === c.route && ['', '=', '^~'].includes(l.modifier));
        if (!loc)
            return { ok: false, reason: `${files[0]} has no location ${c.route} for component ${name}` };
        if (!loc.proxyPass)
            return {
                ok: false,
                reason: `${files[0]}: location ${c.route} ` +
                    `${loc.root ? `serves files from ${loc.root}` : 'proxies nothing'}; adopt takes over proxied apps`,
            };
        const upstream = resolveProxyPass(loc.proxyPass, config.upstreams);
        if (!upstream)
            return {
                ok: false,
                reason: `${files[0]}: location ${c.route} proxies to ${loc.proxyPass}, which slotflip cannot follow`,
            };
        if (upstream.kind === 'tcp' && !['127.0.0.1', 'localhost', '[::1]'].includes(upstream.host)) {
            return {
                ok: false,
                reason: `${files[0]}: location ${c.route} proxies to ${upstreamLabel(upstream)}, another machine: ` +
                    `adopt takes over an app running in this container`,
            };
        }
        components.push({ component: name, upstream });
    }
    if (components.length === 0)
        return { ok: false, reason: `${inst.id} has no component with a route to take over` };
    return { ok: true, site: { file: files[0], names: servers.flatMap((s) => s.names), components } };
}
/**
 * No site serves the names: the app may listen on the site's port itself (a community-scripts container: Vikunja on
 * :3456, nothing in front). Then nginx.http_port is that port, and the one routed component is the app behind it.
 */
function directApp(inst) {
    const port = inst.nginx?.http_port ?? 80;
    const routed = Object.entries(inst.app.components).filter(([, c]) => c?.route);
    if (routed.length !== 1)
        return {
            ok: false,
            reason: `an app with no nginx in front is one process on one port; ${inst.id} routes ${routed.length} ` +
                `components: put nginx in front of them first, then adopt`,
        };
    if (inst.app.components[routed[0][0]].listen.type !== 'unix')
        return {
            ok: false,
            reason: `component ${routed[0][0]} listens on TCP in the environment: adopting an app with no nginx ` +
                `in front needs a unix component (its listen: { type: unix })`,
        };
    return {
        ok: true,
        site: {
            file: null,
            names: [...(inst.nginx?.server_names ?? [])],
            components: [{ component: routed[0][0], upstream: { kind: 'tcp', host: '127.0.0.1', port } }],
            direct: { port },
        },
    };
}
/** Read-only: for each upstream, the process listening there, its systemd unit, and the release it reports. */
function listenersScript(inst, site) {
    const probe = (0,host_health/* versionProbe */.db)(inst);
    const lines = [
        'set -u',
        'command -v ss >/dev/null || { echo "adopt needs ss (iproute2) on the target" >&2; exit 3; }',
    ];
    for (const c of site.components) {
        const u = c.upstream;
        const tag = `SLOTFLIP_LEGACY ${c.component}`;
        lines.push(u.kind === 'unix'
            ? `line=$(ss -xlpnH | awk -v p=${(0,quote/* quote */.hD)(u.path)} '$5 == p' | head -1)`
            : `line=$(ss -tlpnH ${(0,quote/* quote */.hD)(`sport = :${u.port}`)} | head -1)`, `pid=$(printf '%s' "$line" | sed -n 's/.*pid=\\([0-9]*\\).*/\\1/p')`, `if [ -n "$pid" ]; then unit=$(sed -n 's#^0::.*/\\([^/]*\\.service\\)$#\\1#p' "/proc/$pid/cgroup" | ` +
            `head -1); echo "${tag} unit $unit"; fi`, 
        // An app that keeps its data in SQLite (a community-scripts Vikunja does) has the file open: its data is not in
        // the environment's database, and a deploy would start the new release on an empty one.
        `if [ -n "$pid" ]; then for fd in /proc/$pid/fd/*; do f=$(readlink "$fd" 2>/dev/null) || continue; ` +
            (`case "$f" in /*) [ -f "$f" ] && [ "$(head -c 15 "$f" 2>/dev/null)" = 'SQLite format 3' ] && echo "${tag} ` +
                `sqlite $f";; esac; done | sort -u; fi`));
        if (probe?.path && probe.expect_version) {
            const curl = u.kind === 'unix'
                ? `curl -s --max-time 3 --unix-socket ${(0,quote/* quote */.hD)(u.path)} ${(0,quote/* quote */.hD)(`http://localhost${probe.path}`)}`
                : `curl -s --max-time 3 ${(0,quote/* quote */.hD)(`http://127.0.0.1:${u.port}${probe.path}`)}`;
            lines.push(`v=$(${curl} | sed -n 's/.*"version" *: *"\\([^"]*\\)".*/\\1/p' | head -1); [ -z "$v" ] || echo ` +
                `"${tag} version $v"`);
        }
    }
    if (site.direct) {
        // The port goes to nginx through a redirect (nftables), and nginx listens on a spare port meanwhile.
        lines.push('command -v nft >/dev/null && echo "SLOTFLIP_HANDOFF nft yes"', `for p in $(seq ${host_handoff/* SPARE_PORTS */.fW.from} ${host_handoff/* SPARE_PORTS */.fW.to}); do [ -n "$(ss -tlnH "sport = :$p")" ] || { ` +
            `echo "SLOTFLIP_HANDOFF via $p"; break; }; done`);
    }
    return lines.join('\n');
}
function withListeners(site, stdout) {
    const components = site.components.map((c) => ({ ...c }));
    for (const m of stdout.matchAll(/^SLOTFLIP_LEGACY (\S+) (unit|version|sqlite) (.+)$/gm)) {
        const c = components.find((x) => x.component === m[1]);
        if (!c)
            continue;
        if (m[2] === 'sqlite')
            c.sqlite = [...(c.sqlite ?? []), m[3]];
        else
            c[m[2]] = m[3].trim();
    }
    if (!site.direct)
        return { ...site, components };
    const via = /^SLOTFLIP_HANDOFF via (\d+)$/m.exec(stdout)?.[1];
    return {
        ...site,
        components,
        direct: {
            port: site.direct.port,
            nft: /^SLOTFLIP_HANDOFF nft yes$/m.test(stdout),
            ...(via ? { via: Number(via) } : {}),
        },
    };
}

// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/host/nginx-reload.ts
var nginx_reload = __webpack_require__(84102);
// EXTERNAL MODULE: ./src/host/adopt.ts
var adopt = __webpack_require__(63292);
// EXTERNAL MODULE: ./src/host/flip.ts
var flip = __webpack_require__(17747);
// EXTERNAL MODULE: ./src/shell/state.ts
var shell_state = __webpack_require__(55547);
// EXTERNAL MODULE: ./src/plan/site-ops.ts
var site_ops = __webpack_require__(22001);
;// CONCATENATED MODULE: ./src/plan/adopt-app.ts



/**
 * What `slotflip adopt` takes over, read from the site that serves the app today: each component's unit and upstream
 * (with a socket bridge where the environment wants unix and the app listens on TCP), the site file it saves, the
 * port it takes over. Refused when nginx cannot reach the app the way the environment says.
 */
function adoptedSite(req) {
    const inst = req.instance;
    const components = {};
    const bridges = [];
    for (const c of req.site.components) {
        const listen = inst.app.components[c.component].listen;
        const tcpBehindUnix = c.upstream.kind === 'tcp' && listen.type === 'unix';
        if (c.upstream.kind === 'unix' && listen.type !== 'unix') {
            return {
                kind: 'refused',
                message: `component ${c.component} listens on TCP in the environment, but the app runs on ` +
                    `unix:${c.upstream.path}: nginx can reach a socket only through a unix component; set its listen to unix`,
            };
        }
        components[c.component] = {
            unit: c.unit ?? null,
            upstream: upstreamLabel(c.upstream),
            ...(tcpBehindUnix
                ? { bridge: { unit: (0,adopt/* bridgeName */.db)(inst.id, c.component), socket: (0,adopt/* bridgeSocket */.dC)(inst.id, c.component) } }
                : {}),
        };
        if (tcpBehindUnix && c.upstream.kind === 'tcp')
            bridges.push(...(0,adopt/* bridgeUnits */.bg)(inst.id, c.component, c.upstream.port));
    }
    const version = req.site.components.find((c) => c.version)?.version ?? null;
    const direct = req.site.direct;
    if (direct && (!direct.nft || !direct.via)) {
        return {
            kind: 'refused',
            message: direct.nft
                ? `no free port between ${host_handoff/* SPARE_PORTS */.fW.from} and ${host_handoff/* SPARE_PORTS */.fW.to} for nginx while it takes port ` +
                    `${direct.port} over`
                : `nginx takes port ${direct.port} over from the app through an nftables redirect, and nft is not ` +
                    `installed on the host: apt-get install nftables, then adopt`,
        };
    }
    const handoff = direct ? { port: direct.port, via: direct.via } : undefined;
    const from = req.site.file
        ? { path: req.site.file, savedAt: `${adopt/* savedSitesDir */.h$}/${req.site.file.split('/').pop()}` }
        : undefined;
    const adopted = {
        since: req.now,
        version,
        ...(from ? { site: from } : {}),
        ...(handoff ? { handoff } : {}),
        components,
    };
    return { kind: 'site', site: { adopted, bridges, version } };
}

// EXTERNAL MODULE: ./src/plan/steps.ts
var plan_steps = __webpack_require__(62960);
;// CONCATENATED MODULE: ./src/plan/adopt-plan.ts











/**
 * `slotflip adopt`: slotflip's site takes the server names over from the site that serves the app today (one nginx
 * reload), its routes pointing at the app that runs, and its state records what it adopted. Nothing of the app is
 * stopped or moved: the next deploy builds a slot beside it, flips to it without a reload and then retires it.
 */
function buildAdoptPlan(req) {
    const inst = req.instance;
    const l = (0,layout/* layout */.Zp)(inst.id);
    const found = adoptedSite(req);
    if (found.kind === 'refused')
        return found;
    const { adopted, bridges, version } = found.site;
    const { components, handoff } = adopted;
    const from = adopted.site;
    const took = from ? from.path : `port ${handoff.port}`;
    const state = (0,shell_state/* withHistory */.$k)({ ...(0,shell_state/* emptyState */.p$)(inst.id), adopted }, {
        run: req.run,
        op: 'adopt',
        release: version ?? 'unknown',
        slot: 'blue',
        result: 'ok',
        at: req.now,
        detail: `took over ${took} (${Object.values(components)
            .map((c) => c.unit ?? c.upstream)
            .join(', ')})`,
    });
    const site = handoff ? (0,host_handoff/* listenVia */.CD)(req.siteFile, handoff) : req.siteFile;
    if (!site)
        return { kind: 'refused', message: (0,host_handoff/* portMoved */.fN)(handoff, inst.nginx?.http_port) };
    const steps = [
        (0,plan_steps/* lockStep */.s9)(inst.id, req, { before: [{ kind: 'run', argv: ['install', '-d', '-m', '0755', l.root] }] }),
        ...(bridges.length
            ? [
                {
                    id: 'bridge',
                    phase: 'stage',
                    title: 'a unix socket in front of each app that listens on TCP only (systemd-socket-proxyd)',
                    timeoutMs: plan_steps/* MIN */.pH,
                    ops: bridges,
                    undo: [{ kind: 'sh', text: (0,adopt/* removeBridges */.ZW)(adopted).join('\n') }],
                },
            ]
            : []),
        {
            id: 'route',
            phase: 'stage',
            title: `slotflip's routes to the running app (${Object.entries(components)
                .map(([n, c]) => `${n}: ${c.upstream}`)
                .join(', ')})${handoff ? `, its site on port ${handoff.via} for now` : ''}`,
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [
                (0,adopt/* routeToAdopted */.ww)(inst, adopted),
                ...(handoff
                    ? (0,site_ops/* siteOps */.G$)(inst, site)
                    : [{ kind: 'write', path: site.path, content: site.content, mode: site.mode, secret: false }]),
            ],
            ...(handoff
                ? {
                    undo: [
                        {
                            kind: 'sh',
                            text: `rm -f ${(0,quote/* quote */.hD)(l.siteLink)} ${(0,quote/* quote */.hD)(l.site)}\nnginx -t -q && ${nginx_reload/* RELOAD_NGINX */.w}`,
                        },
                    ],
                }
                : {}),
        },
    ];
    if (from) {
        const handover = (0,adopt/* handOverSite */.Nw)(inst, from);
        steps.push({
            id: 'handover',
            phase: 'flip',
            title: `hand ${req.site.names.join(', ')} over from ${from.path} to slotflip's site (one nginx reload)`,
            timeoutMs: plan_steps/* MIN */.pH,
            movesTraffic: true,
            ops: handover.ops,
            undo: handover.undo,
        });
    }
    const check = confirmStep(inst, version, handoff);
    if (check)
        steps.push(check);
    if (handoff) {
        steps.push({
            id: 'handoff',
            phase: 'flip',
            title: `connections for port ${handoff.port} go to nginx on ${handoff.via} (an nftables redirect; ` +
                `open ones stay with the app)`,
            timeoutMs: plan_steps/* MIN */.pH,
            movesTraffic: true,
            ops: [(0,host_handoff/* startHandoff */.xd)(inst.id, handoff)],
            undo: [(0,host_handoff/* stopHandoff */.zX)(inst.id)],
        });
    }
    steps.push((0,plan_steps/* recordStep */.IC)(inst.id, state, 'record the adopted app in state.json'));
    const plan = (0,plan_steps/* planOf */.XC)(req, inst.id, {
        release: { id: version ?? 'adopted', version: version ?? 'adopted' },
        from: null,
        to: 'blue',
        steps,
        finally: (0,plan_steps/* unlockStep */.Rl)(inst.id, req.run),
        notes: [
            `the app keeps running as it is; the next deploy starts a slot beside it, flips to it without a reload and ` +
                `then stops ${Object.values(components)
                    .map((c) => c.unit ?? c.upstream)
                    .join(', ')}`,
            ...(handoff
                ? [
                    `port ${handoff.port} stays the app's own until then: nginx serves it through the redirect, and ` +
                        `takes it over once the app has stopped`,
                ]
                : []),
        ],
    });
    return { kind: 'plan', plan, adopted };
}
/** The check that the app still answers through nginx once slotflip's site serves it: its version if it reports one. */
function confirmStep(inst, version, handoff) {
    // During a handoff nginx serves on the spare port: the checks through nginx go there.
    const served = (0,host_handoff/* servedVia */.ye)(inst, handoff);
    const probe = (0,host_health/* versionProbe */.db)(inst);
    // The version as the app reported it (Vikunja's "v2.4.0"): matched as it is, not formatted as a release.
    const confirm = version ? (0,flip/* confirmThroughNginx */.cn)(served, version, true) : undefined;
    const health = (0,host_health/* throughNginx */.gE)(served, inst.health.checks.find((c) => c.type === 'http')?.path ?? '/');
    if (confirm)
        return {
            id: 'confirm',
            phase: handoff ? 'stage' : 'flip',
            title: `confirm through nginx that ${probe?.path} ` +
                `${handoff ? `on port ${handoff.via} reaches` : 'still reaches'} ${version}`,
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [confirm],
        };
    if (health)
        return {
            id: 'confirm',
            phase: handoff ? 'stage' : 'flip',
            title: 'confirm through nginx that the app still answers',
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [
                {
                    kind: 'sh',
                    text: (0,quote/* retryUntil */.v6)(`[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 ${health.curl})" = 200 ]`, 50, '0.1', "the app does not answer through slotflip's site"),
                },
            ],
        };
    return undefined;
}

// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
// EXTERNAL MODULE: ./src/transport/connect.ts + 3 modules
var connect = __webpack_require__(14519);
// EXTERNAL MODULE: ./src/session/verb.ts
var verb = __webpack_require__(87731);
// EXTERNAL MODULE: ./src/session/prepare.ts
var prepare = __webpack_require__(80295);
// EXTERNAL MODULE: ./src/session/run-context.ts + 3 modules
var run_context = __webpack_require__(28493);
// EXTERNAL MODULE: ./src/session/plan-run.ts + 1 modules
var plan_run = __webpack_require__(71475);
;// CONCATENATED MODULE: ./src/commands/adopt.ts











const refused = (summary) => ({ exitCode: exit_codes/* ExitCode */.y.preflight, summary });
/** What adopt found, one line per component, for the operator to check before anything changes. */
function describeFound(site) {
    return [
        site.file
            ? `found: ${site.names.join(' ')} served by ${site.file}`
            : `found: no nginx in front; the app listens on port ${site.direct?.port} itself`,
        ...site.components.map((c) => `found: ${c.component} -> ${upstreamLabel(c.upstream)}, listened on by ` +
            `${c.unit ?? 'no unit'}${c.version ? `, reporting release ${c.version}` : ''}`),
    ];
}
/**
 * `slotflip adopt`: an instance installed by hand (or by the seed's scripts) becomes slotflip's without a restart.
 * Read what runs (nginx -T, the listening sockets and their units, the version the app reports), then put slotflip's
 * site in front of it and record it; the next deploy moves it into slotflip's slots.
 */
async function runAdopt(opts) {
    const prepared = await (0,prepare/* prepare */.i)(opts);
    const inst = prepared.instance;
    const mask = (0,format/* masker */.KB)(Object.values(prepared.secrets));
    const siteFile = prepared.files.find((f) => f.path === (0,layout/* layout */.Zp)(inst.id).site);
    if (!siteFile)
        return refused(`${inst.id} renders no nginx site: adopt hands the app's server names over to slotflip's site`);
    const transport = await (0,connect/* connectTarget */.u)(inst, prepared.secrets);
    try {
        const host = await (0,run_context/* readHostWhenFree */.vP)(transport, inst, Date.now() + opts.lockWaitMs, (l) => opts.log(`waiting for the lock: ${mask(l)}`));
        const state = host.recovery.state;
        if (state.active || state.adopted || state.history.length)
            return refused(`${inst.id} is already slotflip's on ${transport.label} ` +
                `(${state.adopted ? 'adopted' : `live: ${state.active ?? 'none'}`}): deploy to it instead`);
        const dump = await transport.script('nginx -T 2>/dev/null', { timeoutMs: 30_000 });
        if (dump.code !== 0)
            return refused(`nginx -T failed on ${transport.label} (exit ${dump.code}): adopt reads the running configuration ` +
                `from it; fix nginx's configuration first`);
        const inSite = findLegacySite(inst, parseNginxDump(dump.stdout));
        // No site serves the names: the app may listen on the site's port itself (nothing in front of it).
        const found = !inSite.ok && inSite.noSite ? directApp(inst) : inSite;
        if (!found.ok)
            return refused(found.reason);
        const probe = await transport.script(listenersScript(inst, found.site), { timeoutMs: 60_000 });
        if (probe.code !== 0)
            return refused(probe.stderr.trim() || `reading the listening apps failed (exit ${probe.code})`);
        const site = withListeners(found.site, probe.stdout);
        if (site.direct && !site.components.some((c) => c.unit))
            return refused(`${!inSite.ok ? inSite.reason : ''}, and nothing listens on port ${site.direct.port} ` +
                (`(nginx.http_port) but nginx: adopt takes over an app nginx serves, or one that listens on the ` +
                    `site's port itself`));
        for (const line of describeFound(site))
            opts.log(line);
        const idle = site.components.filter((c) => !c.unit);
        if (idle.length)
            return refused(`nothing listens on ${idle.map((c) => upstreamLabel(c.upstream)).join(', ')}: the app is not ` +
                `running, so there is nothing to take over without downtime; start it, or deploy instead`);
        const nginxOwn = site.direct && site.components.find((c) => c.unit === 'nginx.service');
        if (nginxOwn)
            return refused(`${!inSite.ok ? inSite.reason : ''}; nginx itself listens on port ${site.direct.port}, so there is ` +
                `no app there to take over`);
        const sqlite = site.components.filter((c) => c.sqlite?.length);
        if (sqlite.length && inst.database) {
            const files = sqlite.flatMap((c) => c.sqlite).join(', ');
            return refused(`the app keeps its data in SQLite (${files}), not in the environment's PostgreSQL database ` +
                (`${inst.database.name}: a deploy would start the new release on an empty database. Move the data into ` +
                    (`${inst.database.name} first (for Vikunja: \`vikunja dump\`, then \`vikunja restore\` with its config ` +
                        (`pointing at PostgreSQL; docs/vikunja.md, "Adopting a community-scripts container"), restart ` +
                            `the app on it, ` +
                            `then adopt`))));
        }
        const run = (0,run_context/* newRunId */.F$)();
        const result = buildAdoptPlan({
            run,
            owner: (0,run_context/* owner */.eC)(),
            now: new Date().toISOString(),
            instance: inst,
            site,
            siteFile,
            guard: host.guard,
        });
        if (result.kind === 'refused')
            return refused(result.message);
        const planText = (0,format/* formatPlan */.nT)(result.plan, Object.values(prepared.secrets));
        if (opts.dryRun)
            return (0,plan_run/* dryRunResult */.Y)(result.plan, Object.values(prepared.secrets), `plan to adopt ${inst.id}`);
        const outcome = await (0,plan_run/* runWithProgress */.v)(result.plan, transport, opts, mask);
        const units = Object.values(result.adopted.components)
            .map((c) => c.unit)
            .join(', ');
        const summary = outcome.kind === 'completed'
            ? `adopted ${inst.id}: slotflip's site serves it, ${units} still runs it; the next deploy moves it ` +
                `into slotflip's slots without downtime`
            : outcome.kind === 'failed'
                ? `adopting failed at "${outcome.step.title}": ` +
                    `${mask(outcome.detail)}${outcome.undone ? '; the previous site is back and the app was never ' + 'touched' : ''}`
                : `locked by ${mask(outcome.kind === 'locked' ? outcome.holder : 'another run')}`;
        return { exitCode: (0,verb/* exitCodeFor */.Rr)(outcome), summary, outcome, planText };
    }
    finally {
        await transport.close();
    }
}

// EXTERNAL MODULE: ./src/cli/cancel.ts
var cancel = __webpack_require__(84558);
// EXTERNAL MODULE: ./src/cli/outcome.ts
var outcome = __webpack_require__(76358);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/cli/host-options.ts + 1 modules
var host_options = __webpack_require__(67487);
;// CONCATENATED MODULE: ./src/cli/adopt.ts





/** `slotflip adopt --env FILE`: take over an instance installed by hand, with no restart. */
async function adoptCommand(values, _args, io) {
    const dryRun = (0,parse/* flag */.Jt)(values, 'dry-run');
    return (0,cancel/* cancellable */.n)(io, async (signal) => {
        const r = await runAdopt({
            ...(0,host_options/* hostOptions */.t)(values, io, signal),
        });
        return (0,outcome/* report */.z)(io, 'adopt', r, { json: (0,parse/* flag */.Jt)(values, 'json'), dryRun });
    });
}


/***/ }),

/***/ 84558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ cancellable)
/* harmony export */ });
/** GitHub cancels with SIGINT, then SIGTERM, then SIGKILL: stop the current step and undo what the run changed. */
async function cancellable(io, fn) {
    const abort = new AbortController();
    const onSignal = () => {
        io.err('slotflip: cancelling the current step; undoing what this run changed');
        abort.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        return await fn(abort.signal);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}


/***/ }),

/***/ 80216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ masker),
/* harmony export */   PH: () => (/* binding */ formatOp),
/* harmony export */   nT: () => (/* binding */ formatPlan)
/* harmony export */ });
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

/** Replaces every secret value with ***, longest first (a short secret may be part of a longer one). */
function masker(secrets) {
    const values = [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
    return (text) => values.reduce((t, v) => t.split(v).join('***'), text);
}
function formatOp(op, mask) {
    switch (op.kind) {
        case 'run':
            return [`$ ${mask((0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .commandLine */ .ay)(op.argv))}${op.note ? `    # ${op.note}` : ''}`];
        case 'sh':
            return [
                ...(op.note ? [`# ${op.note}`] : []),
                ...mask(op.text)
                    .split('\n')
                    .map((l) => `  ${l}`),
            ];
        case 'write': {
            const head = `write ${op.path} (mode ${op.mode}${op.owner ? `, owner ${op.owner}` : ''}, ` +
                `${Buffer.byteLength(op.content)} bytes)${op.onChange ? `; if changed: ${op.onChange}` : ''}`;
            if (op.secret)
                return [`${head}: *** (holds secrets)`];
            return [
                `${head}:`,
                ...op.content
                    .trimEnd()
                    .split('\n')
                    .map((l) => `  | ${mask(l)}`),
            ];
        }
        case 'upload':
            return [`upload ${op.path} (${op.bytes.length} bytes, sha256 ${op.sha256})`];
    }
}
/** The plan as text: every step and every command it would run, secrets shown as ***. */
function formatPlan(plan, secrets) {
    const mask = masker(secrets);
    const out = [
        `plan ${plan.run}: ${plan.instance} -> release ${plan.release.id} on the ${plan.to} ` +
            `slot${plan.from ? ` (live: ${plan.from})` : ' (first deploy)'}`,
    ];
    for (const note of plan.notes)
        out.push(`note: ${note}`);
    [...plan.steps, plan.finally].forEach((step, i) => {
        out.push('', `${i + 1}. [${step.phase}] ` +
            `${step.title}${step.movesTraffic ? '  (moves ' + 'traffic)' : ''}${step.onHost ? '  (run on the host by its watch, after the observe window)' : ''}`);
        for (const op of step.ops)
            out.push(...formatOp(op, mask).map((l) => `   ${l}`));
        if (step.undo?.length) {
            out.push('   undo:');
            for (const op of step.undo)
                out.push(...formatOp(op, mask).map((l) => `     ${l}`));
        }
    });
    return out.join('\n');
}


/***/ }),

/***/ 71475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ dryRunResult),
  v: () => (/* binding */ runWithProgress)
});

// EXTERNAL MODULE: ./src/engine/run.ts + 3 modules
var run = __webpack_require__(16686);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
;// CONCATENATED MODULE: ./src/plan/json.ts

/** One operation as data: secrets as ***, a secret file's content and an upload's bytes left out. */
function opJson(op, mask) {
    switch (op.kind) {
        case 'run':
            return { kind: op.kind, argv: op.argv.map(mask), ...(op.note ? { note: op.note } : {}) };
        case 'sh':
            return { kind: op.kind, text: mask(op.text), ...(op.note ? { note: op.note } : {}) };
        case 'write':
            return {
                kind: op.kind,
                path: op.path,
                mode: op.mode,
                ...(op.owner ? { owner: op.owner } : {}),
                secret: op.secret,
                bytes: Buffer.byteLength(op.content),
                ...(op.secret ? {} : { content: mask(op.content) }),
                ...(op.onChange ? { onChange: op.onChange } : {}),
            };
        case 'upload':
            return { kind: op.kind, path: op.path, bytes: op.bytes.length, sha256: op.sha256 };
    }
}
function stepJson(step, mask) {
    return {
        id: step.id,
        phase: step.phase,
        title: mask(step.title),
        timeoutMs: step.timeoutMs,
        movesTraffic: step.movesTraffic === true,
        onHost: step.onHost === true,
        ops: step.ops.map((op) => opJson(op, mask)),
        undo: (step.undo ?? []).map((op) => opJson(op, mask)),
    };
}
/**
 * The plan as a versioned JSON document (`format: 1`): what `plan --json` prints, for a reviewer's diff or a tool.
 * Field names follow the Plan type; a new field may appear, an existing one changes meaning only with a new format.
 */
function planJson(plan, secrets) {
    const mask = (0,format/* masker */.KB)(secrets);
    return {
        format: plan.format,
        run: plan.run,
        instance: plan.instance,
        release: plan.release,
        from: plan.from,
        to: plan.to,
        pointOfNoReturn: plan.pointOfNoReturn ?? null,
        notes: plan.notes.map(mask),
        steps: plan.steps.map((s) => stepJson(s, mask)),
        finally: stepJson(plan.finally, mask),
    };
}

// EXTERNAL MODULE: ./src/session/progress.ts
var session_progress = __webpack_require__(44533);
;// CONCATENATED MODULE: ./src/session/plan-run.ts






// The part every verb shares once its plan is built: print it (a dry run) or run it with progress lines.
/** A dry run's answer: the plan as text and as a versioned JSON document, nothing run. */
function dryRunResult(plan, secrets, summary, extra) {
    return {
        exitCode: exit_codes/* ExitCode */.y.ok,
        summary,
        planText: (0,format/* formatPlan */.nT)(plan, secrets),
        plan: planJson(plan, secrets),
        ...extra,
    };
}
/**
 * Runs a plan with a progress line per step (or the action's own step events). `watch` sees every event first (a
 * verb that notes when its flip or a commit step ended); `recordFailure` is the plan's failure record.
 */
function runWithProgress(plan, transport, opts, mask, more = {}) {
    const progress = (0,session_progress/* stepReporter */.w)(opts.log, mask, opts.onEvent);
    return (0,run/* runPlan */.F)(plan, transport, {
        onEvent: (e) => {
            more.watch?.(e);
            progress.onEvent(e);
        },
        ...(more.recordFailure ? { recordFailure: more.recordFailure } : {}),
        lockWaitMs: opts.lockWaitMs,
        signal: opts.signal,
    }).finally(progress.stop);
}


/***/ }),

/***/ 44533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ stepReporter)
/* harmony export */ });
/**
 * How a run's steps reach the operator: the terminal's step lines (or the action's groups, via `custom`), and for a
 * long step (a big backup, a slow migration, the observe window) a line every 10 s saying it is alive.
 */
function stepReporter(log, mask, custom) {
    const terminal = (e) => {
        if (e.kind === 'start')
            log(`${e.index < e.total ? `[${e.index + 1}/${e.total}]` : '[end]'} ${e.step.title} ...`);
        else if (e.kind === 'done')
            log(`      ${e.result.code === 0 ? 'ok' : `FAILED (exit ${e.result.code})`} in ` +
                (`${(e.ms / 1000).toFixed(1)} ` +
                    `s${e.result.code === 0
                        ? ''
                        : `: ` + `${mask(e.result.stderr.trim().split('\n').slice(-6).join('\n        '))}`}`));
        else if (e.kind === 'note')
            log(`      note: ${mask(e.text)}`);
        else if (e.kind === 'undo')
            log(`      undo ${e.step.id}: ${e.result.code === 0 ? 'ok' : `FAILED: ${mask(e.result.stderr.trim())}`}`);
        else
            log(`      waiting for the lock: ${mask(e.holder)}`);
    };
    const report = custom ? (e) => custom(e, mask) : terminal;
    let ticker;
    return {
        onEvent(e) {
            if (e.kind === 'start') {
                const started = Date.now();
                clearInterval(ticker);
                ticker = setInterval(() => log(`      ... ${e.step.id}: ${Math.round((Date.now() - started) / 1000)} s`), 10_000);
            }
            else if (e.kind === 'done')
                clearInterval(ticker);
            report(e);
        },
        stop: () => clearInterval(ticker),
    };
}


/***/ })

};
