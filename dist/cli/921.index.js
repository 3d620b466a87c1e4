export const id = 921;
export const ids = [921];
export const modules = {

/***/ 47921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseHoldCommand: () => (/* binding */ releaseHoldCommand)
});

// EXTERNAL MODULE: ./src/engine/run.ts + 2 modules
var run = __webpack_require__(82655);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/host/lock.ts
var lock = __webpack_require__(62703);
;// CONCATENATED MODULE: ./src/plan/hold-plan.ts


/** Clears the hold an automatic flip-back left, under the lock, so the held release may be deployed again. */
function buildReleaseHoldPlan(req) {
    const { state } = req;
    if (!state.hold)
        return undefined;
    const l = (0,layout/* layout */.Zp)(state.instance);
    const next = {
        ...state,
        hold: null,
        history: [
            ...state.history,
            {
                run: req.run,
                op: 'release-hold',
                release: state.hold.release,
                slot: state.active ?? 'blue',
                result: 'ok',
                at: req.now,
                detail: `by ${req.owner}`,
            },
        ].slice(-50),
    };
    return {
        format: 1,
        run: req.run,
        instance: state.instance,
        release: { id: state.hold.release, version: state.hold.release },
        from: state.active,
        to: state.active ?? 'blue',
        steps: [
            {
                id: 'lock',
                phase: 'lock',
                title: 'take the lease lock',
                timeoutMs: 60_000,
                ops: [(0,lock/* acquireLock */.IZ)(l, { run: req.run, owner: req.owner, leaseSeconds: lock/* LEASE_SECONDS */.Vb })],
            },
            {
                id: 'record',
                phase: 'record',
                title: `release the hold on ${state.hold.release}`,
                timeoutMs: 60_000,
                ops: [
                    { kind: 'write', path: l.state, content: `${JSON.stringify(next, null, 2)}\n`, mode: '0644', secret: false },
                ],
            },
        ],
        finally: {
            id: 'unlock',
            phase: 'record',
            title: 'release the lock',
            timeoutMs: 60_000,
            ops: [(0,lock/* releaseLock */.x_)(l.lock, req.run)],
        },
        notes: [],
        owner: req.owner,
    };
}

// EXTERNAL MODULE: ./src/transport/connect.ts
var connect = __webpack_require__(39287);
// EXTERNAL MODULE: ./src/commands/deploy.ts + 9 modules
var deploy = __webpack_require__(26328);
// EXTERNAL MODULE: ./src/commands/prepare.ts
var prepare = __webpack_require__(38357);
// EXTERNAL MODULE: ./src/commands/run-context.ts + 2 modules
var run_context = __webpack_require__(7533);
;// CONCATENATED MODULE: ./src/commands/release-hold.ts







/** `slotflip release-hold`: after an operator has looked at a flipped-back release, allow it again. */
async function runReleaseHold(opts) {
    const prepared = await (0,prepare/* prepare */.i)(opts);
    const transport = await (0,connect/* connectTarget */.u)(prepared.instance, prepared.secrets);
    try {
        const state = await (0,run_context/* readState */.un)(transport, prepared.instance.id);
        const plan = buildReleaseHoldPlan({ run: (0,run_context/* newRunId */.F$)(), owner: (0,run_context/* owner */.eC)(), now: new Date().toISOString(), state });
        if (!plan)
            return { exitCode: exit_codes/* ExitCode */.y.nothingToDo, summary: `${prepared.instance.id} holds no release` };
        const outcome = await (0,run/* runPlan */.F)(plan, transport);
        return {
            exitCode: (0,deploy/* exitCodeFor */.Rr)(outcome),
            summary: outcome.kind === 'completed' ? `released the hold on ${plan.release.id}` : 'could not release the hold',
            outcome,
        };
    }
    finally {
        await transport.close();
    }
}

// EXTERNAL MODULE: ./src/cli/outcome.ts
var outcome = __webpack_require__(76358);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/cli/host-options.ts + 1 modules
var host_options = __webpack_require__(67487);
;// CONCATENATED MODULE: ./src/cli/release-hold.ts




/** `slotflip release-hold --env FILE`: a held release may be deployed again. */
async function releaseHoldCommand(values, _args, io) {
    const r = await runReleaseHold({
        envFile: (0,parse/* str */.gx)(values, 'env'),
        instanceId: (0,parse/* str */.gx)(values, 'instance'),
        secrets: (0,host_options/* secretsOption */.R)(values, io),
        log: io.err,
    });
    return (0,outcome/* report */.z)(io, 'release-hold', r, { json: (0,parse/* flag */.Jt)(values, 'json'), dryRun: false });
}


/***/ })

};
