export const id = 884;
export const ids = [884];
export const modules = {

/***/ 5884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: ./src/engine/outcome.ts
var engine_outcome = __webpack_require__(938);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
// EXTERNAL MODULE: ./src/config/resolved.ts
var resolved = __webpack_require__(31328);
// EXTERNAL MODULE: ./src/host/flip.ts
var flip = __webpack_require__(17747);
// EXTERNAL MODULE: ./src/host/health.ts
var health = __webpack_require__(32562);
// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/host/maintenance.ts
var maintenance = __webpack_require__(62357);
// EXTERNAL MODULE: ./src/host/release.ts
var release = __webpack_require__(97043);
// EXTERNAL MODULE: ./src/host/receipt.ts
var host_receipt = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/host/watch.ts
var watch = __webpack_require__(48949);
// EXTERNAL MODULE: ./src/shell/state.ts
var shell_state = __webpack_require__(55547);
// EXTERNAL MODULE: ./src/plan/steps.ts
var plan_steps = __webpack_require__(62960);
// EXTERNAL MODULE: ./src/host/slot-units.ts
var slot_units = __webpack_require__(91886);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/shell/builtins.ts
var builtins = __webpack_require__(6012);
;// CONCATENATED MODULE: ./src/host/warm-slot.ts





/**
 * A warm slot made ready for a rollback's flip, in the flip's own step: its retire timer and any pending drain end
 * cancelled first (the timer may fire any moment; a drain end already running is waited for, as resumeSlot says),
 * then one `systemctl show` says whether each unit is active and whether its main process is paused (SIGSTOP, by the
 * drain end: state T). A paused slot is resumed; a running one answers its own checks once; a slot its retire timer
 * stopped in the moment before is started again and waits for the whole health gate (checked once, a slot that has
 * just started fails: seen in the lab). Each `systemctl` costs 15-40 ms in a container: this asks two where three
 * and a `grep` ran before. The slot's checks (a `curl` costs 25-35 ms) start beside them; their answer counts only if
 * the slot runs and they passed, else they run again once the slot is known to run, so that no check decides from
 * before the drain end was waited for.
 */
function warmSlotReady(inst, slot, version) {
    const l = (0,layout/* layout */.Zp)(inst.id);
    const components = Object.keys(inst.app.components);
    const units = (0,slot_units/* slotUnits */.A1)(inst.id, slot, components);
    const timers = [`${l.retireUnit(slot)}.timer`, `${l.drainEndUnit(slot)}.timer`, `${l.drainEndUnit(slot)}.service`];
    return {
        kind: 'sh',
        note: `cancel the ${slot} slot's retire timer; the slot answers (resumed if it was paused, started again and ` +
            `gated if it was retired meanwhile)`,
        // A main process whose state cannot be read counts as paused: resuming a running slot is harmless.
        text: `exec {sf_fd}< <( ( ${(0,health/* answersOnceScript */.Ig)(inst, slot, version).replace(/\n/g, '\n  ')}
) 2>&1; echo "SF_RC $?" )
systemctl stop ${timers.map(quote/* quote */.hD).join(' ')} 2>/dev/null || true
sf_active=0 sf_paused=''
while IFS='=' read -r sf_k sf_v; do
  case $sf_k in
    ActiveState) [ "$sf_v" != active ] || sf_active=$((sf_active + 1)) ;;
    MainPID) [ "\${sf_v:-0}" = 0 ] || { ${(0,builtins/* procState */.ul)('sf_st', '$sf_v')}; case $sf_st in T | '') sf_paused=1 ;; esac; } ;;
  esac
done < <(systemctl show -p ActiveState -p MainPID ${units} 2>/dev/null)
[ -z "$sf_paused" ] || systemctl kill --signal=SIGCONT ${units} 2>/dev/null || true
sf_out=''; IFS= read -r -d '' sf_out <&"$sf_fd" || true; exec {sf_fd}<&-
if [ "$sf_active" -eq ${components.length} ] && [ "\${sf_out##*SF_RC }" = $'0\\n' ]; then
printf '%s' "\${sf_out%SF_RC *}"
elif [ "$sf_active" -eq ${components.length} ]; then
${(0,health/* answersOnceScript */.Ig)(inst, slot, version)}
else
echo 'SLOTFLIP_EVENT the ${slot} slot had just been retired: started it again'
systemctl start ${units}
${(0,health/* healthGateScript */.Fl)(inst, slot, version)}
fi`,
    };
}

;// CONCATENATED MODULE: ./src/plan/rollback-prepare.ts



/**
 * A warm slot (still running the release) made ready for the flip, in the flip's own step (a rollback is timed to the
 * flip: one round trip less): it keeps running, its retire timer cancelled, and answers once. Should it not answer,
 * the step fails before traffic moves, and its undo points nginx where it already points.
 */
function warmSlotOps(inst, to, version) {
    return [warmSlotReady(inst, to, version)];
}
/** A stopped slot a rollback flips to: started on the release and gated first. */
function coldSlotSteps(inst, to, target, version) {
    const components = Object.keys(inst.app.components);
    return [
        {
            id: 'start',
            phase: 'start',
            title: `start the ${to} slot on ${target}`,
            timeoutMs: 2 * plan_steps/* MIN */.pH,
            ops: [(0,slot_units/* startSlot */.Zz)(inst.id, to, target, components)],
            undo: [(0,slot_units/* stopSlot */.FU)(inst.id, to, components)],
        },
        (0,plan_steps/* gateStep */.sf)(inst, to, version),
    ];
}

// EXTERNAL MODULE: ./src/host/db-marker.ts
var db_marker = __webpack_require__(65229);
;// CONCATENATED MODULE: ./src/plan/rollback-restore.ts





function restoreSteps(inst, from, r) {
    const l = (0,layout/* layout */.Zp)(inst.id);
    const units = Object.keys(inst.app.components)
        .map((c) => (0,quote/* quote */.hD)(`${l.unit(c)}${from}`))
        .join(' ');
    const bookkeeping = inst.migrations?.bookkeeping_tables ?? ['schema_migrations'];
    return [
        {
            id: 'db-check',
            phase: 'preflight',
            title: `compare the database with the backup (${r.mode})`,
            timeoutMs: 30 * plan_steps/* MIN */.pH,
            ops: [(0,db_marker/* compareWithMarker */.y3)(l, r.db, r.dump, r.mode, bookkeeping)],
        },
        {
            id: 'quiesce',
            phase: 'migrate',
            title: `maintenance page on; stop the ${from} slot (no writes during the restore)`,
            timeoutMs: 2 * plan_steps/* MIN */.pH,
            ops: [(0,maintenance/* maintenanceOn */.v)(inst.id), { kind: 'sh', text: `systemctl stop ${units}` }],
            undo: [{ kind: 'sh', text: `systemctl start ${units}` }, (0,maintenance/* maintenanceOff */.F)(inst.id)],
        },
        {
            id: 'restore',
            phase: 'migrate',
            title: `restore ${r.dump} (one transaction)`,
            timeoutMs: 60 * plan_steps/* MIN */.pH,
            ops: [(0,db_marker/* restoreDump */.nE)(l, r.db, r.dump)],
        },
    ];
}

;// CONCATENATED MODULE: ./src/plan/rollback-target.ts
// Which kept release a rollback goes to.


/** Which kept release `to` names: an exact id, or the newest kept release of that version. */
function resolveTarget(state, to) {
    if (state.releases.includes(to))
        return to;
    return [...state.releases].reverse().find((id) => (0,release/* versionOf */.E4)(id) === to);
}

;// CONCATENATED MODULE: ./src/plan/rollback-plan.ts













/** A rollback's short watch: the receipt counts the seconds after its flip (traffic has moved before they start). */
const ROLLBACK_RECEIPT_SECONDS = 2;
/**
 * Back to the previous release (or any kept one) through the same flip a deploy uses. When the idle slot still runs
 * that release (the keep-warm window), it is only a flip: cancel the slot's retire timer, one health pass, flip.
 * Otherwise the idle slot is started on that release and gated first. The release rolled back from is held, so
 * the next deploy of it is refused until `release-hold`. The database is not touched.
 */
function buildRollbackPlan(req) {
    const { instance: inst, state } = req;
    const from = state.active;
    if (!from || !state.slots[from])
        return { kind: 'refused', message: `${inst.id} has no live release to roll back from` };
    const to = (0,layout/* otherSlot */.jx)(from);
    const previous = state.slots[to]?.release;
    const target = req.to ? resolveTarget(state, req.to) : previous;
    if (!target) {
        return {
            kind: 'refused',
            message: req.to
                ? `no kept release matches "${req.to}" (kept: ${state.releases.join(', ') || 'none'})`
                : `${inst.id} has no previous release on the host to roll back to`,
        };
    }
    const leaving = state.slots[from].release;
    if (target === leaving)
        return { kind: 'nothing-to-do', message: `release ${target} is already live on the ${from} slot` };
    const version = (0,release/* versionOf */.E4)(target);
    const warm = target === previous && req.running[to] && !req.restore;
    const l = (0,layout/* layout */.Zp)(inst.id);
    const setup = [
        (0,watch/* markWatchesReported */.Mv)(inst.id),
        { kind: 'run', argv: ['install', '-d', '-m', '0700', (0,watch/* watchPaths */.I3)(inst.id, req.run).dir] },
    ];
    const prober = (0,host_receipt/* startRollbackProbe */.Xs)(inst, req.run, version);
    const flipOp = (0,flip/* flipTo */.hp)(inst, to);
    const confirm = (0,flip/* confirmThroughNginx */.cn)(inst, version);
    const drain = (0,resolved/* resolved */.L$)(inst).drain;
    const rolledBack = (0,shell_state/* withHistory */.$k)({
        ...state,
        active: to,
        slots: {
            ...state.slots,
            [to]: {
                release: target,
                version,
                since: req.now,
                ...(state.slots[to]?.release === target && state.slots[to]?.backup
                    ? { backup: state.slots[to].backup }
                    : {}),
            },
        },
        hold: { release: leaving, reason: `rolled back to ${target} by ${req.owner}`, since: req.now },
    }, {
        run: req.run,
        op: 'rollback',
        release: target,
        slot: to,
        result: 'ok',
        at: req.now,
        detail: `from ` +
            `${leaving}${warm ? ' (warm)' : ' ' + '(cold)'}${req.restore ? `; database restored from ${req.restore.dump} (${req.restore.mode})` : ''}`,
    });
    const restore = req.restore ? restoreSteps(inst, from, req.restore) : [];
    const steps = [
        ...restore,
        ...(warm ? [] : coldSlotSteps(inst, to, target, version)),
        {
            ...(0,plan_steps/* flipStep */.y_)(to, [
                ...(warm ? warmSlotOps(inst, to, version) : []),
                ...(req.restore
                    ? [(0,flip/* flipTo */.hp)(inst, to), (0,maintenance/* maintenanceOff */.F)(inst.id), (0,watch/* markReceiptStart */.cz)(inst.id, req.run, l.accessLog)]
                    : [(0,watch/* markReceiptStart */.cz)(inst.id, req.run, l.accessLog), flipOp]),
                ...(confirm ? [confirm] : []),
            ], [(0,flip/* flipTo */.hp)(inst, from)], warm ? `check the warm ${to} slot (${target}) answers; flip traffic to it` : undefined, 
            // A slot its retire timer stopped in the moment before is started again and gated in this step.
            warm ? (0,resolved/* resolved */.L$)(inst).healthTimeout * 1000 + plan_steps/* MIN */.pH : undefined),
            // The warm slot's check runs ahead of the flip: failing it, the step has moved no traffic.
            ...(warm ? { exitBeforeTraffic: health/* GATE_EXIT */.lN } : {}),
        },
        (0,plan_steps/* enableStep */.ys)(inst, to),
        // The release rolled back from stops after the drain: it is the one that misbehaved, its jobs should not run on.
        // A timer on the host stops it after the drain; the command does not wait, so the title says so.
        (0,plan_steps/* retireStep */.m4)(inst, from, { keepWarm: drain, drain }, `schedule the ${from} slot to stop after a ${drain} s drain (a timer on the host)`),
        (0,plan_steps/* recordStep */.IC)(inst.id, rolledBack, `record the rollback; hold ${leaving}`),
        {
            id: 'receipt',
            phase: 'record',
            title: `the receipt: what users saw across the flip, ${ROLLBACK_RECEIPT_SECONDS} s after it`,
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [(0,host_receipt/* finishRollbackReceipt */.wi)(inst, req.run, version, ROLLBACK_RECEIPT_SECONDS)],
        },
    ];
    // The receipt counts only what its prober sees after the flip (host/receipt.ts). With the lock taken by the host
    // read there is no lock step: the prober starts in the first step, in the flip's right after the symlink moves, so
    // that its requests do not take the CPU the warm slot's check needs (two cores: each curl costs 25-35 ms).
    const [first, ...rest] = steps;
    const firstOps = first.ops.includes(flipOp)
        ? [...setup, ...first.ops.flatMap((o) => (o === flipOp ? [o, prober] : [o]))]
        : [...setup, prober, ...first.ops];
    const planned = req.lockTaken
        ? [{ ...first, ops: firstOps }, ...rest]
        : [
            (0,plan_steps/* lockStep */.s9)(inst.id, req, { title: "take the lease lock; start the receipt's prober", after: [...setup, prober] }),
            ...steps,
        ];
    const recordFailure = (flippedBack, detail) => {
        const entry = { run: req.run, op: 'rollback', release: target, slot: to, result: 'failed' };
        const failed = (0,shell_state/* withHistory */.$k)(state, {
            ...entry,
            at: req.now,
            detail: `${detail}${flippedBack ? '; flipped back' : ''}`,
        });
        return { ...(0,plan_steps/* recordStep */.IC)(inst.id, failed, 'record the failed rollback'), id: 'record-failure' };
    };
    return {
        kind: 'plan',
        warm,
        recordFailure,
        plan: (0,plan_steps/* planOf */.XC)(req, inst.id, {
            release: { id: target, version },
            from,
            to,
            steps: planned,
            ...(req.lockTaken ? { lockTaken: true } : {}),
            // Once the database is restored, the release rolled back from cannot serve again: a later failure needs an
            // operator.
            pointOfNoReturn: req.restore ? 'start' : undefined,
            finally: (0,plan_steps/* unlockStep */.Rl)(inst.id, req.run),
            notes: [
                `${warm ? 'warm' : 'cold'} rollback from ${leaving} to ${target}; ` +
                    `${req.restore
                        ? `the database is restored from ${req.restore.dump} behind the maintenance page ` +
                            `(${req.restore.mode})`
                        : 'the database is not touched'}`,
                ...(req.lockTaken ? ['the lease lock is taken with the host read, so there is no lock step'] : []),
            ],
        }),
    };
}

// EXTERNAL MODULE: ./src/session/verb.ts
var verb = __webpack_require__(87731);
// EXTERNAL MODULE: ./src/session/plan-run.ts + 1 modules
var plan_run = __webpack_require__(71475);
// EXTERNAL MODULE: ./src/transport/connect.ts + 3 modules
var connect = __webpack_require__(14519);
// EXTERNAL MODULE: ./src/session/early-handshake.ts
var early_handshake = __webpack_require__(60247);
// EXTERNAL MODULE: ./src/session/prepare.ts
var prepare = __webpack_require__(80295);
;// CONCATENATED MODULE: ./src/session/early-connect.ts



/**
 * prepare() and the target's connection, the handshake overlapping the validation (session/early-handshake.ts).
 * `early`: a handshake the command started before its code loaded; by default one starts here.
 */
async function prepareAndConnect(opts, early = new early_handshake/* EarlyHandshake */.t(opts)) {
    let prepared;
    try {
        prepared = await (0,prepare/* prepare */.i)(opts);
    }
    catch (err) {
        void early.discard();
        throw err;
    }
    const got = await early.take();
    const name = prepared.instance.target.ssh_key_secret;
    if (got && name && got.key === (0,early_handshake/* reachedKey */.Q)(prepared.instance, prepared.secrets[name] ?? ''))
        return { prepared, transport: got.transport };
    await got?.transport.close();
    return { prepared, transport: await (0,connect/* connectTarget */.u)(prepared.instance, prepared.secrets) };
}

// EXTERNAL MODULE: ./src/session/run-context.ts + 3 modules
var run_context = __webpack_require__(28493);
;// CONCATENATED MODULE: ./src/commands/rollback.ts











/** `slotflip rollback`: the previous release back in front of users, by the same flip a deploy uses. */
async function runRollback(opts) {
    const { prepared, transport } = await prepareAndConnect({ ...opts, render: false }, opts.early);
    const mask = (0,format/* masker */.KB)(Object.values(prepared.secrets));
    const run = (0,run_context/* newRunId */.F$)();
    // The host's state is the truth for a rollback: its read takes the lock when it is free (not for a dry run, which
    // changes nothing), so the plan needs no lock step. Given back unless the plan runs.
    let taken = false;
    try {
        const host = await (0,run_context/* readHostWhenFree */.vP)(transport, prepared.instance, Date.now() + opts.lockWaitMs, (l) => opts.log(`waiting for the lock: ${mask(l)}`), opts.dryRun ? undefined : { run, owner: (0,run_context/* owner */.eC)() });
        taken = host.lockTaken;
        for (const n of host.recovery.notes)
            opts.log(`note: ${mask(n)}`);
        const restore = await restoreRequest(opts.restoreDb ?? 'never', prepared.instance, host.recovery.state, transport);
        if (restore.kind === 'refused')
            return { exitCode: exit_codes/* ExitCode */.y.preflight, summary: restore.message };
        if (restore.kind === 'skip')
            opts.log(`note: ${restore.message}`);
        const result = buildRollbackPlan({
            run,
            owner: (0,run_context/* owner */.eC)(),
            now: new Date().toISOString(),
            instance: prepared.instance,
            state: host.recovery.state,
            running: host.probe.slotRunning,
            to: opts.to,
            guard: host.guard,
            // A dry run shows the plan the run would make: without the lock step when the lock is free now.
            lockTaken: host.lockTaken || (opts.dryRun === true && !host.probe.lock),
            restore: restore.kind === 'restore' ? restore.restore : undefined,
        });
        if (result.kind !== 'plan')
            return {
                exitCode: result.kind === 'nothing-to-do' ? exit_codes/* ExitCode */.y.nothingToDo : exit_codes/* ExitCode */.y.preflight,
                summary: result.message,
            };
        const { plan, warm } = result;
        const planText = (0,format/* formatPlan */.nT)(plan, Object.values(prepared.secrets));
        if (opts.dryRun)
            return (0,plan_run/* dryRunResult */.Y)(plan, Object.values(prepared.secrets), `${warm ? 'warm' : 'cold'} rollback plan to ${plan.release.id}`, {
                warm,
            });
        opts.log(`rollback ${run}: ${prepared.instance.id} ${plan.from} -> ${plan.to}, release ${plan.release.id} ` +
            `(${warm ? 'warm: only a flip' : 'cold: start and gate first'})`);
        let trafficMovedMs;
        taken = false; // the plan's final step releases it
        const outcome = await (0,plan_run/* runWithProgress */.v)(plan, transport, opts, mask, {
            watch: (e) => {
                if (e.kind === 'done' && e.step.id === 'flip' && e.result.code === 0)
                    trafficMovedMs = Math.round(process.uptime() * 1000);
            },
            recordFailure: result.recordFailure,
        });
        const summary = summaryOf(plan, warm, outcome, trafficMovedMs, mask);
        const receipt = 'results' in outcome ? (0,host_receipt/* parseReceipt */.Wy)(outcome.results.receipt) : undefined;
        if (receipt)
            opts.log(`receipt: ${(0,host_receipt/* describeReceipt */.ei)(receipt)}`);
        return {
            exitCode: (0,verb/* exitCodeFor */.Rr)(outcome),
            summary,
            outcome,
            planText,
            release: plan.release.id,
            slot: outcome.kind === 'completed' ? plan.to : (plan.from ?? undefined),
            warm,
            trafficMovedMs,
            ...(receipt ? { receipt } : {}),
        };
    }
    finally {
        if (taken)
            await (0,run_context/* releaseTakenLock */.m1)(transport, prepared.instance, run).catch(() => undefined);
        await transport.close();
    }
}
function summaryOf(plan, warm, outcome, trafficMovedMs, mask) {
    if (outcome.kind === 'locked')
        return `locked by ${mask(outcome.holder)}`;
    if (outcome.kind === 'stale')
        return 'the host changed while this run waited for the lock; run it again';
    if (outcome.kind === 'failed' && outcome.disconnected)
        return (0,engine_outcome/* lostConnectionAdvice */.V)(outcome.step.id);
    if (outcome.kind === 'failed' && outcome.pastNoReturn)
        return (`${outcome.step.id} failed after the database was restored: ${mask(outcome.detail)}; the ` +
            (`maintenance page stays up. Operator needed: fix the ${plan.to} slot's release and run the rollback again, ` +
                `or deploy a release that runs on the restored schema`));
    if (outcome.kind === 'failed')
        return (`${outcome.step.id} failed: ${mask(outcome.detail)}; ` +
            `${outcome.undone ? `still on the ${plan.from} slot` : 'ROLLBACK FAILED: operator needed'}`);
    const timing = trafficMovedMs === undefined
        ? ''
        : `; traffic on ${plan.release.id} ${trafficMovedMs} ms after the command started`;
    return (`rolled back to ${plan.release.id} on the ${plan.to} slot (${warm ? 'warm' : 'cold'})${timing}; ` +
        `the ${plan.from} slot's release is held until \`slotflip release-hold\``);
}
/**
 * Whether this rollback restores the database: only with a backup taken by the live release's deploy, and (if-safe)
 * only when the schema changed since.
 */
async function restoreRequest(mode, inst, state, transport) {
    if (mode === 'never')
        return { kind: 'none' };
    const db = inst.database;
    const dump = state.active ? state.slots[state.active]?.backup : undefined;
    if (!db || !dump)
        return {
            kind: 'refused',
            message: `--restore-db ${mode}: the deploy of the live release took no backup to restore (no database ` +
                `configured, or deployed before backups carried a marker)`,
        };
    const r = await transport.script((0,db_marker/* schemaThenAndNow */.Sp)((0,layout/* layout */.Zp)(inst.id), db, dump), { timeoutMs: 30_000 });
    const [then = '', now = ''] = r.stdout.split('\n').map((x) => x.trim());
    if (r.code !== 0 || !then)
        return {
            kind: 'refused',
            message: `--restore-db ${mode}: backup ${dump} or its marker is missing on the ` +
                `host${r.stderr.trim() ? ` (${r.stderr.trim()})` : ''}`,
        };
    if (then === now && mode === 'if-safe')
        return { kind: 'skip', message: `the schema has not changed since backup ${dump}: the database stays as it is` };
    return { kind: 'restore', restore: { mode, dump, db } };
}

// EXTERNAL MODULE: ./src/cli/cancel.ts
var cancel = __webpack_require__(84558);
// EXTERNAL MODULE: ./src/cli/outcome.ts
var outcome = __webpack_require__(76358);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/cli/host-options.ts + 1 modules
var host_options = __webpack_require__(67487);
// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(14226);
;// CONCATENATED MODULE: ./src/cli/rollback.ts






/** `slotflip rollback --env FILE [--to RELEASE]`: the previous release (or a kept one) back in front of users. */
async function rollbackCommand(values, _args, io, early) {
    try {
        const restoreDb = (0,parse/* str */.gx)(values, 'restore-db');
        if (restoreDb !== 'never' && restoreDb !== 'if-safe' && restoreDb !== 'force')
            throw new usage_error/* UsageError */.e(`--restore-db must be never, if-safe or force, not "${restoreDb}"`);
        const dryRun = (0,parse/* flag */.Jt)(values, 'dry-run');
        return await (0,cancel/* cancellable */.n)(io, async (signal) => {
            const r = await runRollback({
                ...(0,host_options/* hostOptions */.t)(values, io, signal),
                to: (0,parse/* str */.gx)(values, 'to'),
                restoreDb,
                early,
            });
            return (0,outcome/* report */.z)(io, 'rollback', r, { json: (0,parse/* flag */.Jt)(values, 'json'), dryRun });
        });
    }
    finally {
        // A rollback that ended before it needed the connection (a usage error) closes it.
        await early?.discard();
    }
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
/* harmony import */ var _nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84102);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32562);
/* harmony import */ var _health_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45034);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61250);





/**
 * Moves traffic to `slot`. Unix-socket components: swap the symlink nginx proxies to (rename is atomic; measured
 * 0 dropped requests, and the very next request reaches the new slot). TCP components: rewrite the upstream include,
 * `nginx -t`, rename, reload (a reload drops idle keep-alive clients, so unix sockets are the default).
 */
function flipTo(inst, slot) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id);
    return routeTo(inst, (name, c) => c.listen.type === 'unix'
        ? { socket: l.socket(name, slot) }
        : { server: `127.0.0.1:${slot === 'blue' ? c.listen.blue : c.listen.green}` }, `point nginx at the ${slot} slot`);
}
/**
 * Points each component's route at a target: a unix socket through the symlink nginx proxies to (renamed, no reload),
 * or a TCP server through the upstream include (read on reload only). `reloadTcp: false` when a reload follows anyway.
 */
function routeTo(inst, target, note, reloadTcp = true) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id);
    const lines = [
        `[ -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.socketDir)} ] && [ -d /etc/nginx/slotflip ] || install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.socketDir)} ` +
            `/etc/nginx/slotflip`,
    ];
    let reload = false;
    for (const [name, c] of Object.entries(inst.app.components)) {
        const t = c ? target(name, c) : undefined;
        if (!t)
            continue;
        if ('socket' in t) {
            const cur = l.currentSocket(name);
            lines.push(`ln -sfn ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(t.socket)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${cur}.tmp`)} && mv -T ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${cur}.tmp`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(cur)}`);
        }
        else {
            const file = l.upstreamFile(name);
            lines.push(`printf 'server %s;\\n' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(t.server)} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${file}.tmp`)} && mv -f ` +
                `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${file}.tmp`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(file)}`);
            reload = true;
        }
    }
    if (reload && reloadTcp)
        lines.push(`nginx -t -q && ${_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}`);
    return { kind: 'sh', note, text: lines.join('\n') };
}
/**
 * Through nginx, as a user would: the new release must answer within a few seconds, or the flip is undone.
 * `asReported`: the version is what the app itself reported (an adopted app's "v2.4.0"), not a release to format.
 */
function confirmThroughNginx(inst, version, asReported = false) {
    const probe = (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .versionProbe */ .db)(inst);
    const target = probe?.path ? (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .throughNginx */ .gE)(inst, probe.path) : undefined;
    if (!probe || !target)
        return undefined;
    // Matched by bash, not grep: a try starts one process (curl), not three.
    const answer = `"$(curl -s --max-time 2 ${target.curl})"`;
    const want = probe.expect_version
        ? `{ sf_re=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)((0,_health_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPattern */ .D8)(version, asReported || probe.expect_version))}; [[ ${answer} =~ $sf_re ]]; }`
        : `[ -n ${answer} ]`;
    return {
        kind: 'sh',
        note: `confirm through nginx that ${probe.path} reaches ${version}`,
        text: (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .retryUntil */ .v6)(want, 50, '0.1', `nginx does not route ${probe.path} to release ${version}`, '"confirmed through nginx after $i tries"'),
    };
}
/** Links the site and reloads nginx once `nginx -t` accepts it; on failure a link this made is removed again. */
function enableSite(site, link) {
    const [s, l] = [(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site), (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(link)];
    return `new_link=0; [ -L ${l} ] || new_link=1
ln -sfn ${s} ${l} && nginx -t -q && ${_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w} || { [ "$new_link" = 0 ] || rm -f ${l}; false; }`;
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

/***/ 60247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ reachedKey),
/* harmony export */   t: () => (/* binding */ EarlyHandshake)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_yaml_fast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58398);
/* harmony import */ var _secrets_lookup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30323);
/* harmony import */ var _transport_connect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14519);





/** The handshake's key for an instance and its private key: equal only when the validated target is the same. */
const reachedKey = (inst, privateKey) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
    .update(JSON.stringify([
    inst.target.host,
    inst.target.port ?? 22,
    inst.target.user ?? 'root',
    inst.target.host_keys ?? [],
    privateKey,
]))
    .digest('hex');
async function reach(opts, started) {
    const doc = (0,_config_yaml_fast_js__WEBPACK_IMPORTED_MODULE_2__/* .plainMapping */ .z)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(opts.envFile, 'utf8'));
    const list = Array.isArray(doc?.instances) ? doc.instances : [];
    const inst = opts.instanceId ? list.find((i) => i?.id === opts.instanceId) : list.length === 1 ? list[0] : undefined;
    const name = inst?.target?.ssh_key_secret;
    if (!inst || inst.target.transport !== 'ssh' || !name || !opts.secrets)
        return undefined;
    const secret = await (0,_secrets_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .lookupSecret */ .b)(name, opts.secrets);
    if (!secret.ok)
        return undefined;
    const connecting = (0,_transport_connect_js__WEBPACK_IMPORTED_MODULE_4__/* .connectTarget */ .u)(inst, { [name]: secret.value });
    started();
    const transport = await connecting;
    // The runner's session is slotflip's own fixed loop: it runs nothing until a script is sent, after validation.
    transport.warmUp?.();
    return { key: reachedKey(inst, secret.value), transport };
}
/** A handshake under way, handed to whoever validated the file (`take`), or closed unused (`discard`). */
class EarlyHandshake {
    taken = false;
    pending;
    /** Settles once the connection is under way (or will not be made). */
    started;
    constructor(target) {
        let started = () => { };
        this.started = new Promise((r) => (started = r));
        // Any failure here is met again, with its proper message, by the connection made after validation.
        this.pending = reach(target, started)
            .catch(() => undefined)
            .finally(started);
    }
    take() {
        this.taken = true;
        return this.pending;
    }
    /** Closes the connection when no one took it: the command ended before it needed one. */
    async discard() {
        if (this.taken)
            return;
        this.taken = true;
        await (await this.pending)?.transport.close();
    }
}


/***/ })

};
