export const id = 804;
export const ids = [804,714];
export const modules = {

/***/ 36804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   doctorMarkdown: () => (/* binding */ doctorMarkdown),
/* harmony export */   formatRows: () => (/* binding */ formatRows)
/* harmony export */ });
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52714);

/** The table: one row per check, the remedy under the rows that need one. */
function formatRows(rows) {
    const width = Math.max(5, ...rows.map((r) => r.check.length));
    const multi = new Set(rows.map((r) => r.instance)).size > 1;
    const lines = [];
    let instance = '';
    for (const r of rows) {
        if (r.instance !== instance) {
            if (instance)
                lines.push('');
            lines.push(`instance ${r.instance}`);
            instance = r.instance;
        }
        lines.push(`  ${r.verdict.padEnd(4)}  ${r.check.padEnd(width)}  ${r.detail}`);
        if (r.remedy)
            lines.push(`  ${' '.repeat(4)}  ${' '.repeat(width)}  -> ${r.remedy}`);
    }
    const counts = ['OK', 'WARN', 'FAIL']
        .map((v) => `${rows.filter((r) => r.verdict === v).length} ${v}`)
        .join(', ');
    lines.push('', `doctor: ${counts}${multi ? ` across ${new Set(rows.map((r) => r.instance)).size} instances` : ''}`);
    return lines.join('\n');
}
/** The job summary's table: the FAIL and WARN rows first, a pipe in a value cannot break the table. */
function doctorMarkdown(rows) {
    const cell = (t) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const order = { FAIL: 0, WARN: 1, OK: 2 };
    const sorted = [...rows].sort((a, b) => order[a.verdict] - order[b.verdict]);
    const icon = { OK: 'OK', WARN: '⚠️ WARN', FAIL: '❌ FAIL' };
    return [
        `## slotflip doctor: ${(0,_rows_js__WEBPACK_IMPORTED_MODULE_0__.worst)(rows)}`,
        '',
        '| | instance | check | seen | remedy |',
        '|---|---|---|---|---|',
        ...sorted.map((r) => `| ${icon[r.verdict]} | ${cell(r.instance)} | ${cell(r.check)} | ${cell(r.detail)} | ${cell(r.remedy)} |`),
        '',
    ].join('\n');
}


/***/ }),

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
