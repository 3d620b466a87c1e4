export const id = 340;
export const ids = [340];
export const modules = {

/***/ 92340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restoreCommand: () => (/* binding */ restoreCommand)
/* harmony export */ });
/* harmony import */ var _commands_restore_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45251);
/* harmony import */ var _github_port_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66111);
/* harmony import */ var _lock_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9277);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84558);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76358);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99537);
/* harmony import */ var _secrets_option_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62613);







/** `slotflip restore --env FILE --from ID|latest|run:RUN_ID [--drill]`. */
async function restoreCommand(values, _args, io) {
    const dryRun = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .flag */ .Jt)(values, 'dry-run');
    return (0,_cancel_js__WEBPACK_IMPORTED_MODULE_4__/* .cancellable */ .n)(io, async (signal) => {
        const r = await (0,_commands_restore_js__WEBPACK_IMPORTED_MODULE_0__/* .runRestore */ .Y)({
            envFile: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values, 'env'),
            instanceId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values, 'instance'),
            from: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values, 'from'),
            drill: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .flag */ .Jt)(values, 'drill'),
            env: io.env,
            github: (0,_github_port_js__WEBPACK_IMPORTED_MODULE_5__/* .githubPort */ .F)(io.env),
            secrets: (0,_secrets_option_js__WEBPACK_IMPORTED_MODULE_3__/* .secretsOption */ .R)(values, io),
            lockWaitMs: (0,_lock_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .lockWaitOption */ .O)((0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values, 'lock-wait')),
            dryRun,
            log: io.err,
            signal,
        });
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_6__/* .report */ .z)(io, 'restore', r, { json: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .flag */ .Jt)(values, 'json'), dryRun });
    });
}


/***/ })

};
