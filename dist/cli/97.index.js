export const id = 97;
export const ids = [97];
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

/***/ 93904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  statusCommand: () => (/* binding */ statusCommand),
  watchFrame: () => (/* binding */ watchFrame)
});

// EXTERNAL MODULE: ./src/host/status.ts
var host_status = __webpack_require__(69010);
// EXTERNAL MODULE: ./src/transport/connect.ts + 3 modules
var connect = __webpack_require__(14519);
// EXTERNAL MODULE: ./src/session/prepare.ts
var prepare = __webpack_require__(80295);
// EXTERNAL MODULE: ./src/backup/manifest.ts
var manifest = __webpack_require__(6345);
// EXTERNAL MODULE: ./src/facts/probe-output.ts
var probe_output = __webpack_require__(13327);
;// CONCATENATED MODULE: ./src/facts/status.ts
// The host's status as data: the status script's output parsed into what each slot, unit and watch is doing.


/** `@watch <unit state> <watch.json>`: a watch whose unit is gone before it decided has ended without deciding. */
function parseWatch(line) {
    const m = /^(\S*) (.*)$/.exec(line ?? '');
    if (!m)
        return null;
    try {
        const w = JSON.parse(m[2]);
        if (!w?.run)
            return null;
        const running = m[1] === 'active' || m[1] === 'deactivating';
        return { ...w, state: !running && (w.state === 'waiting' || w.state === 'observing') ? 'ended' : w.state };
    }
    catch {
        return null;
    }
}
function lastRun(journal, state) {
    const entries = journal
        .split('\x1e')
        .filter(Boolean)
        .flatMap((l) => {
        try {
            return [JSON.parse(l)];
        }
        catch {
            return [];
        }
    });
    const last = state.history.at(-1);
    if (!last)
        return null;
    const mine = entries.filter((e) => e.run === last.run);
    const seconds = mine.length ? Math.round((mine.at(-1).at - mine[0].at) * 10) / 10 : null;
    return { run: last.run, op: last.op, result: last.result, seconds };
}
function parseStatus(inst, stdout, now = Date.now() / 1000) {
    const { tag, state } = (0,probe_output/* readProbe */.f)(inst, stdout);
    const [pcent, free] = (tag('disk')[0] ?? '0 0').trim().split(/\s+/).map(Number);
    const [total, avail] = (tag('mem')[0] ?? '0 0').split(' ').map(Number);
    const components = tag('unit').map((line) => {
        const [component, slot, st, since, mem, health] = line.split(' ');
        const started = Number(since);
        return {
            component: component,
            slot: slot,
            state: st || 'unknown',
            upSeconds: st === 'active' && started > 0 ? Math.round(now - started) : null,
            memoryBytes: /^\d+$/.test(mem ?? '') ? Number(mem) : null,
            health: health && health !== '000' ? health : '-',
            live: state.active === slot,
        };
    });
    const lockText = tag('lock')[0] ?? 'null';
    const active = state.active ? state.slots[state.active] : undefined;
    const other = state.active === 'blue' ? 'green' : state.active === 'green' ? 'blue' : null;
    const previous = other ? state.slots[other] : undefined;
    const otherUnits = components.filter((c) => c.slot === other);
    return {
        instance: inst.id,
        target: inst.target.transport === 'pct' ? `pct ${inst.target.vmid}` : `${inst.target.host ?? 'local'}`,
        active: state.active,
        release: active?.release ?? null,
        since: active?.since ?? null,
        components,
        disk: { usedPercent: pcent ?? 0, freeBytes: free ?? 0 },
        memory: { totalMb: total ?? 0, availableMb: avail ?? 0 },
        lock: lockText === 'null' ? null : JSON.parse(lockText),
        hold: state.hold,
        maintenance: tag('maintenance')[0] === 'on',
        last: lastRun(tag('journal')[0] ?? '', state),
        releases: state.releases,
        adopted: state.adopted
            ? `${Object.values(state.adopted.components)
                .map((c) => c.unit ?? c.upstream)
                .join(', ')} (release ${state.adopted.version ?? 'unknown'})${state.adopted.handoff
                ? `, on port ` + `${state.adopted.handoff.port} through nginx on ${state.adopted.handoff.via}`
                : ''}`
            : null,
        rollback: other && previous
            ? {
                release: previous.release,
                slot: other,
                warm: otherUnits.length > 0 && otherUnits.every((c) => c.state === 'active'),
            }
            : null,
        backup: active?.backup ?? null,
        watch: parseWatch(tag('watch')[0]),
        archives: tag('archive')
            .flatMap((l) => {
            const m = (0,manifest/* parseManifest */.Ng)(l);
            return m ? [{ id: m.id, created: m.created, release: m.release, bytes: m.encrypted.bytes }] : [];
        })
            .sort((a, b) => b.created.localeCompare(a.created)),
    };
}

;// CONCATENATED MODULE: ./src/commands/status.ts




async function runStatus(opts) {
    const prepared = await (0,prepare/* prepare */.i)(opts);
    const transport = await (0,connect/* connectTarget */.u)(prepared.instance, prepared.secrets);
    try {
        const r = await transport.script((0,host_status/* statusScript */.K)(prepared.instance), { timeoutMs: 30_000 });
        return parseStatus(prepared.instance, r.stdout);
    }
    finally {
        await transport.close();
    }
}

// EXTERNAL MODULE: ./src/host/receipt.ts
var host_receipt = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/facts/status-format.ts
// The host's status as text for the terminal.

function watchLine(w) {
    const at = (s) => new Date(s * 1000).toISOString();
    const receipt = w.receipt ? `\n          receipt: ${(0,host_receipt/* describeReceipt */.ei)(w.receipt)}` : '';
    if (w.state === 'observing')
        return (`observing release ${w.release} on the ${w.slot} slot since ${at(w.since)} (until ` +
            `${at(w.until)}; run ${w.run}): a new run waits for it`);
    if (w.state === 'waiting')
        return `run ${w.run} is flipping to release ${w.release}; the host watches from the end of its flip`;
    if (w.state === 'passed')
        return `run ${w.run}: release ${w.release} passed its observe window; the host finished the deploy${receipt}`;
    if (w.state === 'flipped-back')
        return `run ${w.run}: the host flipped release ${w.release} back (${w.reason})${receipt}`;
    return `run ${w.run}: the watch of release ${w.release} ended before it decided (the next run converges)`;
}
const human = (s) => s === null ? '-' : s < 120 ? `${s}s` : s < 7200 ? `${Math.round(s / 60)}m` : `${Math.round(s / 3600)}h`;
function formatStatus(s) {
    const out = [
        `instance  ${s.instance}   target ${s.target}`,
        `live      ${s.active ?? 'none'} slot, release ${s.release ?? '-'}${s.since ? ` since ${s.since}` : ''}`,
        ...(s.adopted ? [`adopted   ${s.adopted}: serves until the next deploy moves it into slotflip's slots`] : []),
        '',
        'component  slot   state     uptime  memory   health',
        ...s.components.map((c) => `${c.component.padEnd(10)} ${c.slot.padEnd(6)} ${c.state.padEnd(9)} ` +
            (`${human(c.upSeconds).padStart(6)}  ` +
                (`${c.memoryBytes === null ? '     -' : `${(c.memoryBytes / 1048576).toFixed(0).padStart(4)}MB`}   ` +
                    `${c.health}${c.live ? '   <- live' : ''}`))),
        '',
        `resources disk ${s.disk.usedPercent}% used (${(s.disk.freeBytes / 1073741824).toFixed(1)} GiB free), ` +
            `memory ${s.memory.availableMb} of ${s.memory.totalMb} MiB available`,
        `last      ` +
            `${s.last
                ? `${s.last.op} ${s.last.run}: ` +
                    `${s.last.result}${s.last.seconds === null ? '' : ` in ${s.last.seconds} s`}`
                : 'none'}`,
        `releases  ${s.releases.join(', ') || '-'}`,
        `rollback  ` +
            `${s.rollback
                ? `to ${s.rollback.release} on ${s.rollback.slot} ` +
                    `(${s.rollback.warm ? 'warm: only a flip' : 'cold: start and gate first'})`
                : 'none'}; any kept release with --to`,
        `backup    ` +
            `${s.backup ?? 'none'}${s.backup ? ' (taken before the live release migrated; rollback --restore-db)' : ''}`,
        `archives  ` +
            `${s.archives.length
                ? s.archives
                    .map((a) => `${a.id} (${a.created}, release ${a.release ?? '-'}, ` +
                    (`${(a.bytes / 1048576).toFixed(1)} ` + `MiB)`))
                    .join('\n          ')
                : 'none'}${s.archives.length ? '\n          (slotflip restore --from ID|latest)' : ''}`,
        `lock      ${s.lock ? JSON.stringify(s.lock) : 'free'}`,
        `watch     ${s.watch ? watchLine(s.watch) : 'none'}`,
        `hold      ` +
            `${s.hold ? `${s.hold.release} since ${s.hold.since}: ` + `${s.hold.reason}` : 'none'}${s.maintenance ? '   MAINTENANCE PAGE IS ON' : ''}`,
    ];
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/cli/host-options.ts + 1 modules
var host_options = __webpack_require__(67487);
;// CONCATENATED MODULE: ./src/cli/status.ts




/**
 * What --watch prints before each refresh: on a terminal, clear the screen; into a pipe or a log, a dated separator
 * (control codes there are noise); with --json, nothing (each refresh is one JSON document).
 */
function watchFrame(tty, json, now) {
    if (json)
        return undefined;
    return tty ? '\x1b[2J\x1b[H' : `--- ${now.toISOString()} ---`;
}
async function statusCommand(values, _args, io) {
    const json = (0,parse/* flag */.Jt)(values, 'json');
    const once = async () => {
        const s = await runStatus({
            envFile: (0,parse/* str */.gx)(values, 'env'),
            instanceId: (0,parse/* str */.gx)(values, 'instance'),
            secrets: (0,host_options/* secretsOption */.R)(values, io),
        });
        io.out(json ? JSON.stringify(s, null, 2) : formatStatus(s));
    };
    if (!(0,parse/* flag */.Jt)(values, 'watch')) {
        await once();
        return 0;
    }
    // --watch refreshes every 2 s until interrupted (at most an hour, so it never runs unattended forever).
    const until = Date.now() + 3_600_000;
    let stop = false;
    process.once('SIGINT', () => (stop = true));
    while (!stop && Date.now() < until) {
        const frame = watchFrame(io.isTTY === true, json, new Date());
        if (frame !== undefined)
            io.out(frame);
        await once();
        await new Promise((r) => setTimeout(r, 2000));
    }
    return 0;
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

/***/ 62703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ sessionGone),
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   JP: () => (/* binding */ STALE_EXIT),
/* harmony export */   Vb: () => (/* binding */ LEASE_SECONDS),
/* harmony export */   Y3: () => (/* binding */ LOCKED_EXIT),
/* harmony export */   bh: () => (/* binding */ tryLock),
/* harmony export */   d7: () => (/* binding */ runHoldsLock),
/* harmony export */   m: () => (/* binding */ HEARTBEAT_MS),
/* harmony export */   nM: () => (/* binding */ refreshLock),
/* harmony export */   x_: () => (/* binding */ releaseLock)
/* harmony export */ });
/* unused harmony export readOwner */
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);
/* harmony import */ var _shell_builtins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6012);


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
    // The 22nd field of /proc/PID/stat, read by a builtin (every step renews the lock with it): the same field that
    // sessionGone() cuts, the runner's command name (bash) holding no space.
    return (`if [ -n "\${SLOTFLIP_RUNNER:-}" ]; then sf_stat=(); { read -r -a sf_stat < "/proc/$SLOTFLIP_RUNNER/stat"; } ` +
        (`2>/dev/null || true; sf_session="$SLOTFLIP_RUNNER:\${sf_stat[21]:-}"; else sf_session=$(sed -n ` +
            `'s/.*"session":"\\([0-9]*:[0-9]*\\)".*/\\1/p' ${L}/owner 2>/dev/null || true); fi`));
}
/** Bash: the owner file's one line of JSON in `$sf_owner` ('' when there is none), read by a builtin. */
function readOwner(quotedLock) {
    return `sf_owner=''; { read -r sf_owner < ${quotedLock}/owner; } 2>/dev/null || true`;
}
/**
 * Sets `gone=1` when the lock's owner recorded a session and that process no longer runs (its pid is free, or taken
 * by a process started at another time). Shared with the probe (host/probe.ts), which reports it. Leaves the owner
 * file's line in `$sf_owner`. Builtins only: the helper a run leaves in the background asks four times a second.
 */
function sessionGone(quotedLock) {
    return (`${readOwner(quotedLock)}; gone=''; sf_re='"session":"([0-9]*):([0-9]*)"'; if [[ $sf_owner =~ $sf_re ]]; then ` +
        (`spid=\${BASH_REMATCH[1]} sstart=\${BASH_REMATCH[2]} sf_stat=(); { read -r -a sf_stat < "/proc/$spid/stat"; } ` +
            `2>/dev/null || true; [ "\${sf_stat[21]:-}" = "$sstart" ] || gone=1; fi`));
}
/**
 * Bash: `sf_run_holds_lock` succeeds while `run` holds the lock and lives (its session runs, its lease is current), by
 * the same rules a takeover reads. A helper a run leaves in the background checks it, so that it ends with the run
 * however the run ends: a failed step, a killed process, a lost connection.
 */
function runHoldsLock(lock, run) {
    const L = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(lock);
    return `sf_run_holds_lock() {
  local gone spid sstart sf_owner sf_stat sf_re expires=''
  ${sessionGone(L)}
  [[ $sf_owner == *${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`"run":${JSON.stringify(run)}`)}* ]] || return 1
  [ -z "$gone" ] || return 1
  sf_re='"expires":([0-9]+)'; [[ ! $sf_owner =~ $sf_re ]] || expires=\${BASH_REMATCH[1]}
  [ -z "$expires" ] || [ "$expires" -ge "${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .NOW_SECONDS */ .Rg}" ]
}`;
}
function ownerJson(o) {
    return (`printf '{"run":%s,"owner":%s,"started":%s,"expires":%s,"session":"%s"}\\n' ` +
        (`${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(JSON.stringify(o.run))} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(JSON.stringify(o.owner))} "$now" "$((now + ${o.leaseSeconds}))" ` +
            `"\${sf_session:-}"`));
}
/**
 * Bash: takes the lock only when no run holds it (the `mkdir` alone, no takeover) and sets `sf_took=1`. A rollback
 * sends it with its host read, so the state it plans from is read under its own lock: no guard, and no lock step.
 */
function tryLock(p, o) {
    const L = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(p.lock);
    return `sf_took=''; now=${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .NOW_SECONDS */ .Rg}; ${sessionOf(L)}
if mkdir ${L} 2>/dev/null; then if ${ownerJson(o)} > ${L}/owner; then sf_took=1; else rm -rf ${L}; fi; fi`;
}
/** Succeeds when a step shell of `$holder_run` is still alive within its time limit; stops one that outlived it. */
function holderBusy(root) {
    return `sf_holder_busy() {
  local f p deadline busy=1
  for f in ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(root)}/.pid-"$1"-*; do
    [ -e "$f" ] || continue
    read -r p deadline < "$f" || continue
    kill -0 "$p" 2>/dev/null || continue
    if [ "\${deadline:-0}" -gt "$now" ]; then busy=0
    else pkill -TERM -P "$p" 2>/dev/null; kill -TERM "$p" 2>/dev/null; busy=0; fi
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
        text: `now=${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .NOW_SECONDS */ .Rg}
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
    if { [ -n "$gone" ] || { [ -n "$expires" ] && [ "$expires" -lt "$now" ]; }; } &&
      ! sf_holder_busy "$holder_run" && mv ${L} ${L}.expired-$$ 2>/dev/null; then
      mkdir ${L} 2>/dev/null && took=1
      rm -rf ${L}.expired-$$
    fi
    [ -n "$took" ] && ${ownerJson(o)} > ${L}/owner
    rmdir "$T"
  fi
  if [ -n "$took" ]; then
    if [ -n "$gone" ]; then echo "SLOTFLIP_EVENT took over the lock of a run whose connection had closed: $holder"
    else echo "SLOTFLIP_EVENT took over an expired lock: $holder"; fi
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
    // Read by builtins: the owner file is one line of JSON.
    return `sf_owner=''; { read -r sf_owner < ${L}/owner; } 2>/dev/null || true
if [[ $sf_owner == *${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`"run":${JSON.stringify(o.run)}`)}* ]]; then
  now=${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .NOW_SECONDS */ .Rg}; ${sessionOf(L)}
  ${ownerJson(o)} > ${L}/owner.tmp.$$ && mv -f ${L}/owner.tmp.$$ ${L}/owner
elif [ -d ${L} ]; then echo "this run lost its lock to $(cat ${L}/owner 2>/dev/null)" >&2; exit ${LOCKED_EXIT}; fi`;
}
function releaseLock(lock, run) {
    const L = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(lock);
    return {
        kind: 'sh',
        note: 'release the lock if it is ours',
        text: `if grep -qF ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`"run":${JSON.stringify(run)}`)} ${L}/owner 2>/dev/null; then rm -rf ${L}; fi`,
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
