export const id = 414;
export const ids = [414];
export const modules = {

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 23430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 6345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   uv: () => (/* binding */ archiveName),
/* harmony export */   vS: () => (/* binding */ manifestName)
/* harmony export */ });
// The plain manifest written beside every encrypted archive (host/backup.ts): enough to pick a backup and check its
// bytes without the key. It is not trusted on its own: the archive's sha256 is checked against it, then the age
// decryption authenticates every chunk, then the manifest inside the archive must name the same id.
const archiveName = (id) => `${id}.tar.age`;
const manifestName = (id) => `${id}.manifest.json`;
/**
 * Parses a manifest; undefined when it is not one (a stray file in a store is skipped, not fatal). The manifest sealed
 * inside an archive (`sealed`) was written before the archive existed, so it has no `encrypted` part.
 */
function parseManifest(text, sealed = false) {
    try {
        const m = JSON.parse(text);
        if (m.format !== 1 ||
            typeof m.id !== 'string' ||
            !/^[A-Za-z0-9_.-]+$/.test(m.id) ||
            typeof m.instance !== 'string' ||
            typeof m.created !== 'string')
            return undefined;
        if (sealed)
            return m;
        if (!m.encrypted || !/^[0-9a-f]{64}$/.test(String(m.encrypted.sha256)))
            return undefined;
        return m;
    }
    catch {
        return undefined;
    }
}
/** Newest first (by creation time, then id so the order is stable). */
function newestFirst(a, b) {
    return b.created.localeCompare(a.created) || b.id.localeCompare(a.id);
}


/***/ }),

/***/ 10407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
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

;// CONCATENATED MODULE: ./src/doctor/rows.ts
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
function rows_worst(rows) {
    return rows.some((r) => r.verdict === 'FAIL') ? 'FAIL' : rows.some((r) => r.verdict === 'WARN') ? 'WARN' : 'OK';
}

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
            return warn(id, 'disk', `cannot read the disk usage: ${line}`, 'check df on the host');
        if (used > LIMITS.diskFailPercent)
            return fail(id, 'disk', `${detail} (over ${LIMITS.diskFailPercent}%: a backup or a release may not fit)`, remedy);
        if (used > LIMITS.diskWarnPercent)
            return warn(id, 'disk', detail, remedy);
        return ok(id, 'disk', detail);
    });
}
function lockRow(p) {
    const id = p.inst.id;
    const text = p.first('lock');
    if (!text || text === 'null')
        return ok(id, 'lock', 'free');
    let owner;
    try {
        owner = JSON.parse(text);
    }
    catch {
        return warn(id, 'lock', `the lock's owner file is unreadable: ${text.slice(0, 120)}`, `no run can tell who holds it: remove ${(0,layout/* layout */.Zp)(id).lock} once no slotflip run is active`);
    }
    if (typeof owner.expires === 'number' && owner.expires < p.now) {
        return warn(id, 'lock', `stale: run ${owner.run} (${owner.owner}) stopped renewing it ${ago(p.now - owner.expires)} ago`, `nothing to do: the next deploy, rollback or backup takes it over once no step of ${owner.run} still ` +
            `runs on the host, and says so; to clear it now, remove ${(0,layout/* layout */.Zp)(id).lock}`);
    }
    return ok(id, 'lock', `held by run ${owner.run} (${owner.owner}): a run is in progress`);
}
function operationRows(p) {
    const id = p.inst.id;
    const rows = [];
    const hold = p.state.hold;
    rows.push(hold
        ? warn(id, 'hold', `release ${hold.release} is held since ${hold.since}: ${hold.reason}`, `deploys of that release are refused: fix it, or run \`slotflip release-hold --env FILE\` to allow it again`)
        : ok(id, 'hold', 'none'));
    if (p.first('maintenance') === 'on') {
        rows.push(fail(id, 'maintenance', 'the maintenance page is on: users get 503', `a restore was interrupted: run \`slotflip restore\` again, or if the live slot is healthy remove ` +
            `${(0,layout/* layout */.Zp)(id).maintenanceFlag}`));
    }
    const last = p.state.history.at(-1);
    if (!last)
        rows.push(ok(id, 'last run', 'none yet'));
    else if (last.result === 'ok')
        rows.push(ok(id, 'last run', `${last.op} ${last.run} of ${last.release}: ok (${last.at})`));
    else
        rows.push(warn(id, 'last run', `${last.op} ${last.run} of ${last.release}: ${last.result}${last.detail ? ` (${last.detail})` : ''}`, "the live release still serves; `slotflip status` and the run's log say what failed"));
    return rows;
}
function backupRow(p) {
    const id = p.inst.id;
    const b = p.inst.backups;
    if (!b?.recipients?.length)
        return warn(id, 'backups', 'no backups.recipients: `slotflip backup` is not set up', 'add an age recipient under backups (see the README); backup.yml then runs nightly');
    const stores = b.stores;
    if (stores && !stores.some((s) => s.type === 'host'))
        return ok(id, 'backups', `kept off the host (${stores.map((s) => s.type).join(', ')}): not checked here`);
    const newest = p
        .tag('archive')
        .flatMap((l) => (0,manifest/* parseManifest */.Ng)(l) ?? [])
        .sort(manifest/* newestFirst */.ll)[0];
    if (!newest)
        return warn(id, 'backups', 'no backup archive on the host', 'run `slotflip backup --env FILE` (backup.yml runs it nightly)');
    const age = p.now - Date.parse(newest.created) / 1000;
    const detail = `newest ${newest.id}, ${ago(age)} old`;
    if (age > LIMITS.backupWarnDays * 86_400)
        return warn(id, 'backups', detail, 'backup.yml has not run: check the scheduled workflow and its runner');
    return ok(id, 'backups', detail);
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
        return ok(id, check, what);
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
            ok(p.inst.id, 'units', `adopted: ${units} serves it (release ${adopted.version ?? 'unknown'}) until the next deploy moves ` +
                `it into slotflip's slots${port}`),
        ];
    }
    if (!p.state.active)
        return [warn(p.inst.id, 'units', 'not deployed yet: no live slot', 'run `slotflip deploy --env FILE`')];
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
        rows.push(fail(id, 'nginx', `nginx is ${active || 'not running'}: nothing reaches the app`, 'systemctl start nginx (journalctl -u nginx says why it stopped)'));
    const [rc = '1', ...said] = p.first('nginx-t').split(' ');
    if (rc !== '0')
        rows.push(fail(id, 'nginx -t', said.join(' ') || 'the configuration test failed', `fix the file nginx names; a hand edit of ${l.site} is undone by the next deploy, which renders it again`));
    else if (active === 'active')
        rows.push(ok(id, 'nginx', 'running, configuration test passes'));
    const code = p.first('nginx-live');
    if (p.state.active && code) {
        rows.push(/^2\d\d$/.test(code)
            ? ok(id, 'live route', `the health path answers ${code} through nginx`)
            : fail(id, 'live route', `the health path answers ${code === '000' ? 'nothing' : code} through nginx`, "users cannot reach the app: see the nginx and unit rows above; `slotflip status` shows each slot's health"));
    }
    for (const line of p.tag('socket')) {
        const [name, target] = line.split(' ');
        const want = p.state.active ? l.socket(name, p.state.active) : '';
        if (want && target !== want)
            rows.push(fail(id, `route ${name}`, `nginx's socket link points to ${target}, not the live ${p.state.active} slot`, `\`slotflip rollback --env FILE\` or the next deploy points it again; \`slotflip status\` shows ` +
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
            fail(id, 'postgresql', `${where} does not accept connections`, `start PostgreSQL on ${db.host} (systemctl status postgresql; its log says why it stopped); the app ` +
                `fails its health checks until then`),
        ];
    const fields = p.first('pg').split(/\s+/);
    const [max, reserved, used, hit, read, idle, idleTx] = fields.map(Number);
    if (![max, reserved, used, hit, read, idle, idleTx].every(Number.isFinite)) {
        return [
            fail(id, 'postgresql', `cannot query ${db.name} as ${db.user}: ${p.first('pg').slice(0, 200)}`, `check the role's password (database.password_secret) and pg_hba.conf on ${db.host}`),
        ];
    }
    const rows = [];
    const room = max - reserved;
    const detail = `${used} of ${room} connections in use (max_connections ${max}, ${reserved} reserved), ` +
        `PostgreSQL ${fields[7] ?? '?'}`;
    const remedy = 'a pool that leaks or too many apps on one server: lower database.pool, stop idle clients, or raise ' +
        'max_connections';
    rows.push(used >= room * LIMITS.connectionsFailRatio
        ? fail(id, 'connections', detail, remedy)
        : used >= room * LIMITS.connectionsWarnRatio
            ? warn(id, 'connections', detail, remedy)
            : ok(id, 'connections', detail));
    const blocks = hit + read;
    const ratio = blocks ? hit / blocks : 1;
    const cache = `cache hit ratio ${(ratio * 100).toFixed(1)}% over ${blocks} block reads`;
    rows.push(blocks >= LIMITS.cacheMinBlocks && ratio < LIMITS.cacheHitWarn
        ? warn(id, 'cache', cache, 'shared_buffers is small for the working set: raise it (a quarter of the memory is the usual start)')
        : ok(id, 'cache', blocks < LIMITS.cacheMinBlocks ? `${cache} (too few to judge)` : cache));
    if (idle > 0 || idleTx > 0) {
        rows.push(warn(id, 'idle sessions', `${db.user}: ${idle} idle over 30 min, ${idleTx} idle in a transaction over 5 min`, 'a client holds connections it does not use; idle_in_transaction_session_timeout ends the second ' +
            ("kind; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'idle' AND " +
                'state_change < now() ' +
                "- interval '30 min' ends the first")));
    }
    else
        rows.push(ok(id, 'idle sessions', `${db.user}: none idle over 30 min`));
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
            fail(id, 'redis', `${r.host}:${r.port} does not answer PING${pong ? `: ${pong.slice(0, 120)}` : ''}`, `start Redis on ${r.host} (systemctl status redis-server); if it answers NOAUTH or WRONGPASS, check ` +
                `redis.password_secret`),
        ];
    const info = colonValues(p.first('redis-info'));
    const used = Number(info.used_memory) || 0;
    const max = Number(info.maxmemory) || 0;
    const evicted = Number(info.evicted_keys) || 0;
    const mb = (b) => `${(b / 1048576).toFixed(1)} MiB`;
    const rows = [
        ok(id, 'redis', `answers PING, ${mb(used)} used${max ? ` of ${mb(max)}` : ''}, policy ${info.maxmemory_policy ?? '?'}`),
    ];
    if (!max)
        rows.push(warn(id, 'redis memory', 'no maxmemory: Redis grows until the container runs out of memory', 'set maxmemory and maxmemory-policy allkeys-lru in redis.conf (a cache may drop keys; the app may not)'));
    else if (used > max * LIMITS.redisMemoryWarnRatio)
        rows.push(warn(id, 'redis memory', `${mb(used)} of ${mb(max)} maxmemory`, 'raise maxmemory or look for keys without a TTL'));
    if (evicted > 0)
        rows.push(warn(id, 'redis evictions', `${evicted} keys evicted since Redis started (policy ${info.maxmemory_policy})`, 'the cache is smaller than what the app keeps: raise maxmemory'));
    return rows;
}

// EXTERNAL MODULE: ./src/validate/validate.ts + 19 modules
var validate = __webpack_require__(83316);
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

// EXTERNAL MODULE: ./src/transport/connect.ts + 3 modules
var connect = __webpack_require__(14519);
// EXTERNAL MODULE: ./src/session/prepare.ts
var prepare = __webpack_require__(80295);
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
        return warn(id, 'clock', `cannot read the host's clock: ${r.stderr.trim().slice(0, 120)}`, 'check `date` on the host');
    const skew = Math.abs(host - (before + after) / 2) / 1000;
    const slack = (after - before) / 2000;
    const detail = `${skew.toFixed(2)} s from this machine's clock (±${slack.toFixed(2)} s)`;
    const remedy = 'enable time sync on the Proxmox host (chrony or systemd-timesyncd); containers share its clock';
    if (skew - slack > LIMITS.clockFailSeconds)
        return fail(id, 'clock', detail, remedy);
    if (skew - slack > LIMITS.clockWarnSeconds)
        return warn(id, 'clock', detail, remedy);
    return ok(id, 'clock', detail);
}
async function diagnose(inst, secrets) {
    let transport;
    try {
        transport = await (0,connect/* connectTarget */.u)(inst, secrets);
    }
    catch (err) {
        if (!(err instanceof errors/* SlotflipError */.u0))
            throw err;
        return [fail(inst.id, 'reach', err.message, `${err.remedy || 'check the target'}; nothing else could be checked`)];
    }
    try {
        const hello = await transport.script('echo ready', { timeoutMs: 20_000 });
        if (hello.stdout.trim() !== 'ready') {
            return [
                fail(inst.id, 'reach', `${transport.label} does not run commands: ${(hello.stderr || `exit ${hello.code}`).trim().slice(0, 200)}`, 'is the container running? (pct status on the Proxmox host; pct start)'),
            ];
        }
        const reached = ok(inst.id, 'reach', inst.target.transport === 'ssh' ? `${transport.label}, host key pinned` : transport.label);
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

;// CONCATENATED MODULE: ./src/doctor/format.ts

/** The table: one row per check, the remedy under the rows that need one. */
function formatRows(rows) {
    const width = Math.max(5, ...rows.map((r) => r.check.length));
    const multi = new Set(rows.map((r) => r.instance)).size > 1;
    const lines = [];
    let instance = '';
    for (const r of rows) {
        if (r.instance !== instance) {
            if (instance)
                lines.push('');
            lines.push(`instance ${r.instance}`);
            instance = r.instance;
        }
        lines.push(`  ${r.verdict.padEnd(4)}  ${r.check.padEnd(width)}  ${r.detail}`);
        if (r.remedy)
            lines.push(`  ${' '.repeat(4)}  ${' '.repeat(width)}  -> ${r.remedy}`);
    }
    const counts = ['OK', 'WARN', 'FAIL']
        .map((v) => `${rows.filter((r) => r.verdict === v).length} ${v}`)
        .join(', ');
    lines.push('', `doctor: ${counts}${multi ? ` across ${new Set(rows.map((r) => r.instance)).size} instances` : ''}`);
    return lines.join('\n');
}
/** The job summary's table: the FAIL and WARN rows first, a pipe in a value cannot break the table. */
function doctorMarkdown(rows) {
    const cell = (t) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const order = { FAIL: 0, WARN: 1, OK: 2 };
    const sorted = [...rows].sort((a, b) => order[a.verdict] - order[b.verdict]);
    const icon = { OK: 'OK', WARN: '⚠️ WARN', FAIL: '❌ FAIL' };
    return [
        `## slotflip doctor: ${worst(rows)}`,
        '',
        '| | instance | check | seen | remedy |',
        '|---|---|---|---|---|',
        ...sorted.map((r) => `| ${icon[r.verdict]} | ${cell(r.instance)} | ${cell(r.check)} | ${cell(r.detail)} | ${cell(r.remedy)} |`),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/cli/host-options.ts + 1 modules
var host_options = __webpack_require__(67487);
;// CONCATENATED MODULE: ./src/cli/doctor.ts






/** `slotflip doctor --env FILE`: read-only diagnosis; a FAIL exits 15. */
async function doctorCommand(values, _args, io) {
    const rows = await runDoctor({
        envFile: (0,parse/* str */.gx)(values, 'env'),
        instanceId: (0,parse/* str */.gx)(values, 'instance'),
        secrets: (0,host_options/* secretsOption */.R)(values, io),
    });
    const verdict = rows_worst(rows);
    io.out((0,parse/* flag */.Jt)(values, 'json') ? JSON.stringify({ verdict, rows }, null, 2) : formatRows(rows));
    // WARN is worth reading but not an alarm: only a FAIL fails the scheduled job.
    return verdict === 'FAIL' ? exit_codes/* ExitCode */.y.doctorFailed : exit_codes/* ExitCode */.y.ok;
}


/***/ }),

/***/ 13327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readProbe)
/* harmony export */ });
/* harmony import */ var _shell_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55547);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50523);


function readProbe(inst, stdout) {
    const { tag, first } = (0,_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .readSections */ .j)(stdout);
    return {
        inst,
        now: Number(first('now')) || Date.now() / 1000,
        state: (0,_shell_state_js__WEBPACK_IMPORTED_MODULE_1__/* .parseState */ .Bu)(first('state') || 'null', inst.id),
        tag,
        first,
    };
}


/***/ }),

/***/ 69010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ statusScript),
/* harmony export */   _: () => (/* binding */ bookkeepingLines)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);
/* harmony import */ var _watch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48949);



/** What slotflip itself keeps on the host, as tagged lines: read by both `status` and `doctor`. */
function bookkeepingLines(l) {
    return [
        `echo "@state $(tr -d '\\n' < ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.state)} 2>/dev/null || echo null)"`,
        `echo "@lock $(cat ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${l.lock}/owner`)} 2>/dev/null || echo null)"`,
        `echo "@maintenance $(test -e ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.maintenanceFlag)} && echo on || echo off)"`,
        `for f in ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.backups)}/*.manifest.json; do [ -e "$f" ] && echo "@archive $(tr -d '\\n' < "$f")"; done; true`,
    ];
}
/** One read-only script that gathers everything `status` shows, as tagged lines (parsed in commands/status.ts). */
function statusScript(inst) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id);
    const lines = [
        ...bookkeepingLines(l),
        `echo "@disk $(df --output=pcent,avail -B1 /opt | tail -1 | tr -d '%')"`,
        `echo "@mem $(awk '/^MemTotal:/ {t=$2} /^MemAvailable:/ {a=$2} END {print int(t/1024), int(a/1024)}' ` +
            `/proc/meminfo)"`,
        // The host's watch of the last flip (host/watch.ts): its unit's state, then what it wrote.
        `echo "@watch $(systemctl is-active ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)((0,_watch_js__WEBPACK_IMPORTED_MODULE_2__/* .watchUnit */ .ev)(inst.id))} 2>/dev/null || true) $(tr -d '\\n' < ` +
            `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${l.root}/watch.json`)} 2>/dev/null || echo null)"`,
        `echo "@journal $(tail -n 400 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.journal)} 2>/dev/null | tr '\\n' '\\036')"`,
    ];
    // One word per field: a stopped unit's MemoryCurrent is "[not set]", which would split the line (it becomes "-").
    for (const [name, c] of Object.entries(inst.app.components)) {
        if (!c)
            continue;
        for (const slot of _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f) {
            const unit = `${l.unit(name)}${slot}`;
            const probe = c.listen.type === 'unix'
                ? `curl -s -o /dev/null -w '%{http_code}' --max-time 2 --unix-socket ` +
                    `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.socket(name, slot))} http://localhost/health 2>/dev/null || true`
                : `curl -s -o /dev/null -w '%{http_code}' --max-time 2 ` +
                    `http://127.0.0.1:${slot === 'blue' ? c.listen.blue : c.listen.green}/health 2>/dev/null || true`;
            lines.push(`echo "@unit ${name} ${slot} $(systemctl show -p ActiveState --value ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(unit)}) $(systemctl ` +
                (`show -p ActiveEnterTimestamp --value ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(unit)} | xargs -r -I{} date -d {} +%s || echo 0) ` +
                    `$(systemctl ` +
                    `show -p MemoryCurrent --value ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(unit)} | tr -c '0-9\\n' '-' | sed 's/^-*$/-/') $(${probe})"`));
        }
    }
    return lines.join('\n');
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
/* harmony import */ var _shell_builtins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6012);



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
            text: `install -d -m 0700 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.dir)}\nls -1dt ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).root}/watch`)}/*/ ` +
                `2>/dev/null | tail -n +6 | xargs -r rm -rf`,
        },
        { kind: 'write', path: w.script, content: script, mode: '0700', secret: false },
        {
            kind: 'sh',
            // KillMode=mixed: a stop signals the watch's own shell only, so a flip back it has begun is never cut short.
            note: `start the host's watch of this flip (${unit}): observe, receipt, then finish or flip back on the host`,
            text: `if systemctl is-active -q ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(unit)}; then
  echo "the host still watches an earlier flip (${unit})" >&2; exit 1
fi
systemctl reset-failed ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(unit)} 2>/dev/null || true
systemd-run --quiet --collect --unit=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(unit)} -p KillMode=mixed -p TimeoutStopSec=120 \\
  -p StandardOutput=append:${w.log} -p StandardError=append:${w.log} /bin/bash ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.script)}`,
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
    text: `stat -c %s ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(accessLog)} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${watchPaths(instance, run).dir}/offset`)} 2>/dev/null ` +
        (`|| echo 0 > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${watchPaths(instance, run).dir}/offset`)}; ${(0,_shell_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .nowRealtime */ ._F)('t')}; ` +
            `printf '%s\\n' "$t" > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${watchPaths(instance, run).dir}/flipped`)}`),
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
if [ "\${pid:-0}" != 0 ]; then tail -n +1 -f --pid="$pid" ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.log)} 2>/dev/null
else cat ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.log)} 2>/dev/null || true; fi
while [ "\${pid:-0}" != 0 ] && kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
# Reported, unless this step outlived its run's connection (the runner's sshd is gone): then the next run reports it.
runner_parent=$(cut -d' ' -f4 "/proc/\${SLOTFLIP_RUNNER:-0}/stat" 2>/dev/null || true)
if [ -z "\${SLOTFLIP_RUNNER:-}" ] ||
  case "$(cat "/proc/$runner_parent/comm" 2>/dev/null)" in sshd*) true ;; *) false ;; esac; then
  touch ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${w.dir}/reported`)}
fi
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
        text: `if { read -r p _ < ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.pidFile)} && kill -0 "$p"; } 2>/dev/null; then
  echo "SLOTFLIP_EVENT the host still watches this flip: it releases the lock when it ends"
elif grep -qF ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`"run":${JSON.stringify(run)}`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(l.lock)}/owner 2>/dev/null; then
  rm -rf ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(l.lock)}
fi`,
    };
}
/**
 * A run that took the lock has read (and reported) what earlier watches decided: they are not reported again. Each
 * watch is marked once, by a redirection (no process): every earlier run leaves a directory, and a `touch` each cost
 * 5 ms a run more.
 */
function markWatchesReported(instance) {
    return {
        kind: 'sh',
        text: `for d in ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).root}/watch`)}/*/; do ` +
            `[ ! -d "$d" ] || [ -e "$d/reported" ] || : > "$d/reported"; done`,
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


/***/ })

};
