export const id = 471;
export const ids = [471];
export const modules = {

/***/ 76358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ report)
/* harmony export */ });
/* unused harmony export outcomeJson */
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

/***/ 63270:
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
    return paths.map((p) => `if [ -f ${(0,quote/* quote */.hD)(p)} ]; then sha256sum ${(0,quote/* quote */.hD)(p)}; else echo "missing  ${p}"; fi`).join('\n');
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
// EXTERNAL MODULE: ./src/plan/deploy-plan.ts + 5 modules
var deploy_plan = __webpack_require__(89124);
// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
// EXTERNAL MODULE: ./src/plan/json.ts
var json = __webpack_require__(82877);
// EXTERNAL MODULE: ./src/config/public-url.ts
var public_url = __webpack_require__(27005);
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
    const upToFlip = timings.filter((t) => ids.indexOf(t.step) >= first && ids.indexOf(t.step) <= flip).reduce((sum, t) => sum + t.ms, 0) / 1000;
    const { drain, keepWarm: warm, pausesOld } = (0,deploy_plan/* afterFlipWindows */.Hc)(inst);
    if (pausesOld) {
        const total = upToFlip + drain;
        return { seconds: total, text: `both slots ran ${total.toFixed(1)} s (start to flip ${upToFlip.toFixed(1)} s, then a ${drain} s drain); the ${plan.from} slot is then paused, so only the ${plan.to} slot runs background jobs, and stays warm for a rollback for ${warm} s` };
    }
    const after = Math.max(warm, drain);
    const total = upToFlip + after;
    return { seconds: total, text: `both slots run ${total.toFixed(1)} s (start to flip ${upToFlip.toFixed(1)} s, then the ${plan.from} slot ${warm > 0 ? `stays warm for ${warm} s` : `drains for ${drain} s`})` };
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
    const code = result.kind === 'nothing-to-do' ? exit_codes/* ExitCode */.y.nothingToDo : result.kind === 'held' ? exit_codes/* ExitCode */.y.releaseHeld : exit_codes/* ExitCode */.y.preflight;
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
            const host = transport ? await (0,run_context/* readHostWhenFree */.vP)(transport, prepared.instance, waitUntil, (l) => opts.log(`waiting for the lock: ${mask(l)}`)) : undefined;
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
    const driftText = drift.length ? `drift (the deploy overwrites these; move lasting changes into templates/):\n${drift.map((d) => `  ${d}`).join('\n')}\n\n` : '';
    for (const d of drift)
        opts.log(`warning: drift: ${d}`);
    const recoveryText = host?.recovery.notes.length ? `${host.recovery.notes.map((n) => `note: ${n}`).join('\n')}\n\n` : '';
    const result = (0,deploy_plan/* buildDeployPlan */.Vd)({ run, owner: (0,run_context/* owner */.eC)(), now: new Date().toISOString(), instance: prepared.instance, files: prepared.files, release, state, allowBreaking: opts.allowBreaking, guard: host?.guard, maintenance: host?.probe.maintenance, converge: host?.recovery.converge, smoke: prepared.smoke, dataDir: (0,data_dir/* filesDirToCreate */.g)(prepared.instance, prepared.preset) });
    if (result.kind !== 'plan')
        return { ...refusal(result), planText: recoveryText + driftText || undefined };
    const planText = recoveryText + driftText + (0,format/* formatPlan */.nT)(result.plan, Object.values(prepared.secrets));
    if (opts.dryRun || !transport)
        return { exitCode: exit_codes/* ExitCode */.y.ok, summary: `plan for ${result.plan.release.id} on the ${result.plan.to} slot`, planText, plan: (0,json/* planJson */.i)(result.plan, Object.values(prepared.secrets)) };
    opts.log(`deploy ${run}: ${prepared.instance.id} ${result.plan.from ? `${result.plan.from} -> ` : ''}${result.plan.to}, release ${result.plan.release.id} (${result.plan.steps.length} steps)`);
    const progress = (0,commands_progress/* stepReporter */.w)(opts.log, mask, opts.onEvent);
    const outcome = await (0,engine_run/* runPlan */.F)(result.plan, transport, { onEvent: progress.onEvent, recordFailure: result.recordFailure, lockWaitMs: opts.lockWaitMs, signal: opts.signal }).finally(progress.stop);
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
    return { exitCode, summary, outcome, planText, url, release: result.plan.release.id, slot: outcome.kind === 'completed' ? result.plan.to : (result.plan.from ?? undefined), ...(overlap ? { overlapSeconds: Math.round(overlap.seconds * 10) / 10 } : {}), ...(receipt ? { receipt } : {}) };
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
    const after = outcome.undone ? (outcome.trafficMoved ? flippedBack : 'nothing changed for users') : 'ROLLBACK FAILED: operator needed';
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
    return listen === 'unix' ? `readlink ${(0,quote/* quote */.hD)((0,layout/* layout */.Zp)(inst.id).currentSocket(component))}` : `cat ${(0,quote/* quote */.hD)((0,layout/* layout */.Zp)(inst.id).upstreamFile(component))}`;
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
        ...layout/* SLOTS */._f.map((s) => `echo '${MARK} running ${s}'; systemctl is-active --quiet ${Object.keys(inst.app.components).map((c) => (0,quote/* quote */.hD)(`${l.unit(c)}${s}`)).join(' ')} 2>/dev/null && echo yes || true`),
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
            lock = { run: raw.run, owner: raw.owner ?? '', expires: Number(raw.expires ?? 0), ...(parts.get('lock-session') === 'gone' ? { sessionGone: true } : {}) };
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
    return { state, routed, slotRelease, slotRunning, maintenance: parts.get('maintenance') === 'on', lock, journal, watching: parts.get('watching') === 'yes', ...(unreportedWatch ? { unreportedWatch } : {}), fingerprint: parts.get('fingerprint') ?? '', now: Number(parts.get('now') ?? 0) };
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
        const did = w.state === 'passed' ? 'it passed its observe window and the host finished the deploy' : w.state === 'flipped-back' ? `the host flipped it back and held it (${w.reason})` : `the watch is ${w.state}`;
        notes.push(`run ${w.run} ended before it could report its flip to release ${w.release}: ${did}`);
    }
    const routed = probe.routed;
    if (routed && routed !== state.active) {
        const release = probe.slotRelease[routed] ?? 'unknown';
        const flippedAt = probe.journal.filter((e) => e.step === 'flip' && e.event === 'end' && e.code === 0).at(-1)?.at;
        state = {
            ...state,
            active: routed,
            slots: { ...state.slots, [routed]: { release, version: (0,host_release/* versionOf */.E4)(release), since: flippedAt ? new Date(flippedAt * 1000).toISOString() : new Date(probe.now * 1000).toISOString() } },
            releases: state.releases.includes(release) ? state.releases : [...state.releases, release],
        };
        notes.push(`nginx routes to the ${routed} slot (release ${release}), but state.json recorded ${probe.state.active ?? 'no live slot'}: the ${routed} slot is taken as live`);
    }
    const adopted = routed !== null && routed !== probe.state.active;
    const converge = interrupted ? `run ${interrupted.run} did not finish` : adopted ? 'state.json did not record the last flip' : probe.maintenance ? 'the maintenance page is on' : undefined;
    if (probe.maintenance)
        notes.push("the maintenance page is on (a breaking migration's deploy did not finish): it stays on until a deploy flips to a release that passes its health gate");
    return { state, notes, interrupted, converge };
}

;// CONCATENATED MODULE: ./src/commands/run-context.ts








// What every command that changes a host needs: a run id, who runs it, and what the host's state is.
function newRunId(now = new Date()) {
    return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${(0,external_node_crypto_.randomBytes)(2).toString('hex')}`;
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
    return { probe, recovery: recover(probe), guard: { fingerprint: fingerprintCommand(inst), expect: probe.fingerprint } };
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
            waiting(watched ? `the host observes the flip of run ${lock.run} (${lock.owner}); it finishes the deploy or flips back, then frees the lock` : `${lock.owner} (run ${lock.run}; its lease is renewed while it lives)`);
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
            return { code: 1, stdout: '', stderr: `uploading ${op.path} (${op.bytes.length} bytes) failed: ${err instanceof Error ? err.message : String(err)}` };
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
        const send = async () => (await pushUploads(transport, step.ops)) ?? transport.script((0,compile/* compileStep */.qg)(step, ctx), { timeoutMs: step.timeoutMs });
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
            failure = { step, code: result.code, detail: lost.signal.aborted ? String(lost.signal.reason) : signal.aborted ? 'cancelled (SIGTERM or SIGINT)' : lastLine(result) || `exit ${result.code}` };
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
        return { kind: 'failed', ...failure, cancelled: signal.aborted === true, trafficMoved, undone: false, pastNoReturn: false, timings, results, events };
    // The host's watch acted on this failure itself (it flipped back and recorded it, or it goes on deciding): undoing
    // from here too would have two actors on one host.
    if (failure.step.hostUndoes) {
        await exec(plan.finally, plan.steps.length);
        return { kind: 'failed', ...failure, cancelled: signal.aborted === true, trafficMoved, undone: failure.code === failure.step.hostUndoes.code, pastNoReturn: isPastNoReturn(plan, failure.step), timings, results, events };
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
    return { kind: 'failed', ...failure, cancelled: signal.aborted === true, trafficMoved, undone, pastNoReturn, timings, results, events };
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
            return { kind: op.kind, path: op.path, mode: op.mode, ...(op.owner ? { owner: op.owner } : {}), secret: op.secret, bytes: Buffer.byteLength(op.content), ...(op.secret ? {} : { content: mask(op.content) }), ...(op.onChange ? { onChange: op.onChange } : {}) };
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
    const ssh = () => ({ host: t.host, port: t.port ?? 22, user: t.user ?? 'root', hostKeys: t.host_keys ?? [], privateKey: secrets[t.ssh_key_secret] ?? '' });
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
