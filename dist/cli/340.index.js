export const id = 340;
export const ids = [340];
export const modules = {

/***/ 92340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restoreCommand: () => (/* binding */ restoreCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _commands_restore_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66776);
/* harmony import */ var _lock_wait_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9277);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84558);




const OPTIONS = {
    env: { type: 'string' },
    instance: { type: 'string' },
    from: { type: 'string' },
    drill: { type: 'boolean', default: false },
    'secrets-dir': { type: 'string' },
    'lock-wait': { type: 'string', default: '0s' },
    'dry-run': { type: 'boolean', default: false },
};
/** `slotflip restore --env FILE --from ID|latest|run:RUN_ID [--drill]`. */
async function restoreCommand(args, io) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: OPTIONS });
    if (!values.env || !values.from) {
        io.err('usage: slotflip restore --env FILE --from ID|latest|run:RUN_ID [--drill] [--instance ID] [--secrets-dir DIR] [--lock-wait 10m] [--dry-run]');
        return 1;
    }
    return (0,_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .cancellable */ .n)(io, async (signal) => {
        const r = await (0,_commands_restore_js__WEBPACK_IMPORTED_MODULE_1__/* .runRestore */ .Y)({
            envFile: values.env,
            instanceId: values.instance,
            from: values.from,
            drill: values.drill,
            env: io.env,
            secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR },
            lockWaitMs: (0,_lock_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .lockWaitOption */ .O)(values['lock-wait']),
            dryRun: values['dry-run'],
            log: io.err,
            signal,
        });
        if (values['dry-run'] && r.planText)
            io.out(r.planText);
        io.err(`restore: ${r.summary} (exit ${r.exitCode})`);
        return r.exitCode;
    });
}


/***/ })

};
