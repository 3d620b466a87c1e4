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

// EXTERNAL MODULE: ./src/engine/run.ts + 3 modules
var run = __webpack_require__(16686);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/shell/state.ts
var shell_state = __webpack_require__(55547);
// EXTERNAL MODULE: ./src/plan/steps.ts
var steps = __webpack_require__(62960);
;// CONCATENATED MODULE: ./src/plan/hold-plan.ts


/** Clears the hold an automatic flip-back left, under the lock, so the held release may be deployed again. */
function buildReleaseHoldPlan(req) {
    const { state } = req;
    if (!state.hold)
        return undefined;
    const next = (0,shell_state/* withHistory */.$k)({ ...state, hold: null }, {
        run: req.run,
        op: 'release-hold',
        release: state.hold.release,
        slot: state.active ?? 'blue',
        result: 'ok',
        at: req.now,
        detail: `by ${req.owner}`,
    });
    return (0,steps/* planOf */.XC)(req, state.instance, {
        release: { id: state.hold.release, version: state.hold.release },
        from: state.active,
        to: state.active ?? 'blue',
        steps: [
            (0,steps/* lockStep */.s9)(state.instance, req),
            (0,steps/* recordStep */.IC)(state.instance, next, `release the hold on ${state.hold.release}`),
        ],
        finally: (0,steps/* unlockStep */.Rl)(state.instance, req.run),
        notes: [],
    });
}

// EXTERNAL MODULE: ./src/transport/connect.ts + 3 modules
var connect = __webpack_require__(14519);
// EXTERNAL MODULE: ./src/session/verb.ts
var verb = __webpack_require__(87731);
// EXTERNAL MODULE: ./src/session/prepare.ts
var prepare = __webpack_require__(80295);
// EXTERNAL MODULE: ./src/session/run-context.ts + 3 modules
var run_context = __webpack_require__(28493);
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
            exitCode: (0,verb/* exitCodeFor */.Rr)(outcome),
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
