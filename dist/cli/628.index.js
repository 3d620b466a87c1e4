export const id = 628;
export const ids = [628];
export const modules = {

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
    const want = probe.expect_version
        ? `grep -qE ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)((0,_health_js__WEBPACK_IMPORTED_MODULE_0__/* .versionPattern */ .D8)(version, asReported || probe.expect_version))}`
        : `grep -q .`;
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
    return {
        kind: 'sh',
        note: 'release the lock if it is ours',
        text: `if grep -qF ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`"run":${JSON.stringify(run)}`)} ${L}/owner 2>/dev/null; then rm -rf ${L}; fi`,
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
        ...(step.id === 'lock' || step.hostUndoes
            ? []
            : [(0,_host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .refreshLock */ .nM)(ctx.lock, { run: ctx.run, owner: ctx.owner, leaseSeconds: _host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .LEASE_SECONDS */ .Vb })]),
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
            const head = `write ${op.path} (mode ${op.mode}${op.owner ? `, owner ${op.owner}` : ''}, ${Buffer.byteLength(op.content)} bytes)${op.onChange ? `; if changed: ${op.onChange}` : ''}`;
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
        `plan ${plan.run}: ${plan.instance} -> release ${plan.release.id} on the ${plan.to} slot${plan.from ? ` (live: ${plan.from})` : ' (first deploy)'}`,
    ];
    for (const note of plan.notes)
        out.push(`note: ${note}`);
    [...plan.steps, plan.finally].forEach((step, i) => {
        out.push('', `${i + 1}. [${step.phase}] ${step.title}${step.movesTraffic ? '  (moves traffic)' : ''}${step.onHost ? '  (run on the host by its watch, after the observe window)' : ''}`);
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
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97840);
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
            `[ -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(l.upstreamFile(name))} ] || printf 'server 127.0.0.1:%s;\\n' ${c.listen.blue} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(l.upstreamFile(name))}`,
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
    const drain = (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .Y)(inst.windows?.drain, 10);
    const keepWarm = (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .Y)(inst.windows?.keep_warm, 300);
    const outlivesDrain = keepWarm > drain;
    return { drain, keepWarm, outlivesDrain, pausesOld: inst.app.background_jobs === true && outlivesDrain };
}
/** The site as it was before this run, kept until the run succeeds (the record step removes it). */
const siteBefore = (site) => `${site}.slotflip-before`;
function siteSnapshot(site) {
    return {
        kind: 'sh',
        note: 'keep the site that serves now, for an undo',
        text: `rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(siteBefore(site))}; [ ! -e ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(site)} ] || cp -p ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(site)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(siteBefore(site))}`,
    };
}
function siteRestore(site) {
    const before = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(siteBefore(site));
    return {
        kind: 'sh',
        note: 'put the site that served before this run back (one nginx reload, only if it changed)',
        text: `if [ -e ${before} ] && ! cmp -s ${before} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(site)}; then mv -f ${before} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(site)}; nginx -t -q && systemctl reload nginx; fi
rm -f ${before}`,
    };
}


/***/ })

};
