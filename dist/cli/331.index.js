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
/* harmony import */ var _commands_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26328);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84558);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76358);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99537);
/* harmony import */ var _host_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67487);





/** `slotflip plan` prints the plan; `slotflip deploy` runs it. Both build it the same way. */
function deployCommand(dryRun) {
    return async (values, _args, io) => {
        const offline = dryRun && (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(values, 'offline');
        return (0,_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .cancellable */ .n)(io, async (signal) => {
            const r = await (0,_commands_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .runDeploy */ .zt)({
                ...(0,_host_options_js__WEBPACK_IMPORTED_MODULE_2__/* .hostOptions */ .t)(values, io, signal),
                // Offline, nothing reaches a host: no secret is read (templates see placeholders).
                secrets: offline ? undefined : (0,_host_options_js__WEBPACK_IMPORTED_MODULE_2__/* .secretsOption */ .R)(values, io),
                allowBreaking: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(values, 'allow-breaking'),
                dryRun,
                offline,
            });
            return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .report */ .z)(io, dryRun ? 'plan' : 'deploy', r, { json: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(values, 'json'), dryRun });
        });
    };
}


/***/ })

};
