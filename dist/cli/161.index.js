export const id = 161;
export const ids = [161];
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

/***/ 76358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ outcomeJson),
/* harmony export */   z: () => (/* binding */ report)
/* harmony export */ });
/**
 * A host verb's outcome as one JSON document (`--json`): format 1, the command, its exit code and summary, what the
 * verb found (release, slot, receipt, backup, ...), the plan on a dry run, and each step's timing.
 */
function outcomeJson(command, r) {
    const { planText: _text, outcome, exitCode, summary, ...found } = r;
    const steps = outcome && 'timings' in outcome ? outcome.timings : [];
    return JSON.stringify({ format: 1, command, exitCode, summary, ...found, steps }, null, 2);
}
/** Prints what the verb did (the JSON document, or the plan on a dry run) and its one-line summary; the exit code. */
function report(io, command, r, how) {
    if (how.json)
        io.out(outcomeJson(command, r));
    else if (how.dryRun && r.planText)
        io.out(r.planText);
    io.err(`${command}: ${r.summary} (exit ${r.exitCode})`);
    return r.exitCode;
}


/***/ }),

/***/ 16686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
                stderr: `uploading ${op.path} (${op.bytes.length} bytes) failed: ` +
                    `${err instanceof Error ? err.message : String(err)}`,
            };
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/plan/compile.ts + 1 modules
var compile = __webpack_require__(73509);
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
;// CONCATENATED MODULE: ./src/engine/step-output.ts
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
/** The line that says why: a failing script's last words (its earlier output is logged as it happens). */
const lastLine = (r) => (r.stderr.trim() || r.stdout.trim()).split('\n').pop() ?? '';

;// CONCATENATED MODULE: ./src/engine/run.ts







function isPastNoReturn(plan, step) {
    const ponr = plan.pointOfNoReturn ? plan.steps.findIndex((s) => s.id === plan.pointOfNoReturn) : -1;
    return ponr >= 0 && plan.steps.indexOf(step) >= ponr;
}
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
    // Whether this run holds the lock: taken with the host read (plan.lockTaken), or by its lock step.
    const holdsLock = () => plan.lockTaken === true || completed.some((s) => s.id === 'lock');
    const exec = async (step, index) => {
        opts.onEvent?.({ kind: 'start', step, index, total: plan.steps.length });
        const started = Date.now();
        // Cancelling (SIGTERM from GitHub) interrupts the running step: a second script on the same connection signals
        // the step's shell, whose TERM trap journals the end. It repeats until the step has returned, because the signal
        // may come before the step's shell has started and written its pid. The final step (unlock) is never interrupted.
        const pidFile = (0,quote/* quote */.hD)((0,compile/* stepPidFile */.eX)(ctx, step));
        const kill = `{ read -r p _ < ${pidFile}; } 2>/dev/null && [ -n "$p" ] && { pkill -TERM -P "$p"; kill ` +
            `-TERM "$p"; } 2>/dev/null; true`;
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
    if (plan.lockTaken)
        stopHeartbeat = startHeartbeat(transport, l.lock, ctx, (why) => lost.abort(why));
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
    // A step that moves traffic and failed in its check ahead of the flip moved none; any other end of it may have.
    const trafficMoved = completed.some((s) => s.movesTraffic) ||
        (failure.step.movesTraffic === true && failure.code !== failure.step.exitBeforeTraffic);
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
    if (opts.recordFailure && holdsLock()) {
        const record = opts.recordFailure(trafficMoved, `${failure.step.id} failed: ${failure.detail}`);
        const r = await transport.script((0,compile/* compileStep */.qg)(record, ctx), { timeoutMs: record.timeoutMs });
        if (r.code !== 0)
            undone = false;
    }
    if (holdsLock())
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

/***/ 84102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ RELOAD_NGINX_DEFINITION),
/* harmony export */   w: () => (/* binding */ RELOAD_NGINX)
/* harmony export */ });
/**
 * nginx reloaded, and its new configuration serving. `systemctl reload nginx` returns once nginx's master has the
 * signal; the master then reads the configuration, starts workers with it, and only then tells the old workers to stop
 * accepting. Until that moment a new connection may be served the old way: in the lab, 15 of 30 requests made right
 * after a reload were (a site put back after a failed deploy still served the failed one's).
 *
 * `sf_nginx_reload` waits, without starting a process, until every worker the master had before the reload is gone or
 * says "is shutting down" in its title. A reload nginx refuses after `nginx -t` accepted the files (a port another
 * process holds, say) leaves the old workers serving: after 5 s the step fails and says so, instead of reporting a
 * configuration that never served, with nginx's own reason from its error log. Where the master's pid or children
 * cannot be read, it reloads without waiting.
 */
const RELOAD_NGINX = 'sf_nginx_reload';
// 200 looks 25 ms apart: 5 s. A reload that serves took 100-150 ms in the lab (the master reads every file again).
const WAIT_TRIES = 200;
const WAIT_STEP_MS = 25;
const WAIT_SECONDS = (WAIT_TRIES * WAIT_STEP_MS) / 1000;
const RELOAD_NGINX_DEFINITION = `sf_nginx_reload() {
  local m='' old='' p t i
  { read -r m < /run/nginx.pid && read -r old < "/proc/$m/task/$m/children"; } 2>/dev/null || true
  systemctl reload nginx || return
  for ((i = 0; i < ${WAIT_TRIES}; i++)); do
    ((i == 0)) || sleep ${WAIT_STEP_MS / 1000}
    for p in $old; do
      t=
      { read -r -d '' t < "/proc/$p/cmdline"; } 2>/dev/null || true
      [ "$t" != 'nginx: worker process' ] || continue 2
    done
    return 0
  done
  echo "nginx kept its old configuration ${WAIT_SECONDS} s after its reload: it refused the new one, which nginx -t` +
    ` accepted" >&2
  { grep -F '[emerg]' /var/log/nginx/error.log | tail -n 2; } >&2 2>/dev/null || true
  return 1
}`;


/***/ }),

/***/ 91886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ slotUnits),
/* harmony export */   Aq: () => (/* binding */ resumeSlot),
/* harmony export */   FU: () => (/* binding */ stopSlot),
/* harmony export */   Kt: () => (/* binding */ retireSlot),
/* harmony export */   Wm: () => (/* binding */ enableOnly),
/* harmony export */   Zz: () => (/* binding */ startSlot)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61250);


// A slot's units as one: started on a release, resumed, stopped, enabled at boot, retired after its drain.
/**
 * Cancels a pending drain end and resumes a paused slot (harmless on a slot that runs). A drain end already running
 * is waited for (stopping its service waits for it): it closes the connections the slot holds, and traffic must not
 * come back to the slot while it does, or it closes live ones (seen as a 502 when a flip-back met the drain's end).
 * A rollback's warm slot is made ready by host/warm-slot.ts, which also cancels its retire timer.
 */
function resumeSlot(instance, slot, components) {
    const unit = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).drainEndUnit(slot);
    return {
        kind: 'sh',
        note: `resume the ${slot} slot if it was paused`,
        text: `systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${unit}.timer`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${unit}.service`)} 2>/dev/null || true
systemctl kill --signal=SIGCONT ${slotUnits(instance, slot, components)} 2>/dev/null || true`,
    };
}
/** A slot's units, quoted for bash. */
const slotUnits = (instance, slot, components) => components.map((c) => (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).unit(c)}${slot}`)).join(' ');
/** Points a slot at a release and starts its units (stopping whatever that slot ran before). */
function startSlot(instance, slot, id, components) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    const link = l.slotLink(slot);
    const units = slotUnits(instance, slot, components);
    return {
        kind: 'sh',
        note: `point the ${slot} slot at ${id} and start it`,
        text: `ln -sfn ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`../releases/${id}`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${link}.tmp`)} && mv -T ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${link}.tmp`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(link)}
systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${l.retireUnit(slot)}.timer`)} 2>/dev/null || true
systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${l.drainEndUnit(slot)}.timer`)} 2>/dev/null || true
systemctl stop ${units} 2>/dev/null || true
systemctl reset-failed ${units} 2>/dev/null || true
systemctl start ${units}`,
    };
}
function stopSlot(instance, slot, components) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    return { kind: 'run', argv: ['systemctl', 'stop', ...components.map((c) => `${l.unit(c)}${slot}`)] };
}
/**
 * Only the live slot starts at boot, so a restarted container comes back on the same slot without slotflip.
 * --no-reload: enabling only links the unit for boot; the daemon reload it would do costs ~0.5 s and changes nothing.
 */
function enableOnly(instance, live, components) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    const other = live === 'blue' ? 'green' : 'blue';
    return {
        kind: 'sh',
        note: `start the ${live} slot at boot, not the ${other}`,
        text: `systemctl enable --quiet --no-reload ${components.map((c) => (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${l.unit(c)}${live}`)).join(' ')}
systemctl disable --quiet --no-reload ${components.map((c) => (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${l.unit(c)}${other}`)).join(' ')} \
  2>/dev/null || true`,
    };
}
/**
 * The old slot keeps running for the keep-warm window (a rollback is then only a flip), then a timer on the host
 * stops it: the deploy need not wait, and a rollback cancels the timer. With no window it drains and stops now.
 * (A timer's default accuracy is a minute; the window is the operator's promise, so it is kept to the second.)
 */
function retireSlot(instance, slot, components, keepWarmSeconds, drainSeconds) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    const units = components.map((c) => `${l.unit(c)}${slot}`);
    if (keepWarmSeconds <= 0) {
        return {
            kind: 'sh',
            note: `drain ${drainSeconds} s, then stop the ${slot} slot`,
            text: `sleep ${drainSeconds}\nsystemctl stop ${units.map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD).join(' ')}`,
        };
    }
    return {
        kind: 'sh',
        note: `keep the ${slot} slot warm for ${keepWarmSeconds} s, then stop it`,
        text: `systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${l.retireUnit(slot)}.timer`)} 2>/dev/null || true
systemd-run --quiet --collect --timer-property=AccuracySec=1s \
  --unit=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(l.retireUnit(slot))} --on-active=${Math.max(keepWarmSeconds, drainSeconds)} \
  /bin/systemctl stop ${units.map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD).join(' ')}`,
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

/***/ 73509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zm: () => (/* binding */ compileOp),
  qg: () => (/* binding */ compileStep),
  Fk: () => (/* binding */ helpersFor),
  eX: () => (/* binding */ stepPidFile)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/host/lock.ts
var lock = __webpack_require__(62703);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/shell/builtins.ts
var builtins = __webpack_require__(6012);
// EXTERNAL MODULE: ./src/host/nginx-reload.ts
var nginx_reload = __webpack_require__(84102);
// EXTERNAL MODULE: ./src/shell/sha256.ts
var sha256 = __webpack_require__(69183);
;// CONCATENATED MODULE: ./src/host/pg-clients.ts
// Debian runs PostgreSQL's client programs through pg_wrapper, a Perl script that picks a version and then runs the
// program: about 35 ms of CPU per call in a lab container, against 6.5 ms for psql itself, and a deploy made some
// fifteen such calls. Given a host (-h, as every step's connection has), pg_wrapper takes the newest installed client
// version that has the program. A step that calls one puts that version's directory first in PATH itself, with bash
// builtins only, and the programs run without the wrapper. Where there is no /usr/lib/postgresql, nothing changes.
// Provisioning's steps (`runuser -u postgres -- psql`, no host) keep the wrapper: there it picks the local cluster.
const PG_CLIENT = /\b(psql|pg_dump|pg_dumpall|pg_restore|pg_isready)\b/;
/** Bash: the newest <root>/<version>/bin with pg_dump, first in PATH. */
const newestPgClientsFirst = (root = '/usr/lib/postgresql') => `sf_pgn=-1; sf_pgbin=''; for sf_pgd in ${root}/*/bin; do sf_pgv=\${sf_pgd#${root}/}; ` +
    'sf_pgv=${sf_pgv%%/*}; sf_pgv=${sf_pgv%%.*}; ' +
    'if [[ $sf_pgv =~ ^[0-9]+$ && -x $sf_pgd/pg_dump && $sf_pgv -gt $sf_pgn ]]; then ' +
    'sf_pgn=$sf_pgv; sf_pgbin=$sf_pgd; fi; done; [ -z "$sf_pgbin" ] || PATH="$sf_pgbin:$PATH"';
/** The line above, for a step whose compiled ops call a PostgreSQL client program; none otherwise. */
const pgClientsFor = (body) => body.some((text) => PG_CLIENT.test(text)) ? [newestPgClientsFirst()] : [];

;// CONCATENATED MODULE: ./src/plan/compile.ts







/** Where a running step's shell records its pid: one file per run and step, so a cancel never hits another step. */
const stepPidFile = (ctx, step) => `${ctx.root}/.pid-${ctx.run}-${step.id}`;
function compileStep(step, ctx, ops = step.ops, event = 'step') {
    // Every step pays this preamble, so it forks as little as it can: a fork and exec cost 5 ms or more in a container
    // (measured in the lab), and bash's own clocks replace date(1) (bash 5; date where they are missing).
    const lines = [
        'set -euo pipefail',
        `[ -d ${(0,quote/* quote */.hD)(ctx.root)} ] || install -d -m 0755 ${(0,quote/* quote */.hD)(ctx.root)}`,
        `sf_journal() { local t; ${(0,builtins/* nowRealtime */._F)('t')}; ` +
            `printf '{"run":"%s","${event}":"%s","event":"%s","at":%s%s}\\n' ${(0,quote/* quote */.hD)(ctx.run)} ` +
            `${(0,quote/* quote */.hD)(step.id)} "$1" "\${t%???}" "\${2:-}" >> ${(0,quote/* quote */.hD)(ctx.journal)}; }`,
        'sf_journal start',
        // Renew the lease (the engine's heartbeat renews it during long steps); a run that lost its lock stops here.
        // A step the host acts on by itself (the follow of its watch) leaves the lock to the watch, which releases it.
        ...(step.id === 'lock' || step.hostUndoes
            ? []
            : [(0,lock/* refreshLock */.nM)(ctx.lock, { run: ctx.run, owner: ctx.owner, leaseSeconds: lock/* LEASE_SECONDS */.Vb })]),
        // "pid deadline": the engine cancels a running step by signalling this shell (engine/run.ts), and a later run
        // taking over this run's expired lease waits for it, or stops it once past its time limit (host/lock.ts).
        `echo "$$ $(( ${builtins/* NOW_SECONDS */.Rg} + ${Math.ceil(step.timeoutMs / 1000)} ))" > ` + `${(0,quote/* quote */.hD)(stepPidFile(ctx, step))}`,
        `sf_exit() { local rc=$?; rm -f ${(0,quote/* quote */.hD)(stepPidFile(ctx, step))}; sf_journal end ",\\"code\\":$rc"; }`,
        'trap sf_exit EXIT',
        // Cancelled: record 143 explicitly (after a signal, $? in the EXIT trap says nothing useful).
        `trap 'trap - EXIT; rm -f ${(0,quote/* quote */.hD)(stepPidFile(ctx, step))}; sf_journal end ",\\"code\\":143"; exit 143' TERM`,
    ];
    const body = ops.map(compileOp);
    return `${[...lines, ...helpersFor(body), ...pgClientsFor(body), ...body].join('\n')}\n`;
}
// Shell functions a step's ops may call: each is defined in a step only when one of its ops names it.
const HELPERS = [[nginx_reload/* RELOAD_NGINX */.w, nginx_reload/* RELOAD_NGINX_DEFINITION */.d]];
/** The definitions of the helpers these compiled ops call, to put before them. */
function helpersFor(body) {
    return HELPERS.filter(([name]) => body.some((text) => text.includes(name))).map(([, definition]) => definition);
}
function compileOp(op) {
    switch (op.kind) {
        case 'run':
            return (0,quote/* commandLine */.ay)(op.argv);
        case 'sh':
            return op.text;
        case 'write': {
            const write = (0,quote/* writeFileScript */.Re)(op.path, op.content, op.mode, op.owner);
            if (!op.onChange)
                return write;
            // Rewrite (and reload whatever reads it) only when the content differs: an nginx reload drops keep-alive clients.
            // A reload that fails (`nginx -t` refusing the new file, or another file beside it) puts the previous file back:
            // left in place, the new file would match on the next run, which would then never reload it.
            const path = (0,quote/* quote */.hD)(op.path);
            const prev = (0,quote/* quote */.hD)(`${op.path}.slotflip-prev`);
            return [
                `if ${differs(op.path, op.content)}; then`,
                `rm -f ${prev}; [ ! -e ${path} ] || cp -p ${path} ${prev}`,
                write,
                `if ! { ${op.onChange}
}; then`,
                `  if [ -e ${prev} ]; then mv -f ${prev} ${path}; else rm -f ${path}; fi`,
                `  echo ` +
                    `${(0,quote/* quote */.hD)(`${op.path}: its reload failed (output above); the previous file is back in place`)} >&2; exit 1`,
                'fi',
                `rm -f ${prev}`,
                'fi',
            ].join('\n');
        }
        case 'upload':
            // The executor streams the bytes to the path before the step's script runs (engine/uploads.ts): here they are
            // only checked, and refused whole when they differ.
            return (`${(0,sha256/* sha256Matches */.pd)((0,quote/* quote */.hD)(op.path), op.sha256)} || { echo "upload of ` +
                `${op.path} is corrupt (sha256 mismatch)" >&2; rm -f ${(0,quote/* quote */.hD)(op.path)}; exit 65; }`);
    }
}
/**
 * A test that is true when the file at `path` does not hold exactly `content`. Text is compared by bash itself (`read`
 * takes the whole file when no NUL ends it early): no process, where a checksum took three. Content with a NUL (which
 * no bash word holds) by sha256.
 */
function differs(path, content) {
    const word = (0,quote/* textWord */.Cd)(content);
    if (word !== undefined)
        return `! { ${(0,builtins/* readFileInto */.RG)('sf_cur', path)} && ` + `[ "$sf_cur" == ${word} ]; }`;
    const sha = (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
    return `[ "$(sha256sum < ${(0,quote/* quote */.hD)(path)} 2>/dev/null | cut -d' ' -f1)" != ${sha} ]`;
}


/***/ }),

/***/ 62960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ stateWrite),
/* harmony export */   IC: () => (/* binding */ recordStep),
/* harmony export */   Rl: () => (/* binding */ unlockStep),
/* harmony export */   XC: () => (/* binding */ planOf),
/* harmony export */   m4: () => (/* binding */ retireStep),
/* harmony export */   pH: () => (/* binding */ MIN),
/* harmony export */   s9: () => (/* binding */ lockStep),
/* harmony export */   sf: () => (/* binding */ gateStep),
/* harmony export */   y_: () => (/* binding */ flipStep),
/* harmony export */   ys: () => (/* binding */ enableStep)
/* harmony export */ });
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _host_health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32562);
/* harmony import */ var _host_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62703);
/* harmony import */ var _host_slot_units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91886);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);





// The steps every plan shares, made in one place: a plan names what differs (a title, ops before or after) and the
// rest (ids, phases, timeouts, the lock's lease) is the same in all of them.
const MIN = 60_000;
/** Takes the lease lock; `before`/`after` ops run in the same step. */
function lockStep(instanceId, req, extra = {}) {
    const lock = (0,_host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .acquireLock */ .IZ)((0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(instanceId), { run: req.run, owner: req.owner, leaseSeconds: _host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .LEASE_SECONDS */ .Vb }, req.guard);
    return {
        id: 'lock',
        phase: 'lock',
        title: extra.title ?? 'take the lease lock',
        timeoutMs: MIN,
        ops: [...(extra.before ?? []), lock, ...(extra.after ?? [])],
    };
}
/** The plan's `finally`: releases the lock, after any cleanup `before` it. */
function unlockStep(instanceId, run, title = 'release the lock', before = []) {
    return {
        id: 'unlock',
        phase: 'record',
        title,
        timeoutMs: MIN,
        ops: [...before, (0,_host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseLock */ .x_)((0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(instanceId).lock, run)],
    };
}
/** The host's state file as one write. */
function stateWrite(instanceId, state) {
    return {
        kind: 'write',
        path: (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(instanceId).state,
        content: `${JSON.stringify(state, null, 2)}\n`,
        mode: '0644',
        secret: false,
    };
}
/** Records the host's new state; `more` ops (pruning) follow the write. */
function recordStep(instanceId, state, title, more = []) {
    return { id: 'record', phase: 'record', title, timeoutMs: MIN, ops: [stateWrite(instanceId, state), ...more] };
}
/** The health gate on one slot, with the instance's own timeout and a minute for the connection. */
function gateStep(inst, slot, version, title = `health gate on the ${slot} slot`) {
    return {
        id: 'gate',
        phase: 'gate',
        title,
        timeoutMs: (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).healthTimeout * 1000 + MIN,
        ops: [(0,_host_health_js__WEBPACK_IMPORTED_MODULE_1__/* .healthGate */ .Yr)(inst, slot, version)],
    };
}
/** Makes the serving slot the one started at boot. */
function enableStep(inst, slot) {
    return {
        id: 'enable',
        phase: 'drain',
        title: `start the ${slot} slot at boot`,
        timeoutMs: MIN,
        ops: [(0,_host_slot_units_js__WEBPACK_IMPORTED_MODULE_4__/* .enableOnly */ .Wm)(inst.id, slot, Object.keys(inst.app.components))],
    };
}
/** Stops a slot after its keep-warm window and drain (a timer on the host when the window is longer than 0). */
function retireStep(inst, slot, windows, title, more = []) {
    return {
        id: 'retire',
        phase: 'drain',
        title,
        timeoutMs: 5 * MIN,
        ops: [(0,_host_slot_units_js__WEBPACK_IMPORTED_MODULE_4__/* .retireSlot */ .Kt)(inst.id, slot, Object.keys(inst.app.components), windows.keepWarm, windows.drain), ...more],
    };
}
/** The step that moves production traffic: `ops` flip (and confirm), `undo` flips back. */
function flipStep(to, ops, undo, title = `flip traffic to the ${to} slot`, timeoutMs = MIN) {
    return { id: 'flip', phase: 'flip', title, timeoutMs, movesTraffic: true, ops, ...(undo ? { undo } : {}) };
}
/** A plan of this run: `format`, `run`, `owner` and `instance` filled in from the request. */
function planOf(req, instance, rest) {
    return { format: 1, run: req.run, owner: req.owner, instance, ...rest };
}


/***/ }),

/***/ 28493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F$: () => (/* binding */ newRunId),
  eC: () => (/* binding */ owner),
  vP: () => (/* binding */ readHostWhenFree),
  un: () => (/* binding */ readState),
  m1: () => (/* binding */ releaseTakenLock)
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
var host_lock = __webpack_require__(62703);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/host/slot-units.ts
var slot_units = __webpack_require__(91886);
// EXTERNAL MODULE: ./src/host/watch.ts
var watch = __webpack_require__(48949);
// EXTERNAL MODULE: ./src/shell/builtins.ts
var builtins = __webpack_require__(6012);
;// CONCATENATED MODULE: ./src/host/probe.ts






// What a run reads before it plans, in one round trip: the recorded state, and the facts that can disagree with it
// after a run was killed (where nginx really sends traffic, what each slot points at, the maintenance flag, the lock,
// the journal's tail). The fingerprint covers what a plan depends on; the lock step compares it again (host/lock.ts).
/**
 * Bash: where nginx sends a component's traffic, printed: the flip's symlink (unix sockets) or its upstream include
 * (TCP), the file read by a builtin.
 */
function routeCommand(inst, component, listen) {
    return listen === 'unix'
        ? `readlink ${(0,quote/* quote */.hD)((0,layout/* layout */.Zp)(inst.id).currentSocket(component))}`
        : catCommand((0,layout/* layout */.Zp)(inst.id).upstreamFile(component));
}
/** Bash: prints a file whole, by builtins; fails when there is no such file. */
function catCommand(path) {
    return `{ ${(0,builtins/* readFileInto */.RG)('sf_f', path)} && printf '%s' "$sf_f"; }`;
}
/**
 * A shell command printing the fingerprint of everything a deploy plan is built from (sha256sum's line). The probe
 * prints it and the lock step compares it again, both made by the same release of slotflip.
 */
function fingerprintCommand(inst) {
    const l = (0,layout/* layout */.Zp)(inst.id);
    const routes = Object.entries(inst.app.components).map(([name, c]) => routeCommand(inst, name, c?.listen.type));
    return (`{ ${catCommand(l.state)}; ${routes.join('; ')}; if [ -e ${(0,quote/* quote */.hD)(l.maintenanceFlag)} ]; then ` +
        `echo maintenance; fi; } 2>/dev/null | sha256sum`);
}
function probeScript(inst) {
    const l = (0,layout/* layout */.Zp)(inst.id);
    const [name, first] = Object.entries(inst.app.components)[0] ?? [];
    const route = name && first ? routeCommand(inst, name, first.listen.type) : 'true';
    const components = Object.keys(inst.app.components);
    return [
        `printf '\\n@state\\n'; ${catCommand(l.state)} 2>/dev/null || echo null`,
        `printf '\\n@routed\\n'; ${route} 2>/dev/null || true`,
        ...layout/* SLOTS */._f.map((s) => `printf '\\n@slot-${s}\\n'; readlink ${(0,quote/* quote */.hD)(l.slotLink(s))} 2>/dev/null || true`),
        // One systemctl for every unit (it costs 14 ms a call in a container): each slot's units, then the watch's, one
        // state a line.
        `printf '\\n@units\\n'; systemctl is-active ${layout/* SLOTS */._f.map((s) => (0,slot_units/* slotUnits */.A1)(inst.id, s, components)).join(' ')} ` +
            `${(0,quote/* quote */.hD)((0,watch/* watchUnit */.ev)(inst.id))} 2>/dev/null || true`,
        `printf '\\n@maintenance\\n'; [ -e ${(0,quote/* quote */.hD)(l.maintenanceFlag)} ] && echo on || true`,
        // sessionGone reads the owner file's line into $sf_owner.
        `${(0,host_lock/* sessionGone */.EL)((0,quote/* quote */.hD)(l.lock))}`,
        `printf '\\n@lock\\n'; [ -z "$sf_owner" ] || printf '%s\\n' "$sf_owner"`,
        `printf '\\n@lock-session\\n'; [ -z "$gone" ] || echo gone`,
        `printf '\\n@watch\\n'; { ${(0,builtins/* readFileInto */.RG)('w', `${l.root}/watch.json`)}; } 2>/dev/null; ` +
            `sf_re='^\\{"run":"([^"]*)"'; [[ ! $w =~ $sf_re ]] || ` +
            `[ -e ${(0,quote/* quote */.hD)(`${l.root}/watch`)}/"\${BASH_REMATCH[1]}"/reported ] || printf '%s\\n' "$w"`,
        `printf '\\n@journal\\n'; tail -n 200 ${(0,quote/* quote */.hD)(l.journal)} 2>/dev/null || true`,
        // A read that took the lock (session/run-context.ts sets sf_took) plans under it: no guard to compare later.
        `printf '\\n@fingerprint\\n'; [ -n "\${sf_took:-}" ] || ${fingerprintCommand(inst)}`,
        `printf '\\n@now\\n'; echo "${builtins/* NOW_SECONDS */.Rg}"`,
    ].join('\n');
}

// EXTERNAL MODULE: ./src/shell/state.ts
var shell_state = __webpack_require__(55547);
// EXTERNAL MODULE: ./src/facts/sections.ts
var sections = __webpack_require__(50523);
;// CONCATENATED MODULE: ./src/facts/probe.ts



/** Reads the probe's output. Pure, so every disagreement it can report is tested without a host. */
function parseProbe(inst, stdout) {
    const { body } = (0,sections/* readSections */.j)(stdout);
    const state = (0,shell_state/* parseState */.Bu)(body('state') || 'null', inst.id);
    const [, first] = Object.entries(inst.app.components)[0] ?? [];
    const routedText = body('routed');
    let routed = null;
    if (first?.listen.type === 'unix')
        routed = layout/* SLOTS */._f.find((s) => routedText.endsWith(`/${s}/app.sock`)) ?? null;
    else if (first?.listen.type === 'tcp')
        routed = layout/* SLOTS */._f.find((s) => routedText.includes(`:${first.listen[s]};`)) ?? null;
    const slotRelease = {};
    for (const s of layout/* SLOTS */._f) {
        const target = body(`slot-${s}`);
        if (target)
            slotRelease[s] = target.replace(/^.*\//, '');
    }
    let lock = null;
    try {
        const raw = JSON.parse(body('lock') || 'null');
        if (raw?.run)
            lock = {
                run: raw.run,
                owner: raw.owner ?? '',
                expires: Number(raw.expires ?? 0),
                ...(body('lock-session') === 'gone' ? { sessionGone: true } : {}),
            };
    }
    catch {
        lock = { run: '?', owner: body('lock'), expires: 0 };
    }
    const journal = [];
    for (const line of body('journal').split('\n')) {
        try {
            const e = JSON.parse(line);
            if (e.run && (e.event === 'start' || e.event === 'end'))
                journal.push(e);
        }
        catch {
            // a line cut by a full disk or a kill mid-write: the lines around it still count
        }
    }
    // In the order the script asks: blue's units, green's, then the watch. A slot runs when every unit of it is active.
    const states = body('units')
        .split('\n')
        .map((x) => x.trim());
    const n = Object.keys(inst.app.components).length;
    const allActive = (from) => n > 0 && states.slice(from, from + n).every((x) => x === 'active');
    const slotRunning = { blue: allActive(0), green: allActive(n) };
    let unreportedWatch;
    try {
        const w = JSON.parse(body('watch') || 'null');
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
        maintenance: body('maintenance') === 'on',
        lock,
        journal,
        watching: states[2 * n] === 'active',
        ...(unreportedWatch ? { unreportedWatch } : {}),
        fingerprint: body('fingerprint'),
        now: Number(body('now')),
    };
}

// EXTERNAL MODULE: ./src/host/release.ts
var host_release = __webpack_require__(97043);
;// CONCATENATED MODULE: ./src/facts/recover.ts

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
        // Alive (or the host watches its flip): the lock step waits for it.
        if (lock && lock.run === run && ((lock.expires >= now && !lock.sessionGone) || watching))
            return undefined;
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
        notes.push(`run ${interrupted.run} stopped ${interrupted.running ? 'during' : 'after'} its ${interrupted.step} ` +
            `step at ${when} without finishing; this run completes or replaces what it left`);
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
        notes.push(`nginx routes to the ${routed} slot (release ${release}), but state.json recorded ` +
            `${probe.state.active ?? 'no live slot'}: the ${routed} slot is taken as live`);
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
        notes.push("the maintenance page is on (a breaking migration's deploy did not finish): it stays on until a " +
            'deploy flips to a release that passes its health gate');
    return { state, notes, interrupted, converge };
}

;// CONCATENATED MODULE: ./src/session/run-context.ts










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
const readFailed = (stderr) => new errors/* SlotflipError */.u0('connect', `reading the host's state failed: ${stderr.trim()}`, 'Check the target', exit_codes/* ExitCode */.y.connection);
async function readState(transport, instance) {
    const r = await transport.script(`cat ${(0,layout/* layout */.Zp)(instance).state} 2>/dev/null || echo null`);
    if (r.code !== 0)
        throw readFailed(r.stderr);
    return (0,shell_state/* parseState */.Bu)(r.stdout, instance);
}
/**
 * The state a plan is built from: what state.json says, reconciled with what a killed run left (host/recover.ts).
 * With `take`, the same round trip takes the lock when it is free (`lockTaken`): the state was then read under it.
 */
async function readHost(transport, inst, take) {
    const lock = take ? `${(0,host_lock/* tryLock */.bh)((0,layout/* layout */.Zp)(inst.id), { ...take, leaseSeconds: host_lock/* LEASE_SECONDS */.Vb })}\n` : '';
    const took = take ? `\nprintf '\\n@took\\n'; [ -z "$sf_took" ] || echo yes` : '';
    const r = await transport.script(`${lock}${probeScript(inst)}${took}`, { timeoutMs: 30_000 });
    let probe;
    try {
        if (r.code !== 0)
            throw readFailed(r.stderr);
        probe = parseProbe(inst, r.stdout);
    }
    catch (err) {
        if (take)
            await releaseTakenLock(transport, inst, take.run).catch(() => undefined);
        if (err instanceof errors/* SlotflipError */.u0)
            throw err;
        throw new errors/* SlotflipError */.u0('connect', `${(0,layout/* layout */.Zp)(inst.id).state} on ${transport.label} is unreadable: ` +
            `${err instanceof Error ? err.message : String(err)}`, 'Restore it from the history in the journal, or move it aside to start over', exit_codes/* ExitCode */.y.connection);
    }
    const lockTaken = !!take && /\n@took\nyes\s*$/.test(r.stdout);
    // The lock the probe saw is this run's own: no other run holds it.
    if (lockTaken)
        probe = { ...probe, lock: null };
    return {
        probe,
        recovery: recover(probe),
        guard: { fingerprint: fingerprintCommand(inst), expect: probe.fingerprint },
        lockTaken,
    };
}
/** Gives back a lock taken with the host read when the run ends before its plan runs (refused, nothing to do). */
async function releaseTakenLock(transport, inst, run) {
    await transport.script((0,host_lock/* releaseLock */.x_)((0,layout/* layout */.Zp)(inst.id).lock, run).text, { timeoutMs: 30_000 });
}
/**
 * Plans are made from a host no other live run is changing: wait (up to --lock-wait) while another run holds the lock.
 */
async function readHostWhenFree(transport, inst, waitUntil, waiting, take) {
    let said = '';
    for (;;) {
        const host = await readHost(transport, inst, take);
        if (host.lockTaken)
            return host;
        const lock = host.probe.lock;
        const watched = !!lock && host.probe.watching;
        if (!lock || ((lock.expires < host.probe.now || lock.sessionGone) && !watched) || Date.now() >= waitUntil)
            return host;
        if (said !== lock.run)
            waiting(watched
                ? `the host observes the flip of run ${lock.run} (${lock.owner}); it finishes the deploy or flips ` +
                    `back, then frees the lock`
                : `${lock.owner} (run ${lock.run}; its lease is renewed while it lives)`);
        said = lock.run;
        await new Promise((r) => setTimeout(r, 2000));
    }
}


/***/ }),

/***/ 87731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   ck: () => (/* binding */ planRunResult),
/* harmony export */   nJ: () => (/* binding */ notRunSummary)
/* harmony export */ });
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91084);

/** The exit code an outcome means (documented in the README). */
function exitCodeFor(outcome) {
    if (outcome.kind === 'completed')
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.ok;
    if (outcome.kind === 'locked' || outcome.kind === 'stale')
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.locked;
    if (outcome.disconnected)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.connection;
    if (!outcome.undone || outcome.pastNoReturn)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.rollbackFailed;
    if (outcome.step.phase === 'gate' && !outcome.cancelled)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.healthGateRolledBack;
    if (outcome.step.id === 'db-check' && outcome.code === _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.restoreUnsafe)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.restoreUnsafe;
    if (outcome.step.id === 'preflight' && !outcome.cancelled)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.preflight;
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.rolledBackAfterFailure;
}
/** The summary of an outcome that never got to run the plan's steps (a held lock, a host that changed meanwhile). */
function notRunSummary(outcome, mask) {
    if (outcome.kind === 'locked')
        return `locked by ${mask(outcome.holder)}`;
    if (outcome.kind === 'stale')
        return 'the host changed while this run waited for the lock; run it again';
    return undefined;
}
/** A verb's answer once its plan ran: the outcome's exit code, the release and the slot it leaves serving. */
function planRunResult(plan, outcome, summary, planText) {
    return { exitCode: exitCodeFor(outcome), summary, outcome, planText, release: plan.release.id, slot: plan.to };
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
