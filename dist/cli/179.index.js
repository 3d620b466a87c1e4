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
                            text: `rm -f ${(0,quote/* quote */.hD)(l.siteLink)} ${(0,quote/* quote */.hD)(l.site)}\nnginx -t -q && systemctl reload nginx`,
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
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50418);
/* harmony import */ var _flip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17747);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61250);



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
        { kind: 'sh', text: `systemctl daemon-reload\nsystemctl enable --now ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${name}.socket`)}` },
    ];
}
/**
 * Points each component's route at the adopted app: the same symlink (or TCP include) a flip rewrites. `reload`: a
 * TCP include is read on reload only (a deploy's undo needs it; at adoption the site handover reloads anyway).
 */
function routeToAdopted(inst, adopted, reloadForTcp = false) {
    return (0,_flip_js__WEBPACK_IMPORTED_MODULE_0__/* .routeTo */ .Bv)(inst, (name, c) => {
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
            `systemctl disable --now ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${b}.socket`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${b}.service`)} 2>/dev/null || true`,
            `rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`/etc/systemd/system/${b}.socket`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`/etc/systemd/system/${b}.service`)}`,
        ]),
        'systemctl daemon-reload',
    ];
}
/**
 * The server names move from the adopted site to slotflip's in one `nginx -t` and reload; a refusal puts the old site
 * back.
 */
function handOverSite(inst, from) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Zp)(inst.id);
    const [legacy, saved, site, link] = [from.path, from.savedAt, l.site, l.siteLink].map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD);
    const back = `rm -f ${link}; mv -f ${saved} ${legacy}; nginx -t -q && systemctl reload nginx`;
    return {
        ops: [
            {
                kind: 'sh',
                note: 'one reload: nginx never sees both sites at once',
                text: `install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(savedSitesDir)}\nmv -f ${legacy} ${saved}\nln -sfn ${site} ` +
                    (`${link}\nif ! { nginx -t -q && systemctl reload nginx; }; then ${back}; echo "nginx refused slotflip's ` +
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
        const dir = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`/run/systemd/system/${unit}.d`);
        lines.push(`install -d -m 0755 ${dir}`, `printf '[Service]\\nKillSignal=%s\\n' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(signal)} > ${dir}/slotflip-stop-signal.conf`);
    }
    if (signals.size)
        lines.push('systemctl daemon-reload');
    lines.push(...units.map((u) => `systemctl disable --now ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(u)} 2>/dev/null || systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(u)}`), ...removeBridges(adopted));
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
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32562);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61250);



/**
 * Moves traffic to `slot`. Unix-socket components: swap the symlink nginx proxies to (rename is atomic; measured
 * 0 dropped requests, and the very next request reaches the new slot). TCP components: rewrite the upstream include,
 * `nginx -t`, rename, reload (a reload drops idle keep-alive clients, so unix sockets are the default).
 */
function flipTo(inst, slot) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id);
    return routeTo(inst, (name, c) => c.listen.type === 'unix'
        ? { socket: l.socket(name, slot) }
        : { server: `127.0.0.1:${slot === 'blue' ? c.listen.blue : c.listen.green}` }, `point nginx at the ${slot} slot`);
}
/**
 * Points each component's route at a target: a unix socket through the symlink nginx proxies to (renamed, no reload),
 * or a TCP server through the upstream include (read on reload only). `reloadTcp: false` when a reload follows anyway.
 */
function routeTo(inst, target, note, reloadTcp = true) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id);
    const lines = [
        `[ -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(l.socketDir)} ] && [ -d /etc/nginx/slotflip ] || install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(l.socketDir)} ` +
            `/etc/nginx/slotflip`,
    ];
    let reload = false;
    for (const [name, c] of Object.entries(inst.app.components)) {
        const t = c ? target(name, c) : undefined;
        if (!t)
            continue;
        if ('socket' in t) {
            const cur = l.currentSocket(name);
            lines.push(`ln -sfn ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(t.socket)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${cur}.tmp`)} && mv -T ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${cur}.tmp`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(cur)}`);
        }
        else {
            const file = l.upstreamFile(name);
            lines.push(`printf 'server %s;\\n' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(t.server)} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${file}.tmp`)} && mv -f ` +
                `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${file}.tmp`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(file)}`);
            reload = true;
        }
    }
    if (reload && reloadTcp)
        lines.push('nginx -t -q && systemctl reload nginx');
    return { kind: 'sh', note, text: lines.join('\n') };
}
/**
 * Through nginx, as a user would: the new release must answer within a few seconds, or the flip is undone.
 * `asReported`: the version is what the app itself reported (an adopted app's "v2.4.0"), not a release to format.
 */
function confirmThroughNginx(inst, version, asReported = false) {
    const probe = (0,_health_js__WEBPACK_IMPORTED_MODULE_0__/* .versionProbe */ .db)(inst);
    const target = probe?.path ? (0,_health_js__WEBPACK_IMPORTED_MODULE_0__/* .throughNginx */ .gE)(inst, probe.path) : undefined;
    if (!probe || !target)
        return undefined;
    // Matched by bash, not grep: a try starts one process (curl), not three.
    const answer = `"$(curl -s --max-time 2 ${target.curl})"`;
    const want = probe.expect_version
        ? `{ sf_re=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)((0,_health_js__WEBPACK_IMPORTED_MODULE_0__/* .versionPattern */ .D8)(version, asReported || probe.expect_version))}; [[ ${answer} =~ $sf_re ]]; }`
        : `[ -n ${answer} ]`;
    return {
        kind: 'sh',
        note: `confirm through nginx that ${probe.path} reaches ${version}`,
        text: (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .retryUntil */ .v6)(want, 50, '0.1', `nginx does not route ${probe.path} to release ${version}`, '"confirmed through nginx after $i tries"'),
    };
}
/** Links the site and reloads nginx once `nginx -t` accepts it; on failure a link this made is removed again. */
function enableSite(site, link) {
    const [s, l] = [(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(site), (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(link)];
    return `new_link=0; [ -L ${l} ] || new_link=1
ln -sfn ${s} ${l} && nginx -t -q && systemctl reload nginx || { [ "$new_link" = 0 ] || rm -f ${l}; false; }`;
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
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61250);


/** Where a spare port is looked for on the host (the first free one is taken). */
const SPARE_PORTS = { from: 18000, to: 18099 };
/** nftables identifiers: letters, digits and underscores. */
const handoffTable = (instance) => `slotflip_${instance.replace(/[^A-Za-z0-9]/g, '_')}`;
/** Written at adoption, removed once nginx holds the port: "<port> <via>". Every deploy finishes a handoff it finds. */
const handoffFile = (instance) => `${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).root}/handoff`;
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
        text: `printf '%s %s\\n' ${h.port} ${h.via} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(handoffFile(instance))}\nnft -f - ` +
            `<<'SLOTFLIP_NFT'\n${ruleset(instance, h)}SLOTFLIP_NFT`,
    };
}
/** Before the handoff has started, or when the adoption is undone: no redirect, no record. */
function stopHandoff(instance) {
    return {
        kind: 'sh',
        text: `nft delete table inet ${handoffTable(instance)} 2>/dev/null || true\nrm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(handoffFile(instance))}`,
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
    const site = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(inst.id).site;
    const table = handoffTable(inst.id);
    const [file, path, before] = [handoffFile(inst.id), site, `${site}.handoff-before`].map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD);
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
  if [ -e ${before} ]; then mv -f ${before} ${path}; { nginx -t -q && systemctl reload nginx; } || true; fi
  ${give}
}
sf_port_holders() { ss -tlpnH "sport = :$port" | grep -v '"nginx"' || true; }
i=0; while [ -n "$(sf_port_holders)" ]; do
  i=$((i + 1)); [ $i -lt 100 ] || sf_handoff_fail "another process still listens on it: $(sf_port_holders | head -1)"
  sleep 0.1
done
cp -p ${path} ${before}
sed -i "s/^\\([[:space:]]*\\)listen $via;$/\\1listen $port;\\n\\1listen $via;/" ${path}
{ nginx -t -q && systemctl reload nginx; } || sf_handoff_fail "nginx refused the site that listens on it"
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
nginx -t -q && systemctl reload nginx
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
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _host_flip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17747);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61250);




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
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Zp)(inst.id);
    const includes = Object.entries(inst.app.components).flatMap(([name, c]) => c && c.listen.type === 'tcp'
        ? [
            `[ -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(l.upstreamFile(name))} ] || printf 'server 127.0.0.1:%s;\\n' ${c.listen.blue} > ` +
                `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(l.upstreamFile(name))}`,
        ]
        : []);
    return [
        ...(includes.length
            ? [{ kind: 'sh', text: ['install -d -m 0755 /etc/nginx/slotflip', ...includes].join('\n') }]
            : []),
        writeRendered(site, (0,_host_flip_js__WEBPACK_IMPORTED_MODULE_1__/* .enableSite */ .d2)(l.site, l.siteLink)),
        {
            kind: 'sh',
            text: `[ -L ${l.siteLink} ] || { ln -sfn ${l.site} ${l.siteLink}; nginx -t -q && systemctl reload nginx; }`,
        },
    ];
}
/**
 * What becomes of the slot traffic left, in seconds: it drains, then stays warm for a rollback. When it is warm for
 * longer than its drain, the drain ends with the connections it still holds closed (outlivesDrain), and an app with
 * background jobs of its own has it paused then too, so jobs run in one slot.
 */
function afterFlipWindows(inst) {
    const drain = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).drain;
    const keepWarm = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).keepWarm;
    const outlivesDrain = keepWarm > drain;
    return { drain, keepWarm, outlivesDrain, pausesOld: inst.app.background_jobs === true && outlivesDrain };
}
/** The site as it was before this run, kept until the run succeeds (the record step removes it). */
const siteBefore = (site) => `${site}.slotflip-before`;
function siteSnapshot(site) {
    return {
        kind: 'sh',
        note: 'keep the site that serves now, for an undo',
        text: `rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(siteBefore(site))}; [ ! -e ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(site)} ] || cp -p ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(site)} ` +
            `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(siteBefore(site))}`,
    };
}
function siteRestore(site) {
    const before = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(siteBefore(site));
    return {
        kind: 'sh',
        note: 'put the site that served before this run back (one nginx reload, only if it changed)',
        text: `if [ -e ${before} ] && ! cmp -s ${before} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(site)}; then
  mv -f ${before} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(site)}; nginx -t -q && systemctl reload nginx
fi
rm -f ${before}`,
    };
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
