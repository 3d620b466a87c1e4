export const id = 778;
export const ids = [778];
export const modules = {

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 50778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(42784);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/cli/verbs.ts + 4 modules
var verbs = __webpack_require__(57915);
;// CONCATENATED MODULE: ./src/cli/usage.ts

const VERSION = '0.1.0';
/** A verb as the overview shows it: `slotflip restore --env FILE --from ID|latest|run:RUN_ID`. */
function invocation(name) {
    const v = verbs/* VERBS */.h.find((x) => x.name === name);
    const required = (v.required ?? []).map((r) => `--${r} ${v.options[r]?.value ?? ''}`.trim());
    return ['slotflip', v.name, ...(v.args ? [v.args] : []), ...required].join(' ');
}
const rows = verbs/* VERBS */.h.map((v) => [invocation(v.name), v.brief]);
const width = Math.min(48, Math.max(...rows.map(([l]) => l.length)) + 2);
const USAGE = `slotflip ${VERSION}: blue-green deployments of self-hosted apps into Proxmox LXC containers

Usage:
${rows
    .map(([l, r]) => (l.length + 2 > width ? `  ${l}\n  ` + `${''.padEnd(width)}${r}` : `  ${l.padEnd(width)}${r}`))
    .join('\n')}

\`slotflip <command> --help\` lists a command's options (every host command takes --json; --format json is the same).
Secrets are read from SLOTFLIP_SECRET_<NAME>, from the file in SLOTFLIP_SECRET_<NAME>_FILE,
or from <secrets-dir>/<NAME>.
Exit codes: 0 ok, 1 usage or internal error, 2 invalid configuration, 3 connection or host key, 4 preflight,
5 locked, 10 health gate failed (rolled back), 11 rolled back after a later failure, 12 rollback failed,
13 a database restore would discard writes, 14 a backup refused (damaged, wrong key, untrusted run), 15 doctor found
a FAIL, 16 provision stopped at a step, 17 pin refused (download or signature), 18 the release is held,
20 nothing to do.`;
/** `slotflip lab` alone: its sub-commands. */
const LAB_USAGE = `usage: slotflip lab up|status|env|down [options]   (slotflip lab <sub-command> --help)
${verbs/* VERBS */.h.filter((v) => v.name.startsWith('lab '))
    .map((v) => `  ${invocation(v.name).padEnd(34)}${v.brief}`)
    .join('\n')}`;

// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(14226);
;// CONCATENATED MODULE: ./src/cli/run.ts






const COMMANDS = {
    validate: async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(62)]).then(__webpack_require__.bind(__webpack_require__, 46903))).validateCommand(v, a, io),
    'lab up': async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(564), __webpack_require__.e(246)]).then(__webpack_require__.bind(__webpack_require__, 95402))).labUpCommand(v, a, io),
    'lab down': async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(564), __webpack_require__.e(246)]).then(__webpack_require__.bind(__webpack_require__, 95402))).labDownCommand(v, a, io),
    'lab status': async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(564), __webpack_require__.e(246)]).then(__webpack_require__.bind(__webpack_require__, 95402))).labStatusCommand(v, a, io),
    'lab env': async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(564), __webpack_require__.e(246)]).then(__webpack_require__.bind(__webpack_require__, 95402))).labEnvCommand(v, a, io),
    plan: async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(487), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(281), __webpack_require__.e(998), __webpack_require__.e(161), __webpack_require__.e(61), __webpack_require__.e(451), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 15959))).deployCommand(true)(v, a, io),
    deploy: async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(487), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(281), __webpack_require__.e(998), __webpack_require__.e(161), __webpack_require__.e(61), __webpack_require__.e(451), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 15959))).deployCommand(false)(v, a, io),
    pin: async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(569), __webpack_require__.e(456)]).then(__webpack_require__.bind(__webpack_require__, 40456))).pinCommand(v, a, io),
    'release-hold': async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(487), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(281), __webpack_require__.e(998), __webpack_require__.e(161), __webpack_require__.e(921)]).then(__webpack_require__.bind(__webpack_require__, 47921))).releaseHoldCommand(v, a, io),
    status: async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(487), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(281), __webpack_require__.e(998), __webpack_require__.e(97)]).then(__webpack_require__.bind(__webpack_require__, 93904))).statusCommand(v, a, io),
    // A rollback is timed from the command's start: its handshake begins before the engine's code loads.
    rollback: async (v, a, io) => {
        const early = (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(487), __webpack_require__.e(281), __webpack_require__.e(662)]).then(__webpack_require__.bind(__webpack_require__, 40394))).startEarlyHandshake(v, io);
        await early.started;
        return (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(487), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(281), __webpack_require__.e(998), __webpack_require__.e(161), __webpack_require__.e(61), __webpack_require__.e(884)]).then(__webpack_require__.bind(__webpack_require__, 5884))).rollbackCommand(v, a, io, early);
    },
    backup: async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(487), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(281), __webpack_require__.e(998), __webpack_require__.e(161), __webpack_require__.e(61), __webpack_require__.e(596), __webpack_require__.e(751)]).then(__webpack_require__.bind(__webpack_require__, 58751))).backupCommand(v, a, io),
    restore: async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(487), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(281), __webpack_require__.e(998), __webpack_require__.e(161), __webpack_require__.e(596), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 92340))).restoreCommand(v, a, io),
    doctor: async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(487), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(281), __webpack_require__.e(998), __webpack_require__.e(414)]).then(__webpack_require__.bind(__webpack_require__, 10407))).doctorCommand(v, a, io),
    rotate: async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(487), __webpack_require__.e(694), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(281), __webpack_require__.e(998), __webpack_require__.e(161), __webpack_require__.e(526), __webpack_require__.e(261)]).then(__webpack_require__.bind(__webpack_require__, 49261))).rotateCommand(v, a, io),
    provision: async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(487), __webpack_require__.e(694), __webpack_require__.e(463), __webpack_require__.e(194), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(281), __webpack_require__.e(998), __webpack_require__.e(42)]).then(__webpack_require__.bind(__webpack_require__, 65042))).provisionCommand(v, a, io),
    adopt: async (v, a, io) => (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(487), __webpack_require__.e(569), __webpack_require__.e(690), __webpack_require__.e(281), __webpack_require__.e(998), __webpack_require__.e(161), __webpack_require__.e(451), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 97179))).adoptCommand(v, a, io),
};
/** The CLI without a process: argv in, lines out, exit code back. bin/slotflip.js wires it to the real process. */
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        (command ? io.out : io.err)(USAGE);
        return command ? exit_codes/* ExitCode */.y.ok : exit_codes/* ExitCode */.y.usage;
    }
    if (command === '--version' || command === '-v') {
        io.out(VERSION);
        return exit_codes/* ExitCode */.y.ok;
    }
    // `lab` alone lists its sub-commands; `lab up` is a verb of its own in the table.
    if (command === 'lab' && !COMMANDS[`lab ${rest[0]}`]) {
        const asked = rest[0] === '--help' || rest[0] === '-h';
        (asked ? io.out : io.err)(rest[0] && !asked ? `slotflip lab: unknown sub-command "${rest[0]}"\n${LAB_USAGE}` : LAB_USAGE);
        return asked ? exit_codes/* ExitCode */.y.ok : exit_codes/* ExitCode */.y.usage;
    }
    const name = command === 'lab' ? `lab ${rest[0]}` : command;
    const run = COMMANDS[name];
    if (!run) {
        const near = (0,suggest/* didYouMean */.a)(command, Object.keys(COMMANDS).filter((c) => !c.includes(' ')));
        io.err(`slotflip: unknown command "${command}"${near ? `; did you mean ${near}?` : ''} (\`slotflip --help\` ` +
            `lists the commands)`);
        return exit_codes/* ExitCode */.y.usage;
    }
    try {
        const parsed = (0,parse/* parseVerb */.TH)(name, command === 'lab' ? rest.slice(1) : rest);
        if (parsed.help !== undefined) {
            io.out(parsed.help);
            return exit_codes/* ExitCode */.y.ok;
        }
        return await run(parsed.values, parsed.positionals, io);
    }
    catch (err) {
        if (err instanceof usage_error/* UsageError */.e || err.code?.startsWith('ERR_PARSE_ARGS')) {
            io.err(`slotflip ${name}: ${err.message}`);
            return exit_codes/* ExitCode */.y.usage;
        }
        if (err instanceof errors/* SlotflipError */.u0) {
            // "slotflip deploy: preflight: ..." names the phase; when the phase is the command itself, once is enough.
            io.err(`slotflip ${command}: ` +
                `${err.phase === command ? `${err.message}${err.remedy ? `. ${err.remedy}` : ''}` : err.describe()}`);
            return err.exitCode;
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts

/** The process's argv, streams and exit code around runCli (loaded by the entry, src/cli.ts). */
function main() {
    runCli(process.argv.slice(2), {
        out: (line) => process.stdout.write(`${line}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
        env: process.env,
        isTTY: process.stdout.isTTY === true,
    }).then((code) => {
        process.exitCode = code;
    }, (err) => {
        // One line, never a stack trace, unless the operator asks for it.
        process.stderr.write(`slotflip: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
        if (process.env.SLOTFLIP_DEBUG && err instanceof Error)
            process.stderr.write(`${err.stack}\n`);
        process.exitCode = 1;
    });
}


/***/ }),

/***/ 99537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   TH: () => (/* binding */ parseVerb),
/* harmony export */   gx: () => (/* binding */ str)
/* harmony export */ });
/* unused harmony exports usageLine, helpText */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42784);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14226);
/* harmony import */ var _verbs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57915);




const HELP_OPTION = '-h, --help';
/** `slotflip deploy --env FILE [options]`, with the required options and the positionals. */
function usageLine(v) {
    const required = (v.required ?? []).map((name) => `--${name} ${v.options[name]?.value ?? ''}`.trim());
    const optional = Object.keys(v.options).length > (v.required?.length ?? 0) ? ['[options]'] : [];
    return ['slotflip', v.name, ...(v.args ? [v.args] : []), ...required, ...optional].join(' ');
}
/** One line: what is wrong with the command line, and how the verb is called. */
const misuse = (v, problem) => new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${problem} (usage: ${usageLine(v)}; --help lists the options)`);
/** `slotflip <verb> --help`: the usage line, what the verb does, and every option with its default. */
function helpText(v) {
    const rows = Object.entries(v.options).map(([name, o]) => {
        const left = `--${name}${o.value ? ` ${o.value}` : ''}`;
        const dflt = o.type === 'string' && o.default !== undefined ? ` (default ${o.default})` : '';
        return [left, `${o.help}${dflt}`];
    });
    rows.push([HELP_OPTION, 'this help']);
    const width = Math.max(...rows.map(([l]) => l.length)) + 2;
    return [
        `usage: ${usageLine(v)}`,
        '',
        v.summary,
        '',
        'options:',
        ...rows.map(([l, r]) => `  ${l.padEnd(width)}${r}`),
    ].join('\n');
}
/**
 * The command line of one verb, read against its row of the table: -h/--help wins; an unknown option is named with
 * the closest known one; --format json|text is --json spelt the old way; a missing required option says which.
 */
function parseVerb(name, args) {
    const v = (0,_verbs_js__WEBPACK_IMPORTED_MODULE_2__/* .verb */ .w)(name);
    if (args.includes('--help') || args.includes('-h'))
        return { help: helpText(v) };
    const known = Object.keys(v.options);
    for (const arg of args) {
        if (arg === '--')
            break;
        if (!arg.startsWith('--'))
            continue;
        const option = arg.slice(2).split('=')[0];
        if (known.includes(option) || (option === 'format' && known.includes('json')))
            continue;
        const near = (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(option, known);
        throw misuse(v, `unknown option --${option}${near ? `; did you mean --${near}?` : ''}`);
    }
    const options = Object.fromEntries(Object.entries(v.options).map(([k, o]) => [
        k,
        { type: o.type, ...(o.default !== undefined ? { default: o.default } : {}) },
    ]));
    if (known.includes('json'))
        options.format = { type: 'string' };
    const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args,
        options: options,
        allowPositionals: true,
        strict: true,
    });
    const values = { ...parsed.values };
    if (values.format !== undefined) {
        if (values.format !== 'json' && values.format !== 'text')
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--format must be text or json, not "${values.format}"`);
        values.json = values.json === true || values.format === 'json';
        delete values.format;
    }
    const count = v.positionals ?? 0;
    if (count !== 'any' && parsed.positionals.length !== count) {
        const what = count === 0 ? `takes no arguments (got "${parsed.positionals.join(' ')}")` : `needs ${v.args}`;
        throw misuse(v, what);
    }
    const missing = (v.required ?? []).filter((r) => values[r] === undefined);
    if (missing.length)
        throw misuse(v, `missing ${missing.map((m) => `--${m}`).join(' and ')}`);
    return { values, positionals: parsed.positionals };
}
/** A string option's value (parseVerb checked its type). */
const str = (values, name) => values[name];
/** A boolean option's value. */
const flag = (values, name) => values[name] === true;


/***/ }),

/***/ 14226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A command line slotflip cannot act on: printed as "slotflip <command>: <message>", exit 1. */
class UsageError extends Error {
}


/***/ }),

/***/ 57915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ VERBS),
  w: () => (/* binding */ verb)
});

;// CONCATENATED MODULE: ./src/cli/options.ts
// The shape of a verb's row in the table (cli/verbs.ts) and the options several verbs share, declared once.
// Declared once, shared by the verbs that take them.
const env = {
    type: 'string',
    value: 'FILE',
    help: 'the environment file (environments/<name>.yaml)',
};
const instance = {
    type: 'string',
    value: 'ID',
    help: 'the instance to act on (needed when the file has several)',
};
const secretsDir = {
    type: 'string',
    value: 'DIR',
    help: 'where secret files named after the secret live (default: $SLOTFLIP_SECRETS_DIR)',
};
const lockWait = {
    type: 'string',
    value: 'DURATION',
    default: '0s',
    help: "wait this long for another run's lock, e.g. 10m (default: do not wait)",
};
const dryRun = {
    type: 'boolean',
    default: false,
    help: 'print every step and command it would run (secrets as ***) and change nothing',
};
const json = {
    type: 'boolean',
    default: false,
    help: 'the outcome as one JSON document on stdout (--format json is the same)',
};
const onHost = { env, instance, 'secrets-dir': secretsDir };

;// CONCATENATED MODULE: ./src/cli/lab-verbs.ts

// `slotflip lab <sub-command>`: each a verb of its own in the table, with its own --help.
const LAB_VERBS = [
    {
        name: 'lab up',
        brief: 'as root: real LXC containers to deploy to',
        summary: 'as root: real LXC containers (systemd, sshd, nginx, PostgreSQL, Redis) to deploy to, with their ' +
            'environment files',
        options: {
            count: { type: 'string', value: 'N', default: '1', help: 'how many containers (1-5)' },
            json: { ...json, help: 'the containers as JSON' },
        },
    },
    {
        name: 'lab status',
        brief: 'each lab container, its address and services',
        summary: 'each lab container, its address and services',
        options: { json: { ...json, help: 'the list as JSON' } },
    },
    {
        name: 'lab env',
        brief: 'the lab environment file pinned to a demo release',
        required: ['release'],
        summary: 'the lab environment file pinned to demo release V (what a commit would change)',
        options: {
            release: { type: 'string', value: 'V', help: 'the demo release (lab/app/build.mjs builds them)' },
            container: { type: 'string', value: 'N', default: '1', help: 'which lab container' },
        },
    },
    {
        name: 'lab down',
        brief: 'remove the lab',
        summary: "remove the lab's containers and what lab up set up for them (the cached rootfs stays)",
        options: { purge: { type: 'boolean', default: false, help: 'also remove the cached rootfs' } },
    },
];

;// CONCATENATED MODULE: ./src/cli/verbs-read.ts

// The verbs that read: environment files, releases, the plan, the host. None of them changes a host.
const validate = {
    name: 'validate',
    brief: 'check environment files at file:line (the PR check)',
    args: '[PATH...]',
    positionals: 'any',
    summary: 'check environment files (default: environments/) and print each finding at file:line:column',
    options: {
        base: {
            type: 'string',
            value: 'DIR',
            help: 'a checkout of the base branch: flag risky changes against it (the PR check)',
        },
        'require-secrets': {
            type: 'boolean',
            default: false,
            help: 'every secret the job reads must be provided (run before a deploy)',
        },
        job: {
            type: 'string',
            value: 'KIND',
            help: "which job's secrets --require-secrets asks for: deploy (default), rollback, backup, doctor, " +
                'restore, rotate',
        },
        'secrets-dir': secretsDir,
        json: { ...json, help: 'the findings as one JSON object (--format json is the same)' },
    },
};
const pin = {
    name: 'pin',
    brief: 'download each url release, check its signature, write its sha256',
    args: 'FILE',
    positionals: 1,
    summary: `download each url release of FILE on this machine, check its publisher's signature (when the app's preset
names its signing key) and write the archive's sha256 into FILE; comments and layout stay as they are, and nothing is
written unless every download is checked`,
    options: {
        instance: { type: 'string', value: 'ID', help: 'only this instance (default: every url release in the file)' },
        version: {
            type: 'string',
            value: 'V',
            help: "move to release V: its URL is the preset's; version and url are rewritten too",
        },
        key: {
            type: 'string',
            value: 'KEYFILE',
            help: "the publisher's OpenPGP public key (Vikunja: key FF054DACD908493A, fetched on your machine)",
        },
        'key-id': {
            type: 'string',
            value: 'ID',
            help: "expect this signer instead of the preset's key (a mirror that signs with its own key)",
        },
        'ca-file': {
            type: 'string',
            value: 'PEM',
            help: 'trust these certificate authorities as well (an internal mirror)',
        },
    },
};
const plan = {
    name: 'plan',
    brief: 'every step and command a deploy would run (secrets as ***)',
    required: ['env'],
    summary: `every step and command a deploy would run, secrets shown as ***; reads the host (its live slot, lock and
drift) unless --offline`,
    options: {
        ...onHost,
        offline: { type: 'boolean', default: false, help: 'plan without reaching the host (as for a first deploy)' },
        'allow-breaking': {
            type: 'boolean',
            default: false,
            help: 'plan a release whose migration the old release cannot run on',
        },
        'lock-wait': lockWait,
        json: { ...json, help: 'the plan as a versioned JSON document (format 1) on stdout' },
    },
};
const verbs_read_status = {
    name: 'status',
    brief: 'live slot, release, components, health, last run, watch, hold',
    required: ['env'],
    summary: 'live slot, release, each component, uptime, memory and health, the last run, the watch and any hold',
    options: {
        ...onHost,
        json: json,
        watch: { type: 'boolean', default: false, help: 'refresh every 2 s until interrupted (at most an hour)' },
    },
};
const doctor = {
    name: 'doctor',
    brief: 'read-only diagnosis: OK / WARN / FAIL with a remedy per row',
    required: ['env'],
    summary: `read-only diagnosis of every instance: reach and host key, clock, disk, units, nginx and the live route,
PostgreSQL, Redis, lock, hold, last run, backups; OK / WARN / FAIL with a remedy per row (a FAIL exits 15)`,
    options: { ...onHost, json: json },
};

;// CONCATENATED MODULE: ./src/cli/verbs-change.ts

// The verbs that change a host: each takes the host's lock (or, provision, creates the container).
const deploy = {
    name: 'deploy',
    brief: 'blue-green deploy, observed by the host, with a receipt',
    required: ['env'],
    summary: `blue-green deploy: stage, back up, migrate, start the idle slot, gate on health, flip; then the host
observes and finishes (retire) or flips back by itself; ends with the receipt of what users saw across the flip`,
    options: {
        ...onHost,
        'allow-breaking': {
            type: 'boolean',
            default: false,
            help: 'accept a migration the old release cannot run on (maintenance page, no flip back)',
        },
        'lock-wait': lockWait,
        json: json,
    },
};
const rollback = {
    name: 'rollback',
    brief: 'back to the previous release (a flip while its slot is warm)',
    required: ['env'],
    summary: `back to the previous release: only a flip while its slot is warm, else start and gate it; ends with a
receipt; the release rolled back from is held until release-hold`,
    options: {
        ...onHost,
        to: { type: 'string', value: 'RELEASE', help: 'a kept release id or version (default: the previous one)' },
        'restore-db': {
            type: 'string',
            value: 'never|if-safe|force',
            default: 'never',
            help: "also put back the database from before the release's migration",
        },
        'lock-wait': lockWait,
        'dry-run': dryRun,
        json: json,
    },
};
const backup = {
    name: 'backup',
    brief: 'a verified, encrypted backup on the host',
    required: ['env'],
    summary: 'database, files, roles, shared config and state, verified and encrypted on the host to backups.recipients',
    options: {
        ...onHost,
        'lock-wait': lockWait,
        'dry-run': dryRun,
        'verify-restore': {
            type: 'boolean',
            default: false,
            help: 'then a restore drill (needs the restore key and the database admin)',
        },
        json: json,
    },
};
const restore = {
    name: 'restore',
    brief: 'a backup restored into a new database and swapped in (or --drill)',
    required: ['env', 'from'],
    summary: `check and decrypt a backup, restore it into a new database, swap it in behind the maintenance page, restore
the files, gate; anything failing puts the previous database back`,
    options: {
        ...onHost,
        from: {
            type: 'string',
            value: 'ID|latest|run:RUN_ID',
            help: "the backup: its id, the latest on the host, or a workflow run's artifact",
        },
        drill: {
            type: 'boolean',
            default: false,
            help: 'restore into a scratch database, compare every table, drop it (changes nothing)',
        },
        'lock-wait': lockWait,
        'dry-run': dryRun,
        json: json,
    },
};
const rotate = {
    name: 'rotate',
    brief: 'a new database password or app secret, no downtime',
    args: 'db-password|app-secret',
    positionals: 1,
    required: ['env'],
    summary: `db-password: a new database password with no restart of a serving slot (the stored secret file follows);
app-secret: a new app.shared_secret, the idle slot starts with it and takes the traffic; prints what users notice`,
    options: { ...onHost, 'lock-wait': lockWait, 'dry-run': dryRun, json: json },
};
const provision = {
    name: 'provision',
    brief: "the instance's container as its container section says",
    required: ['env'],
    summary: `the instance's container as its container section says (pct create, packages, sshd, service user, deploy
key, PostgreSQL, Redis); only what differs; prints the host key to pin`,
    options: {
        ...onHost,
        provider: {
            type: 'string',
            value: 'proxmox|lab',
            default: 'proxmox',
            help: 'who creates containers: Proxmox (pct) or the local LXC lab',
        },
        'dry-run': dryRun,
        'write-host-key': {
            type: 'boolean',
            default: false,
            help: 'pin the host key it reads into the environment file',
        },
        json: json,
    },
};
const adopt = {
    name: 'adopt',
    brief: 'take over an instance installed by hand',
    required: ['env'],
    summary: `take over an instance installed by hand: read what runs, put slotflip's site in front of it (one reload),
record it; the next deploy moves it into slotflip's slots`,
    options: { ...onHost, 'lock-wait': lockWait, 'dry-run': dryRun, json: json },
};
const releaseHold = {
    name: 'release-hold',
    brief: 'allow a held release to be deployed again',
    required: ['env'],
    summary: 'allow a release that was flipped back (or rolled back from) to be deployed again (exit 20: none is held)',
    options: { ...onHost, json: json },
};

;// CONCATENATED MODULE: ./src/cli/verbs.ts




// Every verb of the CLI, its options and its help, in one table: the parser (cli/parse.ts), `slotflip --help`,
// `slotflip <verb> --help` and the test that every option is documented all read it, so they cannot disagree.
// The entries live in verbs-read.ts and verbs-change.ts; this order is the order `slotflip --help` lists them in.
const VERBS = [
    validate,
    pin,
    plan,
    deploy,
    verbs_read_status,
    rollback,
    backup,
    restore,
    doctor,
    rotate,
    provision,
    adopt,
    releaseHold,
    ...LAB_VERBS,
];
function verb(name) {
    const v = VERBS.find((x) => x.name === name);
    if (!v)
        throw new Error(`no verb ${name} in the table`);
    return v;
}


/***/ }),

/***/ 42784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21916);

/** "did you mean" for a mistyped key or value: the closest candidate, if it is close enough to be a typo. */
function didYouMean(input, candidates) {
    if (candidates.length === 0)
        return undefined;
    const normal = (s) => s.toLowerCase().replace(/[-_]/g, '');
    const exact = candidates.find((c) => normal(c) === normal(input));
    if (exact)
        return exact;
    const best = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(input.toLowerCase(), candidates);
    const limit = Math.max(2, Math.floor(best.length / 3));
    return (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(input.toLowerCase(), best) <= limit ? best : undefined;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   o8: () => (/* binding */ LabError),
/* harmony export */   u0: () => (/* binding */ SlotflipError)
/* harmony export */ });
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91084);

class SlotflipError extends Error {
    phase;
    remedy;
    exitCode;
    constructor(phase, message, remedy, exitCode) {
        super(message);
        this.phase = phase;
        this.remedy = remedy;
        this.exitCode = exitCode;
        this.name = new.target.name;
    }
    /** One line for the terminal: what happened, then what to do. */
    describe() {
        return `${this.phase}: ${this.message}${this.remedy ? `. ${this.remedy}` : ''}`;
    }
}
class ConnectionError extends SlotflipError {
    reason;
    constructor(message, remedy, reason) {
        super('connect', message, remedy, _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.connection);
        this.reason = reason;
    }
}
class LabError extends SlotflipError {
    constructor(message, remedy = '') {
        super('lab', message, remedy, _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.usage);
    }
}


/***/ }),

/***/ 91084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ExitCode)
/* harmony export */ });
// Exit codes are part of the interface: workflows and scripts branch on them. Documented in the README.
const ExitCode = {
    ok: 0,
    /** Bad usage or a bug in slotflip itself; the message says which. */
    usage: 1,
    invalidConfig: 2,
    connection: 3,
    preflight: 4,
    locked: 5,
    healthGateRolledBack: 10,
    rolledBackAfterFailure: 11,
    rollbackFailed: 12,
    /** A rollback was asked to restore the database if safe, and restoring would discard writes (they are listed). */
    restoreUnsafe: 13,
    /** A backup was refused before anything was touched: damaged, the wrong key, or from an untrusted run. */
    backupRefused: 14,
    /** `slotflip doctor` found at least one FAIL (the table says what and the remedy). */
    doctorFailed: 15,
    /** `slotflip provision` stopped at a step; every step converges, so running it again goes on from there. */
    provisionFailed: 16,
    /** `slotflip pin` changed nothing: the download failed, or its signature is missing, bad or by another key. */
    pinRefused: 17,
    /** The release was flipped back before and is held: refused until `slotflip release-hold` (nothing was touched). */
    releaseHeld: 18,
    nothingToDo: 20,
};


/***/ })

};
