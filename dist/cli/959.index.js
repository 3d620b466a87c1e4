export const id = 959;
export const ids = [959];
export const modules = {

/***/ 15959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand)
});

// EXTERNAL MODULE: ./src/engine/outcome.ts
var engine_outcome = __webpack_require__(938);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
;// CONCATENATED MODULE: ./src/host/drift.ts

/**
 * Prints `@file <sha256> <path>` for every file slotflip rendered last time (`@file missing <path>` for one that is
 * gone), in the facts protocol (facts/sections.ts; facts/drift.ts reads it). Read-only.
 */
function driftScript(state) {
    const paths = Object.keys(state.rendered ?? {});
    if (paths.length === 0)
        return undefined;
    return paths
        .map((p) => `if [ -f ${(0,quote/* quote */.hD)(p)} ]; then echo "@file $(sha256sum < ${(0,quote/* quote */.hD)(p)} | cut -c1-64) "${(0,quote/* quote */.hD)(p)}; ` +
        `else echo "@file missing "${(0,quote/* quote */.hD)(p)}; fi`)
        .join('\n');
}

// EXTERNAL MODULE: ./src/facts/sections.ts
var sections = __webpack_require__(50523);
;// CONCATENATED MODULE: ./src/facts/drift.ts

/** Files that differ from what slotflip last rendered (host/drift.ts prints them): someone edited them on the host. */
function parseDrift(state, stdout) {
    const drift = [];
    for (const line of (0,sections/* readSections */.j)(stdout).tag('file')) {
        const space = line.indexOf(' ');
        const [hash, path] = space < 0 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
        const expected = path ? state.rendered?.[path] : undefined;
        if (!expected)
            continue;
        if (hash === 'missing')
            drift.push(`${path} was removed from the host`);
        else if (hash !== expected)
            drift.push(`${path} was changed on the host since slotflip rendered it`);
    }
    return drift;
}

// EXTERNAL MODULE: ./src/shell/state.ts
var shell_state = __webpack_require__(55547);
// EXTERNAL MODULE: ./src/host/receipt.ts
var host_receipt = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/host/observe.ts
var host_observe = __webpack_require__(85106);
// EXTERNAL MODULE: ./src/host/watch.ts
var host_watch = __webpack_require__(48949);
// EXTERNAL MODULE: ./src/config/resolved.ts
var resolved = __webpack_require__(31328);
// EXTERNAL MODULE: ./src/host/flip.ts
var flip = __webpack_require__(17747);
// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/host/maintenance.ts
var maintenance = __webpack_require__(62357);
// EXTERNAL MODULE: ./src/plan/steps.ts
var plan_steps = __webpack_require__(62960);
;// CONCATENATED MODULE: ./src/plan/converge-plan.ts






/**
 * Deploying the release that is already live, after a run was interrupted: finish what that run left instead of
 * saying "nothing to do". The live slot must pass its health gate, then traffic is pointed at it again (all
 * components, maintenance page off), it alone starts at boot, the other slot is retired and the state recorded.
 */
function buildConvergePlan(req) {
    const { instance: inst, live } = req;
    const other = (0,layout/* otherSlot */.jx)(live);
    const confirm = (0,flip/* confirmThroughNginx */.cn)(inst, req.release.version);
    const state = (0,shell_state/* withHistory */.$k)({ ...req.state, active: live }, {
        run: req.run,
        op: 'deploy',
        release: req.release.id,
        slot: live,
        result: 'ok',
        at: req.now,
        detail: `converged: ${req.reason}`,
    });
    const steps = [
        (0,plan_steps/* lockStep */.s9)(inst.id, req),
        (0,plan_steps/* gateStep */.sf)(inst, live, req.release.version, `health gate on the live ${live} slot`),
        {
            id: 'flip',
            phase: 'flip',
            title: `point every component at the ${live} slot`,
            timeoutMs: plan_steps/* MIN */.pH,
            movesTraffic: true,
            ops: [(0,flip/* flipTo */.hp)(inst, live), ...(req.maintenance ? [(0,maintenance/* maintenanceOff */.F)(inst.id)] : []), ...(confirm ? [confirm] : [])],
        },
        (0,plan_steps/* enableStep */.ys)(inst, live),
        (0,plan_steps/* retireStep */.m4)(inst, other, (0,resolved/* resolved */.L$)(inst), `schedule the ${other} slot to stop after its keep-warm window (a timer on the host)`),
        (0,plan_steps/* recordStep */.IC)(inst.id, state, 'record state and history'),
    ];
    return (0,plan_steps/* planOf */.XC)(req, inst.id, {
        release: req.release,
        from: live,
        to: live,
        steps,
        finally: (0,plan_steps/* unlockStep */.Rl)(inst.id, req.run),
        notes: [`release ${req.release.id} is already live on the ${live} slot; converging: ${req.reason}`],
    });
}

// EXTERNAL MODULE: ./src/host/handoff.ts
var host_handoff = __webpack_require__(55536);
// EXTERNAL MODULE: ./src/host/release.ts
var release = __webpack_require__(97043);
;// CONCATENATED MODULE: ./src/plan/deploy-context.ts



function deployContext(req) {
    const { instance: inst, state } = req;
    const l = (0,layout/* layout */.Zp)(inst.id);
    const from = state.active;
    const adopted = from === null ? state.adopted : undefined;
    // An adopted app that held the site's port itself keeps it until it stops: nginx serves on the spare port till then.
    const handoff = adopted?.handoff;
    const rendered = req.files.find((f) => f.path === l.site);
    const site = rendered && handoff ? (0,host_handoff/* listenVia */.CD)(rendered, handoff) : rendered;
    return {
        req,
        inst,
        l,
        id: (0,release/* releaseId */.Bf)(req.release.version, req.release.sha256),
        from,
        to: from ? (0,layout/* otherSlot */.jx)(from) : 'blue',
        adopted,
        breakingLive: req.release.breaking && from !== null,
        components: Object.keys(inst.app.components),
        user: inst.app.user ?? inst.app.name,
        handoff,
        site,
        served: (0,host_handoff/* servedVia */.ye)(inst, handoff),
        runTag: req.run
            .replace(/[^A-Za-z0-9]/g, '')
            .slice(-16)
            .toLowerCase(),
        ...(rendered && handoff && !site ? { siteRefusal: (0,host_handoff/* portMoved */.fN)(handoff, inst.nginx?.http_port) } : {}),
    };
}

// EXTERNAL MODULE: ./src/config/public-url.ts
var public_url = __webpack_require__(27005);
// EXTERNAL MODULE: ./src/host/adopt.ts
var adopt = __webpack_require__(63292);
// EXTERNAL MODULE: ./src/host/health.ts
var health = __webpack_require__(32562);
// EXTERNAL MODULE: ./src/host/smoke.ts
var host_smoke = __webpack_require__(87667);
// EXTERNAL MODULE: ./src/host/slot-command.ts
var slot_command = __webpack_require__(85232);
;// CONCATENATED MODULE: ./src/host/after-flip.ts





// What a browser does right after the flip, through nginx: open the websocket (nginx must pass Upgrade and
// Connection, or the handshake never reaches the app) and send a CORS preflight from the site's own origin (Vikunja
// enables CORS by default since 1.0 and refuses origins it was not given), and keep the cookies the app sets as the app
// set them (a stray `proxy_cookie_flags ... nosecure samesite=lax` silently breaks Vikunja 2.x's refresh-token cookie,
// go-vikunja/vikunja#3383). A failure here undoes the flip.
// A fixed key: the handshake is checked for its status line only (RFC 6455's sample nonce).
const WS_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
function afterFlipChecks(inst, ctx) {
    const checks = inst.health.after_flip ?? [];
    if (!checks.length || !inst.nginx)
        return undefined;
    const origin = (ctx.origin ?? (0,public_url/* publicUrl */.x)(inst)).replace(/\/$/, '');
    const lines = checks.map((c) => {
        if (c.type === 'cookies')
            return cookieCheck(inst, ctx);
        const target = (0,health/* throughNginx */.gE)(inst, c.path ?? '/');
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
case "$status" in "HTTP/1.1 101"*) ;; *) why=${(0,quote/* quote */.hD)(`websocket ${c.path}: the handshake through nginx ` + `answered `)}"\${status:-nothing}, not 101" ;; esac`;
        }
        return `headers=$(curl -s -o /dev/null -D - --max-time 3 -X OPTIONS -H ${(0,quote/* quote */.hD)(`Origin: ` + `${origin}`)} -H 'Access-Control-Request-Method: GET' ${target.curl} || true)
# No \`| head\` after bash's printf: it writes line by line, and a reader that leaves early is SIGPIPE (141) under
# pipefail.
code=$(printf '%s\\n' "$headers" | sed -n '1s/^[^ ]* \\([0-9]*\\).*/\\1/p')
allowed=$(printf '%s\\n' "$headers" | tr -d '\\r' | sed -n 's/^[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin: *//p')
allowed=\${allowed%%$'\\n'*}
case "$code" in 2??) ;; *) why=${(0,quote/* quote */.hD)(`CORS preflight ${c.path} from ${origin}: answered `)}"\${code:-nothing}" ;; esac
[ -n "$why" ] || [ "$allowed" = ${(0,quote/* quote */.hD)(origin)} ] || [ "$allowed" = '*' ] || why=${(0,quote/* quote */.hD)(`CORS preflight ` + `${c.path}: ${origin} is not an allowed origin (Access-Control-Allow-Origin: `)}"\${allowed:-none})"`;
    });
    const names = checks.map((c) => (c.type === 'cookies' ? 'cookies' : `${c.type} ${c.path}`));
    return {
        kind: 'sh',
        note: `through nginx after the flip: ${names.join(', ')}`,
        text: `why=''
${lines.map((l) => `if [ -z "$why" ]; then\n${l}\nfi`).join('\n')}
[ -z "$why" ] || { echo "after the flip: $why" >&2; exit 1; }
echo ${(0,quote/* quote */.hD)(`SLOTFLIP_EVENT through nginx after the flip: ${names.join(', ')} ok`)}`,
    };
}
/**
 * The smoke flow twice, on the live slot's own socket (with the headers nginx adds) and through nginx, each with a
 * throwaway tag of its own: every attribute a cookie had from the app must reach the browser (nginx may add, never
 * drop or change), and on an HTTPS site every cookie must be Secure.
 */
function cookieCheck(inst, ctx) {
    const smoke = ctx.smoke;
    if (!smoke)
        return `why='cookies: the check replays the smoke flow, and this instance has none'`;
    const site = (0,health/* nginxSite */.YV)(inst);
    const tls = inst.nginx?.tls?.enabled === true;
    const slot = (0,host_smoke/* slotTarget */.s$)(inst, (0,host_smoke/* smokeComponent */.Dt)(inst, smoke), ctx.live);
    // Each pass from a loopback address of its own (passAddress): never a user's rate limit, nor the smoke flow's.
    const direct = (0,host_smoke/* fromAddress */.$U)({
        ...slot,
        args: `${slot.args} -H ${(0,quote/* quote */.hD)(`Host: ${site.host}`)} -H ` +
            `${(0,quote/* quote */.hD)(`X-Forwarded-Proto: ${tls ? 'https' : 'http'}`)}`,
    }, (0,host_smoke/* passAddress */.K2)(ctx.runTag, 2), false);
    const viaNginx = (0,host_smoke/* fromAddress */.$U)({ args: site.args, base: site.base, label: 'nginx' }, (0,host_smoke/* passAddress */.K2)(ctx.runTag, 3), true);
    // The two passes run side by side (each from its own address, with its own tag and files); the slot's comes first in
    // the message when both fail.
    const pass = (target, file, tag) => `( SF_COOKIES="$cdir/${file}"
${(0,host_smoke/* smokeScript */.ZQ)(smoke, target, tag, true, (0,slot_command/* slotCommand */.q)(inst, ctx.live))}
) > /dev/null 2> "$cdir/${file}.err" &`;
    const verdict = (target, file, pid) => `wait "${pid}" || [ -n "$why" ] ||
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
${tls
        ? `for c in $(sed -n 's/ (set)$//p' "$cdir/nginx"); do
  [ -n "$why" ] || grep -qxF "$c secure" "$cdir/nginx" ||
    why="cookies: $c reaches the browser without Secure on an HTTPS site"
done
`
        : ''}rm -rf "$cdir"`;
}

// EXTERNAL MODULE: ./src/host/slot-units.ts
var slot_units = __webpack_require__(91886);
;// CONCATENATED MODULE: ./src/host/drain-end.ts



// What the old slot still holds when its drain ends is long-lived: websockets, event streams, long polls (nginx opens
// one upstream connection per request, so no idle keep-alive connection is among them). Left alone they stay on a
// process that no longer sees what happens in the live slot (Vikunja's websocket hub lives in its process: a browser
// connected to the old slot gets no notification from the new one), and on a paused slot they hang until nginx's read
// timeout (an hour). So the drain's end closes them: the app and nginx both see the connection end, nginx closes the
// client's, and the client reconnects to the live slot (Vikunja's web app does so on close, after about a second).
//
// The sockets are the slot's own, shut down from outside the process: pidfd_getfd (Linux 5.6+) copies each connected
// socket of the unit's main process, and shutdown() ends the connection for both ends, whatever the app does next
// (even if it is paused the next moment). Connections are found by the address they were accepted on: the slot's
// socket path in /proc/net/unix (state 03, connected), or its port in /proc/net/tcp{,6} (state 01, established).
// perl-base is on every Debian (it is essential), with syscall() for the two calls no tool on a minimal system makes.
const CLOSER = String.raw `
my ($pid, $addr) = @ARGV;
my %inode;
if ($addr =~ m{^/}) {
  open my $u, '<', '/proc/net/unix' or die "/proc/net/unix: $!\n"; <$u>;
  while (<$u>) { my @f = split; $inode{$f[6]} = 1 if @f >= 8 && $f[5] eq '03' && $f[7] eq $addr }
} else {
  for my $t ('/proc/net/tcp', '/proc/net/tcp6') {
    open my $u, '<', $t or next; <$u>;
    while (<$u>) { my @f = split; $inode{$f[9]} = 1 if $f[3] eq '01' && hex((split /:/, $f[1])[-1]) == $addr }
  }
}
my $n = 0;
if (%inode) {
  my $pidfd = syscall(434, $pid + 0, 0);
  die "pidfd_open($pid): $!\n" if $pidfd < 0;
  opendir my $d, "/proc/$pid/fd" or die "/proc/$pid/fd: $!\n";
  for my $fd (grep { /^\d+$/ } readdir $d) {
    my $l = readlink("/proc/$pid/fd/$fd") // next;
    next unless $l =~ /^socket:\[(\d+)\]$/ && $inode{$1};
    my $copy = syscall(438, $pidfd + 0, $fd + 0, 0);
    next if $copy < 0;
    open my $fh, '+<&=', $copy or next;
    $n++ if shutdown($fh, 2);
    close $fh;
  }
}
print "$n\n";
`;
/** Bash: closes the connections process $pid accepted on `addr` (a unix socket path or a TCP port); prints how many. */
const closeConnections = (pid, addr) => `perl -e ${(0,quote/* quote */.hD)(CLOSER)} ${pid} ${(0,quote/* quote */.hD)(addr)}`;
/** Bash: closes what the slot's components still hold and says how many, per component. */
function closeLingering(inst, slot) {
    const l = (0,layout/* layout */.Zp)(inst.id);
    return Object.entries(inst.app.components)
        .flatMap(([name, c]) => {
        if (!c)
            return [];
        const addr = c.listen.type === 'tcp' ? String(slot === 'blue' ? c.listen.blue : c.listen.green) : l.socket(name, slot);
        const unit = `${l.unit(name)}${slot}`;
        return [
            `pid=$(systemctl show -p MainPID --value ${(0,quote/* quote */.hD)(unit)} 2>/dev/null || echo 0)
if [ "\${pid:-0}" != 0 ]; then
  if n=$(${closeConnections('"$pid"', addr)} 2>&1); then
    echo ${(0,quote/* quote */.hD)(unit)}": connections still open at the end of the drain: $n closed"
  else
    echo ${(0,quote/* quote */.hD)(unit)}": the connections still open at the end of the drain could not be closed ($n);" \
      "they end when the slot stops"
  fi
fi`,
        ];
    })
        .join('\n');
}
// A slot kept warm for rollback is paused with SIGSTOP, not systemd's freezer: the freezer needs the unified cgroup
// hierarchy (Proxmox has it; containers on a hybrid host, such as the lab's, do not), SIGSTOP works everywhere, and
// `systemctl stop` sends SIGCONT after the stop signal, so a paused slot still stops cleanly at the end of its window.
/**
 * The end of the drain of the slot traffic just left, as a timer on the host (the deploy does not wait): the
 * connections it still holds are closed, and an app with background jobs is paused, so that they run in the live slot
 * only. The slot stays warm for a rollback, which cancels the timer and resumes the slot.
 */
function endDrain(inst, slot, drainSeconds, pause) {
    const timer = (0,layout/* layout */.Zp)(inst.id).drainEndUnit(slot);
    const script = `${closeLingering(inst, slot)}${pause ? `\nsystemctl kill --signal=SIGSTOP ` + `${(0,slot_units/* slotUnits */.A1)(inst.id, slot, Object.keys(inst.app.components))}` : ''}`;
    return {
        kind: 'sh',
        note: `after its ${drainSeconds} s drain, close what the ${slot} slot still ` +
            `holds${pause ? ' and pause it (its background jobs stop; it stays warm for a rollback)' : ''}`,
        text: `systemctl stop ${(0,quote/* quote */.hD)(`${timer}.timer`)} 2>/dev/null || true
systemd-run --quiet --collect --timer-property=AccuracySec=1s \
  --unit=${(0,quote/* quote */.hD)(timer)} --on-active=${Math.max(1, drainSeconds)} /bin/bash -c ${(0,quote/* quote */.hD)(script)}`,
    };
}

// EXTERNAL MODULE: ./src/plan/site-ops.ts
var site_ops = __webpack_require__(22001);
;// CONCATENATED MODULE: ./src/plan/deploy-flip.ts









/**
 * The deploy's flip: traffic to the new slot, the maintenance page off, the checks through nginx, the end of the old
 * slot's drain. Its undo goes back to the slot (or the adopted app) that served before.
 */
function deployFlip(c) {
    const { req, inst, from, to, adopted, handoff, served } = c;
    const { drain, outlivesDrain, pausesOld } = (0,site_ops/* afterFlipWindows */.Hc)(inst);
    const drainEnds = !!from && outlivesDrain;
    const confirm = (0,flip/* confirmThroughNginx */.cn)(served, req.release.version);
    const afterFlip = afterFlipChecks(served, {
        live: to,
        smoke: req.smoke,
        runTag: c.runTag,
        ...(handoff ? { origin: (0,public_url/* publicUrl */.x)(inst) } : {}),
    });
    // The first deploy over an adopted app flips back to that app if anything after the flip fails; a slot that was
    // paused after the flip is resumed before traffic goes back to it.
    const flipBack = from
        ? [...(drainEnds ? [(0,slot_units/* resumeSlot */.Aq)(inst.id, from, c.components)] : []), (0,flip/* flipTo */.hp)(inst, from)]
        : adopted
            ? [(0,adopt/* routeToAdopted */.ww)(inst, adopted, true)]
            : [];
    const ops = [
        (0,flip/* flipTo */.hp)(inst, to),
        ...(endsMaintenance(c) ? [(0,maintenance/* maintenanceOff */.F)(inst.id)] : []),
        ...(confirm ? [confirm] : []),
        ...(afterFlip ? [afterFlip] : []),
        ...(drainEnds ? [endDrain(inst, from, drain, pausesOld)] : []),
    ];
    return (0,plan_steps/* flipStep */.y_)(to, ops, flipBack);
}
/** The maintenance page is up at the flip (a breaking migration, or an earlier run's) and the flip takes it down. */
const endsMaintenance = (c) => c.breakingLive || c.req.maintenance === true;

// EXTERNAL MODULE: ./src/host/db-marker.ts
var db_marker = __webpack_require__(65229);
// EXTERNAL MODULE: ./src/host/psql.ts
var psql = __webpack_require__(32748);
// EXTERNAL MODULE: ./src/shell/sha256.ts
var sha256 = __webpack_require__(69183);
;// CONCATENATED MODULE: ./src/host/postgres.ts




/**
 * One line per column, index and constraint of the public schema. Columns alone cannot see a migration that drops a
 * unique index (Vikunja 2.4.0 does that to users, tasks and sessions; 2.5.0 restores them), so indexes and
 * constraints are part of what a migration is said to have changed.
 */
const SCHEMA_LINES_SQL = `SELECT l FROM (
 SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type AS l
   FROM information_schema.columns WHERE table_schema = 'public'
 UNION ALL SELECT 'index ' || tablename || '.' || indexname || ' ' || indexdef
   FROM pg_indexes WHERE schemaname = 'public'
 UNION ALL SELECT 'constraint ' || c.conrelid::regclass::text || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid)
   FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.conrelid <> 0
) s ORDER BY l`;
/** Prints the schema's lines (SCHEMA_LINES_SQL), sorted, one per line. */
function schemaLinesShell(l, db) {
    return `${(0,psql/* conn */.j_)(l)} psql -At ${(0,psql/* target */.aC)(db)} -c ${(0,quote/* quote */.hD)(SCHEMA_LINES_SQL.replace(/\n/g, ' '))}`;
}
/**
 * What a migration changed, as events: the fingerprint of the schema before and after (md5 of its lines) and the
 * indexes and constraints it added or removed, named (a removed unique index is how duplicates get in).
 */
function schemaDeltaShell(dir) {
    const names = (side) => `<(grep "^$kind " ${dir}/${side} | cut -d' ' -f2 | sort -u)`;
    // A first migration creates everything: counted, not listed. Otherwise named, at most 20 of each.
    const list = (side) => `$(printf '%s\\n' "$${side}" | awk 'NR <= 20 { printf "%s%s", (NR > 1 ? " " : ""), $0 } END { if (NR > ` +
        `20) printf " and %d more", NR - 20 }')`;
    return `if [ ! -s ${dir}/before ]; then
  echo "SLOTFLIP_EVENT schema: created $(grep -c '^column ' ${dir}/after || true) columns," \\
    "$(grep -c '^index ' ${dir}/after || true) indexes, $(grep -c '^constraint ' ${dir}/after || true) constraints"
else
  for kind in index constraint; do
    case $kind in index) many=indexes ;; *) many=constraints ;; esac
    gone=$(comm -23 ${names('before')} ${names('after')})
    added=$(comm -13 ${names('before')} ${names('after')})
    [ -z "$gone" ] || echo "SLOTFLIP_EVENT schema: the migration removed $many: ${list('gone')}"
    [ -z "$added" ] || echo "SLOTFLIP_EVENT schema: the migration added $many: ${list('added')}"
  done
fi`;
}
/**
 * `pg_dump -Fc` before any migration, written as .partial, verified with `pg_restore --list`, hashed, then renamed:
 * a failed or interrupted dump never leaves a file that looks complete. A marker beside it (host/db-marker.ts) tells a
 * later rollback whether restoring it would discard writes.
 */
function backupDatabase(l, db, file) {
    const f = (0,quote/* quote */.hD)(file);
    return {
        kind: 'sh',
        note: 'back up the database before anything migrates it',
        // In a subshell with its own EXIT trap (the step's trap journals its end): a failure by `exit` (which an ERR trap
        // misses) or a full disk leaves no partial dump, marker or checksum behind.
        text: `install -d -m 0700 ${(0,quote/* quote */.hD)(l.backups)}
(
trap 'rc=$?; [ "$rc" -eq 0 ] || rm -f ${f}.partial ${f}.marker.partial ${f}.marker ${f}.sha256' EXIT
${(0,db_marker/* dumpWithMarker */.HP)(l, db, file, `${f}.partial`)}
pg_restore --list ${f}.partial > /dev/null
${(0,sha256/* sha256Into */.yM)('sha', `${f}.partial`)}
echo "$sha  $(basename ${f})" > ${f}.sha256
mv -f ${f}.partial ${f}
echo "SLOTFLIP_RESULT backup {\\"file\\":\\"${file}\\",\\"sha256\\":\\"$sha\\",\\"bytes\\":$(stat -c %s ${f})}"
)`,
    };
}
/** Runs the app's migration as the service user with the slot's environment, in a transient unit with a time limit. */
function migrateDatabase(l, db, opts) {
    const props = [
        `User=${opts.user}`,
        `Group=${opts.user}`,
        `WorkingDirectory=${opts.releaseDir}`,
        `EnvironmentFile=${l.appEnv}`,
        `EnvironmentFile=${opts.slotEnv}`,
        `RuntimeMaxSec=${opts.timeoutSeconds}`,
    ];
    return {
        kind: 'sh',
        note: `migrate with the new release (time limit ${opts.timeoutSeconds} s); the schema (columns, ` +
            `indexes, constraints) compared before and after`,
        // In a subshell with its own EXIT trap (the step's trap journals its end), so the schema listings never outlive it.
        text: `(
schema=$(mktemp -d)
trap 'rm -rf "$schema"' EXIT
${schemaLinesShell(l, db)} > "$schema/before"
set +e
systemd-run --wait --pipe --quiet --collect ${props
            .map((p) => `-p ` + `${(0,quote/* quote */.hD)(p)}`)
            .join(' ')} /bin/bash -c ${(0,quote/* quote */.hD)(`exec ${opts.command}`)}
rc=$?
set -e
${schemaLinesShell(l, db)} > "$schema/after"
before=$(md5sum < "$schema/before" | cut -d' ' -f1)
after=$(md5sum < "$schema/after" | cut -d' ' -f1)
${schemaDeltaShell('"$schema"')}
echo "SLOTFLIP_RESULT migrate {\\"before\\":\\"$before\\",\\"after\\":\\"$after\\",\\"code\\":$rc}"
[ "$rc" -eq 0 ] || {
  echo "migration failed (exit $rc); schema $( [ "$before" = "$after" ] && echo unchanged || echo CHANGED )" >&2
  exit 1
}
)`,
    };
}

// EXTERNAL MODULE: ./src/presets/sizes.ts
var sizes = __webpack_require__(90698);
;// CONCATENATED MODULE: ./src/host/preflight.ts



// Reserve kept free on the database server for administrators and monitoring, beyond PostgreSQL's own.
const CONNECTION_RESERVE = 5;
const DEFAULT_COMPONENT_MEMORY_MB = 128;
function memoryMb(value) {
    const bytes = (0,sizes/* sizeBytes */.Vv)(value);
    return bytes === undefined ? DEFAULT_COMPONENT_MEMORY_MB : bytes / 1048576;
}
/**
 * Read-only checks before anything changes: room for a second slot and a backup, pg_dump able to dump this server,
 * and both slots' pools plus the backup and the migration within max_connections minus a reserve. Exit 4, with what
 * is missing and how much.
 */
function preflightChecks(inst, archiveBytes, format = 'tar.gz') {
    const l = (0,layout/* layout */.Zp)(inst.id);
    const needMemMb = Object.values(inst.app.components).reduce((sum, c) => sum + memoryMb(c?.memory_max), 0);
    const lines = [
        'problems=()',
        `free=$(df --output=avail -B1 ${(0,quote/* quote */.hD)('/opt')} | tail -1)`,
        `need=$(( ${archiveBytes} * 3 ))`,
        ...(format === 'zip'
            ? [
                'command -v unzip >/dev/null || problems+=("unzip: not installed, and the release is a zip ' +
                    'archive (slotflip provision installs it)")',
            ]
            : []),
        ...(inst.app.release.source === 'url'
            ? [
                'command -v curl >/dev/null || problems+=("curl: not installed, and the host downloads the ' +
                    'release (slotflip provision installs it)")',
            ]
            : []),
    ];
    const db = inst.database;
    if (db) {
        const psql = `PGPASSFILE=${(0,quote/* quote */.hD)(l.pgpass)} PGCONNECT_TIMEOUT=5 psql -At -h ${(0,quote/* quote */.hD)(db.host)} -p ` +
            `${db.port} -U ${(0,quote/* quote */.hD)(db.user)} -d ${(0,quote/* quote */.hD)(db.name)} --no-password`;
        // One query for all the server tells (each psql is a process and a login: 15-20 ms in a container).
        lines.push(`sf_pg=$(${psql} -F ' ' -c "SELECT pg_database_size(current_database()), ` +
            `current_setting('server_version_num'), current_setting('max_connections'), ` +
            (`current_setting('superuser_reserved_connections'), (SELECT count(*) FROM pg_stat_activity WHERE usename IS ` +
                `DISTINCT FROM current_user)") || { echo "preflight: cannot reach PostgreSQL at ${db.host}:${db.port} as ` +
                `${db.user}" >&2; exit 4; }`), 'read -r dbsize server max reserved used <<< "$sf_pg"', 'need=$(( need + dbsize * 12 / 10 ))', 
        // The version by a bash match: `pg_dump (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)` gives 15.8.
        `dump=$(pg_dump --version 2>/dev/null) || dump=''`, `if [[ $dump =~ [0-9]+(\\.[0-9]+)? ]]; then dump=\${BASH_REMATCH[0]}
  [ "\${dump%%.*}" -ge "$(( server / 10000 ))" ] || problems+=("pg_dump $dump is older than the server ` +
            `($(( server / 10000 ))): install postgresql-client-$(( server / 10000 )) on the target")
else problems+=("pg_dump: not found; install postgresql-client-$(( server / 10000 )) on the target"); fi`, `want=$(( 2 * ${db.pool ?? 10} + 2 ))`, `room=$(( max - reserved - ${CONNECTION_RESERVE} - used ))`, `[ "$want" -le "$room" ] || problems+=("database connections: both slots' pools and the backup and ` +
            (`migration need $want, but max_connections $max leaves $room (other users hold $used, $reserved + ` +
                `${CONNECTION_RESERVE} reserved): lower database.pool or raise max_connections")`));
    }
    lines.push(`[ "$free" -ge "$need" ] || problems+=("disk: /opt has $(( free / 1048576 )) MiB free, a release and a ` +
        `backup need $(( need / 1048576 )) MiB")`, `avail=$(awk '/^MemAvailable:/ { print int($2 / 1024) }' /proc/meminfo)`, `[ "$avail" -ge ${needMemMb} ] || problems+=("memory: $avail MiB available, a second slot needs ${needMemMb} MiB")`, 'if [ ${#problems[@]} -gt 0 ]; then printf \'preflight: %s\\n\' "${problems[@]}" >&2; exit 4; fi', 'echo "preflight: disk, memory, pg_dump and connections are sufficient"');
    return {
        kind: 'sh',
        note: 'check room for a second slot and a backup, pg_dump, and the connection budget',
        text: lines.join('\n'),
    };
}

// EXTERNAL MODULE: ./src/host/assets.ts
var host_assets = __webpack_require__(5293);
;// CONCATENATED MODULE: ./src/plan/deploy-stage.ts













/** What a URL-sourced archive is expected to weigh, for the disk check before it is downloaded. */
const URL_ARCHIVE_BYTES_ESTIMATE = 200 * 1048576;
/** A deploy up to its flip: lock, preflight, stage, backup, migrate, start and the checks on the new slot. */
function stagingSteps(c) {
    const { req, inst, l, id, to } = c;
    const credentialFiles = req.files.filter((f) => f.path === l.pgpass || f.path === `${l.shared}/redis.pass`);
    const steps = [
        (0,plan_steps/* lockStep */.s9)(inst.id, req, {
            title: "take the lease lock; write slotflip's own credential files",
            before: [{ kind: 'run', argv: ['install', '-d', '-m', '0755', l.root] }],
            after: [
                (0,host_watch/* markWatchesReported */.Mv)(inst.id),
                { kind: 'run', argv: ['install', '-d', '-m', '0750', l.shared] },
                ...credentialFiles.map((f) => (0,site_ops/* writeRendered */.d_)(f)),
            ],
        }),
        {
            id: 'preflight',
            phase: 'preflight',
            title: 'preflight: disk, memory, pg_dump, connection budget',
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [
                preflightChecks(inst, req.release.url ? URL_ARCHIVE_BYTES_ESTIMATE : req.release.bytes.length, req.release.format),
            ],
        },
        stageStep(c, credentialFiles),
    ];
    if (inst.database) {
        steps.push({
            id: 'backup',
            phase: 'backup',
            title: 'back up the database (pg_dump -Fc, verified, hashed)',
            timeoutMs: 60 * plan_steps/* MIN */.pH,
            ops: [backupDatabase(l, inst.database, `${l.backups}/${req.run}.dump`)],
        });
    }
    if (inst.migrations && inst.database) {
        const migrate = migrateDatabase(l, inst.database, {
            user: c.user,
            releaseDir: l.release(id),
            slotEnv: l.slotEnv(to),
            command: inst.migrations.command,
            timeoutSeconds: Math.ceil((0,resolved/* resolved */.L$)(inst).migrationTimeout),
        });
        steps.push({
            id: 'migrate',
            phase: 'migrate',
            title: `migrate the database with release ${id}${c.breakingLive ? ' behind the maintenance page' : ''}`,
            timeoutMs: (0,resolved/* resolved */.L$)(inst).migrationTimeout * 1000 + plan_steps/* MIN */.pH,
            ops: c.breakingLive ? [(0,maintenance/* maintenanceOn */.v)(inst.id), migrate] : [migrate],
        });
    }
    steps.push({
        id: 'start',
        phase: 'start',
        title: `start the ${to} slot on ${id}`,
        timeoutMs: 2 * plan_steps/* MIN */.pH,
        ops: [(0,slot_units/* startSlot */.Zz)(inst.id, to, id, c.components)],
        undo: [(0,slot_units/* stopSlot */.FU)(inst.id, to, c.components)],
    }, (0,plan_steps/* gateStep */.sf)(inst, to, req.release.version));
    if (req.smoke)
        steps.push({
            id: 'smoke',
            phase: 'gate',
            title: `smoke flow on the ${to} slot (${req.smoke.steps.length} steps)`,
            timeoutMs: 2 * plan_steps/* MIN */.pH,
            ops: [(0,host_smoke/* smokeFlow */.Yo)(inst, req.smoke, to, c.runTag)],
        });
    const assets = (0,host_assets/* keepAssets */.D5)(inst, to, id);
    if (assets)
        steps.push({
            id: 'assets',
            phase: 'gate',
            title: `keep the frontend's files under ${inst.nginx.assets.path} (this release's and the last ones')`,
            timeoutMs: 5 * plan_steps/* MIN */.pH,
            ops: [assets],
        });
    return steps;
}
/** The release on the host, unpacked, with its rendered files and the nginx site beside the one serving. */
function stageStep(c, credentialFiles) {
    const { req, inst, l, id, user, site } = c;
    const archive = `${l.releases}/.incoming-${req.run}.${req.release.format}`;
    const appFiles = req.files.filter((f) => !credentialFiles.includes(f) && !f.path.startsWith('/etc/'));
    const unitFiles = req.files.filter((f) => f.path.startsWith('/etc/systemd/'));
    const dataDir = req.dataDir
        ? [
            {
                kind: 'sh',
                note: `the app's files directory, for ${user}`,
                text: `[ -d ${(0,quote/* quote */.hD)(req.dataDir)} ] || install -d -m 0750 -o ${(0,quote/* quote */.hD)(user)} -g ${(0,quote/* quote */.hD)(user)} ` +
                    `${(0,quote/* quote */.hD)(req.dataDir)}`,
            },
        ]
        : [];
    return {
        id: 'stage',
        phase: 'stage',
        title: `stage release ${id}: ${req.release.url ? 'download' : 'upload'}, unpack, render configuration`,
        timeoutMs: 15 * plan_steps/* MIN */.pH,
        ops: [
            req.release.url
                ? (0,release/* fetchRelease */.uY)(inst.id, id, req.release.url, req.release.sha256, archive)
                : { kind: 'upload', path: archive, bytes: req.release.bytes, sha256: req.release.sha256 },
            (0,release/* unpackRelease */.OC)(inst.id, id, archive, user, inst.app.build ?? [], req.release.format),
            ...dataDir,
            ...appFiles.map((f) => (0,site_ops/* writeRendered */.d_)(f)),
            ...unitFiles.map((f) => (0,site_ops/* writeRendered */.d_)(f, 'systemctl daemon-reload')),
            // A handoff left pending by the first deploy is finished before the site is touched (and before its snapshot).
            ...(site ? [...(c.from ? [(0,host_handoff/* finishHandoff */.ET)(inst, false)] : []), (0,site_ops/* siteSnapshot */.qr)(l.site), ...(0,site_ops/* siteOps */.G$)(inst, site)] : []),
        ],
        // A failure after the stage (the gate, the flip, the checks after it) puts the site that served before back.
        ...(site ? { undo: [(0,site_ops/* siteRestore */.KG)(l.site)] } : {}),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/plan/deploy-tail.ts









/**
 * What a deploy does once the flip has held: the new slot starts at boot, the old one retires, the state is recorded.
 */
function deployTail(c) {
    const { inst, l, from, to, adopted, handoff } = c;
    const { drain, keepWarm } = (0,site_ops/* afterFlipWindows */.Hc)(inst);
    const tail = [(0,plan_steps/* enableStep */.ys)(inst, to)];
    if (adopted)
        tail.push({
            id: 'retire-adopted',
            phase: 'drain',
            title: 'drain and stop the app slotflip adopted',
            timeoutMs: 5 * plan_steps/* MIN */.pH,
            ops: [
                (0,adopt/* retireAdopted */.Dv)(adopted, drain, Object.fromEntries(Object.entries(inst.app.components).map(([n, comp]) => [n, comp?.stop_signal]))),
            ],
        });
    if (handoff)
        tail.push({
            id: 'handoff',
            phase: 'drain',
            title: `nginx takes port ${handoff.port} over from the stopped app (the redirect to ${handoff.via} goes)`,
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [(0,host_handoff/* finishHandoff */.ET)(inst, true)],
        });
    if (from)
        tail.push((0,plan_steps/* retireStep */.m4)(inst, from, { keepWarm, drain }, keepWarm > 0
            ? `schedule the ${from} slot to stop in ${Math.max(keepWarm, drain)} s (warm for a rollback until ` +
                `then; a timer on the host)`
            : `drain the ${from} slot for ${drain} s, then stop it`));
    const success = successState(c);
    tail.push((0,plan_steps/* recordStep */.IC)(inst.id, success, 'record state and history; keep the newest releases', [
        (0,release/* pruneReleases */.Xb)(inst.id, success.releases),
        (0,release/* pruneDeployDumps */.b4)(inst.id, Object.values(success.slots).flatMap((slot) => (slot?.backup ? [slot.backup] : []))),
        ...(c.site ? [{ kind: 'run', argv: ['rm', '-f', (0,site_ops/* siteBefore */.xg)(l.site)] }] : []),
    ]));
    return tail;
}
/** The host's state after a successful deploy: the new slot live, the newest releases kept. */
function successState(c) {
    const { req, inst, l, id, from, to, adopted } = c;
    const state = req.state;
    const keep = [...new Set([...state.releases, id])].slice(-(req.keepReleases ?? 5));
    const liveIds = [id, ...(from && state.slots[from] ? [state.slots[from].release] : [])];
    return (0,shell_state/* withHistory */.$k)({
        ...state,
        adopted: undefined,
        active: to,
        slots: {
            ...state.slots,
            [to]: {
                release: id,
                version: req.release.version,
                since: req.now,
                ...(inst.database ? { backup: `${l.backups}/${req.run}.dump` } : {}),
            },
        },
        releases: [...new Set([...keep, ...liveIds])],
        hold: state.hold?.release === id ? null : state.hold,
        rendered: renderedHashes(req.files),
    }, {
        run: req.run,
        op: 'deploy',
        release: id,
        slot: to,
        result: 'ok',
        at: req.now,
        ...(adopted ? { detail: `took over from the adopted app (${adopted.version ?? 'version unknown'})` } : {}),
    });
}
/** The step that records a failed deploy; a flip back holds the release so it is not deployed again unasked. */
function deployFailureRecord(c) {
    const { req, inst, id, to } = c;
    return (flippedBack, detail) => {
        const failed = (0,shell_state/* withHistory */.$k)({ ...req.state, hold: flippedBack ? { release: id, reason: detail, since: req.now } : req.state.hold }, {
            run: req.run,
            op: flippedBack ? 'flip-back' : 'deploy',
            release: id,
            slot: to,
            result: 'rolled-back',
            at: req.now,
            detail,
        });
        const record = (0,plan_steps/* recordStep */.IC)(inst.id, failed, 'record the failed deploy');
        return {
            ...record,
            id: 'record-failure',
            ops: [...(endsMaintenance(c) ? [] : [(0,maintenance/* maintenanceOff */.F)(inst.id)]), ...record.ops],
        };
    };
}
function renderedHashes(files) {
    return Object.fromEntries(files.filter((f) => !f.secret).map((f) => [f.path, (0,external_node_crypto_.createHash)('sha256').update(f.content).digest('hex')]));
}

// EXTERNAL MODULE: ./src/plan/compile.ts + 1 modules
var compile = __webpack_require__(73509);
;// CONCATENATED MODULE: ./src/plan/watch-script.ts






/** Stands for the watch's reason in the failure record's files, replaced on the host (JSON-safe by then). */
const REASON_TOKEN = '@@SLOTFLIP_REASON@@';
/** A write whose content holds REASON_TOKEN, as bash that puts `$SF_REASON` in its place. */
function withReason(op) {
    if (op.kind !== 'write' || !op.content.includes(REASON_TOKEN))
        return op;
    const b64 = Buffer.from(op.content)
        .toString('base64')
        .match(/.{1,76}/g)
        .join('\n');
    return {
        kind: 'sh',
        note: op.path,
        text: `sf_content=$(base64 -d <<'SLOTFLIP_EOF'
${b64}
SLOTFLIP_EOF
)
sf_content=\${sf_content//${REASON_TOKEN}/"$SF_REASON"}
tmp=$(mktemp ${(0,quote/* quote */.hD)(`${op.path}.XXXXXX`)}); printf '%s\\n' "$sf_content" > "$tmp"
chmod ${(0,quote/* quote */.hD)(op.mode)} "$tmp"; mv -f "$tmp" ${(0,quote/* quote */.hD)(op.path)}`,
    };
}
/**
 * The watch's script: probes from before the flip, waits for the flip step to finish, observes, and then either runs
 * the plan's tail (the deploy completes on the host) or undoes the flip as the engine would and records it with the
 * hold. Each step it runs is compiled exactly as the engine compiles it, so the journal reads the same either way.
 */
function watchScript(s) {
    const w = (0,host_watch/* watchPaths */.I3)(s.inst.id, s.run);
    const l = (0,layout/* layout */.Zp)(s.inst.id);
    const window = (0,host_observe/* observeSeconds */.Ub)(s.inst);
    const observe = (0,host_observe/* observeFunction */.PE)(s.inst) ?? 'sf_observe() { echo "observe: no window"; }';
    const tailSeconds = s.tail.reduce((n, t) => n + Math.ceil(t.timeoutMs / 1000), 0);
    const deadline = s.waitSeconds + window + tailSeconds + 120;
    const files = [];
    const file = (name, step, event = 'step') => {
        files.push(`cat > "$W/${name}" <<'SLOTFLIP_STEP'\n${(0,compile/* compileStep */.qg)(step, s.ctx, step.ops, event)}SLOTFLIP_STEP`);
        return `"$W/${name}"`;
    };
    const undo = s.undo.map((u, i) => file(`undo-${i}.sh`, { ...u, ops: u.undo ?? [] }, 'undo'));
    const record = file('record-failure.sh', { ...s.recordFailure, ops: s.recordFailure.ops.map(withReason) });
    const tail = s.tail.map((t, i) => ({ id: t.id, title: t.title, path: file(`tail-${i}.sh`, t) }));
    const unlock = file('unlock.sh', s.unlock);
    const json = (v) => (0,quote/* quote */.hD)(JSON.stringify(v));
    return `#!/bin/bash
# slotflip: the host's watch of run ${s.run} (release ${s.release.id} on the ${s.slot} slot). Started by the flip step.
set -u
unset SLOTFLIP_RUNNER
W=${(0,quote/* quote */.hD)(w.dir)}
echo "$$ $(( $(date +%s) + ${deadline} ))" > ${(0,quote/* quote */.hD)(w.pidFile)}
trap 'rm -f ${(0,quote/* quote */.hD)(w.pidFile)}' EXIT
offset=$(stat -c %s ${(0,quote/* quote */.hD)(l.accessLog)} 2>/dev/null || echo 0)
phase=waiting reason='' since=$(date +%s) until=0 receipt=''
${files.join('\n')}
sf_status() {
  local why; why=$(printf '%s' "$reason" | tr -d '"\\\\' | tr -c '[:print:]' ' ')
  printf '{"run":%s,"release":%s,"slot":%s,"since":%s,"until":%s,"state":"%s","reason":"%s"%s}\\n' \\
    ${json(s.run)} ${json(s.release.id)} ${json(s.slot)} "$since" "$until" "$1" "$why" \\
    "\${receipt:+,\\"receipt\\":$receipt}" > ${(0,quote/* quote */.hD)(`${w.status}.tmp`)} &&
    mv -f ${(0,quote/* quote */.hD)(`${w.status}.tmp`)} ${(0,quote/* quote */.hD)(w.status)}
}
${observe}
${(0,host_receipt/* receiptFunctions */.QX)(s.inst, s.release.version)}
sf_fail() {
  trap '' TERM # a flip back that has begun is never cut short
  phase=failing
  echo "watch: $reason: the host flips back"
  [ -n "$receipt" ] || { receipt=$(sf_receipt); echo "$receipt" > ${(0,quote/* quote */.hD)(w.receipt)}; }
  for f in ${undo.join(' ')}; do bash "$f" || echo "watch: an undo step failed ($f)"; done
  SF_REASON=$(printf '%s' "observe failed: $reason" | tr -d '"\\\\' | tr -c '[:print:]' ' ') bash ${record} ||
    echo "watch: recording the flip back failed"
  sf_status flipped-back
  echo "flipped-back observe failed: $reason" > ${(0,quote/* quote */.hD)(w.result)}
  bash ${unlock}
  exit 0
}
trap 'if [ -e "$W/abort" ]; then
  echo "watch: ended by the run (it undoes the flip itself)"; touch "$W/stop-probe"; exit 0
fi
if [ "$phase" = observing ]; then reason="the watch was stopped before its window passed"; sf_fail; fi
echo "watch: stopped while $phase"; exit 143' TERM
sf_prober & prober_pid=$!
sf_status waiting
for _ in $(seq ${Math.ceil(s.waitSeconds * 10)}); do [ -e "$W/go" ] || [ -e "$W/abort" ] && break; sleep 0.1; done
if [ ! -e "$W/go" ]; then
  touch "$W/stop-probe"; echo "watch: the flip step did not finish; nothing to watch"; exit 0
fi
phase=observing since=$(date +%s) until=$(( $(date +%s) + ${window} ))
sf_status observing
echo "watch: observing the ${s.slot} slot for ${window} s"
sf_observe || sf_fail
receipt=$(sf_receipt); echo "$receipt" > ${(0,quote/* quote */.hD)(w.receipt)}
failed=$(printf '%s' "$receipt" | sed -n 's/.*"failed":\\([0-9]*\\).*/\\1/p')
if [ "\${failed:-0}" -gt 0 ]; then reason="receipt: $failed requests failed across the flip"; sf_fail; fi
phase=finishing
echo "watch: the window passed; the host finishes the deploy"
${tail
        .map((t) => `echo ${(0,quote/* quote */.hD)(`SLOTFLIP_EVENT the host: ${t.title}`)}
bash ${t.path} || { reason=${(0,quote/* quote */.hD)(`${t.id} failed on the host`)}; sf_fail; }`)
        .join('\n')}
sf_status passed
echo ok > ${(0,quote/* quote */.hD)(w.result)}
bash ${unlock}
`;
}

;// CONCATENATED MODULE: ./src/plan/deploy-watch.ts





/**
 * The steps from the flip on when the host keeps watch (host/watch.ts): the observe window, the receipt, then the
 * tail or the flip back, in a unit of its own. The run follows it; the tail's steps stay in the plan, marked as the
 * host's. Answers the whole deploy: `steps` (up to the flip) with the watch's start right after the new slot's,
 * then the flip, the observe window and the tail.
 */
function watchedFlip(c, steps, parts) {
    const { req, inst, l, id, to, served } = c;
    const { flip, tail } = parts;
    const ctx = { run: req.run, journal: l.journal, root: l.root, lock: l.lock, owner: req.owner };
    const migrateAt = steps.findIndex((s) => s.id === 'migrate');
    // As the engine undoes: the flip first, then every earlier step with an undo (past a breaking migration, none
    // before it: the old release cannot run on the new schema).
    const undo = [flip, ...[...steps].reverse()].filter((s) => s.undo?.length && !(c.breakingLive && steps.indexOf(s) >= 0 && steps.indexOf(s) < migrateAt));
    // The watch's unit costs a few hundred ms to start, which would otherwise sit between the gate and the flip; it
    // waits for the flip step's go, as long as the steps up to it may take.
    const startAt = steps.findIndex((s) => s.id === 'start') + 1;
    const waitSeconds = [...steps.slice(startAt), flip].reduce((n, s) => n + s.timeoutMs / 1000, 0);
    const script = watchScript({
        inst: served,
        run: req.run,
        release: { id, version: req.release.version },
        slot: to,
        ctx,
        undo,
        recordFailure: parts.recordFailure(true, REASON_TOKEN),
        tail,
        unlock: parts.unlock,
        waitSeconds,
    });
    const watch = {
        id: 'watch',
        phase: 'start',
        title: `start the host's watch of the flip (${(0,host_watch/* watchUnit */.ev)(inst.id)}): it probes through nginx and waits for the flip`,
        timeoutMs: plan_steps/* MIN */.pH,
        ops: (0,host_watch/* startWatch */.Ms)(inst.id, req.run, script),
        undo: [(0,host_watch/* abortWatch */._e)(inst.id, req.run)],
    };
    // The receipt counts from just before the flip; after a breaking migration, from once the maintenance page is off.
    const receiptStart = (0,host_watch/* markReceiptStart */.cz)(inst.id, req.run, l.accessLog);
    const ops = flip.ops;
    const observe = (0,host_observe/* observeSeconds */.Ub)(served);
    return [
        ...steps.slice(0, startAt),
        watch,
        ...steps.slice(startAt),
        {
            ...flip,
            ops: [
                ...(endsMaintenance(c) ? [ops[0], ops[1], receiptStart, ...ops.slice(2)] : [receiptStart, ...ops]),
                (0,host_watch/* letWatchGo */.vq)(inst.id, req.run),
            ],
        },
        {
            id: 'observe',
            phase: 'observe',
            title: `the host observes the ${to} slot for ${observe} s, then finishes the deploy or flips back ` +
                `(this run follows it)`,
            timeoutMs: flip.timeoutMs + (observe + tail.reduce((n, t) => n + t.timeoutMs / 1000, 0)) * 1000 + plan_steps/* MIN */.pH,
            ops: [(0,host_watch/* followWatch */.l5)(inst, req.run)],
            hostUndoes: { code: host_watch/* HOST_FLIPPED_BACK */.kc },
        },
        ...tail.map((t) => ({ ...t, onHost: true })),
    ];
}

;// CONCATENATED MODULE: ./src/plan/deploy-plan.ts









/** Builds the whole deploy as data: no I/O, the same input gives the same plan. */
function buildDeployPlan(req) {
    const c = deployContext(req);
    const { inst, id, from, to, adopted } = c;
    const state = req.state;
    if (from && state.slots[from]?.release === id)
        return converge(c, from);
    if (state.hold?.release === id) {
        return {
            kind: 'held',
            message: `release ${id} was flipped back at ${state.hold.since} (${state.hold.reason}); it stays ` +
                `refused until the hold is released with \`slotflip release-hold\``,
        };
    }
    if (c.breakingLive && !req.allowBreaking) {
        return {
            kind: 'refused',
            message: `release ${id} declares migrations that break the running release; deploying it serves a ` +
                `maintenance page (503) while it migrates. Pass --allow-breaking to accept that`,
        };
    }
    if (c.siteRefusal)
        return { kind: 'refused', message: c.siteRefusal };
    const staging = stagingSteps(c);
    const flip = deployFlip(c);
    const tail = deployTail(c);
    const recordFailure = deployFailureRecord(c);
    const unlock = (0,plan_steps/* unlockStep */.Rl)(inst.id, req.run);
    const steps = (0,host_observe/* observeFunction */.PE)(c.served)
        ? watchedFlip(c, staging, { flip, tail, unlock, recordFailure })
        : [...staging, flip, ...tail];
    const notes = [
        ...(c.breakingLive
            ? [
                `release ${id} declares breaking migrations: users see a maintenance page (503, Retry-After) from ` +
                    `the migration until the flip`,
            ]
            : []),
        ...(adopted
            ? [
                `first deploy over the adopted app (${adopted.version ?? 'version unknown'}): it serves until the ` +
                    `flip, is the flip's way back, and is stopped after the observe window`,
            ]
            : from
                ? []
                : ['first deploy: there is no live slot to fall back to']),
    ];
    return {
        kind: 'plan',
        plan: (0,plan_steps/* planOf */.XC)(req, inst.id, {
            release: { id, version: req.release.version },
            from,
            to,
            steps,
            pointOfNoReturn: c.breakingLive ? 'migrate' : undefined,
            finally: { ...unlock, ops: [(0,host_watch/* unlockAfterWatch */.W6)(inst.id, req.run)] },
            notes,
        }),
        recordFailure,
    };
}
/** Deploying the release already live: nothing to do, or finish what an interrupted run left (converge-plan.ts). */
function converge(c, live) {
    const { req, id } = c;
    const reason = req.converge;
    if (!reason)
        return { kind: 'nothing-to-do', message: `release ${id} is already live on the ${live} slot` };
    const plan = buildConvergePlan({
        ...req,
        live,
        release: { id, version: req.release.version },
        reason,
        maintenance: req.maintenance === true,
    });
    const nothing = {
        id: 'record-failure',
        phase: 'record',
        title: 'nothing to record',
        timeoutMs: plan_steps/* MIN */.pH,
        ops: [],
    };
    return { kind: 'plan', plan, recordFailure: () => nothing };
}

// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
// EXTERNAL MODULE: ./src/transport/connect.ts + 3 modules
var connect = __webpack_require__(14519);
// EXTERNAL MODULE: ./src/session/prepare.ts
var prepare = __webpack_require__(80295);
// EXTERNAL MODULE: ./src/session/verb.ts
var verb = __webpack_require__(87731);
// EXTERNAL MODULE: ./src/session/plan-run.ts + 1 modules
var plan_run = __webpack_require__(71475);
;// CONCATENATED MODULE: ./src/session/overlap.ts

/**
 * From the new slot's start to the flip both slots run (the gate needs the new one, users the old one); after the flip
 * the old slot drains, then is paused (an app with background jobs) or keeps running until its keep-warm window ends.
 * Measured from the run's own step timings; the drain and the window are what the host's timers were set to.
 */
function overlapOf(plan, timings, inst) {
    if (!plan.from)
        return undefined;
    const ids = plan.steps.map((s) => s.id);
    const first = ids.indexOf('start');
    const flip = ids.indexOf('flip');
    if (first === -1 || flip === -1)
        return undefined;
    const upToFlip = timings
        .filter((t) => ids.indexOf(t.step) >= first && ids.indexOf(t.step) <= flip)
        .reduce((sum, t) => sum + t.ms, 0) / 1000;
    const { drain, keepWarm: warm, pausesOld } = (0,site_ops/* afterFlipWindows */.Hc)(inst);
    if (pausesOld) {
        const total = upToFlip + drain;
        return {
            seconds: total,
            text: `both slots ran ${total.toFixed(1)} s (start to flip ${upToFlip.toFixed(1)} s, then a ${drain} ` +
                (`s drain); the ${plan.from} slot is then paused, so only the ${plan.to} slot runs background jobs, and ` +
                    `stays warm for a rollback for ${warm} s`),
        };
    }
    const after = Math.max(warm, drain);
    const total = upToFlip + after;
    return {
        seconds: total,
        text: `both slots run ${total.toFixed(1)} s (start to flip ${upToFlip.toFixed(1)} s, then the ` +
            `${plan.from} slot ${warm > 0 ? `stays warm for ${warm} s` : `drains for ${drain} s`})`,
    };
}

// EXTERNAL MODULE: ./src/presets/data-dir.ts
var data_dir = __webpack_require__(23184);
// EXTERNAL MODULE: ./src/session/run-context.ts + 3 modules
var run_context = __webpack_require__(28493);
;// CONCATENATED MODULE: ./src/commands/deploy.ts
















async function readDrift(transport, state) {
    const script = driftScript(state);
    if (!script)
        return [];
    const r = await transport.script(script, { timeoutMs: 30_000 });
    return parseDrift(state, r.stdout);
}
function refusal(result) {
    const code = result.kind === 'nothing-to-do'
        ? exit_codes/* ExitCode */.y.nothingToDo
        : result.kind === 'held'
            ? exit_codes/* ExitCode */.y.releaseHeld
            : exit_codes/* ExitCode */.y.preflight;
    return { exitCode: code, summary: result.message };
}
/** plan (dryRun) and deploy share everything up to the executor: the deploy runs exactly the plan it prints. */
async function runDeploy(opts) {
    const prepared = await (0,prepare/* prepare */.i)(opts);
    const release = await (0,prepare/* loadRelease */.U)(prepared.instance);
    const mask = (0,format/* masker */.KB)(Object.values(prepared.secrets));
    const transport = opts.offline ? undefined : await (0,connect/* connectTarget */.u)(prepared.instance, prepared.secrets);
    try {
        // Planned from what the host says now; if another run changed the host before our lock was taken (we waited for
        // it), the lock step says so and we plan again from the new state instead of acting on a stale plan.
        const waitUntil = Date.now() + opts.lockWaitMs;
        for (let attempt = 1;; attempt++) {
            const host = transport
                ? await (0,run_context/* readHostWhenFree */.vP)(transport, prepared.instance, waitUntil, (l) => opts.log(`waiting for the lock: ${mask(l)}`))
                : undefined;
            const result = await planAndRun(opts, prepared, release, mask, transport, host);
            if (result.outcome?.kind !== 'stale' || attempt >= 3)
                return result;
            opts.log('note: the host changed while this run waited for the lock; planning again');
        }
    }
    finally {
        await transport?.close();
    }
}
async function planAndRun(opts, prepared, release, mask, transport, host) {
    const run = (0,run_context/* newRunId */.F$)();
    const state = host?.recovery.state ?? (0,shell_state/* parseState */.Bu)('null', prepared.instance.id);
    for (const n of host?.recovery.notes ?? [])
        opts.log(`note: ${mask(n)}`);
    const drift = transport ? await readDrift(transport, state) : [];
    const driftText = drift.length
        ? `drift (the deploy overwrites these; move lasting changes into ` +
            `templates/):\n${drift.map((d) => `  ${d}`).join('\n')}\n\n`
        : '';
    for (const d of drift)
        opts.log(`warning: drift: ${d}`);
    const recoveryText = host?.recovery.notes.length
        ? `${host.recovery.notes.map((n) => `note: ${n}`).join('\n')}\n\n`
        : '';
    const result = buildDeployPlan({
        run,
        owner: (0,run_context/* owner */.eC)(),
        now: new Date().toISOString(),
        instance: prepared.instance,
        files: prepared.files,
        release,
        state,
        allowBreaking: opts.allowBreaking,
        guard: host?.guard,
        maintenance: host?.probe.maintenance,
        converge: host?.recovery.converge,
        smoke: prepared.smoke,
        dataDir: (0,data_dir/* filesDirToCreate */.g)(prepared.instance, prepared.preset),
    });
    if (result.kind !== 'plan')
        return { ...refusal(result), planText: recoveryText + driftText || undefined };
    const planText = recoveryText + driftText + (0,format/* formatPlan */.nT)(result.plan, Object.values(prepared.secrets));
    if (opts.dryRun || !transport)
        return {
            ...(0,plan_run/* dryRunResult */.Y)(result.plan, Object.values(prepared.secrets), `plan for ${result.plan.release.id} on the ${result.plan.to} slot`),
            planText,
        };
    opts.log(`deploy ${run}: ${prepared.instance.id} ` +
        (`${result.plan.from ? `${result.plan.from} -> ` : ''}${result.plan.to}, release ${result.plan.release.id} ` +
            `(${result.plan.steps.length} steps)`));
    const outcome = await (0,plan_run/* runWithProgress */.v)(result.plan, transport, opts, mask, { recordFailure: result.recordFailure });
    const exitCode = (0,verb/* exitCodeFor */.Rr)(outcome);
    const overlap = outcome.kind === 'completed' ? overlapOf(result.plan, outcome.timings, prepared.instance) : undefined;
    if (overlap)
        opts.log(`overlap: ${overlap.text}`);
    const receipt = 'results' in outcome ? (0,host_receipt/* parseReceipt */.Wy)(outcome.results.receipt) : undefined;
    if (receipt)
        opts.log(`receipt: ${(0,host_receipt/* describeReceipt */.ei)(receipt)}`);
    const summary = summaryOf(result.plan, outcome, mask, flipBackText(result.plan, state, prepared.instance));
    // The one derivation (wildcard names, non-default ports) that templates and the after-flip checks use too.
    const url = (0,public_url/* publicUrl */.x)(prepared.instance) || undefined;
    return {
        exitCode,
        summary,
        outcome,
        planText,
        url,
        release: result.plan.release.id,
        slot: outcome.kind === 'completed' ? result.plan.to : (result.plan.from ?? undefined),
        ...(overlap ? { overlapSeconds: Math.round(overlap.seconds * 10) / 10 } : {}),
        ...(receipt ? { receipt } : {}),
    };
}
/**
 * What a failure after the flip left serving. A first deploy has no earlier slot to flip back to: its undo stops the
 * new slot, so nothing of the instance serves (or, over an adopted app, the adopted app serves again).
 */
function flipBackText(plan, state, inst) {
    if (plan.from)
        return (`flipped back to the ${plan.from} ` +
            (`slot${state.slots[plan.from] ? ` (release ${state.slots[plan.from].release})` : ''} and held release ` +
                `${plan.release.id}`));
    if (state.adopted)
        return `flipped back to the app slotflip adopted and held release ${plan.release.id}`;
    const names = inst.nginx?.server_names.join(', ');
    return (`this was the instance's first deploy, so there was no earlier slot to flip back to: the ` +
        (`${plan.to} slot was stopped and nothing of ${inst.id} serves ` +
            (`now${names ? ` (nginx answers 502 for ${names})` : ''}; release ${plan.release.id} is held: fix it, run ` +
                `\`slotflip release-hold\`, and deploy again`)));
}
function summaryOf(plan, outcome, mask, flippedBack) {
    if (outcome.kind === 'completed')
        return `deployed ${plan.release.id} on the ${plan.to} slot`;
    if (outcome.kind === 'locked')
        return `locked by ${mask(outcome.holder)}`;
    if (outcome.kind === 'stale')
        return 'the host kept changing while this run waited for the lock; run it again';
    if (outcome.disconnected)
        return (0,engine_outcome/* lostConnectionAdvice */.V)(outcome.step.id);
    if (outcome.pastNoReturn) {
        return (`${outcome.step.id} failed after the breaking migration: ${mask(outcome.detail)}; the ` +
            (`maintenance page stays up. Operator needed: fix and deploy ${plan.release.id} again, or restore the backup ` +
                `taken by this run`));
    }
    const after = outcome.undone
        ? outcome.trafficMoved
            ? flippedBack
            : 'nothing changed for users'
        : 'ROLLBACK FAILED: operator needed';
    return `${outcome.step.id} failed: ${mask(outcome.detail)}; ${after}`;
}

// EXTERNAL MODULE: ./src/cli/cancel.ts
var cancel = __webpack_require__(84558);
// EXTERNAL MODULE: ./src/cli/outcome.ts
var outcome = __webpack_require__(76358);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/cli/host-options.ts + 1 modules
var host_options = __webpack_require__(67487);
;// CONCATENATED MODULE: ./src/cli/deploy.ts





/** `slotflip plan` prints the plan; `slotflip deploy` runs it. Both build it the same way. */
function deployCommand(dryRun) {
    return async (values, _args, io) => {
        const offline = dryRun && (0,parse/* flag */.Jt)(values, 'offline');
        return (0,cancel/* cancellable */.n)(io, async (signal) => {
            const r = await runDeploy({
                ...(0,host_options/* hostOptions */.t)(values, io, signal),
                // Offline, nothing reaches a host: no secret is read (templates see placeholders).
                secrets: offline ? undefined : (0,host_options/* secretsOption */.R)(values, io),
                allowBreaking: (0,parse/* flag */.Jt)(values, 'allow-breaking'),
                dryRun,
                offline,
            });
            return (0,outcome/* report */.z)(io, dryRun ? 'plan' : 'deploy', r, { json: (0,parse/* flag */.Jt)(values, 'json'), dryRun });
        });
    };
}


/***/ }),

/***/ 27005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ publicUrl)
/* harmony export */ });
/** The public URL of the site, as the app should print it in links (Vikunja's service.publicurl). */
function publicUrl(instance) {
    const n = instance.nginx;
    if (!n)
        return '';
    const tls = n.tls?.enabled === true;
    const port = tls ? (n.https_port ?? 443) : (n.http_port ?? 80);
    const host = n.server_names[0].replace(/^\*\./, 'www.');
    return `${tls ? 'https' : 'http'}://${host}${port === (tls ? 443 : 80) ? '' : `:${port}`}/`;
}


/***/ }),

/***/ 5293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ keepAssets),
/* harmony export */   h1: () => (/* binding */ assetsComponent)
/* harmony export */ });
/* unused harmony export MAX_ASSETS */
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61250);
/* harmony import */ var _smoke_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87667);




// Vikunja embeds its frontend in the binary, so the files of the release before are gone from the moment traffic
// flips; a tab opened before the flip then asks for a lazy chunk (a hashed name under /assets/) that the new release
// never had, and breaks. Before the flip, each deploy copies the new release's hashed files from its slot to disk: it
// reads / and follows every asset name in it and in each JS and CSS file (Vite writes chunk imports as "./name.js"
// beside absolute "assets/name.js"). nginx serves the directory first and the app second, so this release's files and
// those of the last `keep` releases answer. A name is content-addressed: one already on disk is not fetched again.
const EXT = 'js|mjs|css|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico|json|wasm|map';
/** At most this many files are followed per release: a runaway crawl ends instead of filling the disk. */
const MAX_ASSETS = 5000;
/** The component serving the frontend: the one named, else the one routed at /, else the first. */
function assetsComponent(inst) {
    const names = Object.keys(inst.app.components);
    return inst.nginx?.assets?.component ?? names.find((n) => inst.app.components[n]?.route === '/') ?? names[0];
}
function keepAssets(inst, slot, releaseId) {
    const a = inst.nginx?.assets;
    if (!a)
        return undefined;
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id);
    const target = (0,_smoke_js__WEBPACK_IMPORTED_MODULE_2__/* .slotTarget */ .s$)(inst, assetsComponent(inst), slot);
    const dir = a.path.slice(1);
    const names = `(${dir.replace(/\./g, '\\.')}|\\./)[A-Za-z0-9._-]+\\.(${EXT})`;
    const keep = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).assetsKeep;
    return {
        kind: 'sh',
        note: `the ${slot} slot's files under ${a.path}, kept beside those of the last ${keep - 1} release(s)`,
        text: `store=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(l.assets)}; lists=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(l.assetLists)}; base=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(target.base)}
install -d -m 0755 "$(dirname "$store")" "$store" "$lists"
# Fetched files are hard-linked into the store from beside it (one file system): each appears there whole. A run
# killed here left its directory; the instance's lock means no other run is here now.
rm -rf "$(dirname "$store")"/.assets-*
tmp=$(mktemp -d "$(dirname "$store")/.assets-XXXXXX")
# Asset paths named in the files listed in $1, relative to the site's root: "./x.js" sits beside the file naming it.
refs() { { xargs -r -d '\\n' grep -ohE ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(names)} -- < "$1" || true; } | sed 's|^\\./|${dir}|' | sort -u; }
# fetch LIST: the names in LIST from the slot into $tmp/got; those that arrived whole (200, no error) into $tmp/ok.
# One curl a round, every file over its connections: 250 files cost one process, not 250. Before curl 7.75 a
# transfer's own exit status is not in the write-out, so there each file has a curl of its own, whose status says it.
if [ "$(curl -s -o /dev/null -w '%{exitcode}' file:///dev/null 2>/dev/null || true)" = 0 ]; then
  fetch() {
    while read -r f; do printf 'url = "%s/%s"\\noutput = "%s/got/%s"\\n' "$base" "$f" "$tmp" "$f"; done < "$1" \\
      > "$tmp/cfg"
    curl -s --parallel --parallel-max 4 --create-dirs --max-time 10 ${target.args} -K "$tmp/cfg" \\
      -w '%{exitcode} %{http_code} %{filename_effective}\\n' > "$tmp/w" || true
    while read -r e c f; do [ "$e $c" != '0 200' ] || printf '%s\\n' "\${f#"$tmp/got/"}"; done < "$tmp/w" > "$tmp/ok"
  }
else
  fetch() {
    while read -r f; do
      ! curl -sf --create-dirs --max-time 10 ${target.args} -o "$tmp/got/$f" "$base/$f" || printf '%s\\n' "$f"
    done < "$1" > "$tmp/ok"
  }
fi
curl -sf --max-time 10 ${target.args} -o "$tmp/index" "$base/" ||
  { echo ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(`assets: / on the ${slot} slot did not answer`)} >&2; rm -rf "$tmp"; exit 1; }
echo "$tmp/index" > "$tmp/files"; refs "$tmp/files" > "$tmp/queue"; : > "$tmp/seen"; : > "$tmp/kept"
missing=0; fetched=0
while [ -s "$tmp/queue" ]; do
  comm -23 "$tmp/queue" "$tmp/seen" > "$tmp/next"
  [ -s "$tmp/next" ] || break
  sort -u "$tmp/seen" "$tmp/next" -o "$tmp/seen"
  if [ "$(wc -l < "$tmp/seen")" -gt ${MAX_ASSETS} ]; then echo ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(`assets: more than ${MAX_ASSETS} ` + `files named from /: stopped following them`)} >&2; break; fi
  # A name is content-addressed: one the store has is kept as it is, the others are fetched.
  while read -r f; do if [ -f "$store/$f" ]; then echo "$f" >&3; else echo "$f" >&4; fi; done < "$tmp/next" \\
    3> "$tmp/round" 4> "$tmp/want"
  if [ -s "$tmp/want" ]; then
    rm -rf "$tmp/got"; fetch "$tmp/want"
    n=$(wc -l < "$tmp/ok"); w=$(wc -l < "$tmp/want"); fetched=$((fetched + n)); missing=$((missing + w - n))
    # What did not arrive whole may have left a part or an error page: only the names in ok reach the store.
    [ "$n" -eq "$w" ] || [ ! -d "$tmp/got" ] || (cd "$tmp/got" && find . -type f | sed 's|^\\./||' | sort |
      comm -23 - <(sort "$tmp/ok") | xargs -r -d '\\n' rm -f --)
    if [ "$n" -gt 0 ]; then
      chmod -R u=rwX,go=rX "$tmp/got"; cp -al "$tmp/got/." "$store/"; cat "$tmp/ok" >> "$tmp/round"
    fi
  fi
  cat "$tmp/round" >> "$tmp/kept"
  while read -r f; do case "$f" in *.js|*.mjs|*.css) echo "$store/$f" ;; esac; done < "$tmp/round" > "$tmp/files"
  refs "$tmp/files" > "$tmp/queue"
done
sort -u "$tmp/kept" > "$lists/${releaseId}"
# The lists of the last ${keep} releases keep their files; every other file goes.
ls -t "$lists" | tail -n +${keep + 1} | (cd "$lists" && xargs -r -d '\\n' rm -f --)
cat "$lists"/* | sort -u > "$tmp/wanted"
(cd "$store" && find . -type f | sed 's|^\\./||' | sort | comm -23 - "$tmp/wanted" | xargs -r -d '\\n' rm -f --)
echo "SLOTFLIP_EVENT assets: $(wc -l < "$lists/${releaseId}") files of release ${releaseId} kept" \\
  "($fetched fetched; $missing named but not served)"
rm -rf "$tmp"`,
    };
}


/***/ }),

/***/ 85106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ observeFunction),
/* harmony export */   Ub: () => (/* binding */ observeSeconds),
/* harmony export */   V_: () => (/* binding */ OWN_AGENT),
/* harmony export */   ni: () => (/* binding */ observeWindow)
/* harmony export */ });
/* unused harmony exports OBSERVE, observeThresholds */
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32562);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61250);




// The thresholds' defaults (windows.max_error_rate, max_p95_latency) are the seed's alerting rules at warning level,
// documented in the schema: after a flip we act on a warning, since flipping back costs users nothing.
const OBSERVE = {
    minRequests: 20,
    healthFailures: 3,
    healthFlaps: 3,
};
/** The User-Agent of every request slotflip itself sends through nginx after a flip: left out of what users saw. */
const OWN_AGENT = 'slotflip-watch';
function observeThresholds(inst) {
    return {
        errorRatePercent: (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).maxErrorRate,
        p95LatencyMs: Math.round((0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).maxP95Latency * 1000),
    };
}
const observeSeconds = (inst) => Math.ceil((0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).observe);
/**
 * After the flip, watch what users get: health through nginx, and from this site's access log since the flip the
 * share of 5xx answers and the 95th percentile of request times (websocket upgrades excluded: their time is the
 * connection's life; slotflip's own requests excluded). Health counts twice: failures in a row (down), and failures
 * in the whole window (flapping: one success between failures would reset a count in a row).
 *
 * Bash: defines `sf_observe`, which returns 1 with `$reason` set when a threshold fails, and prints its verdict.
 * Undefined when there is nothing to observe (no window, or no route through nginx).
 */
function observeFunction(inst) {
    const window = observeSeconds(inst);
    const health = inst.health.checks.find((c) => c.type === 'http' && !c.expect_version) ?? (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .versionProbe */ .db)(inst);
    const target = (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .throughNginx */ .gE)(inst, health?.path ?? '/');
    if (window <= 0 || !target)
        return undefined;
    const { errorRatePercent, p95LatencyMs } = observeThresholds(inst);
    const log = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)((0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id).accessLog);
    return `sf_observe() {
  local total=0 errors=0 p95=0 from until fails=0 failed=0 probes=0 code
  from=$(stat -c %s ${log} 2>/dev/null || echo 0); until=$(( $(date +%s) + ${window} ))
  while [ "$(date +%s)" -lt "$until" ]; do
    sleep 1
    code=$(curl -s -o /dev/null -w '%{http_code}' -A ${OWN_AGENT} --max-time 2 ${target.curl} || true)
    probes=$((probes + 1))
    if [ "$code" = ${health?.expect_status ?? 200} ]; then fails=0
    else fails=$((fails + 1)); failed=$((failed + 1)); fi
    if [ "$fails" -ge ${OBSERVE.healthFailures} ]; then
      reason="observe: health through nginx failed $fails times in a row (last: $code)"; return 1
    fi
    if [ "$failed" -ge ${OBSERVE.healthFlaps} ]; then
      reason="observe: health through nginx is flapping: $failed of $probes probes failed since the flip (last: $code)"
      return 1
    fi
    read -r total errors p95 < <(tail -c +$((from + 1)) ${log} 2>/dev/null |
      awk '$9 != 101 && !/"${OWN_AGENT}/ { print ($9 ~ /^5/ ? 1 : 0), $NF }' | sort -k2 -g |
      awk '{ n++; e += $1; t[n] = $2 }
        END { i = int(n * 0.95 + 0.999); printf "%d %d %d\\n", n, e, (n ? t[i] * 1000 : 0) }')
    if [ "$total" -ge ${OBSERVE.minRequests} ] &&
      [ $((errors * 1000)) -gt $((total * ${Math.round(errorRatePercent * 10)})) ]; then
      reason="observe: $errors of $total requests failed with 5xx since the flip (over ${errorRatePercent}%)"; return 1
    fi
    if [ "$total" -ge ${OBSERVE.minRequests} ] && [ "$p95" -gt ${p95LatencyMs} ]; then
      reason="observe: p95 request time $p95 ms over $total requests since the flip (over ${p95LatencyMs} ms)"; return 1
    fi
  done
  echo "observe: healthy for ${window} s ($total requests, $errors 5xx, p95 $p95 ms)"
}`;
}
/** The observe window as a step's op, run from the runner's connection (a secret rotation's short watch). */
function observeWindow(inst) {
    const fn = observeFunction(inst);
    if (!fn)
        return undefined;
    const { errorRatePercent, p95LatencyMs } = observeThresholds(inst);
    return {
        kind: 'sh',
        note: `observe ${observeSeconds(inst)} s: health through nginx, 5xx rate <= ${errorRatePercent}%, p95 ` +
            `<= ${p95LatencyMs} ms`,
        text: `${fn}\nreason=''; sf_observe || { echo "$reason" >&2; exit 11; }`,
    };
}


/***/ }),

/***/ 8382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ receiptFunctions),
/* harmony export */   Wy: () => (/* binding */ parseReceipt),
/* harmony export */   Xs: () => (/* binding */ startRollbackProbe),
/* harmony export */   ei: () => (/* binding */ describeReceipt),
/* harmony export */   wi: () => (/* binding */ finishRollbackReceipt)
/* harmony export */ });
/* unused harmony export receiptRate */
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32562);
/* harmony import */ var _health_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45034);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50418);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62703);
/* harmony import */ var _observe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85106);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61250);
/* harmony import */ var _watch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48949);
/* harmony import */ var _shell_builtins_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6012);









/** Requests per second of the prober (0: none). */
const receiptRate = (inst) => (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).receiptRate;
/**
 * Bash: `sf_prober` (run in the background) sends one request at a time to the version route through nginx until
 * `$W/stop-probe` exists, one line per request in `$W/probe.log`: start, status, seconds, whether the new release
 * answered. `sf_receipt` stops it and prints the receipt as one line of JSON, from where the flip step marked its start
 * (`$W/offset`, the access log's size, and `$W/flipped`, the time: host/watch.ts markReceiptStart). `alive`, a bash
 * condition, also ends the prober when it fails (the run that started it has ended).
 */
function receiptFunctions(inst, version, alive) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .layout */ .Zp)(inst.id);
    const probe = (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .versionProbe */ .db)(inst);
    const target = probe?.path ? (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .throughNginx */ .gE)(inst, probe.path) : undefined;
    const rate = receiptRate(inst);
    // Matched by bash: the prober sends four requests a second beside the flip, and starts only curl for each.
    const isNew = probe?.expect_version
        ? `{ sf_re=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)((0,_health_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPattern */ .D8)(version, probe.expect_version))}; [[ $body =~ $sf_re ]]; }`
        : '[ -n "$body" ]';
    const log = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(l.accessLog);
    const prober = target && rate > 0
        ? `sf_prober() {
  local s out last body new
  while [ ! -e "$W/stop-probe" ]${alive ? ` && ${alive}` : ''}; do
    ${(0,_shell_builtins_js__WEBPACK_IMPORTED_MODULE_6__/* .nowRealtime */ ._F)('s')}
    out=$(curl -s --max-time 2 -A ${_observe_js__WEBPACK_IMPORTED_MODULE_3__/* .OWN_AGENT */ .V_} -w '\\n%{http_code} %{time_total}' ${target.curl} 2>/dev/null) || true
    last=\${out##*$'\\n'}; body=\${out%$'\\n'*}
    new=0; ! ${isNew} || new=1
    echo "$s \${last:-000 0} $new" >> "$W/probe.log"
    sleep ${(1 / rate).toFixed(3)}
  done
}`
        : 'sf_prober() { :; }';
    return `${prober}
sf_receipt() {
  local flip n failed non2xx p50 p95 p99 first last probes pfailed firstnew
  touch "$W/stop-probe"; [ -z "\${prober_pid:-}" ] || wait "$prober_pid" 2>/dev/null
  flip=$(cat "$W/flipped" 2>/dev/null || echo 0); offset=$(cat "$W/offset" 2>/dev/null || echo "$offset")
  tail -c +$((offset + 1)) ${log} 2>/dev/null |
    awk '$9 != 101 && !/"${_observe_js__WEBPACK_IMPORTED_MODULE_3__/* .OWN_AGENT */ .V_}/ { print $9, $(NF-1), $NF }' > "$W/requests"
  read -r n failed non2xx first last < <(awk '
    { n++; if ($1 ~ /^5/) f++; if ($1 !~ /^2/) o++; if (!a || $2 < a) a = $2; if ($2 > b) b = $2 }
    END { printf "%d %d %d %.3f %.3f\\n", n, f, o, a, b }' "$W/requests")
  read -r p50 p95 p99 < <(sort -k3 -g "$W/requests" | awk '
    { t[++n] = $3 }
    function at(q) { return t[int(n * q + 0.999)] * 1000 }
    END { printf "%d %d %d\\n", at(0.50), at(0.95), at(0.99) }')
  read -r probes pfailed firstnew < <(awk -v f="$flip" '
    $1 >= f { n++; if ($2 !~ /^2/) x++; if (fn == "" && $1 >= f && $4 == 1) fn = int(($1 + $3 - f) * 1000) }
    END { printf "%d %d %s\\n", n, x, (fn == "" ? -1 : fn) }' "$W/probe.log" 2>/dev/null || echo '0 0 -1')
  printf '{"requests":%d,"failed":%d,"non2xx":%d,"p50Ms":%d,"p95Ms":%d,"p99Ms":%d,'\\
'"from":%s,"to":%s,"flipAt":%s,"probes":%d,"probeFailed":%d,"firstNewMs":%d}\\n' \\
    "$n" "$((failed + pfailed))" "$non2xx" "$p50" "$p95" "$p99" "$first" "$last" "$flip" \\
    "$probes" "$pfailed" "$firstnew"
}`;
}
/** One line for a person: what users saw across the flip. */
function describeReceipt(r) {
    const first = r.firstNewMs >= 0 ? `, the new release answered ${r.firstNewMs} ms after the flip` : '';
    return (`${r.requests} requests through nginx across the flip, ${r.failed} failed, ${r.non2xx} not 2xx; ` +
        `p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms${first} (${r.probes} probes by the host)`);
}
function parseReceipt(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const r = value;
    return typeof r.requests === 'number' && typeof r.failed === 'number' ? r : undefined;
}
/** Where a rollback's receipt is measured: the run's folder beside the watches' (host/watch.ts). */
const probeDir = (instance, run) => (0,_watch_js__WEBPACK_IMPORTED_MODULE_7__/* .watchPaths */ .I3)(instance, run).dir;
/**
 * A rollback's receipt (a rollback goes back to a release that served before, so it has no window to flip back
 * from): the prober starts in the background with the run's first step (the lock step, or the flip's when the host
 * read took the lock), the flip marks the receipt's start, and after a short watch the last step stops the prober and
 * prints the receipt.
 */
function startRollbackProbe(inst, run, version) {
    const dir = probeDir(inst.id, run);
    // It ends with the run, however that ends: a failed step or a killed process never reaches the receipt's step.
    const held = (0,_lock_js__WEBPACK_IMPORTED_MODULE_8__/* .runHoldsLock */ .d7)((0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .layout */ .Zp)(inst.id).lock, run);
    // A subshell of the step's own shell (one fork, where a script file and `setsid bash` cost four processes): it
    // drops the step's traps and its `set -e`, and lives on when the step's shell ends.
    return {
        kind: 'sh',
        note: "the receipt's prober, in the background (it stops when the last step says so)",
        text: `{ trap - EXIT TERM; set +e +o pipefail; W=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(dir)}\n${held}\n` +
            `${receiptFunctions(inst, version, 'sf_run_holds_lock')}\nsf_prober\n} < /dev/null > /dev/null 2>&1 &\n` +
            `echo $! > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(`${dir}/probe.pid`)}`,
    };
}
/** Waits `seconds` after the flip, stops the prober and prints the receipt; never fails (the rollback is done). */
function finishRollbackReceipt(inst, run, version, seconds) {
    const dir = probeDir(inst.id, run);
    return {
        kind: 'sh',
        note: `the receipt: ${seconds} s after the flip, what users saw across it`,
        text: `{
W=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(dir)}; offset=0
${receiptFunctions(inst, version)}
sleep ${seconds}
receipt=$(sf_receipt)
{ read -r p < "$W/probe.pid" && kill "$p"; } 2>/dev/null
echo "$receipt" > "$W/receipt.json"
echo "SLOTFLIP_RESULT receipt $receipt"
} || true`,
    };
}


/***/ }),

/***/ 85232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ cleanupCommand),
/* harmony export */   q: () => (/* binding */ slotCommand)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61250);


function slotCommand(inst, slot) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(inst.id);
    const user = inst.app.user ?? inst.app.name;
    return { user, dir: l.slotLink(slot), envFiles: [l.appEnv, l.slotEnv(slot)] };
}
/**
 * smoke.cleanup_command in a transient unit (time limit 60 s); ${run} reaches it as an environment variable, never
 * as text inside the command. Its failure is reported, not fatal: the flow's verdict is already known.
 */
function cleanupCommand(command, at) {
    const props = [
        `User=${at.user}`,
        `Group=${at.user}`,
        `WorkingDirectory=${at.dir}`,
        ...at.envFiles.map((f) => `EnvironmentFile=${f}`),
        'RuntimeMaxSec=60',
    ];
    const script = `exec ${command.replaceAll('${run}', '"$SF_RUN"')}`;
    return `if ! out=$(systemd-run --wait --pipe --quiet --collect ${props
        .map((p) => `-p ` + `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(p)}`)
        .join(' ')} -E SF_RUN="$sf_run" /bin/bash -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(script)} 2>&1 </dev/null); then
  echo ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`smoke cleanup: ${command} failed: `)}"$(printf '%s' "$out" | tail -n 2 | tr '\n' ' ')" >&2
fi`;
}


/***/ }),

/***/ 87667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ fromAddress),
/* harmony export */   Dt: () => (/* binding */ smokeComponent),
/* harmony export */   K2: () => (/* binding */ passAddress),
/* harmony export */   Yo: () => (/* binding */ smokeFlow),
/* harmony export */   ZQ: () => (/* binding */ smokeScript),
/* harmony export */   s$: () => (/* binding */ slotTarget)
/* harmony export */ });
/* unused harmony export COOKIE_FACTS */
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);
/* harmony import */ var _slot_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85232);
/* harmony import */ var _smoke_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84819);




// The smoke flow as one bash script on the host, against the new slot's own socket or port (never through nginx).
// Every value from the environment reaches bash as a single-quoted word; ${name} becomes "$sf_name", which holds only
// what an earlier answer gave (or the run's tag): nothing is ever evaluated.
/** The component the flow talks to: the one given, else the one routed at /, else the first. */
function smokeComponent(inst, smoke) {
    const names = Object.keys(inst.app.components);
    return smoke.component ?? names.find((n) => inst.app.components[n]?.route === '/') ?? names[0];
}
function slotTarget(inst, component, slot) {
    const listen = inst.app.components[component]?.listen;
    if (listen?.type === 'tcp')
        return {
            args: '',
            base: `http://127.0.0.1:${slot === 'blue' ? listen.blue : listen.green}`,
            label: `the ${slot} slot`,
        };
    return {
        args: `--unix-socket ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)((0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id).socket(component, slot))}`,
        base: 'http://localhost',
        label: `the ${slot} slot`,
    };
}
/**
 * A loopback address of one pass's own (127.a.b.pass, never 127.0.0.x), the same for the same run tag. Apps limit
 * logins and sign-ups per client address (Vikunja: 10 a minute, always on): a flow that came from a user's address,
 * or from one address shared by every run, would spend their budget, and three deploys in a minute would fail their
 * own smoke with 429.
 */
function passAddress(runTag, pass) {
    let h = 2166136261;
    for (const ch of runTag)
        h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return `127.${1 + (h % 254)}.${(h >>> 8) & 255}.${pass}`;
}
/**
 * The flow's requests as from `address`: on a slot, the headers nginx would add; through nginx, curl's source address.
 */
function fromAddress(target, address, viaNginx) {
    const args = viaNginx
        ? `--interface ${address}`
        : `-H ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`X-Real-IP: ${address}`)} -H ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`X-Forwarded-For: ${address}`)}`;
    return { ...target, args: `${target.args} ${args}`.trim() };
}
// Set-Cookie lines as comparable facts, one per line: "name (set)" and "name attribute" for each attribute, values
// and expiry left out (they differ on every answer), SameSite's value in lower case. Sorted by the caller.
const COOKIE_FACTS = `tr -d '\\r' < "$hdrs" | awk 'tolower($0) ~ /^set-cookie:/ { sub(/^[^:]*: */, ` +
    (`""); n = split($0, p, /; */); name = p[1]; sub(/=.*/, "", name); print name " (set)"; for (i = 2; i <= n; ` +
        (`i++) { a = p[i]; k = tolower(a); sub(/=.*/, "", k); if (k == "" || k == "expires" || k == "max-age") ` +
            (`continue; if (index(a, "=")) { v = a; sub(/^[^=]*=/, "", v); if (k == "samesite") v = tolower(v); a = k ` +
                `"=" v } else a = k; print name " " a } }'`)));
function request(target, step, known, cookies) {
    const args = [`-X ${step.method}`, `-H 'Accept: application/json'`];
    if (step.bearer)
        args.push(`-H ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)('Authorization: Bearer ')}${(0,_smoke_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r7)(step.bearer, known)}`);
    if (step.body)
        args.push(`-H 'Content-Type: application/json' --data-binary ${(0,_smoke_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r7)(JSON.stringify(step.body), known)}`);
    if (cookies)
        args.push('-D "$hdrs"');
    const expect = step.expect_status ?? 200;
    const lines = [
        `code=$(curl -s -o "$body" -w '%{http_code}' --max-time 10 ${target.args} ${args.join(' ')} ` +
            `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(target.base)}${(0,_smoke_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r7)(step.path, known)} || true)`,
        `if [ "$code" != ${expect} ]; then ` +
            (`fail=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${step.name}: ${step.method} ${step.path} answered `)}"$code (expected ${expect}): $(head -c ` +
                `300 "$body" | tr -d '\\n')"; fi`),
        ...(cookies ? [`${COOKIE_FACTS} >> "$SF_COOKIES" || true`] : []),
    ];
    for (const [name, field] of Object.entries(step.save ?? {})) {
        known.add(name);
        lines.push(`[ -n "$fail" ] || sf_${name}=$(sf_field ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(field)})`);
        lines.push(`[ -n "$fail" ] || [ -n "$sf_${name}" ] || fail=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${step.name}: the answer has no ${field}`)}`);
    }
    return lines.join('\n');
}
/** The flow against the new slot: exit 10 naming the first step that failed, after the cleanup ran. */
function smokeFlow(inst, smoke, slot, runTag) {
    const cleanup = [
        ...(smoke.cleanup ?? []).map((s) => s.name),
        ...(smoke.cleanup_command ? [smoke.cleanup_command] : []),
    ];
    return {
        kind: 'sh',
        note: `smoke flow on the ${slot} slot: ` +
            `${smoke.steps.map((s) => s.name).join(', ')}${cleanup.length ? `; cleanup: ${cleanup.join(', ')}` : ''}`,
        text: smokeScript(smoke, fromAddress(slotTarget(inst, smokeComponent(inst, smoke), slot), passAddress(runTag, 1), false), runTag, false, (0,_slot_command_js__WEBPACK_IMPORTED_MODULE_3__/* .slotCommand */ .q)(inst, slot)),
    };
}
/**
 * The flow as a script against `target`. With `cookies`, every answer's Set-Cookie facts are appended to the file
 * named by $SF_COOKIES (the after-flip cookie check runs the flow twice and compares).
 */
function smokeScript(smoke, target, runTag, cookies, at) {
    const known = new Set(['run']);
    const steps = smoke.steps.map((s) => `if [ -z "$fail" ]; then\n${request(target, s, known, cookies)}\nfi`);
    // The cleanup runs whatever happened, each step as far as its own values exist; its failures are reported, not fatal.
    const cleanup = (smoke.cleanup ?? []).map((s) => {
        const needs = (0,_smoke_words_js__WEBPACK_IMPORTED_MODULE_2__/* .variablesIn */ .DF)(`${s.path}${s.bearer ?? ''}${JSON.stringify(s.body ?? {})}`).filter((n) => n !== 'run');
        const guard = needs.length ? `if ${needs.map((n) => `[ -n "\${sf_${n}:-}" ]`).join(' && ')}; then` : 'if :; then';
        return (`${guard}\nfail=''\n${request(target, s, known, false)}\n[ -z "$fail" ] || echo "smoke cleanup: ` +
            `$fail" >&2\nfi`);
    });
    return `body=$(mktemp); fail=''${cookies ? '; hdrs=$(mktemp)' : ''}
${JSON.stringify(smoke).includes('${run}') || smoke.cleanup_command
        ? `sf_run=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(runTag)}`
        : '# (no ' + 'step uses ${run})'}
${[...known]
        .filter((k) => k !== 'run')
        .map((k) => `sf_${k}=''`)
        .join('\n')}
# A top-level field of the JSON answer: a string's value, or a number.
sf_field() {
  grep -o "\\"$1\\" *: *\\(\\"[^\\"]*\\"\\|[0-9][0-9.]*\\)" "$body" | head -1 |
    sed 's/^"[^"]*" *: *//; s/^"//; s/"$//' || true
}
${steps.join('\n')}
result=$fail
${cleanup.join('\n')}
${smoke.cleanup_command && at ? (0,_slot_command_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanupCommand */ .A)(smoke.cleanup_command, at) : ''}
rm -f "$body"${cookies ? ' "$hdrs"' : ''}
[ -z "$result" ] || { echo "smoke: $result" >&2; exit 10; }
echo "smoke: ${smoke.steps.length} steps passed on ${target.label}"`;
}


/***/ }),

/***/ 23184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ dataDir),
/* harmony export */   g: () => (/* binding */ filesDirToCreate)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _config_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87788);


/**
 * Where the app keeps its files (Vikunja's files.basepath): the environment's setting, else the backups' files_dir,
 * else the instance's shared directory. The units may write there (ReadWritePaths), the deploy creates it for the
 * service user, and backups must archive this same directory (a rule holds backups.files_dir to it).
 */
function dataDir(instance, preset) {
    const key = preset?.config.data_dir;
    const set = key ? (0,_config_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .configEntries */ .ls)(instance.app.config, preset).find((e) => e.key === key)?.value : undefined;
    return typeof set === 'string' && set.startsWith('/')
        ? set
        : (instance.backups?.files_dir ?? `${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(instance.id).shared}/files`);
}
/**
 * The files directory a deploy creates for the service user: only when the preset names the setting or backups archive
 * one.
 */
function filesDirToCreate(instance, preset) {
    return preset?.config.data_dir || instance.backups?.files_dir ? dataDir(instance, preset) : undefined;
}


/***/ })

};
