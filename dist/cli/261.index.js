export const id = 261;
export const ids = [261];
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

/***/ 49261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rotateCommand: () => (/* binding */ rotateCommand)
});

// EXTERNAL MODULE: ./src/engine/outcome.ts
var engine_outcome = __webpack_require__(938);
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
// EXTERNAL MODULE: ./src/config/resolved.ts
var resolved = __webpack_require__(31328);
// EXTERNAL MODULE: ./src/host/flip.ts
var host_flip = __webpack_require__(17747);
// EXTERNAL MODULE: ./src/host/release.ts
var host_release = __webpack_require__(97043);
// EXTERNAL MODULE: ./src/host/slot-units.ts
var slot_units = __webpack_require__(91886);
// EXTERNAL MODULE: ./src/shell/state.ts
var shell_state = __webpack_require__(55547);
// EXTERNAL MODULE: ./src/plan/site-ops.ts
var site_ops = __webpack_require__(22001);
// EXTERNAL MODULE: ./src/plan/steps.ts
var plan_steps = __webpack_require__(62960);
;// CONCATENATED MODULE: ./src/plan/rotate-plan.ts










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
            message: `${inst.id} is not deployed on this host: rotate the password where it runs, or set the new ` +
                `secret before the first deploy`,
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
            message: `templates/${inst.app.name}/slot.env.liquid does not use database.user and ` +
                (`database.password, so both slots must share one password and it cannot change without a restart of the ` +
                    `live slot: move the database credentials from app.env.liquid into slot.env.liquid`),
        };
    }
    // Everything else that holds the password (slotflip's pgpass, shared settings) moves with the app's role.
    const oldByPath = new Map(req.files.old.map((f) => [f.path, f.content]));
    const shared = req.files.rotated.filter((f) => f.path !== l.slotEnv(live) && f.path !== l.slotEnv(idle) && oldByPath.get(f.path) !== f.content);
    // The first gate is `gate`, as in a deploy: its failure means exit 10 (health gate failed, undone).
    const gate = (slot, id) => ({ ...(0,plan_steps/* gateStep */.sf)(inst, slot, version), id });
    const confirm = (0,host_flip/* confirmThroughNginx */.cn)(inst, version);
    const flip = (to, from, id) => ({
        ...(0,plan_steps/* flipStep */.y_)(to, [(0,host_flip/* flipTo */.hp)(inst, to), ...(confirm ? [confirm] : [])], [(0,host_flip/* flipTo */.hp)(inst, from)]),
        id,
    });
    const drain = (0,resolved/* resolved */.L$)(inst).drain;
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
        (0,plan_steps/* lockStep */.s9)(inst.id, req),
        {
            id: 'stage',
            phase: 'stage',
            title: `the admin login and the new password (0600, in ${dir}); the ${idle} slot's settings for the ` +
                `temporary login`,
            timeoutMs: plan_steps/* MIN */.pH,
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
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [createRotatingRole(r, pw)],
            undo: [dropRotatingRole(r)],
        },
        {
            id: 'start-idle',
            phase: 'start',
            title: `start the ${idle} slot on ${release} with the temporary login`,
            timeoutMs: 2 * plan_steps/* MIN */.pH,
            ops: [(0,slot_units/* startSlot */.Zz)(inst.id, idle, release, components)],
            undo: [(0,slot_units/* stopSlot */.FU)(inst.id, idle, components)],
        },
        gate(idle, 'gate'),
        flip(idle, live, 'flip'),
        {
            id: 'drain',
            phase: 'drain',
            title: `drain and stop the ${live} slot (the old password's last user)`,
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [(0,slot_units/* retireSlot */.Kt)(inst.id, live, components, 0, drain)],
            undo: [(0,slot_units/* startSlot */.Zz)(inst.id, live, release, components)],
        },
        {
            id: 'password',
            phase: 'migrate',
            title: `the new password for ${db.user}`,
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [setAppPassword(r, pw)],
        },
        {
            id: 'settings',
            phase: 'stage',
            title: `the ${live} slot's settings and slotflip's own credentials with the new password`,
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [(0,site_ops/* writeRendered */.d_)(rotatedLive), ...shared.map((f) => (0,site_ops/* writeRendered */.d_)(f))],
        },
        {
            id: 'start-live',
            phase: 'start',
            title: `start the ${live} slot on ${release} with the new password`,
            timeoutMs: 2 * plan_steps/* MIN */.pH,
            ops: [(0,slot_units/* startSlot */.Zz)(inst.id, live, release, components)],
        },
        gate(live, 'gate-back'),
        flip(live, idle, 'flip-back'),
        (0,plan_steps/* enableStep */.ys)(inst, live),
        (0,plan_steps/* retireStep */.m4)(inst, idle, { keepWarm: 0, drain }, `drain and stop the ${idle} slot; drop ${tmp}`, [
            (0,site_ops/* writeRendered */.d_)(rotatedIdle),
            dropRotatingRole(r),
        ]),
        (0,plan_steps/* recordStep */.IC)(inst.id, rotated, 'record the rotation'),
    ];
    return {
        kind: 'plan',
        plan: (0,plan_steps/* planOf */.XC)(req, inst.id, {
            release: { id: release, version },
            from: live,
            to: live,
            steps,
            // Once the app's role has the new password, the old one opens nothing: undoing the steps before would start the
            // old slot on a password that no longer works. The temporary slot keeps serving; a run again finishes.
            pointOfNoReturn: 'settings',
            finally: (0,plan_steps/* unlockStep */.Rl)(inst.id, req.run, 'remove the credentials of the run; release the lock', [
                { kind: 'run', argv: ['rm', '-rf', dir] },
            ]),
            notes: [
                `rotate the database password of ${db.user} on ${inst.id} without a restart of a serving slot: the ` +
                    (`${idle} slot takes the traffic on a temporary login ${tmp}, ${db.user} gets the new password, ` +
                        `the ${live} ` +
                        `slot takes the traffic back with it`),
                'users notice nothing: sessions and requests go on (the database password is not part of any session)',
            ],
        }),
    };
}

// EXTERNAL MODULE: ./src/render/instance-files.ts + 2 modules
var instance_files = __webpack_require__(79526);
// EXTERNAL MODULE: ./src/session/verb.ts
var verb = __webpack_require__(87731);
// EXTERNAL MODULE: ./src/session/prepare.ts
var prepare = __webpack_require__(80295);
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
            reason: `secret ${name} comes from the environment variable ${(0,lookup/* envName */.p)(name)}, which slotflip cannot ` +
                (`write back: run the rotation where the secret is a 0600 file (--secrets-dir, or ${(0,lookup/* envName */.p)(name)}_FILE), ` +
                    `then copy the new value to the secret store the workflows read`),
        };
    }
    return { ok: true, path: found.origin };
}
/**
 * `<file>.next`, created 0600 (never over an existing one: a rotation left unfinished is the operator's to look at).
 */
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

// EXTERNAL MODULE: ./src/session/plan-run.ts + 1 modules
var plan_run = __webpack_require__(71475);
;// CONCATENATED MODULE: ./src/session/staged-secret.ts



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
        const outcome = await (0,plan_run/* runWithProgress */.v)(plan, transport, opts, mask, {
            watch: (e) => {
                if (e.kind === 'done' && e.step.id === secret.commitAfter && e.result.code === 0)
                    committed = true;
            },
        });
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
    const idle = (0,layout/* otherSlot */.jx)(live);
    const version = (0,host_release/* versionOf */.E4)(slot.release);
    const components = Object.keys(inst.app.components);
    const oldByPath = new Map(req.files.old.map((f) => [f.path, f]));
    const changed = req.files.rotated.filter((f) => oldByPath.get(f.path)?.content !== f.content);
    if (changed.length === 0)
        return {
            kind: 'refused',
            message: `no template of ${inst.app.name} uses app.shared_secret, so a new secret would change ` +
                `nothing: use it in templates/${inst.app.name}/`,
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
        detail: `app.shared_secret rotated: the ${idle} slot serves with the new secret, sessions signed with ` +
            `the old one ended`,
    });
    const steps = [
        (0,plan_steps/* lockStep */.s9)(inst.id, req),
        {
            id: 'stage',
            phase: 'stage',
            title: `the files holding the shared secret, with the new one (${changed.map((f) => f.path).join(', ')})`,
            timeoutMs: plan_steps/* MIN */.pH,
            ops: changed.map((f) => (0,site_ops/* writeRendered */.d_)(f)),
            undo: changed.map((f) => (0,site_ops/* writeRendered */.d_)(oldByPath.get(f.path))),
        },
        {
            id: 'start',
            phase: 'start',
            title: `start the ${idle} slot on ${slot.release} with the new secret`,
            timeoutMs: 2 * plan_steps/* MIN */.pH,
            ops: [(0,slot_units/* startSlot */.Zz)(inst.id, idle, slot.release, components)],
            undo: [(0,slot_units/* stopSlot */.FU)(inst.id, idle, components)],
        },
        (0,plan_steps/* gateStep */.sf)(inst, idle, version),
        (0,plan_steps/* flipStep */.y_)(idle, [(0,host_flip/* flipTo */.hp)(inst, idle), ...(confirm ? [confirm] : [])], [(0,host_flip/* flipTo */.hp)(inst, live)]),
        ...(observe
            ? [
                {
                    id: 'observe',
                    phase: 'observe',
                    title: `observe the ${idle} slot through nginx`,
                    timeoutMs: (0,resolved/* resolved */.L$)(inst).observe * 1000 + plan_steps/* MIN */.pH,
                    ops: [observe],
                },
            ]
            : []),
        // No keep-warm window: the old slot holds the old secret, and a flip back to it would revive the old sessions.
        (0,plan_steps/* retireStep */.m4)(inst, live, { keepWarm: 0, drain: (0,resolved/* resolved */.L$)(inst).drain }, `drain and stop the ${live} slot (the old secret's last holder)`),
        (0,plan_steps/* enableStep */.ys)(inst, idle),
        (0,plan_steps/* recordStep */.IC)(inst.id, next, 'record the rotation'),
    ];
    return {
        kind: 'plan',
        plan: (0,plan_steps/* planOf */.XC)(req, inst.id, {
            release: { id: slot.release, version },
            from: live,
            to: idle,
            steps,
            // Once the old slot is stopped, flipping back would reach nothing: from there the run goes forward only.
            pointOfNoReturn: 'retire',
            finally: (0,plan_steps/* unlockStep */.Rl)(inst.id, req.run),
            notes: [
                `rotate the shared secret of ${inst.id}: the ${idle} slot starts on ${slot.release} with the new ` +
                    `secret and takes the traffic; the ${live} slot drains and stops`,
                `users notice: ` +
                    (`${req.notice ?? 'sessions signed with the old secret end, so everyone signed in must sign in again'}; ` +
                        `requests in flight are not affected`),
            ],
        }),
    };
}

// EXTERNAL MODULE: ./src/session/run-context.ts + 3 modules
var run_context = __webpack_require__(28493);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/transport/connect.ts + 3 modules
var connect = __webpack_require__(14519);
;// CONCATENATED MODULE: ./src/session/rotation-start.ts







async function startRotation(opts, prepared, secretName, bytes) {
    const inst = prepared.instance;
    const stored = opts.dryRun
        ? { ok: true, path: '(dry run)' }
        : await writableSecret(secretName, opts.secrets ?? { env: {} });
    if (!stored.ok)
        throw new errors/* SlotflipError */.u0('preflight', stored.reason, '', exit_codes/* ExitCode */.y.preflight);
    const value = (0,external_node_crypto_.randomBytes)(bytes).toString('base64url');
    const mask = (0,format/* masker */.KB)([...Object.values(prepared.secrets), value]);
    const transport = await (0,connect/* connectTarget */.u)(inst, prepared.secrets);
    try {
        const host = await (0,run_context/* readHostWhenFree */.vP)(transport, inst, Date.now() + opts.lockWaitMs, (l) => opts.log(`waiting for the lock: ${mask(l)}`));
        return { storedPath: stored.path, value, mask, transport, host };
    }
    catch (err) {
        await transport.close();
        throw err;
    }
}

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
    const { storedPath, value: secret, mask, transport, host } = await startRotation(opts, prepared, name, 32);
    try {
        const rotated = (0,instance_files.renderInstanceFiles)({
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
            return (0,plan_run/* dryRunResult */.Y)(plan, [...Object.values(prepared.secrets), secret], `plan to rotate ${name}; ${noticeOf(prepared)}`);
        opts.log(`rotate ${plan.run}: ${name} on ${inst.id}; the new secret is in ${storedPath}.next until the old ` +
            `slot is retired`);
        const { outcome, committed: retired } = await runWithStagedSecret(plan, transport, { path: storedPath, value: secret, commitAfter: 'retire' }, opts, mask);
        return (0,verb/* planRunResult */.ck)(plan, outcome, summaryOf(outcome, retired, storedPath, mask, noticeOf(prepared)), planText);
    }
    finally {
        await transport.close();
    }
}
function summaryOf(outcome, retired, path, mask, notice) {
    if (outcome.kind === 'completed')
        return `rotated the shared secret; ${path} holds the new one; ${notice}`;
    if (outcome.kind !== 'failed')
        return (0,verb/* notRunSummary */.nJ)(outcome, mask);
    if (outcome.disconnected)
        return (`${(0,engine_outcome/* lostConnectionAdvice */.V)(outcome.step.id)}; ` +
            `${retired
                ? `the new secret serves and ${path} holds ` + `it`
                : `if the old slot was retired, the new secret is in ${path}.next`}`);
    if (outcome.pastNoReturn)
        return (`${outcome.step.id} failed after the old slot stopped: ${mask(outcome.detail)}. The new secret ` +
            `serves and ${path} holds it; ${notice}`);
    return (`${outcome.step.id} failed: ${mask(outcome.detail)}; ` +
        `${outcome.undone
            ? 'undone: the old slot serves with the old secret, which is still the stored one; no ' + 'session ended'
            : 'UNDO FAILED: operator needed (the journal has each step)'}`);
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
        throw rotate_refuse(`${inst.id} names no database.admin_secret`, `A rotation creates a temporary login and changes ${db.user}'s password: name the secret holding the ` +
            `password of database.admin_user`);
    const start = await startRotation(opts, prepared, db.password_secret, 24);
    const { storedPath, value: newPassword, mask, transport, host } = start;
    try {
        const state = host.recovery.state;
        const idle = state.active ? (0,layout/* otherSlot */.jx)(state.active) : 'green';
        const render = (secrets, moving) => (0,instance_files.renderInstanceFiles)({
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
            return (0,plan_run/* dryRunResult */.Y)(plan, [...Object.values(prepared.secrets), newPassword], `plan to rotate the database password of ${db.user}`);
        opts.log(`rotate ${run}: the database password of ${db.user} on ${inst.id}; the new one is in ` +
            `${storedPath}.next until the database has it`);
        // From the moment the database has the new password, the stored secret must be it (a deploy renders from it).
        const { outcome, committed: passwordSet } = await runWithStagedSecret(plan, transport, { path: storedPath, value: newPassword, commitAfter: 'password' }, opts, mask);
        return (0,verb/* planRunResult */.ck)(plan, outcome, rotate_summaryOf(plan, outcome, passwordSet, storedPath, mask), planText);
    }
    finally {
        await transport.close();
    }
}
function rotate_summaryOf(plan, outcome, passwordSet, path, mask) {
    if (outcome.kind === 'completed')
        return (`rotated the database password; ${path} holds the new one; nothing restarted while serving, ` +
            `users noticed nothing`);
    if (outcome.kind !== 'failed')
        return (0,verb/* notRunSummary */.nJ)(outcome, mask);
    if (outcome.disconnected)
        return `${(0,engine_outcome/* lostConnectionAdvice */.V)(outcome.step.id)}${passwordSet
            ? `; the database has the new password, ` + `which ${path} now holds`
            : `; if the database took the new password, it is in ${path}.next`}`;
    if (outcome.pastNoReturn) {
        return (`${outcome.step.id} failed after the database took the new password: ${mask(outcome.detail)}. ` +
            (`${path} holds the new password; the other slot serves on the temporary login. Run the rotation again: it ` +
                `starts from the slot that serves`));
    }
    return (`${outcome.step.id} failed: ${mask(outcome.detail)}; ` +
        `${outcome.undone
            ? `undone: the ${plan.from} slot serves with the old password, which ${path} still ` + `holds`
            : 'UNDO FAILED: operator needed (the journal has each step)'}`);
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






/**
 * `slotflip rotate db-password|app-secret --env FILE`: a new database password (no restart of a serving slot) or shared
 * secret.
 */
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


/***/ }),

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ lostConnectionAdvice)
/* harmony export */ });
/* harmony import */ var _host_lock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62703);

/**
 * What an operator is told when the connection broke mid-run: nothing could be undone from here, and the host's own
 * safeguards take over (the step's journal line, the lease that expires, the next run that takes it over).
 */
const lostConnectionAdvice = (step) => `the connection to the host was lost during "${step}": on the host that step runs to its end or stops, ` +
    (`and nothing was undone from here. The lock frees itself once the host has seen the connection close and ` +
        (`that step has ended, or at the latest when its lease expires (${_host_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .LEASE_SECONDS */ .Vb} s after the last renewal); ` +
            (`check the host is reachable, then run the same command again with --lock-wait 60s: it takes the lock over ` +
                `and converges`)));


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
            const head = `write ${op.path} (mode ${op.mode}${op.owner ? `, owner ${op.owner}` : ''}, ` +
                `${Buffer.byteLength(op.content)} bytes)${op.onChange ? `; if changed: ${op.onChange}` : ''}`;
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
        `plan ${plan.run}: ${plan.instance} -> release ${plan.release.id} on the ${plan.to} ` +
            `slot${plan.from ? ` (live: ${plan.from})` : ' (first deploy)'}`,
    ];
    for (const note of plan.notes)
        out.push(`note: ${note}`);
    [...plan.steps, plan.finally].forEach((step, i) => {
        out.push('', `${i + 1}. [${step.phase}] ` +
            `${step.title}${step.movesTraffic ? '  (moves ' + 'traffic)' : ''}${step.onHost ? '  (run on the host by its watch, after the observe window)' : ''}`);
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
/* harmony import */ var _host_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84102);
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31328);
/* harmony import */ var _host_flip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17747);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61250);





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
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id);
    const includes = Object.entries(inst.app.components).flatMap(([name, c]) => c && c.listen.type === 'tcp'
        ? [
            `[ -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.upstreamFile(name))} ] || printf 'server 127.0.0.1:%s;\\n' ${c.listen.blue} > ` +
                `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.upstreamFile(name))}`,
        ]
        : []);
    return [
        ...(includes.length
            ? [{ kind: 'sh', text: ['install -d -m 0755 /etc/nginx/slotflip', ...includes].join('\n') }]
            : []),
        writeRendered(site, (0,_host_flip_js__WEBPACK_IMPORTED_MODULE_2__/* .enableSite */ .d2)(l.site, l.siteLink)),
        {
            kind: 'sh',
            text: `[ -L ${l.siteLink} ] || { ln -sfn ${l.site} ${l.siteLink}; nginx -t -q && ${_host_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}; }`,
        },
    ];
}
/**
 * What becomes of the slot traffic left, in seconds: it drains, then stays warm for a rollback. When it is warm for
 * longer than its drain, the drain ends with the connections it still holds closed (outlivesDrain), and an app with
 * background jobs of its own has it paused then too, so jobs run in one slot.
 */
function afterFlipWindows(inst) {
    const drain = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_1__/* .resolved */ .L$)(inst).drain;
    const keepWarm = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_1__/* .resolved */ .L$)(inst).keepWarm;
    const outlivesDrain = keepWarm > drain;
    return { drain, keepWarm, outlivesDrain, pausesOld: inst.app.background_jobs === true && outlivesDrain };
}
/** The site as it was before this run, kept until the run succeeds (the record step removes it). */
const siteBefore = (site) => `${site}.slotflip-before`;
function siteSnapshot(site) {
    return {
        kind: 'sh',
        note: 'keep the site that serves now, for an undo',
        text: `rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(siteBefore(site))}; [ ! -e ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)} ] || cp -p ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)} ` +
            `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(siteBefore(site))}`,
    };
}
function siteRestore(site) {
    const before = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(siteBefore(site));
    return {
        kind: 'sh',
        note: 'put the site that served before this run back (one nginx reload, only if it changed)',
        text: `if [ -e ${before} ] && ! cmp -s ${before} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)}; then
  mv -f ${before} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)}; nginx -t -q && ${_host_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}
fi
rm -f ${before}`,
    };
}


/***/ }),

/***/ 71475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ dryRunResult),
  v: () => (/* binding */ runWithProgress)
});

// EXTERNAL MODULE: ./src/engine/run.ts + 3 modules
var run = __webpack_require__(16686);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
;// CONCATENATED MODULE: ./src/plan/json.ts

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
    const mask = (0,format/* masker */.KB)(secrets);
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

// EXTERNAL MODULE: ./src/session/progress.ts
var session_progress = __webpack_require__(44533);
;// CONCATENATED MODULE: ./src/session/plan-run.ts






// The part every verb shares once its plan is built: print it (a dry run) or run it with progress lines.
/** A dry run's answer: the plan as text and as a versioned JSON document, nothing run. */
function dryRunResult(plan, secrets, summary, extra) {
    return {
        exitCode: exit_codes/* ExitCode */.y.ok,
        summary,
        planText: (0,format/* formatPlan */.nT)(plan, secrets),
        plan: planJson(plan, secrets),
        ...extra,
    };
}
/**
 * Runs a plan with a progress line per step (or the action's own step events). `watch` sees every event first (a
 * verb that notes when its flip or a commit step ended); `recordFailure` is the plan's failure record.
 */
function runWithProgress(plan, transport, opts, mask, more = {}) {
    const progress = (0,session_progress/* stepReporter */.w)(opts.log, mask, opts.onEvent);
    return (0,run/* runPlan */.F)(plan, transport, {
        onEvent: (e) => {
            more.watch?.(e);
            progress.onEvent(e);
        },
        ...(more.recordFailure ? { recordFailure: more.recordFailure } : {}),
        lockWaitMs: opts.lockWaitMs,
        signal: opts.signal,
    }).finally(progress.stop);
}


/***/ }),

/***/ 44533:
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
            log(`      ${e.result.code === 0 ? 'ok' : `FAILED (exit ${e.result.code})`} in ` +
                (`${(e.ms / 1000).toFixed(1)} ` +
                    `s${e.result.code === 0
                        ? ''
                        : `: ` + `${mask(e.result.stderr.trim().split('\n').slice(-6).join('\n        '))}`}`));
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


/***/ })

};
