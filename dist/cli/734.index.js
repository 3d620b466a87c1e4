export const id = 734;
export const ids = [734];
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

/***/ 92340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restoreCommand: () => (/* binding */ restoreCommand)
/* harmony export */ });
/* harmony import */ var _commands_restore_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52564);
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

/***/ 49838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ GENERATE_V2),
/* harmony export */   Fq: () => (/* binding */ fingerprintFromMarker),
/* harmony export */   G8: () => (/* binding */ MARKER_V2),
/* harmony export */   Oq: () => (/* binding */ rowsHash),
/* harmony export */   xT: () => (/* binding */ fingerprintAs),
/* harmony export */   y$: () => (/* binding */ GENERATE_V1)
/* harmony export */ });
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

// A table's fingerprint: its row count and a sum of a 64-bit hash of each row, over the columns it had at the dump.
// A sum needs no sort and counts duplicate rows. The marker file (db-marker.ts) holds one line per table.
// The hashes are summed as bigint: sum(bigint) is exact (numeric result, 128-bit integers inside) and equals the sum
// of each hash cast to numeric, as markers taken before were computed, so they still compare; it skips a numeric
// per row (0.58 s against 0.67 s for a 619 MB table in the lab).
//
// Two versions of the marker are on hosts:
// - version 1 (line 2 `clean`): `table|columns|rows|hash`, every row hashed as its text (hashtextextended of
//   ROW(...)::text): 2.1 s for a 619 MB table in the lab, most of it spent printing each row as text;
// - version 2 (line 2 `clean 2`): `table|columns|rows|hash|method`, where `record` hashes the row's binary values
//   (hash_record_extended, PostgreSQL 14+: 0.7 s for the same table) and `text` is version 1's hash, for a table with
//   a column whose type has no extended hash function (json, arrays, enums, ...) or on an older server.
// A marker is always compared by the method it names: an old marker still compares, and a restore onto another
// server compares what the backup recorded rather than what that server would choose.
/** Line 2 of a version 2 marker: taken in the dump's snapshot (`clean`), version 2. */
const MARKER_V2 = 'clean 2';
/** The row hash of a method, over a comma-separated list of already-quoted columns. */
const rowHash = (method, quotedCols) => method === 'record' ? `hash_record_extended(ROW(${quotedCols}), 0)` : `hashtextextended(ROW(${quotedCols})::text, 0)`;
/** count and sum of the row hash (v1's text method when no method is given). */
const rowsHash = (quotedCols, method = 'text') => `count(*), coalesce(sum(${rowHash(method, quotedCols)}), 0)`;
/** Version 1: SQL that writes one query per table, each printing `table|columns|rows|hash`. */
const GENERATE_V1 = `SELECT format('SELECT %L, %L, ${rowsHash('%s')} FROM public.%I;', table_name, ` +
    (`string_agg(column_name, ',' ORDER BY ordinal_position), string_agg(format('%I', column_name), ',' ORDER BY ` +
        (`ordinal_position), table_name) FROM information_schema.columns WHERE table_schema = 'public' GROUP BY ` +
            `table_name ORDER BY table_name`));
// A column's type hashes in binary when its type (a domain's base type) has a default hash operator class with the
// extended hash function. Arrays, enums and ranges have generic classes only: they take the text method, which is
// always correct.
const HASHABLE = `EXISTS (SELECT FROM pg_opclass oc JOIN pg_am am ON am.oid = oc.opcmethod AND am.amname = 'hash' ` +
    (`JOIN pg_amproc p ON p.amprocfamily = oc.opcfamily AND p.amproclefttype = oc.opcintype AND p.amprocnum = 2 ` +
        `WHERE oc.opcdefault AND oc.opcintype = CASE WHEN ty.typtype = 'd' THEN ty.typbasetype ELSE ty.oid END)`);
/** SQL writing a table's fingerprint query, from columns t (table), cols, q (quoted columns) and m (method). */
const QUERY_OF = `format('SELECT %L, %L, count(*), coalesce(sum(%s), 0), %L FROM public.%I;', t, cols, CASE m WHEN 'record' ` +
    (`THEN format('hash_record_extended(ROW(%s), 0)', q) ELSE ` +
        `format('hashtextextended(ROW(%s)::text, 0)', q) END, m, t)`);
/** Version 2: SQL that writes one query per public table, each printing `table|columns|rows|hash|method`. */
const GENERATE_V2 = `SELECT ${QUERY_OF} FROM (SELECT c.relname AS t, string_agg(a.attname, ',' ORDER BY a.attnum) AS cols, ` +
    (`string_agg(quote_ident(a.attname), ',' ORDER BY a.attnum) AS q, CASE WHEN bool_and(${HASHABLE}) AND ` +
        (`current_setting('server_version_num')::int >= 140000 THEN 'record' ELSE 'text' END AS m FROM pg_class c ` +
            (`JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' JOIN pg_attribute a ON ` +
                (`a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped JOIN pg_type ty ON ty.oid = a.atttypid ` +
                    `WHERE c.relkind IN ('r', 'p') GROUP BY c.relname) s ORDER BY t`))));
/** Shell: the queries GENERATE (v1 or v2) writes, run: one fingerprint line per table, as the marker holds them. */
function fingerprintAs(connection, psqlTarget, generate = GENERATE_V1) {
    return (`${connection} psql -At -v ON_ERROR_STOP=1 ${psqlTarget} -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(generate)} | ${connection} ` +
        `psql -At -F'|' -v ON_ERROR_STOP=1 ${psqlTarget}`);
}
// The tables a version 2 marker names, fingerprinted by the method each line names. The lines reach SQL as data
// (\copy from psql's stdin), never inside the query's text: a table or column name holding a quote stays a name.
const FROM_MARKER = `CREATE TEMP TABLE sf_marker (t text, cols text, n text, h text, m text);
\\copy sf_marker FROM pstdin WITH (FORMAT csv, DELIMITER '|', QUOTE E'\\x01')
SELECT ${QUERY_OF} FROM (SELECT t, cols, m, (SELECT string_agg(quote_ident(x.c), ',' ORDER BY x.o)
  FROM unnest(string_to_array(cols, ',')) WITH ORDINALITY AS x(c, o)) AS q FROM sf_marker) s ORDER BY t
\\gexec`;
/**
 * Shell: the fingerprint of the tables a version 2 marker names, by its methods, as the marker's lines (sorted, like
 * `want` must be): `markerLines` is a command printing them.
 */
function fingerprintFromMarker(connection, psqlTarget, markerLines) {
    return (`${markerLines} | ${connection} psql -qAt -F'|' -v ON_ERROR_STOP=1 ${psqlTarget} -f <(cat <<'SLOTFLIP_SQL'\n` +
        `${FROM_MARKER}\nSLOTFLIP_SQL\n) | LC_ALL=C sort`);
}


/***/ }),

/***/ 62357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ maintenanceOff),
/* harmony export */   v: () => (/* binding */ maintenanceOn)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50418);

// The maintenance page: nginx answers 503 with Retry-After on every route while this flag file exists (checked per
// request, no reload). One place builds the ops, so every plan turns it on and off the same way.
const maintenanceOn = (instance) => ({
    kind: 'run',
    argv: ['touch', (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).maintenanceFlag],
    note: 'maintenance page on (503 + Retry-After)',
});
const maintenanceOff = (instance) => ({
    kind: 'run',
    argv: ['rm', '-f', (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).maintenanceFlag],
    note: 'maintenance page off',
});


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
