export const id = 328;
export const ids = [328];
export const modules = {

/***/ 26328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rr: () => (/* binding */ exitCodeFor),
  zt: () => (/* binding */ runDeploy)
});

// UNUSED EXPORTS: flipBackText

// EXTERNAL MODULE: ./src/engine/run.ts + 2 modules
var engine_run = __webpack_require__(82655);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
;// CONCATENATED MODULE: ./src/host/drift.ts

/** Prints `sha256  path` for every file slotflip rendered last time (or `missing  path`). Read-only. */
function driftScript(state) {
    const paths = Object.keys(state.rendered ?? {});
    if (paths.length === 0)
        return undefined;
    return paths
        .map((p) => `if [ -f ${(0,quote/* quote */.hD)(p)} ]; then sha256sum ${(0,quote/* quote */.hD)(p)}; else echo "missing  ${p}"; fi`)
        .join('\n');
}
/** Files that differ from what slotflip last rendered: someone edited them on the host. */
function parseDrift(state, stdout) {
    const drift = [];
    for (const line of stdout.trim().split('\n').filter(Boolean)) {
        const [hash, path] = line.split(/\s+/, 2);
        const expected = path ? state.rendered?.[path] : undefined;
        if (!path || !expected)
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/host/flip.ts
var host_flip = __webpack_require__(17747);
// EXTERNAL MODULE: ./src/plan/site-ops.ts
var site_ops = __webpack_require__(22001);
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
// EXTERNAL MODULE: ./src/plan/compile.ts
var compile = __webpack_require__(50322);
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
${(0,host_receipt/* receiptFunctions */.QX)(s.inst, s.release.version)}
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
${tail
        .map((t) => `echo ${(0,quote/* quote */.hD)(`SLOTFLIP_EVENT the host: ${t.title}`)}
bash ${t.path} || { reason=${(0,quote/* quote */.hD)(`${t.id} failed on the host`)}; sf_fail; }`)
        .join('\n')}
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
        ...(format === 'zip'
            ? [
                'command -v unzip >/dev/null || problems+=("unzip: not installed, and the release is a zip archive (slotflip provision installs it)")',
            ]
            : []),
        ...(inst.app.release.source === 'url'
            ? [
                'command -v curl >/dev/null || problems+=("curl: not installed, and the host downloads the release (slotflip provision installs it)")',
            ]
            : []),
    ];
    const db = inst.database;
    if (db) {
        const psql = `PGPASSFILE=${(0,quote/* quote */.hD)(l.pgpass)} PGCONNECT_TIMEOUT=5 psql -At -h ${(0,quote/* quote */.hD)(db.host)} -p ${db.port} -U ${(0,quote/* quote */.hD)(db.user)} -d ${(0,quote/* quote */.hD)(db.name)} --no-password`;
        lines.push(`dbsize=$(${psql} -c 'SELECT pg_database_size(current_database())') || { echo "preflight: cannot reach PostgreSQL at ${db.host}:${db.port} as ${db.user}" >&2; exit 4; }`, 'need=$(( need + dbsize * 12 / 10 ))', `server=$(${psql} -c 'SHOW server_version_num')`, `dump=$(pg_dump --version | grep -oE '[0-9]+(\\.[0-9]+)?' | head -1)`, `[ "\${dump%%.*}" -ge "$(( server / 10000 ))" ] || problems+=("pg_dump $dump is older than the server ($(( server / 10000 ))): install postgresql-client-$(( server / 10000 )) on the target")`, `read -r max reserved used < <(${psql} -F ' ' -c "SELECT current_setting('max_connections'), current_setting('superuser_reserved_connections'), (SELECT count(*) FROM pg_stat_activity WHERE usename IS DISTINCT FROM current_user)")`, `want=$(( 2 * ${db.pool ?? 10} + 2 ))`, `room=$(( max - reserved - ${CONNECTION_RESERVE} - used ))`, `[ "$want" -le "$room" ] || problems+=("database connections: both slots' pools and the backup and migration need $want, but max_connections $max leaves $room (other users hold $used, $reserved + ${CONNECTION_RESERVE} reserved): lower database.pool or raise max_connections")`);
    }
    lines.push(`[ "$free" -ge "$need" ] || problems+=("disk: /opt has $(( free / 1048576 )) MiB free, a release and a backup need $(( need / 1048576 )) MiB")`, `avail=$(awk '/^MemAvailable:/ { print int($2 / 1024) }' /proc/meminfo)`, `[ "$avail" -ge ${needMemMb} ] || problems+=("memory: $avail MiB available, a second slot needs ${needMemMb} MiB")`, 'if [ ${#problems[@]} -gt 0 ]; then printf \'preflight: %s\\n\' "${problems[@]}" >&2; exit 4; fi', 'echo "preflight: disk, memory, pg_dump and connections are sufficient"');
    return {
        kind: 'sh',
        note: 'check room for a second slot and a backup, pg_dump, and the connection budget',
        text: lines.join('\n'),
    };
}

// EXTERNAL MODULE: ./src/host/db-marker.ts
var db_marker = __webpack_require__(65229);
// EXTERNAL MODULE: ./src/host/psql.ts
var psql = __webpack_require__(32748);
;// CONCATENATED MODULE: ./src/host/postgres.ts



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
    return `${(0,psql/* conn */.j_)(l)} psql -At ${(0,psql/* target */.aC)(db)} -c ${(0,quote/* quote */.hD)(SCHEMA_LINES_SQL.replace(/\n/g, ' '))}`;
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
sha=$(sha256sum ${f}.partial | cut -d' ' -f1)
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
        note: `migrate with the new release (time limit ${opts.timeoutSeconds} s); the schema (columns, indexes, constraints) compared before and after`,
        // In a subshell with its own EXIT trap (the step's trap journals its end), so the schema listings never outlive it.
        text: `(
schema=$(mktemp -d)
trap 'rm -rf "$schema"' EXIT
${schemaLinesShell(l, db)} > "$schema/before"
set +e
systemd-run --wait --pipe --quiet --collect ${props.map((p) => `-p ${(0,quote/* quote */.hD)(p)}`).join(' ')} /bin/bash -c ${(0,quote/* quote */.hD)(`exec ${opts.command}`)}
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
    return Object.entries(inst.app.components)
        .flatMap(([name, c]) => {
        if (!c)
            return [];
        const addr = c.listen.type === 'tcp' ? String(slot === 'blue' ? c.listen.blue : c.listen.green) : l.socket(name, slot);
        const unit = `${l.unit(name)}${slot}`;
        return [
            `pid=$(systemctl show -p MainPID --value ${(0,quote/* quote */.hD)(unit)} 2>/dev/null || echo 0)
if [ "\${pid:-0}" != 0 ]; then
  if n=$(${closeConnections('"$pid"', addr)} 2>&1); then echo ${(0,quote/* quote */.hD)(unit)}": connections still open at the end of the drain: $n closed"
  else echo ${(0,quote/* quote */.hD)(unit)}": the connections still open at the end of the drain could not be closed ($n); they end when the slot stops"; fi
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
    const direct = (0,host_smoke/* fromAddress */.$U)({
        ...slot,
        args: `${slot.args} -H ${(0,quote/* quote */.hD)(`Host: ${site.host}`)} -H ${(0,quote/* quote */.hD)(`X-Forwarded-Proto: ${tls ? 'https' : 'http'}`)}`,
    }, (0,host_smoke/* passAddress */.K2)(ctx.runTag, 2), false);
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
${tls
        ? `for c in $(sed -n 's/ (set)$//p' "$cdir/nginx"); do [ -n "$why" ] || grep -qxF "$c secure" "$cdir/nginx" || why="cookies: $c reaches the browser without Secure on an HTTPS site"; done
`
        : ''}rm -rf "$cdir"`;
}

// EXTERNAL MODULE: ./src/host/assets.ts
var host_assets = __webpack_require__(5293);
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
        {
            id: 'lock',
            phase: 'lock',
            title: 'take the lease lock',
            timeoutMs: MIN,
            ops: [(0,host_lock/* acquireLock */.IZ)(l, { run: req.run, owner: req.owner, leaseSeconds: host_lock/* LEASE_SECONDS */.Vb }, req.guard)],
        },
        {
            id: 'gate',
            phase: 'gate',
            title: `health gate on the live ${live} slot`,
            timeoutMs: (0,duration/* seconds */.Y)(inst.health.timeout, 60) * 1000 + MIN,
            ops: [(0,health/* healthGate */.Yr)(inst, live, req.release.version)],
        },
        {
            id: 'flip',
            phase: 'flip',
            title: `point every component at the ${live} slot`,
            timeoutMs: MIN,
            movesTraffic: true,
            ops: [(0,host_flip/* flipTo */.hp)(inst, live), ...(req.maintenance ? [(0,maintenance/* maintenanceOff */.F)(inst.id)] : []), ...(confirm ? [confirm] : [])],
        },
        {
            id: 'enable',
            phase: 'drain',
            title: `start the ${live} slot at boot`,
            timeoutMs: MIN,
            ops: [(0,release/* enableOnly */.Wm)(inst.id, live, components)],
        },
        {
            id: 'retire',
            phase: 'drain',
            title: `schedule the ${other} slot to stop after its keep-warm window (a timer on the host)`,
            timeoutMs: 5 * MIN,
            ops: [
                (0,release/* retireSlot */.Kt)(inst.id, other, components, (0,duration/* seconds */.Y)(inst.windows?.keep_warm, 300), (0,duration/* seconds */.Y)(inst.windows?.drain, 10)),
            ],
        },
        {
            id: 'record',
            phase: 'record',
            title: 'record state and history',
            timeoutMs: MIN,
            ops: [
                { kind: 'write', path: l.state, content: `${JSON.stringify(state, null, 2)}\n`, mode: '0644', secret: false },
            ],
        },
    ];
    return {
        format: 1,
        run: req.run,
        instance: inst.id,
        release: req.release,
        from: live,
        to: live,
        steps,
        owner: req.owner,
        finally: {
            id: 'unlock',
            phase: 'record',
            title: 'release the lock',
            timeoutMs: MIN,
            ops: [(0,host_lock/* releaseLock */.x_)(l.lock, req.run)],
        },
        notes: [`release ${req.release.id} is already live on the ${live} slot; converging: ${req.reason}`],
    };
}

;// CONCATENATED MODULE: ./src/plan/deploy-plan.ts
























/** What a URL-sourced archive is expected to weigh, for the disk check before it is downloaded. */
const URL_ARCHIVE_BYTES_ESTIMATE = 200 * 1048576;
const deploy_plan_MIN = 60_000;
/** Builds the whole deploy as data: no I/O, the same input gives the same plan. */
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
        const plan = buildConvergePlan({
            ...req,
            live: from,
            release: { id, version: req.release.version },
            reason,
            maintenance: req.maintenance === true,
        });
        return {
            kind: 'plan',
            plan,
            recordFailure: () => ({
                id: 'record-failure',
                phase: 'record',
                title: 'nothing to record',
                timeoutMs: deploy_plan_MIN,
                ops: [],
            }),
        };
    }
    if (state.hold?.release === id) {
        return {
            kind: 'held',
            message: `release ${id} was flipped back at ${state.hold.since} (${state.hold.reason}); it stays refused until the hold is released with \`slotflip release-hold\``,
        };
    }
    const breakingLive = req.release.breaking && from !== null;
    if (breakingLive && !req.allowBreaking) {
        return {
            kind: 'refused',
            message: `release ${id} declares migrations that break the running release; deploying it serves a maintenance page (503) while it migrates. Pass --allow-breaking to accept that`,
        };
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
            id: 'lock',
            phase: 'lock',
            title: "take the lease lock; write slotflip's own credential files",
            timeoutMs: deploy_plan_MIN,
            ops: [
                { kind: 'run', argv: ['install', '-d', '-m', '0755', l.root] },
                (0,host_lock/* acquireLock */.IZ)(l, lock, req.guard),
                (0,watch/* markWatchesReported */.Mv)(inst.id),
                { kind: 'run', argv: ['install', '-d', '-m', '0750', l.shared] },
                ...credentialFiles.map((f) => (0,site_ops/* writeRendered */.d_)(f)),
            ],
        },
        {
            id: 'preflight',
            phase: 'preflight',
            title: 'preflight: disk, memory, pg_dump, connection budget',
            timeoutMs: deploy_plan_MIN,
            ops: [
                preflightChecks(inst, req.release.url ? URL_ARCHIVE_BYTES_ESTIMATE : req.release.bytes.length, req.release.format),
            ],
        },
        {
            id: 'stage',
            phase: 'stage',
            title: `stage release ${id}: ${req.release.url ? 'download' : 'upload'}, unpack, render configuration`,
            timeoutMs: 15 * deploy_plan_MIN,
            ops: [
                req.release.url
                    ? (0,release/* fetchRelease */.uY)(inst.id, id, req.release.url, req.release.sha256, archive)
                    : { kind: 'upload', path: archive, bytes: req.release.bytes, sha256: req.release.sha256 },
                (0,release/* unpackRelease */.OC)(inst.id, id, archive, user, inst.app.build ?? [], req.release.format),
                ...(req.dataDir
                    ? [
                        {
                            kind: 'sh',
                            note: `the app's files directory, for ${user}`,
                            text: `[ -d ${(0,quote/* quote */.hD)(req.dataDir)} ] || install -d -m 0750 -o ${(0,quote/* quote */.hD)(user)} -g ${(0,quote/* quote */.hD)(user)} ${(0,quote/* quote */.hD)(req.dataDir)}`,
                        },
                    ]
                    : []),
                ...appFiles.map((f) => (0,site_ops/* writeRendered */.d_)(f)),
                ...unitFiles.map((f) => (0,site_ops/* writeRendered */.d_)(f, 'systemctl daemon-reload')),
                // A handoff left pending by the first deploy is finished before the site is touched (and before its snapshot).
                ...(site ? [...(from ? [(0,host_handoff/* finishHandoff */.ET)(inst, false)] : []), (0,site_ops/* siteSnapshot */.qr)(l.site), ...(0,site_ops/* siteOps */.G$)(inst, site)] : []),
            ],
            // A failure after the stage (the gate, the flip, the checks after it) puts the site that served before back.
            ...(site ? { undo: [(0,site_ops/* siteRestore */.KG)(l.site)] } : {}),
        },
    ];
    if (inst.database) {
        steps.push({
            id: 'backup',
            phase: 'backup',
            title: 'back up the database (pg_dump -Fc, verified, hashed)',
            timeoutMs: 60 * deploy_plan_MIN,
            ops: [backupDatabase(l, inst.database, `${l.backups}/${req.run}.dump`)],
        });
    }
    if (inst.migrations && inst.database) {
        const migrate = migrateDatabase(l, inst.database, {
            user,
            releaseDir: l.release(id),
            slotEnv: l.slotEnv(to),
            command: inst.migrations.command,
            timeoutSeconds: Math.ceil((0,duration/* seconds */.Y)(inst.migrations.timeout, 300)),
        });
        steps.push({
            id: 'migrate',
            phase: 'migrate',
            title: `migrate the database with release ${id}${breakingLive ? ' behind the maintenance page' : ''}`,
            timeoutMs: (0,duration/* seconds */.Y)(inst.migrations.timeout, 300) * 1000 + deploy_plan_MIN,
            ops: breakingLive ? [(0,maintenance/* maintenanceOn */.v)(inst.id), migrate] : [migrate],
        });
    }
    steps.push({
        id: 'start',
        phase: 'start',
        title: `start the ${to} slot on ${id}`,
        timeoutMs: 2 * deploy_plan_MIN,
        ops: [(0,release/* startSlot */.Zz)(inst.id, to, id, components)],
        undo: [(0,release/* stopSlot */.FU)(inst.id, to, components)],
    }, {
        id: 'gate',
        phase: 'gate',
        title: `health gate on the ${to} slot`,
        timeoutMs: (0,duration/* seconds */.Y)(inst.health.timeout, 60) * 1000 + deploy_plan_MIN,
        ops: [(0,health/* healthGate */.Yr)(inst, to, req.release.version)],
    });
    const runTag = `${req.run}`
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(-16)
        .toLowerCase();
    if (req.smoke)
        steps.push({
            id: 'smoke',
            phase: 'gate',
            title: `smoke flow on the ${to} slot (${req.smoke.steps.length} steps)`,
            timeoutMs: 2 * deploy_plan_MIN,
            ops: [(0,host_smoke/* smokeFlow */.Yo)(inst, req.smoke, to, runTag)],
        });
    const assets = (0,host_assets/* keepAssets */.D5)(inst, to, id);
    if (assets)
        steps.push({
            id: 'assets',
            phase: 'gate',
            title: `keep the frontend's files under ${inst.nginx.assets.path} (this release's and the last ones')`,
            timeoutMs: 5 * deploy_plan_MIN,
            ops: [assets],
        });
    const { drain, keepWarm, outlivesDrain, pausesOld } = (0,site_ops/* afterFlipWindows */.Hc)(inst);
    const drainEnds = !!from && outlivesDrain;
    const confirm = (0,host_flip/* confirmThroughNginx */.cn)(served, req.release.version);
    const afterFlip = afterFlipChecks(served, {
        live: to,
        smoke: req.smoke,
        runTag,
        ...(handoff ? { origin: (0,public_url/* publicUrl */.x)(inst) } : {}),
    });
    // The first deploy over an adopted app flips back to that app if anything after the flip fails; a slot that was
    // paused after the flip is resumed before traffic goes back to it.
    const flipBack = from
        ? [...(drainEnds ? [(0,release/* resumeSlot */.Aq)(inst.id, from, components)] : []), (0,host_flip/* flipTo */.hp)(inst, from)]
        : adopted
            ? [(0,adopt/* routeToAdopted */.ww)(inst, adopted, true)]
            : [];
    const flipOps = [
        (0,host_flip/* flipTo */.hp)(inst, to),
        ...(breakingLive || req.maintenance ? [(0,maintenance/* maintenanceOff */.F)(inst.id)] : []),
        ...(confirm ? [confirm] : []),
        ...(afterFlip ? [afterFlip] : []),
        ...(drainEnds ? [endDrain(inst, from, drain, pausesOld)] : []),
    ];
    const flip = {
        id: 'flip',
        phase: 'flip',
        title: `flip traffic to the ${to} slot`,
        timeoutMs: deploy_plan_MIN,
        movesTraffic: true,
        ops: flipOps,
        undo: flipBack,
    };
    const tail = [
        {
            id: 'enable',
            phase: 'drain',
            title: `start the ${to} slot at boot`,
            timeoutMs: deploy_plan_MIN,
            ops: [(0,release/* enableOnly */.Wm)(inst.id, to, components)],
        },
    ];
    if (adopted)
        tail.push({
            id: 'retire-adopted',
            phase: 'drain',
            title: 'drain and stop the app slotflip adopted',
            timeoutMs: 5 * deploy_plan_MIN,
            ops: [
                (0,adopt/* retireAdopted */.Dv)(adopted, drain, Object.fromEntries(Object.entries(inst.app.components).map(([n, c]) => [n, c?.stop_signal]))),
            ],
        });
    if (handoff)
        tail.push({
            id: 'handoff',
            phase: 'drain',
            title: `nginx takes port ${handoff.port} over from the stopped app (the redirect to ${handoff.via} goes)`,
            timeoutMs: deploy_plan_MIN,
            ops: [(0,host_handoff/* finishHandoff */.ET)(inst, true)],
        });
    if (from) {
        tail.push({
            id: 'retire',
            phase: 'drain',
            title: keepWarm > 0
                ? `schedule the ${from} slot to stop in ${Math.max(keepWarm, drain)} s (warm for a rollback until then; a timer on the host)`
                : `drain the ${from} slot for ${drain} s, then stop it`,
            timeoutMs: 5 * deploy_plan_MIN,
            ops: [(0,release/* retireSlot */.Kt)(inst.id, from, components, keepWarm, drain)],
        });
    }
    const keep = [...new Set([...state.releases, id])].slice(-(req.keepReleases ?? 5));
    const liveIds = [id, ...(from && state.slots[from] ? [state.slots[from].release] : [])];
    const kept = [...new Set([...keep, ...liveIds])];
    const success = (0,shell_state/* withHistory */.$k)({
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
        releases: kept,
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
    tail.push({
        id: 'record',
        phase: 'record',
        title: 'record state and history; keep the newest releases',
        timeoutMs: deploy_plan_MIN,
        ops: [
            stateWrite(l.state, success),
            (0,release/* pruneReleases */.Xb)(inst.id, kept),
            (0,release/* pruneDeployDumps */.b4)(inst.id, Object.values(success.slots).flatMap((slot) => (slot?.backup ? [slot.backup] : []))),
            ...(site ? [{ kind: 'run', argv: ['rm', '-f', (0,site_ops/* siteBefore */.xg)(l.site)] }] : []),
        ],
    });
    const recordFailure = (flippedBack, detail) => {
        const failed = (0,shell_state/* withHistory */.$k)({ ...state, hold: flippedBack ? { release: id, reason: detail, since: req.now } : state.hold }, {
            run: req.run,
            op: flippedBack ? 'flip-back' : 'deploy',
            release: id,
            slot: to,
            result: 'rolled-back',
            at: req.now,
            detail,
        });
        return {
            id: 'record-failure',
            phase: 'record',
            title: 'record the failed deploy',
            timeoutMs: deploy_plan_MIN,
            ops: [...(breakingLive || req.maintenance ? [] : [(0,maintenance/* maintenanceOff */.F)(inst.id)]), stateWrite(l.state, failed)],
        };
    };
    const unlock = {
        id: 'unlock',
        phase: 'record',
        title: 'release the lock',
        timeoutMs: deploy_plan_MIN,
        ops: [(0,host_lock/* releaseLock */.x_)(l.lock, req.run)],
    };
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
        const script = watchScript({
            inst: served,
            run: req.run,
            release: { id, version: req.release.version },
            slot: to,
            ctx,
            undo,
            recordFailure: recordFailure(true, REASON_TOKEN),
            tail,
            unlock,
            waitSeconds,
        });
        steps.splice(startAt, 0, {
            id: 'watch',
            phase: 'start',
            title: `start the host's watch of the flip (${(0,watch/* watchUnit */.ev)(inst.id)}): it probes through nginx and waits for the flip`,
            timeoutMs: deploy_plan_MIN,
            ops: (0,watch/* startWatch */.Ms)(inst.id, req.run, script),
            undo: [(0,watch/* abortWatch */._e)(inst.id, req.run)],
        });
        steps.push({
            ...flip,
            ops: [
                ...(maintenanceEnds
                    ? [flipOps[0], flipOps[1], receiptStart, ...flipOps.slice(2)]
                    : [receiptStart, ...flipOps]),
                (0,watch/* letWatchGo */.vq)(inst.id, req.run),
            ],
        }, {
            id: 'observe',
            phase: 'observe',
            title: `the host observes the ${to} slot for ${(0,host_observe/* observeSeconds */.Ub)(served)} s, then finishes the deploy or flips back (this run follows it)`,
            timeoutMs: flip.timeoutMs + ((0,host_observe/* observeSeconds */.Ub)(served) + tail.reduce((n, t) => n + t.timeoutMs / 1000, 0)) * 1000 + deploy_plan_MIN,
            ops: [(0,watch/* followWatch */.l5)(inst, req.run)],
            hostUndoes: { code: watch/* HOST_FLIPPED_BACK */.kc },
        }, ...tail.map((t) => ({ ...t, onHost: true })));
    }
    else {
        steps.push(flip, ...tail);
    }
    const notes = [
        ...(breakingLive
            ? [
                `release ${id} declares breaking migrations: users see a maintenance page (503, Retry-After) from the migration until the flip`,
            ]
            : []),
        ...(adopted
            ? [
                `first deploy over the adopted app (${adopted.version ?? 'version unknown'}): it serves until the flip, is the flip's way back, and is stopped after the observe window`,
            ]
            : from
                ? []
                : ['first deploy: there is no live slot to fall back to']),
    ];
    return {
        kind: 'plan',
        plan: {
            format: 1,
            run: req.run,
            instance: inst.id,
            release: { id, version: req.release.version },
            from,
            to,
            steps,
            pointOfNoReturn: breakingLive ? 'migrate' : undefined,
            owner: req.owner,
            finally: { ...unlock, ops: [(0,watch/* unlockAfterWatch */.W6)(inst.id, req.run)] },
            notes,
        },
        recordFailure,
    };
}
function stateWrite(path, state) {
    return { kind: 'write', path, content: `${JSON.stringify(state, null, 2)}\n`, mode: '0644', secret: false };
}
function renderedHashes(files) {
    return Object.fromEntries(files.filter((f) => !f.secret).map((f) => [f.path, (0,external_node_crypto_.createHash)('sha256').update(f.content).digest('hex')]));
}

// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
// EXTERNAL MODULE: ./src/plan/json.ts
var json = __webpack_require__(82877);
// EXTERNAL MODULE: ./src/transport/connect.ts
var connect = __webpack_require__(39287);
// EXTERNAL MODULE: ./src/commands/prepare.ts
var prepare = __webpack_require__(38357);
// EXTERNAL MODULE: ./src/commands/progress.ts
var commands_progress = __webpack_require__(67111);
;// CONCATENATED MODULE: ./src/commands/overlap.ts

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
            text: `both slots ran ${total.toFixed(1)} s (start to flip ${upToFlip.toFixed(1)} s, then a ${drain} s drain); the ${plan.from} slot is then paused, so only the ${plan.to} slot runs background jobs, and stays warm for a rollback for ${warm} s`,
        };
    }
    const after = Math.max(warm, drain);
    const total = upToFlip + after;
    return {
        seconds: total,
        text: `both slots run ${total.toFixed(1)} s (start to flip ${upToFlip.toFixed(1)} s, then the ${plan.from} slot ${warm > 0 ? `stays warm for ${warm} s` : `drains for ${drain} s`})`,
    };
}

// EXTERNAL MODULE: ./src/presets/data-dir.ts
var data_dir = __webpack_require__(23184);
// EXTERNAL MODULE: ./src/commands/run-context.ts + 2 modules
var run_context = __webpack_require__(7533);
;// CONCATENATED MODULE: ./src/commands/deploy.ts















async function readDrift(transport, state) {
    const script = driftScript(state);
    if (!script)
        return [];
    const r = await transport.script(script, { timeoutMs: 30_000 });
    return parseDrift(state, r.stdout);
}
/** The exit code an outcome means (documented in the README). */
function exitCodeFor(outcome) {
    if (outcome.kind === 'completed')
        return exit_codes/* ExitCode */.y.ok;
    if (outcome.kind === 'locked' || outcome.kind === 'stale')
        return exit_codes/* ExitCode */.y.locked;
    if (outcome.disconnected)
        return exit_codes/* ExitCode */.y.connection;
    if (!outcome.undone || outcome.pastNoReturn)
        return exit_codes/* ExitCode */.y.rollbackFailed;
    if (outcome.step.phase === 'gate' && !outcome.cancelled)
        return exit_codes/* ExitCode */.y.healthGateRolledBack;
    if (outcome.step.id === 'db-check' && outcome.code === exit_codes/* ExitCode */.y.restoreUnsafe)
        return exit_codes/* ExitCode */.y.restoreUnsafe;
    if (outcome.step.id === 'preflight' && !outcome.cancelled)
        return exit_codes/* ExitCode */.y.preflight;
    return exit_codes/* ExitCode */.y.rolledBackAfterFailure;
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
        ? `drift (the deploy overwrites these; move lasting changes into templates/):\n${drift.map((d) => `  ${d}`).join('\n')}\n\n`
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
            exitCode: exit_codes/* ExitCode */.y.ok,
            summary: `plan for ${result.plan.release.id} on the ${result.plan.to} slot`,
            planText,
            plan: (0,json/* planJson */.i)(result.plan, Object.values(prepared.secrets)),
        };
    opts.log(`deploy ${run}: ${prepared.instance.id} ${result.plan.from ? `${result.plan.from} -> ` : ''}${result.plan.to}, release ${result.plan.release.id} (${result.plan.steps.length} steps)`);
    const progress = (0,commands_progress/* stepReporter */.w)(opts.log, mask, opts.onEvent);
    const outcome = await (0,engine_run/* runPlan */.F)(result.plan, transport, {
        onEvent: progress.onEvent,
        recordFailure: result.recordFailure,
        lockWaitMs: opts.lockWaitMs,
        signal: opts.signal,
    }).finally(progress.stop);
    const exitCode = exitCodeFor(outcome);
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
        return `flipped back to the ${plan.from} slot${state.slots[plan.from] ? ` (release ${state.slots[plan.from].release})` : ''} and held release ${plan.release.id}`;
    if (state.adopted)
        return `flipped back to the app slotflip adopted and held release ${plan.release.id}`;
    const names = inst.nginx?.server_names.join(', ');
    return `this was the instance's first deploy, so there was no earlier slot to flip back to: the ${plan.to} slot was stopped and nothing of ${inst.id} serves now${names ? ` (nginx answers 502 for ${names})` : ''}; release ${plan.release.id} is held: fix it, run \`slotflip release-hold\`, and deploy again`;
}
function summaryOf(plan, outcome, mask, flippedBack) {
    if (outcome.kind === 'completed')
        return `deployed ${plan.release.id} on the ${plan.to} slot`;
    if (outcome.kind === 'locked')
        return `locked by ${mask(outcome.holder)}`;
    if (outcome.kind === 'stale')
        return 'the host kept changing while this run waited for the lock; run it again';
    if (outcome.disconnected)
        return (0,engine_run/* lostConnectionAdvice */.V)(outcome.step.id);
    if (outcome.pastNoReturn) {
        return `${outcome.step.id} failed after the breaking migration: ${mask(outcome.detail)}; the maintenance page stays up. Operator needed: fix and deploy ${plan.release.id} again, or restore the backup taken by this run`;
    }
    const after = outcome.undone
        ? outcome.trafficMoved
            ? flippedBack
            : 'nothing changed for users'
        : 'ROLLBACK FAILED: operator needed';
    return `${outcome.step.id} failed: ${mask(outcome.detail)}; ${after}`;
}


/***/ }),

/***/ 7533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F$: () => (/* binding */ newRunId),
  eC: () => (/* binding */ owner),
  vP: () => (/* binding */ readHostWhenFree),
  un: () => (/* binding */ readState)
});

// UNUSED EXPORTS: readHost

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/host/lock.ts
var lock = __webpack_require__(62703);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/host/watch.ts
var watch = __webpack_require__(48949);
// EXTERNAL MODULE: ./src/shell/state.ts
var shell_state = __webpack_require__(55547);
;// CONCATENATED MODULE: ./src/host/probe.ts





const MARK = '--- slotflip probe';
/** Where nginx sends a component's traffic: the flip's symlink (unix sockets) or its upstream include (TCP). */
function routeCommand(inst, component, listen) {
    return listen === 'unix'
        ? `readlink ${(0,quote/* quote */.hD)((0,layout/* layout */.Zp)(inst.id).currentSocket(component))}`
        : `cat ${(0,quote/* quote */.hD)((0,layout/* layout */.Zp)(inst.id).upstreamFile(component))}`;
}
/** A shell command printing the fingerprint of everything a deploy plan is built from. */
function fingerprintCommand(inst) {
    const l = (0,layout/* layout */.Zp)(inst.id);
    const routes = Object.entries(inst.app.components).map(([name, c]) => routeCommand(inst, name, c?.listen.type));
    return `{ cat ${(0,quote/* quote */.hD)(l.state)}; ${routes.join('; ')}; ls ${(0,quote/* quote */.hD)(l.maintenanceFlag)}; } 2>/dev/null | sha256sum | cut -c1-64`;
}
function probeScript(inst) {
    const l = (0,layout/* layout */.Zp)(inst.id);
    const [name, first] = Object.entries(inst.app.components)[0] ?? [];
    const route = name && first ? routeCommand(inst, name, first.listen.type) : 'true';
    return [
        `cat ${(0,quote/* quote */.hD)(l.state)} 2>/dev/null || echo null`,
        `echo '${MARK} routed'; ${route} 2>/dev/null || true`,
        ...layout/* SLOTS */._f.map((s) => `echo '${MARK} slot ${s}'; readlink ${(0,quote/* quote */.hD)(l.slotLink(s))} 2>/dev/null || true`),
        ...layout/* SLOTS */._f.map((s) => `echo '${MARK} running ${s}'; systemctl is-active --quiet ${Object.keys(inst.app.components)
            .map((c) => (0,quote/* quote */.hD)(`${l.unit(c)}${s}`))
            .join(' ')} 2>/dev/null && echo yes || true`),
        `echo '${MARK} maintenance'; [ -e ${(0,quote/* quote */.hD)(l.maintenanceFlag)} ] && echo on || true`,
        `echo '${MARK} lock'; cat ${(0,quote/* quote */.hD)(`${l.lock}/owner`)} 2>/dev/null || true`,
        `echo '${MARK} lock-session'; ${(0,lock/* sessionGone */.EL)((0,quote/* quote */.hD)(l.lock))}; [ -z "$gone" ] || echo gone`,
        `echo '${MARK} watch'; w=$(cat ${(0,quote/* quote */.hD)(`${l.root}/watch.json`)} 2>/dev/null || true); r=$(printf '%s' "$w" | sed -n 's/^{"run":"\\([^"]*\\)".*/\\1/p'); [ -z "$r" ] || [ -e ${(0,quote/* quote */.hD)(`${l.root}/watch`)}/"$r"/reported ] || printf '%s\\n' "$w"`,
        `echo '${MARK} watching'; systemctl is-active -q ${(0,quote/* quote */.hD)((0,watch/* watchUnit */.ev)(inst.id))} 2>/dev/null && echo yes || true`,
        `echo '${MARK} journal'; tail -n 200 ${(0,quote/* quote */.hD)(l.journal)} 2>/dev/null || true`,
        `echo '${MARK} fingerprint'; ${fingerprintCommand(inst)}`,
        `echo '${MARK} now'; date +%s`,
    ].join('\n');
}
/** Reads the probe's output. Pure, so every disagreement it can report is tested without a host. */
function parseProbe(inst, stdout) {
    const parts = new Map();
    const chunks = stdout.split(`${MARK} `);
    const stateText = chunks.shift() ?? '';
    for (const chunk of chunks) {
        const nl = chunk.indexOf('\n');
        parts.set(nl < 0 ? chunk : chunk.slice(0, nl), nl < 0 ? '' : chunk.slice(nl + 1).trim());
    }
    const state = (0,shell_state/* parseState */.Bu)(stateText, inst.id);
    const [, first] = Object.entries(inst.app.components)[0] ?? [];
    const routedText = parts.get('routed') ?? '';
    let routed = null;
    if (first?.listen.type === 'unix')
        routed = layout/* SLOTS */._f.find((s) => routedText.endsWith(`/${s}/app.sock`)) ?? null;
    else if (first?.listen.type === 'tcp')
        routed = layout/* SLOTS */._f.find((s) => routedText.includes(`:${first.listen[s]};`)) ?? null;
    const slotRelease = {};
    for (const s of layout/* SLOTS */._f) {
        const target = parts.get(`slot ${s}`);
        if (target)
            slotRelease[s] = target.replace(/^.*\//, '');
    }
    let lock = null;
    try {
        const raw = JSON.parse(parts.get('lock') || 'null');
        if (raw?.run)
            lock = {
                run: raw.run,
                owner: raw.owner ?? '',
                expires: Number(raw.expires ?? 0),
                ...(parts.get('lock-session') === 'gone' ? { sessionGone: true } : {}),
            };
    }
    catch {
        lock = { run: '?', owner: parts.get('lock') ?? '', expires: 0 };
    }
    const journal = [];
    for (const line of (parts.get('journal') ?? '').split('\n')) {
        try {
            const e = JSON.parse(line);
            if (e.run && (e.event === 'start' || e.event === 'end'))
                journal.push(e);
        }
        catch {
            // a line cut by a full disk or a kill mid-write: the lines around it still count
        }
    }
    const slotRunning = { blue: parts.get('running blue') === 'yes', green: parts.get('running green') === 'yes' };
    let unreportedWatch;
    try {
        const w = JSON.parse(parts.get('watch') || 'null');
        if (w?.run)
            unreportedWatch = { run: w.run, release: w.release, state: w.state, reason: w.reason ?? '' };
    }
    catch {
        // a watch file cut mid-write says nothing
    }
    return {
        state,
        routed,
        slotRelease,
        slotRunning,
        maintenance: parts.get('maintenance') === 'on',
        lock,
        journal,
        watching: parts.get('watching') === 'yes',
        ...(unreportedWatch ? { unreportedWatch } : {}),
        fingerprint: parts.get('fingerprint') ?? '',
        now: Number(parts.get('now') ?? 0),
    };
}

// EXTERNAL MODULE: ./src/host/release.ts
var host_release = __webpack_require__(97043);
;// CONCATENATED MODULE: ./src/host/recover.ts

/**
 * The last run in the journal that acted on the host (runs refused at the lock are skipped: they did nothing), when
 * it neither finished (its unlock ended) nor is still alive (it holds an unexpired lease).
 */
function interruptedRun(journal, lock, now, watching = false) {
    const runs = [...new Set(journal.map((e) => e.run))].reverse();
    for (const run of runs) {
        const own = journal.filter((e) => e.run === run);
        const tail = own.at(-1);
        const step = tail.step ?? tail.undo ?? '?';
        if (own.every((e) => e.step === 'lock') && tail.event === 'end' && tail.code !== 0)
            continue;
        if (lock && lock.run === run && ((lock.expires >= now && !lock.sessionGone) || watching))
            return undefined; // alive (or the host watches its flip): the lock step waits for it
        // Finished: its lock was released (by the run, or by the host's watch after the run's own last step).
        if (own.some((e) => e.step === 'unlock' && e.event === 'end'))
            return undefined;
        return { run, step, running: tail.event === 'start', at: tail.at };
    }
    return undefined;
}
function recover(probe) {
    const notes = [];
    let state = probe.state;
    const interrupted = interruptedRun(probe.journal, probe.lock, probe.now, probe.watching);
    if (interrupted) {
        const when = new Date(interrupted.at * 1000).toISOString();
        notes.push(`run ${interrupted.run} stopped ${interrupted.running ? 'during' : 'after'} its ${interrupted.step} step at ${when} without finishing; this run completes or replaces what it left`);
    }
    const w = probe.unreportedWatch;
    if (w) {
        const did = w.state === 'passed'
            ? 'it passed its observe window and the host finished the deploy'
            : w.state === 'flipped-back'
                ? `the host flipped it back and held it (${w.reason})`
                : `the watch is ${w.state}`;
        notes.push(`run ${w.run} ended before it could report its flip to release ${w.release}: ${did}`);
    }
    const routed = probe.routed;
    if (routed && routed !== state.active) {
        const release = probe.slotRelease[routed] ?? 'unknown';
        const flippedAt = probe.journal.filter((e) => e.step === 'flip' && e.event === 'end' && e.code === 0).at(-1)?.at;
        state = {
            ...state,
            active: routed,
            slots: {
                ...state.slots,
                [routed]: {
                    release,
                    version: (0,host_release/* versionOf */.E4)(release),
                    since: flippedAt ? new Date(flippedAt * 1000).toISOString() : new Date(probe.now * 1000).toISOString(),
                },
            },
            releases: state.releases.includes(release) ? state.releases : [...state.releases, release],
        };
        notes.push(`nginx routes to the ${routed} slot (release ${release}), but state.json recorded ${probe.state.active ?? 'no live slot'}: the ${routed} slot is taken as live`);
    }
    const adopted = routed !== null && routed !== probe.state.active;
    const converge = interrupted
        ? `run ${interrupted.run} did not finish`
        : adopted
            ? 'state.json did not record the last flip'
            : probe.maintenance
                ? 'the maintenance page is on'
                : undefined;
    if (probe.maintenance)
        notes.push("the maintenance page is on (a breaking migration's deploy did not finish): it stays on until a deploy flips to a release that passes its health gate");
    return { state, notes, interrupted, converge };
}

;// CONCATENATED MODULE: ./src/commands/run-context.ts








// What every command that changes a host needs: a run id, who runs it, and what the host's state is.
function newRunId(now = new Date()) {
    return `${now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')}-${(0,external_node_crypto_.randomBytes)(2).toString('hex')}`;
}
function owner() {
    const e = process.env;
    if (e.GITHUB_RUN_ID && e.GITHUB_REPOSITORY)
        return `${e.GITHUB_SERVER_URL ?? 'https://github.com'}/${e.GITHUB_REPOSITORY}/actions/runs/${e.GITHUB_RUN_ID}`;
    return `${(0,external_node_os_.userInfo)().username}@${(0,external_node_os_.hostname)()}`;
}
async function readState(transport, instance) {
    const r = await transport.script(`cat ${(0,layout/* layout */.Zp)(instance).state} 2>/dev/null || echo null`);
    if (r.code !== 0)
        throw new errors/* SlotflipError */.u0('connect', `reading the host's state failed: ${r.stderr.trim()}`, 'Check the target', exit_codes/* ExitCode */.y.connection);
    return (0,shell_state/* parseState */.Bu)(r.stdout, instance);
}
/** The state a plan is built from: what state.json says, reconciled with what a killed run left (host/recover.ts). */
async function readHost(transport, inst) {
    const r = await transport.script(probeScript(inst), { timeoutMs: 30_000 });
    if (r.code !== 0)
        throw new errors/* SlotflipError */.u0('connect', `reading the host's state failed: ${r.stderr.trim()}`, 'Check the target', exit_codes/* ExitCode */.y.connection);
    let probe;
    try {
        probe = parseProbe(inst, r.stdout);
    }
    catch (err) {
        throw new errors/* SlotflipError */.u0('connect', `${(0,layout/* layout */.Zp)(inst.id).state} on ${transport.label} is unreadable: ${err instanceof Error ? err.message : String(err)}`, 'Restore it from the history in the journal, or move it aside to start over', exit_codes/* ExitCode */.y.connection);
    }
    return {
        probe,
        recovery: recover(probe),
        guard: { fingerprint: fingerprintCommand(inst), expect: probe.fingerprint },
    };
}
/** Plans are made from a host no other live run is changing: wait (up to --lock-wait) while another run holds the lock. */
async function readHostWhenFree(transport, inst, waitUntil, waiting) {
    let said = '';
    for (;;) {
        const host = await readHost(transport, inst);
        const lock = host.probe.lock;
        const watched = !!lock && host.probe.watching;
        if (!lock || ((lock.expires < host.probe.now || lock.sessionGone) && !watched) || Date.now() >= waitUntil)
            return host;
        if (said !== lock.run)
            waiting(watched
                ? `the host observes the flip of run ${lock.run} (${lock.owner}); it finishes the deploy or flips back, then frees the lock`
                : `${lock.owner} (run ${lock.run}; its lease is renewed while it lives)`);
        said = lock.run;
        await new Promise((r) => setTimeout(r, 2000));
    }
}


/***/ }),

/***/ 82655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ lostConnectionAdvice),
  F: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/transport/transport.ts
var transport_transport = __webpack_require__(91588);
;// CONCATENATED MODULE: ./src/engine/uploads.ts



/**
 * The bytes of a step's upload ops (a release archive from the runner) go to the host as a stream before the step's
 * script runs; the script then checks their sha256 (compile.ts). Inside the script as a here-document they made a
 * 53 MB archive a 71 MB bash script, which bash took about 100 s to read.
 */
async function pushUploads(transport, ops) {
    for (const op of ops) {
        if (op.kind !== 'upload')
            continue;
        const dir = op.path.replace(/\/[^/]+$/, '') || '/';
        const made = await transport.script(`install -d -m 0755 ${(0,quote/* quote */.hD)(dir)}`, { timeoutMs: 30_000 });
        if (made.code !== 0 || made.lost)
            return made;
        try {
            await transport.pipe((0,transport_transport/* pushArgv */.d1)(op.path), { stdin: external_node_stream_.Readable.from([op.bytes]) });
        }
        catch (err) {
            return {
                code: 1,
                stdout: '',
                stderr: `uploading ${op.path} (${op.bytes.length} bytes) failed: ${err instanceof Error ? err.message : String(err)}`,
            };
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/plan/compile.ts
var compile = __webpack_require__(50322);
// EXTERNAL MODULE: ./src/host/lock.ts
var host_lock = __webpack_require__(62703);
;// CONCATENATED MODULE: ./src/engine/heartbeat.ts

/**
 * Renews the run's lease every HEARTBEAT_MS on the run's own connection while a step runs, so a long step keeps the
 * lock while the engine lives, and a killed engine loses it within LEASE_SECONDS. If the host says the lock is now
 * someone else's, `onLost` is called once (the engine cancels the run: two runs must never act at once).
 */
function startHeartbeat(transport, lock, owner, onLost) {
    const script = (0,host_lock/* refreshLock */.nM)(lock, { ...owner, leaseSeconds: host_lock/* LEASE_SECONDS */.Vb });
    let lost = false;
    const timer = setInterval(() => {
        void transport.script(script, { timeoutMs: host_lock/* HEARTBEAT_MS */.m }).then((r) => {
            if (r.code === host_lock/* LOCKED_EXIT */.Y3 && !lost) {
                lost = true;
                onLost(r.stderr.trim());
            }
        }, () => undefined);
    }, host_lock/* HEARTBEAT_MS */.m);
    timer.unref();
    return () => clearInterval(timer);
}

// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
;// CONCATENATED MODULE: ./src/engine/run.ts






/**
 * What an operator is told when the connection broke mid-run: nothing could be undone from here, and the host's own
 * safeguards take over (the step's journal line, the lease that expires, the next run that takes it over).
 */
const lostConnectionAdvice = (step) => `the connection to the host was lost during "${step}": on the host that step runs to its end or stops, and nothing was undone from here. The lock frees itself once the host has seen the connection close and that step has ended, or at the latest when its lease expires (${host_lock/* LEASE_SECONDS */.Vb} s after the last renewal); check the host is reachable, then run the same command again with --lock-wait 60s: it takes the lock over and converges`;
/** Structured lines a step prints: `SLOTFLIP_RESULT name {json}` and `SLOTFLIP_EVENT text`. */
function collect(stdout, results, events) {
    for (const line of stdout.split('\n')) {
        const r = /^SLOTFLIP_RESULT (\S+) (.*)$/.exec(line);
        if (r) {
            try {
                results[r[1]] = JSON.parse(r[2]);
            }
            catch {
                results[r[1]] = r[2];
            }
        }
        const e = /^SLOTFLIP_EVENT (.*)$/.exec(line);
        if (e)
            events.push(e[1]);
    }
}
function isPastNoReturn(plan, step) {
    const ponr = plan.pointOfNoReturn ? plan.steps.findIndex((s) => s.id === plan.pointOfNoReturn) : -1;
    return ponr >= 0 && plan.steps.indexOf(step) >= ponr;
}
/** The line that says why: a failing script's last words (its earlier output is logged as it happens). */
const lastLine = (r) => (r.stderr.trim() || r.stdout.trim()).split('\n').pop() ?? '';
/**
 * Runs a plan step by step over one transport (one SSH connection for the whole run). Each step journals itself on
 * the host. When a step fails, every completed step's undo runs in reverse order, then the failure is recorded;
 * the final step (the lock release) runs whatever happened.
 */
async function runPlan(plan, transport, opts = {}) {
    const l = (0,layout/* layout */.Zp)(plan.instance);
    const ctx = { run: plan.run, journal: l.journal, root: l.root, lock: l.lock, owner: plan.owner };
    const timings = [];
    const results = {};
    const events = [];
    const completed = [];
    // A run that loses its lease (its heartbeat found another owner) cancels itself like a SIGTERM would.
    const lost = new AbortController();
    const signal = opts.signal ? AbortSignal.any([opts.signal, lost.signal]) : lost.signal;
    let stopHeartbeat = () => { };
    const exec = async (step, index) => {
        opts.onEvent?.({ kind: 'start', step, index, total: plan.steps.length });
        const started = Date.now();
        // Cancelling (SIGTERM from GitHub) interrupts the running step: a second script on the same connection signals
        // the step's shell, whose TERM trap journals the end. It repeats until the step has returned, because the signal
        // may come before the step's shell has started and written its pid. The final step (unlock) is never interrupted.
        const pidFile = (0,quote/* quote */.hD)((0,compile/* stepPidFile */.eX)(ctx, step));
        const kill = `{ read -r p _ < ${pidFile}; } 2>/dev/null && [ -n "$p" ] && { pkill -TERM -P "$p"; kill -TERM "$p"; } 2>/dev/null; true`;
        let retry;
        const cancel = () => {
            void transport.script(kill, { timeoutMs: 5000 });
            retry = setInterval(() => void transport.script(kill, { timeoutMs: 5000 }), 250);
        };
        const interruptible = step !== plan.finally;
        if (interruptible) {
            if (signal.aborted)
                cancel();
            else
                signal.addEventListener('abort', cancel, { once: true });
        }
        // An upload's bytes go first (engine/uploads.ts); a failed upload is the step's result.
        const send = async () => (await pushUploads(transport, step.ops)) ??
            transport.script((0,compile/* compileStep */.qg)(step, ctx), { timeoutMs: step.timeoutMs });
        const result = await send().finally(() => {
            if (interruptible)
                signal.removeEventListener('abort', cancel);
            clearInterval(retry);
        });
        const ms = Date.now() - started;
        timings.push({ step: step.id, ms, code: result.code });
        const before = events.length;
        collect(result.stdout, results, events);
        for (const text of events.slice(before))
            opts.onEvent?.({ kind: 'note', step, text });
        opts.onEvent?.({ kind: 'done', step, result, ms });
        return result;
    };
    let failure;
    for (const [index, step] of plan.steps.entries()) {
        if (step.onHost)
            continue; // the host's watch runs it (plan/watch-script.ts)
        // From here the host's watch holds the lock and releases it when it ends: renewing it from here too raced with
        // that release (seen once in 171 soak cycles: "this run lost its lock", exit 12, on a deploy that succeeded).
        if (step.hostUndoes)
            stopHeartbeat();
        if (signal.aborted) {
            failure = { step, code: 130, detail: 'cancelled before this step' };
            break;
        }
        let result = await exec(step, index);
        const waitUntil = Date.now() + (opts.lockWaitMs ?? 0);
        while (step.id === 'lock' && result.code === host_lock/* LOCKED_EXIT */.Y3 && Date.now() < waitUntil && !signal.aborted) {
            opts.onEvent?.({ kind: 'waiting-for-lock', holder: lastLine(result) });
            await new Promise((r) => setTimeout(r, 2000));
            result = await exec(step, index);
        }
        if (step.id === 'lock' && result.code === host_lock/* LOCKED_EXIT */.Y3)
            return { kind: 'locked', holder: lastLine(result).replace(/^locked by /, ''), timings };
        if (step.id === 'lock' && result.code === host_lock/* STALE_EXIT */.JP)
            return { kind: 'stale', timings };
        if (step.id === 'lock' && result.code === 0)
            stopHeartbeat = startHeartbeat(transport, l.lock, ctx, (why) => lost.abort(why));
        if (result.lost) {
            failure = { step, code: result.code, detail: result.stderr, disconnected: true };
            break;
        }
        if (result.code !== 0 || signal.aborted) {
            failure = {
                step,
                code: result.code,
                detail: lost.signal.aborted
                    ? String(lost.signal.reason)
                    : signal.aborted
                        ? 'cancelled (SIGTERM or SIGINT)'
                        : lastLine(result) || `exit ${result.code}`,
            };
            break;
        }
        completed.push(step);
    }
    stopHeartbeat();
    if (!failure) {
        await exec(plan.finally, plan.steps.length);
        return { kind: 'completed', timings, results, events };
    }
    // Undo in reverse: flip back before stopping the new slot, so users never hit a stopped slot.
    const trafficMoved = completed.some((s) => s.movesTraffic) || failure.step.movesTraffic === true;
    // Without a connection nothing below can run: the outcome says so, and the next run converges from the journal.
    if (failure.disconnected)
        return {
            kind: 'failed',
            ...failure,
            cancelled: signal.aborted === true,
            trafficMoved,
            undone: false,
            pastNoReturn: false,
            timings,
            results,
            events,
        };
    // The host's watch acted on this failure itself (it flipped back and recorded it, or it goes on deciding): undoing
    // from here too would have two actors on one host.
    if (failure.step.hostUndoes) {
        await exec(plan.finally, plan.steps.length);
        return {
            kind: 'failed',
            ...failure,
            cancelled: signal.aborted === true,
            trafficMoved,
            undone: failure.code === failure.step.hostUndoes.code,
            pastNoReturn: isPastNoReturn(plan, failure.step),
            timings,
            results,
            events,
        };
    }
    let undone = true;
    // Past the point of no return (a breaking migration, a restored database) the steps before it are not undone:
    // undoing them would put the old release back on a schema it cannot run on. An operator decides (exit 12).
    const ponr = plan.pointOfNoReturn ? plan.steps.findIndex((s) => s.id === plan.pointOfNoReturn) : -1;
    const pastNoReturn = isPastNoReturn(plan, failure.step);
    for (const step of [failure.step, ...[...completed].reverse()]) {
        if (!step.undo?.length || (pastNoReturn && plan.steps.indexOf(step) < ponr))
            continue;
        const undoStep = { ...step, ops: step.undo };
        const result = await transport.script((0,compile/* compileStep */.qg)(undoStep, ctx, step.undo, 'undo'), { timeoutMs: step.timeoutMs });
        opts.onEvent?.({ kind: 'undo', step, result });
        if (result.code !== 0)
            undone = false;
    }
    if (opts.recordFailure && completed.some((s) => s.id === 'lock')) {
        const record = opts.recordFailure(trafficMoved, `${failure.step.id} failed: ${failure.detail}`);
        const r = await transport.script((0,compile/* compileStep */.qg)(record, ctx), { timeoutMs: record.timeoutMs });
        if (r.code !== 0)
            undone = false;
    }
    if (completed.some((s) => s.id === 'lock'))
        await exec(plan.finally, plan.steps.length);
    return {
        kind: 'failed',
        ...failure,
        cancelled: signal.aborted === true,
        trafficMoved,
        undone,
        pastNoReturn,
        timings,
        results,
        events,
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
            kind: 'write',
            path: `/etc/systemd/system/${name}.socket`,
            mode: '0644',
            secret: false,
            content: `# slotflip: ${instance} ${component} reaches the adopted app on 127.0.0.1:${port} through this socket until its first deploy.\n[Socket]\nListenStream=${bridgeSocket(instance, component)}\nSocketMode=0666\n\n[Install]\nWantedBy=sockets.target\n`,
        },
        {
            kind: 'write',
            path: `/etc/systemd/system/${name}.service`,
            mode: '0644',
            secret: false,
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
/** The server names move from the adopted site to slotflip's in one `nginx -t` and reload; a refusal puts the old site back. */
function handOverSite(inst, from) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Zp)(inst.id);
    const [legacy, saved, site, link] = [from.path, from.savedAt, l.site, l.siteLink].map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD);
    const back = `rm -f ${link}; mv -f ${saved} ${legacy}; nginx -t -q && systemctl reload nginx`;
    return {
        ops: [
            {
                kind: 'sh',
                note: 'one reload: nginx never sees both sites at once',
                text: `install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(savedSitesDir)}\nmv -f ${legacy} ${saved}\nln -sfn ${site} ${link}\nif ! { nginx -t -q && systemctl reload nginx; }; then ${back}; echo "nginx refused slotflip's site for ${inst.id}; the previous site is back" >&2; exit 1; fi`,
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
/* harmony import */ var _psql_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32748);
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
    const dump = gzip
        ? `(set -o pipefail; ${pgDump} -Z0 | ${gzipShell} > ${out}) & dump=$!`
        : `${pgDump} -f ${out} & dump=$!`;
    return `coproc SNAP { ${psql} -qAt 2>&1; }
echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();" >&"\${SNAP[1]}"
snap=''; read -r -t 30 snap <&"\${SNAP[0]}" || true
case "$snap" in *-*-*) ;; *) echo "could not export a database snapshot: $snap" >&2; exit 1 ;; esac
${dump}
marker=$({ echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '$snap';"; ${psql} -At -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(GENERATE)}; echo 'COMMIT;'; } | ${psql} -qAt -F'|') || { { pkill -P "$dump"; kill "$dump"; } 2>/dev/null || true; echo "fingerprinting the dump's snapshot failed" >&2; exit 1; }
wait "$dump" || { echo "pg_dump failed" >&2; exit 1; }
printf 'COMMIT;\n\\q\n' >&"\${SNAP[1]}"
{ echo "schema $(${(0,_psql_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaHeadShell */ .eJ)(l, db)})"; echo clean; printf '%s\n' "$marker"; } > ${m}.partial && mv -f ${m}.partial ${m}`;
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
    return `then=$(sed -n '1s/^schema //p' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${dumpFile}.marker`)} 2>/dev/null || true); echo "$then"; ${(0,_psql_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaHeadShell */ .eJ)(l, db)}`;
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

/***/ 62357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ maintenanceOff),
/* harmony export */   v: () => (/* binding */ maintenanceOn)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50418);

// The maintenance page: nginx answers 503 with Retry-After on every route while this flag file exists (checked per
// request, no reload). One place builds the ops, so every plan turns it on and off the same way.
const maintenanceOn = (instance) => ({
    kind: 'run',
    argv: ['touch', (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).maintenanceFlag],
    note: 'maintenance page on (503 + Retry-After)',
});
const maintenanceOff = (instance) => ({
    kind: 'run',
    argv: ['rm', '-f', (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).maintenanceFlag],
    note: 'maintenance page off',
});


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
const OBSERVE = {
    errorRatePercent: 5,
    p95LatencyMs: 500,
    minRequests: 20,
    healthFailures: 3,
    healthFlaps: 3,
};
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

/***/ 32748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aC: () => (/* binding */ target),
/* harmony export */   eJ: () => (/* binding */ schemaHeadShell),
/* harmony export */   j_: () => (/* binding */ conn)
/* harmony export */ });
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
    const isNew = probe?.expect_version
        ? `grep -qE ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)((0,_health_js__WEBPACK_IMPORTED_MODULE_0__/* .versionPattern */ .D8)(version, probe.expect_version))}`
        : 'grep -q .';
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
        {
            kind: 'sh',
            note: "the receipt's prober, in the background (it stops when the last step says so)",
            text: `setsid bash ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(`${dir}/probe.sh`)} < /dev/null > /dev/null 2>&1 &\necho $! > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(`${dir}/probe.pid`)}`,
        },
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

/***/ 48949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ watchPaths),
/* harmony export */   Ms: () => (/* binding */ startWatch),
/* harmony export */   Mv: () => (/* binding */ markWatchesReported),
/* harmony export */   W6: () => (/* binding */ unlockAfterWatch),
/* harmony export */   _e: () => (/* binding */ abortWatch),
/* harmony export */   cz: () => (/* binding */ markReceiptStart),
/* harmony export */   ev: () => (/* binding */ watchUnit),
/* harmony export */   kc: () => (/* binding */ HOST_FLIPPED_BACK),
/* harmony export */   l5: () => (/* binding */ followWatch),
/* harmony export */   vq: () => (/* binding */ letWatchGo)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61250);


// The host keeps watch after a flip: the observe window, the receipt and what follows (or the flip back) run in a
// transient systemd unit of their own, started by the flip step, so a runner that dies, is cancelled or loses its
// network changes nothing. The run's step shell only follows the unit's log. One watch per instance at a time: the
// lock is not given up while it runs (its pid file counts as a step of its run, host/lock.ts).
const watchUnit = (instance) => `slotflip-${instance}-watch`;
function watchPaths(instance, run) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    const dir = `${l.root}/watch/${run}`;
    return {
        dir,
        script: `${dir}/watch.sh`,
        log: `${dir}/log`,
        /** What the watch decided: `ok` or `flipped-back <why>`. */
        result: `${dir}/result`,
        receipt: `${dir}/receipt.json`,
        /** The watch as `status` shows it: run, release, since, until, state (waiting, observing, passed, flipped-back). */
        status: `${l.root}/watch.json`,
        /** Counted as a step shell of the run: the lock is not taken over while it lives (host/lock.ts, holderBusy). */
        pidFile: `${l.root}/.pid-${run}-watch`,
    };
}
/** Writes the watch's script and starts its unit; it sends its probes at once and waits for the flip to be done. */
function startWatch(instance, run, script) {
    const w = watchPaths(instance, run);
    const unit = watchUnit(instance);
    return [
        {
            kind: 'sh',
            note: "the watch's folder (the last five runs' are kept)",
            text: `install -d -m 0700 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.dir)}\nls -1dt ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).root}/watch`)}/*/ 2>/dev/null | tail -n +6 | xargs -r rm -rf`,
        },
        { kind: 'write', path: w.script, content: script, mode: '0700', secret: false },
        {
            kind: 'sh',
            // KillMode=mixed: a stop signals the watch's own shell only, so a flip back it has begun is never cut short.
            note: `start the host's watch of this flip (${unit}): observe, receipt, then finish or flip back on the host`,
            text: `if systemctl is-active -q ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(unit)}; then echo "the host still watches an earlier flip (${unit})" >&2; exit 1; fi
systemctl reset-failed ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(unit)} 2>/dev/null || true
systemd-run --quiet --collect --unit=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(unit)} -p KillMode=mixed -p TimeoutStopSec=120 -p StandardOutput=append:${w.log} -p StandardError=append:${w.log} /bin/bash ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.script)}`,
        },
    ];
}
/**
 * Where the receipt begins: the time (the new release's first answer counts from it) and the access log's size. Just
 * before the flip; after a breaking migration, once the maintenance page is off (its 503s are by design).
 */
const markReceiptStart = (instance, run, accessLog) => ({
    kind: 'sh',
    note: 'the receipt begins here',
    text: `stat -c %s ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(accessLog)} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${watchPaths(instance, run).dir}/offset`)} 2>/dev/null || echo 0 > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${watchPaths(instance, run).dir}/offset`)}; date +%s.%3N > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${watchPaths(instance, run).dir}/flipped`)}`,
});
/** The flip and its checks passed: the watch begins its window. */
const letWatchGo = (instance, run) => ({
    kind: 'sh',
    note: 'the host begins its observe window',
    text: `touch ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${watchPaths(instance, run).dir}/go`)}`,
});
/** The run's own undo of the flip: the watch ends without acting (the run flips back itself). */
function abortWatch(instance, run) {
    const w = watchPaths(instance, run);
    return {
        kind: 'sh',
        note: "end the host's watch (this run undoes the flip itself)",
        text: `touch ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${w.dir}/abort`)}; systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(watchUnit(instance))} 2>/dev/null || true`,
    };
}
/** Exit of the follow step when the host flipped back: the host undid the flip and recorded it already. */
const HOST_FLIPPED_BACK = 11;
/**
 * The run's observe step: follows the watch's log until the unit ends, then reports what it decided (its receipt as a
 * result line). The watch does not depend on this step: killing it, or losing the connection, changes nothing there.
 */
function followWatch(inst, run) {
    const w = watchPaths(inst.id, run);
    return {
        kind: 'sh',
        note: "follow the host's watch until it has decided",
        // A cancelled run (SIGTERM to this shell) stops the watch: stopped while it observes, the host flips back and
        // records it (the run's own undo would be a second actor), and this step reports that as usual.
        text: `trap 'systemctl stop --no-block ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(watchUnit(inst.id))} 2>/dev/null' TERM
pid=$(systemctl show -p MainPID --value ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(watchUnit(inst.id))} 2>/dev/null || echo 0)
if [ "\${pid:-0}" != 0 ]; then tail -n +1 -f --pid="$pid" ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.log)} 2>/dev/null; else cat ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.log)} 2>/dev/null || true; fi
while [ "\${pid:-0}" != 0 ] && kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
# Reported, unless this step outlived its run's connection (the runner's sshd is gone): then the next run reports it.
if [ -z "\${SLOTFLIP_RUNNER:-}" ] || case "$(cat "/proc/$(cut -d' ' -f4 "/proc/$SLOTFLIP_RUNNER/stat" 2>/dev/null)/comm" 2>/dev/null)" in sshd*) true ;; *) false ;; esac; then touch ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${w.dir}/reported`)}; fi
[ ! -s ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.receipt)} ] || echo "SLOTFLIP_RESULT receipt $(cat ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.receipt)})"
result=$(cat ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.result)} 2>/dev/null || true)
case "$result" in
  ok) ;;
  flipped-back*) echo "\${result#flipped-back }" >&2; exit ${HOST_FLIPPED_BACK} ;;
  *) echo "the host's watch ended without a decision (its log: ${w.log})" >&2; exit 1 ;;
esac`,
    };
}
/** Releases the lock unless the host's watch of this run still runs (it releases the lock itself when it ends). */
function unlockAfterWatch(instance, run) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    const w = watchPaths(instance, run);
    return {
        kind: 'sh',
        note: "release the lock if it is ours and the host no longer watches this run's flip",
        text: `if { read -r p _ < ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.pidFile)} && kill -0 "$p"; } 2>/dev/null; then echo "SLOTFLIP_EVENT the host still watches this flip: it releases the lock when it ends"
elif grep -qF ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`"run":${JSON.stringify(run)}`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(l.lock)}/owner 2>/dev/null; then rm -rf ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(l.lock)}; fi`,
    };
}
/** A run that took the lock has read (and reported) what earlier watches decided: they are not reported again. */
function markWatchesReported(instance) {
    return {
        kind: 'sh',
        text: `for d in ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).root}/watch`)}/*/; do [ ! -d "$d" ] || touch "$d/reported"; done`,
    };
}


/***/ }),

/***/ 82877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ planJson)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80216);

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
    const mask = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .masker */ .KB)(secrets);
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


/***/ }),

/***/ 55547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ withHistory),
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   p$: () => (/* binding */ emptyState)
/* harmony export */ });
/* unused harmony export HISTORY_LIMIT */
const HISTORY_LIMIT = 50;
function emptyState(instance) {
    return { format: 1, instance, active: null, slots: {}, releases: [], hold: null, history: [] };
}
/** Reads state.json as the host has it; anything else is an error naming the file, never a guess. */
function parseState(text, instance) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === 'null')
        return emptyState(instance);
    const raw = JSON.parse(trimmed);
    if (raw.format !== 1)
        throw new Error(`state.json has format ${String(raw.format)}; this slotflip reads format 1`);
    return { ...emptyState(instance), ...raw };
}
function withHistory(state, entry) {
    return { ...state, history: [...state.history, entry].slice(-HISTORY_LIMIT) };
}


/***/ }),

/***/ 39287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ connectTarget)
/* harmony export */ });
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2042);
/* harmony import */ var _ssh_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35852);


/** The transport an instance's target names. The caller's environment never crosses into the target. */
async function connectTarget(instance, secrets) {
    const t = instance.target;
    const ssh = () => ({
        host: t.host,
        port: t.port ?? 22,
        user: t.user ?? 'root',
        hostKeys: t.host_keys ?? [],
        privateKey: secrets[t.ssh_key_secret] ?? '',
    });
    if (t.transport === 'ssh')
        return _ssh_js__WEBPACK_IMPORTED_MODULE_1__/* .SshTransport */ .e.connect(ssh());
    if (t.transport === 'pct') {
        // `pct exec` forwards the caller's environment unless told not to: --keep-env 0, always.
        const pct = ['pct', 'exec', String(t.vmid), '--keep-env', '0', '--'];
        // Over SSH to the Proxmox host (a runner elsewhere), or on the host itself (a self-hosted runner there).
        if (t.pct_via === 'ssh')
            return _ssh_js__WEBPACK_IMPORTED_MODULE_1__/* .SshTransport */ .e.connect({ ...ssh(), remote: [...pct, 'bash', '-s'] });
        return new _local_js__WEBPACK_IMPORTED_MODULE_0__/* .PrefixTransport */ .W3(`pct exec ${t.vmid}`, pct);
    }
    return new _local_js__WEBPACK_IMPORTED_MODULE_0__/* .PrefixTransport */ .W3('this machine', []);
}


/***/ })

};
