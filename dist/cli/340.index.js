export const id = 340;
export const ids = [340];
export const modules = {

/***/ 92340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restoreCommand: () => (/* binding */ restoreCommand)
/* harmony export */ });
/* harmony import */ var _commands_restore_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70585);
/* harmony import */ var _github_port_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66111);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84558);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76358);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99537);
/* harmony import */ var _host_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67487);






/** `slotflip restore --env FILE --from ID|latest|run:RUN_ID [--drill]`. */
async function restoreCommand(values, _args, io) {
    const dryRun = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(values, 'dry-run');
    return (0,_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .cancellable */ .n)(io, async (signal) => {
        const r = await (0,_commands_restore_js__WEBPACK_IMPORTED_MODULE_0__/* .runRestore */ .Y)({
            ...(0,_host_options_js__WEBPACK_IMPORTED_MODULE_2__/* .hostOptions */ .t)(values, io, signal),
            from: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(values, 'from'),
            drill: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(values, 'drill'),
            env: io.env,
            github: (0,_github_port_js__WEBPACK_IMPORTED_MODULE_4__/* .githubPort */ .F)(io.env),
        });
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z)(io, 'restore', r, { json: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(values, 'json'), dryRun });
    });
}


/***/ })

};
