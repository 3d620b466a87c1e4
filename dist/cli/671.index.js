export const id = 671;
export const ids = [671];
export const modules = {

/***/ 84558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ cancellable)
/* harmony export */ });
/** GitHub cancels with SIGINT, then SIGTERM, then SIGKILL: stop the current step and undo what the run changed. */
async function cancellable(io, fn) {
    const abort = new AbortController();
    const onSignal = () => {
        io.err('slotflip: cancelling the current step; undoing what this run changed');
        abort.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        return await fn(abort.signal);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}


/***/ }),

/***/ 48671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rotateCommand: () => (/* binding */ rotateCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/engine/run.ts + 2 modules
var run = __webpack_require__(82655);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/host/pg-admin.ts
var pg_admin = __webpack_require__(3699);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
;// CONCATENATED MODULE: ./src/host/rotate.ts


// The host's half of `slotflip rotate db-password`. A PostgreSQL role has one password, so "both valid during the
// switch" takes a second login: a temporary role that is a member of the app's role and acts as it (SET role at
// login, so whatever it creates is the app role's), with the new password. One slot moves to it and takes the
// traffic; then the app's role gets the new password, the other slot moves to that and takes the traffic back, and the
// temporary role goes. Passwords reach psql from a 0600 file (`\set pw`), never inside a script or an argv.
/** The temporary login: the app role's name and a fixed suffix, so a run after a failed one finds and reuses it. */
const rotatingRole = (appRole) => `${appRole.slice(0, 50)}_rotating`;
/** Creates (or resets) the temporary login with the new password, as a member of the app's role acting as it. */
function createRotatingRole(r, passwordFile) {
    const app = r.db.user;
    const tmp = rotatingRole(app);
    return {
        kind: 'sh',
        note: `a temporary login ${tmp} (member of ${app}, acting as it) with the new password`,
        text: `${(0,pg_admin/* adminSql */.GG)(r)} <<'SLOTFLIP_SQL'
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${tmp}') AS missing \\gset
\\if :missing
CREATE ROLE ${tmp};
\\endif
\\set pw \`cat ${(0,quote/* quote */.hD)(passwordFile)}\`
ALTER ROLE ${tmp} LOGIN PASSWORD :'pw';
GRANT ${app} TO ${tmp};
ALTER ROLE ${tmp} SET role = '${app}';
SLOTFLIP_SQL
echo "${tmp} can log in with the new password"`,
    };
}
/** Gives the app's own role the new password: from here the old one no longer opens a connection. */
function setAppPassword(r, passwordFile) {
    return {
        kind: 'sh',
        note: `the new password for ${r.db.user} (sessions already open keep working)`,
        text: `${(0,pg_admin/* adminSql */.GG)(r)} <<'SLOTFLIP_SQL'
\\set pw \`cat ${(0,quote/* quote */.hD)(passwordFile)}\`
ALTER ROLE ${r.db.user} PASSWORD :'pw';
SLOTFLIP_SQL
echo "${r.db.user} has the new password"`,
    };
}
/** Ends the temporary login's sessions and drops it (anything it owns goes to the app's role first). */
function dropRotatingRole(r) {
    const tmp = rotatingRole(r.db.user);
    return {
        kind: 'sh',
        note: `drop the temporary login ${tmp}`,
        text: `${(0,pg_admin/* adminSql */.GG)(r, r.db.name)} <<'SLOTFLIP_SQL'
SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = '${tmp}') AS present \\gset
\\if :present
SELECT count(pg_terminate_backend(pid)) AS ended FROM pg_stat_activity WHERE usename = '${tmp}' \\gset
REASSIGN OWNED BY ${tmp} TO ${r.db.user};
DROP OWNED BY ${tmp};
DROP ROLE ${tmp};
\\echo dropped ${tmp} (:ended sessions ended)
\\endif
SLOTFLIP_SQL`,
    };
}

// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
// EXTERNAL MODULE: ./src/plan/json.ts
var json = __webpack_require__(82877);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
// EXTERNAL MODULE: ./src/host/flip.ts
var host_flip = __webpack_require__(17747);
// EXTERNAL MODULE: ./src/host/health.ts
var health = __webpack_require__(32562);
// EXTERNAL MODULE: ./src/host/lock.ts
var lock = __webpack_require__(62703);
// EXTERNAL MODULE: ./src/host/release.ts
var host_release = __webpack_require__(97043);
// EXTERNAL MODULE: ./src/shell/state.ts
var shell_state = __webpack_require__(55547);
// EXTERNAL MODULE: ./src/plan/site-ops.ts
var site_ops = __webpack_require__(22001);
;// CONCATENATED MODULE: ./src/plan/rotate-plan.ts










const MIN = 60_000;
/**
 * `slotflip rotate db-password`: the idle slot starts on a temporary login with the new password and takes the
 * traffic; the live slot drains and stops; the app's role gets the new password (the point of no return: the old
 * password stops working); the first slot starts again with it and takes the traffic back; the temporary slot drains,
 * stops and its login is dropped. Two flips, no restart of a serving slot, no failed request.
 */
function buildRotatePlan(req) {
    const { instance: inst, state } = req;
    const db = inst.database;
    if (!db)
        return { kind: 'refused', message: `${inst.id} has no database password to rotate` };
    const live = state.active;
    const release = live ? state.slots[live]?.release : undefined;
    if (!live || !release)
        return {
            kind: 'refused',
            message: `${inst.id} is not deployed on this host: rotate the password where it runs, or set the new secret before the first deploy`,
        };
    const idle = (0,layout/* otherSlot */.jx)(live);
    const l = (0,layout/* layout */.Zp)(inst.id);
    const version = (0,host_release/* versionOf */.E4)(release);
    const components = Object.keys(inst.app.components);
    const dir = `${l.root}/rotate-${req.run}`;
    const r = { db, admin: { user: req.admin.user, pgpass: `${dir}/admin.pgpass` } };
    const pw = `${dir}/new.password`;
    const slotFile = (files, slot) => files.find((f) => f.path === l.slotEnv(slot));
    const [oldIdle, movingIdle, rotatedLive, rotatedIdle] = [
        slotFile(req.files.old, idle),
        slotFile(req.files.moving, idle),
        slotFile(req.files.rotated, live),
        slotFile(req.files.rotated, idle),
    ];
    if (!oldIdle || !movingIdle || !rotatedLive || !rotatedIdle)
        return { kind: 'refused', message: `${inst.id} has no slot environment files to carry the database credentials` };
    if (movingIdle.content === oldIdle.content) {
        return {
            kind: 'refused',
            message: `templates/${inst.app.name}/slot.env.liquid does not use database.user and database.password, so both slots must share one password and it cannot change without a restart of the live slot: move the database credentials from app.env.liquid into slot.env.liquid`,
        };
    }
    // Everything else that holds the password (slotflip's pgpass, shared settings) moves with the app's role.
    const oldByPath = new Map(req.files.old.map((f) => [f.path, f.content]));
    const shared = req.files.rotated.filter((f) => f.path !== l.slotEnv(live) && f.path !== l.slotEnv(idle) && oldByPath.get(f.path) !== f.content);
    // The first gate is `gate`, as in a deploy: its failure means exit 10 (health gate failed, undone).
    const gate = (slot, id) => ({
        id,
        phase: 'gate',
        title: `health gate on the ${slot} slot`,
        timeoutMs: (0,duration/* seconds */.Y)(inst.health.timeout, 60) * 1000 + MIN,
        ops: [(0,health/* healthGate */.Yr)(inst, slot, version)],
    });
    const confirm = (0,host_flip/* confirmThroughNginx */.cn)(inst, version);
    const flip = (to, from, id) => ({
        id,
        phase: 'flip',
        title: `flip traffic to the ${to} slot`,
        timeoutMs: MIN,
        movesTraffic: true,
        ops: [(0,host_flip/* flipTo */.hp)(inst, to), ...(confirm ? [confirm] : [])],
        undo: [(0,host_flip/* flipTo */.hp)(inst, from)],
    });
    const drain = (0,duration/* seconds */.Y)(inst.windows?.drain, 10);
    const tmp = rotatingRole(db.user);
    const rotated = (0,shell_state/* withHistory */.$k)(state, {
        run: req.run,
        op: 'rotate',
        release,
        slot: live,
        result: 'ok',
        at: req.now,
        detail: `database password of ${db.user} rotated through the temporary login ${tmp}`,
    });
    const steps = [
        {
            id: 'lock',
            phase: 'lock',
            title: 'take the lease lock',
            timeoutMs: MIN,
            ops: [(0,lock/* acquireLock */.IZ)(l, { run: req.run, owner: req.owner, leaseSeconds: lock/* LEASE_SECONDS */.Vb }, req.guard)],
        },
        {
            id: 'stage',
            phase: 'stage',
            title: `the admin login and the new password (0600, in ${dir}); the ${idle} slot's settings for the temporary login`,
            timeoutMs: MIN,
            ops: [
                { kind: 'run', argv: ['install', '-d', '-m', '0700', dir] },
                {
                    kind: 'write',
                    path: r.admin.pgpass,
                    content: (0,pg_admin/* pgpassLine */.xV)(db.host, db.port, req.admin.user, req.admin.password),
                    mode: '0600',
                    secret: true,
                },
                { kind: 'write', path: pw, content: req.newPassword, mode: '0600', secret: true },
                (0,site_ops/* writeRendered */.d_)(movingIdle),
            ],
            undo: [(0,site_ops/* writeRendered */.d_)(oldIdle)],
        },
        {
            id: 'login',
            phase: 'migrate',
            title: `temporary login ${tmp} with the new password`,
            timeoutMs: MIN,
            ops: [createRotatingRole(r, pw)],
            undo: [dropRotatingRole(r)],
        },
        {
            id: 'start-idle',
            phase: 'start',
            title: `start the ${idle} slot on ${release} with the temporary login`,
            timeoutMs: 2 * MIN,
            ops: [(0,host_release/* startSlot */.Zz)(inst.id, idle, release, components)],
            undo: [(0,host_release/* stopSlot */.FU)(inst.id, idle, components)],
        },
        gate(idle, 'gate'),
        flip(idle, live, 'flip'),
        {
            id: 'drain',
            phase: 'drain',
            title: `drain and stop the ${live} slot (the old password's last user)`,
            timeoutMs: MIN,
            ops: [(0,host_release/* retireSlot */.Kt)(inst.id, live, components, 0, drain)],
            undo: [(0,host_release/* startSlot */.Zz)(inst.id, live, release, components)],
        },
        {
            id: 'password',
            phase: 'migrate',
            title: `the new password for ${db.user}`,
            timeoutMs: MIN,
            ops: [setAppPassword(r, pw)],
        },
        {
            id: 'settings',
            phase: 'stage',
            title: `the ${live} slot's settings and slotflip's own credentials with the new password`,
            timeoutMs: MIN,
            ops: [(0,site_ops/* writeRendered */.d_)(rotatedLive), ...shared.map((f) => (0,site_ops/* writeRendered */.d_)(f))],
        },
        {
            id: 'start-live',
            phase: 'start',
            title: `start the ${live} slot on ${release} with the new password`,
            timeoutMs: 2 * MIN,
            ops: [(0,host_release/* startSlot */.Zz)(inst.id, live, release, components)],
        },
        gate(live, 'gate-back'),
        flip(live, idle, 'flip-back'),
        {
            id: 'enable',
            phase: 'drain',
            title: `start the ${live} slot at boot`,
            timeoutMs: MIN,
            ops: [(0,host_release/* enableOnly */.Wm)(inst.id, live, components)],
        },
        {
            id: 'retire',
            phase: 'drain',
            title: `drain and stop the ${idle} slot; drop ${tmp}`,
            timeoutMs: 2 * MIN,
            ops: [(0,host_release/* retireSlot */.Kt)(inst.id, idle, components, 0, drain), (0,site_ops/* writeRendered */.d_)(rotatedIdle), dropRotatingRole(r)],
        },
        {
            id: 'record',
            phase: 'record',
            title: 'record the rotation',
            timeoutMs: MIN,
            ops: [
                { kind: 'write', path: l.state, content: `${JSON.stringify(rotated, null, 2)}\n`, mode: '0644', secret: false },
            ],
        },
    ];
    return {
        kind: 'plan',
        plan: {
            format: 1,
            run: req.run,
            instance: inst.id,
            release: { id: release, version },
            from: live,
            to: live,
            steps,
            owner: req.owner,
            // Once the app's role has the new password, the old one opens nothing: undoing the steps before would start the
            // old slot on a password that no longer works. The temporary slot keeps serving; a run again finishes.
            pointOfNoReturn: 'settings',
            finally: {
                id: 'unlock',
                phase: 'record',
                title: 'remove the credentials of the run; release the lock',
                timeoutMs: MIN,
                ops: [{ kind: 'run', argv: ['rm', '-rf', dir] }, (0,lock/* releaseLock */.x_)(l.lock, req.run)],
            },
            notes: [
                `rotate the database password of ${db.user} on ${inst.id} without a restart of a serving slot: the ${idle} slot takes the traffic on a temporary login ${tmp}, ${db.user} gets the new password, the ${live} slot takes the traffic back with it`,
                'users notice nothing: sessions and requests go on (the database password is not part of any session)',
            ],
        },
    };
}

// EXTERNAL MODULE: ./src/render/instance-files.ts + 1 modules
var instance_files = __webpack_require__(26761);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/secrets/lookup.ts
var lookup = __webpack_require__(30323);
;// CONCATENATED MODULE: ./src/secrets/store.ts


async function writableSecret(name, source) {
    const found = await (0,lookup/* lookupSecret */.b)(name, source);
    if (!found.ok)
        return { ok: false, reason: `secret ${name} ${found.reason}` };
    if (found.origin === (0,lookup/* envName */.p)(name)) {
        return {
            ok: false,
            reason: `secret ${name} comes from the environment variable ${(0,lookup/* envName */.p)(name)}, which slotflip cannot write back: run the rotation where the secret is a 0600 file (--secrets-dir, or ${(0,lookup/* envName */.p)(name)}_FILE), then copy the new value to the secret store the workflows read`,
        };
    }
    return { ok: true, path: found.origin };
}
/** `<file>.next`, created 0600 (never over an existing one: a rotation left unfinished is the operator's to look at). */
async function stageSecret(path, value) {
    const next = `${path}.next`;
    const fh = await (0,promises_.open)(next, 'wx', 0o600);
    try {
        await fh.writeFile(`${value}\n`);
        await fh.sync();
    }
    finally {
        await fh.close();
    }
    return next;
}
const commitSecret = (path) => (0,promises_.rename)(`${path}.next`, path);
const dropStagedSecret = (path) => (0,promises_.rm)(`${path}.next`, { force: true });

// EXTERNAL MODULE: ./src/transport/connect.ts
var connect = __webpack_require__(39287);
// EXTERNAL MODULE: ./src/commands/deploy.ts + 9 modules
var deploy = __webpack_require__(26328);
// EXTERNAL MODULE: ./src/commands/prepare.ts
var prepare = __webpack_require__(38357);
// EXTERNAL MODULE: ./src/commands/progress.ts
var commands_progress = __webpack_require__(67111);
;// CONCATENATED MODULE: ./src/commands/staged-secret.ts



/**
 * Runs a rotation plan with its new secret staged beside the stored one (`<file>.next`): put in place once the step
 * `commitAfter` has succeeded (from then on only the new value works), dropped otherwise. A lost connection keeps
 * the staged file: whether the host got that far is unknown, and the operator is told where both are.
 */
async function runWithStagedSecret(plan, transport, secret, opts, mask) {
    await stageSecret(secret.path, secret.value);
    let committed = false;
    let settled = false;
    try {
        const progress = (0,commands_progress/* stepReporter */.w)(opts.log, mask, opts.onEvent);
        const onEvent = (e) => {
            if (e.kind === 'done' && e.step.id === secret.commitAfter && e.result.code === 0)
                committed = true;
            progress.onEvent(e);
        };
        const outcome = await (0,run/* runPlan */.F)(plan, transport, {
            onEvent,
            lockWaitMs: opts.lockWaitMs,
            signal: opts.signal,
        }).finally(progress.stop);
        if (committed)
            await commitSecret(secret.path);
        else if (outcome.kind !== 'failed' || !outcome.disconnected)
            await dropStagedSecret(secret.path);
        settled = true;
        return { outcome, committed };
    }
    finally {
        // Crashed before the plan could run: the host never saw the new value.
        if (!settled)
            await dropStagedSecret(secret.path).catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/host/observe.ts
var host_observe = __webpack_require__(85106);
;// CONCATENATED MODULE: ./src/plan/rotate-secret-plan.ts









const rotate_secret_plan_MIN = 60_000;
/**
 * `slotflip rotate app-secret`: the app's shared secret cannot be valid twice (an app holds one signing key), so the
 * switch is a blue-green restart: the files with the new secret are written (a running slot read its own at start),
 * the idle slot starts on the live release with them, passes the gate and takes the traffic; the old slot drains and
 * stops. Requests never fail; sessions signed with the old secret end, which is what users notice.
 */
function buildSecretRotationPlan(req) {
    const { instance: inst, state } = req;
    const live = state.active;
    const slot = live ? state.slots[live] : undefined;
    if (!live || !slot)
        return {
            kind: 'refused',
            message: `${inst.id} is not deployed on this host: set the new secret before the first deploy instead`,
        };
    const l = (0,layout/* layout */.Zp)(inst.id);
    const idle = (0,layout/* otherSlot */.jx)(live);
    const version = (0,host_release/* versionOf */.E4)(slot.release);
    const components = Object.keys(inst.app.components);
    const oldByPath = new Map(req.files.old.map((f) => [f.path, f]));
    const changed = req.files.rotated.filter((f) => oldByPath.get(f.path)?.content !== f.content);
    if (changed.length === 0)
        return {
            kind: 'refused',
            message: `no template of ${inst.app.name} uses app.shared_secret, so a new secret would change nothing: use it in templates/${inst.app.name}/`,
        };
    const confirm = (0,host_flip/* confirmThroughNginx */.cn)(inst, version);
    const observe = (0,host_observe/* observeWindow */.ni)(inst);
    const next = (0,shell_state/* withHistory */.$k)({ ...state, active: idle, slots: { ...state.slots, [idle]: { ...slot, since: req.now } } }, {
        run: req.run,
        op: 'rotate',
        release: slot.release,
        slot: idle,
        result: 'ok',
        at: req.now,
        detail: `app.shared_secret rotated: the ${idle} slot serves with the new secret, sessions signed with the old one ended`,
    });
    const steps = [
        {
            id: 'lock',
            phase: 'lock',
            title: 'take the lease lock',
            timeoutMs: rotate_secret_plan_MIN,
            ops: [(0,lock/* acquireLock */.IZ)(l, { run: req.run, owner: req.owner, leaseSeconds: lock/* LEASE_SECONDS */.Vb }, req.guard)],
        },
        {
            id: 'stage',
            phase: 'stage',
            title: `the files holding the shared secret, with the new one (${changed.map((f) => f.path).join(', ')})`,
            timeoutMs: rotate_secret_plan_MIN,
            ops: changed.map((f) => (0,site_ops/* writeRendered */.d_)(f)),
            undo: changed.map((f) => (0,site_ops/* writeRendered */.d_)(oldByPath.get(f.path))),
        },
        {
            id: 'start',
            phase: 'start',
            title: `start the ${idle} slot on ${slot.release} with the new secret`,
            timeoutMs: 2 * rotate_secret_plan_MIN,
            ops: [(0,host_release/* startSlot */.Zz)(inst.id, idle, slot.release, components)],
            undo: [(0,host_release/* stopSlot */.FU)(inst.id, idle, components)],
        },
        {
            id: 'gate',
            phase: 'gate',
            title: `health gate on the ${idle} slot`,
            timeoutMs: (0,duration/* seconds */.Y)(inst.health.timeout, 60) * 1000 + rotate_secret_plan_MIN,
            ops: [(0,health/* healthGate */.Yr)(inst, idle, version)],
        },
        {
            id: 'flip',
            phase: 'flip',
            title: `flip traffic to the ${idle} slot`,
            timeoutMs: rotate_secret_plan_MIN,
            movesTraffic: true,
            ops: [(0,host_flip/* flipTo */.hp)(inst, idle), ...(confirm ? [confirm] : [])],
            undo: [(0,host_flip/* flipTo */.hp)(inst, live)],
        },
        ...(observe
            ? [
                {
                    id: 'observe',
                    phase: 'observe',
                    title: `observe the ${idle} slot through nginx`,
                    timeoutMs: (0,duration/* seconds */.Y)(inst.windows?.observe, 30) * 1000 + rotate_secret_plan_MIN,
                    ops: [observe],
                },
            ]
            : []),
        // No keep-warm window: the old slot holds the old secret, and a flip back to it would revive the old sessions.
        {
            id: 'retire',
            phase: 'drain',
            title: `drain and stop the ${live} slot (the old secret's last holder)`,
            timeoutMs: 2 * rotate_secret_plan_MIN,
            ops: [(0,host_release/* retireSlot */.Kt)(inst.id, live, components, 0, (0,duration/* seconds */.Y)(inst.windows?.drain, 10))],
        },
        {
            id: 'enable',
            phase: 'drain',
            title: `start the ${idle} slot at boot`,
            timeoutMs: rotate_secret_plan_MIN,
            ops: [(0,host_release/* enableOnly */.Wm)(inst.id, idle, components)],
        },
        {
            id: 'record',
            phase: 'record',
            title: 'record the rotation',
            timeoutMs: rotate_secret_plan_MIN,
            ops: [
                { kind: 'write', path: l.state, content: `${JSON.stringify(next, null, 2)}\n`, mode: '0644', secret: false },
            ],
        },
    ];
    return {
        kind: 'plan',
        plan: {
            format: 1,
            run: req.run,
            instance: inst.id,
            release: { id: slot.release, version },
            from: live,
            to: idle,
            steps,
            owner: req.owner,
            // Once the old slot is stopped, flipping back would reach nothing: from there the run goes forward only.
            pointOfNoReturn: 'retire',
            finally: {
                id: 'unlock',
                phase: 'record',
                title: 'release the lock',
                timeoutMs: rotate_secret_plan_MIN,
                ops: [(0,lock/* releaseLock */.x_)(l.lock, req.run)],
            },
            notes: [
                `rotate the shared secret of ${inst.id}: the ${idle} slot starts on ${slot.release} with the new secret and takes the traffic; the ${live} slot drains and stops`,
                `users notice: ${req.notice ?? 'sessions signed with the old secret end, so everyone signed in must sign in again'}; requests in flight are not affected`,
            ],
        },
    };
}

// EXTERNAL MODULE: ./src/commands/run-context.ts + 2 modules
var run_context = __webpack_require__(7533);
;// CONCATENATED MODULE: ./src/commands/rotate-secret.ts














const refuse = (message, remedy = '') => new errors/* SlotflipError */.u0('preflight', message, remedy, exit_codes/* ExitCode */.y.preflight);
// What users notice when the app's preset does not say (its own notice is measured against the real app).
const USERS_NOTICE = 'users signed in before the rotation must sign in again: sessions signed with the old secret are no longer accepted';
const noticeOf = (prepared) => prepared.preset?.secret?.on_change ?? USERS_NOTICE;
/**
 * `slotflip rotate app-secret`: a new shared secret (rotate-secret-plan.ts). The stored secret becomes the new one once
 * the old slot is retired (from then on only the new secret serves); a run undone before that keeps the old one.
 */
async function runSecretRotation(opts) {
    const prepared = await (0,prepare/* prepare */.i)(opts);
    const inst = prepared.instance;
    const name = inst.app.shared_secret;
    if (!name)
        throw refuse(`${inst.id} names no app.shared_secret`, 'Name the secret the app signs sessions with in app.shared_secret and use it in its templates');
    const stored = opts.dryRun
        ? { ok: true, path: '(dry run)' }
        : await writableSecret(name, opts.secrets ?? { env: {} });
    if (!stored.ok)
        throw refuse(stored.reason);
    const secret = (0,external_node_crypto_.randomBytes)(32).toString('base64url');
    const mask = (0,format/* masker */.KB)([...Object.values(prepared.secrets), secret]);
    const transport = await (0,connect/* connectTarget */.u)(inst, prepared.secrets);
    try {
        const host = await (0,run_context/* readHostWhenFree */.vP)(transport, inst, Date.now() + opts.lockWaitMs, (l) => opts.log(`waiting for the lock: ${mask(l)}`));
        const rotated = (0,instance_files/* renderInstanceFiles */.rX)({
            instance: inst,
            secrets: { ...prepared.secrets, [name]: secret },
            templates: prepared.templates,
            preset: prepared.preset,
        });
        const result = buildSecretRotationPlan({
            run: (0,run_context/* newRunId */.F$)(),
            owner: (0,run_context/* owner */.eC)(),
            now: new Date().toISOString(),
            instance: inst,
            state: host.recovery.state,
            files: { old: prepared.files, rotated },
            guard: host.guard,
            notice: noticeOf(prepared),
        });
        if (result.kind === 'refused')
            return { exitCode: exit_codes/* ExitCode */.y.preflight, summary: result.message };
        const { plan } = result;
        const planText = (0,format/* formatPlan */.nT)(plan, [...Object.values(prepared.secrets), secret]);
        if (opts.dryRun)
            return {
                exitCode: exit_codes/* ExitCode */.y.ok,
                summary: `plan to rotate ${name}; ${noticeOf(prepared)}`,
                planText,
                plan: (0,json/* planJson */.i)(plan, [...Object.values(prepared.secrets), secret]),
            };
        opts.log(`rotate ${plan.run}: ${name} on ${inst.id}; the new secret is in ${stored.path}.next until the old slot is retired`);
        const { outcome, committed: retired } = await runWithStagedSecret(plan, transport, { path: stored.path, value: secret, commitAfter: 'retire' }, opts, mask);
        return {
            exitCode: (0,deploy/* exitCodeFor */.Rr)(outcome),
            summary: summaryOf(outcome, retired, stored.path, mask, noticeOf(prepared)),
            outcome,
            planText,
            release: plan.release.id,
            slot: plan.to,
        };
    }
    finally {
        await transport.close();
    }
}
function summaryOf(outcome, retired, path, mask, notice) {
    if (outcome.kind === 'completed')
        return `rotated the shared secret; ${path} holds the new one; ${notice}`;
    if (outcome.kind === 'locked')
        return `locked by ${mask(outcome.holder)}`;
    if (outcome.kind === 'stale')
        return 'the host changed while this run waited for the lock; run it again';
    if (outcome.disconnected)
        return `${(0,run/* lostConnectionAdvice */.V)(outcome.step.id)}; ${retired ? `the new secret serves and ${path} holds it` : `if the old slot was retired, the new secret is in ${path}.next`}`;
    if (outcome.pastNoReturn)
        return `${outcome.step.id} failed after the old slot stopped: ${mask(outcome.detail)}. The new secret serves and ${path} holds it; ${notice}`;
    return `${outcome.step.id} failed: ${mask(outcome.detail)}; ${outcome.undone ? 'undone: the old slot serves with the old secret, which is still the stored one; no session ended' : 'UNDO FAILED: operator needed (the journal has each step)'}`;
}

;// CONCATENATED MODULE: ./src/commands/rotate.ts

















const ROTATABLE = ['db-password', 'app-secret'];
const rotate_refuse = (message, remedy = '') => new errors/* SlotflipError */.u0('preflight', message, remedy, exit_codes/* ExitCode */.y.preflight);
/**
 * `slotflip rotate db-password`: a new database password without a restart of a serving slot (rotate-plan.ts), and
 * the stored secret updated: written beside the old one before the database has it, put in its place once it does.
 */
async function runRotate(opts) {
    if (opts.secret === 'app-secret')
        return runSecretRotation(opts);
    const prepared = await (0,prepare/* prepare */.i)({ ...opts, adminSecret: true });
    const inst = prepared.instance;
    const db = inst.database;
    if (!db)
        throw rotate_refuse(`${inst.id} has no database`);
    if (!db.admin_secret)
        throw rotate_refuse(`${inst.id} names no database.admin_secret`, `A rotation creates a temporary login and changes ${db.user}'s password: name the secret holding the password of database.admin_user`);
    const stored = opts.dryRun
        ? { ok: true, path: '(dry run)' }
        : await writableSecret(db.password_secret, opts.secrets ?? { env: {} });
    if (!stored.ok)
        throw rotate_refuse(stored.reason);
    const newPassword = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
    const mask = (0,format/* masker */.KB)([...Object.values(prepared.secrets), newPassword]);
    const transport = await (0,connect/* connectTarget */.u)(inst, prepared.secrets);
    try {
        const host = await (0,run_context/* readHostWhenFree */.vP)(transport, inst, Date.now() + opts.lockWaitMs, (l) => opts.log(`waiting for the lock: ${mask(l)}`));
        const state = host.recovery.state;
        const idle = state.active ? (0,layout/* otherSlot */.jx)(state.active) : 'green';
        const render = (secrets, moving) => (0,instance_files/* renderInstanceFiles */.rX)({
            instance: inst,
            secrets,
            templates: prepared.templates,
            preset: prepared.preset,
            slotDatabase: moving ? { [idle]: { user: rotatingRole(db.user), password: newPassword } } : undefined,
        });
        const files = {
            old: prepared.files,
            moving: render(prepared.secrets, true),
            rotated: render({ ...prepared.secrets, [db.password_secret]: newPassword }),
        };
        const run = (0,run_context/* newRunId */.F$)();
        const result = buildRotatePlan({
            run,
            owner: (0,run_context/* owner */.eC)(),
            now: new Date().toISOString(),
            instance: inst,
            state,
            admin: { user: db.admin_user ?? 'postgres', password: prepared.secrets[db.admin_secret] },
            newPassword,
            files,
            guard: host.guard,
        });
        if (result.kind === 'refused')
            return { exitCode: exit_codes/* ExitCode */.y.preflight, summary: result.message };
        const { plan } = result;
        const planText = (0,format/* formatPlan */.nT)(plan, [...Object.values(prepared.secrets), newPassword]);
        if (opts.dryRun)
            return {
                exitCode: exit_codes/* ExitCode */.y.ok,
                summary: `plan to rotate the database password of ${db.user}`,
                planText,
                plan: (0,json/* planJson */.i)(plan, [...Object.values(prepared.secrets), newPassword]),
            };
        opts.log(`rotate ${run}: the database password of ${db.user} on ${inst.id}; the new one is in ${stored.path}.next until the database has it`);
        // From the moment the database has the new password, the stored secret must be it (a deploy renders from it).
        const { outcome, committed: passwordSet } = await runWithStagedSecret(plan, transport, { path: stored.path, value: newPassword, commitAfter: 'password' }, opts, mask);
        return {
            exitCode: (0,deploy/* exitCodeFor */.Rr)(outcome),
            summary: rotate_summaryOf(plan, outcome, passwordSet, stored.path, mask),
            outcome,
            planText,
            release: plan.release.id,
            slot: plan.to,
        };
    }
    finally {
        await transport.close();
    }
}
function rotate_summaryOf(plan, outcome, passwordSet, path, mask) {
    if (outcome.kind === 'completed')
        return `rotated the database password; ${path} holds the new one; nothing restarted while serving, users noticed nothing`;
    if (outcome.kind === 'locked')
        return `locked by ${mask(outcome.holder)}`;
    if (outcome.kind === 'stale')
        return 'the host changed while this run waited for the lock; run it again';
    if (outcome.disconnected)
        return `${(0,run/* lostConnectionAdvice */.V)(outcome.step.id)}${passwordSet ? `; the database has the new password, which ${path} now holds` : `; if the database took the new password, it is in ${path}.next`}`;
    if (outcome.pastNoReturn) {
        return `${outcome.step.id} failed after the database took the new password: ${mask(outcome.detail)}. ${path} holds the new password; the other slot serves on the temporary login. Run the rotation again: it starts from the slot that serves`;
    }
    return `${outcome.step.id} failed: ${mask(outcome.detail)}; ${outcome.undone ? `undone: the ${plan.from} slot serves with the old password, which ${path} still holds` : 'UNDO FAILED: operator needed (the journal has each step)'}`;
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
;// CONCATENATED MODULE: ./src/cli/rotate.ts






/** `slotflip rotate db-password|app-secret --env FILE`: a new database password (no restart of a serving slot) or shared secret. */
async function rotateCommand(values, args, io) {
    const secret = args[0];
    if (!ROTATABLE.includes(secret))
        throw new usage_error/* UsageError */.e(`"${secret}" is not something slotflip rotates (${ROTATABLE.join(', ')})`);
    const dryRun = (0,parse/* flag */.Jt)(values, 'dry-run');
    return (0,cancel/* cancellable */.n)(io, async (signal) => {
        const r = await runRotate({
            ...(0,host_options/* hostOptions */.t)(values, io, signal),
            secret: secret,
        });
        return (0,outcome/* report */.z)(io, 'rotate', r, { json: (0,parse/* flag */.Jt)(values, 'json'), dryRun });
    });
}


/***/ })

};
