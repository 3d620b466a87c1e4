export const id = 331;
export const ids = [331];
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

/***/ 42331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _commands_deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63270);
/* harmony import */ var _lock_wait_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9277);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84558);




const OPTIONS = {
    env: { type: 'string' },
    instance: { type: 'string' },
    'secrets-dir': { type: 'string' },
    'allow-breaking': { type: 'boolean', default: false },
    'lock-wait': { type: 'string', default: '0s' },
    offline: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
};
/** `slotflip plan` prints the plan; `slotflip deploy` runs it. Both build it the same way. */
function deployCommand(dryRun) {
    return async (args, io) => {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: OPTIONS });
        if (!values.env) {
            io.err(`usage: slotflip ${dryRun ? 'plan' : 'deploy'} --env FILE [--instance ID] [--secrets-dir DIR]${dryRun ? ' [--offline]' : ' [--allow-breaking] [--lock-wait 10m]'} [--json]`);
            return 1;
        }
        const offline = dryRun && values.offline;
        return (0,_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .cancellable */ .n)(io, async (signal) => {
            const r = await (0,_commands_deploy_js__WEBPACK_IMPORTED_MODULE_1__/* .runDeploy */ .zt)({
                envFile: values.env,
                instanceId: values.instance,
                secrets: offline ? undefined : { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR },
                allowBreaking: values['allow-breaking'],
                lockWaitMs: (0,_lock_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .lockWaitOption */ .O)(values['lock-wait']),
                dryRun,
                offline,
                log: io.err,
                signal,
            });
            if (values.json)
                io.out(JSON.stringify({ format: 1, command: dryRun ? 'plan' : 'deploy', exitCode: r.exitCode, summary: r.summary, release: r.release ?? null, slot: r.slot ?? null, url: r.url ?? null, receipt: r.receipt ?? null, overlapSeconds: r.overlapSeconds ?? null, steps: r.outcome && 'timings' in r.outcome ? r.outcome.timings : [] }, null, 2));
            else if (dryRun && r.planText)
                io.out(r.planText);
            io.err(`${dryRun ? 'plan' : 'deploy'}: ${r.summary} (exit ${r.exitCode})`);
            return r.exitCode;
        });
    };
}


/***/ }),

/***/ 9277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ lockWaitOption)
/* harmony export */ });
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97840);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14226);


/** --lock-wait in milliseconds; a value that is not a duration stops the command before anything connects. */
function lockWaitOption(text) {
    const wait = (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLockWait */ .C)(text ?? '0');
    if (!wait.ok)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--${wait.message}`);
    return wait.ms;
}


/***/ })

};
