export const id = 714;
export const ids = [714];
export const modules = {

/***/ 52714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   worst: () => (/* binding */ worst)
/* harmony export */ });
const ok = (instance, check, detail) => ({
    instance,
    check,
    verdict: 'OK',
    detail,
    remedy: '',
});
const warn = (instance, check, detail, remedy) => ({
    instance,
    check,
    verdict: 'WARN',
    detail,
    remedy,
});
const fail = (instance, check, detail, remedy) => ({
    instance,
    check,
    verdict: 'FAIL',
    detail,
    remedy,
});
/** Thresholds from the operator's runbook (seed 003): disk alert over 80 %, connections "if > 80". */
const LIMITS = {
    diskWarnPercent: 70,
    diskFailPercent: 80,
    connectionsWarnRatio: 0.8,
    connectionsFailRatio: 0.95,
    cacheHitWarn: 0.9,
    /** Below this many block reads the hit ratio says nothing yet (a fresh server). */
    cacheMinBlocks: 10_000,
    redisMemoryWarnRatio: 0.9,
    clockWarnSeconds: 2,
    clockFailSeconds: 30,
    backupWarnDays: 8,
};
function worst(rows) {
    return rows.some((r) => r.verdict === 'FAIL') ? 'FAIL' : rows.some((r) => r.verdict === 'WARN') ? 'WARN' : 'OK';
}


/***/ })

};
