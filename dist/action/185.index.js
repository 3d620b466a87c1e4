export const id = 185;
export const ids = [185];
export const modules = {

/***/ 1185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollback: () => (/* binding */ runRollback)
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
// EXTERNAL MODULE: ./src/session/plan-run.ts + 6 modules
var plan_run = __webpack_require__(57422);
// EXTERNAL MODULE: ./src/transport/connect.ts + 4 modules
var connect = __webpack_require__(34861);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/config/yaml-fast.ts
var yaml_fast = __webpack_require__(58398);
// EXTERNAL MODULE: ./src/secrets/lookup.ts
var lookup = __webpack_require__(30323);
;// CONCATENATED MODULE: ./src/session/early-handshake.ts





/** The handshake's key for an instance and its private key: equal only when the validated target is the same. */
const reachedKey = (inst, privateKey) => (0,external_node_crypto_.createHash)('sha256')
    .update(JSON.stringify([
    inst.target.host,
    inst.target.port ?? 22,
    inst.target.user ?? 'root',
    inst.target.host_keys ?? [],
    privateKey,
]))
    .digest('hex');
async function reach(opts, started) {
    const doc = (0,yaml_fast/* plainMapping */.z)(await (0,promises_.readFile)(opts.envFile, 'utf8'));
    const list = Array.isArray(doc?.instances) ? doc.instances : [];
    const inst = opts.instanceId ? list.find((i) => i?.id === opts.instanceId) : list.length === 1 ? list[0] : undefined;
    const name = inst?.target?.ssh_key_secret;
    if (!inst || inst.target.transport !== 'ssh' || !name || !opts.secrets)
        return undefined;
    const secret = await (0,lookup/* lookupSecret */.b)(name, opts.secrets);
    if (!secret.ok)
        return undefined;
    const connecting = (0,connect/* connectTarget */.u)(inst, { [name]: secret.value });
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

// EXTERNAL MODULE: ./src/session/prepare.ts + 1 modules
var prepare = __webpack_require__(67366);
;// CONCATENATED MODULE: ./src/session/early-connect.ts



/**
 * prepare() and the target's connection, the handshake overlapping the validation (session/early-handshake.ts).
 * `early`: a handshake the command started before its code loaded; by default one starts here.
 */
async function prepareAndConnect(opts, early = new EarlyHandshake(opts)) {
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
    if (got && name && got.key === reachedKey(prepared.instance, prepared.secrets[name] ?? ''))
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


/***/ })

};
