export const id = 62;
export const ids = [62];
export const modules = {

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 23430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 46903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: ./src/validate/validate.ts + 19 modules
var validate = __webpack_require__(83316);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/validate/job-secrets.ts
var job_secrets = __webpack_require__(90389);
;// CONCATENATED MODULE: ./src/commands/validate.ts





const DEFAULT_PATHS = ['environments'];
async function runValidate(opts) {
    // A base that is not there would make every file "new": the risky-change check would flag everything and mean
    // nothing.
    if (opts.baseDir !== undefined && !(await (0,promises_.stat)(opts.baseDir).catch(() => undefined))?.isDirectory()) {
        throw new errors/* SlotflipError */.u0('validate', `the base checkout ${opts.baseDir} is not a folder`, 'Give --base (base-path) the folder where the base branch is checked out', exit_codes/* ExitCode */.y.usage);
    }
    const secrets = opts.requireSecrets ? { env: opts.env, dir: opts.secretsDir } : undefined;
    const outcome = await (0,validate/* validateEnvironments */.X)({
        paths: opts.paths.length ? opts.paths : DEFAULT_PATHS,
        baseDir: opts.baseDir,
        secrets,
        unusedSecretFields: (0,job_secrets/* unreadSecretFields */.Vf)(opts.job ?? 'deploy'),
    });
    return { ...outcome, exitCode: outcome.valid ? exit_codes/* ExitCode */.y.ok : exit_codes/* ExitCode */.y.invalidConfig };
}

// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(59023);
;// CONCATENATED MODULE: ./src/report/json.ts

/** The machine-readable form of a validation: stable keys, one object. */
function findingsJson(files, findings) {
    const counts = (0,finding/* countBySeverity */.Ot)(findings);
    return JSON.stringify({ valid: counts.error === 0, files, counts, findings }, null, 2);
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(14226);
;// CONCATENATED MODULE: ./src/cli/validate.ts






/** `slotflip validate PATH...`: findings as text (file:line:column) or JSON; the exit code says the worst. */
async function validateCommand(values, paths, io) {
    const job = (0,parse/* str */.gx)(values, 'job') ?? 'deploy';
    if (!(0,job_secrets/* isJob */.o5)(job))
        throw new usage_error/* UsageError */.e(`--job must be one of ${job_secrets/* JOBS */.PL.join(', ')}, not "${job}"`);
    if (values.job !== undefined && !(0,parse/* flag */.Jt)(values, 'require-secrets'))
        throw new usage_error/* UsageError */.e('--job says which secrets --require-secrets asks for: give both');
    const result = await runValidate({
        paths,
        baseDir: (0,parse/* str */.gx)(values, 'base'),
        requireSecrets: (0,parse/* flag */.Jt)(values, 'require-secrets'),
        job,
        secretsDir: (0,parse/* str */.gx)(values, 'secrets-dir') ?? io.env.SLOTFLIP_SECRETS_DIR,
        env: io.env,
    });
    if ((0,parse/* flag */.Jt)(values, 'json'))
        io.out(findingsJson(result.files, result.findings));
    else {
        for (const f of result.findings)
            io.out((0,report_text/* formatFinding */.t)(f));
        io.err((0,report_text/* formatSummary */.k)(result.findings, result.files.length));
    }
    return result.exitCode;
}


/***/ })

};
