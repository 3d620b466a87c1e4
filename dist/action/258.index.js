export const id = 258;
export const ids = [258,714];
export const modules = {

/***/ 66258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDoctor: () => (/* binding */ runDoctor)
});

// EXTERNAL MODULE: ./src/facts/probe-output.ts
var probe_output = __webpack_require__(13327);
// EXTERNAL MODULE: ./src/backup/manifest.ts
var manifest = __webpack_require__(6345);
// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
;// CONCATENATED MODULE: ./src/doctor/values.ts
// Small readers of the values doctor's checks find in the probe's lines.
/** Words of `key<sep>value` into a record: the value runs from the first separator to the end of the word. */
function pairs(text, sep) {
    return Object.fromEntries(text
        .split(/\s+/)
        .filter((w) => w.includes(sep))
        .map((w) => [w.slice(0, w.indexOf(sep)), w.slice(w.indexOf(sep) + 1)]));
}
/** `Key=Value Key=Value` (systemctl show) into a record. */
const keyValues = (text) => pairs(text, '=');
/** `key:value key:value` (redis INFO) into a record. */
const colonValues = (text) => pairs(text, ':');
const ago = (seconds) => seconds < 120
    ? `${Math.round(seconds)} s`
    : seconds < 7200
        ? `${Math.round(seconds / 60)} min`
        : seconds < 172_800
            ? `${Math.round(seconds / 3600)} h`
            : `${Math.round(seconds / 86_400)} days`;

// EXTERNAL MODULE: ./src/doctor/rows.ts
var doctor_rows = __webpack_require__(52714);
;// CONCATENATED MODULE: ./src/doctor/host-checks.ts




// The host's bookkeeping: disk, the lock, the hold, the maintenance page, the last operation, the backups.
function diskRows(p) {
    const id = p.inst.id;
    return p.tag('disk').map((line) => {
        const [target, pcent, avail] = line.split(/\s+/);
        const used = Number(pcent);
        const detail = `${target}: ${used}% used, ${(Number(avail) / 1073741824).toFixed(1)} GiB free`;
        const remedy = `free space on ${target}: old releases and backups (backups.keep), PostgreSQL (VACUUM ` +
            `FULL), the journal (journalctl --vacuum-size); or grow the container's disk (pct resize)`;
        if (!Number.isFinite(used))
            return (0,doctor_rows/* warn */.R8)(id, 'disk', `cannot read the disk usage: ${line}`, 'check df on the host');
        if (used > doctor_rows/* LIMITS */.b1.diskFailPercent)
            return (0,doctor_rows/* fail */.fJ)(id, 'disk', `${detail} (over ${doctor_rows/* LIMITS */.b1.diskFailPercent}%: a backup or a release may not fit)`, remedy);
        if (used > doctor_rows/* LIMITS */.b1.diskWarnPercent)
            return (0,doctor_rows/* warn */.R8)(id, 'disk', detail, remedy);
        return (0,doctor_rows.ok)(id, 'disk', detail);
    });
}
function lockRow(p) {
    const id = p.inst.id;
    const text = p.first('lock');
    if (!text || text === 'null')
        return (0,doctor_rows.ok)(id, 'lock', 'free');
    let owner;
    try {
        owner = JSON.parse(text);
    }
    catch {
        return (0,doctor_rows/* warn */.R8)(id, 'lock', `the lock's owner file is unreadable: ${text.slice(0, 120)}`, `no run can tell who holds it: remove ${(0,layout/* layout */.Zp)(id).lock} once no slotflip run is active`);
    }
    if (typeof owner.expires === 'number' && owner.expires < p.now) {
        return (0,doctor_rows/* warn */.R8)(id, 'lock', `stale: run ${owner.run} (${owner.owner}) stopped renewing it ${ago(p.now - owner.expires)} ago`, `nothing to do: the next deploy, rollback or backup takes it over once no step of ${owner.run} still ` +
            `runs on the host, and says so; to clear it now, remove ${(0,layout/* layout */.Zp)(id).lock}`);
    }
    return (0,doctor_rows.ok)(id, 'lock', `held by run ${owner.run} (${owner.owner}): a run is in progress`);
}
function operationRows(p) {
    const id = p.inst.id;
    const rows = [];
    const hold = p.state.hold;
    rows.push(hold
        ? (0,doctor_rows/* warn */.R8)(id, 'hold', `release ${hold.release} is held since ${hold.since}: ${hold.reason}`, `deploys of that release are refused: fix it, or run \`slotflip release-hold --env FILE\` to allow it again`)
        : (0,doctor_rows.ok)(id, 'hold', 'none'));
    if (p.first('maintenance') === 'on') {
        rows.push((0,doctor_rows/* fail */.fJ)(id, 'maintenance', 'the maintenance page is on: users get 503', `a restore was interrupted: run \`slotflip restore\` again, or if the live slot is healthy remove ` +
            `${(0,layout/* layout */.Zp)(id).maintenanceFlag}`));
    }
    const last = p.state.history.at(-1);
    if (!last)
        rows.push((0,doctor_rows.ok)(id, 'last run', 'none yet'));
    else if (last.result === 'ok')
        rows.push((0,doctor_rows.ok)(id, 'last run', `${last.op} ${last.run} of ${last.release}: ok (${last.at})`));
    else
        rows.push((0,doctor_rows/* warn */.R8)(id, 'last run', `${last.op} ${last.run} of ${last.release}: ${last.result}${last.detail ? ` (${last.detail})` : ''}`, "the live release still serves; `slotflip status` and the run's log say what failed"));
    return rows;
}
function backupRow(p) {
    const id = p.inst.id;
    const b = p.inst.backups;
    if (!b?.recipients?.length)
        return (0,doctor_rows/* warn */.R8)(id, 'backups', 'no backups.recipients: `slotflip backup` is not set up', 'add an age recipient under backups (see the README); backup.yml then runs nightly');
    const stores = b.stores;
    if (stores && !stores.some((s) => s.type === 'host'))
        return (0,doctor_rows.ok)(id, 'backups', `kept off the host (${stores.map((s) => s.type).join(', ')}): not checked here`);
    const newest = p
        .tag('archive')
        .flatMap((l) => (0,manifest/* parseManifest */.Ng)(l) ?? [])
        .sort(manifest/* newestFirst */.ll)[0];
    if (!newest)
        return (0,doctor_rows/* warn */.R8)(id, 'backups', 'no backup archive on the host', 'run `slotflip backup --env FILE` (backup.yml runs it nightly)');
    const age = p.now - Date.parse(newest.created) / 1000;
    const detail = `newest ${newest.id}, ${ago(age)} old`;
    if (age > doctor_rows/* LIMITS */.b1.backupWarnDays * 86_400)
        return (0,doctor_rows/* warn */.R8)(id, 'backups', detail, 'backup.yml has not run: check the scheduled workflow and its runner');
    return (0,doctor_rows.ok)(id, 'backups', detail);
}

;// CONCATENATED MODULE: ./src/doctor/service-checks.ts



// The services an instance needs: its slots' units, nginx and the route to the live slot, PostgreSQL, Redis.
const byComponentSlot = (lines, name, slot) => lines
    .find((l) => l.startsWith(`${name} ${slot}`))
    ?.slice(name.length + slot.length + 2)
    .trim() ?? '';
function unitRow(p, name, slot) {
    const id = p.inst.id;
    const unit = `${(0,layout/* layout */.Zp)(id).unit(name)}${slot}`;
    const props = keyValues(byComponentSlot(p.tag('unit'), name, slot));
    const lastExit = byComponentSlot(p.tag('unit-exit'), name, slot);
    const [errCount = '0', ...errLast] = byComponentSlot(p.tag('unit-err'), name, slot).split(' ');
    const live = p.state.active === slot;
    const check = `unit ${name}@${slot}`;
    const state = `${props.ActiveState ?? 'unknown'} (${props.SubState ?? '?'})`;
    const journal = `journalctl -u ${unit} -n 50`;
    const problems = [];
    // A running unit has not been killed since it started: its last exit is history.
    if (props.ActiveState !== 'active' && lastExit.includes('status=31/SYS')) {
        problems.push({
            verdict: 'FAIL',
            detail: 'killed by a system call its sandbox blocks (status=31/SYS) when it last ran',
            remedy: `systemd's hardening stops a call the app needs: find SystemCallFilter in the unit or a ` +
                `drop-in (systemctl cat ${unit}) and allow the call's group; ${journal} shows when`,
        });
    }
    if (live && props.ActiveState !== 'active') {
        problems.push({
            verdict: 'FAIL',
            detail: `the live slot is ${state}${lastExit ? `: ${lastExit}` : ''}`,
            remedy: `${journal} says why; \`slotflip rollback --env FILE\` goes back to the previous release`,
        });
    }
    else if (props.ActiveState === 'failed') {
        problems.push({
            verdict: 'FAIL',
            detail: `failed${lastExit ? `: ${lastExit}` : ''}`,
            remedy: `${journal} says why; after fixing, systemctl reset-failed ${unit} (the next deploy starts ` +
                `this slot again)`,
        });
    }
    const restarts = Number(props.NRestarts) || 0;
    if (live && restarts > 0)
        problems.push({
            verdict: 'WARN',
            detail: `restarted ${restarts === 1 ? 'once' : `${restarts} times`}${lastExit ? `; last: ${lastExit}` : ''}`,
            remedy: `${journal} shows each exit`,
        });
    if (live && Number(errCount) > 0)
        problems.push({
            verdict: 'WARN',
            detail: `${errCount} error lines since it started (at most the last hour); last: ${errLast.join(' ')}`,
            remedy: `journalctl -u ${unit} -p err --since -1h (counted since it started, at most an hour)`,
        });
    if (!problems.length) {
        const what = props.ActiveState === 'active'
            ? live
                ? 'running, live'
                : 'running, idle (warm for a rollback)'
            : live
                ? state
                : 'stopped (idle)';
        return (0,doctor_rows.ok)(id, check, what);
    }
    const verdict = problems.some((x) => x.verdict === 'FAIL') ? 'FAIL' : 'WARN';
    return {
        instance: id,
        check,
        verdict,
        detail: problems.map((x) => x.detail).join('; '),
        remedy: problems.find((x) => x.verdict === verdict).remedy,
    };
}
function unitRows(p) {
    const adopted = p.state.adopted;
    if (!p.state.active && adopted) {
        const units = Object.values(adopted.components)
            .map((c) => c.unit ?? c.upstream)
            .join(', ');
        const port = adopted.handoff
            ? `; port ${adopted.handoff.port} reaches it through nginx on ${adopted.handoff.via} (a redirect), ` +
                `until that deploy hands the port to nginx`
            : '';
        return [
            (0,doctor_rows.ok)(p.inst.id, 'units', `adopted: ${units} serves it (release ${adopted.version ?? 'unknown'}) until the next deploy moves ` +
                `it into slotflip's slots${port}`),
        ];
    }
    if (!p.state.active)
        return [(0,doctor_rows/* warn */.R8)(p.inst.id, 'units', 'not deployed yet: no live slot', 'run `slotflip deploy --env FILE`')];
    return Object.keys(p.inst.app.components).flatMap((name) => layout/* SLOTS */._f.map((slot) => unitRow(p, name, slot)));
}
function nginxRows(p) {
    const id = p.inst.id;
    const l = (0,layout/* layout */.Zp)(id);
    if (!p.inst.nginx)
        return [];
    const rows = [];
    const active = p.first('nginx-active');
    if (active !== 'active')
        rows.push((0,doctor_rows/* fail */.fJ)(id, 'nginx', `nginx is ${active || 'not running'}: nothing reaches the app`, 'systemctl start nginx (journalctl -u nginx says why it stopped)'));
    const [rc = '1', ...said] = p.first('nginx-t').split(' ');
    if (rc !== '0')
        rows.push((0,doctor_rows/* fail */.fJ)(id, 'nginx -t', said.join(' ') || 'the configuration test failed', `fix the file nginx names; a hand edit of ${l.site} is undone by the next deploy, which renders it again`));
    else if (active === 'active')
        rows.push((0,doctor_rows.ok)(id, 'nginx', 'running, configuration test passes'));
    const code = p.first('nginx-live');
    if (p.state.active && code) {
        rows.push(/^2\d\d$/.test(code)
            ? (0,doctor_rows.ok)(id, 'live route', `the health path answers ${code} through nginx`)
            : (0,doctor_rows/* fail */.fJ)(id, 'live route', `the health path answers ${code === '000' ? 'nothing' : code} through nginx`, "users cannot reach the app: see the nginx and unit rows above; `slotflip status` shows each slot's health"));
    }
    for (const line of p.tag('socket')) {
        const [name, target] = line.split(' ');
        const want = p.state.active ? l.socket(name, p.state.active) : '';
        if (want && target !== want)
            rows.push((0,doctor_rows/* fail */.fJ)(id, `route ${name}`, `nginx's socket link points to ${target}, not the live ${p.state.active} slot`, `\`slotflip rollback --env FILE\` or the next deploy points it again; \`slotflip status\` shows ` +
                `which slot is healthy`));
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/doctor/data-checks.ts
// doctor's rows for the data services an instance uses: PostgreSQL (reachable, connection budget) and Redis.


function postgresRows(p) {
    const db = p.inst.database;
    if (!db)
        return [];
    const id = p.inst.id;
    const where = `${db.host}:${db.port}`;
    if (p.first('pg-ready') !== '0')
        return [
            (0,doctor_rows/* fail */.fJ)(id, 'postgresql', `${where} does not accept connections`, `start PostgreSQL on ${db.host} (systemctl status postgresql; its log says why it stopped); the app ` +
                `fails its health checks until then`),
        ];
    const fields = p.first('pg').split(/\s+/);
    const [max, reserved, used, hit, read, idle, idleTx] = fields.map(Number);
    if (![max, reserved, used, hit, read, idle, idleTx].every(Number.isFinite)) {
        return [
            (0,doctor_rows/* fail */.fJ)(id, 'postgresql', `cannot query ${db.name} as ${db.user}: ${p.first('pg').slice(0, 200)}`, `check the role's password (database.password_secret) and pg_hba.conf on ${db.host}`),
        ];
    }
    const rows = [];
    const room = max - reserved;
    const detail = `${used} of ${room} connections in use (max_connections ${max}, ${reserved} reserved), ` +
        `PostgreSQL ${fields[7] ?? '?'}`;
    const remedy = 'a pool that leaks or too many apps on one server: lower database.pool, stop idle clients, or raise ' +
        'max_connections';
    rows.push(used >= room * doctor_rows/* LIMITS */.b1.connectionsFailRatio
        ? (0,doctor_rows/* fail */.fJ)(id, 'connections', detail, remedy)
        : used >= room * doctor_rows/* LIMITS */.b1.connectionsWarnRatio
            ? (0,doctor_rows/* warn */.R8)(id, 'connections', detail, remedy)
            : (0,doctor_rows.ok)(id, 'connections', detail));
    const blocks = hit + read;
    const ratio = blocks ? hit / blocks : 1;
    const cache = `cache hit ratio ${(ratio * 100).toFixed(1)}% over ${blocks} block reads`;
    rows.push(blocks >= doctor_rows/* LIMITS */.b1.cacheMinBlocks && ratio < doctor_rows/* LIMITS */.b1.cacheHitWarn
        ? (0,doctor_rows/* warn */.R8)(id, 'cache', cache, 'shared_buffers is small for the working set: raise it (a quarter of the memory is the usual start)')
        : (0,doctor_rows.ok)(id, 'cache', blocks < doctor_rows/* LIMITS */.b1.cacheMinBlocks ? `${cache} (too few to judge)` : cache));
    if (idle > 0 || idleTx > 0) {
        rows.push((0,doctor_rows/* warn */.R8)(id, 'idle sessions', `${db.user}: ${idle} idle over 30 min, ${idleTx} idle in a transaction over 5 min`, 'a client holds connections it does not use; idle_in_transaction_session_timeout ends the second ' +
            ("kind; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'idle' AND " +
                'state_change < now() ' +
                "- interval '30 min' ends the first")));
    }
    else
        rows.push((0,doctor_rows.ok)(id, 'idle sessions', `${db.user}: none idle over 30 min`));
    return rows;
}
function redisRows(p) {
    const r = p.inst.redis;
    if (!r)
        return [];
    const id = p.inst.id;
    const pong = p.first('redis-ping');
    if (pong !== 'PONG')
        return [
            (0,doctor_rows/* fail */.fJ)(id, 'redis', `${r.host}:${r.port} does not answer PING${pong ? `: ${pong.slice(0, 120)}` : ''}`, `start Redis on ${r.host} (systemctl status redis-server); if it answers NOAUTH or WRONGPASS, check ` +
                `redis.password_secret`),
        ];
    const info = colonValues(p.first('redis-info'));
    const used = Number(info.used_memory) || 0;
    const max = Number(info.maxmemory) || 0;
    const evicted = Number(info.evicted_keys) || 0;
    const mb = (b) => `${(b / 1048576).toFixed(1)} MiB`;
    const rows = [
        (0,doctor_rows.ok)(id, 'redis', `answers PING, ${mb(used)} used${max ? ` of ${mb(max)}` : ''}, policy ${info.maxmemory_policy ?? '?'}`),
    ];
    if (!max)
        rows.push((0,doctor_rows/* warn */.R8)(id, 'redis memory', 'no maxmemory: Redis grows until the container runs out of memory', 'set maxmemory and maxmemory-policy allkeys-lru in redis.conf (a cache may drop keys; the app may not)'));
    else if (used > max * doctor_rows/* LIMITS */.b1.redisMemoryWarnRatio)
        rows.push((0,doctor_rows/* warn */.R8)(id, 'redis memory', `${mb(used)} of ${mb(max)} maxmemory`, 'raise maxmemory or look for keys without a TTL'));
    if (evicted > 0)
        rows.push((0,doctor_rows/* warn */.R8)(id, 'redis evictions', `${evicted} keys evicted since Redis started (policy ${info.maxmemory_policy})`, 'the cache is smaller than what the app keeps: raise maxmemory'));
    return rows;
}

// EXTERNAL MODULE: ./src/validate/validate.ts + 22 modules
var validate = __webpack_require__(88733);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/host/health.ts
var health = __webpack_require__(32562);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/host/status.ts
var host_status = __webpack_require__(69010);
;// CONCATENATED MODULE: ./src/host/doctor-probe.ts




// What `slotflip doctor` reads on the host, in one read-only script: every line is `@tag value`, parsed in
// doctor/evaluate.ts. Nothing here writes, restarts or takes the lock: doctor may run while a deploy is in progress.
// Each probe has its own time limit so one hung service cannot hang the diagnosis of the others.
/** PostgreSQL, as the app's own role through slotflip's pgpass (the admin credential is for restores only). */
function postgresProbe(inst) {
    const db = inst.database;
    if (!db)
        return [];
    const l = (0,layout/* layout */.Zp)(inst.id);
    const psql = `PGPASSFILE=${(0,quote/* quote */.hD)(l.pgpass)} PGCONNECT_TIMEOUT=5 timeout 10 psql -At -F ' ' -h ` +
        `${(0,quote/* quote */.hD)(db.host)} -p ${db.port} -U ${(0,quote/* quote */.hD)(db.user)} -d ${(0,quote/* quote */.hD)(db.name)} --no-password`;
    // Sessions of other roles show a NULL state to a role without pg_read_all_stats: idle counts are the app's own.
    const sql = `SELECT current_setting('max_connections'), current_setting('superuser_reserved_connections'),
  (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'),
  (SELECT coalesce(sum(blks_hit), 0) || ' ' || coalesce(sum(blks_read), 0) FROM pg_stat_database),
  (SELECT count(*) FROM pg_stat_activity
    WHERE usename = current_user AND state = 'idle' AND state_change < now() - interval '30 minutes'),
  (SELECT count(*) FROM pg_stat_activity
    WHERE usename = current_user AND state LIKE 'idle in transaction%' AND state_change < now() - interval '5 minutes'),
  current_setting('server_version')`;
    return [
        `echo "@pg-ready $(pg_isready -t 5 -h ${(0,quote/* quote */.hD)(db.host)} -p ${db.port} >/dev/null 2>&1; echo $?)"`,
        `echo "@pg $(${psql} -c ${(0,quote/* quote */.hD)(sql.replace(/\n\s*/g, ' '))} 2>&1 | tr '\\n' ' ')"`,
    ];
}
function redisProbe(inst) {
    const r = inst.redis;
    if (!r)
        return [];
    const l = (0,layout/* layout */.Zp)(inst.id);
    const cli = `REDISCLI_AUTH="$(cat ${(0,quote/* quote */.hD)(`${l.shared}/redis.pass`)} 2>/dev/null)" timeout 5 redis-cli ` +
        `--no-auth-warning -h ${(0,quote/* quote */.hD)(r.host)} -p ${r.port}`;
    return [
        `echo "@redis-ping $(${cli} ping 2>&1 | head -1)"`,
        `echo "@redis-info $(${cli} info 2>/dev/null | grep -E ` +
            `'^(used_memory|maxmemory|maxmemory_policy|evicted_keys):' | tr -d '\\r' | tr '\\n' ' ')"`,
    ];
}
function unitProbe(inst) {
    const l = (0,layout/* layout */.Zp)(inst.id);
    const lines = [];
    for (const name of Object.keys(inst.app.components)) {
        for (const slot of layout/* SLOTS */._f) {
            const unit = (0,quote/* quote */.hD)(`${l.unit(name)}${slot}.service`);
            const props = `systemctl show -p ActiveState,SubState,NRestarts,Result,ExecMainCode,ExecMainStatus ` +
                `${unit} | tr '\\n' ' '`;
            lines.push(`echo "@unit ${name} ${slot} $(${props})"`, 
            // How it last stopped, in systemd's own words ("status=31/SYS" is a syscall its hardening blocked).
            `echo "@unit-exit ${name} ${slot} $(journalctl -q -u ${unit} --since '-24h' -o cat 2>/dev/null | ` +
                `grep -E 'Main process exited|Deactivated successfully' | tail -1)"`, 
            // Error lines since the unit last started (at most the last hour): an earlier run's errors are not this one's.
            `t=$(systemctl show -p ActiveEnterTimestamp --value ${unit}); since=0; [ -z "$t" ] || since=$(date ` +
                `-d "$t" +%s 2>/dev/null || echo 0); hour=$(($(date +%s) - 3600)); [ "$since" -gt "$hour" ] || since=$hour`, `echo "@unit-err ${name} ${slot} $(journalctl -q -u ${unit} --since "@$since" -p err -o cat ` +
                `2>/dev/null | wc -l) $(journalctl -q -u ${unit} --since "@$since" -p err -o cat 2>/dev/null | tail -1)"`);
        }
        if (inst.app.components[name]?.listen.type === 'unix')
            lines.push(`echo "@socket ${name} $(readlink ${(0,quote/* quote */.hD)(l.currentSocket(name))} || echo none)"`);
    }
    return lines;
}
function nginxProbe(inst) {
    if (!inst.nginx)
        return [];
    const probe = (0,health/* versionProbe */.db)(inst);
    const via = (0,health/* throughNginx */.gE)(inst, probe?.type === 'http' ? (probe.path ?? '/') : '/');
    return [
        `echo "@nginx-active $(systemctl is-active nginx)"`,
        `echo "@nginx-t $(out=$(timeout 10 nginx -t 2>&1); echo "$? $(printf '%s' "$out" | grep -v 'syntax is ` +
            `ok' | head -1)")"`,
        via ? `echo "@nginx-live $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 ${via.curl} || true)"` : '',
    ].filter(Boolean);
}
function doctorScript(inst) {
    const l = (0,layout/* layout */.Zp)(inst.id);
    return [
        `echo "@now $(date +%s)"`,
        ...(0,host_status/* bookkeepingLines */._)(l),
        // The instance's root and its backups (a separate mount on many hosts): one line per distinct filesystem.
        `for d in ${(0,quote/* quote */.hD)(l.root)} ${(0,quote/* quote */.hD)(l.backups)}; do [ -d "$d" ] || d=/opt; echo "@disk $(df ` +
            `--output=target,pcent,avail -B1 "$d" | tail -1 | tr -d '%')"; done | sort -u`,
        ...unitProbe(inst),
        ...nginxProbe(inst),
        ...postgresProbe(inst),
        ...redisProbe(inst),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/transport/connect.ts + 4 modules
var connect = __webpack_require__(34861);
// EXTERNAL MODULE: ./src/session/prepare.ts + 1 modules
var prepare = __webpack_require__(67366);
;// CONCATENATED MODULE: ./src/commands/doctor.ts










// `slotflip doctor`: the operator's runbook (seed 003) as one read-only pass per instance. It never takes the lock
// and changes nothing, so it can run beside a deploy, and a scheduled workflow can run it every hour.
/**
 * The host's clock against ours, with the round trip as its uncertainty (TLS, tokens and the lease need a sane clock).
 */
async function clockRow(id, transport) {
    const before = Date.now();
    const r = await transport.script('date +%s.%N', { timeoutMs: 15_000 });
    const after = Date.now();
    const host = Number(r.stdout.trim()) * 1000;
    if (!Number.isFinite(host))
        return (0,doctor_rows/* warn */.R8)(id, 'clock', `cannot read the host's clock: ${r.stderr.trim().slice(0, 120)}`, 'check `date` on the host');
    const skew = Math.abs(host - (before + after) / 2) / 1000;
    const slack = (after - before) / 2000;
    const detail = `${skew.toFixed(2)} s from this machine's clock (±${slack.toFixed(2)} s)`;
    const remedy = 'enable time sync on the Proxmox host (chrony or systemd-timesyncd); containers share its clock';
    if (skew - slack > doctor_rows/* LIMITS */.b1.clockFailSeconds)
        return (0,doctor_rows/* fail */.fJ)(id, 'clock', detail, remedy);
    if (skew - slack > doctor_rows/* LIMITS */.b1.clockWarnSeconds)
        return (0,doctor_rows/* warn */.R8)(id, 'clock', detail, remedy);
    return (0,doctor_rows.ok)(id, 'clock', detail);
}
async function diagnose(inst, secrets) {
    let transport;
    try {
        transport = await (0,connect/* connectTarget */.u)(inst, secrets);
    }
    catch (err) {
        if (!(err instanceof errors/* SlotflipError */.u0))
            throw err;
        return [(0,doctor_rows/* fail */.fJ)(inst.id, 'reach', err.message, `${err.remedy || 'check the target'}; nothing else could be checked`)];
    }
    try {
        const hello = await transport.script('echo ready', { timeoutMs: 20_000 });
        if (hello.stdout.trim() !== 'ready') {
            return [
                (0,doctor_rows/* fail */.fJ)(inst.id, 'reach', `${transport.label} does not run commands: ${(hello.stderr || `exit ${hello.code}`).trim().slice(0, 200)}`, 'is the container running? (pct status on the Proxmox host; pct start)'),
            ];
        }
        const reached = (0,doctor_rows.ok)(inst.id, 'reach', inst.target.transport === 'ssh' ? `${transport.label}, host key pinned` : transport.label);
        const clock = await clockRow(inst.id, transport);
        const r = await transport.script(doctorScript(inst), { timeoutMs: 120_000 });
        const p = (0,probe_output/* readProbe */.f)(inst, r.stdout);
        return [
            reached,
            clock,
            ...diskRows(p),
            ...unitRows(p),
            ...nginxRows(p),
            ...postgresRows(p),
            ...redisRows(p),
            lockRow(p),
            ...operationRows(p),
            backupRow(p),
        ];
    }
    finally {
        await transport.close();
    }
}
/**
 * Every instance of the file (or the one named), one after another; a host that cannot be reached is a row, not a stop.
 */
async function runDoctor(opts) {
    const ids = opts.instanceId ? [opts.instanceId] : await instanceIds(opts.envFile);
    const rows = [];
    for (const id of ids) {
        const prepared = await (0,prepare/* prepare */.i)({ ...opts, instanceId: id, render: false });
        rows.push(...(await diagnose(prepared.instance, prepared.secrets)));
    }
    return rows;
}
/** The file's instance ids; an invalid file is left to prepare, which says what is wrong with it. */
async function instanceIds(envFile) {
    const outcome = await (0,validate/* validateEnvironments */.X)({ paths: [envFile] });
    return outcome.environments.get(envFile)?.instances.map((i) => i.id) ?? [undefined];
}


/***/ }),

/***/ 52714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   worst: () => (/* binding */ worst)
/* harmony export */ });
const ok = (instance, check, detail) => ({
    instance,
    check,
    verdict: 'OK',
    detail,
    remedy: '',
});
const warn = (instance, check, detail, remedy) => ({
    instance,
    check,
    verdict: 'WARN',
    detail,
    remedy,
});
const fail = (instance, check, detail, remedy) => ({
    instance,
    check,
    verdict: 'FAIL',
    detail,
    remedy,
});
/** Thresholds from the operator's runbook (seed 003): disk alert over 80 %, connections "if > 80". */
const LIMITS = {
    diskWarnPercent: 70,
    diskFailPercent: 80,
    connectionsWarnRatio: 0.8,
    connectionsFailRatio: 0.95,
    cacheHitWarn: 0.9,
    /** Below this many block reads the hit ratio says nothing yet (a fresh server). */
    cacheMinBlocks: 10_000,
    redisMemoryWarnRatio: 0.9,
    clockWarnSeconds: 2,
    clockFailSeconds: 30,
    backupWarnDays: 8,
};
function worst(rows) {
    return rows.some((r) => r.verdict === 'FAIL') ? 'FAIL' : rows.some((r) => r.verdict === 'WARN') ? 'WARN' : 'OK';
}


/***/ })

};
