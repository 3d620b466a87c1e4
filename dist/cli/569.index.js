export const id = 569;
export const ids = [569];
export const modules = {

/***/ 55562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   ox: () => (/* binding */ pointerToPath),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23195);


/** instances[0].target.port: how findings name a place in a document. */
function formatPath(path) {
    return path.reduce((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
/** Parses an ajv instancePath (JSON pointer) into segments; numeric segments of arrays become numbers. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
// Each map's pairs by key, built on first use: locating thousands of findings in one large map stays linear.
const pairsByKey = new WeakMap();
function pairOf(map, key) {
    let index = pairsByKey.get(map);
    if (!index) {
        index = new Map();
        for (const p of map.items)
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && !index.has(String(p.key.value)))
                index.set(String(p.key.value), p);
        pairsByKey.set(map, index);
    }
    return index.get(key);
}
function rangeOf(node) {
    const r = node?.range;
    return r ? [r[0], r[1]] : undefined;
}
/**
 * Where a path points in the YAML source. `at: 'key'` points at the key itself (unknown keys, risky changes);
 * otherwise a scalar points at its value and a map or list at the key that holds it, which is where an operator looks.
 * A path that does not exist (a missing key) points at the deepest part that does.
 */
function locate(parsed, path, at = 'value') {
    let node = parsed.source.doc.contents;
    let holder;
    let best = rangeOf(node) ?? [0, 0];
    for (const seg of path) {
        let next;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = pairOf(node, String(seg));
            if (!pair)
                break;
            holder = pair;
            next = pair.value;
            best = rangeOf(pair.key) ?? best;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
            next = node.items[seg];
            holder = undefined;
            if (!next)
                break;
            best = rangeOf(next) ?? best;
        }
        else {
            break;
        }
        node = next;
    }
    const wantKey = at === 'key' || !((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node === null);
    let range = best;
    if (!wantKey && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        range = rangeOf(node) ?? best;
    else if (holder && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(holder) && holder.key)
        range = rangeOf(holder.key) ?? best;
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .offsetsToPosition */ .h)(parsed.source.lines, range[0], range[1]);
}


/***/ }),

/***/ 23195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ offsetsToPosition),
  G: () => (/* binding */ parseEnvironmentYaml)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/config/yaml-walk.ts

// Walks of a parsed document the careful way needs: its duplicate keys, and where its first alias is.
/** Every key that repeats one before it in the same map, in one pass over each map (scalar keys by type and value). */
function duplicateKeys(doc) {
    const found = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_key, map) {
            if (!(0,dist/* isMap */.jh)(map))
                return;
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const id = `${typeof pair.key.value}:${String(pair.key.value)}`;
                if (seen.has(id))
                    found.push({
                        code: 'DUPLICATE_KEY',
                        message: 'Map keys must be unique',
                        pos: [pair.key.range?.[0] ?? 0, pair.key.range?.[1] ?? 0],
                    });
                seen.add(id);
            }
        },
    });
    return found;
}
function firstAliasOffset(doc) {
    let offset = 0;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            if ((0,dist/* isAlias */.Vj)(node) && node.range) {
                offset = node.range[0];
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return offset;
}

// EXTERNAL MODULE: ./src/config/yaml-fast.ts
var yaml_fast = __webpack_require__(58398);
;// CONCATENATED MODULE: ./src/config/parse.ts



// YAML 1.2 core schema: `yes`/`no`/`on` stay strings and leading zeros stay numbers-as-written, so nothing changes
// meaning silently.
// Duplicate keys are found by duplicateKeys() (yaml-walk.ts) in one pass: the library's own check compares every key
// of a map with every other (a 1 MiB file of 75 000 keys took minutes).
const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true, version: '1.2' };
// Aliases are legitimate for sharing blocks, but a handful per file is plenty; more is a resource-exhaustion attack.
const MAX_ALIAS_COUNT = 50;
/**
 * The document is parsed with positions on first use only. A valid file is read as data by the faster parser and
 * never needs them; a finding's line, or an edit, asks for them.
 */
function lazySource(text) {
    let parsed;
    const get = () => {
        if (!parsed) {
            const lines = new dist/* LineCounter */.HN();
            parsed = { doc: (0,dist/* parseDocument */.Tp)(text, { ...PARSE_OPTIONS, lineCounter: lines }), lines };
        }
        return parsed;
    };
    return {
        get doc() {
            return get().doc;
        },
        get lines() {
            return get().lines;
        },
    };
}
function offsetsToPosition(lines, start, end) {
    const a = lines.linePos(start);
    const b = lines.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
function yamlMessage(code, message) {
    // The yaml library appends " at line X, column Y:" and a source excerpt; we report the position ourselves.
    const text = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
    if (code === 'DUPLICATE_KEY') {
        return {
            rule: 'duplicate-key',
            text: 'duplicate key: YAML keeps only one of the two values, silently; remove or rename one of them',
        };
    }
    if (code === 'MULTIPLE_DOCS')
        return { rule: 'yaml', text: 'holds several YAML documents (---); an environment file holds exactly one' };
    if (/Maximum call stack/.test(message))
        return { rule: 'too-deep', text: 'nesting is too deep to be an environment file' };
    return { rule: 'yaml', text: `not valid YAML: ${text}` };
}
// Environment files nest a handful of levels; hundreds is an attack on the parser's stack, refused before parsing.
const MAX_FLOW_DEPTH = 64;
function flowDepthExceeded(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5b || c === 0x7b) {
            depth += 1;
            if (depth > MAX_FLOW_DEPTH)
                return i;
        }
        else if ((c === 0x5d || c === 0x7d) && depth > 0)
            depth -= 1;
    }
    return undefined;
}
function parseEnvironmentYaml(file, text) {
    const tooDeep = flowDepthExceeded(text);
    if (tooDeep !== undefined) {
        const lines = new dist/* LineCounter */.HN();
        lines.addNewLine(0);
        for (let i = text.indexOf('\n'); i !== -1 && i < tooDeep; i = text.indexOf('\n', i + 1))
            lines.addNewLine(i + 1);
        return {
            ok: false,
            findings: [
                {
                    file,
                    ...offsetsToPosition(lines, tooDeep, tooDeep),
                    severity: 'error',
                    path: '',
                    rule: 'too-deep',
                    message: `nesting is deeper than ${MAX_FLOW_DEPTH} levels: not an environment file`,
                },
            ],
        };
    }
    const source = lazySource(text);
    const fast = (0,yaml_fast/* plainMapping */.z)(text);
    if (fast)
        return { ok: true, parsed: { file, data: fast, source }, findings: [] };
    // The careful way: the same document with positions, parsed now.
    let doc;
    try {
        doc = source.doc;
    }
    catch (err) {
        return {
            ok: false,
            findings: [
                {
                    file,
                    line: 1,
                    column: 1,
                    endLine: 1,
                    endColumn: 1,
                    severity: 'error',
                    path: '',
                    rule: 'yaml',
                    message: `not valid YAML: ${String(err)}`,
                },
            ],
        };
    }
    const { lines } = source;
    const toFinding = (severity) => (e) => {
        const { rule, text: message } = yamlMessage(e.code, e.message);
        return { file, ...offsetsToPosition(lines, e.pos[0], e.pos[1]), severity, path: '', rule, message };
    };
    // Duplicate keys are independent mistakes: report each. A syntax error makes the parser stumble on for a while:
    // only its first error is the operator's; the rest (one per level for a stack overflow) are echoes.
    const errors = [...doc.errors, ...duplicateKeys(doc)].map(toFinding('error'));
    const firstSyntax = errors.find((f) => f.rule !== 'duplicate-key');
    const findings = [
        ...errors.filter((f) => f.rule === 'duplicate-key' || f === firstSyntax),
        ...doc.warnings.map(toFinding('warning')),
    ];
    if (errors.length > 0)
        return { ok: false, findings };
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        const pos = firstAliasOffset(doc);
        const message = err instanceof ReferenceError && /alias/i.test(err.message)
            ? `too many alias expansions (limit ${MAX_ALIAS_COUNT}): this looks like an alias bomb`
            : /call stack/i.test(String(err))
                ? 'nesting is too deep to be an environment file'
                : `cannot be read as data: ${err instanceof Error ? err.message : String(err)}`;
        const rule = /alias/.test(message) ? 'alias-bomb' : 'yaml';
        findings.push({ file, ...offsetsToPosition(lines, pos, pos), severity: 'error', path: '', rule, message });
        return { ok: false, findings };
    }
    return { ok: true, parsed: { file, data, source }, findings };
}


/***/ }),

/***/ 62000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S0: () => (/* binding */ readEnvironmentFile),
/* harmony export */   cw: () => (/* binding */ discoverEnvironmentFiles)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, ENVIRONMENT_FILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59023);



// Environment files are small; anything larger is a mistake (or an attack) and is refused before parsing.
const MAX_FILE_BYTES = 1024 * 1024;
function fileError(file, rule, message) {
    return { ok: false, finding: { file, ..._report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_START */ .WS, severity: 'error', path: '', rule, message } };
}
function describeErrno(err) {
    const code = err.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied: make it readable by the user running slotflip';
    if (code === 'EISDIR')
        return 'is a directory';
    if (code === 'ELOOP')
        return 'too many levels of symbolic links';
    return code ? `cannot be read (${code})` : `cannot be read (${String(err)})`;
}
/**
 * Reads one environment file as UTF-8 text, refusing what cannot be one: not a regular file, too large, binary, invalid
 * UTF-8, empty.
 */
async function readEnvironmentFile(file) {
    let handle;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        // A FIFO or device would block or never end: refuse before opening.
        if (!info.isFile())
            return fileError(file, 'unreadable', info.isDirectory() ? 'is a directory, not an environment file' : 'is not a regular file');
        if (info.size > MAX_FILE_BYTES) {
            return fileError(file, 'too-large', `is ${(info.size / 1024 / 1024).toFixed(1)} MiB; environment files are limited to 1 MiB`);
        }
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
        // Read one byte more than stat promised, to notice a file that grew past the limit after stat.
        const buf = Buffer.allocUnsafe(Math.min(info.size, MAX_FILE_BYTES) + 1);
        const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
        if (bytesRead > info.size)
            return fileError(file, 'unreadable', 'changed while being read; run again');
        const bytes = buf.subarray(0, bytesRead);
        if (bytes.includes(0))
            return fileError(file, 'binary', 'is a binary file (it contains NUL bytes), not YAML');
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            const at = firstInvalidUtf8(bytes);
            return fileError(file, 'encoding', `is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`);
        }
        if (text.replace(/^\uFEFF/, '').trim() === '')
            return fileError(file, 'empty', 'is empty: an environment file needs version, environment and instances');
        return { ok: true, text };
    }
    catch (err) {
        return fileError(file, 'unreadable', describeErrno(err));
    }
    finally {
        await handle?.close();
    }
}
function firstInvalidUtf8(bytes) {
    let lo = 0;
    let hi = bytes.length;
    // Binary search for the shortest prefix that fails to decode (a truncated sequence at the cut is tolerated by stream
    // mode).
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
            lo = mid + 1;
        }
        catch {
            hi = mid;
        }
    }
    // `lo` is the byte that made decoding fail; if it broke a sequence that started earlier, report that sequence's
    // start.
    for (let j = lo - 1; j >= Math.max(0, lo - 3); j--) {
        const b = bytes[j] ?? 0;
        if (b < 0x80)
            break;
        if (b >= 0xc0)
            return j;
    }
    return lo;
}
const ENVIRONMENT_FILE = /\.ya?ml$/;
/** Expands files and folders (a folder's *.yaml and *.yml, sorted, not recursive) into the files to validate. */
async function discoverEnvironmentFiles(paths) {
    const files = [];
    const findings = [];
    for (const path of paths) {
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        }
        catch (err) {
            findings.push(fileError(path, 'unreadable', describeErrno(err)).finding);
            continue;
        }
        if (!info.isDirectory()) {
            files.push(path);
            continue;
        }
        let names;
        try {
            names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path)).filter((n) => ENVIRONMENT_FILE.test(n)).sort();
        }
        catch (err) {
            findings.push(fileError(path, 'unreadable', describeErrno(err)).finding);
            continue;
        }
        if (names.length === 0) {
            findings.push(fileError(path, 'no-files', 'holds no environment files (*.yaml or *.yml): nothing to validate').finding);
        }
        files.push(...names.map((n) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, n)));
    }
    return { files: [...new Set(files)], findings };
}


/***/ }),

/***/ 58398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ plainMapping)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);

/**
 * The fast path: js-yaml reads a plain YAML mapping as data three to five times faster than the yaml library, whose
 * document with positions the findings need. js-yaml 4 is used over 5: it reads a file two and a half times faster
 * (200 environment files: 87 ms against 218 ms).
 * Both read YAML 1.2's core schema below and agree on every scalar (a test holds them to it). Anything else goes the
 * careful way, whose messages say what is wrong:
 * - an error of any kind (a syntax error, a duplicate key, which js-yaml refuses, an unknown tag);
 * - any anchor: the careful way counts alias expansions, and without an anchor no alias can resolve;
 * - a collection as a key, which js-yaml would turn into a string of its own making;
 * - a document that is not a mapping;
 * - any directive: under `%YAML 1.1` the yaml library reads `yes` as true and `010` as 8.
 */
function plainMapping(text) {
    if (/^%/m.test(text))
        return undefined;
    const collections = [];
    let anchors = false;
    let data;
    try {
        data = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, {
            schema: CORE_1_2,
            // Called after each node with the loader's state: its anchor map holds every anchor seen so far.
            listener(event, state) {
                if (event !== 'close')
                    return;
                const { result, anchorMap } = state;
                if (typeof result === 'object' && result !== null)
                    collections.push(result);
                if (!anchors)
                    for (const _ in anchorMap)
                        anchors = true;
            },
        });
    }
    catch {
        return undefined;
    }
    if (anchors || typeof data !== 'object' || data === null || Array.isArray(data))
        return undefined;
    return collections.every(within(data)) ? data : undefined;
}
/** Whether a collection the loader made is in the data: one that is not was a key. */
function within(root) {
    const seen = new Set();
    const walk = (v) => {
        if (typeof v !== 'object' || v === null || seen.has(v))
            return;
        seen.add(v);
        for (const x of Object.values(v))
            walk(x);
    };
    walk(root);
    return (c) => seen.has(c);
}
// YAML 1.2's core schema, as the yaml library reads it (js-yaml 4's own int and float are YAML 1.1's: 1_000, 0b101).
const scalar = (tag, test, construct) => new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (s) => typeof s === 'string' && test.test(s),
    construct,
});
const CORE_1_2 = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .FAILSAFE_SCHEMA */ .uH.extend({
    implicit: [
        scalar('null', /^(?:~|null|Null|NULL|)$/, () => null),
        scalar('bool', /^(?:true|True|TRUE|false|False|FALSE)$/, (s) => /^t/i.test(s)),
        scalar('int', /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (s) => s.startsWith('0o') ? parseInt(s.slice(2), 8) : Number(s)),
        scalar('float', /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/, (s) => (/inf/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(s) ? NaN : Number(s))),
    ],
});


/***/ }),

/***/ 92619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ loadPresets)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/yaml-fast.ts
var yaml_fast = __webpack_require__(58398);
;// CONCATENATED MODULE: ./src/presets/parse-preset.ts


// A preset file's text to a Preset, every field checked with a message that names the file. Pure: the caller reads it.
class PresetError extends Error {
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const TYPES = ['boolean', 'integer', 'string', 'list', 'map'];
function strings(v, what) {
    if (v === undefined)
        return {};
    if (!isRecord(v) || Object.values(v).some((x) => typeof x !== 'string'))
        throw new PresetError(`${what} must map keys to strings`);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.toLowerCase(), x]));
}
/** Keys are listed by section ({service: {publicurl: string}}) and flattened to dotted, lower-case names. */
function flattenKeys(v, prefix = '') {
    if (!isRecord(v))
        throw new PresetError(`config.keys${prefix ? ` at ${prefix}` : ''} must be a map of sections`);
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        const key = `${prefix}${k.toLowerCase()}`;
        if (typeof x === 'string') {
            if (!TYPES.includes(x))
                throw new PresetError(`config.keys.${key}: "${x}" is not a type (${TYPES.join(', ')})`);
            out[key] = x;
        }
        else
            Object.assign(out, flattenKeys(x, `${key}.`));
    }
    return out;
}
function smokeNeeds(v) {
    if (v === undefined)
        return {};
    if (!isRecord(v))
        throw new PresetError('smoke_needs must map keys to { value, default, why }');
    return Object.fromEntries(Object.entries(v).map(([k, n]) => {
        if (!isRecord(n) || !('value' in n) || typeof n.why !== 'string')
            throw new PresetError(`smoke_needs.${k} needs value and why`);
        return [k.toLowerCase(), { value: n.value, default: n.default, why: n.why }];
    }));
}
function releaseOf(r) {
    const sig = r.signature;
    if (sig !== undefined && (!isRecord(sig) || typeof sig.key !== 'string' || typeof sig.source !== 'string'))
        throw new PresetError('release.signature needs key and source');
    if (isRecord(sig) && !/^[0-9A-Fa-f]{16}([0-9A-Fa-f]{24})?$/.test(sig.key))
        throw new PresetError('release.signature.key must be a 16-digit key id or a 40-digit fingerprint');
    return {
        ...(typeof r.url === 'string' ? { url: r.url } : {}),
        ...(isRecord(sig)
            ? {
                signature: {
                    suffix: typeof sig.suffix === 'string' ? sig.suffix : '.sig',
                    key: sig.key.toUpperCase(),
                    source: sig.source,
                    ...(typeof sig.key_file === 'string' ? { key_file: sig.key_file } : {}),
                },
            }
            : {}),
    };
}
function parsePreset(text, file) {
    // A shipped preset is plain YAML and takes the fast path (the yaml library took 55 ms of a 290 ms validate); the
    // careful parse runs only for what it refuses, and says what is wrong.
    let doc = (0,yaml_fast/* plainMapping */.z)(text);
    try {
        doc ??= (0,dist/* parse */.qg)(text, { version: '1.2', uniqueKeys: true });
    }
    catch (err) {
        throw new PresetError(`${file}: not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
    try {
        if (!isRecord(doc) || typeof doc.app !== 'string' || typeof doc.version !== 'string')
            throw new PresetError('needs app and version');
        const config = isRecord(doc.config) ? doc.config : {};
        const files = Array.isArray(doc.files) ? doc.files : [];
        const secret = isRecord(doc.secret) && typeof doc.secret.key === 'string'
            ? {
                key: doc.secret.key.toLowerCase(),
                required: doc.secret.required === true,
                ...(typeof doc.secret.on_change === 'string' ? { on_change: doc.secret.on_change } : {}),
            }
            : undefined;
        const pg = isRecord(doc.postgres) && typeof doc.postgres.min === 'number'
            ? { min: doc.postgres.min, ...(typeof doc.postgres.max === 'number' ? { max: doc.postgres.max } : {}) }
            : undefined;
        const opt = (k) => (typeof config[k] === 'string' ? config[k].toLowerCase() : undefined);
        return {
            app: doc.app,
            version: doc.version,
            older: isRecord(doc.older) ? strings(doc.older, 'older') : {},
            ...(isRecord(doc.release) ? { release: releaseOf(doc.release) } : {}),
            files: files.map((f, i) => {
                if (!isRecord(f) || typeof f.template !== 'string' || typeof f.dest !== 'string')
                    throw new PresetError(`files[${i}] needs template and dest`);
                if (f.dest.startsWith('/') || f.dest.split('/').includes('..'))
                    throw new PresetError(`files[${i}].dest must stay inside the instance's shared directory`);
                return {
                    template: f.template,
                    dest: f.dest,
                    mode: typeof f.mode === 'string' ? f.mode : '0644',
                    merge_config: f.merge_config === true,
                };
            }),
            config: {
                keys: config.keys === undefined ? {} : flattenKeys(config.keys),
                owned: strings(config.owned, 'config.owned'),
                obsolete: strings(config.obsolete, 'config.obsolete'),
                absolute_paths: Array.isArray(config.absolute_paths)
                    ? config.absolute_paths.map((p) => String(p).toLowerCase())
                    : [],
                needs_redis: strings(config.needs_redis, 'config.needs_redis'),
                public_url: opt('public_url'),
                cors_origins: opt('cors_origins'),
                env_prefix: typeof config.env_prefix === 'string' ? config.env_prefix : undefined,
                data_dir: opt('data_dir'),
                max_upload: isRecord(config.max_upload) && typeof config.max_upload.key === 'string'
                    ? { key: config.max_upload.key.toLowerCase(), default: String(config.max_upload.default ?? '') }
                    : undefined,
            },
            secret,
            postgres: pg,
            build_memory: typeof doc.build_memory === 'number' ? doc.build_memory : 0,
            smoke_needs: smokeNeeds(doc.smoke_needs),
            ...(isRecord(doc.smoke) && Array.isArray(doc.smoke.steps) && doc.smoke.steps.length
                ? { smoke: doc.smoke }
                : {}),
            ...(isRecord(doc.defaults) ? { defaults: doc.defaults } : {}),
        };
    }
    catch (err) {
        throw err instanceof PresetError && !err.message.startsWith(file)
            ? new PresetError(`${file}: ${err.message}`)
            : err;
    }
}

;// CONCATENATED MODULE: ./src/presets/load.ts



/** templates/<app>/preset.yaml for each app named; an app without one is a plain app (its templates only). */
async function loadPresets(templatesDir, apps) {
    const out = { presets: new Map(), broken: new Map() };
    for (const app of new Set(apps)) {
        if (!/^[a-z][a-z0-9-]*$/.test(app))
            continue;
        const file = (0,external_node_path_.join)(templatesDir, app, 'preset.yaml');
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch {
            continue;
        }
        try {
            const preset = parsePreset(text, `templates/${app}/preset.yaml`);
            if (preset.app !== app)
                throw new PresetError(`templates/${app}/preset.yaml is the preset of "${preset.app}"`);
            out.presets.set(app, preset);
        }
        catch (err) {
            out.broken.set(app, err instanceof Error ? err.message : String(err));
        }
    }
    return out;
}


/***/ }),

/***/ 59023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ byLocation),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   WS: () => (/* binding */ FILE_START)
/* harmony export */ });
const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
// By code point, not localeCompare: the same order under every locale, and no collator to load (its first use cost a
// cold start about 10 ms).
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function byLocation(a, b) {
    return compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.message, b.message);
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}


/***/ }),

/***/ 24078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _9: () => (/* binding */ hostKey),
/* harmony export */   _M: () => (/* binding */ where),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   jE: () => (/* binding */ presetOf),
/* harmony export */   mJ: () => (/* binding */ isLocalHost),
/* harmony export */   sG: () => (/* binding */ instancesOf),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   vy: () => (/* binding */ hostLabel)
/* harmony export */ });
/* unused harmony export NO_PRESETS */
/* harmony import */ var _config_locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55562);

const NO_PRESETS = { presets: new Map(), brokenPresets: new Map() };
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function at(parsed, path, severity, rule, message, where = 'value') {
    return { file: parsed.file, ...(0,_config_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(parsed, path, where), severity, path: (0,_config_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path), rule, message };
}
/** The instances of every file, as far as they are shaped like instances. */
function instancesOf(files) {
    const out = [];
    for (const parsed of files) {
        const list = isRecord(parsed.data) ? parsed.data.instances : undefined;
        if (!Array.isArray(list))
            continue;
        list.forEach((inst, index) => {
            if (isRecord(inst))
                out.push({
                    parsed,
                    index,
                    path: ['instances', index],
                    inst,
                    id: typeof inst.id === 'string' ? inst.id : `#${index}`,
                });
        });
    }
    return out;
}
function where(ref) {
    return `${ref.parsed.file}:${(0,_config_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(ref.parsed, ref.path).line}`;
}
/** Two instances share a machine when their targets name the same host (or the same Proxmox container). */
function hostKey(inst) {
    const t = isRecord(inst.target) ? inst.target : undefined;
    if (!t)
        return undefined;
    if (t.transport === 'pct' && typeof t.vmid === 'number')
        return `pct:${String(t.node ?? t.host ?? 'local')}:${t.vmid}`;
    if (t.transport === 'local')
        return 'local';
    return typeof t.host === 'string' ? t.host.toLowerCase() : undefined;
}
function hostLabel(key) {
    if (key.startsWith('pct:')) {
        const [, node, vmid] = key.split(':');
        return `container ${vmid} on ${node}`;
    }
    return key === 'local' ? 'the local machine' : `host ${key}`;
}
/**
 * A service on the instance's own machine (PostgreSQL or Redis at a loopback name): one address list for every rule.
 */
const isLocalHost = (host) => typeof host === 'string' && ['127.0.0.1', 'localhost', '::1'].includes(host);
/** The preset of an instance's app, if it has one. */
function presetOf(ref, ctx) {
    const app = isRecord(ref.inst.app) ? ref.inst.app.name : undefined;
    return typeof app === 'string' ? ctx.presets.get(app) : undefined;
}


/***/ })

};
