export const id = 27;
export const ids = [27];
export const modules = {

/***/ 67111:
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
            log(`      ${e.result.code === 0 ? 'ok' : `FAILED (exit ${e.result.code})`} in ${(e.ms / 1000).toFixed(1)} s${e.result.code === 0 ? '' : `: ${mask(e.result.stderr.trim().split('\n').slice(-6).join('\n        '))}`}`);
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
            kind: 'write', path: `/etc/systemd/system/${name}.socket`, mode: '0644', secret: false,
            content: `# slotflip: ${instance} ${component} reaches the adopted app on 127.0.0.1:${port} through this socket until its first deploy.\n[Socket]\nListenStream=${bridgeSocket(instance, component)}\nSocketMode=0666\n\n[Install]\nWantedBy=sockets.target\n`,
        },
        {
            kind: 'write', path: `/etc/systemd/system/${name}.service`, mode: '0644', secret: false,
            content: `[Unit]\nDescription=slotflip: ${instance} ${component}, bridged to the adopted app on 127.0.0.1:${port}\nRequires=${name}.socket\nAfter=${name}.socket\n\n[Service]\nExecStart=/lib/systemd/systemd-socket-proxyd 127.0.0.1:${port}\nDynamicUser=yes\nPrivateTmp=yes\nNoNewPrivileges=yes\n`,
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
        return c.listen.type === 'unix' ? { socket: a.bridge ? a.bridge.socket : a.upstream.replace(/^unix:/, '') } : { server: a.upstream };
    }, 'slotflip\'s route to the app that runs now', reloadForTcp);
}
/** Stops and removes slotflip's bridges to an adopted app (the app's own units are not touched). */
function removeBridges(adopted) {
    const bridges = Object.values(adopted.components).flatMap((c) => (c.bridge ? [c.bridge.unit] : []));
    if (!bridges.length)
        return [];
    return [
        ...bridges.flatMap((b) => [`systemctl disable --now ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${b}.socket`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${b}.service`)} 2>/dev/null || true`, `rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`/etc/systemd/system/${b}.socket`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`/etc/systemd/system/${b}.service`)}`]),
        'systemctl daemon-reload',
    ];
}
/** The server names move from the adopted site to slotflip's in one `nginx -t` and reload; a refusal puts the old site back. */
function handOverSite(inst, from) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Zp)(inst.id);
    const [legacy, saved, site, link] = [from.path, from.savedAt, l.site, l.siteLink].map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD);
    const back = `rm -f ${link}; mv -f ${saved} ${legacy}; nginx -t -q && systemctl reload nginx`;
    return {
        ops: [{
                kind: 'sh', note: 'one reload: nginx never sees both sites at once',
                text: `install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(savedSitesDir)}\nmv -f ${legacy} ${saved}\nln -sfn ${site} ${link}\nif ! { nginx -t -q && systemctl reload nginx; }; then ${back}; echo "nginx refused slotflip's site for ${inst.id}; the previous site is back" >&2; exit 1; fi`,
            }],
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
    const kept = adopted.site ? `; its files and its nginx site (kept in ${savedSitesDir}) stay for a manual return` : '; its files stay for a manual return';
    lines.push(`echo "SLOTFLIP_EVENT the adopted app is stopped and disabled (${units.join(', ') || 'no unit found'})${kept}"`);
    return { kind: 'sh', note: 'retire the app slotflip adopted', text: lines.join('\n') };
}


/***/ }),

/***/ 65229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ dumpWithMarker),
/* harmony export */   Sp: () => (/* binding */ schemaThenAndNow),
/* harmony export */   nE: () => (/* binding */ restoreDump),
/* harmony export */   s4: () => (/* binding */ gunzipShell),
/* harmony export */   xT: () => (/* binding */ fingerprintAs),
/* harmony export */   y3: () => (/* binding */ compareWithMarker)
/* harmony export */ });
/* unused harmony exports gzipShell, UNSAFE_EXIT */
/* harmony import */ var _postgres_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59163);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);


// "Did the app write anything since the backup?", answered exactly and without knowing the app. At backup time every
// table's rows are fingerprinted over the columns it has then (a row count and a sum of row hashes), in
// the very snapshot the dump reads, so the marker is exactly what the dump holds. Later the same tables are
// fingerprinted over the same columns. An expand-only migration (new columns and tables, backfilled) leaves those
// columns alone, so slotflip's own migration does not count as a write, wherever it happens in time; the migration
// tool's bookkeeping tables (environment: migrations.bookkeeping_tables) are left out. A migration that rewrites old
// columns, drops them, or fills a new table makes the comparison report it: a restore is then never called safe.
// The marker file: `schema <head at the backup>`, `clean` (older markers may say `dirty`: taken around the dump
// rather than in its snapshot), then `table|columns|rows|hash` lines.
const conn = (l) => `PGPASSFILE=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.pgpass)} PGCONNECT_TIMEOUT=5 PGAPPNAME=slotflip`;
const target = (db) => `-h ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.host)} -p ${db.port} -U ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.user)} -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.name)} --no-password`;
/**
 * A table's fingerprint over some columns: its row count and the sum of a 64-bit hash of each row's text. A sum needs
 * no sort and counts duplicate rows: about 4x faster than hashing the sorted row hashes on a 600 MB table (bench/backup).
 */
const rowsHash = (cols) => `count(*), coalesce(sum(hashtextextended(ROW(${cols})::text, 0)::numeric), 0)`;
/** Shell: compress stdin to stdout at deflate level 6, on every core when pigz is there; and its reverse. */
const gzipShell = '{ if command -v pigz >/dev/null; then pigz -6; else gzip -6; fi; }';
const gunzipShell = '{ if command -v pigz >/dev/null; then pigz -dc; else gzip -dc; fi; }';
/** SQL that writes one query per table; each query prints `table|columns|rows|hash` over the columns it has now. */
const GENERATE = `SELECT format('SELECT %L, %L, ${rowsHash('%s')} FROM public.%I;', table_name, string_agg(column_name, ',' ORDER BY ordinal_position), string_agg(format('%I', column_name), ',' ORDER BY ordinal_position), table_name) FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name ORDER BY table_name`;
/** Shell: fingerprint every public table as it is now, as `table|columns|rows|hash` lines (a restore reads its new database as the admin). */
function fingerprintAs(connection, psqlTarget) {
    return `${connection} psql -At -v ON_ERROR_STOP=1 ${psqlTarget} -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(GENERATE)} | ${connection} psql -At -F'|' -v ON_ERROR_STOP=1 ${psqlTarget}`;
}
/**
 * Shell: `pg_dump -Fc` of the database into `out`, and `<markerFor>.marker` holding the fingerprint of every table
 * taken in the very snapshot the dump reads: one session exports a snapshot and holds it open while pg_dump and the
 * fingerprint both import it and run side by side. The marker then describes exactly what the dump holds, whatever
 * the app writes meanwhile (a restore can prove it is identical; a rollback sees any later write as a difference).
 */
function dumpWithMarker(l, db, markerFor, out, gzip = false) {
    const m = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${markerFor}.marker`);
    const psql = `${conn(l)} psql -v ON_ERROR_STOP=1 ${target(db)}`;
    const pgDump = `${conn(l)} pg_dump -Fc --snapshot="$snap" ${target(db)}`;
    // pg_dump compresses in its own single thread, and that is most of a dump's time (15.3 s against 3.4 s uncompressed
    // for 619 MB, measured in the lab). With `gzip` the dump is written uncompressed and compressed beside it by pigz on
    // every core: the same deflate at pg_dump's own default level (6). gzip when pigz is missing: the same bytes' format.
    const dump = gzip ? `(set -o pipefail; ${pgDump} -Z0 | ${gzipShell} > ${out}) & dump=$!` : `${pgDump} -f ${out} & dump=$!`;
    return `coproc SNAP { ${psql} -qAt 2>&1; }
echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();" >&"\${SNAP[1]}"
snap=''; read -r -t 30 snap <&"\${SNAP[0]}" || true
case "$snap" in *-*-*) ;; *) echo "could not export a database snapshot: $snap" >&2; exit 1 ;; esac
${dump}
marker=$({ echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '$snap';"; ${psql} -At -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(GENERATE)}; echo 'COMMIT;'; } | ${psql} -qAt -F'|') || { { pkill -P "$dump"; kill "$dump"; } 2>/dev/null || true; echo "fingerprinting the dump's snapshot failed" >&2; exit 1; }
wait "$dump" || { echo "pg_dump failed" >&2; exit 1; }
printf 'COMMIT;\n\\q\n' >&"\${SNAP[1]}"
{ echo "schema $(${(0,_postgres_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaHeadShell */ .eJ)(l, db)})"; echo clean; printf '%s\n' "$marker"; } > ${m}.partial && mv -f ${m}.partial ${m}`;
}
const UNSAFE_EXIT = 13;
/**
 * Before restoring the backup a deploy took: compare the database with the backup's marker. Prints what a restore
 * would discard (per table). `if-safe` exits UNSAFE_EXIT when anything was written since the backup (or cannot be
 * compared); `force` reports it and goes on.
 */
function compareWithMarker(l, db, dumpFile, mode, bookkeeping) {
    const m = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${dumpFile}.marker`);
    const skip = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(` ${bookkeeping.join(' ')} `);
    return {
        kind: 'sh',
        note: `compare the database with the backup's marker (${mode})`,
        text: `skip=${skip}; mode=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(mode)}
[ -s ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(dumpFile)} ] && [ -s ${m} ] || { echo "no backup with a marker at ${dumpFile}: the deploy of the live release took none" >&2; exit ${UNSAFE_EXIT}; }
clean=$(sed -n 2p ${m})
lost=0; report=''
while IFS='|' read -r table cols rows hash; do
  [ -n "$table" ] || continue
  case "$skip" in *" $table "*) continue ;; esac
  exists=$(${conn(l)} psql -At ${target(db)} -c "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '\${table//\\'/\\'\\'}' AND column_name = ANY(string_to_array('$cols', ','))")
  if [ "$exists" != "$(echo "$cols" | tr ',' '\\n' | wc -l)" ]; then report="$report\\n  $table: columns of the backup are gone (cannot compare)"; lost=1; continue; fi
  qcols=$(echo "$cols" | sed 's/[^,]*/"&"/g')
  now=$(${conn(l)} psql -At -F'|' ${target(db)} -c "SELECT ${rowsHash('$qcols')} FROM public.\\"$table\\"")
  if [ "$now" != "$rows|$hash" ]; then report="$report\\n  $table: $rows rows at the backup, \${now%%|*} now (rows written, changed or deleted since)"; lost=1; fi
done < <(tail -n +3 ${m})
# Tables the backup does not have (a migration created them): any row in them would be dropped by the restore.
# A name is read whole, one a line (it may hold spaces), and reaches SQL as a quoted identifier (it may hold capitals).
while IFS= read -r table; do
  [ -n "$table" ] || continue
  case "$skip" in *" $table "*) continue ;; esac
  cut -d'|' -f1 < <(tail -n +3 ${m}) | grep -qxF "$table" && continue
  n=$(${conn(l)} psql -At ${target(db)} -c "SELECT count(*) FROM public.\\"\${table//\\"/\\"\\"}\\"")
  [ "$n" = 0 ] || { report="$report\\n  $table: a table created since the backup, with $n rows"; lost=1; }
done < <(${conn(l)} psql -At ${target(db)} -c "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
[ "$clean" = clean ] || { report="$report\\n  (the app wrote while the backup ran)"; lost=1; }
if [ "$lost" = 1 ]; then
  if [ "$mode" = if-safe ]; then printf 'restoring the backup would discard writes made since it was taken:%b\\n' "$report" >&2; exit ${UNSAFE_EXIT}; fi
  printf '%b\\n' "$report" | sed '/^$/d; s/^ */SLOTFLIP_EVENT restoring the backup discards writes made since it was taken: /'
else
  echo "SLOTFLIP_EVENT nothing was written since the backup: restoring it loses nothing"
fi`,
    };
}
/** Restores the dump in one transaction: a failure leaves the database as it was. */
function restoreDump(l, db, dumpFile) {
    return {
        kind: 'sh',
        note: `restore ${dumpFile} in one transaction`,
        text: `(cd ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.backups)} && sha256sum --check --quiet ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${dumpFile}.sha256`)}) || { echo "backup ${dumpFile} does not match its sha256: refusing to restore it" >&2; exit 1; }
${conn(l)} PGOPTIONS='-c lock_timeout=30s' pg_restore --clean --if-exists --single-transaction --no-owner --exit-on-error ${target(db)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(dumpFile)}
echo "restored ${dumpFile}"`,
    };
}
/** Shell printing two lines: the schema head recorded in the backup's marker (empty if none), and the schema now. */
function schemaThenAndNow(l, db, dumpFile) {
    return `then=$(sed -n '1s/^schema //p' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${dumpFile}.marker`)} 2>/dev/null || true); echo "$then"; ${(0,_postgres_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaHeadShell */ .eJ)(l, db)}`;
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
    return routeTo(inst, (name, c) => (c.listen.type === 'unix' ? { socket: l.socket(name, slot) } : { server: `127.0.0.1:${slot === 'blue' ? c.listen.blue : c.listen.green}` }), `point nginx at the ${slot} slot`);
}
/**
 * Points each component's route at a target: a unix socket through the symlink nginx proxies to (renamed, no reload),
 * or a TCP server through the upstream include (read on reload only). `reloadTcp: false` when a reload follows anyway.
 */
function routeTo(inst, target, note, reloadTcp = true) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id);
    const lines = [`install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(l.socketDir)} /etc/nginx/slotflip`];
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
            lines.push(`printf 'server %s;\\n' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(t.server)} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${file}.tmp`)} && mv -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${file}.tmp`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(file)}`);
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
    const want = probe.expect_version ? `grep -qE ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)((0,_health_js__WEBPACK_IMPORTED_MODULE_0__/* .versionPattern */ .D8)(version, asReported || probe.expect_version))}` : `grep -q .`;
    return {
        kind: 'sh',
        note: `confirm through nginx that ${probe.path} reaches ${version}`,
        text: (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .retryUntil */ .v6)(`curl -s --max-time 2 ${target.curl} | ${want}`, 50, '0.1', `nginx does not route ${probe.path} to release ${version}`, '"confirmed through nginx after $i tries"'),
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
const portMoved = (h, httpPort) => `the adopted app holds port ${h.port} until the first deploy stops it, and nginx.http_port is now ${httpPort ?? 80}: deploy once with nginx.http_port: ${h.port} (nginx takes that port over), then change it`;
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
    return `table inet ${table}\ndelete table inet ${table}\ntable inet ${table} {\n  chain prerouting {\n    type nat hook prerouting priority dstnat; policy accept;\n    tcp dport ${h.port} tcp flags & (syn | ack) == syn redirect to :${h.via}\n  }\n}\n`;
};
/** Connections from outside for the app's port go to nginx on the spare port from here on (one atomic nft load). */
function startHandoff(instance, h) {
    return {
        kind: 'sh',
        note: `connections for port ${h.port} go to nginx on ${h.via} (nftables redirect; open connections stay with the app)`,
        text: `printf '%s %s\\n' ${h.port} ${h.via} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(handoffFile(instance))}\nnft -f - <<'SLOTFLIP_NFT'\n${ruleset(instance, h)}SLOTFLIP_NFT`,
    };
}
/** Before the handoff has started, or when the adoption is undone: no redirect, no record. */
function stopHandoff(instance) {
    return { kind: 'sh', text: `nft delete table inet ${handoffTable(instance)} 2>/dev/null || true\nrm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(handoffFile(instance))}` };
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
        ? 'echo "SLOTFLIP_EVENT port $port is not nginx\'s yet ($1): the redirect to $via keeps serving it; the next deploy finishes the handoff"; exit 0'
        : 'echo "port $port is not nginx\'s yet ($1); the redirect to $via keeps serving it" >&2; exit 1';
    return {
        kind: 'sh',
        note: 'nginx takes over the port the adopted app held (only while a handoff is pending)',
        text: `if [ -f ${file} ]; then
read -r port via < ${file}
if ! grep -q "^[[:space:]]*listen $port;$" ${path}; then
sf_handoff_fail() { if [ -e ${before} ]; then mv -f ${before} ${path}; { nginx -t -q && systemctl reload nginx; } || true; fi; ${give}; }
sf_port_holders() { ss -tlpnH "sport = :$port" | grep -v '"nginx"' || true; }
i=0; while [ -n "$(sf_port_holders)" ]; do i=$((i + 1)); [ $i -lt 100 ] || sf_handoff_fail "another process still listens on it: $(sf_port_holders | head -1)"; sleep 0.1; done
cp -p ${path} ${before}
sed -i "s/^\\([[:space:]]*\\)listen $via;$/\\1listen $port;\\n\\1listen $via;/" ${path}
{ nginx -t -q && systemctl reload nginx; } || sf_handoff_fail "nginx refused the site that listens on it"
i=0; until ss -tlpnH "sport = :$port" | grep -q '"nginx"'; do i=$((i + 1)); [ $i -lt 50 ] || sf_handoff_fail "nginx does not listen on it after its reload"; sleep 0.1; done
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
echo "SLOTFLIP_EVENT $left connections redirected to $via before are still open (long requests or websockets): the redirect's empty table stays for them, and the next deploy removes it"
fi
fi`,
    };
}


/***/ }),

/***/ 62703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ sessionGone),
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   JP: () => (/* binding */ STALE_EXIT),
/* harmony export */   Vb: () => (/* binding */ LEASE_SECONDS),
/* harmony export */   Y3: () => (/* binding */ LOCKED_EXIT),
/* harmony export */   m: () => (/* binding */ HEARTBEAT_MS),
/* harmony export */   nM: () => (/* binding */ refreshLock),
/* harmony export */   x_: () => (/* binding */ releaseLock)
/* harmony export */ });
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

// A lease lock on the host: `mkdir` is atomic, so two runs can never both take it (the seed's check-then-write lock
// could). The owner file says who, since when and until when. The lease is short and a live engine renews it (each
// step and a heartbeat), so a run killed with SIGKILL holds the lock for at most LEASE_SECONDS plus whatever its last
// step still does on the host: an expired lease is taken over only once no step shell of that run is alive (or the
// step is past its own time limit, when it is stopped first), and the takeover is reported.
const LOCKED_EXIT = 75;
/** The host changed between reading its state and taking the lock (another run finished meanwhile): plan again. */
const STALE_EXIT = 76;
const LEASE_SECONDS = 30;
const HEARTBEAT_MS = 10_000;
/**
 * The session that holds the lock: the SSH runner a step runs in (transport/ssh-runner.ts exports its pid as
 * SLOTFLIP_RUNNER), with its start time so a reused pid is not mistaken for it. The runner lives exactly as long as
 * the run's connection and its current step: when both are gone, the lock is free at once, without waiting out the
 * lease. A script run outside a runner (the heartbeat over its own channel, a container reached with pct) keeps what
 * the owner file says; with no session at all, the lease alone decides.
 */
function sessionOf(L) {
    return `if [ -n "\${SLOTFLIP_RUNNER:-}" ]; then sf_session="$SLOTFLIP_RUNNER:$(cut -d' ' -f22 "/proc/$SLOTFLIP_RUNNER/stat" 2>/dev/null)"; else sf_session=$(sed -n 's/.*"session":"\\([0-9]*:[0-9]*\\)".*/\\1/p' ${L}/owner 2>/dev/null || true); fi`;
}
/**
 * Sets `gone=1` when the lock's owner recorded a session and that process no longer runs (its pid is free, or taken
 * by a process started at another time). Shared with the probe (host/probe.ts), which reports it.
 */
function sessionGone(quotedLock) {
    return `gone=''; s=$(sed -n 's/.*"session":"\\([0-9]*\\):\\([0-9]*\\)".*/\\1 \\2/p' ${quotedLock}/owner 2>/dev/null || true); if [ -n "$s" ]; then read -r spid sstart <<< "$s"; [ "$(cut -d' ' -f22 "/proc/$spid/stat" 2>/dev/null)" = "$sstart" ] || gone=1; fi`;
}
function ownerJson(o) {
    return `printf '{"run":%s,"owner":%s,"started":%s,"expires":%s,"session":"%s"}\\n' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(JSON.stringify(o.run))} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(JSON.stringify(o.owner))} "$now" "$((now + ${o.leaseSeconds}))" "\${sf_session:-}"`;
}
/** Succeeds when a step shell of `$holder_run` is still alive within its time limit; stops one that outlived it. */
function holderBusy(root) {
    return `sf_holder_busy() {
  local f p deadline busy=1
  for f in ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(root)}/.pid-"$1"-*; do
    [ -e "$f" ] || continue
    read -r p deadline < "$f" || continue
    kill -0 "$p" 2>/dev/null || continue
    if [ "\${deadline:-0}" -gt "$now" ]; then busy=0; else pkill -TERM -P "$p" 2>/dev/null; kill -TERM "$p" 2>/dev/null; busy=0; fi
  done
  return $busy
}`;
}
/**
 * Takes the lock. `fingerprint`, when given, is a shell command printing the host state's fingerprint and `expect`
 * the value the plan was built from: if they differ, the lock is given back and the step exits STALE_EXIT.
 */
function acquireLock(p, o, guard) {
    const L = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(p.lock);
    return {
        kind: 'sh',
        note: `take the lease lock (${o.leaseSeconds} s lease, renewed while the run lives)`,
        text: `now=$(date +%s)
${sessionOf(L)}
${holderBusy(p.root)}
if ! mkdir ${L} 2>/dev/null; then
  # Takeovers are serialized by a second mkdir: without it, a run that read the expired owner could move away the
  # lock another run had just taken over, and both would hold it. A takeover lasts milliseconds, so a mutex older
  # than 10 s was left by a shell killed in the middle of one. A run waits for a takeover in progress, then looks again.
  T=${L}.takeover
  [ $((now - $(stat -c %Y "$T" 2>/dev/null || echo "$now"))) -gt 10 ] && rmdir "$T" 2>/dev/null
  took='' got=''
  for _ in $(seq 30); do mkdir "$T" 2>/dev/null && got=1 && break; sleep 0.1; done
  if [ -n "$got" ]; then
    expires=$(sed -n 's/.*"expires":\\([0-9]*\\).*/\\1/p' ${L}/owner 2>/dev/null || true)
    holder=$(cat ${L}/owner 2>/dev/null || echo '{}')
    holder_run=$(sed -n 's/^{"run":"\\([^"]*\\)".*/\\1/p' ${L}/owner 2>/dev/null || true)
    # The holder's session (its SSH runner) is gone: its connection closed and no step of it runs there any more.
    ${sessionGone(L)}
    if { [ -n "$gone" ] || { [ -n "$expires" ] && [ "$expires" -lt "$now" ]; }; } && ! sf_holder_busy "$holder_run" && mv ${L} ${L}.expired-$$ 2>/dev/null; then
      mkdir ${L} 2>/dev/null && took=1
      rm -rf ${L}.expired-$$
    fi
    [ -n "$took" ] && ${ownerJson(o)} > ${L}/owner
    rmdir "$T"
  fi
  if [ -n "$took" ]; then
    if [ -n "$gone" ]; then echo "SLOTFLIP_EVENT took over the lock of a run whose connection had closed: $holder"; else echo "SLOTFLIP_EVENT took over an expired lock: $holder"; fi
  else
    # The holder's owner file is written just after its mkdir: wait a moment so the message names who holds it now.
    for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s ${L}/owner ] && break; sleep 0.1; done
    echo "locked by $(cat ${L}/owner 2>/dev/null || echo '{}')" >&2
    exit ${LOCKED_EXIT}
  fi
fi
${ownerJson(o)} > ${L}/owner${guard
            ? `
if [ "$(${guard.fingerprint})" != ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(guard.expect)} ]; then
  rm -rf ${L}
  echo "the host changed since this run read its state (another run finished meanwhile)" >&2
  exit ${STALE_EXIT}
fi`
            : ''}`,
    };
}
/** Renews our lease (every step, and the engine's heartbeat). A run that lost its lock stops at once. */
function refreshLock(lock, o) {
    const L = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(lock);
    return `if grep -qF ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`"run":${JSON.stringify(o.run)}`)} ${L}/owner 2>/dev/null; then now=$(date +%s); ${sessionOf(L)}; ${ownerJson(o)} > ${L}/owner.tmp.$$ && mv -f ${L}/owner.tmp.$$ ${L}/owner
elif [ -d ${L} ]; then echo "this run lost its lock to $(cat ${L}/owner 2>/dev/null)" >&2; exit ${LOCKED_EXIT}; fi`;
}
function releaseLock(lock, run) {
    const L = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(lock);
    return { kind: 'sh', note: 'release the lock if it is ours', text: `if grep -qF ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`"run":${JSON.stringify(run)}`)} ${L}/owner 2>/dev/null; then rm -rf ${L}; fi` };
}


/***/ }),

/***/ 62357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ maintenanceOff),
/* harmony export */   v: () => (/* binding */ maintenanceOn)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50418);

// The maintenance page: nginx answers 503 with Retry-After on every route while this flag file exists (checked per
// request, no reload). One place builds the ops, so every plan turns it on and off the same way.
const maintenanceOn = (instance) => ({ kind: 'run', argv: ['touch', (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).maintenanceFlag], note: 'maintenance page on (503 + Retry-After)' });
const maintenanceOff = (instance) => ({ kind: 'run', argv: ['rm', '-f', (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).maintenanceFlag], note: 'maintenance page off' });


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
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97840);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32562);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61250);




// Defaults from the seed's alerting rules (warning level: error rate above 5%, API response time above 500 ms);
// after a flip we act on a warning, since flipping back costs users nothing.
const OBSERVE = { errorRatePercent: 5, p95LatencyMs: 500, minRequests: 20, healthFailures: 3, healthFlaps: 3 };
/** The User-Agent of every request slotflip itself sends through nginx after a flip: left out of what users saw. */
const OWN_AGENT = 'slotflip-watch';
function observeThresholds(inst) {
    return {
        errorRatePercent: inst.windows?.max_error_rate ?? OBSERVE.errorRatePercent,
        p95LatencyMs: Math.round((0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .Y)(inst.windows?.max_p95_latency, OBSERVE.p95LatencyMs / 1000) * 1000),
    };
}
const observeSeconds = (inst) => Math.ceil((0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .Y)(inst.windows?.observe, 30));
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
    if [ "$code" = ${health?.expect_status ?? 200} ]; then fails=0; else fails=$((fails + 1)); failed=$((failed + 1)); fi
    if [ "$fails" -ge ${OBSERVE.healthFailures} ]; then reason="observe: health through nginx failed $fails times in a row (last: $code)"; return 1; fi
    if [ "$failed" -ge ${OBSERVE.healthFlaps} ]; then reason="observe: health through nginx is flapping: $failed of $probes probes failed since the flip (last: $code)"; return 1; fi
    read -r total errors p95 < <(tail -c +$((from + 1)) ${log} 2>/dev/null | awk '$9 != 101 && !/"${OWN_AGENT}/ { print ($9 ~ /^5/ ? 1 : 0), $NF }' | sort -k2 -g | awk '{ n++; e += $1; t[n] = $2 } END { i = int(n * 0.95 + 0.999); printf "%d %d %d\\n", n, e, (n ? t[i] * 1000 : 0) }')
    if [ "$total" -ge ${OBSERVE.minRequests} ] && [ $((errors * 1000)) -gt $((total * ${Math.round(errorRatePercent * 10)})) ]; then
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
        note: `observe ${observeSeconds(inst)} s: health through nginx, 5xx rate <= ${errorRatePercent}%, p95 <= ${p95LatencyMs} ms`,
        text: `${fn}\nreason=''; sf_observe || { echo "$reason" >&2; exit 11; }`,
    };
}


/***/ }),

/***/ 59163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _h: () => (/* binding */ backupDatabase),
/* harmony export */   bC: () => (/* binding */ migrateDatabase),
/* harmony export */   eJ: () => (/* binding */ schemaHeadShell)
/* harmony export */ });
/* unused harmony exports SCHEMA_LINES_SQL, schemaLinesShell, schemaDeltaShell */
/* harmony import */ var _db_marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65229);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);


// Credentials come from a 0600 pgpass file (PGPASSFILE), never from an argv or PGPASSWORD on a command line.
const conn = (l) => `PGPASSFILE=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.pgpass)} PGCONNECT_TIMEOUT=5`;
const target = (db) => `-h ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.host)} -p ${db.port} -U ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.user)} -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.name)} --no-password`;
/**
 * A fingerprint of the columns (tables, columns, types), kept in every backup's marker: a later rollback compares it
 * with the live schema to tell whether a migration ran since. Markers already on hosts hold this form, so it stays.
 */
function schemaHeadShell(l, db) {
    const sql = "SELECT md5(coalesce(string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY table_name, column_name), '')) FROM information_schema.columns WHERE table_schema = 'public'";
    return `${conn(l)} psql -At ${target(db)} -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(sql)}`;
}
/**
 * One line per column, index and constraint of the public schema. Columns alone cannot see a migration that drops a
 * unique index (Vikunja 2.4.0 does that to users, tasks and sessions; 2.5.0 restores them), so indexes and
 * constraints are part of what a migration is said to have changed.
 */
const SCHEMA_LINES_SQL = `SELECT l FROM (
 SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type AS l FROM information_schema.columns WHERE table_schema = 'public'
 UNION ALL SELECT 'index ' || tablename || '.' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
 UNION ALL SELECT 'constraint ' || c.conrelid::regclass::text || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.conrelid <> 0
) s ORDER BY l`;
/** Prints the schema's lines (SCHEMA_LINES_SQL), sorted, one per line. */
function schemaLinesShell(l, db) {
    return `${conn(l)} psql -At ${target(db)} -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(SCHEMA_LINES_SQL.replace(/\n/g, ' '))}`;
}
/**
 * What a migration changed, as events: the fingerprint of the schema before and after (md5 of its lines) and the
 * indexes and constraints it added or removed, named (a removed unique index is how duplicates get in).
 */
function schemaDeltaShell(dir) {
    const names = (side) => `<(grep "^$kind " ${dir}/${side} | cut -d' ' -f2 | sort -u)`;
    // A first migration creates everything: counted, not listed. Otherwise named, at most 20 of each.
    const list = (side) => `$(printf '%s\\n' "$${side}" | awk 'NR <= 20 { printf "%s%s", (NR > 1 ? " " : ""), $0 } END { if (NR > 20) printf " and %d more", NR - 20 }')`;
    return `if [ ! -s ${dir}/before ]; then
  echo "SLOTFLIP_EVENT schema: created $(grep -c '^column ' ${dir}/after || true) columns, $(grep -c '^index ' ${dir}/after || true) indexes, $(grep -c '^constraint ' ${dir}/after || true) constraints"
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
    const f = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(file);
    return {
        kind: 'sh',
        note: 'back up the database before anything migrates it',
        // In a subshell with its own EXIT trap (the step's trap journals its end): a failure by `exit` (which an ERR trap
        // misses) or a full disk leaves no partial dump, marker or checksum behind.
        text: `install -d -m 0700 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.backups)}
(
trap 'rc=$?; [ "$rc" -eq 0 ] || rm -f ${f}.partial ${f}.marker.partial ${f}.marker ${f}.sha256' EXIT
${(0,_db_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .dumpWithMarker */ .HP)(l, db, file, `${f}.partial`)}
pg_restore --list ${f}.partial > /dev/null
sha=$(sha256sum ${f}.partial | cut -d' ' -f1)
echo "$sha  $(basename ${f})" > ${f}.sha256
mv -f ${f}.partial ${f}
echo "SLOTFLIP_RESULT backup {\\"file\\":\\"${file}\\",\\"sha256\\":\\"$sha\\",\\"bytes\\":$(stat -c %s ${f})}"
)`,
    };
}
/** Runs the app's migration as the service user with the slot's environment, in a transient unit with a time limit. */
function migrateDatabase(l, db, opts) {
    const props = [`User=${opts.user}`, `Group=${opts.user}`, `WorkingDirectory=${opts.releaseDir}`, `EnvironmentFile=${l.appEnv}`, `EnvironmentFile=${opts.slotEnv}`, `RuntimeMaxSec=${opts.timeoutSeconds}`];
    return {
        kind: 'sh',
        note: `migrate with the new release (time limit ${opts.timeoutSeconds} s); the schema (columns, indexes, constraints) compared before and after`,
        // In a subshell with its own EXIT trap (the step's trap journals its end), so the schema listings never outlive it.
        text: `(
schema=$(mktemp -d)
trap 'rm -rf "$schema"' EXIT
${schemaLinesShell(l, db)} > "$schema/before"
set +e
systemd-run --wait --pipe --quiet --collect ${props.map((p) => `-p ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(p)}`).join(' ')} /bin/bash -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`exec ${opts.command}`)}
rc=$?
set -e
${schemaLinesShell(l, db)} > "$schema/after"
before=$(md5sum < "$schema/before" | cut -d' ' -f1)
after=$(md5sum < "$schema/after" | cut -d' ' -f1)
${schemaDeltaShell('"$schema"')}
echo "SLOTFLIP_RESULT migrate {\\"before\\":\\"$before\\",\\"after\\":\\"$after\\",\\"code\\":$rc}"
[ "$rc" -eq 0 ] || { echo "migration failed (exit $rc); schema $( [ "$before" = "$after" ] && echo unchanged || echo CHANGED )" >&2; exit 1; }
)`,
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
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32562);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50418);
/* harmony import */ var _observe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85106);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61250);
/* harmony import */ var _watch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48949);





/** Requests per second of the prober (0: none). */
const receiptRate = (inst) => inst.windows?.receipt_rate ?? 4;
/**
 * Bash: `sf_prober` (run in the background) sends one request at a time to the version route through nginx until
 * `$W/stop-probe` exists, one line per request in `$W/probe.log`: start, status, seconds, whether the new release
 * answered. `sf_receipt` stops it and prints the receipt as one line of JSON, from where the flip step marked its start
 * (`$W/offset`, the access log's size, and `$W/flipped`, the time: host/watch.ts markReceiptStart).
 */
function receiptFunctions(inst, version) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Zp)(inst.id);
    const probe = (0,_health_js__WEBPACK_IMPORTED_MODULE_0__/* .versionProbe */ .db)(inst);
    const target = probe?.path ? (0,_health_js__WEBPACK_IMPORTED_MODULE_0__/* .throughNginx */ .gE)(inst, probe.path) : undefined;
    const rate = receiptRate(inst);
    const isNew = probe?.expect_version ? `grep -qE ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)((0,_health_js__WEBPACK_IMPORTED_MODULE_0__/* .versionPattern */ .D8)(version, probe.expect_version))}` : 'grep -q .';
    const log = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(l.accessLog);
    const prober = target && rate > 0
        ? `sf_prober() {
  local s out last body new
  while [ ! -e "$W/stop-probe" ]; do
    s=$(date +%s.%3N)
    out=$(curl -s --max-time 2 -A ${_observe_js__WEBPACK_IMPORTED_MODULE_1__/* .OWN_AGENT */ .V_} -w '\\n%{http_code} %{time_total}' ${target.curl} 2>/dev/null) || true
    last=\${out##*$'\\n'}; body=\${out%$'\\n'*}
    new=0; ${isNew} <<< "$body" && new=1
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
  tail -c +$((offset + 1)) ${log} 2>/dev/null | awk '$9 != 101 && !/"${_observe_js__WEBPACK_IMPORTED_MODULE_1__/* .OWN_AGENT */ .V_}/ { print $9, $(NF-1), $NF }' > "$W/requests"
  read -r n failed non2xx first last < <(awk '{ n++; if ($1 ~ /^5/) f++; if ($1 !~ /^2/) o++; if (!a || $2 < a) a = $2; if ($2 > b) b = $2 } END { printf "%d %d %d %.3f %.3f\\n", n, f, o, a, b }' "$W/requests")
  read -r p50 p95 p99 < <(sort -k3 -g "$W/requests" | awk '{ t[++n] = $3 } END { printf "%d %d %d\\n", t[int(n * 0.50 + 0.999)] * 1000, t[int(n * 0.95 + 0.999)] * 1000, t[int(n * 0.99 + 0.999)] * 1000 }')
  read -r probes pfailed firstnew < <(awk -v f="$flip" '$1 >= f { n++; if ($2 !~ /^2/) x++; if (fn == "" && $1 >= f && $4 == 1) fn = int(($1 + $3 - f) * 1000) } END { printf "%d %d %s\\n", n, x, (fn == "" ? -1 : fn) }' "$W/probe.log" 2>/dev/null || echo '0 0 -1')
  printf '{"requests":%d,"failed":%d,"non2xx":%d,"p50Ms":%d,"p95Ms":%d,"p99Ms":%d,"from":%s,"to":%s,"flipAt":%s,"probes":%d,"probeFailed":%d,"firstNewMs":%d}\\n' \\
    "$n" "$((failed + pfailed))" "$non2xx" "$p50" "$p95" "$p99" "$first" "$last" "$flip" "$probes" "$pfailed" "$firstnew"
}`;
}
/** One line for a person: what users saw across the flip. */
function describeReceipt(r) {
    const first = r.firstNewMs >= 0 ? `, the new release answered ${r.firstNewMs} ms after the flip` : '';
    return `${r.requests} requests through nginx across the flip, ${r.failed} failed, ${r.non2xx} not 2xx; p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms${first} (${r.probes} probes by the host)`;
}
function parseReceipt(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const r = value;
    return typeof r.requests === 'number' && typeof r.failed === 'number' ? r : undefined;
}
/** Where a rollback's receipt is measured: the run's folder beside the watches' (host/watch.ts). */
const probeDir = (instance, run) => (0,_watch_js__WEBPACK_IMPORTED_MODULE_4__/* .watchPaths */ .I3)(instance, run).dir;
/**
 * A rollback's receipt (a rollback goes back to a release that served before, so it has no window to flip back
 * from): the prober starts in the background with the lock step, the flip marks the receipt's start, and after a
 * short watch the last step stops the prober and prints the receipt.
 */
function startRollbackProbe(inst, run, version) {
    const dir = probeDir(inst.id, run);
    const script = `#!/bin/bash\nset -u\nW=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(dir)}\n${receiptFunctions(inst, version)}\nsf_prober\n`;
    return [
        { kind: 'write', path: `${dir}/probe.sh`, content: script, mode: '0700', secret: false },
        { kind: 'sh', note: "the receipt's prober, in the background (it stops when the last step says so)", text: `setsid bash ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(`${dir}/probe.sh`)} < /dev/null > /dev/null 2>&1 &\necho $! > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(`${dir}/probe.pid`)}` },
    ];
}
/** Waits `seconds` after the flip, stops the prober and prints the receipt; never fails (the rollback is done). */
function finishRollbackReceipt(inst, run, version, seconds) {
    const dir = probeDir(inst.id, run);
    return {
        kind: 'sh',
        note: `the receipt: ${seconds} s after the flip, what users saw across it`,
        text: `{
W=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(dir)}; offset=0
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

/***/ 50322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zm: () => (/* binding */ compileOp),
/* harmony export */   eX: () => (/* binding */ stepPidFile),
/* harmony export */   qg: () => (/* binding */ compileStep)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _host_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62703);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61250);



/** Where a running step's shell records its pid: one file per run and step, so a cancel never hits another step. */
const stepPidFile = (ctx, step) => `${ctx.root}/.pid-${ctx.run}-${step.id}`;
function compileStep(step, ctx, ops = step.ops, event = 'step') {
    const lines = [
        'set -euo pipefail',
        `install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(ctx.root)}`,
        `sf_journal() { printf '{"run":"%s","${event}":"%s","event":"%s","at":%s%s}\\n' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(ctx.run)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(step.id)} "$1" "$(date +%s.%3N)" "\${2:-}" >> ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(ctx.journal)}; }`,
        'sf_journal start',
        // Renew the lease (the engine's heartbeat renews it during long steps); a run that lost its lock stops here.
        // A step the host acts on by itself (the follow of its watch) leaves the lock to the watch, which releases it.
        ...(step.id === 'lock' || step.hostUndoes ? [] : [(0,_host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .refreshLock */ .nM)(ctx.lock, { run: ctx.run, owner: ctx.owner, leaseSeconds: _host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .LEASE_SECONDS */ .Vb })]),
        // "pid deadline": the engine cancels a running step by signalling this shell (engine/run.ts), and a later run
        // taking over this run's expired lease waits for it, or stops it once past its time limit (host/lock.ts).
        `echo "$$ $(( $(date +%s) + ${Math.ceil(step.timeoutMs / 1000)} ))" > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(stepPidFile(ctx, step))}`,
        `sf_exit() { local rc=$?; rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(stepPidFile(ctx, step))}; sf_journal end ",\\"code\\":$rc"; }`,
        'trap sf_exit EXIT',
        // Cancelled: record 143 explicitly (after a signal, $? in the EXIT trap says nothing useful).
        `trap 'trap - EXIT; rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(stepPidFile(ctx, step))}; sf_journal end ",\\"code\\":143"; exit 143' TERM`,
    ];
    for (const op of ops)
        lines.push(compileOp(op));
    return `${lines.join('\n')}\n`;
}
function compileOp(op) {
    switch (op.kind) {
        case 'run':
            return (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .commandLine */ .ay)(op.argv);
        case 'sh':
            return op.text;
        case 'write': {
            const write = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileScript */ .Re)(op.path, op.content, op.mode, op.owner);
            if (!op.onChange)
                return write;
            // Rewrite (and reload whatever reads it) only when the content differs: an nginx reload drops keep-alive clients.
            // A reload that fails (`nginx -t` refusing the new file, or another file beside it) puts the previous file back:
            // left in place, the new file would match on the next run, which would then never reload it.
            const sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(op.content).digest('hex');
            const path = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(op.path);
            const prev = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${op.path}.slotflip-prev`);
            return [
                `if [ "$(sha256sum < ${path} 2>/dev/null | cut -d' ' -f1)" != ${sha} ]; then`,
                `rm -f ${prev}; [ ! -e ${path} ] || cp -p ${path} ${prev}`,
                write,
                `if ! { ${op.onChange}
}; then`,
                `  if [ -e ${prev} ]; then mv -f ${prev} ${path}; else rm -f ${path}; fi`,
                `  echo ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${op.path}: its reload failed (output above); the previous file is back in place`)} >&2; exit 1`,
                'fi',
                `rm -f ${prev}`,
                'fi',
            ].join('\n');
        }
        case 'upload':
            // The executor streams the bytes to the path before the step's script runs (engine/uploads.ts): here they are
            // only checked, and refused whole when they differ.
            return `echo ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${op.sha256}  ${op.path}`)} | sha256sum --check --quiet - || { echo "upload of ${op.path} is corrupt (sha256 mismatch)" >&2; rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(op.path)}; exit 65; }`;
    }
}


/***/ }),

/***/ 89124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hc: () => (/* binding */ afterFlipWindows),
  Vd: () => (/* binding */ buildDeployPlan),
  G$: () => (/* binding */ siteOps),
  d_: () => (/* binding */ writeRendered)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/host/flip.ts
var host_flip = __webpack_require__(17747);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
// EXTERNAL MODULE: ./src/host/health.ts
var health = __webpack_require__(32562);
// EXTERNAL MODULE: ./src/host/adopt.ts
var adopt = __webpack_require__(63292);
// EXTERNAL MODULE: ./src/host/handoff.ts
var host_handoff = __webpack_require__(55536);
// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/host/maintenance.ts
var maintenance = __webpack_require__(62357);
// EXTERNAL MODULE: ./src/host/lock.ts
var host_lock = __webpack_require__(62703);
// EXTERNAL MODULE: ./src/host/observe.ts
var host_observe = __webpack_require__(85106);
// EXTERNAL MODULE: ./src/host/watch.ts
var watch = __webpack_require__(48949);
// EXTERNAL MODULE: ./src/host/receipt.ts
var receipt = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/plan/compile.ts
var compile = __webpack_require__(50322);
;// CONCATENATED MODULE: ./src/plan/watch-script.ts






/** Stands for the watch's reason in the failure record's files, replaced on the host (JSON-safe by then). */
const REASON_TOKEN = '@@SLOTFLIP_REASON@@';
/** A write whose content holds REASON_TOKEN, as bash that puts `$SF_REASON` in its place. */
function withReason(op) {
    if (op.kind !== 'write' || !op.content.includes(REASON_TOKEN))
        return op;
    const b64 = Buffer.from(op.content).toString('base64').match(/.{1,76}/g).join('\n');
    return {
        kind: 'sh',
        note: op.path,
        text: `sf_content=$(base64 -d <<'SLOTFLIP_EOF'
${b64}
SLOTFLIP_EOF
)
sf_content=\${sf_content//${REASON_TOKEN}/"$SF_REASON"}
tmp=$(mktemp ${(0,quote/* quote */.hD)(`${op.path}.XXXXXX`)}); printf '%s\\n' "$sf_content" > "$tmp"; chmod ${(0,quote/* quote */.hD)(op.mode)} "$tmp"; mv -f "$tmp" ${(0,quote/* quote */.hD)(op.path)}`,
    };
}
/**
 * The watch's script: probes from before the flip, waits for the flip step to finish, observes, and then either runs
 * the plan's tail (the deploy completes on the host) or undoes the flip as the engine would and records it with the
 * hold. Each step it runs is compiled exactly as the engine compiles it, so the journal reads the same either way.
 */
function watchScript(s) {
    const w = (0,watch/* watchPaths */.I3)(s.inst.id, s.run);
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
  printf '{"run":%s,"release":%s,"slot":%s,"since":%s,"until":%s,"state":"%s","reason":"%s"%s}\\n' ${json(s.run)} ${json(s.release.id)} ${json(s.slot)} "$since" "$until" "$1" "$why" "\${receipt:+,\\"receipt\\":$receipt}" > ${(0,quote/* quote */.hD)(`${w.status}.tmp`)} && mv -f ${(0,quote/* quote */.hD)(`${w.status}.tmp`)} ${(0,quote/* quote */.hD)(w.status)}
}
${observe}
${(0,receipt/* receiptFunctions */.QX)(s.inst, s.release.version)}
sf_fail() {
  trap '' TERM # a flip back that has begun is never cut short
  phase=failing
  echo "watch: $reason: the host flips back"
  [ -n "$receipt" ] || { receipt=$(sf_receipt); echo "$receipt" > ${(0,quote/* quote */.hD)(w.receipt)}; }
  for f in ${undo.join(' ')}; do bash "$f" || echo "watch: an undo step failed ($f)"; done
  SF_REASON=$(printf '%s' "observe failed: $reason" | tr -d '"\\\\' | tr -c '[:print:]' ' ') bash ${record} || echo "watch: recording the flip back failed"
  sf_status flipped-back
  echo "flipped-back observe failed: $reason" > ${(0,quote/* quote */.hD)(w.result)}
  bash ${unlock}
  exit 0
}
trap 'if [ -e "$W/abort" ]; then echo "watch: ended by the run (it undoes the flip itself)"; touch "$W/stop-probe"; exit 0; fi
if [ "$phase" = observing ]; then reason="the watch was stopped before its window passed"; sf_fail; fi
echo "watch: stopped while $phase"; exit 143' TERM
sf_prober & prober_pid=$!
sf_status waiting
for _ in $(seq ${Math.ceil(s.waitSeconds * 10)}); do [ -e "$W/go" ] || [ -e "$W/abort" ] && break; sleep 0.1; done
if [ ! -e "$W/go" ]; then touch "$W/stop-probe"; echo "watch: the flip step did not finish; nothing to watch"; exit 0; fi
phase=observing since=$(date +%s) until=$(( $(date +%s) + ${window} ))
sf_status observing
echo "watch: observing the ${s.slot} slot for ${window} s"
sf_observe || sf_fail
receipt=$(sf_receipt); echo "$receipt" > ${(0,quote/* quote */.hD)(w.receipt)}
failed=$(printf '%s' "$receipt" | sed -n 's/.*"failed":\\([0-9]*\\).*/\\1/p')
if [ "\${failed:-0}" -gt 0 ]; then reason="receipt: $failed requests failed across the flip"; sf_fail; fi
phase=finishing
echo "watch: the window passed; the host finishes the deploy"
${tail.map((t) => `echo ${(0,quote/* quote */.hD)(`SLOTFLIP_EVENT the host: ${t.title}`)}
bash ${t.path} || { reason=${(0,quote/* quote */.hD)(`${t.id} failed on the host`)}; sf_fail; }`).join('\n')}
sf_status passed
echo ok > ${(0,quote/* quote */.hD)(w.result)}
bash ${unlock}
`;
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
        ...(format === 'zip' ? ['command -v unzip >/dev/null || problems+=("unzip: not installed, and the release is a zip archive (slotflip provision installs it)")'] : []),
        ...(inst.app.release.source === 'url' ? ['command -v curl >/dev/null || problems+=("curl: not installed, and the host downloads the release (slotflip provision installs it)")'] : []),
    ];
    const db = inst.database;
    if (db) {
        const psql = `PGPASSFILE=${(0,quote/* quote */.hD)(l.pgpass)} PGCONNECT_TIMEOUT=5 psql -At -h ${(0,quote/* quote */.hD)(db.host)} -p ${db.port} -U ${(0,quote/* quote */.hD)(db.user)} -d ${(0,quote/* quote */.hD)(db.name)} --no-password`;
        lines.push(`dbsize=$(${psql} -c 'SELECT pg_database_size(current_database())') || { echo "preflight: cannot reach PostgreSQL at ${db.host}:${db.port} as ${db.user}" >&2; exit 4; }`, 'need=$(( need + dbsize * 12 / 10 ))', `server=$(${psql} -c 'SHOW server_version_num')`, `dump=$(pg_dump --version | grep -oE '[0-9]+(\\.[0-9]+)?' | head -1)`, `[ "\${dump%%.*}" -ge "$(( server / 10000 ))" ] || problems+=("pg_dump $dump is older than the server ($(( server / 10000 ))): install postgresql-client-$(( server / 10000 )) on the target")`, `read -r max reserved used < <(${psql} -F ' ' -c "SELECT current_setting('max_connections'), current_setting('superuser_reserved_connections'), (SELECT count(*) FROM pg_stat_activity WHERE usename IS DISTINCT FROM current_user)")`, `want=$(( 2 * ${db.pool ?? 10} + 2 ))`, `room=$(( max - reserved - ${CONNECTION_RESERVE} - used ))`, `[ "$want" -le "$room" ] || problems+=("database connections: both slots' pools and the backup and migration need $want, but max_connections $max leaves $room (other users hold $used, $reserved + ${CONNECTION_RESERVE} reserved): lower database.pool or raise max_connections")`);
    }
    lines.push(`[ "$free" -ge "$need" ] || problems+=("disk: /opt has $(( free / 1048576 )) MiB free, a release and a backup need $(( need / 1048576 )) MiB")`, `avail=$(awk '/^MemAvailable:/ { print int($2 / 1024) }' /proc/meminfo)`, `[ "$avail" -ge ${needMemMb} ] || problems+=("memory: $avail MiB available, a second slot needs ${needMemMb} MiB")`, 'if [ ${#problems[@]} -gt 0 ]; then printf \'preflight: %s\\n\' "${problems[@]}" >&2; exit 4; fi', 'echo "preflight: disk, memory, pg_dump and connections are sufficient"');
    return { kind: 'sh', note: 'check room for a second slot and a backup, pg_dump, and the connection budget', text: lines.join('\n') };
}

// EXTERNAL MODULE: ./src/host/postgres.ts
var postgres = __webpack_require__(59163);
// EXTERNAL MODULE: ./src/host/release.ts
var release = __webpack_require__(97043);
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
    return Object.entries(inst.app.components).flatMap(([name, c]) => {
        if (!c)
            return [];
        const addr = c.listen.type === 'tcp' ? String(slot === 'blue' ? c.listen.blue : c.listen.green) : l.socket(name, slot);
        const unit = `${l.unit(name)}${slot}`;
        return [`pid=$(systemctl show -p MainPID --value ${(0,quote/* quote */.hD)(unit)} 2>/dev/null || echo 0)
if [ "\${pid:-0}" != 0 ]; then
  if n=$(${closeConnections('"$pid"', addr)} 2>&1); then echo ${(0,quote/* quote */.hD)(unit)}": connections still open at the end of the drain: $n closed"
  else echo ${(0,quote/* quote */.hD)(unit)}": the connections still open at the end of the drain could not be closed ($n); they end when the slot stops"; fi
fi`];
    }).join('\n');
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
    const script = `${closeLingering(inst, slot)}${pause ? `\nsystemctl kill --signal=SIGSTOP ${(0,release/* slotUnits */.A1)(inst.id, slot, Object.keys(inst.app.components))}` : ''}`;
    return {
        kind: 'sh',
        note: `after its ${drainSeconds} s drain, close what the ${slot} slot still holds${pause ? ' and pause it (its background jobs stop; it stays warm for a rollback)' : ''}`,
        text: `systemctl stop ${(0,quote/* quote */.hD)(`${timer}.timer`)} 2>/dev/null || true
systemd-run --quiet --collect --timer-property=AccuracySec=1s --unit=${(0,quote/* quote */.hD)(timer)} --on-active=${Math.max(1, drainSeconds)} /bin/bash -c ${(0,quote/* quote */.hD)(script)}`,
    };
}

// EXTERNAL MODULE: ./src/host/smoke.ts
var host_smoke = __webpack_require__(87667);
// EXTERNAL MODULE: ./src/config/public-url.ts
var public_url = __webpack_require__(27005);
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
            return `status=$(curl -s -i -N --http1.1 --max-time 3 -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: ${WS_KEY}' ${target.curl} 2>/dev/null | head -1 | tr -d '\\r' || true)
case "$status" in "HTTP/1.1 101"*) ;; *) why=${(0,quote/* quote */.hD)(`websocket ${c.path}: the handshake through nginx answered `)}"\${status:-nothing}, not 101" ;; esac`;
        }
        return `headers=$(curl -s -o /dev/null -D - --max-time 3 -X OPTIONS -H ${(0,quote/* quote */.hD)(`Origin: ${origin}`)} -H 'Access-Control-Request-Method: GET' ${target.curl} || true)
# No \`| head\` after bash's printf: it writes line by line, and a reader that leaves early is SIGPIPE (141) under pipefail.
code=$(printf '%s\\n' "$headers" | sed -n '1s/^[^ ]* \\([0-9]*\\).*/\\1/p')
allowed=$(printf '%s\\n' "$headers" | tr -d '\\r' | sed -n 's/^[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin: *//p')
allowed=\${allowed%%$'\\n'*}
case "$code" in 2??) ;; *) why=${(0,quote/* quote */.hD)(`CORS preflight ${c.path} from ${origin}: answered `)}"\${code:-nothing}" ;; esac
[ -n "$why" ] || [ "$allowed" = ${(0,quote/* quote */.hD)(origin)} ] || [ "$allowed" = '*' ] || why=${(0,quote/* quote */.hD)(`CORS preflight ${c.path}: ${origin} is not an allowed origin (Access-Control-Allow-Origin: `)}"\${allowed:-none})"`;
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
    const direct = (0,host_smoke/* fromAddress */.$U)({ ...slot, args: `${slot.args} -H ${(0,quote/* quote */.hD)(`Host: ${site.host}`)} -H ${(0,quote/* quote */.hD)(`X-Forwarded-Proto: ${tls ? 'https' : 'http'}`)}` }, (0,host_smoke/* passAddress */.K2)(ctx.runTag, 2), false);
    const viaNginx = (0,host_smoke/* fromAddress */.$U)({ args: site.args, base: site.base, label: 'nginx' }, (0,host_smoke/* passAddress */.K2)(ctx.runTag, 3), true);
    const pass = (target, file, tag) => `out=$( ( SF_COOKIES="$cdir/${file}"
${(0,host_smoke/* smokeScript */.ZQ)(smoke, target, tag, true, (0,host_smoke/* slotCommand */.q3)(inst, ctx.live))}
) 2>&1 >/dev/null ) || why="cookies: the smoke flow on ${target.label} failed: $out"`;
    return `cdir=$(mktemp -d); : > "$cdir/app"; : > "$cdir/nginx"
${pass(direct, 'app', `${ctx.runTag}ca`)}
[ -n "$why" ] || ${pass(viaNginx, 'nginx', `${ctx.runTag}cn`)}
sort -u -o "$cdir/app" "$cdir/app"; sort -u -o "$cdir/nginx" "$cdir/nginx"
if [ -z "$why" ] && ! grep -q ' (set)$' "$cdir/app"; then why='cookies: the smoke flow sets no cookie, so there is nothing to compare'; fi
dropped=$(comm -23 "$cdir/app" "$cdir/nginx" | paste -sd, - | sed 's/,/, /g')
[ -n "$why" ] || [ -z "$dropped" ] || why="cookies: nginx does not pass what the app set (lost or changed: $dropped; through nginx: $(grep -v ' (set)$' "$cdir/nginx" | paste -sd, - | sed 's/,/, /g'))"
${tls ? `for c in $(sed -n 's/ (set)$//p' "$cdir/nginx"); do [ -n "$why" ] || grep -qxF "$c secure" "$cdir/nginx" || why="cookies: $c reaches the browser without Secure on an HTTPS site"; done
` : ''}rm -rf "$cdir"`;
}

// EXTERNAL MODULE: ./src/host/assets.ts
var host_assets = __webpack_require__(5293);
// EXTERNAL MODULE: ./src/shell/state.ts
var shell_state = __webpack_require__(55547);
;// CONCATENATED MODULE: ./src/plan/converge-plan.ts








const MIN = 60_000;
/**
 * Deploying the release that is already live, after a run was interrupted: finish what that run left instead of
 * saying "nothing to do". The live slot must pass its health gate, then traffic is pointed at it again (all
 * components, maintenance page off), it alone starts at boot, the other slot is retired and the state recorded.
 */
function buildConvergePlan(req) {
    const { instance: inst, live } = req;
    const l = (0,layout/* layout */.Zp)(inst.id);
    const components = Object.keys(inst.app.components);
    const other = (0,layout/* otherSlot */.jx)(live);
    const confirm = (0,host_flip/* confirmThroughNginx */.cn)(inst, req.release.version);
    const state = (0,shell_state/* withHistory */.$k)({ ...req.state, active: live }, { run: req.run, op: 'deploy', release: req.release.id, slot: live, result: 'ok', at: req.now, detail: `converged: ${req.reason}` });
    const steps = [
        { id: 'lock', phase: 'lock', title: 'take the lease lock', timeoutMs: MIN, ops: [(0,host_lock/* acquireLock */.IZ)(l, { run: req.run, owner: req.owner, leaseSeconds: host_lock/* LEASE_SECONDS */.Vb }, req.guard)] },
        { id: 'gate', phase: 'gate', title: `health gate on the live ${live} slot`, timeoutMs: (0,duration/* seconds */.Y)(inst.health.timeout, 60) * 1000 + MIN, ops: [(0,health/* healthGate */.Yr)(inst, live, req.release.version)] },
        { id: 'flip', phase: 'flip', title: `point every component at the ${live} slot`, timeoutMs: MIN, movesTraffic: true, ops: [(0,host_flip/* flipTo */.hp)(inst, live), ...(req.maintenance ? [(0,maintenance/* maintenanceOff */.F)(inst.id)] : []), ...(confirm ? [confirm] : [])] },
        { id: 'enable', phase: 'drain', title: `start the ${live} slot at boot`, timeoutMs: MIN, ops: [(0,release/* enableOnly */.Wm)(inst.id, live, components)] },
        { id: 'retire', phase: 'drain', title: `schedule the ${other} slot to stop after its keep-warm window (a timer on the host)`, timeoutMs: 5 * MIN, ops: [(0,release/* retireSlot */.Kt)(inst.id, other, components, (0,duration/* seconds */.Y)(inst.windows?.keep_warm, 300), (0,duration/* seconds */.Y)(inst.windows?.drain, 10))] },
        { id: 'record', phase: 'record', title: 'record state and history', timeoutMs: MIN, ops: [{ kind: 'write', path: l.state, content: `${JSON.stringify(state, null, 2)}\n`, mode: '0644', secret: false }] },
    ];
    return {
        format: 1, run: req.run, instance: inst.id, release: req.release, from: live, to: live, steps, owner: req.owner,
        finally: { id: 'unlock', phase: 'record', title: 'release the lock', timeoutMs: MIN, ops: [(0,host_lock/* releaseLock */.x_)(l.lock, req.run)] },
        notes: [`release ${req.release.id} is already live on the ${live} slot; converging: ${req.reason}`],
    };
}

;// CONCATENATED MODULE: ./src/plan/deploy-plan.ts























/** What a URL-sourced archive is expected to weigh, for the disk check before it is downloaded. */
const URL_ARCHIVE_BYTES_ESTIMATE = 200 * 1048576;
const deploy_plan_MIN = 60_000;
/** A rendered file as a write op; `onChange` runs only when the file's content changed (compile.ts). */
const writeRendered = (f, onChange) => ({ kind: 'write', path: f.path, content: f.content, mode: f.mode, secret: f.secret, onChange, ...(f.owner ? { owner: f.owner } : {}) });
/** Builds the whole deploy as data: no I/O, the same input gives the same plan. */
/**
 * The instance's nginx site, written (reloaded only when it changed) and enabled. A TCP component's upstream include
 * must exist for `nginx -t` to pass: before its first flip it names the blue port (nothing routes there yet).
 */
function siteOps(inst, site) {
    const l = (0,layout/* layout */.Zp)(inst.id);
    const includes = Object.entries(inst.app.components).flatMap(([name, c]) => (c && c.listen.type === 'tcp' ? [`[ -f ${(0,quote/* quote */.hD)(l.upstreamFile(name))} ] || printf 'server 127.0.0.1:%s;\\n' ${c.listen.blue} > ${(0,quote/* quote */.hD)(l.upstreamFile(name))}`] : []));
    return [
        ...(includes.length ? [{ kind: 'sh', text: ['install -d -m 0755 /etc/nginx/slotflip', ...includes].join('\n') }] : []),
        writeRendered(site, (0,host_flip/* enableSite */.d2)(l.site, l.siteLink)),
        { kind: 'sh', text: `[ -L ${l.siteLink} ] || { ln -sfn ${l.site} ${l.siteLink}; nginx -t -q && systemctl reload nginx; }` },
    ];
}
/**
 * What becomes of the slot traffic left, in seconds: it drains, then stays warm for a rollback. When it is warm for
 * longer than its drain, the drain ends with the connections it still holds closed (outlivesDrain), and an app with
 * background jobs of its own has it paused then too, so jobs run in one slot.
 */
function afterFlipWindows(inst) {
    const drain = (0,duration/* seconds */.Y)(inst.windows?.drain, 10);
    const keepWarm = (0,duration/* seconds */.Y)(inst.windows?.keep_warm, 300);
    const outlivesDrain = keepWarm > drain;
    return { drain, keepWarm, outlivesDrain, pausesOld: inst.app.background_jobs === true && outlivesDrain };
}
/** The site as it was before this run, kept until the run succeeds (the record step removes it). */
const siteBefore = (site) => `${site}.slotflip-before`;
function siteSnapshot(site) {
    return { kind: 'sh', note: 'keep the site that serves now, for an undo', text: `rm -f ${(0,quote/* quote */.hD)(siteBefore(site))}; [ ! -e ${(0,quote/* quote */.hD)(site)} ] || cp -p ${(0,quote/* quote */.hD)(site)} ${(0,quote/* quote */.hD)(siteBefore(site))}` };
}
function siteRestore(site) {
    const before = (0,quote/* quote */.hD)(siteBefore(site));
    return {
        kind: 'sh',
        note: 'put the site that served before this run back (one nginx reload, only if it changed)',
        text: `if [ -e ${before} ] && ! cmp -s ${before} ${(0,quote/* quote */.hD)(site)}; then mv -f ${before} ${(0,quote/* quote */.hD)(site)}; nginx -t -q && systemctl reload nginx; fi
rm -f ${before}`,
    };
}
function buildDeployPlan(req) {
    const { instance: inst, state } = req;
    const l = (0,layout/* layout */.Zp)(inst.id);
    const id = (0,release/* releaseId */.Bf)(req.release.version, req.release.sha256);
    const from = state.active;
    const adopted = from === null ? state.adopted : undefined;
    const to = from ? (0,layout/* otherSlot */.jx)(from) : 'blue';
    if (from && state.slots[from]?.release === id) {
        const reason = req.converge;
        if (!reason)
            return { kind: 'nothing-to-do', message: `release ${id} is already live on the ${from} slot` };
        const plan = buildConvergePlan({ ...req, live: from, release: { id, version: req.release.version }, reason, maintenance: req.maintenance === true });
        return { kind: 'plan', plan, recordFailure: () => ({ id: 'record-failure', phase: 'record', title: 'nothing to record', timeoutMs: deploy_plan_MIN, ops: [] }) };
    }
    if (state.hold?.release === id) {
        return { kind: 'held', message: `release ${id} was flipped back at ${state.hold.since} (${state.hold.reason}); it stays refused until the hold is released with \`slotflip release-hold\`` };
    }
    const breakingLive = req.release.breaking && from !== null;
    if (breakingLive && !req.allowBreaking) {
        return { kind: 'refused', message: `release ${id} declares migrations that break the running release; deploying it serves a maintenance page (503) while it migrates. Pass --allow-breaking to accept that` };
    }
    const components = Object.keys(inst.app.components);
    const user = inst.app.user ?? inst.app.name;
    const lock = { run: req.run, owner: req.owner, leaseSeconds: host_lock/* LEASE_SECONDS */.Vb };
    const byPath = (p) => req.files.find((f) => f.path === p);
    const credentialFiles = req.files.filter((f) => f.path === l.pgpass || f.path === `${l.shared}/redis.pass`);
    const appFiles = req.files.filter((f) => !credentialFiles.includes(f) && !f.path.startsWith('/etc/'));
    const unitFiles = req.files.filter((f) => f.path.startsWith('/etc/systemd/'));
    // An adopted app that held the site's port itself keeps it until it stops: nginx serves on the spare port till then.
    const handoff = adopted?.handoff;
    const rendered = byPath(l.site);
    const site = rendered && handoff ? (0,host_handoff/* listenVia */.CD)(rendered, handoff) : rendered;
    if (rendered && handoff && !site)
        return { kind: 'refused', message: (0,host_handoff/* portMoved */.fN)(handoff, inst.nginx?.http_port) };
    const served = (0,host_handoff/* servedVia */.ye)(inst, handoff);
    const archive = `${l.releases}/.incoming-${req.run}.${req.release.format}`;
    const steps = [
        {
            id: 'lock', phase: 'lock', title: 'take the lease lock; write slotflip\'s own credential files', timeoutMs: deploy_plan_MIN,
            ops: [{ kind: 'run', argv: ['install', '-d', '-m', '0755', l.root] }, (0,host_lock/* acquireLock */.IZ)(l, lock, req.guard), (0,watch/* markWatchesReported */.Mv)(inst.id), { kind: 'run', argv: ['install', '-d', '-m', '0750', l.shared] }, ...credentialFiles.map((f) => writeRendered(f))],
        },
        { id: 'preflight', phase: 'preflight', title: 'preflight: disk, memory, pg_dump, connection budget', timeoutMs: deploy_plan_MIN, ops: [preflightChecks(inst, req.release.url ? URL_ARCHIVE_BYTES_ESTIMATE : req.release.bytes.length, req.release.format)] },
        {
            id: 'stage', phase: 'stage', title: `stage release ${id}: ${req.release.url ? 'download' : 'upload'}, unpack, render configuration`, timeoutMs: 15 * deploy_plan_MIN,
            ops: [
                req.release.url ? (0,release/* fetchRelease */.uY)(inst.id, id, req.release.url, req.release.sha256, archive) : { kind: 'upload', path: archive, bytes: req.release.bytes, sha256: req.release.sha256 },
                (0,release/* unpackRelease */.OC)(inst.id, id, archive, user, inst.app.build ?? [], req.release.format),
                ...(req.dataDir ? [{ kind: 'sh', note: `the app's files directory, for ${user}`, text: `[ -d ${(0,quote/* quote */.hD)(req.dataDir)} ] || install -d -m 0750 -o ${(0,quote/* quote */.hD)(user)} -g ${(0,quote/* quote */.hD)(user)} ${(0,quote/* quote */.hD)(req.dataDir)}` }] : []),
                ...appFiles.map((f) => writeRendered(f)),
                ...unitFiles.map((f) => writeRendered(f, 'systemctl daemon-reload')),
                // A handoff left pending by the first deploy is finished before the site is touched (and before its snapshot).
                ...(site ? [...(from ? [(0,host_handoff/* finishHandoff */.ET)(inst, false)] : []), siteSnapshot(l.site), ...siteOps(inst, site)] : []),
            ],
            // A failure after the stage (the gate, the flip, the checks after it) puts the site that served before back.
            ...(site ? { undo: [siteRestore(l.site)] } : {}),
        },
    ];
    if (inst.database) {
        steps.push({ id: 'backup', phase: 'backup', title: 'back up the database (pg_dump -Fc, verified, hashed)', timeoutMs: 60 * deploy_plan_MIN, ops: [(0,postgres/* backupDatabase */._h)(l, inst.database, `${l.backups}/${req.run}.dump`)] });
    }
    if (inst.migrations && inst.database) {
        const migrate = (0,postgres/* migrateDatabase */.bC)(l, inst.database, { user, releaseDir: l.release(id), slotEnv: l.slotEnv(to), command: inst.migrations.command, timeoutSeconds: Math.ceil((0,duration/* seconds */.Y)(inst.migrations.timeout, 300)) });
        steps.push({
            id: 'migrate', phase: 'migrate', title: `migrate the database with release ${id}${breakingLive ? ' behind the maintenance page' : ''}`, timeoutMs: (0,duration/* seconds */.Y)(inst.migrations.timeout, 300) * 1000 + deploy_plan_MIN,
            ops: breakingLive ? [(0,maintenance/* maintenanceOn */.v)(inst.id), migrate] : [migrate],
        });
    }
    steps.push({ id: 'start', phase: 'start', title: `start the ${to} slot on ${id}`, timeoutMs: 2 * deploy_plan_MIN, ops: [(0,release/* startSlot */.Zz)(inst.id, to, id, components)], undo: [(0,release/* stopSlot */.FU)(inst.id, to, components)] }, { id: 'gate', phase: 'gate', title: `health gate on the ${to} slot`, timeoutMs: (0,duration/* seconds */.Y)(inst.health.timeout, 60) * 1000 + deploy_plan_MIN, ops: [(0,health/* healthGate */.Yr)(inst, to, req.release.version)] });
    const runTag = `${req.run}`.replace(/[^A-Za-z0-9]/g, '').slice(-16).toLowerCase();
    if (req.smoke)
        steps.push({ id: 'smoke', phase: 'gate', title: `smoke flow on the ${to} slot (${req.smoke.steps.length} steps)`, timeoutMs: 2 * deploy_plan_MIN, ops: [(0,host_smoke/* smokeFlow */.Yo)(inst, req.smoke, to, runTag)] });
    const assets = (0,host_assets/* keepAssets */.D5)(inst, to, id);
    if (assets)
        steps.push({ id: 'assets', phase: 'gate', title: `keep the frontend's files under ${inst.nginx.assets.path} (this release's and the last ones')`, timeoutMs: 5 * deploy_plan_MIN, ops: [assets] });
    const { drain, keepWarm, outlivesDrain, pausesOld } = afterFlipWindows(inst);
    const drainEnds = !!from && outlivesDrain;
    const confirm = (0,host_flip/* confirmThroughNginx */.cn)(served, req.release.version);
    const afterFlip = afterFlipChecks(served, { live: to, smoke: req.smoke, runTag, ...(handoff ? { origin: (0,public_url/* publicUrl */.x)(inst) } : {}) });
    // The first deploy over an adopted app flips back to that app if anything after the flip fails; a slot that was
    // paused after the flip is resumed before traffic goes back to it.
    const flipBack = from ? [...(drainEnds ? [(0,release/* resumeSlot */.Aq)(inst.id, from, components)] : []), (0,host_flip/* flipTo */.hp)(inst, from)] : adopted ? [(0,adopt/* routeToAdopted */.ww)(inst, adopted, true)] : [];
    const flipOps = [(0,host_flip/* flipTo */.hp)(inst, to), ...(breakingLive || req.maintenance ? [(0,maintenance/* maintenanceOff */.F)(inst.id)] : []), ...(confirm ? [confirm] : []), ...(afterFlip ? [afterFlip] : []), ...(drainEnds ? [endDrain(inst, from, drain, pausesOld)] : [])];
    const flip = { id: 'flip', phase: 'flip', title: `flip traffic to the ${to} slot`, timeoutMs: deploy_plan_MIN, movesTraffic: true, ops: flipOps, undo: flipBack };
    const tail = [{ id: 'enable', phase: 'drain', title: `start the ${to} slot at boot`, timeoutMs: deploy_plan_MIN, ops: [(0,release/* enableOnly */.Wm)(inst.id, to, components)] }];
    if (adopted)
        tail.push({ id: 'retire-adopted', phase: 'drain', title: 'drain and stop the app slotflip adopted', timeoutMs: 5 * deploy_plan_MIN, ops: [(0,adopt/* retireAdopted */.Dv)(adopted, drain, Object.fromEntries(Object.entries(inst.app.components).map(([n, c]) => [n, c?.stop_signal])))] });
    if (handoff)
        tail.push({ id: 'handoff', phase: 'drain', title: `nginx takes port ${handoff.port} over from the stopped app (the redirect to ${handoff.via} goes)`, timeoutMs: deploy_plan_MIN, ops: [(0,host_handoff/* finishHandoff */.ET)(inst, true)] });
    if (from) {
        tail.push({ id: 'retire', phase: 'drain', title: keepWarm > 0 ? `schedule the ${from} slot to stop in ${Math.max(keepWarm, drain)} s (warm for a rollback until then; a timer on the host)` : `drain the ${from} slot for ${drain} s, then stop it`, timeoutMs: 5 * deploy_plan_MIN, ops: [(0,release/* retireSlot */.Kt)(inst.id, from, components, keepWarm, drain)] });
    }
    const keep = [...new Set([...state.releases, id])].slice(-(req.keepReleases ?? 5));
    const liveIds = [id, ...(from && state.slots[from] ? [state.slots[from].release] : [])];
    const kept = [...new Set([...keep, ...liveIds])];
    const success = (0,shell_state/* withHistory */.$k)({ ...state, adopted: undefined, active: to, slots: { ...state.slots, [to]: { release: id, version: req.release.version, since: req.now, ...(inst.database ? { backup: `${l.backups}/${req.run}.dump` } : {}) } }, releases: kept, hold: state.hold?.release === id ? null : state.hold, rendered: renderedHashes(req.files) }, { run: req.run, op: 'deploy', release: id, slot: to, result: 'ok', at: req.now, ...(adopted ? { detail: `took over from the adopted app (${adopted.version ?? 'version unknown'})` } : {}) });
    tail.push({ id: 'record', phase: 'record', title: 'record state and history; keep the newest releases', timeoutMs: deploy_plan_MIN, ops: [stateWrite(l.state, success), (0,release/* pruneReleases */.Xb)(inst.id, kept), (0,release/* pruneDeployDumps */.b4)(inst.id, Object.values(success.slots).flatMap((slot) => (slot?.backup ? [slot.backup] : []))), ...(site ? [{ kind: 'run', argv: ['rm', '-f', siteBefore(l.site)] }] : [])] });
    const recordFailure = (flippedBack, detail) => {
        const failed = (0,shell_state/* withHistory */.$k)({ ...state, hold: flippedBack ? { release: id, reason: detail, since: req.now } : state.hold }, { run: req.run, op: flippedBack ? 'flip-back' : 'deploy', release: id, slot: to, result: 'rolled-back', at: req.now, detail });
        return { id: 'record-failure', phase: 'record', title: 'record the failed deploy', timeoutMs: deploy_plan_MIN, ops: [...(breakingLive || req.maintenance ? [] : [(0,maintenance/* maintenanceOff */.F)(inst.id)]), stateWrite(l.state, failed)] };
    };
    const unlock = { id: 'unlock', phase: 'record', title: 'release the lock', timeoutMs: deploy_plan_MIN, ops: [(0,host_lock/* releaseLock */.x_)(l.lock, req.run)] };
    // The host keeps watch after the flip (host/watch.ts): the observe window, the receipt, then the tail above or the
    // flip back, in a unit of its own. The run follows it; the tail's steps stay in the plan, marked as the host's.
    if ((0,host_observe/* observeFunction */.PE)(served)) {
        const ctx = { run: req.run, journal: l.journal, root: l.root, lock: l.lock, owner: req.owner };
        const migrateAt = steps.findIndex((s) => s.id === 'migrate');
        // As the engine undoes: the flip first, then every earlier step with an undo (past a breaking migration, none
        // before it: the old release cannot run on the new schema).
        const undo = [flip, ...[...steps].reverse()].filter((s) => s.undo?.length && !(breakingLive && steps.indexOf(s) >= 0 && steps.indexOf(s) < migrateAt));
        const maintenanceEnds = breakingLive || req.maintenance === true;
        const receiptStart = (0,watch/* markReceiptStart */.cz)(inst.id, req.run, l.accessLog);
        // The watch starts right after the new slot does (its unit's start costs a few hundred ms, which would otherwise
        // sit between the gate and the flip); it waits for the flip step's go, as long as the steps up to it may take.
        const startAt = steps.findIndex((s) => s.id === 'start') + 1;
        const waitSeconds = [...steps.slice(startAt), flip].reduce((n, s) => n + s.timeoutMs / 1000, 0);
        const script = watchScript({ inst: served, run: req.run, release: { id, version: req.release.version }, slot: to, ctx, undo, recordFailure: recordFailure(true, REASON_TOKEN), tail, unlock, waitSeconds });
        steps.splice(startAt, 0, { id: 'watch', phase: 'start', title: `start the host's watch of the flip (${(0,watch/* watchUnit */.ev)(inst.id)}): it probes through nginx and waits for the flip`, timeoutMs: deploy_plan_MIN, ops: (0,watch/* startWatch */.Ms)(inst.id, req.run, script), undo: [(0,watch/* abortWatch */._e)(inst.id, req.run)] });
        steps.push({ ...flip, ops: [...(maintenanceEnds ? [flipOps[0], flipOps[1], receiptStart, ...flipOps.slice(2)] : [receiptStart, ...flipOps]), (0,watch/* letWatchGo */.vq)(inst.id, req.run)] }, { id: 'observe', phase: 'observe', title: `the host observes the ${to} slot for ${(0,host_observe/* observeSeconds */.Ub)(served)} s, then finishes the deploy or flips back (this run follows it)`, timeoutMs: flip.timeoutMs + ((0,host_observe/* observeSeconds */.Ub)(served) + tail.reduce((n, t) => n + t.timeoutMs / 1000, 0)) * 1000 + deploy_plan_MIN, ops: [(0,watch/* followWatch */.l5)(inst, req.run)], hostUndoes: { code: watch/* HOST_FLIPPED_BACK */.kc } }, ...tail.map((t) => ({ ...t, onHost: true })));
    }
    else {
        steps.push(flip, ...tail);
    }
    const notes = [
        ...(breakingLive ? [`release ${id} declares breaking migrations: users see a maintenance page (503, Retry-After) from the migration until the flip`] : []),
        ...(adopted ? [`first deploy over the adopted app (${adopted.version ?? 'version unknown'}): it serves until the flip, is the flip's way back, and is stopped after the observe window`] : from ? [] : ['first deploy: there is no live slot to fall back to']),
    ];
    return {
        kind: 'plan',
        plan: { format: 1, run: req.run, instance: inst.id, release: { id, version: req.release.version }, from, to, steps, pointOfNoReturn: breakingLive ? 'migrate' : undefined, owner: req.owner, finally: { ...unlock, ops: [(0,watch/* unlockAfterWatch */.W6)(inst.id, req.run)] }, notes },
        recordFailure,
    };
}
function stateWrite(path, state) {
    return { kind: 'write', path, content: `${JSON.stringify(state, null, 2)}\n`, mode: '0644', secret: false };
}
function renderedHashes(files) {
    return Object.fromEntries(files.filter((f) => !f.secret).map((f) => [f.path, (0,external_node_crypto_.createHash)('sha256').update(f.content).digest('hex')]));
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
            return [...(op.note ? [`# ${op.note}`] : []), ...mask(op.text).split('\n').map((l) => `  ${l}`)];
        case 'write': {
            const head = `write ${op.path} (mode ${op.mode}${op.owner ? `, owner ${op.owner}` : ''}, ${Buffer.byteLength(op.content)} bytes)${op.onChange ? `; if changed: ${op.onChange}` : ''}`;
            if (op.secret)
                return [`${head}: *** (holds secrets)`];
            return [`${head}:`, ...op.content.trimEnd().split('\n').map((l) => `  | ${mask(l)}`)];
        }
        case 'upload':
            return [`upload ${op.path} (${op.bytes.length} bytes, sha256 ${op.sha256})`];
    }
}
/** The plan as text: every step and every command it would run, secrets shown as ***. */
function formatPlan(plan, secrets) {
    const mask = masker(secrets);
    const out = [`plan ${plan.run}: ${plan.instance} -> release ${plan.release.id} on the ${plan.to} slot${plan.from ? ` (live: ${plan.from})` : ' (first deploy)'}`];
    for (const note of plan.notes)
        out.push(`note: ${note}`);
    [...plan.steps, plan.finally].forEach((step, i) => {
        out.push('', `${i + 1}. [${step.phase}] ${step.title}${step.movesTraffic ? '  (moves traffic)' : ''}${step.onHost ? "  (run on the host by its watch, after the observe window)" : ''}`);
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


/***/ })

};
