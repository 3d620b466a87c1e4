export const id = 404;
export const ids = [404];
export const modules = {

/***/ 6345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   uv: () => (/* binding */ archiveName),
/* harmony export */   vS: () => (/* binding */ manifestName)
/* harmony export */ });
// The plain manifest written beside every encrypted archive (host/backup.ts): enough to pick a backup and check its
// bytes without the key. It is not trusted on its own: the archive's sha256 is checked against it, then the age
// decryption authenticates every chunk, then the manifest inside the archive must name the same id.
const archiveName = (id) => `${id}.tar.age`;
const manifestName = (id) => `${id}.manifest.json`;
/**
 * Parses a manifest; undefined when it is not one (a stray file in a store is skipped, not fatal). The manifest sealed
 * inside an archive (`sealed`) was written before the archive existed, so it has no `encrypted` part.
 */
function parseManifest(text, sealed = false) {
    try {
        const m = JSON.parse(text);
        if (m.format !== 1 ||
            typeof m.id !== 'string' ||
            !/^[A-Za-z0-9_.-]+$/.test(m.id) ||
            typeof m.instance !== 'string' ||
            typeof m.created !== 'string')
            return undefined;
        if (sealed)
            return m;
        if (!m.encrypted || !/^[0-9a-f]{64}$/.test(String(m.encrypted.sha256)))
            return undefined;
        return m;
    }
    catch {
        return undefined;
    }
}
/** Newest first (by creation time, then id so the order is stable). */
function newestFirst(a, b) {
    return b.created.localeCompare(a.created) || b.id.localeCompare(a.id);
}


/***/ }),

/***/ 97840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ parseLockWait),
/* harmony export */   Y: () => (/* binding */ seconds)
/* harmony export */ });
/** Seconds in a schema duration ("500ms", "30s", "5m", "1h"); `fallback` when absent or malformed. */
function seconds(duration, fallback) {
    if (!duration)
        return fallback;
    const m = /^([0-9]+)(ms|s|m|h)$/.exec(duration);
    if (!m)
        return fallback;
    const n = Number(m[1]);
    return { ms: n / 1000, s: n, m: n * 60, h: n * 3600 }[m[2]];
}
const UNITS = {
    ms: 1,
    s: 1000,
    sec: 1000,
    secs: 1000,
    m: 60_000,
    min: 60_000,
    mins: 60_000,
    h: 3_600_000,
};
function parseLockWait(text) {
    const m = /^\s*([0-9]+)\s*([a-z]*)\s*$/.exec(text);
    const unit = m?.[2] ?? '';
    // A bare 0 means "do not wait"; any other bare number is ambiguous (seconds? minutes?).
    if (m && unit === '' && Number(m[1]) === 0)
        return { ok: true, ms: 0 };
    if (!m || !(unit in UNITS))
        return {
            ok: false,
            message: `lock-wait "${text}" is not a duration: write a number and a unit, e.g. 0, 30s, 10m, 10min or 1h`,
        };
    return { ok: true, ms: Number(m[1]) * UNITS[unit] };
}


/***/ }),

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

/***/ 27005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ publicUrl)
/* harmony export */ });
/** The public URL of the site, as the app should print it in links (Vikunja's service.publicurl). */
function publicUrl(instance) {
    const n = instance.nginx;
    if (!n)
        return '';
    const tls = n.tls?.enabled === true;
    const port = tls ? (n.https_port ?? 443) : (n.http_port ?? 80);
    const host = n.server_names[0].replace(/^\*\./, 'www.');
    return `${tls ? 'https' : 'http'}://${host}${port === (tls ? 443 : 80) ? '' : `:${port}`}/`;
}


/***/ }),

/***/ 31328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ resolved),
/* harmony export */   eN: () => (/* binding */ checkTimeout)
/* harmony export */ });
/* unused harmony export schemaDefault */
/* harmony import */ var _schema_environment_schema_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69732);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97840);


const definitions = _schema_environment_schema_json__WEBPACK_IMPORTED_MODULE_0__.definitions;
/**
 * A setting's default as the schema documents it (`definition`, then property names down to the setting): the code
 * never restates a default, so it cannot drift from the documented one.
 */
function schemaDefault(definition, ...path) {
    let node = definitions[definition];
    for (const key of path)
        node = node?.properties?.[key];
    if (node?.default === undefined)
        throw new Error(`the schema gives ${[definition, ...path].join('.')} no default`);
    return node.default;
}
const numberDefault = (definition, ...path) => Number(schemaDefault(definition, ...path));
const secondsDefault = (definition, ...path) => (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .Y)(String(schemaDefault(definition, ...path)), Number.NaN);
function resolved(inst) {
    const w = inst.windows;
    const duration = (value, definition, key) => (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .Y)(value, secondsDefault(definition, key));
    return {
        healthTimeout: duration(inst.health.timeout, 'health', 'timeout'),
        healthInterval: duration(inst.health.interval, 'health', 'interval'),
        healthConsecutive: inst.health.consecutive ?? numberDefault('health', 'consecutive'),
        migrationTimeout: duration(inst.migrations?.timeout, 'migrations', 'timeout'),
        observe: duration(w?.observe, 'windows', 'observe'),
        keepWarm: duration(w?.keep_warm, 'windows', 'keep_warm'),
        drain: duration(w?.drain, 'windows', 'drain'),
        maxP95Latency: duration(w?.max_p95_latency, 'windows', 'max_p95_latency'),
        maxErrorRate: w?.max_error_rate ?? numberDefault('windows', 'max_error_rate'),
        receiptRate: w?.receipt_rate ?? numberDefault('windows', 'receipt_rate'),
        backupsKeep: inst.backups?.keep ?? numberDefault('backups', 'keep'),
        assetsKeep: inst.nginx?.assets?.keep ?? numberDefault('nginx', 'assets', 'keep'),
    };
}
/** One health check's own timeout in seconds. */
const checkTimeout = (check) => (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .Y)(check.timeout, secondsDefault('check', 'timeout'));


/***/ }),

/***/ 8577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ walkWithSchema),
/* harmony export */   j: () => (/* binding */ valuesOfDefinition)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56897);

function deref(schema) {
    const refs = [];
    let s = schema;
    while (s?.$ref) {
        refs.push(s.$ref.replace('#/definitions/', ''));
        s = _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentSchema */ .VW.definitions[s.$ref.replace('#/definitions/', '')];
    }
    return { schema: s, refs };
}
/**
 * Walks a document together with the schema and calls `visit` for every value the schema describes.
 * This is how the code finds command fields and secret references: from the schema, never from a second list.
 */
function walkWithSchema(data, visit) {
    const go = (value, schema, path) => {
        const { schema: s, refs } = deref(schema);
        if (!s)
            return;
        visit({ path, value, refs });
        if (Array.isArray(value) && s.items)
            value.forEach((item, i) => go(item, s.items, [...path, i]));
        else if (value && typeof value === 'object' && !Array.isArray(value)) {
            for (const [k, v] of Object.entries(value)) {
                const child = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
                go(v, child, [...path, k]);
            }
        }
    };
    go(data, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentSchema */ .VW, []);
}
/** Every value whose schema is the named definition, with its path. */
function valuesOfDefinition(data, definition) {
    const found = [];
    walkWithSchema(data, (v) => {
        if (v.refs.includes(definition))
            found.push(v);
    });
    return found;
}


/***/ }),

/***/ 56897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ND: () => (/* binding */ describingValidator),
  VW: () => (/* binding */ environmentSchema),
  AP: () => (/* binding */ environmentValidator)
});

// EXTERNAL MODULE: ./schema/environment.schema.json
var environment_schema = __webpack_require__(69732);
;// CONCATENATED MODULE: ./schema/environment.validator.json
const environment_validator_namespaceObject = /*#__PURE__*/JSON.parse('{"fF":{"allErrors":true,"strict":true,"strictRequired":false,"verbose":true,"allowUnionTypes":true},"RE":[{"keyword":"patternErrorMessage","schemaType":"string"}]}');
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(24951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/config/environment.validate.generated.js
// Generated from schema/environment.schema.json by `npm run gen:validator`. Do not edit.

const helper0 = equal["default"] ?? equal;

const helper1 = ucs2length["default"] ?? ucs2length;
const validate = (/* unused pure expression or super */ null && (validate21));/* harmony default export */ const environment_validate_generated = (validate21);const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://slotflip.dev/schema/environment.schema.json","title":"Environment","description":"One slotflip environment (for example production or staging): the instances it runs and where. Secrets are named here, never written here.","type":"object","additionalProperties":false,"required":["version","environment","instances"],"properties":{"version":{"description":"Format version of this file.","const":1},"environment":{"$ref":"#/definitions/identifier","description":"Name of the environment; the file is usually environments/<environment>.yaml."},"promote_from":{"$ref":"#/definitions/identifier","description":"Deploy only releases this other environment pins (same version and sha256): production gets the exact archive staging ran. The deploy workflow deploys it after the others."},"instances":{"type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/definitions/instance"}}},"definitions":{"identifier":{"title":"Identifier","type":"string","pattern":"^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$","patternErrorMessage":"must be a lowercase identifier: a-z, 0-9 and '-', starting with a letter, at most 40 characters"},"secretName":{"title":"SecretName","description":"The NAME of a secret, never its value. slotflip reads it from the environment variable SLOTFLIP_SECRET_<NAME>, from the file named by SLOTFLIP_SECRET_<NAME>_FILE, or from <secrets-dir>/<NAME>.","type":"string","pattern":"^[A-Z][A-Z0-9_]{0,63}$","patternErrorMessage":"must be the NAME of a secret (A-Z, 0-9, '_', starting with a letter), never the secret's value"},"command":{"title":"Command","description":"A shell command run by bash on the target, by design. Changes to command fields are flagged in pull requests because they run code on the host after merge.","type":"string","minLength":1,"maxLength":4096},"commandList":{"type":"array","maxItems":50,"items":{"$ref":"#/definitions/command"}},"hostname":{"title":"Hostname","description":"A DNS name, an IPv4 address or an IPv6 address.","type":"string","maxLength":253,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$","patternErrorMessage":"must be a hostname or an IP address (letters, digits, '-' and '.'; no port, scheme or path)"},"serverName":{"title":"ServerName","type":"string","maxLength":253,"pattern":"^(?:\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","patternErrorMessage":"must be a DNS name such as tasks.example.com, optionally starting with '*.'"},"absolutePath":{"title":"AbsolutePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\.\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be an absolute path made of letters, digits and . _ @ + - (no spaces, quotes, '..' or trailing '/')"},"relativePath":{"title":"RelativePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be a relative path inside the repository, made of letters, digits and . _ @ + - (no '..', no leading '/')"},"urlPath":{"title":"UrlPath","type":"string","maxLength":256,"pattern":"^/[A-Za-z0-9._~/-]*$","patternErrorMessage":"must be a URL path starting with '/' (letters, digits and . _ ~ / -; no spaces, quotes, braces or ';')"},"httpsUrl":{"title":"HttpsUrl","type":"string","maxLength":2048,"pattern":"^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$","patternErrorMessage":"must be an https:// URL with no query string, spaces or quotes"},"port":{"title":"Port","type":"integer","minimum":1,"maximum":65535},"duration":{"title":"Duration","type":"string","pattern":"^[0-9]{1,6}(?:ms|s|m|h)$","patternErrorMessage":"must be a duration such as 500ms, 30s, 5m or 1h"},"version":{"title":"ReleaseVersion","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$","patternErrorMessage":"must be a release version such as 1.0.0 or v2.1.0-rc.1 (letters, digits, . _ + -)"},"sha256":{"title":"Sha256","type":"string","pattern":"^[a-f0-9]{64}$","patternErrorMessage":"must be a sha256 digest: 64 lowercase hex characters"},"hostKeyFingerprint":{"title":"HostKeyFingerprint","type":"string","pattern":"^SHA256:[A-Za-z0-9+/]{43}$","patternErrorMessage":"must be an SSH host key fingerprint as printed by `ssh-keygen -lf`, e.g. SHA256: followed by 43 base64 characters"},"ageRecipient":{"title":"AgeRecipient","type":"string","pattern":"^age1[02-9ac-hj-np-z]{58}$","patternErrorMessage":"must be an age public key (age1 followed by 58 characters); never the private key"},"fileMode":{"title":"FileMode","type":"string","pattern":"^0[0-7]{3}$","patternErrorMessage":"must be an octal file mode written as a string, such as \"0644\""},"instance":{"title":"Instance","type":"object","additionalProperties":false,"required":["id","target","app","health"],"if":{"not":{"required":["container"]}},"then":{"properties":{"target":{"title":"Target","type":"object","if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host_keys"]}}}},"properties":{"id":{"$ref":"#/definitions/identifier","description":"Unique across every environment: names the host directories, units and sockets."},"target":{"$ref":"#/definitions/target"},"container":{"$ref":"#/definitions/container"},"app":{"$ref":"#/definitions/app"},"templates":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/template"}},"database":{"$ref":"#/definitions/database"},"redis":{"$ref":"#/definitions/redis"},"nginx":{"$ref":"#/definitions/nginx"},"health":{"$ref":"#/definitions/health"},"smoke":{"oneOf":[{"$ref":"#/definitions/smoke"},{"const":false}],"description":"A scripted HTTP flow run against the new slot after its health gate and before any traffic moves to it; false turns off the flow the app's preset brings."},"migrations":{"$ref":"#/definitions/migrations"},"backups":{"$ref":"#/definitions/backups"},"windows":{"$ref":"#/definitions/windows"},"hooks":{"$ref":"#/definitions/hooks"}}},"container":{"title":"Container","description":"The LXC container `slotflip provision` creates on the Proxmox host with `pct create` (target.vmid is its id); the target reaches it once it runs.","type":"object","additionalProperties":false,"required":["vmid","template","memory","disk","address"],"properties":{"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"The container's Proxmox id (the same as target.vmid when the target is pct)."},"template":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\.tar\\.(gz|xz|zst)$","patternErrorMessage":"must be a container template volume such as local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst","description":"The OS template (`pveam list local`)."},"hostname":{"$ref":"#/definitions/hostname","description":"Default: the instance id."},"unprivileged":{"type":"boolean","default":true,"description":"An unprivileged container (root inside is not root on the host)."},"nesting":{"type":"boolean","default":true,"description":"The nesting feature: systemd's sandboxing in the container needs it."},"cores":{"type":"integer","minimum":1,"maximum":8192,"default":2},"memory":{"type":"integer","minimum":256,"maximum":1048576,"description":"RAM in MiB: both slots, the build and the services must fit."},"swap":{"type":"integer","minimum":0,"maximum":1048576,"default":512,"description":"Swap in MiB."},"disk":{"type":"integer","minimum":2,"maximum":65536,"description":"Root disk in GiB."},"storage":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,63}$","patternErrorMessage":"must be a Proxmox storage id (a letter, then letters, digits, _ . or -; at most 64 characters)","default":"local-lvm"},"bridge":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,14}$","patternErrorMessage":"must be a Linux bridge name","default":"vmbr0"},"address":{"type":"string","pattern":"^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$","patternErrorMessage":"must be IPv4/CIDR such as 192.0.2.10/24, or dhcp"},"gateway":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"nameserver":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"onboot":{"type":"boolean","default":true,"description":"Start the container when the Proxmox host boots."},"packages":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9+.-]{1,62}$","patternErrorMessage":"must be a Debian package name such as nodejs"},"description":"Debian packages the app needs besides what slotflip installs (sshd, nginx, curl, age; PostgreSQL and Redis when they are local)."},"apt_proxy":{"type":"string","pattern":"^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$","patternErrorMessage":"must be an http:// URL such as http://192.0.2.1:3142 (an apt-cacher-ng)","description":"A package proxy the container's apt goes through."}}},"target":{"title":"Target","description":"Where the instance runs and how slotflip reaches it.","type":"object","additionalProperties":false,"required":["transport"],"properties":{"transport":{"enum":["ssh","pct","local"],"description":"ssh: to the container; pct: `pct exec` on the Proxmox host (locally or over ssh to it); local: slotflip runs inside the target."},"host":{"$ref":"#/definitions/hostname","description":"ssh: the container; pct over ssh: the Proxmox host."},"port":{"$ref":"#/definitions/port","default":22},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","default":"root"},"host_keys":{"type":"array","minItems":1,"maxItems":8,"uniqueItems":true,"items":{"$ref":"#/definitions/hostKeyFingerprint"},"description":"Pinned host key fingerprints; a host presenting any other key is refused."},"ssh_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the private SSH key."},"node":{"$ref":"#/definitions/hostname","description":"Proxmox node name (pct)."},"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"Proxmox container id (pct)."},"pct_via":{"enum":["local","ssh"],"default":"local","description":"pct: run `pct` on this machine (a runner on the Proxmox host) or over ssh to `host`."}},"allOf":[{"if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host","ssh_key_secret"]}},{"if":{"properties":{"transport":{"const":"pct"}},"required":["transport"]},"then":{"required":["vmid"]}},{"if":{"properties":{"transport":{"const":"pct"},"pct_via":{"const":"ssh"}},"required":["transport","pct_via"]},"then":{"required":["host","host_keys","ssh_key_secret"]}}]},"app":{"title":"App","type":"object","additionalProperties":false,"required":["name","release","components"],"properties":{"config":{"type":"object","maxProperties":100,"description":"Settings for the app's own configuration file, nested as the app names them (Vikunja: service, cors, mailer, auth, webhooks, ...). With a preset (templates/<app>/preset.yaml) every key is checked against the pinned release's list, obsolete and misspelt keys are errors at their line, and a value that is a secret is written { secret: NAME } (it goes to the 0600 app.env, never into the file)."},"shared_secret":{"$ref":"#/definitions/secretName","description":"The secret both slots share (Vikunja's service.secret, which signs sessions): templates see it as app.shared_secret. `slotflip rotate app-secret` replaces it and prints what users notice (the app's preset says; Vikunja: tokens refresh from the session cookie, browsers stay signed in)."},"name":{"$ref":"#/definitions/identifier","description":"The app, and the folder templates/<name>/ its preset lives in."},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","description":"Service user the slots run as."},"background_jobs":{"type":"boolean","default":false,"description":"The app runs scheduled work of its own in every process (Vikunja: reminders, e-mail, webhooks): after a flip the old slot is paused (SIGSTOP) once it has drained, so only the live slot runs jobs; a rollback or a flip back resumes it."},"release":{"$ref":"#/definitions/release"},"build":{"$ref":"#/definitions/commandList","description":"Commands run in the new release directory before its slot starts."},"components":{"type":"object","minProperties":1,"maxProperties":8,"propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"$ref":"#/definitions/component"}}}},"release":{"title":"Release","type":"object","additionalProperties":false,"required":["source","version"],"properties":{"source":{"enum":["upload","git","url"]},"version":{"$ref":"#/definitions/version"},"path":{"$ref":"#/definitions/relativePath","description":"upload: archive on the runner, relative to the repository."},"url":{"$ref":"#/definitions/httpsUrl","description":"url: archive downloaded on the host."},"sha256":{"$ref":"#/definitions/sha256","description":"Checksum the archive must match (url, upload); `slotflip pin` writes it for a url release. A url release without one is refused."},"repository":{"$ref":"#/definitions/httpsUrl","description":"git: repository to clone."},"commit":{"type":"string","pattern":"^[a-f0-9]{40}$","patternErrorMessage":"must be a full 40-character commit id: branches and tags move","description":"git: the exact commit."}},"allOf":[{"if":{"properties":{"source":{"const":"url"}},"required":["source"]},"then":{"required":["url"]}},{"if":{"properties":{"source":{"const":"upload"}},"required":["source"]},"then":{"required":["path"]}},{"if":{"properties":{"source":{"const":"git"}},"required":["source"]},"then":{"required":["repository","commit"]}}]},"component":{"title":"Component","type":"object","additionalProperties":false,"required":["start","listen"],"properties":{"start":{"$ref":"#/definitions/command","description":"How the slot starts this component (ExecStart), run from the release directory."},"listen":{"$ref":"#/definitions/listen"},"route":{"$ref":"#/definitions/urlPath","description":"nginx location that proxies to this component, e.g. / or /api."},"websocket":{"type":"boolean","default":false},"cpu_weight":{"type":"integer","minimum":1,"maximum":10000,"description":"systemd CPUWeight of each slot (default 100): a lower weight lets the serving slot win the CPU from a warming one."},"memory_max":{"type":"string","pattern":"^[0-9]{1,6}[KMG]$","patternErrorMessage":"must be a size such as 512M or 2G"},"stop_signal":{"enum":["SIGTERM","SIGINT","SIGQUIT","SIGHUP","SIGUSR1","SIGUSR2"],"default":"SIGTERM","description":"The signal that stops a slot gracefully (systemd KillSignal): the one the app handles. Vikunja's `web` shuts down (finishing requests, queued mail, cron) only on SIGINT; on SIGTERM it just exits."}}},"listen":{"title":"Listen","description":"unix: each slot listens on its own socket and nginx follows a symlink (zero-drop flip, no reload). tcp: blue and green ports (flip by upstream include and reload).","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["unix","tcp"]},"blue":{"$ref":"#/definitions/port"},"green":{"$ref":"#/definitions/port"}},"allOf":[{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["blue","green"]}}]},"template":{"title":"Template","type":"object","additionalProperties":false,"required":["source","dest"],"properties":{"source":{"$ref":"#/definitions/relativePath","description":"Relative to templates/."},"dest":{"$ref":"#/definitions/absolutePath","description":"Where the rendered file goes on the target."},"mode":{"$ref":"#/definitions/fileMode"}}},"database":{"title":"Database","type":"object","additionalProperties":false,"required":["engine","host","port","name","user","password_secret"],"properties":{"engine":{"const":"postgres"},"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port"},"name":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL identifier: a-z, 0-9 and '_'"},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and '_'"},"password_secret":{"$ref":"#/definitions/secretName"},"admin_user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and '_'","default":"postgres","description":"The database admin role restore connects as (it creates and renames databases)."},"admin_secret":{"$ref":"#/definitions/secretName","description":"Password of admin_user, needed only by restore."},"pool":{"type":"integer","minimum":1,"maximum":1000,"default":10,"description":"Connections each slot may open."},"max_connections":{"type":"integer","minimum":10,"maximum":100000,"default":100,"description":"The server's max_connections. Every instance using this server, both slots at their pool plus slotflip's own, must fit (checked across all environment files)."},"server_version":{"type":"integer","minimum":9,"maximum":99,"description":"The server's major version (e.g. 15): checked against what the app's preset supports before any deploy."},"sslmode":{"enum":["disable","require","verify-ca","verify-full"],"default":"disable"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000's PostgreSQL tuning (templates/slotflip/postgresql-tuning.liquid), sized from the container's memory, cores and disk and max_connections. Only for a server in the instance's own container."}}},"redis":{"title":"Redis","type":"object","additionalProperties":false,"required":["host","port"],"properties":{"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port","description":"Always explicit: Vikunja fails with 'missing port in address' without it."},"db":{"type":"integer","minimum":0,"maximum":15,"default":0},"password_secret":{"$ref":"#/definitions/secretName"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000's Redis tuning (templates/slotflip/redis-tuning.liquid: eviction, snapshots, keepalive, lazy freeing) and applies it live. Only for a Redis in the instance's own container."}}},"nginx":{"title":"Nginx","type":"object","additionalProperties":false,"required":["server_names"],"properties":{"server_names":{"type":"array","minItems":1,"maxItems":20,"uniqueItems":true,"items":{"$ref":"#/definitions/serverName"}},"http_port":{"$ref":"#/definitions/port","default":80},"https_port":{"$ref":"#/definitions/port","default":443},"tls":{"type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"certificate":{"$ref":"#/definitions/absolutePath"},"key":{"$ref":"#/definitions/absolutePath"}}},"client_max_body_size":{"type":"string","pattern":"^[0-9]{1,6}[kmg]?$","patternErrorMessage":"must be an nginx size such as 20m"},"assets":{"type":"object","additionalProperties":false,"required":["path"],"description":"The frontend's hashed files (a Vite build's /assets/): each deploy copies the new release's from its slot before the flip, and nginx serves this release's and the previous ones' from disk, so a browser tab opened before the flip still loads the chunks it asks for.","properties":{"path":{"type":"string","pattern":"^/([A-Za-z0-9._-]+/)+$","patternErrorMessage":"must be a URL directory such as /assets/","description":"Where the app serves them."},"component":{"$ref":"#/definitions/identifier","description":"The component serving the frontend (default: the one routed at /)."},"keep":{"type":"integer","minimum":2,"maximum":20,"default":3,"description":"Releases whose files are kept (the live one included)."}}},"locations":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["path","component"],"properties":{"path":{"$ref":"#/definitions/urlPath"},"component":{"$ref":"#/definitions/identifier"},"websocket":{"type":"boolean","default":false}}}}}},"smoke":{"title":"Smoke","type":"object","additionalProperties":false,"required":["steps"],"description":"Steps run in order against the new slot (never through nginx: no user sees it). ${run} is unique to the run (a throwaway user's name); `save` takes top-level fields of a JSON answer as ${name} for the steps after it. The cleanup runs whatever happened. A step that answers otherwise than expected fails the deploy before the flip (exit 10).","properties":{"component":{"$ref":"#/definitions/identifier","description":"The component the flow talks to (default: the one routed at /, else the first)."},"steps":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup":{"type":"array","maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup_command":{"type":"string","maxLength":300,"pattern":"^([^$]|\\$\\{run\\})*$","patternErrorMessage":"may use ${run} and no other $","description":"Run on the host after the flow (whatever happened), as the app's user in the slot's release with its environment, time limit 60 s: for what the API cannot undo at once, such as deleting the throwaway user. ${run} is the flow's tag."}}},"smokeStep":{"title":"SmokeStep","type":"object","additionalProperties":false,"required":["name","method","path"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$","patternErrorMessage":"must be a short name: letters, digits, spaces and . _ -"},"method":{"enum":["GET","POST","PUT","PATCH","DELETE"]},"path":{"type":"string","maxLength":300,"pattern":"^/([A-Za-z0-9._~/?=&%-]|\\$\\{[a-z_][a-z0-9_]{0,30}\\})*$","patternErrorMessage":"must be a URL path (letters, digits and . _ ~ / ? = & % -) with ${name} for saved values"},"body":{"type":"object","maxProperties":50,"description":"Sent as JSON; strings may hold ${name}."},"bearer":{"type":"string","pattern":"^\\$\\{[a-z_][a-z0-9_]{0,30}\\}$","patternErrorMessage":"must be a saved value such as ${token}","description":"Sent as Authorization: Bearer <value>."},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"save":{"type":"object","maxProperties":10,"propertyNames":{"pattern":"^[a-z_][a-z0-9_]{0,30}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,60}$"},"description":"name: field, a top-level field of the JSON answer (a string or a number)."}}},"health":{"title":"Health","type":"object","additionalProperties":false,"required":["checks"],"properties":{"interval":{"$ref":"#/definitions/duration","default":"1s"},"timeout":{"$ref":"#/definitions/duration","default":"60s","description":"How long the gate waits for every check to pass."},"consecutive":{"type":"integer","minimum":1,"maximum":100,"default":3},"checks":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/check"}},"after_flip":{"type":"array","maxItems":10,"description":"Checked through nginx right after traffic moved, as a browser would: a websocket handshake must answer 101 (nginx passes Upgrade and Connection), a CORS preflight from the site's own origin must be allowed; `cookies` replays the smoke flow on the slot and through nginx: every cookie attribute the app set must reach the browser, and on HTTPS every cookie must be Secure. A failure flips traffic back.","items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["websocket","cors","cookies"]},"path":{"$ref":"#/definitions/urlPath"}},"if":{"properties":{"type":{"enum":["websocket","cors"]}}},"then":{"required":["path"]}}}}},"check":{"title":"HealthCheck","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["http","tcp","postgres","redis"]},"component":{"$ref":"#/definitions/identifier"},"path":{"$ref":"#/definitions/urlPath"},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"expect_body":{"type":"string","maxLength":200,"pattern":"^[^\\n\\r]*$","patternErrorMessage":"must be a single line"},"expect_version":{"description":"The JSON body's \"version\" must be the release's: true for the version exactly as the release names it (2.5.0), or how the app writes it, with {version} standing for it (Vikunja reports \"v{version}\", stamped from its git tag).","oneOf":[{"type":"boolean"},{"type":"string","pattern":"^[A-Za-z0-9._+-]*\\{version\\}[A-Za-z0-9._+-]*$","patternErrorMessage":"must contain {version} once, with only letters, digits and . _ + - around it (e.g. v{version})"}],"default":false},"timeout":{"$ref":"#/definitions/duration","default":"2s"}},"allOf":[{"if":{"properties":{"type":{"const":"http"}},"required":["type"]},"then":{"required":["component","path"]}},{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["component"]}}]},"migrations":{"title":"Migrations","type":"object","additionalProperties":false,"required":["command"],"properties":{"command":{"$ref":"#/definitions/command"},"timeout":{"$ref":"#/definitions/duration","default":"5m"},"bookkeeping_tables":{"type":"array","uniqueItems":true,"maxItems":16,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a table name of the public schema: a-z, 0-9 and _, starting with a letter or _"},"default":["schema_migrations"],"description":"Tables the migration tool itself writes (which migrations ran). `rollback --restore-db if-safe` does not count their changes as the app's writes."}}},"backups":{"title":"Backups","type":"object","additionalProperties":false,"properties":{"keep":{"type":"integer","minimum":1,"maximum":1000,"default":7},"recipients":{"type":"array","minItems":1,"maxItems":10,"uniqueItems":true,"items":{"$ref":"#/definitions/ageRecipient"}},"restore_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the age identity; only restore jobs have it."},"files_dir":{"$ref":"#/definitions/absolutePath","description":"The app's files directory, backed up with the database."},"stores":{"type":"array","maxItems":5,"items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["host","local","artifact"]},"path":{"$ref":"#/definitions/absolutePath"},"retention_days":{"type":"integer","minimum":1,"maximum":90}},"allOf":[{"if":{"properties":{"type":{"const":"local"}},"required":["type"]},"then":{"required":["path"]}}]}}}},"windows":{"title":"Windows","type":"object","additionalProperties":false,"properties":{"observe":{"$ref":"#/definitions/duration","default":"30s","description":"Watch health after the flip; flip back when thresholds are crossed."},"keep_warm":{"$ref":"#/definitions/duration","default":"5m","description":"The old slot keeps running this long, so a rollback is only a flip. 0s for apps whose jobs must not run twice."},"drain":{"$ref":"#/definitions/duration","default":"10s","description":"Time the old slot gets to finish in-flight requests before it stops."},"max_error_rate":{"type":"number","minimum":0,"maximum":100,"default":5,"description":"Observe: flip back when more than this percentage of the requests through nginx since the flip failed with 5xx (the seed's warning level)."},"max_p95_latency":{"$ref":"#/definitions/duration","default":"500ms","description":"Observe: flip back when the 95th percentile of request times through nginx since the flip exceeds this (the seed's warning level; websocket upgrades are not counted)."},"receipt_rate":{"type":"number","minimum":0,"maximum":50,"default":4,"description":"Requests per second the host sends through nginx to the app's version route, from just before the flip to the end of the observe window, for the deploy's receipt (when the new release first answered, and whether any request failed). 0: none (the receipt then counts users' requests only)."}}},"hooks":{"title":"Hooks","type":"object","additionalProperties":false,"properties":{"pre_deploy":{"$ref":"#/definitions/commandList"},"post_flip":{"$ref":"#/definitions/commandList"},"post_deploy":{"$ref":"#/definitions/commandList"}}}}};const schema7 = {"title":"Identifier","type":"string","pattern":"^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$","patternErrorMessage":"must be a lowercase identifier: a-z, 0-9 and '-', starting with a letter, at most 40 characters"};const pattern0 = new RegExp("^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$", "u");function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern0.test(data)){validate22.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$"+"\""}];return false;}}else {validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate22.errors = vErrors;return errors === 0;}const schema8 = {"title":"Instance","type":"object","additionalProperties":false,"required":["id","target","app","health"],"if":{"not":{"required":["container"]}},"then":{"properties":{"target":{"title":"Target","type":"object","if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host_keys"]}}}},"properties":{"id":{"$ref":"#/definitions/identifier","description":"Unique across every environment: names the host directories, units and sockets."},"target":{"$ref":"#/definitions/target"},"container":{"$ref":"#/definitions/container"},"app":{"$ref":"#/definitions/app"},"templates":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/template"}},"database":{"$ref":"#/definitions/database"},"redis":{"$ref":"#/definitions/redis"},"nginx":{"$ref":"#/definitions/nginx"},"health":{"$ref":"#/definitions/health"},"smoke":{"oneOf":[{"$ref":"#/definitions/smoke"},{"const":false}],"description":"A scripted HTTP flow run against the new slot after its health gate and before any traffic moves to it; false turns off the flow the app's preset brings."},"migrations":{"$ref":"#/definitions/migrations"},"backups":{"$ref":"#/definitions/backups"},"windows":{"$ref":"#/definitions/windows"},"hooks":{"$ref":"#/definitions/hooks"}}};const func2 = Object.prototype.hasOwnProperty;const schema9 = {"title":"Target","description":"Where the instance runs and how slotflip reaches it.","type":"object","additionalProperties":false,"required":["transport"],"properties":{"transport":{"enum":["ssh","pct","local"],"description":"ssh: to the container; pct: `pct exec` on the Proxmox host (locally or over ssh to it); local: slotflip runs inside the target."},"host":{"$ref":"#/definitions/hostname","description":"ssh: the container; pct over ssh: the Proxmox host."},"port":{"$ref":"#/definitions/port","default":22},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","default":"root"},"host_keys":{"type":"array","minItems":1,"maxItems":8,"uniqueItems":true,"items":{"$ref":"#/definitions/hostKeyFingerprint"},"description":"Pinned host key fingerprints; a host presenting any other key is refused."},"ssh_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the private SSH key."},"node":{"$ref":"#/definitions/hostname","description":"Proxmox node name (pct)."},"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"Proxmox container id (pct)."},"pct_via":{"enum":["local","ssh"],"default":"local","description":"pct: run `pct` on this machine (a runner on the Proxmox host) or over ssh to `host`."}},"allOf":[{"if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host","ssh_key_secret"]}},{"if":{"properties":{"transport":{"const":"pct"}},"required":["transport"]},"then":{"required":["vmid"]}},{"if":{"properties":{"transport":{"const":"pct"},"pct_via":{"const":"ssh"}},"required":["transport","pct_via"]},"then":{"required":["host","host_keys","ssh_key_secret"]}}]};const func0 = helper0;const schema10 = {"title":"Hostname","description":"A DNS name, an IPv4 address or an IPv6 address.","type":"string","maxLength":253,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$","patternErrorMessage":"must be a hostname or an IP address (letters, digits, '-' and '.'; no port, scheme or path)"};const func4 = helper1;const pattern1 = new RegExp("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$", "u");function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 253){validate28.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"}];return false;}else {if(!pattern1.test(data)){validate28.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$"},message:"must match pattern \""+"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$"+"\""}];return false;}}}else {validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate28.errors = vErrors;return errors === 0;}const schema11 = {"title":"Port","type":"integer","minimum":1,"maximum":65535};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === 0){if((typeof data == "number") && (isFinite(data))){if(data > 65535 || isNaN(data)){validate30.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"}];return false;}else {if(data < 1 || isNaN(data)){validate30.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}validate30.errors = vErrors;return errors === 0;}const schema12 = {"title":"HostKeyFingerprint","type":"string","pattern":"^SHA256:[A-Za-z0-9+/]{43}$","patternErrorMessage":"must be an SSH host key fingerprint as printed by `ssh-keygen -lf`, e.g. SHA256: followed by 43 base64 characters"};const pattern3 = new RegExp("^SHA256:[A-Za-z0-9+/]{43}$", "u");function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern3.test(data)){validate32.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^SHA256:[A-Za-z0-9+/]{43}$"},message:"must match pattern \""+"^SHA256:[A-Za-z0-9+/]{43}$"+"\""}];return false;}}else {validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate32.errors = vErrors;return errors === 0;}const schema13 = {"title":"SecretName","description":"The NAME of a secret, never its value. slotflip reads it from the environment variable SLOTFLIP_SECRET_<NAME>, from the file named by SLOTFLIP_SECRET_<NAME>_FILE, or from <secrets-dir>/<NAME>.","type":"string","pattern":"^[A-Z][A-Z0-9_]{0,63}$","patternErrorMessage":"must be the NAME of a secret (A-Z, 0-9, '_', starting with a letter), never the secret's value"};const pattern4 = new RegExp("^[A-Z][A-Z0-9_]{0,63}$", "u");function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern4.test(data)){validate34.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]{0,63}$"+"\""}];return false;}}else {validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate34.errors = vErrors;return errors === 0;}const pattern2 = new RegExp("^[a-z_][a-z0-9_-]{0,31}$", "u");function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.transport === undefined) && (missing0 = "transport")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.transport !== undefined){if("ssh" !== data.transport){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if(((data.host === undefined) && (missing1 = "host")) || ((data.ssh_key_secret === undefined) && (missing1 = "ssh_key_secret"))){validate27.errors = [{instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate27.errors = vErrors;return false;}var valid0 = _errs1 === errors;if(valid0){const _errs6 = errors;const _errs7 = errors;let valid3 = true;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.transport === undefined) && (missing2 = "transport")){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {if(data.transport !== undefined){if("pct" !== data.transport){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(_valid1){const _errs10 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.vmid === undefined) && (missing3 = "vmid")){validate27.errors = [{instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}}var _valid1 = _errs10 === errors;valid3 = _valid1;}if(!valid3){const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate27.errors = vErrors;return false;}var valid0 = _errs6 === errors;if(valid0){const _errs11 = errors;const _errs12 = errors;let valid5 = true;const _errs13 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if(((data.transport === undefined) && (missing4 = "transport")) || ((data.pct_via === undefined) && (missing4 = "pct_via"))){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {if(data.transport !== undefined){const _errs14 = errors;if("pct" !== data.transport){const err7 = {};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var valid6 = _errs14 === errors;}else {var valid6 = true;}if(valid6){if(data.pct_via !== undefined){const _errs15 = errors;if("ssh" !== data.pct_via){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var valid6 = _errs15 === errors;}else {var valid6 = true;}}}}var _valid2 = _errs13 === errors;errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}if(_valid2){const _errs16 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing5;if((((data.host === undefined) && (missing5 = "host")) || ((data.host_keys === undefined) && (missing5 = "host_keys"))) || ((data.ssh_key_secret === undefined) && (missing5 = "ssh_key_secret"))){validate27.errors = [{instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];return false;}}var _valid2 = _errs16 === errors;valid5 = _valid2;}if(!valid5){const err9 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;validate27.errors = vErrors;return false;}var valid0 = _errs11 === errors;}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing6;if((data.transport === undefined) && (missing6 = "transport")){validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];return false;}else {const _errs17 = errors;for(const key0 in data){if(!(func2.call(schema9.properties, key0))){validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs17 === errors){if(data.transport !== undefined){let data4 = data.transport;const _errs18 = errors;if(!(((data4 === "ssh") || (data4 === "pct")) || (data4 === "local"))){validate27.errors = [{instancePath:instancePath+"/transport",schemaPath:"#/properties/transport/enum",keyword:"enum",params:{allowedValues: schema9.properties.transport.enum},message:"must be equal to one of the allowed values"}];return false;}var valid7 = _errs18 === errors;}else {var valid7 = true;}if(valid7){if(data.host !== undefined){const _errs19 = errors;if(!(validate28(data.host, {instancePath:instancePath+"/host",parentData:data,parentDataProperty:"host",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var valid7 = _errs19 === errors;}else {var valid7 = true;}if(valid7){if(data.port !== undefined){const _errs20 = errors;if(!(validate30(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid7 = _errs20 === errors;}else {var valid7 = true;}if(valid7){if(data.user !== undefined){let data7 = data.user;const _errs21 = errors;if(errors === _errs21){if(typeof data7 === "string"){if(!pattern2.test(data7)){validate27.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_-]{0,31}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_-]{0,31}$"+"\""}];return false;}}else {validate27.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid7 = _errs21 === errors;}else {var valid7 = true;}if(valid7){if(data.host_keys !== undefined){let data8 = data.host_keys;const _errs24 = errors;if(errors === _errs24){if(Array.isArray(data8)){if(data8.length > 8){validate27.errors = [{instancePath:instancePath+"/host_keys",schemaPath:"#/properties/host_keys/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"}];return false;}else {if(data8.length < 1){validate27.errors = [{instancePath:instancePath+"/host_keys",schemaPath:"#/properties/host_keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid8 = true;const len0 = data8.length;for(let i0=0; i0<len0; i0++){const _errs26 = errors;if(!(validate32(data8[i0], {instancePath:instancePath+"/host_keys/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);errors = vErrors.length;}var valid8 = _errs26 === errors;if(!valid8){break;}}if(valid8){let i1 = data8.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data8[i1], data8[j0])){validate27.errors = [{instancePath:instancePath+"/host_keys",schemaPath:"#/properties/host_keys/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate27.errors = [{instancePath:instancePath+"/host_keys",schemaPath:"#/properties/host_keys/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid7 = _errs24 === errors;}else {var valid7 = true;}if(valid7){if(data.ssh_key_secret !== undefined){const _errs27 = errors;if(!(validate34(data.ssh_key_secret, {instancePath:instancePath+"/ssh_key_secret",parentData:data,parentDataProperty:"ssh_key_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid7 = _errs27 === errors;}else {var valid7 = true;}if(valid7){if(data.node !== undefined){const _errs28 = errors;if(!(validate28(data.node, {instancePath:instancePath+"/node",parentData:data,parentDataProperty:"node",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var valid7 = _errs28 === errors;}else {var valid7 = true;}if(valid7){if(data.vmid !== undefined){let data12 = data.vmid;const _errs29 = errors;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){validate27.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs29){if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 999999999 || isNaN(data12)){validate27.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999"}];return false;}else {if(data12 < 100 || isNaN(data12)){validate27.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"}];return false;}}}}var valid7 = _errs29 === errors;}else {var valid7 = true;}if(valid7){if(data.pct_via !== undefined){let data13 = data.pct_via;const _errs31 = errors;if(!((data13 === "local") || (data13 === "ssh"))){validate27.errors = [{instancePath:instancePath+"/pct_via",schemaPath:"#/properties/pct_via/enum",keyword:"enum",params:{allowedValues: schema9.properties.pct_via.enum},message:"must be equal to one of the allowed values"}];return false;}var valid7 = _errs31 === errors;}else {var valid7 = true;}}}}}}}}}}}}else {validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate27.errors = vErrors;return errors === 0;}const schema14 = {"title":"Container","description":"The LXC container `slotflip provision` creates on the Proxmox host with `pct create` (target.vmid is its id); the target reaches it once it runs.","type":"object","additionalProperties":false,"required":["vmid","template","memory","disk","address"],"properties":{"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"The container's Proxmox id (the same as target.vmid when the target is pct)."},"template":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\.tar\\.(gz|xz|zst)$","patternErrorMessage":"must be a container template volume such as local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst","description":"The OS template (`pveam list local`)."},"hostname":{"$ref":"#/definitions/hostname","description":"Default: the instance id."},"unprivileged":{"type":"boolean","default":true,"description":"An unprivileged container (root inside is not root on the host)."},"nesting":{"type":"boolean","default":true,"description":"The nesting feature: systemd's sandboxing in the container needs it."},"cores":{"type":"integer","minimum":1,"maximum":8192,"default":2},"memory":{"type":"integer","minimum":256,"maximum":1048576,"description":"RAM in MiB: both slots, the build and the services must fit."},"swap":{"type":"integer","minimum":0,"maximum":1048576,"default":512,"description":"Swap in MiB."},"disk":{"type":"integer","minimum":2,"maximum":65536,"description":"Root disk in GiB."},"storage":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,63}$","patternErrorMessage":"must be a Proxmox storage id (a letter, then letters, digits, _ . or -; at most 64 characters)","default":"local-lvm"},"bridge":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,14}$","patternErrorMessage":"must be a Linux bridge name","default":"vmbr0"},"address":{"type":"string","pattern":"^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$","patternErrorMessage":"must be IPv4/CIDR such as 192.0.2.10/24, or dhcp"},"gateway":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"nameserver":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"onboot":{"type":"boolean","default":true,"description":"Start the container when the Proxmox host boots."},"packages":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9+.-]{1,62}$","patternErrorMessage":"must be a Debian package name such as nodejs"},"description":"Debian packages the app needs besides what slotflip installs (sshd, nginx, curl, age; PostgreSQL and Redis when they are local)."},"apt_proxy":{"type":"string","pattern":"^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$","patternErrorMessage":"must be an http:// URL such as http://192.0.2.1:3142 (an apt-cacher-ng)","description":"A package proxy the container's apt goes through."}}};const pattern5 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\.tar\\.(gz|xz|zst)$", "u");const pattern6 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]{0,63}$", "u");const pattern7 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]{0,14}$", "u");const pattern8 = new RegExp("^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$", "u");const pattern9 = new RegExp("^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$", "u");const pattern11 = new RegExp("^[a-z0-9][a-z0-9+.-]{1,62}$", "u");const pattern12 = new RegExp("^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", "u");function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((((data.vmid === undefined) && (missing0 = "vmid")) || ((data.template === undefined) && (missing0 = "template"))) || ((data.memory === undefined) && (missing0 = "memory"))) || ((data.disk === undefined) && (missing0 = "disk"))) || ((data.address === undefined) && (missing0 = "address"))){validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema14.properties, key0))){validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.vmid !== undefined){let data0 = data.vmid;const _errs2 = errors;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){validate38.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs2){if((typeof data0 == "number") && (isFinite(data0))){if(data0 > 999999999 || isNaN(data0)){validate38.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999"}];return false;}else {if(data0 < 100 || isNaN(data0)){validate38.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"}];return false;}}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.template !== undefined){let data1 = data.template;const _errs4 = errors;if(errors === _errs4){if(typeof data1 === "string"){if(!pattern5.test(data1)){validate38.errors = [{instancePath:instancePath+"/template",schemaPath:"#/properties/template/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\.tar\\.(gz|xz|zst)$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\.tar\\.(gz|xz|zst)$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.hostname !== undefined){const _errs7 = errors;if(!(validate28(data.hostname, {instancePath:instancePath+"/hostname",parentData:data,parentDataProperty:"hostname",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.unprivileged !== undefined){const _errs8 = errors;if(typeof data.unprivileged !== "boolean"){validate38.errors = [{instancePath:instancePath+"/unprivileged",schemaPath:"#/properties/unprivileged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.nesting !== undefined){const _errs10 = errors;if(typeof data.nesting !== "boolean"){validate38.errors = [{instancePath:instancePath+"/nesting",schemaPath:"#/properties/nesting/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.cores !== undefined){let data5 = data.cores;const _errs12 = errors;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){validate38.errors = [{instancePath:instancePath+"/cores",schemaPath:"#/properties/cores/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs12){if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 8192 || isNaN(data5)){validate38.errors = [{instancePath:instancePath+"/cores",schemaPath:"#/properties/cores/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192"}];return false;}else {if(data5 < 1 || isNaN(data5)){validate38.errors = [{instancePath:instancePath+"/cores",schemaPath:"#/properties/cores/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.memory !== undefined){let data6 = data.memory;const _errs14 = errors;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){validate38.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs14){if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 1048576 || isNaN(data6)){validate38.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576"}];return false;}else {if(data6 < 256 || isNaN(data6)){validate38.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 256},message:"must be >= 256"}];return false;}}}}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.swap !== undefined){let data7 = data.swap;const _errs16 = errors;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){validate38.errors = [{instancePath:instancePath+"/swap",schemaPath:"#/properties/swap/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs16){if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 1048576 || isNaN(data7)){validate38.errors = [{instancePath:instancePath+"/swap",schemaPath:"#/properties/swap/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576"}];return false;}else {if(data7 < 0 || isNaN(data7)){validate38.errors = [{instancePath:instancePath+"/swap",schemaPath:"#/properties/swap/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.disk !== undefined){let data8 = data.disk;const _errs18 = errors;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){validate38.errors = [{instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs18){if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 65536 || isNaN(data8)){validate38.errors = [{instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65536},message:"must be <= 65536"}];return false;}else {if(data8 < 2 || isNaN(data8)){validate38.errors = [{instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"}];return false;}}}}var valid0 = _errs18 === errors;}else {var valid0 = true;}if(valid0){if(data.storage !== undefined){let data9 = data.storage;const _errs20 = errors;if(errors === _errs20){if(typeof data9 === "string"){if(!pattern6.test(data9)){validate38.errors = [{instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs20 === errors;}else {var valid0 = true;}if(valid0){if(data.bridge !== undefined){let data10 = data.bridge;const _errs23 = errors;if(errors === _errs23){if(typeof data10 === "string"){if(!pattern7.test(data10)){validate38.errors = [{instancePath:instancePath+"/bridge",schemaPath:"#/properties/bridge/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,14}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]{0,14}$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/bridge",schemaPath:"#/properties/bridge/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs23 === errors;}else {var valid0 = true;}if(valid0){if(data.address !== undefined){let data11 = data.address;const _errs26 = errors;if(errors === _errs26){if(typeof data11 === "string"){if(!pattern8.test(data11)){validate38.errors = [{instancePath:instancePath+"/address",schemaPath:"#/properties/address/pattern",keyword:"pattern",params:{pattern: "^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$"},message:"must match pattern \""+"^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs26 === errors;}else {var valid0 = true;}if(valid0){if(data.gateway !== undefined){let data12 = data.gateway;const _errs29 = errors;if(errors === _errs29){if(typeof data12 === "string"){if(!pattern9.test(data12)){validate38.errors = [{instancePath:instancePath+"/gateway",schemaPath:"#/properties/gateway/pattern",keyword:"pattern",params:{pattern: "^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"},message:"must match pattern \""+"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/gateway",schemaPath:"#/properties/gateway/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs29 === errors;}else {var valid0 = true;}if(valid0){if(data.nameserver !== undefined){let data13 = data.nameserver;const _errs32 = errors;if(errors === _errs32){if(typeof data13 === "string"){if(!pattern9.test(data13)){validate38.errors = [{instancePath:instancePath+"/nameserver",schemaPath:"#/properties/nameserver/pattern",keyword:"pattern",params:{pattern: "^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"},message:"must match pattern \""+"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/nameserver",schemaPath:"#/properties/nameserver/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs32 === errors;}else {var valid0 = true;}if(valid0){if(data.onboot !== undefined){const _errs35 = errors;if(typeof data.onboot !== "boolean"){validate38.errors = [{instancePath:instancePath+"/onboot",schemaPath:"#/properties/onboot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs35 === errors;}else {var valid0 = true;}if(valid0){if(data.packages !== undefined){let data15 = data.packages;const _errs37 = errors;if(errors === _errs37){if(Array.isArray(data15)){if(data15.length > 100){validate38.errors = [{instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {var valid1 = true;const len0 = data15.length;for(let i0=0; i0<len0; i0++){let data16 = data15[i0];const _errs39 = errors;if(errors === _errs39){if(typeof data16 === "string"){if(!pattern11.test(data16)){validate38.errors = [{instancePath:instancePath+"/packages/" + i0,schemaPath:"#/properties/packages/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9+.-]{1,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9+.-]{1,62}$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/packages/" + i0,schemaPath:"#/properties/packages/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs39 === errors;if(!valid1){break;}}if(valid1){let i1 = data15.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data15[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];validate38.errors = [{instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break;}indices0[item0] = i1;}}}}}else {validate38.errors = [{instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs37 === errors;}else {var valid0 = true;}if(valid0){if(data.apt_proxy !== undefined){let data17 = data.apt_proxy;const _errs42 = errors;if(errors === _errs42){if(typeof data17 === "string"){if(!pattern12.test(data17)){validate38.errors = [{instancePath:instancePath+"/apt_proxy",schemaPath:"#/properties/apt_proxy/pattern",keyword:"pattern",params:{pattern: "^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"},message:"must match pattern \""+"^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/apt_proxy",schemaPath:"#/properties/apt_proxy/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs42 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}}}}}}else {validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate38.errors = vErrors;return errors === 0;}const schema15 = {"title":"App","type":"object","additionalProperties":false,"required":["name","release","components"],"properties":{"config":{"type":"object","maxProperties":100,"description":"Settings for the app's own configuration file, nested as the app names them (Vikunja: service, cors, mailer, auth, webhooks, ...). With a preset (templates/<app>/preset.yaml) every key is checked against the pinned release's list, obsolete and misspelt keys are errors at their line, and a value that is a secret is written { secret: NAME } (it goes to the 0600 app.env, never into the file)."},"shared_secret":{"$ref":"#/definitions/secretName","description":"The secret both slots share (Vikunja's service.secret, which signs sessions): templates see it as app.shared_secret. `slotflip rotate app-secret` replaces it and prints what users notice (the app's preset says; Vikunja: tokens refresh from the session cookie, browsers stay signed in)."},"name":{"$ref":"#/definitions/identifier","description":"The app, and the folder templates/<name>/ its preset lives in."},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","description":"Service user the slots run as."},"background_jobs":{"type":"boolean","default":false,"description":"The app runs scheduled work of its own in every process (Vikunja: reminders, e-mail, webhooks): after a flip the old slot is paused (SIGSTOP) once it has drained, so only the live slot runs jobs; a rollback or a flip back resumes it."},"release":{"$ref":"#/definitions/release"},"build":{"$ref":"#/definitions/commandList","description":"Commands run in the new release directory before its slot starts."},"components":{"type":"object","minProperties":1,"maxProperties":8,"propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"$ref":"#/definitions/component"}}}};const schema16 = {"title":"Release","type":"object","additionalProperties":false,"required":["source","version"],"properties":{"source":{"enum":["upload","git","url"]},"version":{"$ref":"#/definitions/version"},"path":{"$ref":"#/definitions/relativePath","description":"upload: archive on the runner, relative to the repository."},"url":{"$ref":"#/definitions/httpsUrl","description":"url: archive downloaded on the host."},"sha256":{"$ref":"#/definitions/sha256","description":"Checksum the archive must match (url, upload); `slotflip pin` writes it for a url release. A url release without one is refused."},"repository":{"$ref":"#/definitions/httpsUrl","description":"git: repository to clone."},"commit":{"type":"string","pattern":"^[a-f0-9]{40}$","patternErrorMessage":"must be a full 40-character commit id: branches and tags move","description":"git: the exact commit."}},"allOf":[{"if":{"properties":{"source":{"const":"url"}},"required":["source"]},"then":{"required":["url"]}},{"if":{"properties":{"source":{"const":"upload"}},"required":["source"]},"then":{"required":["path"]}},{"if":{"properties":{"source":{"const":"git"}},"required":["source"]},"then":{"required":["repository","commit"]}}]};const schema17 = {"title":"ReleaseVersion","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$","patternErrorMessage":"must be a release version such as 1.0.0 or v2.1.0-rc.1 (letters, digits, . _ + -)"};const pattern14 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$", "u");function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern14.test(data)){validate45.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$"+"\""}];return false;}}else {validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate45.errors = vErrors;return errors === 0;}const schema18 = {"title":"RelativePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be a relative path inside the repository, made of letters, digits and . _ @ + - (no '..', no leading '/')"};const pattern15 = new RegExp("^(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$", "u");function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 1024){validate47.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];return false;}else {if(!pattern15.test(data)){validate47.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$"},message:"must match pattern \""+"^(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$"+"\""}];return false;}}}else {validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate47.errors = vErrors;return errors === 0;}const schema19 = {"title":"HttpsUrl","type":"string","maxLength":2048,"pattern":"^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$","patternErrorMessage":"must be an https:// URL with no query string, spaces or quotes"};const pattern16 = new RegExp("^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$", "u");function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 2048){validate49.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];return false;}else {if(!pattern16.test(data)){validate49.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$"},message:"must match pattern \""+"^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$"+"\""}];return false;}}}else {validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate49.errors = vErrors;return errors === 0;}const schema20 = {"title":"Sha256","type":"string","pattern":"^[a-f0-9]{64}$","patternErrorMessage":"must be a sha256 digest: 64 lowercase hex characters"};const pattern17 = new RegExp("^[a-f0-9]{64}$", "u");function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern17.test(data)){validate51.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-f0-9]{64}$"},message:"must match pattern \""+"^[a-f0-9]{64}$"+"\""}];return false;}}else {validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate51.errors = vErrors;return errors === 0;}const pattern18 = new RegExp("^[a-f0-9]{40}$", "u");function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.source === undefined) && (missing0 = "source")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.source !== undefined){if("url" !== data.source){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.url === undefined) && (missing1 = "url")){validate44.errors = [{instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate44.errors = vErrors;return false;}var valid0 = _errs1 === errors;if(valid0){const _errs6 = errors;const _errs7 = errors;let valid3 = true;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.source === undefined) && (missing2 = "source")){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {if(data.source !== undefined){if("upload" !== data.source){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(_valid1){const _errs10 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.path === undefined) && (missing3 = "path")){validate44.errors = [{instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}}var _valid1 = _errs10 === errors;valid3 = _valid1;}if(!valid3){const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate44.errors = vErrors;return false;}var valid0 = _errs6 === errors;if(valid0){const _errs11 = errors;const _errs12 = errors;let valid5 = true;const _errs13 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((data.source === undefined) && (missing4 = "source")){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {if(data.source !== undefined){if("git" !== data.source){const err7 = {};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}}var _valid2 = _errs13 === errors;errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}if(_valid2){const _errs15 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing5;if(((data.repository === undefined) && (missing5 = "repository")) || ((data.commit === undefined) && (missing5 = "commit"))){validate44.errors = [{instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];return false;}}var _valid2 = _errs15 === errors;valid5 = _valid2;}if(!valid5){const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;validate44.errors = vErrors;return false;}var valid0 = _errs11 === errors;}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing6;if(((data.source === undefined) && (missing6 = "source")) || ((data.version === undefined) && (missing6 = "version"))){validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];return false;}else {const _errs16 = errors;for(const key0 in data){if(!(((((((key0 === "source") || (key0 === "version")) || (key0 === "path")) || (key0 === "url")) || (key0 === "sha256")) || (key0 === "repository")) || (key0 === "commit"))){validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs16 === errors){if(data.source !== undefined){let data3 = data.source;const _errs17 = errors;if(!(((data3 === "upload") || (data3 === "git")) || (data3 === "url"))){validate44.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema16.properties.source.enum},message:"must be equal to one of the allowed values"}];return false;}var valid7 = _errs17 === errors;}else {var valid7 = true;}if(valid7){if(data.version !== undefined){const _errs18 = errors;if(!(validate45(data.version, {instancePath:instancePath+"/version",parentData:data,parentDataProperty:"version",rootData}))){vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);errors = vErrors.length;}var valid7 = _errs18 === errors;}else {var valid7 = true;}if(valid7){if(data.path !== undefined){const _errs19 = errors;if(!(validate47(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);errors = vErrors.length;}var valid7 = _errs19 === errors;}else {var valid7 = true;}if(valid7){if(data.url !== undefined){const _errs20 = errors;if(!(validate49(data.url, {instancePath:instancePath+"/url",parentData:data,parentDataProperty:"url",rootData}))){vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);errors = vErrors.length;}var valid7 = _errs20 === errors;}else {var valid7 = true;}if(valid7){if(data.sha256 !== undefined){const _errs21 = errors;if(!(validate51(data.sha256, {instancePath:instancePath+"/sha256",parentData:data,parentDataProperty:"sha256",rootData}))){vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);errors = vErrors.length;}var valid7 = _errs21 === errors;}else {var valid7 = true;}if(valid7){if(data.repository !== undefined){const _errs22 = errors;if(!(validate49(data.repository, {instancePath:instancePath+"/repository",parentData:data,parentDataProperty:"repository",rootData}))){vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);errors = vErrors.length;}var valid7 = _errs22 === errors;}else {var valid7 = true;}if(valid7){if(data.commit !== undefined){let data9 = data.commit;const _errs23 = errors;if(errors === _errs23){if(typeof data9 === "string"){if(!pattern18.test(data9)){validate44.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/pattern",keyword:"pattern",params:{pattern: "^[a-f0-9]{40}$"},message:"must match pattern \""+"^[a-f0-9]{40}$"+"\""}];return false;}}else {validate44.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid7 = _errs23 === errors;}else {var valid7 = true;}}}}}}}}}}else {validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate44.errors = vErrors;return errors === 0;}const schema21 = {"type":"array","maxItems":50,"items":{"$ref":"#/definitions/command"}};const schema22 = {"title":"Command","description":"A shell command run by bash on the target, by design. Changes to command fields are flagged in pull requests because they run code on the host after merge.","type":"string","minLength":1,"maxLength":4096};function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 4096){validate56.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];return false;}else {if(func4(data) < 1){validate56.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate56.errors = vErrors;return errors === 0;}function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(Array.isArray(data)){if(data.length > 50){validate55.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];return false;}else {var valid0 = true;const len0 = data.length;for(let i0=0; i0<len0; i0++){const _errs1 = errors;if(!(validate56(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs1 === errors;if(!valid0){break;}}}}else {validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}validate55.errors = vErrors;return errors === 0;}const schema23 = {"title":"Component","type":"object","additionalProperties":false,"required":["start","listen"],"properties":{"start":{"$ref":"#/definitions/command","description":"How the slot starts this component (ExecStart), run from the release directory."},"listen":{"$ref":"#/definitions/listen"},"route":{"$ref":"#/definitions/urlPath","description":"nginx location that proxies to this component, e.g. / or /api."},"websocket":{"type":"boolean","default":false},"cpu_weight":{"type":"integer","minimum":1,"maximum":10000,"description":"systemd CPUWeight of each slot (default 100): a lower weight lets the serving slot win the CPU from a warming one."},"memory_max":{"type":"string","pattern":"^[0-9]{1,6}[KMG]$","patternErrorMessage":"must be a size such as 512M or 2G"},"stop_signal":{"enum":["SIGTERM","SIGINT","SIGQUIT","SIGHUP","SIGUSR1","SIGUSR2"],"default":"SIGTERM","description":"The signal that stops a slot gracefully (systemd KillSignal): the one the app handles. Vikunja's `web` shuts down (finishing requests, queued mail, cron) only on SIGINT; on SIGTERM it just exits."}}};const schema24 = {"title":"Listen","description":"unix: each slot listens on its own socket and nginx follows a symlink (zero-drop flip, no reload). tcp: blue and green ports (flip by upstream include and reload).","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["unix","tcp"]},"blue":{"$ref":"#/definitions/port"},"green":{"$ref":"#/definitions/port"}},"allOf":[{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["blue","green"]}}]};function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.type !== undefined){if("tcp" !== data.type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if(((data.blue === undefined) && (missing1 = "blue")) || ((data.green === undefined) && (missing1 = "green"))){validate62.errors = [{instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate62.errors = vErrors;return false;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.type === undefined) && (missing2 = "type")){validate62.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs6 = errors;for(const key0 in data){if(!(((key0 === "type") || (key0 === "blue")) || (key0 === "green"))){validate62.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs6 === errors){if(data.type !== undefined){let data1 = data.type;const _errs7 = errors;if(!((data1 === "unix") || (data1 === "tcp"))){validate62.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema24.properties.type.enum},message:"must be equal to one of the allowed values"}];return false;}var valid3 = _errs7 === errors;}else {var valid3 = true;}if(valid3){if(data.blue !== undefined){const _errs8 = errors;if(!(validate30(data.blue, {instancePath:instancePath+"/blue",parentData:data,parentDataProperty:"blue",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid3 = _errs8 === errors;}else {var valid3 = true;}if(valid3){if(data.green !== undefined){const _errs9 = errors;if(!(validate30(data.green, {instancePath:instancePath+"/green",parentData:data,parentDataProperty:"green",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid3 = _errs9 === errors;}else {var valid3 = true;}}}}}}else {validate62.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate62.errors = vErrors;return errors === 0;}const schema25 = {"title":"UrlPath","type":"string","maxLength":256,"pattern":"^/[A-Za-z0-9._~/-]*$","patternErrorMessage":"must be a URL path starting with '/' (letters, digits and . _ ~ / -; no spaces, quotes, braces or ';')"};const pattern19 = new RegExp("^/[A-Za-z0-9._~/-]*$", "u");function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 256){validate66.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];return false;}else {if(!pattern19.test(data)){validate66.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^/[A-Za-z0-9._~/-]*$"},message:"must match pattern \""+"^/[A-Za-z0-9._~/-]*$"+"\""}];return false;}}}else {validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate66.errors = vErrors;return errors === 0;}const pattern20 = new RegExp("^[0-9]{1,6}[KMG]$", "u");function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.start === undefined) && (missing0 = "start")) || ((data.listen === undefined) && (missing0 = "listen"))){validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "start") || (key0 === "listen")) || (key0 === "route")) || (key0 === "websocket")) || (key0 === "cpu_weight")) || (key0 === "memory_max")) || (key0 === "stop_signal"))){validate60.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.start !== undefined){const _errs2 = errors;if(!(validate56(data.start, {instancePath:instancePath+"/start",parentData:data,parentDataProperty:"start",rootData}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.listen !== undefined){const _errs3 = errors;if(!(validate62(data.listen, {instancePath:instancePath+"/listen",parentData:data,parentDataProperty:"listen",rootData}))){vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.route !== undefined){const _errs4 = errors;if(!(validate66(data.route, {instancePath:instancePath+"/route",parentData:data,parentDataProperty:"route",rootData}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.websocket !== undefined){const _errs5 = errors;if(typeof data.websocket !== "boolean"){validate60.errors = [{instancePath:instancePath+"/websocket",schemaPath:"#/properties/websocket/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.cpu_weight !== undefined){let data4 = data.cpu_weight;const _errs7 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate60.errors = [{instancePath:instancePath+"/cpu_weight",schemaPath:"#/properties/cpu_weight/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs7){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 10000 || isNaN(data4)){validate60.errors = [{instancePath:instancePath+"/cpu_weight",schemaPath:"#/properties/cpu_weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"}];return false;}else {if(data4 < 1 || isNaN(data4)){validate60.errors = [{instancePath:instancePath+"/cpu_weight",schemaPath:"#/properties/cpu_weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.memory_max !== undefined){let data5 = data.memory_max;const _errs9 = errors;if(errors === _errs9){if(typeof data5 === "string"){if(!pattern20.test(data5)){validate60.errors = [{instancePath:instancePath+"/memory_max",schemaPath:"#/properties/memory_max/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}[KMG]$"},message:"must match pattern \""+"^[0-9]{1,6}[KMG]$"+"\""}];return false;}}else {validate60.errors = [{instancePath:instancePath+"/memory_max",schemaPath:"#/properties/memory_max/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.stop_signal !== undefined){let data6 = data.stop_signal;const _errs12 = errors;if(!((((((data6 === "SIGTERM") || (data6 === "SIGINT")) || (data6 === "SIGQUIT")) || (data6 === "SIGHUP")) || (data6 === "SIGUSR1")) || (data6 === "SIGUSR2"))){validate60.errors = [{instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/enum",keyword:"enum",params:{allowedValues: schema23.properties.stop_signal.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs12 === errors;}else {var valid0 = true;}}}}}}}}}}else {validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate60.errors = vErrors;return errors === 0;}function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.name === undefined) && (missing0 = "name")) || ((data.release === undefined) && (missing0 = "release"))) || ((data.components === undefined) && (missing0 = "components"))){validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((((((key0 === "config") || (key0 === "shared_secret")) || (key0 === "name")) || (key0 === "user")) || (key0 === "background_jobs")) || (key0 === "release")) || (key0 === "build")) || (key0 === "components"))){validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.config !== undefined){let data0 = data.config;const _errs2 = errors;if(errors === _errs2){if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(Object.keys(data0).length > 100){validate41.errors = [{instancePath:instancePath+"/config",schemaPath:"#/properties/config/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties"}];return false;}}else {validate41.errors = [{instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.shared_secret !== undefined){const _errs4 = errors;if(!(validate34(data.shared_secret, {instancePath:instancePath+"/shared_secret",parentData:data,parentDataProperty:"shared_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.name !== undefined){const _errs5 = errors;if(!(validate22(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.user !== undefined){let data3 = data.user;const _errs6 = errors;if(errors === _errs6){if(typeof data3 === "string"){if(!pattern2.test(data3)){validate41.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_-]{0,31}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_-]{0,31}$"+"\""}];return false;}}else {validate41.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.background_jobs !== undefined){const _errs9 = errors;if(typeof data.background_jobs !== "boolean"){validate41.errors = [{instancePath:instancePath+"/background_jobs",schemaPath:"#/properties/background_jobs/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.release !== undefined){const _errs11 = errors;if(!(validate44(data.release, {instancePath:instancePath+"/release",parentData:data,parentDataProperty:"release",rootData}))){vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.build !== undefined){const _errs12 = errors;if(!(validate55(data.build, {instancePath:instancePath+"/build",parentData:data,parentDataProperty:"build",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.components !== undefined){let data7 = data.components;const _errs13 = errors;if(errors === _errs13){if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(Object.keys(data7).length > 8){validate41.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/maxProperties",keyword:"maxProperties",params:{limit: 8},message:"must NOT have more than 8 properties"}];return false;}else {if(Object.keys(data7).length < 1){validate41.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];return false;}else {for(const key1 in data7){const _errs15 = errors;if(!(validate22(key1, {instancePath:instancePath+"/components",parentData:data7,parentDataProperty:"components",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid1 = _errs15 === errors;if(!valid1){const err0 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;validate41.errors = vErrors;return false;break;}}if(valid1){for(const key2 in data7){const _errs17 = errors;if(!(validate60(data7[key2], {instancePath:instancePath+"/components/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);errors = vErrors.length;}var valid2 = _errs17 === errors;if(!valid2){break;}}}}}}else {validate41.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs13 === errors;}else {var valid0 = true;}}}}}}}}}}}else {validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate41.errors = vErrors;return errors === 0;}const schema26 = {"title":"Template","type":"object","additionalProperties":false,"required":["source","dest"],"properties":{"source":{"$ref":"#/definitions/relativePath","description":"Relative to templates/."},"dest":{"$ref":"#/definitions/absolutePath","description":"Where the rendered file goes on the target."},"mode":{"$ref":"#/definitions/fileMode"}}};const schema27 = {"title":"AbsolutePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\.\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be an absolute path made of letters, digits and . _ @ + - (no spaces, quotes, '..' or trailing '/')"};const pattern21 = new RegExp("^(?!.*(?:^|/)\\.\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$", "u");function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 1024){validate72.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];return false;}else {if(!pattern21.test(data)){validate72.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!.*(?:^|/)\\.\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$"},message:"must match pattern \""+"^(?!.*(?:^|/)\\.\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$"+"\""}];return false;}}}else {validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate72.errors = vErrors;return errors === 0;}const schema28 = {"title":"FileMode","type":"string","pattern":"^0[0-7]{3}$","patternErrorMessage":"must be an octal file mode written as a string, such as \"0644\""};const pattern22 = new RegExp("^0[0-7]{3}$", "u");function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern22.test(data)){validate74.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^0[0-7]{3}$"},message:"must match pattern \""+"^0[0-7]{3}$"+"\""}];return false;}}else {validate74.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate74.errors = vErrors;return errors === 0;}function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.source === undefined) && (missing0 = "source")) || ((data.dest === undefined) && (missing0 = "dest"))){validate70.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "source") || (key0 === "dest")) || (key0 === "mode"))){validate70.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.source !== undefined){const _errs2 = errors;if(!(validate47(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData}))){vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.dest !== undefined){const _errs3 = errors;if(!(validate72(data.dest, {instancePath:instancePath+"/dest",parentData:data,parentDataProperty:"dest",rootData}))){vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.mode !== undefined){const _errs4 = errors;if(!(validate74(data.mode, {instancePath:instancePath+"/mode",parentData:data,parentDataProperty:"mode",rootData}))){vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}}else {validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate70.errors = vErrors;return errors === 0;}const schema29 = {"title":"Database","type":"object","additionalProperties":false,"required":["engine","host","port","name","user","password_secret"],"properties":{"engine":{"const":"postgres"},"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port"},"name":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL identifier: a-z, 0-9 and '_'"},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and '_'"},"password_secret":{"$ref":"#/definitions/secretName"},"admin_user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and '_'","default":"postgres","description":"The database admin role restore connects as (it creates and renames databases)."},"admin_secret":{"$ref":"#/definitions/secretName","description":"Password of admin_user, needed only by restore."},"pool":{"type":"integer","minimum":1,"maximum":1000,"default":10,"description":"Connections each slot may open."},"max_connections":{"type":"integer","minimum":10,"maximum":100000,"default":100,"description":"The server's max_connections. Every instance using this server, both slots at their pool plus slotflip's own, must fit (checked across all environment files)."},"server_version":{"type":"integer","minimum":9,"maximum":99,"description":"The server's major version (e.g. 15): checked against what the app's preset supports before any deploy."},"sslmode":{"enum":["disable","require","verify-ca","verify-full"],"default":"disable"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000's PostgreSQL tuning (templates/slotflip/postgresql-tuning.liquid), sized from the container's memory, cores and disk and max_connections. Only for a server in the instance's own container."}}};const pattern23 = new RegExp("^[a-z_][a-z0-9_]{0,62}$", "u");function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((((data.engine === undefined) && (missing0 = "engine")) || ((data.host === undefined) && (missing0 = "host"))) || ((data.port === undefined) && (missing0 = "port"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.password_secret === undefined) && (missing0 = "password_secret"))){validate77.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema29.properties, key0))){validate77.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.engine !== undefined){const _errs2 = errors;if("postgres" !== data.engine){validate77.errors = [{instancePath:instancePath+"/engine",schemaPath:"#/properties/engine/const",keyword:"const",params:{allowedValue: "postgres"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.host !== undefined){const _errs3 = errors;if(!(validate28(data.host, {instancePath:instancePath+"/host",parentData:data,parentDataProperty:"host",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.port !== undefined){const _errs4 = errors;if(!(validate30(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.name !== undefined){let data3 = data.name;const _errs5 = errors;if(errors === _errs5){if(typeof data3 === "string"){if(!pattern23.test(data3)){validate77.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,62}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,62}$"+"\""}];return false;}}else {validate77.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.user !== undefined){let data4 = data.user;const _errs8 = errors;if(errors === _errs8){if(typeof data4 === "string"){if(!pattern23.test(data4)){validate77.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,62}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,62}$"+"\""}];return false;}}else {validate77.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.password_secret !== undefined){const _errs11 = errors;if(!(validate34(data.password_secret, {instancePath:instancePath+"/password_secret",parentData:data,parentDataProperty:"password_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.admin_user !== undefined){let data6 = data.admin_user;const _errs12 = errors;if(errors === _errs12){if(typeof data6 === "string"){if(!pattern23.test(data6)){validate77.errors = [{instancePath:instancePath+"/admin_user",schemaPath:"#/properties/admin_user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,62}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,62}$"+"\""}];return false;}}else {validate77.errors = [{instancePath:instancePath+"/admin_user",schemaPath:"#/properties/admin_user/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.admin_secret !== undefined){const _errs15 = errors;if(!(validate34(data.admin_secret, {instancePath:instancePath+"/admin_secret",parentData:data,parentDataProperty:"admin_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid0 = _errs15 === errors;}else {var valid0 = true;}if(valid0){if(data.pool !== undefined){let data8 = data.pool;const _errs16 = errors;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){validate77.errors = [{instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs16){if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 1000 || isNaN(data8)){validate77.errors = [{instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];return false;}else {if(data8 < 1 || isNaN(data8)){validate77.errors = [{instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.max_connections !== undefined){let data9 = data.max_connections;const _errs18 = errors;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){validate77.errors = [{instancePath:instancePath+"/max_connections",schemaPath:"#/properties/max_connections/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs18){if((typeof data9 == "number") && (isFinite(data9))){if(data9 > 100000 || isNaN(data9)){validate77.errors = [{instancePath:instancePath+"/max_connections",schemaPath:"#/properties/max_connections/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"}];return false;}else {if(data9 < 10 || isNaN(data9)){validate77.errors = [{instancePath:instancePath+"/max_connections",schemaPath:"#/properties/max_connections/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"}];return false;}}}}var valid0 = _errs18 === errors;}else {var valid0 = true;}if(valid0){if(data.server_version !== undefined){let data10 = data.server_version;const _errs20 = errors;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){validate77.errors = [{instancePath:instancePath+"/server_version",schemaPath:"#/properties/server_version/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs20){if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 99 || isNaN(data10)){validate77.errors = [{instancePath:instancePath+"/server_version",schemaPath:"#/properties/server_version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"}];return false;}else {if(data10 < 9 || isNaN(data10)){validate77.errors = [{instancePath:instancePath+"/server_version",schemaPath:"#/properties/server_version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 9},message:"must be >= 9"}];return false;}}}}var valid0 = _errs20 === errors;}else {var valid0 = true;}if(valid0){if(data.sslmode !== undefined){let data11 = data.sslmode;const _errs22 = errors;if(!((((data11 === "disable") || (data11 === "require")) || (data11 === "verify-ca")) || (data11 === "verify-full"))){validate77.errors = [{instancePath:instancePath+"/sslmode",schemaPath:"#/properties/sslmode/enum",keyword:"enum",params:{allowedValues: schema29.properties.sslmode.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs22 === errors;}else {var valid0 = true;}if(valid0){if(data.tune !== undefined){const _errs23 = errors;if(typeof data.tune !== "boolean"){validate77.errors = [{instancePath:instancePath+"/tune",schemaPath:"#/properties/tune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs23 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}}else {validate77.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate77.errors = vErrors;return errors === 0;}const schema30 = {"title":"Redis","type":"object","additionalProperties":false,"required":["host","port"],"properties":{"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port","description":"Always explicit: Vikunja fails with 'missing port in address' without it."},"db":{"type":"integer","minimum":0,"maximum":15,"default":0},"password_secret":{"$ref":"#/definitions/secretName"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000's Redis tuning (templates/slotflip/redis-tuning.liquid: eviction, snapshots, keepalive, lazy freeing) and applies it live. Only for a Redis in the instance's own container."}}};function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.host === undefined) && (missing0 = "host")) || ((data.port === undefined) && (missing0 = "port"))){validate83.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((key0 === "host") || (key0 === "port")) || (key0 === "db")) || (key0 === "password_secret")) || (key0 === "tune"))){validate83.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.host !== undefined){const _errs2 = errors;if(!(validate28(data.host, {instancePath:instancePath+"/host",parentData:data,parentDataProperty:"host",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.port !== undefined){const _errs3 = errors;if(!(validate30(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.db !== undefined){let data2 = data.db;const _errs4 = errors;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){validate83.errors = [{instancePath:instancePath+"/db",schemaPath:"#/properties/db/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs4){if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 15 || isNaN(data2)){validate83.errors = [{instancePath:instancePath+"/db",schemaPath:"#/properties/db/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15"}];return false;}else {if(data2 < 0 || isNaN(data2)){validate83.errors = [{instancePath:instancePath+"/db",schemaPath:"#/properties/db/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.password_secret !== undefined){const _errs6 = errors;if(!(validate34(data.password_secret, {instancePath:instancePath+"/password_secret",parentData:data,parentDataProperty:"password_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.tune !== undefined){const _errs7 = errors;if(typeof data.tune !== "boolean"){validate83.errors = [{instancePath:instancePath+"/tune",schemaPath:"#/properties/tune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs7 === errors;}else {var valid0 = true;}}}}}}}}else {validate83.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate83.errors = vErrors;return errors === 0;}const schema31 = {"title":"Nginx","type":"object","additionalProperties":false,"required":["server_names"],"properties":{"server_names":{"type":"array","minItems":1,"maxItems":20,"uniqueItems":true,"items":{"$ref":"#/definitions/serverName"}},"http_port":{"$ref":"#/definitions/port","default":80},"https_port":{"$ref":"#/definitions/port","default":443},"tls":{"type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"certificate":{"$ref":"#/definitions/absolutePath"},"key":{"$ref":"#/definitions/absolutePath"}}},"client_max_body_size":{"type":"string","pattern":"^[0-9]{1,6}[kmg]?$","patternErrorMessage":"must be an nginx size such as 20m"},"assets":{"type":"object","additionalProperties":false,"required":["path"],"description":"The frontend's hashed files (a Vite build's /assets/): each deploy copies the new release's from its slot before the flip, and nginx serves this release's and the previous ones' from disk, so a browser tab opened before the flip still loads the chunks it asks for.","properties":{"path":{"type":"string","pattern":"^/([A-Za-z0-9._-]+/)+$","patternErrorMessage":"must be a URL directory such as /assets/","description":"Where the app serves them."},"component":{"$ref":"#/definitions/identifier","description":"The component serving the frontend (default: the one routed at /)."},"keep":{"type":"integer","minimum":2,"maximum":20,"default":3,"description":"Releases whose files are kept (the live one included)."}}},"locations":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["path","component"],"properties":{"path":{"$ref":"#/definitions/urlPath"},"component":{"$ref":"#/definitions/identifier"},"websocket":{"type":"boolean","default":false}}}}}};const schema32 = {"title":"ServerName","type":"string","maxLength":253,"pattern":"^(?:\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","patternErrorMessage":"must be a DNS name such as tasks.example.com, optionally starting with '*.'"};const pattern26 = new RegExp("^(?:\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", "u");function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 253){validate89.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"}];return false;}else {if(!pattern26.test(data)){validate89.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"},message:"must match pattern \""+"^(?:\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"+"\""}];return false;}}}else {validate89.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate89.errors = vErrors;return errors === 0;}const pattern27 = new RegExp("^[0-9]{1,6}[kmg]?$", "u");const pattern28 = new RegExp("^/([A-Za-z0-9._-]+/)+$", "u");function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.server_names === undefined) && (missing0 = "server_names")){validate88.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "server_names") || (key0 === "http_port")) || (key0 === "https_port")) || (key0 === "tls")) || (key0 === "client_max_body_size")) || (key0 === "assets")) || (key0 === "locations"))){validate88.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.server_names !== undefined){let data0 = data.server_names;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){if(data0.length > 20){validate88.errors = [{instancePath:instancePath+"/server_names",schemaPath:"#/properties/server_names/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];return false;}else {if(data0.length < 1){validate88.errors = [{instancePath:instancePath+"/server_names",schemaPath:"#/properties/server_names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs4 = errors;if(!(validate89(data0[i0], {instancePath:instancePath+"/server_names/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);errors = vErrors.length;}var valid1 = _errs4 === errors;if(!valid1){break;}}if(valid1){let i1 = data0.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data0[i1], data0[j0])){validate88.errors = [{instancePath:instancePath+"/server_names",schemaPath:"#/properties/server_names/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate88.errors = [{instancePath:instancePath+"/server_names",schemaPath:"#/properties/server_names/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.http_port !== undefined){const _errs5 = errors;if(!(validate30(data.http_port, {instancePath:instancePath+"/http_port",parentData:data,parentDataProperty:"http_port",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.https_port !== undefined){const _errs6 = errors;if(!(validate30(data.https_port, {instancePath:instancePath+"/https_port",parentData:data,parentDataProperty:"https_port",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.tls !== undefined){let data4 = data.tls;const _errs7 = errors;if(errors === _errs7){if(data4 && typeof data4 == "object" && !Array.isArray(data4)){let missing1;if((data4.enabled === undefined) && (missing1 = "enabled")){validate88.errors = [{instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs9 = errors;for(const key1 in data4){if(!(((key1 === "enabled") || (key1 === "certificate")) || (key1 === "key"))){validate88.errors = [{instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs9 === errors){if(data4.enabled !== undefined){const _errs10 = errors;if(typeof data4.enabled !== "boolean"){validate88.errors = [{instancePath:instancePath+"/tls/enabled",schemaPath:"#/properties/tls/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid3 = _errs10 === errors;}else {var valid3 = true;}if(valid3){if(data4.certificate !== undefined){const _errs12 = errors;if(!(validate72(data4.certificate, {instancePath:instancePath+"/tls/certificate",parentData:data4,parentDataProperty:"certificate",rootData}))){vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);errors = vErrors.length;}var valid3 = _errs12 === errors;}else {var valid3 = true;}if(valid3){if(data4.key !== undefined){const _errs13 = errors;if(!(validate72(data4.key, {instancePath:instancePath+"/tls/key",parentData:data4,parentDataProperty:"key",rootData}))){vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);errors = vErrors.length;}var valid3 = _errs13 === errors;}else {var valid3 = true;}}}}}}else {validate88.errors = [{instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.client_max_body_size !== undefined){let data8 = data.client_max_body_size;const _errs14 = errors;if(errors === _errs14){if(typeof data8 === "string"){if(!pattern27.test(data8)){validate88.errors = [{instancePath:instancePath+"/client_max_body_size",schemaPath:"#/properties/client_max_body_size/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}[kmg]?$"},message:"must match pattern \""+"^[0-9]{1,6}[kmg]?$"+"\""}];return false;}}else {validate88.errors = [{instancePath:instancePath+"/client_max_body_size",schemaPath:"#/properties/client_max_body_size/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.assets !== undefined){let data9 = data.assets;const _errs17 = errors;if(errors === _errs17){if(data9 && typeof data9 == "object" && !Array.isArray(data9)){let missing2;if((data9.path === undefined) && (missing2 = "path")){validate88.errors = [{instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs19 = errors;for(const key2 in data9){if(!(((key2 === "path") || (key2 === "component")) || (key2 === "keep"))){validate88.errors = [{instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs19 === errors){if(data9.path !== undefined){let data10 = data9.path;const _errs20 = errors;if(errors === _errs20){if(typeof data10 === "string"){if(!pattern28.test(data10)){validate88.errors = [{instancePath:instancePath+"/assets/path",schemaPath:"#/properties/assets/properties/path/pattern",keyword:"pattern",params:{pattern: "^/([A-Za-z0-9._-]+/)+$"},message:"must match pattern \""+"^/([A-Za-z0-9._-]+/)+$"+"\""}];return false;}}else {validate88.errors = [{instancePath:instancePath+"/assets/path",schemaPath:"#/properties/assets/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs20 === errors;}else {var valid4 = true;}if(valid4){if(data9.component !== undefined){const _errs23 = errors;if(!(validate22(data9.component, {instancePath:instancePath+"/assets/component",parentData:data9,parentDataProperty:"component",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid4 = _errs23 === errors;}else {var valid4 = true;}if(valid4){if(data9.keep !== undefined){let data12 = data9.keep;const _errs24 = errors;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){validate88.errors = [{instancePath:instancePath+"/assets/keep",schemaPath:"#/properties/assets/properties/keep/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs24){if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 20 || isNaN(data12)){validate88.errors = [{instancePath:instancePath+"/assets/keep",schemaPath:"#/properties/assets/properties/keep/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"}];return false;}else {if(data12 < 2 || isNaN(data12)){validate88.errors = [{instancePath:instancePath+"/assets/keep",schemaPath:"#/properties/assets/properties/keep/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"}];return false;}}}}var valid4 = _errs24 === errors;}else {var valid4 = true;}}}}}}else {validate88.errors = [{instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs17 === errors;}else {var valid0 = true;}if(valid0){if(data.locations !== undefined){let data13 = data.locations;const _errs26 = errors;if(errors === _errs26){if(Array.isArray(data13)){if(data13.length > 50){validate88.errors = [{instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];return false;}else {var valid5 = true;const len1 = data13.length;for(let i2=0; i2<len1; i2++){let data14 = data13[i2];const _errs28 = errors;if(errors === _errs28){if(data14 && typeof data14 == "object" && !Array.isArray(data14)){let missing3;if(((data14.path === undefined) && (missing3 = "path")) || ((data14.component === undefined) && (missing3 = "component"))){validate88.errors = [{instancePath:instancePath+"/locations/" + i2,schemaPath:"#/properties/locations/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs30 = errors;for(const key3 in data14){if(!(((key3 === "path") || (key3 === "component")) || (key3 === "websocket"))){validate88.errors = [{instancePath:instancePath+"/locations/" + i2,schemaPath:"#/properties/locations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs30 === errors){if(data14.path !== undefined){const _errs31 = errors;if(!(validate66(data14.path, {instancePath:instancePath+"/locations/" + i2+"/path",parentData:data14,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid6 = _errs31 === errors;}else {var valid6 = true;}if(valid6){if(data14.component !== undefined){const _errs32 = errors;if(!(validate22(data14.component, {instancePath:instancePath+"/locations/" + i2+"/component",parentData:data14,parentDataProperty:"component",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid6 = _errs32 === errors;}else {var valid6 = true;}if(valid6){if(data14.websocket !== undefined){const _errs33 = errors;if(typeof data14.websocket !== "boolean"){validate88.errors = [{instancePath:instancePath+"/locations/" + i2+"/websocket",schemaPath:"#/properties/locations/items/properties/websocket/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid6 = _errs33 === errors;}else {var valid6 = true;}}}}}}else {validate88.errors = [{instancePath:instancePath+"/locations/" + i2,schemaPath:"#/properties/locations/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid5 = _errs28 === errors;if(!valid5){break;}}}}else {validate88.errors = [{instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs26 === errors;}else {var valid0 = true;}}}}}}}}}}else {validate88.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate88.errors = vErrors;return errors === 0;}const schema33 = {"title":"Health","type":"object","additionalProperties":false,"required":["checks"],"properties":{"interval":{"$ref":"#/definitions/duration","default":"1s"},"timeout":{"$ref":"#/definitions/duration","default":"60s","description":"How long the gate waits for every check to pass."},"consecutive":{"type":"integer","minimum":1,"maximum":100,"default":3},"checks":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/check"}},"after_flip":{"type":"array","maxItems":10,"description":"Checked through nginx right after traffic moved, as a browser would: a websocket handshake must answer 101 (nginx passes Upgrade and Connection), a CORS preflight from the site's own origin must be allowed; `cookies` replays the smoke flow on the slot and through nginx: every cookie attribute the app set must reach the browser, and on HTTPS every cookie must be Secure. A failure flips traffic back.","items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["websocket","cors","cookies"]},"path":{"$ref":"#/definitions/urlPath"}},"if":{"properties":{"type":{"enum":["websocket","cors"]}}},"then":{"required":["path"]}}}}};const schema34 = {"title":"Duration","type":"string","pattern":"^[0-9]{1,6}(?:ms|s|m|h)$","patternErrorMessage":"must be a duration such as 500ms, 30s, 5m or 1h"};const pattern29 = new RegExp("^[0-9]{1,6}(?:ms|s|m|h)$", "u");function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern29.test(data)){validate100.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}(?:ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]{1,6}(?:ms|s|m|h)$"+"\""}];return false;}}else {validate100.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate100.errors = vErrors;return errors === 0;}const schema35 = {"title":"HealthCheck","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["http","tcp","postgres","redis"]},"component":{"$ref":"#/definitions/identifier"},"path":{"$ref":"#/definitions/urlPath"},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"expect_body":{"type":"string","maxLength":200,"pattern":"^[^\\n\\r]*$","patternErrorMessage":"must be a single line"},"expect_version":{"description":"The JSON body's \"version\" must be the release's: true for the version exactly as the release names it (2.5.0), or how the app writes it, with {version} standing for it (Vikunja reports \"v{version}\", stamped from its git tag).","oneOf":[{"type":"boolean"},{"type":"string","pattern":"^[A-Za-z0-9._+-]*\\{version\\}[A-Za-z0-9._+-]*$","patternErrorMessage":"must contain {version} once, with only letters, digits and . _ + - around it (e.g. v{version})"}],"default":false},"timeout":{"$ref":"#/definitions/duration","default":"2s"}},"allOf":[{"if":{"properties":{"type":{"const":"http"}},"required":["type"]},"then":{"required":["component","path"]}},{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["component"]}}]};const pattern30 = new RegExp("^[^\\n\\r]*$", "u");const pattern31 = new RegExp("^[A-Za-z0-9._+-]*\\{version\\}[A-Za-z0-9._+-]*$", "u");function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.type !== undefined){if("http" !== data.type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if(((data.component === undefined) && (missing1 = "component")) || ((data.path === undefined) && (missing1 = "path"))){validate103.errors = [{instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate103.errors = vErrors;return false;}var valid0 = _errs1 === errors;if(valid0){const _errs6 = errors;const _errs7 = errors;let valid3 = true;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.type === undefined) && (missing2 = "type")){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {if(data.type !== undefined){if("tcp" !== data.type){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(_valid1){const _errs10 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.component === undefined) && (missing3 = "component")){validate103.errors = [{instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}}var _valid1 = _errs10 === errors;valid3 = _valid1;}if(!valid3){const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate103.errors = vErrors;return false;}var valid0 = _errs6 === errors;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((data.type === undefined) && (missing4 = "type")){validate103.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs11 = errors;for(const key0 in data){if(!(((((((key0 === "type") || (key0 === "component")) || (key0 === "path")) || (key0 === "expect_status")) || (key0 === "expect_body")) || (key0 === "expect_version")) || (key0 === "timeout"))){validate103.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs11 === errors){if(data.type !== undefined){let data2 = data.type;const _errs12 = errors;if(!((((data2 === "http") || (data2 === "tcp")) || (data2 === "postgres")) || (data2 === "redis"))){validate103.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.type.enum},message:"must be equal to one of the allowed values"}];return false;}var valid5 = _errs12 === errors;}else {var valid5 = true;}if(valid5){if(data.component !== undefined){const _errs13 = errors;if(!(validate22(data.component, {instancePath:instancePath+"/component",parentData:data,parentDataProperty:"component",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid5 = _errs13 === errors;}else {var valid5 = true;}if(valid5){if(data.path !== undefined){const _errs14 = errors;if(!(validate66(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid5 = _errs14 === errors;}else {var valid5 = true;}if(valid5){if(data.expect_status !== undefined){let data5 = data.expect_status;const _errs15 = errors;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){validate103.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs15){if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 599 || isNaN(data5)){validate103.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"}];return false;}else {if(data5 < 100 || isNaN(data5)){validate103.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"}];return false;}}}}var valid5 = _errs15 === errors;}else {var valid5 = true;}if(valid5){if(data.expect_body !== undefined){let data6 = data.expect_body;const _errs17 = errors;if(errors === _errs17){if(typeof data6 === "string"){if(func4(data6) > 200){validate103.errors = [{instancePath:instancePath+"/expect_body",schemaPath:"#/properties/expect_body/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];return false;}else {if(!pattern30.test(data6)){validate103.errors = [{instancePath:instancePath+"/expect_body",schemaPath:"#/properties/expect_body/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\""}];return false;}}}else {validate103.errors = [{instancePath:instancePath+"/expect_body",schemaPath:"#/properties/expect_body/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid5 = _errs17 === errors;}else {var valid5 = true;}if(valid5){if(data.expect_version !== undefined){let data7 = data.expect_version;const _errs20 = errors;const _errs21 = errors;let valid6 = false;let passing0 = null;const _errs22 = errors;if(typeof data7 !== "boolean"){const err6 = {instancePath:instancePath+"/expect_version",schemaPath:"#/properties/expect_version/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid2 = _errs22 === errors;if(_valid2){valid6 = true;passing0 = 0;}const _errs24 = errors;if(errors === _errs24){if(typeof data7 === "string"){if(!pattern31.test(data7)){const err7 = {instancePath:instancePath+"/expect_version",schemaPath:"#/properties/expect_version/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._+-]*\\{version\\}[A-Za-z0-9._+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9._+-]*\\{version\\}[A-Za-z0-9._+-]*$"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/expect_version",schemaPath:"#/properties/expect_version/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}var _valid2 = _errs24 === errors;if(_valid2 && valid6){valid6 = false;passing0 = [passing0, 1];}else {if(_valid2){valid6 = true;passing0 = 1;}}if(!valid6){const err9 = {instancePath:instancePath+"/expect_version",schemaPath:"#/properties/expect_version/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;validate103.errors = vErrors;return false;}else {errors = _errs21;if(vErrors !== null){if(_errs21){vErrors.length = _errs21;}else {vErrors = null;}}}var valid5 = _errs20 === errors;}else {var valid5 = true;}if(valid5){if(data.timeout !== undefined){const _errs27 = errors;if(!(validate100(data.timeout, {instancePath:instancePath+"/timeout",parentData:data,parentDataProperty:"timeout",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid5 = _errs27 === errors;}else {var valid5 = true;}}}}}}}}}}else {validate103.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate103.errors = vErrors;return errors === 0;}function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.checks === undefined) && (missing0 = "checks")){validate99.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((key0 === "interval") || (key0 === "timeout")) || (key0 === "consecutive")) || (key0 === "checks")) || (key0 === "after_flip"))){validate99.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.interval !== undefined){const _errs2 = errors;if(!(validate100(data.interval, {instancePath:instancePath+"/interval",parentData:data,parentDataProperty:"interval",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.timeout !== undefined){const _errs3 = errors;if(!(validate100(data.timeout, {instancePath:instancePath+"/timeout",parentData:data,parentDataProperty:"timeout",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.consecutive !== undefined){let data2 = data.consecutive;const _errs4 = errors;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){validate99.errors = [{instancePath:instancePath+"/consecutive",schemaPath:"#/properties/consecutive/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs4){if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 100 || isNaN(data2)){validate99.errors = [{instancePath:instancePath+"/consecutive",schemaPath:"#/properties/consecutive/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];return false;}else {if(data2 < 1 || isNaN(data2)){validate99.errors = [{instancePath:instancePath+"/consecutive",schemaPath:"#/properties/consecutive/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.checks !== undefined){let data3 = data.checks;const _errs6 = errors;if(errors === _errs6){if(Array.isArray(data3)){if(data3.length > 30){validate99.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"}];return false;}else {if(data3.length < 1){validate99.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data3.length;for(let i0=0; i0<len0; i0++){const _errs8 = errors;if(!(validate103(data3[i0], {instancePath:instancePath+"/checks/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);errors = vErrors.length;}var valid1 = _errs8 === errors;if(!valid1){break;}}}}}else {validate99.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.after_flip !== undefined){let data5 = data.after_flip;const _errs9 = errors;if(errors === _errs9){if(Array.isArray(data5)){if(data5.length > 10){validate99.errors = [{instancePath:instancePath+"/after_flip",schemaPath:"#/properties/after_flip/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"}];return false;}else {var valid2 = true;const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];const _errs11 = errors;const _errs13 = errors;let valid3 = true;const _errs14 = errors;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.type !== undefined){let data7 = data6.type;if(!((data7 === "websocket") || (data7 === "cors"))){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}var _valid0 = _errs14 === errors;errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}if(_valid0){const _errs16 = errors;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing1;if((data6.path === undefined) && (missing1 = "path")){validate99.errors = [{instancePath:instancePath+"/after_flip/" + i1,schemaPath:"#/properties/after_flip/items/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs16 === errors;valid3 = _valid0;}if(!valid3){const err1 = {instancePath:instancePath+"/after_flip/" + i1,schemaPath:"#/properties/after_flip/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;validate99.errors = vErrors;return false;}if(errors === _errs11){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing2;if((data6.type === undefined) && (missing2 = "type")){validate99.errors = [{instancePath:instancePath+"/after_flip/" + i1,schemaPath:"#/properties/after_flip/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs17 = errors;for(const key1 in data6){if(!((key1 === "type") || (key1 === "path"))){validate99.errors = [{instancePath:instancePath+"/after_flip/" + i1,schemaPath:"#/properties/after_flip/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs17 === errors){if(data6.type !== undefined){let data8 = data6.type;const _errs18 = errors;if(!(((data8 === "websocket") || (data8 === "cors")) || (data8 === "cookies"))){validate99.errors = [{instancePath:instancePath+"/after_flip/" + i1+"/type",schemaPath:"#/properties/after_flip/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.after_flip.items.properties.type.enum},message:"must be equal to one of the allowed values"}];return false;}var valid5 = _errs18 === errors;}else {var valid5 = true;}if(valid5){if(data6.path !== undefined){const _errs19 = errors;if(!(validate66(data6.path, {instancePath:instancePath+"/after_flip/" + i1+"/path",parentData:data6,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid5 = _errs19 === errors;}else {var valid5 = true;}}}}}else {validate99.errors = [{instancePath:instancePath+"/after_flip/" + i1,schemaPath:"#/properties/after_flip/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid2 = _errs11 === errors;if(!valid2){break;}}}}else {validate99.errors = [{instancePath:instancePath+"/after_flip",schemaPath:"#/properties/after_flip/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}}}}}}}}else {validate99.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate99.errors = vErrors;return errors === 0;}const schema36 = {"title":"Smoke","type":"object","additionalProperties":false,"required":["steps"],"description":"Steps run in order against the new slot (never through nginx: no user sees it). ${run} is unique to the run (a throwaway user's name); `save` takes top-level fields of a JSON answer as ${name} for the steps after it. The cleanup runs whatever happened. A step that answers otherwise than expected fails the deploy before the flip (exit 10).","properties":{"component":{"$ref":"#/definitions/identifier","description":"The component the flow talks to (default: the one routed at /, else the first)."},"steps":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup":{"type":"array","maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup_command":{"type":"string","maxLength":300,"pattern":"^([^$]|\\$\\{run\\})*$","patternErrorMessage":"may use ${run} and no other $","description":"Run on the host after the flow (whatever happened), as the app's user in the slot's release with its environment, time limit 60 s: for what the API cannot undo at once, such as deleting the throwaway user. ${run} is the flow's tag."}}};const schema37 = {"title":"SmokeStep","type":"object","additionalProperties":false,"required":["name","method","path"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$","patternErrorMessage":"must be a short name: letters, digits, spaces and . _ -"},"method":{"enum":["GET","POST","PUT","PATCH","DELETE"]},"path":{"type":"string","maxLength":300,"pattern":"^/([A-Za-z0-9._~/?=&%-]|\\$\\{[a-z_][a-z0-9_]{0,30}\\})*$","patternErrorMessage":"must be a URL path (letters, digits and . _ ~ / ? = & % -) with ${name} for saved values"},"body":{"type":"object","maxProperties":50,"description":"Sent as JSON; strings may hold ${name}."},"bearer":{"type":"string","pattern":"^\\$\\{[a-z_][a-z0-9_]{0,30}\\}$","patternErrorMessage":"must be a saved value such as ${token}","description":"Sent as Authorization: Bearer <value>."},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"save":{"type":"object","maxProperties":10,"propertyNames":{"pattern":"^[a-z_][a-z0-9_]{0,30}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,60}$"},"description":"name: field, a top-level field of the JSON answer (a string or a number)."}}};const pattern32 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$", "u");const pattern33 = new RegExp("^/([A-Za-z0-9._~/?=&%-]|\\$\\{[a-z_][a-z0-9_]{0,30}\\})*$", "u");const pattern34 = new RegExp("^\\$\\{[a-z_][a-z0-9_]{0,30}\\}$", "u");const pattern35 = new RegExp("^[a-z_][a-z0-9_]{0,30}$", "u");const pattern36 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,60}$", "u");function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.name === undefined) && (missing0 = "name")) || ((data.method === undefined) && (missing0 = "method"))) || ((data.path === undefined) && (missing0 = "path"))){validate112.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "name") || (key0 === "method")) || (key0 === "path")) || (key0 === "body")) || (key0 === "bearer")) || (key0 === "expect_status")) || (key0 === "save"))){validate112.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.name !== undefined){let data0 = data.name;const _errs2 = errors;if(errors === _errs2){if(typeof data0 === "string"){if(!pattern32.test(data0)){validate112.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$"+"\""}];return false;}}else {validate112.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.method !== undefined){let data1 = data.method;const _errs5 = errors;if(!(((((data1 === "GET") || (data1 === "POST")) || (data1 === "PUT")) || (data1 === "PATCH")) || (data1 === "DELETE"))){validate112.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema37.properties.method.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.path !== undefined){let data2 = data.path;const _errs6 = errors;if(errors === _errs6){if(typeof data2 === "string"){if(func4(data2) > 300){validate112.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];return false;}else {if(!pattern33.test(data2)){validate112.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^/([A-Za-z0-9._~/?=&%-]|\\$\\{[a-z_][a-z0-9_]{0,30}\\})*$"},message:"must match pattern \""+"^/([A-Za-z0-9._~/?=&%-]|\\$\\{[a-z_][a-z0-9_]{0,30}\\})*$"+"\""}];return false;}}}else {validate112.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.body !== undefined){let data3 = data.body;const _errs9 = errors;if(errors === _errs9){if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(Object.keys(data3).length > 50){validate112.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"}];return false;}}else {validate112.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.bearer !== undefined){let data4 = data.bearer;const _errs11 = errors;if(errors === _errs11){if(typeof data4 === "string"){if(!pattern34.test(data4)){validate112.errors = [{instancePath:instancePath+"/bearer",schemaPath:"#/properties/bearer/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[a-z_][a-z0-9_]{0,30}\\}$"},message:"must match pattern \""+"^\\$\\{[a-z_][a-z0-9_]{0,30}\\}$"+"\""}];return false;}}else {validate112.errors = [{instancePath:instancePath+"/bearer",schemaPath:"#/properties/bearer/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.expect_status !== undefined){let data5 = data.expect_status;const _errs14 = errors;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){validate112.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs14){if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 599 || isNaN(data5)){validate112.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"}];return false;}else {if(data5 < 100 || isNaN(data5)){validate112.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"}];return false;}}}}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.save !== undefined){let data6 = data.save;const _errs16 = errors;if(errors === _errs16){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(Object.keys(data6).length > 10){validate112.errors = [{instancePath:instancePath+"/save",schemaPath:"#/properties/save/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties"}];return false;}else {for(const key1 in data6){const _errs18 = errors;if(typeof key1 === "string"){if(!pattern35.test(key1)){const err0 = {instancePath:instancePath+"/save",schemaPath:"#/properties/save/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,30}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,30}$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var valid1 = _errs18 === errors;if(!valid1){const err1 = {instancePath:instancePath+"/save",schemaPath:"#/properties/save/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;validate112.errors = vErrors;return false;break;}}if(valid1){for(const key2 in data6){let data7 = data6[key2];const _errs20 = errors;if(errors === _errs20){if(typeof data7 === "string"){if(!pattern36.test(data7)){validate112.errors = [{instancePath:instancePath+"/save/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/save/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,60}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,60}$"+"\""}];return false;}}else {validate112.errors = [{instancePath:instancePath+"/save/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/save/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs20 === errors;if(!valid2){break;}}}}}else {validate112.errors = [{instancePath:instancePath+"/save",schemaPath:"#/properties/save/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs16 === errors;}else {var valid0 = true;}}}}}}}}}}else {validate112.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate112.errors = vErrors;return errors === 0;}const pattern37 = new RegExp("^([^$]|\\$\\{run\\})*$", "u");function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.steps === undefined) && (missing0 = "steps")){validate110.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((key0 === "component") || (key0 === "steps")) || (key0 === "cleanup")) || (key0 === "cleanup_command"))){validate110.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.component !== undefined){const _errs2 = errors;if(!(validate22(data.component, {instancePath:instancePath+"/component",parentData:data,parentDataProperty:"component",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.steps !== undefined){let data1 = data.steps;const _errs3 = errors;if(errors === _errs3){if(Array.isArray(data1)){if(data1.length > 30){validate110.errors = [{instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"}];return false;}else {if(data1.length < 1){validate110.errors = [{instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs5 = errors;if(!(validate112(data1[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);errors = vErrors.length;}var valid1 = _errs5 === errors;if(!valid1){break;}}}}}else {validate110.errors = [{instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.cleanup !== undefined){let data3 = data.cleanup;const _errs6 = errors;if(errors === _errs6){if(Array.isArray(data3)){if(data3.length > 30){validate110.errors = [{instancePath:instancePath+"/cleanup",schemaPath:"#/properties/cleanup/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"}];return false;}else {var valid2 = true;const len1 = data3.length;for(let i1=0; i1<len1; i1++){const _errs8 = errors;if(!(validate112(data3[i1], {instancePath:instancePath+"/cleanup/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);errors = vErrors.length;}var valid2 = _errs8 === errors;if(!valid2){break;}}}}else {validate110.errors = [{instancePath:instancePath+"/cleanup",schemaPath:"#/properties/cleanup/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.cleanup_command !== undefined){let data5 = data.cleanup_command;const _errs9 = errors;if(errors === _errs9){if(typeof data5 === "string"){if(func4(data5) > 300){validate110.errors = [{instancePath:instancePath+"/cleanup_command",schemaPath:"#/properties/cleanup_command/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];return false;}else {if(!pattern37.test(data5)){validate110.errors = [{instancePath:instancePath+"/cleanup_command",schemaPath:"#/properties/cleanup_command/pattern",keyword:"pattern",params:{pattern: "^([^$]|\\$\\{run\\})*$"},message:"must match pattern \""+"^([^$]|\\$\\{run\\})*$"+"\""}];return false;}}}else {validate110.errors = [{instancePath:instancePath+"/cleanup_command",schemaPath:"#/properties/cleanup_command/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}}}}}}}else {validate110.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate110.errors = vErrors;return errors === 0;}const schema38 = {"title":"Migrations","type":"object","additionalProperties":false,"required":["command"],"properties":{"command":{"$ref":"#/definitions/command"},"timeout":{"$ref":"#/definitions/duration","default":"5m"},"bookkeeping_tables":{"type":"array","uniqueItems":true,"maxItems":16,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a table name of the public schema: a-z, 0-9 and _, starting with a letter or _"},"default":["schema_migrations"],"description":"Tables the migration tool itself writes (which migrations ran). `rollback --restore-db if-safe` does not count their changes as the app's writes."}}};function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.command === undefined) && (missing0 = "command")){validate116.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "command") || (key0 === "timeout")) || (key0 === "bookkeeping_tables"))){validate116.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.command !== undefined){const _errs2 = errors;if(!(validate56(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.timeout !== undefined){const _errs3 = errors;if(!(validate100(data.timeout, {instancePath:instancePath+"/timeout",parentData:data,parentDataProperty:"timeout",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.bookkeeping_tables !== undefined){let data2 = data.bookkeeping_tables;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data2)){if(data2.length > 16){validate116.errors = [{instancePath:instancePath+"/bookkeeping_tables",schemaPath:"#/properties/bookkeeping_tables/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"}];return false;}else {var valid1 = true;const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];const _errs6 = errors;if(errors === _errs6){if(typeof data3 === "string"){if(!pattern23.test(data3)){validate116.errors = [{instancePath:instancePath+"/bookkeeping_tables/" + i0,schemaPath:"#/properties/bookkeeping_tables/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,62}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,62}$"+"\""}];return false;}}else {validate116.errors = [{instancePath:instancePath+"/bookkeeping_tables/" + i0,schemaPath:"#/properties/bookkeeping_tables/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs6 === errors;if(!valid1){break;}}if(valid1){let i1 = data2.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data2[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];validate116.errors = [{instancePath:instancePath+"/bookkeeping_tables",schemaPath:"#/properties/bookkeeping_tables/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break;}indices0[item0] = i1;}}}}}else {validate116.errors = [{instancePath:instancePath+"/bookkeeping_tables",schemaPath:"#/properties/bookkeeping_tables/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}}else {validate116.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate116.errors = vErrors;return errors === 0;}const schema39 = {"title":"Backups","type":"object","additionalProperties":false,"properties":{"keep":{"type":"integer","minimum":1,"maximum":1000,"default":7},"recipients":{"type":"array","minItems":1,"maxItems":10,"uniqueItems":true,"items":{"$ref":"#/definitions/ageRecipient"}},"restore_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the age identity; only restore jobs have it."},"files_dir":{"$ref":"#/definitions/absolutePath","description":"The app's files directory, backed up with the database."},"stores":{"type":"array","maxItems":5,"items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["host","local","artifact"]},"path":{"$ref":"#/definitions/absolutePath"},"retention_days":{"type":"integer","minimum":1,"maximum":90}},"allOf":[{"if":{"properties":{"type":{"const":"local"}},"required":["type"]},"then":{"required":["path"]}}]}}}};const schema40 = {"title":"AgeRecipient","type":"string","pattern":"^age1[02-9ac-hj-np-z]{58}$","patternErrorMessage":"must be an age public key (age1 followed by 58 characters); never the private key"};const pattern39 = new RegExp("^age1[02-9ac-hj-np-z]{58}$", "u");function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern39.test(data)){validate121.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^age1[02-9ac-hj-np-z]{58}$"},message:"must match pattern \""+"^age1[02-9ac-hj-np-z]{58}$"+"\""}];return false;}}else {validate121.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate121.errors = vErrors;return errors === 0;}function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(((((key0 === "keep") || (key0 === "recipients")) || (key0 === "restore_key_secret")) || (key0 === "files_dir")) || (key0 === "stores"))){validate120.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.keep !== undefined){let data0 = data.keep;const _errs2 = errors;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){validate120.errors = [{instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs2){if((typeof data0 == "number") && (isFinite(data0))){if(data0 > 1000 || isNaN(data0)){validate120.errors = [{instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];return false;}else {if(data0 < 1 || isNaN(data0)){validate120.errors = [{instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.recipients !== undefined){let data1 = data.recipients;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){if(data1.length > 10){validate120.errors = [{instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"}];return false;}else {if(data1.length < 1){validate120.errors = [{instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs6 = errors;if(!(validate121(data1[i0], {instancePath:instancePath+"/recipients/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);errors = vErrors.length;}var valid1 = _errs6 === errors;if(!valid1){break;}}if(valid1){let i1 = data1.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data1[i1], data1[j0])){validate120.errors = [{instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate120.errors = [{instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.restore_key_secret !== undefined){const _errs7 = errors;if(!(validate34(data.restore_key_secret, {instancePath:instancePath+"/restore_key_secret",parentData:data,parentDataProperty:"restore_key_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.files_dir !== undefined){const _errs8 = errors;if(!(validate72(data.files_dir, {instancePath:instancePath+"/files_dir",parentData:data,parentDataProperty:"files_dir",rootData}))){vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);errors = vErrors.length;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.stores !== undefined){let data5 = data.stores;const _errs9 = errors;if(errors === _errs9){if(Array.isArray(data5)){if(data5.length > 5){validate120.errors = [{instancePath:instancePath+"/stores",schemaPath:"#/properties/stores/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items"}];return false;}else {var valid3 = true;const len1 = data5.length;for(let i2=0; i2<len1; i2++){let data6 = data5[i2];const _errs11 = errors;const _errs14 = errors;let valid5 = true;const _errs15 = errors;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing0;if((data6.type === undefined) && (missing0 = "type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data6.type !== undefined){if("local" !== data6.type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs15 === errors;errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}if(_valid0){const _errs17 = errors;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing1;if((data6.path === undefined) && (missing1 = "path")){validate120.errors = [{instancePath:instancePath+"/stores/" + i2,schemaPath:"#/properties/stores/items/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs17 === errors;valid5 = _valid0;}if(!valid5){const err2 = {instancePath:instancePath+"/stores/" + i2,schemaPath:"#/properties/stores/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate120.errors = vErrors;return false;}if(errors === _errs11){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing2;if((data6.type === undefined) && (missing2 = "type")){validate120.errors = [{instancePath:instancePath+"/stores/" + i2,schemaPath:"#/properties/stores/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs18 = errors;for(const key1 in data6){if(!(((key1 === "type") || (key1 === "path")) || (key1 === "retention_days"))){validate120.errors = [{instancePath:instancePath+"/stores/" + i2,schemaPath:"#/properties/stores/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs18 === errors){if(data6.type !== undefined){let data8 = data6.type;const _errs19 = errors;if(!(((data8 === "host") || (data8 === "local")) || (data8 === "artifact"))){validate120.errors = [{instancePath:instancePath+"/stores/" + i2+"/type",schemaPath:"#/properties/stores/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.stores.items.properties.type.enum},message:"must be equal to one of the allowed values"}];return false;}var valid7 = _errs19 === errors;}else {var valid7 = true;}if(valid7){if(data6.path !== undefined){const _errs20 = errors;if(!(validate72(data6.path, {instancePath:instancePath+"/stores/" + i2+"/path",parentData:data6,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);errors = vErrors.length;}var valid7 = _errs20 === errors;}else {var valid7 = true;}if(valid7){if(data6.retention_days !== undefined){let data10 = data6.retention_days;const _errs21 = errors;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){validate120.errors = [{instancePath:instancePath+"/stores/" + i2+"/retention_days",schemaPath:"#/properties/stores/items/properties/retention_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs21){if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 90 || isNaN(data10)){validate120.errors = [{instancePath:instancePath+"/stores/" + i2+"/retention_days",schemaPath:"#/properties/stores/items/properties/retention_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90"}];return false;}else {if(data10 < 1 || isNaN(data10)){validate120.errors = [{instancePath:instancePath+"/stores/" + i2+"/retention_days",schemaPath:"#/properties/stores/items/properties/retention_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid7 = _errs21 === errors;}else {var valid7 = true;}}}}}}else {validate120.errors = [{instancePath:instancePath+"/stores/" + i2,schemaPath:"#/properties/stores/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid3 = _errs11 === errors;if(!valid3){break;}}}}else {validate120.errors = [{instancePath:instancePath+"/stores",schemaPath:"#/properties/stores/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}}}}}}}else {validate120.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate120.errors = vErrors;return errors === 0;}const schema41 = {"title":"Windows","type":"object","additionalProperties":false,"properties":{"observe":{"$ref":"#/definitions/duration","default":"30s","description":"Watch health after the flip; flip back when thresholds are crossed."},"keep_warm":{"$ref":"#/definitions/duration","default":"5m","description":"The old slot keeps running this long, so a rollback is only a flip. 0s for apps whose jobs must not run twice."},"drain":{"$ref":"#/definitions/duration","default":"10s","description":"Time the old slot gets to finish in-flight requests before it stops."},"max_error_rate":{"type":"number","minimum":0,"maximum":100,"default":5,"description":"Observe: flip back when more than this percentage of the requests through nginx since the flip failed with 5xx (the seed's warning level)."},"max_p95_latency":{"$ref":"#/definitions/duration","default":"500ms","description":"Observe: flip back when the 95th percentile of request times through nginx since the flip exceeds this (the seed's warning level; websocket upgrades are not counted)."},"receipt_rate":{"type":"number","minimum":0,"maximum":50,"default":4,"description":"Requests per second the host sends through nginx to the app's version route, from just before the flip to the end of the observe window, for the deploy's receipt (when the new release first answered, and whether any request failed). 0: none (the receipt then counts users' requests only)."}}};function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!((((((key0 === "observe") || (key0 === "keep_warm")) || (key0 === "drain")) || (key0 === "max_error_rate")) || (key0 === "max_p95_latency")) || (key0 === "receipt_rate"))){validate127.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.observe !== undefined){const _errs2 = errors;if(!(validate100(data.observe, {instancePath:instancePath+"/observe",parentData:data,parentDataProperty:"observe",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.keep_warm !== undefined){const _errs3 = errors;if(!(validate100(data.keep_warm, {instancePath:instancePath+"/keep_warm",parentData:data,parentDataProperty:"keep_warm",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.drain !== undefined){const _errs4 = errors;if(!(validate100(data.drain, {instancePath:instancePath+"/drain",parentData:data,parentDataProperty:"drain",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.max_error_rate !== undefined){let data3 = data.max_error_rate;const _errs5 = errors;if(errors === _errs5){if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 100 || isNaN(data3)){validate127.errors = [{instancePath:instancePath+"/max_error_rate",schemaPath:"#/properties/max_error_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];return false;}else {if(data3 < 0 || isNaN(data3)){validate127.errors = [{instancePath:instancePath+"/max_error_rate",schemaPath:"#/properties/max_error_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}else {validate127.errors = [{instancePath:instancePath+"/max_error_rate",schemaPath:"#/properties/max_error_rate/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.max_p95_latency !== undefined){const _errs7 = errors;if(!(validate100(data.max_p95_latency, {instancePath:instancePath+"/max_p95_latency",parentData:data,parentDataProperty:"max_p95_latency",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.receipt_rate !== undefined){let data5 = data.receipt_rate;const _errs8 = errors;if(errors === _errs8){if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 50 || isNaN(data5)){validate127.errors = [{instancePath:instancePath+"/receipt_rate",schemaPath:"#/properties/receipt_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"}];return false;}else {if(data5 < 0 || isNaN(data5)){validate127.errors = [{instancePath:instancePath+"/receipt_rate",schemaPath:"#/properties/receipt_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}else {validate127.errors = [{instancePath:instancePath+"/receipt_rate",schemaPath:"#/properties/receipt_rate/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}}}}}}}}else {validate127.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate127.errors = vErrors;return errors === 0;}const schema42 = {"title":"Hooks","type":"object","additionalProperties":false,"properties":{"pre_deploy":{"$ref":"#/definitions/commandList"},"post_flip":{"$ref":"#/definitions/commandList"},"post_deploy":{"$ref":"#/definitions/commandList"}}};function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(((key0 === "pre_deploy") || (key0 === "post_flip")) || (key0 === "post_deploy"))){validate133.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.pre_deploy !== undefined){const _errs2 = errors;if(!(validate55(data.pre_deploy, {instancePath:instancePath+"/pre_deploy",parentData:data,parentDataProperty:"pre_deploy",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.post_flip !== undefined){const _errs3 = errors;if(!(validate55(data.post_flip, {instancePath:instancePath+"/post_flip",parentData:data,parentDataProperty:"post_flip",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.post_deploy !== undefined){const _errs4 = errors;if(!(validate55(data.post_deploy, {instancePath:instancePath+"/post_deploy",parentData:data,parentDataProperty:"post_deploy",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}else {validate133.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate133.errors = vErrors;return errors === 0;}function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = true;const _errs2 = errors;const _errs3 = errors;const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.container === undefined) && (missing0 = "container")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var valid1 = _errs4 === errors;if(valid1){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.target !== undefined){let data0 = data.target;if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){validate25.errors = [{instancePath:instancePath+"/target",schemaPath:"#/then/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}const _errs8 = errors;let valid3 = true;const _errs9 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){let missing1;if((data0.transport === undefined) && (missing1 = "transport")){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}else {if(data0.transport !== undefined){if("ssh" !== data0.transport){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}}var _valid1 = _errs9 === errors;errors = _errs8;if(vErrors !== null){if(_errs8){vErrors.length = _errs8;}else {vErrors = null;}}if(_valid1){const _errs11 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){let missing2;if((data0.host_keys === undefined) && (missing2 = "host_keys")){validate25.errors = [{instancePath:instancePath+"/target",schemaPath:"#/then/properties/target/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}}var _valid1 = _errs11 === errors;valid3 = _valid1;}if(!valid3){const err4 = {instancePath:instancePath+"/target",schemaPath:"#/then/properties/target/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;validate25.errors = vErrors;return false;}}}var _valid0 = _errs5 === errors;valid0 = _valid0;}if(!valid0){const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate25.errors = vErrors;return false;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if(((((data.id === undefined) && (missing3 = "id")) || ((data.target === undefined) && (missing3 = "target"))) || ((data.app === undefined) && (missing3 = "app"))) || ((data.health === undefined) && (missing3 = "health"))){validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs12 = errors;for(const key0 in data){if(!(func2.call(schema8.properties, key0))){validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs12 === errors){if(data.id !== undefined){const _errs13 = errors;if(!(validate22(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid5 = _errs13 === errors;}else {var valid5 = true;}if(valid5){if(data.target !== undefined){const _errs14 = errors;if(!(validate27(data.target, {instancePath:instancePath+"/target",parentData:data,parentDataProperty:"target",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}var valid5 = _errs14 === errors;}else {var valid5 = true;}if(valid5){if(data.container !== undefined){const _errs15 = errors;if(!(validate38(data.container, {instancePath:instancePath+"/container",parentData:data,parentDataProperty:"container",rootData}))){vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);errors = vErrors.length;}var valid5 = _errs15 === errors;}else {var valid5 = true;}if(valid5){if(data.app !== undefined){const _errs16 = errors;if(!(validate41(data.app, {instancePath:instancePath+"/app",parentData:data,parentDataProperty:"app",rootData}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}var valid5 = _errs16 === errors;}else {var valid5 = true;}if(valid5){if(data.templates !== undefined){let data6 = data.templates;const _errs17 = errors;if(errors === _errs17){if(Array.isArray(data6)){if(data6.length > 100){validate25.errors = [{instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {var valid6 = true;const len0 = data6.length;for(let i0=0; i0<len0; i0++){const _errs19 = errors;if(!(validate70(data6[i0], {instancePath:instancePath+"/templates/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);errors = vErrors.length;}var valid6 = _errs19 === errors;if(!valid6){break;}}}}else {validate25.errors = [{instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid5 = _errs17 === errors;}else {var valid5 = true;}if(valid5){if(data.database !== undefined){const _errs20 = errors;if(!(validate77(data.database, {instancePath:instancePath+"/database",parentData:data,parentDataProperty:"database",rootData}))){vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);errors = vErrors.length;}var valid5 = _errs20 === errors;}else {var valid5 = true;}if(valid5){if(data.redis !== undefined){const _errs21 = errors;if(!(validate83(data.redis, {instancePath:instancePath+"/redis",parentData:data,parentDataProperty:"redis",rootData}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid5 = _errs21 === errors;}else {var valid5 = true;}if(valid5){if(data.nginx !== undefined){const _errs22 = errors;if(!(validate88(data.nginx, {instancePath:instancePath+"/nginx",parentData:data,parentDataProperty:"nginx",rootData}))){vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);errors = vErrors.length;}var valid5 = _errs22 === errors;}else {var valid5 = true;}if(valid5){if(data.health !== undefined){const _errs23 = errors;if(!(validate99(data.health, {instancePath:instancePath+"/health",parentData:data,parentDataProperty:"health",rootData}))){vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);errors = vErrors.length;}var valid5 = _errs23 === errors;}else {var valid5 = true;}if(valid5){if(data.smoke !== undefined){let data12 = data.smoke;const _errs24 = errors;const _errs25 = errors;let valid7 = false;let passing0 = null;const _errs26 = errors;if(!(validate110(data12, {instancePath:instancePath+"/smoke",parentData:data,parentDataProperty:"smoke",rootData}))){vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);errors = vErrors.length;}var _valid2 = _errs26 === errors;if(_valid2){valid7 = true;passing0 = 0;}const _errs27 = errors;if(false !== data12){const err6 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid2 = _errs27 === errors;if(_valid2 && valid7){valid7 = false;passing0 = [passing0, 1];}else {if(_valid2){valid7 = true;passing0 = 1;}}if(!valid7){const err7 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;validate25.errors = vErrors;return false;}else {errors = _errs25;if(vErrors !== null){if(_errs25){vErrors.length = _errs25;}else {vErrors = null;}}}var valid5 = _errs24 === errors;}else {var valid5 = true;}if(valid5){if(data.migrations !== undefined){const _errs28 = errors;if(!(validate116(data.migrations, {instancePath:instancePath+"/migrations",parentData:data,parentDataProperty:"migrations",rootData}))){vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);errors = vErrors.length;}var valid5 = _errs28 === errors;}else {var valid5 = true;}if(valid5){if(data.backups !== undefined){const _errs29 = errors;if(!(validate120(data.backups, {instancePath:instancePath+"/backups",parentData:data,parentDataProperty:"backups",rootData}))){vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);errors = vErrors.length;}var valid5 = _errs29 === errors;}else {var valid5 = true;}if(valid5){if(data.windows !== undefined){const _errs30 = errors;if(!(validate127(data.windows, {instancePath:instancePath+"/windows",parentData:data,parentDataProperty:"windows",rootData}))){vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);errors = vErrors.length;}var valid5 = _errs30 === errors;}else {var valid5 = true;}if(valid5){if(data.hooks !== undefined){const _errs31 = errors;if(!(validate133(data.hooks, {instancePath:instancePath+"/hooks",parentData:data,parentDataProperty:"hooks",rootData}))){vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);errors = vErrors.length;}var valid5 = _errs31 === errors;}else {var valid5 = true;}}}}}}}}}}}}}}}}}else {validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate25.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://slotflip.dev/schema/environment.schema.json" */;let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.version === undefined) && (missing0 = "version")) || ((data.environment === undefined) && (missing0 = "environment"))) || ((data.instances === undefined) && (missing0 = "instances"))){validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((key0 === "version") || (key0 === "environment")) || (key0 === "promote_from")) || (key0 === "instances"))){validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.version !== undefined){const _errs2 = errors;if(1 !== data.version){validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.environment !== undefined){const _errs3 = errors;if(!(validate22(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.promote_from !== undefined){const _errs4 = errors;if(!(validate22(data.promote_from, {instancePath:instancePath+"/promote_from",parentData:data,parentDataProperty:"promote_from",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.instances !== undefined){let data3 = data.instances;const _errs5 = errors;if(errors === _errs5){if(Array.isArray(data3)){if(data3.length > 50){validate21.errors = [{instancePath:instancePath+"/instances",schemaPath:"#/properties/instances/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];return false;}else {if(data3.length < 1){validate21.errors = [{instancePath:instancePath+"/instances",schemaPath:"#/properties/instances/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data3.length;for(let i0=0; i0<len0; i0++){const _errs7 = errors;if(!(validate25(data3[i0], {instancePath:instancePath+"/instances/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}var valid1 = _errs7 === errors;if(!valid1){break;}}}}}else {validate21.errors = [{instancePath:instancePath+"/instances",schemaPath:"#/properties/instances/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs5 === errors;}else {var valid0 = true;}}}}}}}else {validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate21.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/config/schema.ts



const environmentSchema = environment_schema;
/**
 * The ajv validator for the environment schema, compiled ahead of time (scripts/gen-validator.mjs, with the options in
 * schema/environment.validator.json): compiling it at each start cost about 170 ms. It says valid or not and no more.
 */
function environmentValidator() {
    return environment_validate_generated;
}
let describing;
/**
 * The same validator compiled at run time, for a file that has errors: its errors point at this module's schema
 * objects (parentSchema), which the findings look up by identity. Only an invalid file pays for the compile.
 */
async function describingValidator() {
    if (!describing) {
        // ajv itself loads only here: a run whose files are all valid never pays for it. The options are those the
        // ahead-of-time compile used, less the two it drops (a test holds the two validators to the same verdicts).
        // Through the default export (ajv's module.exports, the class that carries itself as .Ajv): the bundle's import()
        // of a CommonJS function keeps only that, where Node's also lists the named exports.
        const { Ajv } = (await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 42463, 23))).default;
        const ajv = new Ajv(environment_validator_namespaceObject.fF);
        for (const k of environment_validator_namespaceObject.RE)
            ajv.addKeyword(k);
        describing = ajv.compile(environmentSchema);
    }
    return describing;
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

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   u0: () => (/* binding */ SlotflipError)
/* harmony export */ });
/* unused harmony export LabError */
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


/***/ }),

/***/ 13327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readProbe)
/* harmony export */ });
/* harmony import */ var _shell_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55547);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50523);


function readProbe(inst, stdout) {
    const { tag, first } = (0,_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .readSections */ .j)(stdout);
    return {
        inst,
        now: Number(first('now')) || Date.now() / 1000,
        state: (0,_shell_state_js__WEBPACK_IMPORTED_MODULE_1__/* .parseState */ .Bu)(first('state') || 'null', inst.id),
        tag,
        first,
    };
}


/***/ }),

/***/ 50523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ readSections)
/* harmony export */ });
// The one output protocol of every script that reads a host (the probe, status, doctor, drift): a line `@name value`
// opens a record, and the lines after it that do not start with `@` belong to it (a JSON file, the journal's tail).
// One parser reads them all, so a new fact is a line in a script and a name here, never a new format.
const HEADER = /^@([a-z][a-z0-9-]*)(?: (.*))?$/;
function readSections(stdout) {
    const records = [];
    for (const line of stdout.split('\n')) {
        const m = HEADER.exec(line);
        if (m)
            records.push({ name: m[1], lines: [m[2] ?? ''] });
        else
            records.at(-1)?.lines.push(line);
    }
    const tag = (name) => records.filter((r) => r.name === name).map((r) => r.lines[0].trim());
    return {
        tag,
        first: (name) => tag(name)[0] ?? '',
        body: (name) => {
            const r = records.find((x) => x.name === name);
            return r ? r.lines.join('\n').trim() : '';
        },
    };
}


/***/ }),

/***/ 41404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
;// CONCATENATED MODULE: ./src/github/rest.ts
/** From the workflow's environment: GITHUB_API_URL, GITHUB_REPOSITORY and a token with actions:read. */
function githubApiFrom(env) {
    const token = env.SLOTFLIP_GITHUB_TOKEN ?? env.GITHUB_TOKEN;
    if (!env.GITHUB_REPOSITORY)
        return { missing: 'GITHUB_REPOSITORY (owner/name of this repository)' };
    if (!token)
        return { missing: 'a token with actions:read in GITHUB_TOKEN (the workflow passes github.token)' };
    return {
        url: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
        repo: env.GITHUB_REPOSITORY,
        token,
    };
}
async function get(api, path) {
    return request(api, 'GET', path);
}
/** One call to the repository's REST API; a non-2xx answer is an error naming the path and the status. */
async function request(api, method, path, body) {
    const res = await fetch(`${api.url}/repos/${api.repo}${path}`, {
        method,
        headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${api.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'slotflip',
            ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok)
        throw new Error(`GitHub API ${path || '/'}: ${res.status} ${res.statusText}`);
    return (await res.json());
}
const getWorkflowRun = (api, runId) => get(api, `/actions/runs/${runId}`);
const getDefaultBranch = async (api) => (await get(api, '')).default_branch;

;// CONCATENATED MODULE: ./src/github/port.ts

/**
 * GitHub as backups and restores reach it: the REST reads that judge a run, and @actions/artifact's client inside a
 * workflow run (ACTIONS_RUNTIME_TOKEN set), loaded only when used.
 */
function githubPort(env) {
    return {
        runs: (e) => {
            const api = githubApiFrom(e);
            if ('missing' in api)
                return api;
            return {
                repo: api.repo,
                token: api.token,
                run: (id) => getWorkflowRun(api, id),
                defaultBranch: () => getDefaultBranch(api),
            };
        },
        ...(env.ACTIONS_RUNTIME_TOKEN
            ? { artifacts: async () => new (await __webpack_require__.e(/* import() */ 599).then(__webpack_require__.bind(__webpack_require__, 37599))).DefaultArtifactClient() }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/validate/job-secrets.ts
var job_secrets = __webpack_require__(90389);
;// CONCATENATED MODULE: ./src/github/inputs.ts





// The action's inputs as values, each checked where it is read: a bad one stops the step with its name.
function listInput(name) {
    return core/* getInput */.V4(name)
        .split(/[\s,]+/)
        .filter(Boolean);
}
function lockWaitInput() {
    const wait = (0,duration/* parseLockWait */.C)(core/* getInput */.V4('lock-wait') || '0');
    if (!wait.ok)
        throw new errors/* SlotflipError */.u0('lock', `input ${wait.message}`, 'Fix the lock-wait input of this step', exit_codes/* ExitCode */.y.usage);
    return wait.ms;
}
function jobInput() {
    const job = core/* getInput */.V4('job') || 'deploy';
    if (!(0,job_secrets/* isJob */.o5)(job))
        throw new errors/* SlotflipError */.u0('validate', `input "job" must be one of ${job_secrets/* JOBS */.PL.join(', ')}; got "${job}"`, 'Name the kind of job whose secrets validate should require', exit_codes/* ExitCode */.y.usage);
    return job;
}
function restoreDbInput() {
    const v = core/* getInput */.V4('restore-db') || 'never';
    if (v === 'never' || v === 'if-safe' || v === 'force')
        return v;
    throw new errors/* SlotflipError */.u0('validate', `input "restore-db" must be never, if-safe or force; got "${v}"`, 'Fix the workflow input', exit_codes/* ExitCode */.y.usage);
}
/** A boolean input; unset is false (a runner fills in action.yml's defaults, a direct call may not). */
const flag = (name) => core/* getInput */.V4(name) !== '' && core/* getBooleanInput */.Vt(name);

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/engine/outcome.ts
var engine_outcome = __webpack_require__(938);
// EXTERNAL MODULE: ./src/shell/quote.ts
var shell_quote = __webpack_require__(61250);
;// CONCATENATED MODULE: ./src/host/drift.ts

/**
 * Prints `@file <sha256> <path>` for every file slotflip rendered last time (`@file missing <path>` for one that is
 * gone), in the facts protocol (facts/sections.ts; facts/drift.ts reads it). Read-only.
 */
function driftScript(state) {
    const paths = Object.keys(state.rendered ?? {});
    if (paths.length === 0)
        return undefined;
    return paths
        .map((p) => `if [ -f ${(0,shell_quote/* quote */.hD)(p)} ]; then echo "@file $(sha256sum < ${(0,shell_quote/* quote */.hD)(p)} | cut -c1-64) "${(0,shell_quote/* quote */.hD)(p)}; ` +
        `else echo "@file missing "${(0,shell_quote/* quote */.hD)(p)}; fi`)
        .join('\n');
}

// EXTERNAL MODULE: ./src/facts/sections.ts
var sections = __webpack_require__(50523);
;// CONCATENATED MODULE: ./src/facts/drift.ts

/** Files that differ from what slotflip last rendered (host/drift.ts prints them): someone edited them on the host. */
function parseDrift(state, stdout) {
    const drift = [];
    for (const line of (0,sections/* readSections */.j)(stdout).tag('file')) {
        const space = line.indexOf(' ');
        const [hash, path] = space < 0 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
        const expected = path ? state.rendered?.[path] : undefined;
        if (!expected)
            continue;
        if (hash === 'missing')
            drift.push(`${path} was removed from the host`);
        else if (hash !== expected)
            drift.push(`${path} was changed on the host since slotflip rendered it`);
    }
    return drift;
}

// EXTERNAL MODULE: ./src/shell/state.ts
var shell_state = __webpack_require__(55547);
// EXTERNAL MODULE: ./src/host/receipt.ts
var host_receipt = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/host/observe.ts
var host_observe = __webpack_require__(85106);
// EXTERNAL MODULE: ./src/host/watch.ts
var host_watch = __webpack_require__(48949);
// EXTERNAL MODULE: ./src/config/resolved.ts
var resolved = __webpack_require__(31328);
// EXTERNAL MODULE: ./src/host/flip.ts
var flip = __webpack_require__(17747);
// EXTERNAL MODULE: ./src/shell/layout.ts
var shell_layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/host/maintenance.ts
var maintenance = __webpack_require__(62357);
// EXTERNAL MODULE: ./src/plan/steps.ts
var plan_steps = __webpack_require__(62960);
;// CONCATENATED MODULE: ./src/plan/converge-plan.ts






/**
 * Deploying the release that is already live, after a run was interrupted: finish what that run left instead of
 * saying "nothing to do". The live slot must pass its health gate, then traffic is pointed at it again (all
 * components, maintenance page off), it alone starts at boot, the other slot is retired and the state recorded.
 */
function buildConvergePlan(req) {
    const { instance: inst, live } = req;
    const other = (0,shell_layout/* otherSlot */.jx)(live);
    const confirm = (0,flip/* confirmThroughNginx */.cn)(inst, req.release.version);
    const state = (0,shell_state/* withHistory */.$k)({ ...req.state, active: live }, {
        run: req.run,
        op: 'deploy',
        release: req.release.id,
        slot: live,
        result: 'ok',
        at: req.now,
        detail: `converged: ${req.reason}`,
    });
    const steps = [
        (0,plan_steps/* lockStep */.s9)(inst.id, req),
        (0,plan_steps/* gateStep */.sf)(inst, live, req.release.version, `health gate on the live ${live} slot`),
        {
            id: 'flip',
            phase: 'flip',
            title: `point every component at the ${live} slot`,
            timeoutMs: plan_steps/* MIN */.pH,
            movesTraffic: true,
            ops: [(0,flip/* flipTo */.hp)(inst, live), ...(req.maintenance ? [(0,maintenance/* maintenanceOff */.F)(inst.id)] : []), ...(confirm ? [confirm] : [])],
        },
        (0,plan_steps/* enableStep */.ys)(inst, live),
        (0,plan_steps/* retireStep */.m4)(inst, other, (0,resolved/* resolved */.L$)(inst), `schedule the ${other} slot to stop after its keep-warm window (a timer on the host)`),
        (0,plan_steps/* recordStep */.IC)(inst.id, state, 'record state and history'),
    ];
    return (0,plan_steps/* planOf */.XC)(req, inst.id, {
        release: req.release,
        from: live,
        to: live,
        steps,
        finally: (0,plan_steps/* unlockStep */.Rl)(inst.id, req.run),
        notes: [`release ${req.release.id} is already live on the ${live} slot; converging: ${req.reason}`],
    });
}

// EXTERNAL MODULE: ./src/host/nginx-reload.ts
var nginx_reload = __webpack_require__(84102);
;// CONCATENATED MODULE: ./src/host/handoff.ts



/** Where a spare port is looked for on the host (the first free one is taken). */
const SPARE_PORTS = { from: 18000, to: 18099 };
/** nftables identifiers: letters, digits and underscores. */
const handoffTable = (instance) => `slotflip_${instance.replace(/[^A-Za-z0-9]/g, '_')}`;
/** Written at adoption, removed once nginx holds the port: "<port> <via>". Every deploy finishes a handoff it finds. */
const handoffFile = (instance) => `${(0,shell_layout/* layout */.Zp)(instance).root}/handoff`;
/**
 * The rendered site, listening on `via` instead of the handed-off port. The template writes one `listen <http_port>;`
 * line per server; undefined when the site has none (nginx.http_port changed since the adoption: the plans refuse).
 */
function listenVia(site, h) {
    const line = new RegExp(`^(\\s*)listen ${h.port};$`, 'gm');
    if (!line.test(site.content))
        return undefined;
    return { ...site, content: site.content.replace(line, (_m, indent) => `${indent}listen ${h.via};`) };
}
/** Why a plan cannot run while the site does not listen on the port the adopted app holds. */
const portMoved = (h, httpPort) => `the adopted app holds port ${h.port} until the first deploy stops it, and nginx.http_port is now ` +
    `${httpPort ?? 80}: deploy once with nginx.http_port: ${h.port} (nginx takes that port over), then change it`;
/** The instance as nginx serves it during a handoff: the checks through nginx go to the spare port. */
function servedVia(inst, h) {
    return h && inst.nginx && !inst.nginx.tls?.enabled ? { ...inst, nginx: { ...inst.nginx, http_port: h.via } } : inst;
}
/*
 * Only a connection's first packet (SYN without ACK) is redirected. Before this table the namespace may track no
 * connection at all; once it exists, the next packet of a connection opened before is picked up mid-stream as new,
 * and a rule without the flags would send it to the spare port, where nothing knows it: a reset (measured: 3 of 10
 * keep-alive clients). Matched on SYN, a connection picked up mid-stream stays with the app.
 */
const ruleset = (instance, h) => {
    const table = handoffTable(instance);
    // Declaring, deleting and declaring again in one transaction replaces a table left by an earlier run atomically.
    return (`table inet ${table}\ndelete table inet ${table}\ntable inet ${table} {\n  chain prerouting {\n    ` +
        (`type nat hook prerouting priority dstnat; policy accept;\n    tcp dport ${h.port} tcp flags & (syn | ack) ` +
            `== syn redirect to :${h.via}\n  }\n}\n`));
};
/** Connections from outside for the app's port go to nginx on the spare port from here on (one atomic nft load). */
function startHandoff(instance, h) {
    return {
        kind: 'sh',
        note: `connections for port ${h.port} go to nginx on ${h.via} (nftables redirect; open connections stay ` +
            `with the app)`,
        text: `printf '%s %s\\n' ${h.port} ${h.via} > ${quote(handoffFile(instance))}\nnft -f - ` +
            `<<'SLOTFLIP_NFT'\n${ruleset(instance, h)}SLOTFLIP_NFT`,
    };
}
/** Before the handoff has started, or when the adoption is undone: no redirect, no record. */
function stopHandoff(instance) {
    return {
        kind: 'sh',
        text: `nft delete table inet ${handoffTable(instance)} 2>/dev/null || true\nrm -f ${quote(handoffFile(instance))}`,
    };
}
/**
 * nginx takes the port itself, once the app that held it has stopped: the site listens on both ports (one reload),
 * the redirect rule goes, a second later the site listens on the port alone (a reload: nginx's old workers finish
 * what they serve and close their idle connections), and the table goes once no redirected connection is left.
 * Connections the redirect sent keep their translation only while the namespace tracks connections, which it does
 * only while some rule needs it: removing the last rule resets every one of them mid-request (measured: 10 of 10
 * keep-alive clients, 0.1 s after the rule went). So one atomic load replaces the redirect with a rule that only keeps
 * tracking on. Does nothing when no handoff is pending (the file is the record). `lenient`: right after the first
 * deploy's flip there is no way back to the stopped app, so a failure leaves the redirect serving, says so, and the
 * next deploy finishes it; otherwise (a later deploy, before anything else) a failure stops the run.
 */
function finishHandoff(inst, lenient) {
    const site = (0,shell_layout/* layout */.Zp)(inst.id).site;
    const table = handoffTable(inst.id);
    const [file, path, before] = [handoffFile(inst.id), site, `${site}.handoff-before`].map(shell_quote/* quote */.hD);
    const give = lenient
        ? 'echo "SLOTFLIP_EVENT port $port is not nginx\'s yet ($1): the redirect to $via keeps serving it; the ' +
            'next deploy finishes the handoff"; exit 0'
        : 'echo "port $port is not nginx\'s yet ($1); the redirect to $via keeps serving it" >&2; exit 1';
    return {
        kind: 'sh',
        note: 'nginx takes over the port the adopted app held (only while a handoff is pending)',
        text: `if [ -f ${file} ]; then
read -r port via < ${file}
if ! grep -q "^[[:space:]]*listen $port;$" ${path}; then
sf_handoff_fail() {
  if [ -e ${before} ]; then mv -f ${before} ${path}; { nginx -t -q && ${nginx_reload/* RELOAD_NGINX */.w}; } || true; fi
  ${give}
}
sf_port_holders() { ss -tlpnH "sport = :$port" | grep -v '"nginx"' || true; }
i=0; while [ -n "$(sf_port_holders)" ]; do
  i=$((i + 1)); [ $i -lt 100 ] || sf_handoff_fail "another process still listens on it: $(sf_port_holders | head -1)"
  sleep 0.1
done
cp -p ${path} ${before}
sed -i "s/^\\([[:space:]]*\\)listen $via;$/\\1listen $port;\\n\\1listen $via;/" ${path}
{ nginx -t -q && ${nginx_reload/* RELOAD_NGINX */.w}; } || sf_handoff_fail "nginx refused the site that listens on it"
i=0; until ss -tlpnH "sport = :$port" | grep -q '"nginx"'; do
  i=$((i + 1)); [ $i -lt 50 ] || sf_handoff_fail "nginx does not listen on it after its reload"; sleep 0.1
done
nft -f - <<'SLOTFLIP_NFT'
flush chain inet ${table} prerouting
add rule inet ${table} prerouting ct state established counter
SLOTFLIP_NFT
rm -f ${before}
sleep 1
sed -i "/^[[:space:]]*listen $via;$/d" ${path}
nginx -t -q && ${nginx_reload/* RELOAD_NGINX */.w}
echo "SLOTFLIP_EVENT port $port is nginx's own now: new connections reach it there, not through the redirect to $via"
fi
i=0; while [ -n "$(ss -tnH state established "( sport = :$via )")" ] && [ $i -lt 300 ]; do i=$((i + 1)); sleep 0.1; done
left=$(ss -tnH state established "( sport = :$via )" | wc -l)
if [ "$left" = 0 ]; then
nft delete table inet ${table} 2>/dev/null || true
rm -f ${file}
echo "SLOTFLIP_EVENT the redirect from port $port to $via is gone"
else
echo "SLOTFLIP_EVENT $left connections redirected to $via before are still open (long requests or websockets):" \
  "the redirect's empty table stays for them, and the next deploy removes it"
fi
fi`,
    };
}

// EXTERNAL MODULE: ./src/host/release.ts
var release = __webpack_require__(97043);
;// CONCATENATED MODULE: ./src/plan/deploy-context.ts



function deployContext(req) {
    const { instance: inst, state } = req;
    const l = (0,shell_layout/* layout */.Zp)(inst.id);
    const from = state.active;
    const adopted = from === null ? state.adopted : undefined;
    // An adopted app that held the site's port itself keeps it until it stops: nginx serves on the spare port till then.
    const handoff = adopted?.handoff;
    const rendered = req.files.find((f) => f.path === l.site);
    const site = rendered && handoff ? listenVia(rendered, handoff) : rendered;
    return {
        req,
        inst,
        l,
        id: (0,release/* releaseId */.Bf)(req.release.version, req.release.sha256),
        from,
        to: from ? (0,shell_layout/* otherSlot */.jx)(from) : 'blue',
        adopted,
        breakingLive: req.release.breaking && from !== null,
        components: Object.keys(inst.app.components),
        user: inst.app.user ?? inst.app.name,
        handoff,
        site,
        served: servedVia(inst, handoff),
        runTag: req.run
            .replace(/[^A-Za-z0-9]/g, '')
            .slice(-16)
            .toLowerCase(),
        ...(rendered && handoff && !site ? { siteRefusal: portMoved(handoff, inst.nginx?.http_port) } : {}),
    };
}

// EXTERNAL MODULE: ./src/config/public-url.ts
var public_url = __webpack_require__(27005);
;// CONCATENATED MODULE: ./src/host/adopt.ts




// How slotflip puts itself in front of an app it did not install, and how the first deploy retires it. nginx proxies
// to slotflip's per-component symlink as always; the symlink points at the running app (its unix socket, or a
// systemd-socket-proxyd bridge to its TCP port), so the deploy's flip is the usual atomic rename with no reload.
const bridgeName = (instance, component) => `slotflip-${instance}-${component}-adopted`;
const bridgeSocket = (instance, component) => `/run/slotflip/${instance}/adopted-${component}.sock`;
const savedSitesDir = '/etc/nginx/slotflip/adopted';
/** A socket unit and its proxy service: nginx reaches a TCP-only app through a unix socket. */
function bridgeUnits(instance, component, port) {
    const name = bridgeName(instance, component);
    return [
        {
            kind: 'write',
            path: `/etc/systemd/system/${name}.socket`,
            mode: '0644',
            secret: false,
            content: [
                `# slotflip: ${instance} ${component} reaches the adopted app on 127.0.0.1:${port} through this socket ` +
                    'until its first deploy.',
                '[Socket]',
                `ListenStream=${bridgeSocket(instance, component)}`,
                'SocketMode=0666',
                '',
                '[Install]',
                'WantedBy=sockets.target',
                '',
            ].join('\n'),
        },
        {
            kind: 'write',
            path: `/etc/systemd/system/${name}.service`,
            mode: '0644',
            secret: false,
            content: [
                '[Unit]',
                `Description=slotflip: ${instance} ${component}, bridged to the adopted app on 127.0.0.1:${port}`,
                `Requires=${name}.socket`,
                `After=${name}.socket`,
                '',
                '[Service]',
                `ExecStart=/lib/systemd/systemd-socket-proxyd 127.0.0.1:${port}`,
                'DynamicUser=yes',
                'PrivateTmp=yes',
                'NoNewPrivileges=yes',
                '',
            ].join('\n'),
        },
        { kind: 'sh', text: `systemctl daemon-reload\nsystemctl enable --now ${quote(`${name}.socket`)}` },
    ];
}
/**
 * Points each component's route at the adopted app: the same symlink (or TCP include) a flip rewrites. `reload`: a
 * TCP include is read on reload only (a deploy's undo needs it; at adoption the site handover reloads anyway).
 */
function routeToAdopted(inst, adopted, reloadForTcp = false) {
    return (0,flip/* routeTo */.Bv)(inst, (name, c) => {
        const a = adopted.components[name];
        if (!a)
            return undefined;
        return c.listen.type === 'unix'
            ? { socket: a.bridge ? a.bridge.socket : a.upstream.replace(/^unix:/, '') }
            : { server: a.upstream };
    }, "slotflip's route to the app that runs now", reloadForTcp);
}
/** Stops and removes slotflip's bridges to an adopted app (the app's own units are not touched). */
function removeBridges(adopted) {
    const bridges = Object.values(adopted.components).flatMap((c) => (c.bridge ? [c.bridge.unit] : []));
    if (!bridges.length)
        return [];
    return [
        ...bridges.flatMap((b) => [
            `systemctl disable --now ${(0,shell_quote/* quote */.hD)(`${b}.socket`)} ${(0,shell_quote/* quote */.hD)(`${b}.service`)} 2>/dev/null || true`,
            `rm -f ${(0,shell_quote/* quote */.hD)(`/etc/systemd/system/${b}.socket`)} ${(0,shell_quote/* quote */.hD)(`/etc/systemd/system/${b}.service`)}`,
        ]),
        'systemctl daemon-reload',
    ];
}
/**
 * The server names move from the adopted site to slotflip's in one `nginx -t` and reload; a refusal puts the old site
 * back.
 */
function handOverSite(inst, from) {
    const l = layout(inst.id);
    const [legacy, saved, site, link] = [from.path, from.savedAt, l.site, l.siteLink].map(quote);
    const back = `rm -f ${link}; mv -f ${saved} ${legacy}; nginx -t -q && ${RELOAD_NGINX}`;
    return {
        ops: [
            {
                kind: 'sh',
                note: 'one reload: nginx never sees both sites at once',
                text: `install -d -m 0755 ${quote(savedSitesDir)}\nmv -f ${legacy} ${saved}\nln -sfn ${site} ` +
                    (`${link}\nif ! { nginx -t -q && ${RELOAD_NGINX}; }; then ${back}; echo "nginx refused slotflip's ` +
                        `site for ${inst.id}; the previous site is back" >&2; exit 1; fi`),
            },
        ],
        undo: [{ kind: 'sh', text: back }],
    };
}
/**
 * After the first deploy's flip: the adopted app's units stop and stay off at boot (their files stay); slotflip's
 * bridges go. Each stops with the signal its component declares (Vikunja finishes its requests only on SIGINT), through
 * a drop-in under /run that a reboot forgets: the unit files stay as they were installed.
 */
function retireAdopted(adopted, drainSeconds, stopSignals = {}) {
    const signals = new Map();
    for (const [name, c] of Object.entries(adopted.components))
        if (c.unit && stopSignals[name] && stopSignals[name] !== 'SIGTERM')
            signals.set(c.unit, stopSignals[name]);
    const units = [...new Set(Object.values(adopted.components).flatMap((c) => (c.unit ? [c.unit] : [])))];
    const lines = [`sleep ${drainSeconds}`];
    for (const [unit, signal] of signals) {
        const dir = (0,shell_quote/* quote */.hD)(`/run/systemd/system/${unit}.d`);
        lines.push(`install -d -m 0755 ${dir}`, `printf '[Service]\\nKillSignal=%s\\n' ${(0,shell_quote/* quote */.hD)(signal)} > ${dir}/slotflip-stop-signal.conf`);
    }
    if (signals.size)
        lines.push('systemctl daemon-reload');
    lines.push(...units.map((u) => `systemctl disable --now ${(0,shell_quote/* quote */.hD)(u)} 2>/dev/null || systemctl stop ${(0,shell_quote/* quote */.hD)(u)}`), ...removeBridges(adopted));
    const kept = adopted.site
        ? `; its files and its nginx site (kept in ${savedSitesDir}) stay for a manual return`
        : '; its files stay for a manual return';
    lines.push(`echo "SLOTFLIP_EVENT the adopted app is stopped and disabled (${units.join(', ') || 'no unit found'})${kept}"`);
    return { kind: 'sh', note: 'retire the app slotflip adopted', text: lines.join('\n') };
}

// EXTERNAL MODULE: ./src/host/health.ts
var health = __webpack_require__(32562);
// EXTERNAL MODULE: ./src/host/smoke.ts
var host_smoke = __webpack_require__(87667);
// EXTERNAL MODULE: ./src/host/slot-command.ts
var slot_command = __webpack_require__(85232);
;// CONCATENATED MODULE: ./src/host/after-flip.ts





// What a browser does right after the flip, through nginx: open the websocket (nginx must pass Upgrade and
// Connection, or the handshake never reaches the app) and send a CORS preflight from the site's own origin (Vikunja
// enables CORS by default since 1.0 and refuses origins it was not given), and keep the cookies the app sets as the app
// set them (a stray `proxy_cookie_flags ... nosecure samesite=lax` silently breaks Vikunja 2.x's refresh-token cookie,
// go-vikunja/vikunja#3383). A failure here undoes the flip.
// A fixed key: the handshake is checked for its status line only (RFC 6455's sample nonce).
const WS_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
function afterFlipChecks(inst, ctx) {
    const checks = inst.health.after_flip ?? [];
    if (!checks.length || !inst.nginx)
        return undefined;
    const origin = (ctx.origin ?? (0,public_url/* publicUrl */.x)(inst)).replace(/\/$/, '');
    const lines = checks.map((c) => {
        if (c.type === 'cookies')
            return cookieCheck(inst, ctx);
        const target = (0,health/* throughNginx */.gE)(inst, c.path ?? '/');
        if (c.type === 'websocket') {
            // curl holds a 101's headers back until the connection ends (its time limit: an app such as Vikunja says
            // nothing on a new socket), but its trace shows each response line as it arrives: the first one is read, and
            // this curl, whose pid is known, is stopped.
            return `exec {sf_ws}< <(exec curl -sv -N --http1.1 --max-time 3 -H 'Connection: Upgrade' \\
  -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: ${WS_KEY}' ${target.curl} \\
  2>&1 >/dev/null)
sf_ws_pid=$!; status=''
while IFS= read -r -t 4 sf_line <&"$sf_ws"; do
  case "$sf_line" in '< HTTP/'*) status=\${sf_line#< }; break ;; esac
done
exec {sf_ws}<&-; kill "$sf_ws_pid" 2>/dev/null || true
status=\${status%$'\\r'}
case "$status" in "HTTP/1.1 101"*) ;; *) why=${(0,shell_quote/* quote */.hD)(`websocket ${c.path}: the handshake through nginx ` + `answered `)}"\${status:-nothing}, not 101" ;; esac`;
        }
        return `headers=$(curl -s -o /dev/null -D - --max-time 3 -X OPTIONS -H ${(0,shell_quote/* quote */.hD)(`Origin: ` + `${origin}`)} -H 'Access-Control-Request-Method: GET' ${target.curl} || true)
# No \`| head\` after bash's printf: it writes line by line, and a reader that leaves early is SIGPIPE (141) under
# pipefail.
code=$(printf '%s\\n' "$headers" | sed -n '1s/^[^ ]* \\([0-9]*\\).*/\\1/p')
allowed=$(printf '%s\\n' "$headers" | tr -d '\\r' | sed -n 's/^[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin: *//p')
allowed=\${allowed%%$'\\n'*}
case "$code" in 2??) ;; *) why=${(0,shell_quote/* quote */.hD)(`CORS preflight ${c.path} from ${origin}: answered `)}"\${code:-nothing}" ;; esac
[ -n "$why" ] || [ "$allowed" = ${(0,shell_quote/* quote */.hD)(origin)} ] || [ "$allowed" = '*' ] || why=${(0,shell_quote/* quote */.hD)(`CORS preflight ` + `${c.path}: ${origin} is not an allowed origin (Access-Control-Allow-Origin: `)}"\${allowed:-none})"`;
    });
    const names = checks.map((c) => (c.type === 'cookies' ? 'cookies' : `${c.type} ${c.path}`));
    return {
        kind: 'sh',
        note: `through nginx after the flip: ${names.join(', ')}`,
        text: `why=''
${lines.map((l) => `if [ -z "$why" ]; then\n${l}\nfi`).join('\n')}
[ -z "$why" ] || { echo "after the flip: $why" >&2; exit 1; }
echo ${(0,shell_quote/* quote */.hD)(`SLOTFLIP_EVENT through nginx after the flip: ${names.join(', ')} ok`)}`,
    };
}
/**
 * The smoke flow twice, on the live slot's own socket (with the headers nginx adds) and through nginx, each with a
 * throwaway tag of its own: every attribute a cookie had from the app must reach the browser (nginx may add, never
 * drop or change), and on an HTTPS site every cookie must be Secure.
 */
function cookieCheck(inst, ctx) {
    const smoke = ctx.smoke;
    if (!smoke)
        return `why='cookies: the check replays the smoke flow, and this instance has none'`;
    const site = (0,health/* nginxSite */.YV)(inst);
    const tls = inst.nginx?.tls?.enabled === true;
    const slot = (0,host_smoke/* slotTarget */.s$)(inst, (0,host_smoke/* smokeComponent */.Dt)(inst, smoke), ctx.live);
    // Each pass from a loopback address of its own (passAddress): never a user's rate limit, nor the smoke flow's.
    const direct = (0,host_smoke/* fromAddress */.$U)({
        ...slot,
        args: `${slot.args} -H ${(0,shell_quote/* quote */.hD)(`Host: ${site.host}`)} -H ` +
            `${(0,shell_quote/* quote */.hD)(`X-Forwarded-Proto: ${tls ? 'https' : 'http'}`)}`,
    }, (0,host_smoke/* passAddress */.K2)(ctx.runTag, 2), false);
    const viaNginx = (0,host_smoke/* fromAddress */.$U)({ args: site.args, base: site.base, label: 'nginx' }, (0,host_smoke/* passAddress */.K2)(ctx.runTag, 3), true);
    // The two passes run side by side (each from its own address, with its own tag and files); the slot's comes first in
    // the message when both fail.
    const pass = (target, file, tag) => `( SF_COOKIES="$cdir/${file}"
${(0,host_smoke/* smokeScript */.ZQ)(smoke, target, tag, true, (0,slot_command/* slotCommand */.q)(inst, ctx.live))}
) > /dev/null 2> "$cdir/${file}.err" &`;
    const verdict = (target, file, pid) => `wait "${pid}" || [ -n "$why" ] ||
  why="cookies: the smoke flow on ${target.label} failed: $(< "$cdir/${file}.err")"`;
    return `cdir=$(mktemp -d); : > "$cdir/app"; : > "$cdir/nginx"
${pass(direct, 'app', `${ctx.runTag}ca`)}
sf_app=$!
${pass(viaNginx, 'nginx', `${ctx.runTag}cn`)}
sf_nginx=$!
${verdict(direct, 'app', '$sf_app')}
${verdict(viaNginx, 'nginx', '$sf_nginx')}
sort -u -o "$cdir/app" "$cdir/app"; sort -u -o "$cdir/nginx" "$cdir/nginx"
if [ -z "$why" ] && ! grep -q ' (set)$' "$cdir/app"; then
  why='cookies: the smoke flow sets no cookie, so there is nothing to compare'
fi
dropped=$(comm -23 "$cdir/app" "$cdir/nginx" | paste -sd, - | sed 's/,/, /g')
# (grep finds nothing when the pass through nginx got no cookie: not an error here.)
passed=$({ grep -v ' (set)$' "$cdir/nginx" || true; } | paste -sd, - | sed 's/,/, /g')
[ -n "$why" ] || [ -z "$dropped" ] ||
  why="cookies: nginx does not pass what the app set (lost or changed: $dropped; through nginx: $passed)"
${tls
        ? `for c in $(sed -n 's/ (set)$//p' "$cdir/nginx"); do
  [ -n "$why" ] || grep -qxF "$c secure" "$cdir/nginx" ||
    why="cookies: $c reaches the browser without Secure on an HTTPS site"
done
`
        : ''}rm -rf "$cdir"`;
}

// EXTERNAL MODULE: ./src/host/slot-units.ts
var slot_units = __webpack_require__(91886);
;// CONCATENATED MODULE: ./src/host/drain-end.ts



// What the old slot still holds when its drain ends is long-lived: websockets, event streams, long polls (nginx opens
// one upstream connection per request, so no idle keep-alive connection is among them). Left alone they stay on a
// process that no longer sees what happens in the live slot (Vikunja's websocket hub lives in its process: a browser
// connected to the old slot gets no notification from the new one), and on a paused slot they hang until nginx's read
// timeout (an hour). So the drain's end closes them: the app and nginx both see the connection end, nginx closes the
// client's, and the client reconnects to the live slot (Vikunja's web app does so on close, after about a second).
//
// The sockets are the slot's own, shut down from outside the process: pidfd_getfd (Linux 5.6+) copies each connected
// socket of the unit's main process, and shutdown() ends the connection for both ends, whatever the app does next
// (even if it is paused the next moment). Connections are found by the address they were accepted on: the slot's
// socket path in /proc/net/unix (state 03, connected), or its port in /proc/net/tcp{,6} (state 01, established).
// perl-base is on every Debian (it is essential), with syscall() for the two calls no tool on a minimal system makes.
const CLOSER = String.raw `
my ($pid, $addr) = @ARGV;
my %inode;
if ($addr =~ m{^/}) {
  open my $u, '<', '/proc/net/unix' or die "/proc/net/unix: $!\n"; <$u>;
  while (<$u>) { my @f = split; $inode{$f[6]} = 1 if @f >= 8 && $f[5] eq '03' && $f[7] eq $addr }
} else {
  for my $t ('/proc/net/tcp', '/proc/net/tcp6') {
    open my $u, '<', $t or next; <$u>;
    while (<$u>) { my @f = split; $inode{$f[9]} = 1 if $f[3] eq '01' && hex((split /:/, $f[1])[-1]) == $addr }
  }
}
my $n = 0;
if (%inode) {
  my $pidfd = syscall(434, $pid + 0, 0);
  die "pidfd_open($pid): $!\n" if $pidfd < 0;
  opendir my $d, "/proc/$pid/fd" or die "/proc/$pid/fd: $!\n";
  for my $fd (grep { /^\d+$/ } readdir $d) {
    my $l = readlink("/proc/$pid/fd/$fd") // next;
    next unless $l =~ /^socket:\[(\d+)\]$/ && $inode{$1};
    my $copy = syscall(438, $pidfd + 0, $fd + 0, 0);
    next if $copy < 0;
    open my $fh, '+<&=', $copy or next;
    $n++ if shutdown($fh, 2);
    close $fh;
  }
}
print "$n\n";
`;
/** Bash: closes the connections process $pid accepted on `addr` (a unix socket path or a TCP port); prints how many. */
const closeConnections = (pid, addr) => `perl -e ${(0,shell_quote/* quote */.hD)(CLOSER)} ${pid} ${(0,shell_quote/* quote */.hD)(addr)}`;
/** Bash: closes what the slot's components still hold and says how many, per component. */
function closeLingering(inst, slot) {
    const l = (0,shell_layout/* layout */.Zp)(inst.id);
    return Object.entries(inst.app.components)
        .flatMap(([name, c]) => {
        if (!c)
            return [];
        const addr = c.listen.type === 'tcp' ? String(slot === 'blue' ? c.listen.blue : c.listen.green) : l.socket(name, slot);
        const unit = `${l.unit(name)}${slot}`;
        return [
            `pid=$(systemctl show -p MainPID --value ${(0,shell_quote/* quote */.hD)(unit)} 2>/dev/null || echo 0)
if [ "\${pid:-0}" != 0 ]; then
  if n=$(${closeConnections('"$pid"', addr)} 2>&1); then
    echo ${(0,shell_quote/* quote */.hD)(unit)}": connections still open at the end of the drain: $n closed"
  else
    echo ${(0,shell_quote/* quote */.hD)(unit)}": the connections still open at the end of the drain could not be closed ($n);" \
      "they end when the slot stops"
  fi
fi`,
        ];
    })
        .join('\n');
}
// A slot kept warm for rollback is paused with SIGSTOP, not systemd's freezer: the freezer needs the unified cgroup
// hierarchy (Proxmox has it; containers on a hybrid host, such as the lab's, do not), SIGSTOP works everywhere, and
// `systemctl stop` sends SIGCONT after the stop signal, so a paused slot still stops cleanly at the end of its window.
/**
 * The end of the drain of the slot traffic just left, as a timer on the host (the deploy does not wait): the
 * connections it still holds are closed, and an app with background jobs is paused, so that they run in the live slot
 * only. The slot stays warm for a rollback, which cancels the timer and resumes the slot.
 */
function endDrain(inst, slot, drainSeconds, pause) {
    const timer = (0,shell_layout/* layout */.Zp)(inst.id).drainEndUnit(slot);
    const script = `${closeLingering(inst, slot)}${pause ? `\nsystemctl kill --signal=SIGSTOP ` + `${(0,slot_units/* slotUnits */.A1)(inst.id, slot, Object.keys(inst.app.components))}` : ''}`;
    return {
        kind: 'sh',
        note: `after its ${drainSeconds} s drain, close what the ${slot} slot still ` +
            `holds${pause ? ' and pause it (its background jobs stop; it stays warm for a rollback)' : ''}`,
        text: `systemctl stop ${(0,shell_quote/* quote */.hD)(`${timer}.timer`)} 2>/dev/null || true
systemd-run --quiet --collect --timer-property=AccuracySec=1s \
  --unit=${(0,shell_quote/* quote */.hD)(timer)} --on-active=${Math.max(1, drainSeconds)} /bin/bash -c ${(0,shell_quote/* quote */.hD)(script)}`,
    };
}

;// CONCATENATED MODULE: ./src/plan/site-ops.ts





// The pieces of a deploy that other plans reuse: a rendered file as a write, the nginx site with its undo, and the
// windows after a flip (drain, keep-warm).
/** A rendered file as a write op; `onChange` runs only when the file's content changed (compile.ts). */
const writeRendered = (f, onChange) => ({
    kind: 'write',
    path: f.path,
    content: f.content,
    mode: f.mode,
    secret: f.secret,
    onChange,
    ...(f.owner ? { owner: f.owner } : {}),
});
/**
 * The instance's nginx site, written (reloaded only when it changed) and enabled. A TCP component's upstream include
 * must exist for `nginx -t` to pass: before its first flip it names the blue port (nothing routes there yet).
 */
function siteOps(inst, site) {
    const l = (0,shell_layout/* layout */.Zp)(inst.id);
    const includes = Object.entries(inst.app.components).flatMap(([name, c]) => c && c.listen.type === 'tcp'
        ? [
            `[ -f ${(0,shell_quote/* quote */.hD)(l.upstreamFile(name))} ] || printf 'server 127.0.0.1:%s;\\n' ${c.listen.blue} > ` +
                `${(0,shell_quote/* quote */.hD)(l.upstreamFile(name))}`,
        ]
        : []);
    return [
        ...(includes.length
            ? [{ kind: 'sh', text: ['install -d -m 0755 /etc/nginx/slotflip', ...includes].join('\n') }]
            : []),
        writeRendered(site, (0,flip/* enableSite */.d2)(l.site, l.siteLink)),
        {
            kind: 'sh',
            text: `[ -L ${l.siteLink} ] || { ln -sfn ${l.site} ${l.siteLink}; nginx -t -q && ${nginx_reload/* RELOAD_NGINX */.w}; }`,
        },
    ];
}
/**
 * What becomes of the slot traffic left, in seconds: it drains, then stays warm for a rollback. When it is warm for
 * longer than its drain, the drain ends with the connections it still holds closed (outlivesDrain), and an app with
 * background jobs of its own has it paused then too, so jobs run in one slot.
 */
function afterFlipWindows(inst) {
    const drain = (0,resolved/* resolved */.L$)(inst).drain;
    const keepWarm = (0,resolved/* resolved */.L$)(inst).keepWarm;
    const outlivesDrain = keepWarm > drain;
    return { drain, keepWarm, outlivesDrain, pausesOld: inst.app.background_jobs === true && outlivesDrain };
}
/** The site as it was before this run, kept until the run succeeds (the record step removes it). */
const siteBefore = (site) => `${site}.slotflip-before`;
function siteSnapshot(site) {
    return {
        kind: 'sh',
        note: 'keep the site that serves now, for an undo',
        text: `rm -f ${(0,shell_quote/* quote */.hD)(siteBefore(site))}; [ ! -e ${(0,shell_quote/* quote */.hD)(site)} ] || cp -p ${(0,shell_quote/* quote */.hD)(site)} ` +
            `${(0,shell_quote/* quote */.hD)(siteBefore(site))}`,
    };
}
function siteRestore(site) {
    const before = (0,shell_quote/* quote */.hD)(siteBefore(site));
    return {
        kind: 'sh',
        note: 'put the site that served before this run back (one nginx reload, only if it changed)',
        text: `if [ -e ${before} ] && ! cmp -s ${before} ${(0,shell_quote/* quote */.hD)(site)}; then
  mv -f ${before} ${(0,shell_quote/* quote */.hD)(site)}; nginx -t -q && ${nginx_reload/* RELOAD_NGINX */.w}
fi
rm -f ${before}`,
    };
}

;// CONCATENATED MODULE: ./src/plan/deploy-flip.ts









/**
 * The deploy's flip: traffic to the new slot, the maintenance page off, the checks through nginx, the end of the old
 * slot's drain. Its undo goes back to the slot (or the adopted app) that served before.
 */
function deployFlip(c) {
    const { req, inst, from, to, adopted, handoff, served } = c;
    const { drain, outlivesDrain, pausesOld } = afterFlipWindows(inst);
    const drainEnds = !!from && outlivesDrain;
    const confirm = (0,flip/* confirmThroughNginx */.cn)(served, req.release.version);
    const afterFlip = afterFlipChecks(served, {
        live: to,
        smoke: req.smoke,
        runTag: c.runTag,
        ...(handoff ? { origin: (0,public_url/* publicUrl */.x)(inst) } : {}),
    });
    // The first deploy over an adopted app flips back to that app if anything after the flip fails; a slot that was
    // paused after the flip is resumed before traffic goes back to it.
    const flipBack = from
        ? [...(drainEnds ? [(0,slot_units/* resumeSlot */.Aq)(inst.id, from, c.components)] : []), (0,flip/* flipTo */.hp)(inst, from)]
        : adopted
            ? [routeToAdopted(inst, adopted, true)]
            : [];
    const ops = [
        (0,flip/* flipTo */.hp)(inst, to),
        ...(endsMaintenance(c) ? [(0,maintenance/* maintenanceOff */.F)(inst.id)] : []),
        ...(confirm ? [confirm] : []),
        ...(afterFlip ? [afterFlip] : []),
        ...(drainEnds ? [endDrain(inst, from, drain, pausesOld)] : []),
    ];
    return (0,plan_steps/* flipStep */.y_)(to, ops, flipBack);
}
/** The maintenance page is up at the flip (a breaking migration, or an earlier run's) and the flip takes it down. */
const endsMaintenance = (c) => c.breakingLive || c.req.maintenance === true;

// EXTERNAL MODULE: ./src/host/db-marker.ts
var db_marker = __webpack_require__(65229);
// EXTERNAL MODULE: ./src/host/psql.ts
var psql = __webpack_require__(32748);
// EXTERNAL MODULE: ./src/shell/sha256.ts
var sha256 = __webpack_require__(69183);
;// CONCATENATED MODULE: ./src/host/postgres.ts




/**
 * One line per column, index and constraint of the public schema. Columns alone cannot see a migration that drops a
 * unique index (Vikunja 2.4.0 does that to users, tasks and sessions; 2.5.0 restores them), so indexes and
 * constraints are part of what a migration is said to have changed.
 */
const SCHEMA_LINES_SQL = `SELECT l FROM (
 SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type AS l
   FROM information_schema.columns WHERE table_schema = 'public'
 UNION ALL SELECT 'index ' || tablename || '.' || indexname || ' ' || indexdef
   FROM pg_indexes WHERE schemaname = 'public'
 UNION ALL SELECT 'constraint ' || c.conrelid::regclass::text || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid)
   FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.conrelid <> 0
) s ORDER BY l`;
/** Prints the schema's lines (SCHEMA_LINES_SQL), sorted, one per line. */
function schemaLinesShell(l, db) {
    return `${(0,psql/* conn */.j_)(l)} psql -At ${(0,psql/* target */.aC)(db)} -c ${(0,shell_quote/* quote */.hD)(SCHEMA_LINES_SQL.replace(/\n/g, ' '))}`;
}
/**
 * What a migration changed, as events: the fingerprint of the schema before and after (md5 of its lines) and the
 * indexes and constraints it added or removed, named (a removed unique index is how duplicates get in).
 */
function schemaDeltaShell(dir) {
    const names = (side) => `<(grep "^$kind " ${dir}/${side} | cut -d' ' -f2 | sort -u)`;
    // A first migration creates everything: counted, not listed. Otherwise named, at most 20 of each.
    const list = (side) => `$(printf '%s\\n' "$${side}" | awk 'NR <= 20 { printf "%s%s", (NR > 1 ? " " : ""), $0 } END { if (NR > ` +
        `20) printf " and %d more", NR - 20 }')`;
    return `if [ ! -s ${dir}/before ]; then
  echo "SLOTFLIP_EVENT schema: created $(grep -c '^column ' ${dir}/after || true) columns," \\
    "$(grep -c '^index ' ${dir}/after || true) indexes, $(grep -c '^constraint ' ${dir}/after || true) constraints"
else
  for kind in index constraint; do
    case $kind in index) many=indexes ;; *) many=constraints ;; esac
    gone=$(comm -23 ${names('before')} ${names('after')})
    added=$(comm -13 ${names('before')} ${names('after')})
    [ -z "$gone" ] || echo "SLOTFLIP_EVENT schema: the migration removed $many: ${list('gone')}"
    [ -z "$added" ] || echo "SLOTFLIP_EVENT schema: the migration added $many: ${list('added')}"
  done
fi`;
}
/**
 * `pg_dump -Fc` before any migration, written as .partial, verified with `pg_restore --list`, hashed, then renamed:
 * a failed or interrupted dump never leaves a file that looks complete. A marker beside it (host/db-marker.ts) tells a
 * later rollback whether restoring it would discard writes.
 */
function backupDatabase(l, db, file) {
    const f = (0,shell_quote/* quote */.hD)(file);
    return {
        kind: 'sh',
        note: 'back up the database before anything migrates it',
        // In a subshell with its own EXIT trap (the step's trap journals its end): a failure by `exit` (which an ERR trap
        // misses) or a full disk leaves no partial dump, marker or checksum behind.
        text: `install -d -m 0700 ${(0,shell_quote/* quote */.hD)(l.backups)}
(
trap 'rc=$?; [ "$rc" -eq 0 ] || rm -f ${f}.partial ${f}.marker.partial ${f}.marker ${f}.sha256' EXIT
${(0,db_marker/* dumpWithMarker */.HP)(l, db, file, `${f}.partial`)}
pg_restore --list ${f}.partial > /dev/null
${(0,sha256/* sha256Into */.yM)('sha', `${f}.partial`)}
echo "$sha  $(basename ${f})" > ${f}.sha256
mv -f ${f}.partial ${f}
echo "SLOTFLIP_RESULT backup {\\"file\\":\\"${file}\\",\\"sha256\\":\\"$sha\\",\\"bytes\\":$(stat -c %s ${f})}"
)`,
    };
}
/** Runs the app's migration as the service user with the slot's environment, in a transient unit with a time limit. */
function migrateDatabase(l, db, opts) {
    const props = [
        `User=${opts.user}`,
        `Group=${opts.user}`,
        `WorkingDirectory=${opts.releaseDir}`,
        `EnvironmentFile=${l.appEnv}`,
        `EnvironmentFile=${opts.slotEnv}`,
        `RuntimeMaxSec=${opts.timeoutSeconds}`,
    ];
    return {
        kind: 'sh',
        note: `migrate with the new release (time limit ${opts.timeoutSeconds} s); the schema (columns, ` +
            `indexes, constraints) compared before and after`,
        // In a subshell with its own EXIT trap (the step's trap journals its end), so the schema listings never outlive it.
        text: `(
schema=$(mktemp -d)
trap 'rm -rf "$schema"' EXIT
${schemaLinesShell(l, db)} > "$schema/before"
set +e
systemd-run --wait --pipe --quiet --collect ${props
            .map((p) => `-p ` + `${(0,shell_quote/* quote */.hD)(p)}`)
            .join(' ')} /bin/bash -c ${(0,shell_quote/* quote */.hD)(`exec ${opts.command}`)}
rc=$?
set -e
${schemaLinesShell(l, db)} > "$schema/after"
before=$(md5sum < "$schema/before" | cut -d' ' -f1)
after=$(md5sum < "$schema/after" | cut -d' ' -f1)
${schemaDeltaShell('"$schema"')}
echo "SLOTFLIP_RESULT migrate {\\"before\\":\\"$before\\",\\"after\\":\\"$after\\",\\"code\\":$rc}"
[ "$rc" -eq 0 ] || {
  echo "migration failed (exit $rc); schema $( [ "$before" = "$after" ] && echo unchanged || echo CHANGED )" >&2
  exit 1
}
)`,
    };
}

// EXTERNAL MODULE: ./src/presets/sizes.ts
var sizes = __webpack_require__(90698);
;// CONCATENATED MODULE: ./src/host/preflight.ts



// Reserve kept free on the database server for administrators and monitoring, beyond PostgreSQL's own.
const CONNECTION_RESERVE = 5;
const DEFAULT_COMPONENT_MEMORY_MB = 128;
function memoryMb(value) {
    const bytes = (0,sizes/* sizeBytes */.Vv)(value);
    return bytes === undefined ? DEFAULT_COMPONENT_MEMORY_MB : bytes / 1048576;
}
/**
 * Read-only checks before anything changes: room for a second slot and a backup, pg_dump able to dump this server,
 * and both slots' pools plus the backup and the migration within max_connections minus a reserve. Exit 4, with what
 * is missing and how much.
 */
function preflightChecks(inst, archiveBytes, format = 'tar.gz') {
    const l = (0,shell_layout/* layout */.Zp)(inst.id);
    const needMemMb = Object.values(inst.app.components).reduce((sum, c) => sum + memoryMb(c?.memory_max), 0);
    const lines = [
        'problems=()',
        `free=$(df --output=avail -B1 ${(0,shell_quote/* quote */.hD)('/opt')} | tail -1)`,
        `need=$(( ${archiveBytes} * 3 ))`,
        ...(format === 'zip'
            ? [
                'command -v unzip >/dev/null || problems+=("unzip: not installed, and the release is a zip ' +
                    'archive (slotflip provision installs it)")',
            ]
            : []),
        ...(inst.app.release.source === 'url'
            ? [
                'command -v curl >/dev/null || problems+=("curl: not installed, and the host downloads the ' +
                    'release (slotflip provision installs it)")',
            ]
            : []),
    ];
    const db = inst.database;
    if (db) {
        const psql = `PGPASSFILE=${(0,shell_quote/* quote */.hD)(l.pgpass)} PGCONNECT_TIMEOUT=5 psql -At -h ${(0,shell_quote/* quote */.hD)(db.host)} -p ` +
            `${db.port} -U ${(0,shell_quote/* quote */.hD)(db.user)} -d ${(0,shell_quote/* quote */.hD)(db.name)} --no-password`;
        // One query for all the server tells (each psql is a process and a login: 15-20 ms in a container).
        lines.push(`sf_pg=$(${psql} -F ' ' -c "SELECT pg_database_size(current_database()), ` +
            `current_setting('server_version_num'), current_setting('max_connections'), ` +
            (`current_setting('superuser_reserved_connections'), (SELECT count(*) FROM pg_stat_activity WHERE usename IS ` +
                `DISTINCT FROM current_user)") || { echo "preflight: cannot reach PostgreSQL at ${db.host}:${db.port} as ` +
                `${db.user}" >&2; exit 4; }`), 'read -r dbsize server max reserved used <<< "$sf_pg"', 'need=$(( need + dbsize * 12 / 10 ))', 
        // The version by a bash match: `pg_dump (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)` gives 15.8.
        `dump=$(pg_dump --version 2>/dev/null) || dump=''`, `if [[ $dump =~ [0-9]+(\\.[0-9]+)? ]]; then dump=\${BASH_REMATCH[0]}
  [ "\${dump%%.*}" -ge "$(( server / 10000 ))" ] || problems+=("pg_dump $dump is older than the server ` +
            `($(( server / 10000 ))): install postgresql-client-$(( server / 10000 )) on the target")
else problems+=("pg_dump: not found; install postgresql-client-$(( server / 10000 )) on the target"); fi`, `want=$(( 2 * ${db.pool ?? 10} + 2 ))`, `room=$(( max - reserved - ${CONNECTION_RESERVE} - used ))`, `[ "$want" -le "$room" ] || problems+=("database connections: both slots' pools and the backup and ` +
            (`migration need $want, but max_connections $max leaves $room (other users hold $used, $reserved + ` +
                `${CONNECTION_RESERVE} reserved): lower database.pool or raise max_connections")`));
    }
    lines.push(`[ "$free" -ge "$need" ] || problems+=("disk: /opt has $(( free / 1048576 )) MiB free, a release and a ` +
        `backup need $(( need / 1048576 )) MiB")`, `avail=$(awk '/^MemAvailable:/ { print int($2 / 1024) }' /proc/meminfo)`, `[ "$avail" -ge ${needMemMb} ] || problems+=("memory: $avail MiB available, a second slot needs ${needMemMb} MiB")`, 'if [ ${#problems[@]} -gt 0 ]; then printf \'preflight: %s\\n\' "${problems[@]}" >&2; exit 4; fi', 'echo "preflight: disk, memory, pg_dump and connections are sufficient"');
    return {
        kind: 'sh',
        note: 'check room for a second slot and a backup, pg_dump, and the connection budget',
        text: lines.join('\n'),
    };
}

// EXTERNAL MODULE: ./src/host/assets.ts
var host_assets = __webpack_require__(5293);
;// CONCATENATED MODULE: ./src/plan/deploy-stage.ts













/** What a URL-sourced archive is expected to weigh, for the disk check before it is downloaded. */
const URL_ARCHIVE_BYTES_ESTIMATE = 200 * 1048576;
/** A deploy up to its flip: lock, preflight, stage, backup, migrate, start and the checks on the new slot. */
function stagingSteps(c) {
    const { req, inst, l, id, to } = c;
    const credentialFiles = req.files.filter((f) => f.path === l.pgpass || f.path === `${l.shared}/redis.pass`);
    const steps = [
        (0,plan_steps/* lockStep */.s9)(inst.id, req, {
            title: "take the lease lock; write slotflip's own credential files",
            before: [{ kind: 'run', argv: ['install', '-d', '-m', '0755', l.root] }],
            after: [
                (0,host_watch/* markWatchesReported */.Mv)(inst.id),
                { kind: 'run', argv: ['install', '-d', '-m', '0750', l.shared] },
                ...credentialFiles.map((f) => writeRendered(f)),
            ],
        }),
        {
            id: 'preflight',
            phase: 'preflight',
            title: 'preflight: disk, memory, pg_dump, connection budget',
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [
                preflightChecks(inst, req.release.url ? URL_ARCHIVE_BYTES_ESTIMATE : req.release.bytes.length, req.release.format),
            ],
        },
        stageStep(c, credentialFiles),
    ];
    if (inst.database) {
        steps.push({
            id: 'backup',
            phase: 'backup',
            title: 'back up the database (pg_dump -Fc, verified, hashed)',
            timeoutMs: 60 * plan_steps/* MIN */.pH,
            ops: [backupDatabase(l, inst.database, `${l.backups}/${req.run}.dump`)],
        });
    }
    if (inst.migrations && inst.database) {
        const migrate = migrateDatabase(l, inst.database, {
            user: c.user,
            releaseDir: l.release(id),
            slotEnv: l.slotEnv(to),
            command: inst.migrations.command,
            timeoutSeconds: Math.ceil((0,resolved/* resolved */.L$)(inst).migrationTimeout),
        });
        steps.push({
            id: 'migrate',
            phase: 'migrate',
            title: `migrate the database with release ${id}${c.breakingLive ? ' behind the maintenance page' : ''}`,
            timeoutMs: (0,resolved/* resolved */.L$)(inst).migrationTimeout * 1000 + plan_steps/* MIN */.pH,
            ops: c.breakingLive ? [(0,maintenance/* maintenanceOn */.v)(inst.id), migrate] : [migrate],
        });
    }
    steps.push({
        id: 'start',
        phase: 'start',
        title: `start the ${to} slot on ${id}`,
        timeoutMs: 2 * plan_steps/* MIN */.pH,
        ops: [(0,slot_units/* startSlot */.Zz)(inst.id, to, id, c.components)],
        undo: [(0,slot_units/* stopSlot */.FU)(inst.id, to, c.components)],
    }, (0,plan_steps/* gateStep */.sf)(inst, to, req.release.version));
    if (req.smoke)
        steps.push({
            id: 'smoke',
            phase: 'gate',
            title: `smoke flow on the ${to} slot (${req.smoke.steps.length} steps)`,
            timeoutMs: 2 * plan_steps/* MIN */.pH,
            ops: [(0,host_smoke/* smokeFlow */.Yo)(inst, req.smoke, to, c.runTag)],
        });
    const assets = (0,host_assets/* keepAssets */.D5)(inst, to, id);
    if (assets)
        steps.push({
            id: 'assets',
            phase: 'gate',
            title: `keep the frontend's files under ${inst.nginx.assets.path} (this release's and the last ones')`,
            timeoutMs: 5 * plan_steps/* MIN */.pH,
            ops: [assets],
        });
    return steps;
}
/** The release on the host, unpacked, with its rendered files and the nginx site beside the one serving. */
function stageStep(c, credentialFiles) {
    const { req, inst, l, id, user, site } = c;
    const archive = `${l.releases}/.incoming-${req.run}.${req.release.format}`;
    const appFiles = req.files.filter((f) => !credentialFiles.includes(f) && !f.path.startsWith('/etc/'));
    const unitFiles = req.files.filter((f) => f.path.startsWith('/etc/systemd/'));
    const dataDir = req.dataDir
        ? [
            {
                kind: 'sh',
                note: `the app's files directory, for ${user}`,
                text: `[ -d ${(0,shell_quote/* quote */.hD)(req.dataDir)} ] || install -d -m 0750 -o ${(0,shell_quote/* quote */.hD)(user)} -g ${(0,shell_quote/* quote */.hD)(user)} ` +
                    `${(0,shell_quote/* quote */.hD)(req.dataDir)}`,
            },
        ]
        : [];
    return {
        id: 'stage',
        phase: 'stage',
        title: `stage release ${id}: ${req.release.url ? 'download' : 'upload'}, unpack, render configuration`,
        timeoutMs: 15 * plan_steps/* MIN */.pH,
        ops: [
            req.release.url
                ? (0,release/* fetchRelease */.uY)(inst.id, id, req.release.url, req.release.sha256, archive)
                : { kind: 'upload', path: archive, bytes: req.release.bytes, sha256: req.release.sha256 },
            (0,release/* unpackRelease */.OC)(inst.id, id, archive, user, inst.app.build ?? [], req.release.format),
            ...dataDir,
            ...appFiles.map((f) => writeRendered(f)),
            ...unitFiles.map((f) => writeRendered(f, 'systemctl daemon-reload')),
            // A handoff left pending by the first deploy is finished before the site is touched (and before its snapshot).
            ...(site ? [...(c.from ? [finishHandoff(inst, false)] : []), siteSnapshot(l.site), ...siteOps(inst, site)] : []),
        ],
        // A failure after the stage (the gate, the flip, the checks after it) puts the site that served before back.
        ...(site ? { undo: [siteRestore(l.site)] } : {}),
    };
}

;// CONCATENATED MODULE: ./src/plan/deploy-tail.ts









/**
 * What a deploy does once the flip has held: the new slot starts at boot, the old one retires, the state is recorded.
 */
function deployTail(c) {
    const { inst, l, from, to, adopted, handoff } = c;
    const { drain, keepWarm } = afterFlipWindows(inst);
    const tail = [(0,plan_steps/* enableStep */.ys)(inst, to)];
    if (adopted)
        tail.push({
            id: 'retire-adopted',
            phase: 'drain',
            title: 'drain and stop the app slotflip adopted',
            timeoutMs: 5 * plan_steps/* MIN */.pH,
            ops: [
                retireAdopted(adopted, drain, Object.fromEntries(Object.entries(inst.app.components).map(([n, comp]) => [n, comp?.stop_signal]))),
            ],
        });
    if (handoff)
        tail.push({
            id: 'handoff',
            phase: 'drain',
            title: `nginx takes port ${handoff.port} over from the stopped app (the redirect to ${handoff.via} goes)`,
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [finishHandoff(inst, true)],
        });
    if (from)
        tail.push((0,plan_steps/* retireStep */.m4)(inst, from, { keepWarm, drain }, keepWarm > 0
            ? `schedule the ${from} slot to stop in ${Math.max(keepWarm, drain)} s (warm for a rollback until ` +
                `then; a timer on the host)`
            : `drain the ${from} slot for ${drain} s, then stop it`));
    const success = successState(c);
    tail.push((0,plan_steps/* recordStep */.IC)(inst.id, success, 'record state and history; keep the newest releases', [
        (0,release/* pruneReleases */.Xb)(inst.id, success.releases),
        (0,release/* pruneDeployDumps */.b4)(inst.id, Object.values(success.slots).flatMap((slot) => (slot?.backup ? [slot.backup] : []))),
        ...(c.site ? [{ kind: 'run', argv: ['rm', '-f', siteBefore(l.site)] }] : []),
    ]));
    return tail;
}
/** The host's state after a successful deploy: the new slot live, the newest releases kept. */
function successState(c) {
    const { req, inst, l, id, from, to, adopted } = c;
    const state = req.state;
    const keep = [...new Set([...state.releases, id])].slice(-(req.keepReleases ?? 5));
    const liveIds = [id, ...(from && state.slots[from] ? [state.slots[from].release] : [])];
    return (0,shell_state/* withHistory */.$k)({
        ...state,
        adopted: undefined,
        active: to,
        slots: {
            ...state.slots,
            [to]: {
                release: id,
                version: req.release.version,
                since: req.now,
                ...(inst.database ? { backup: `${l.backups}/${req.run}.dump` } : {}),
            },
        },
        releases: [...new Set([...keep, ...liveIds])],
        hold: state.hold?.release === id ? null : state.hold,
        rendered: renderedHashes(req.files),
    }, {
        run: req.run,
        op: 'deploy',
        release: id,
        slot: to,
        result: 'ok',
        at: req.now,
        ...(adopted ? { detail: `took over from the adopted app (${adopted.version ?? 'version unknown'})` } : {}),
    });
}
/** The step that records a failed deploy; a flip back holds the release so it is not deployed again unasked. */
function deployFailureRecord(c) {
    const { req, inst, id, to } = c;
    return (flippedBack, detail) => {
        const failed = (0,shell_state/* withHistory */.$k)({ ...req.state, hold: flippedBack ? { release: id, reason: detail, since: req.now } : req.state.hold }, {
            run: req.run,
            op: flippedBack ? 'flip-back' : 'deploy',
            release: id,
            slot: to,
            result: 'rolled-back',
            at: req.now,
            detail,
        });
        const record = (0,plan_steps/* recordStep */.IC)(inst.id, failed, 'record the failed deploy');
        return {
            ...record,
            id: 'record-failure',
            ops: [...(endsMaintenance(c) ? [] : [(0,maintenance/* maintenanceOff */.F)(inst.id)]), ...record.ops],
        };
    };
}
function renderedHashes(files) {
    return Object.fromEntries(files.filter((f) => !f.secret).map((f) => [f.path, (0,external_node_crypto_.createHash)('sha256').update(f.content).digest('hex')]));
}

// EXTERNAL MODULE: ./src/plan/compile.ts + 1 modules
var compile = __webpack_require__(73509);
;// CONCATENATED MODULE: ./src/plan/watch-script.ts






/** Stands for the watch's reason in the failure record's files, replaced on the host (JSON-safe by then). */
const REASON_TOKEN = '@@SLOTFLIP_REASON@@';
/** A write whose content holds REASON_TOKEN, as bash that puts `$SF_REASON` in its place. */
function withReason(op) {
    if (op.kind !== 'write' || !op.content.includes(REASON_TOKEN))
        return op;
    const b64 = Buffer.from(op.content)
        .toString('base64')
        .match(/.{1,76}/g)
        .join('\n');
    return {
        kind: 'sh',
        note: op.path,
        text: `sf_content=$(base64 -d <<'SLOTFLIP_EOF'
${b64}
SLOTFLIP_EOF
)
sf_content=\${sf_content//${REASON_TOKEN}/"$SF_REASON"}
tmp=$(mktemp ${(0,shell_quote/* quote */.hD)(`${op.path}.XXXXXX`)}); printf '%s\\n' "$sf_content" > "$tmp"
chmod ${(0,shell_quote/* quote */.hD)(op.mode)} "$tmp"; mv -f "$tmp" ${(0,shell_quote/* quote */.hD)(op.path)}`,
    };
}
/**
 * The watch's script: probes from before the flip, waits for the flip step to finish, observes, and then either runs
 * the plan's tail (the deploy completes on the host) or undoes the flip as the engine would and records it with the
 * hold. Each step it runs is compiled exactly as the engine compiles it, so the journal reads the same either way.
 */
function watchScript(s) {
    const w = (0,host_watch/* watchPaths */.I3)(s.inst.id, s.run);
    const l = (0,shell_layout/* layout */.Zp)(s.inst.id);
    const window = (0,host_observe/* observeSeconds */.Ub)(s.inst);
    const observe = (0,host_observe/* observeFunction */.PE)(s.inst) ?? 'sf_observe() { echo "observe: no window"; }';
    const tailSeconds = s.tail.reduce((n, t) => n + Math.ceil(t.timeoutMs / 1000), 0);
    const deadline = s.waitSeconds + window + tailSeconds + 120;
    const files = [];
    const file = (name, step, event = 'step') => {
        files.push(`cat > "$W/${name}" <<'SLOTFLIP_STEP'\n${(0,compile/* compileStep */.qg)(step, s.ctx, step.ops, event)}SLOTFLIP_STEP`);
        return `"$W/${name}"`;
    };
    const undo = s.undo.map((u, i) => file(`undo-${i}.sh`, { ...u, ops: u.undo ?? [] }, 'undo'));
    const record = file('record-failure.sh', { ...s.recordFailure, ops: s.recordFailure.ops.map(withReason) });
    const tail = s.tail.map((t, i) => ({ id: t.id, title: t.title, path: file(`tail-${i}.sh`, t) }));
    const unlock = file('unlock.sh', s.unlock);
    const json = (v) => (0,shell_quote/* quote */.hD)(JSON.stringify(v));
    return `#!/bin/bash
# slotflip: the host's watch of run ${s.run} (release ${s.release.id} on the ${s.slot} slot). Started by the flip step.
set -u
unset SLOTFLIP_RUNNER
W=${(0,shell_quote/* quote */.hD)(w.dir)}
echo "$$ $(( $(date +%s) + ${deadline} ))" > ${(0,shell_quote/* quote */.hD)(w.pidFile)}
trap 'rm -f ${(0,shell_quote/* quote */.hD)(w.pidFile)}' EXIT
offset=$(stat -c %s ${(0,shell_quote/* quote */.hD)(l.accessLog)} 2>/dev/null || echo 0)
phase=waiting reason='' since=$(date +%s) until=0 receipt=''
${files.join('\n')}
sf_status() {
  local why; why=$(printf '%s' "$reason" | tr -d '"\\\\' | tr -c '[:print:]' ' ')
  printf '{"run":%s,"release":%s,"slot":%s,"since":%s,"until":%s,"state":"%s","reason":"%s"%s}\\n' \\
    ${json(s.run)} ${json(s.release.id)} ${json(s.slot)} "$since" "$until" "$1" "$why" \\
    "\${receipt:+,\\"receipt\\":$receipt}" > ${(0,shell_quote/* quote */.hD)(`${w.status}.tmp`)} &&
    mv -f ${(0,shell_quote/* quote */.hD)(`${w.status}.tmp`)} ${(0,shell_quote/* quote */.hD)(w.status)}
}
${observe}
${(0,host_receipt/* receiptFunctions */.QX)(s.inst, s.release.version)}
sf_fail() {
  trap '' TERM # a flip back that has begun is never cut short
  phase=failing
  echo "watch: $reason: the host flips back"
  [ -n "$receipt" ] || { receipt=$(sf_receipt); echo "$receipt" > ${(0,shell_quote/* quote */.hD)(w.receipt)}; }
  for f in ${undo.join(' ')}; do bash "$f" || echo "watch: an undo step failed ($f)"; done
  SF_REASON=$(printf '%s' "observe failed: $reason" | tr -d '"\\\\' | tr -c '[:print:]' ' ') bash ${record} ||
    echo "watch: recording the flip back failed"
  sf_status flipped-back
  echo "flipped-back observe failed: $reason" > ${(0,shell_quote/* quote */.hD)(w.result)}
  bash ${unlock}
  exit 0
}
trap 'if [ -e "$W/abort" ]; then
  echo "watch: ended by the run (it undoes the flip itself)"; touch "$W/stop-probe"; exit 0
fi
if [ "$phase" = observing ]; then reason="the watch was stopped before its window passed"; sf_fail; fi
echo "watch: stopped while $phase"; exit 143' TERM
sf_prober & prober_pid=$!
sf_status waiting
for _ in $(seq ${Math.ceil(s.waitSeconds * 10)}); do [ -e "$W/go" ] || [ -e "$W/abort" ] && break; sleep 0.1; done
if [ ! -e "$W/go" ]; then
  touch "$W/stop-probe"; echo "watch: the flip step did not finish; nothing to watch"; exit 0
fi
phase=observing since=$(date +%s) until=$(( $(date +%s) + ${window} ))
sf_status observing
echo "watch: observing the ${s.slot} slot for ${window} s"
sf_observe || sf_fail
receipt=$(sf_receipt); echo "$receipt" > ${(0,shell_quote/* quote */.hD)(w.receipt)}
failed=$(printf '%s' "$receipt" | sed -n 's/.*"failed":\\([0-9]*\\).*/\\1/p')
if [ "\${failed:-0}" -gt 0 ]; then reason="receipt: $failed requests failed across the flip"; sf_fail; fi
phase=finishing
echo "watch: the window passed; the host finishes the deploy"
${tail
        .map((t) => `echo ${(0,shell_quote/* quote */.hD)(`SLOTFLIP_EVENT the host: ${t.title}`)}
bash ${t.path} || { reason=${(0,shell_quote/* quote */.hD)(`${t.id} failed on the host`)}; sf_fail; }`)
        .join('\n')}
sf_status passed
echo ok > ${(0,shell_quote/* quote */.hD)(w.result)}
bash ${unlock}
`;
}

;// CONCATENATED MODULE: ./src/plan/deploy-watch.ts





/**
 * The steps from the flip on when the host keeps watch (host/watch.ts): the observe window, the receipt, then the
 * tail or the flip back, in a unit of its own. The run follows it; the tail's steps stay in the plan, marked as the
 * host's. Answers the whole deploy: `steps` (up to the flip) with the watch's start right after the new slot's,
 * then the flip, the observe window and the tail.
 */
function watchedFlip(c, steps, parts) {
    const { req, inst, l, id, to, served } = c;
    const { flip, tail } = parts;
    const ctx = { run: req.run, journal: l.journal, root: l.root, lock: l.lock, owner: req.owner };
    const migrateAt = steps.findIndex((s) => s.id === 'migrate');
    // As the engine undoes: the flip first, then every earlier step with an undo (past a breaking migration, none
    // before it: the old release cannot run on the new schema).
    const undo = [flip, ...[...steps].reverse()].filter((s) => s.undo?.length && !(c.breakingLive && steps.indexOf(s) >= 0 && steps.indexOf(s) < migrateAt));
    // The watch's unit costs a few hundred ms to start, which would otherwise sit between the gate and the flip; it
    // waits for the flip step's go, as long as the steps up to it may take.
    const startAt = steps.findIndex((s) => s.id === 'start') + 1;
    const waitSeconds = [...steps.slice(startAt), flip].reduce((n, s) => n + s.timeoutMs / 1000, 0);
    const script = watchScript({
        inst: served,
        run: req.run,
        release: { id, version: req.release.version },
        slot: to,
        ctx,
        undo,
        recordFailure: parts.recordFailure(true, REASON_TOKEN),
        tail,
        unlock: parts.unlock,
        waitSeconds,
    });
    const watch = {
        id: 'watch',
        phase: 'start',
        title: `start the host's watch of the flip (${(0,host_watch/* watchUnit */.ev)(inst.id)}): it probes through nginx and waits for the flip`,
        timeoutMs: plan_steps/* MIN */.pH,
        ops: (0,host_watch/* startWatch */.Ms)(inst.id, req.run, script),
        undo: [(0,host_watch/* abortWatch */._e)(inst.id, req.run)],
    };
    // The receipt counts from just before the flip; after a breaking migration, from once the maintenance page is off.
    const receiptStart = (0,host_watch/* markReceiptStart */.cz)(inst.id, req.run, l.accessLog);
    const ops = flip.ops;
    const observe = (0,host_observe/* observeSeconds */.Ub)(served);
    return [
        ...steps.slice(0, startAt),
        watch,
        ...steps.slice(startAt),
        {
            ...flip,
            ops: [
                ...(endsMaintenance(c) ? [ops[0], ops[1], receiptStart, ...ops.slice(2)] : [receiptStart, ...ops]),
                (0,host_watch/* letWatchGo */.vq)(inst.id, req.run),
            ],
        },
        {
            id: 'observe',
            phase: 'observe',
            title: `the host observes the ${to} slot for ${observe} s, then finishes the deploy or flips back ` +
                `(this run follows it)`,
            timeoutMs: flip.timeoutMs + (observe + tail.reduce((n, t) => n + t.timeoutMs / 1000, 0)) * 1000 + plan_steps/* MIN */.pH,
            ops: [(0,host_watch/* followWatch */.l5)(inst, req.run)],
            hostUndoes: { code: host_watch/* HOST_FLIPPED_BACK */.kc },
        },
        ...tail.map((t) => ({ ...t, onHost: true })),
    ];
}

;// CONCATENATED MODULE: ./src/plan/deploy-plan.ts









/** Builds the whole deploy as data: no I/O, the same input gives the same plan. */
function buildDeployPlan(req) {
    const c = deployContext(req);
    const { inst, id, from, to, adopted } = c;
    const state = req.state;
    if (from && state.slots[from]?.release === id)
        return converge(c, from);
    if (state.hold?.release === id) {
        return {
            kind: 'held',
            message: `release ${id} was flipped back at ${state.hold.since} (${state.hold.reason}); it stays ` +
                `refused until the hold is released with \`slotflip release-hold\``,
        };
    }
    if (c.breakingLive && !req.allowBreaking) {
        return {
            kind: 'refused',
            message: `release ${id} declares migrations that break the running release; deploying it serves a ` +
                `maintenance page (503) while it migrates. Pass --allow-breaking to accept that`,
        };
    }
    if (c.siteRefusal)
        return { kind: 'refused', message: c.siteRefusal };
    const staging = stagingSteps(c);
    const flip = deployFlip(c);
    const tail = deployTail(c);
    const recordFailure = deployFailureRecord(c);
    const unlock = (0,plan_steps/* unlockStep */.Rl)(inst.id, req.run);
    const steps = (0,host_observe/* observeFunction */.PE)(c.served)
        ? watchedFlip(c, staging, { flip, tail, unlock, recordFailure })
        : [...staging, flip, ...tail];
    const notes = [
        ...(c.breakingLive
            ? [
                `release ${id} declares breaking migrations: users see a maintenance page (503, Retry-After) from ` +
                    `the migration until the flip`,
            ]
            : []),
        ...(adopted
            ? [
                `first deploy over the adopted app (${adopted.version ?? 'version unknown'}): it serves until the ` +
                    `flip, is the flip's way back, and is stopped after the observe window`,
            ]
            : from
                ? []
                : ['first deploy: there is no live slot to fall back to']),
    ];
    return {
        kind: 'plan',
        plan: (0,plan_steps/* planOf */.XC)(req, inst.id, {
            release: { id, version: req.release.version },
            from,
            to,
            steps,
            pointOfNoReturn: c.breakingLive ? 'migrate' : undefined,
            finally: { ...unlock, ops: [(0,host_watch/* unlockAfterWatch */.W6)(inst.id, req.run)] },
            notes,
        }),
        recordFailure,
    };
}
/** Deploying the release already live: nothing to do, or finish what an interrupted run left (converge-plan.ts). */
function converge(c, live) {
    const { req, id } = c;
    const reason = req.converge;
    if (!reason)
        return { kind: 'nothing-to-do', message: `release ${id} is already live on the ${live} slot` };
    const plan = buildConvergePlan({
        ...req,
        live,
        release: { id, version: req.release.version },
        reason,
        maintenance: req.maintenance === true,
    });
    const nothing = {
        id: 'record-failure',
        phase: 'record',
        title: 'nothing to record',
        timeoutMs: plan_steps/* MIN */.pH,
        ops: [],
    };
    return { kind: 'plan', plan, recordFailure: () => nothing };
}

// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
// EXTERNAL MODULE: ./src/transport/connect.ts + 4 modules
var connect = __webpack_require__(34861);
// EXTERNAL MODULE: ./src/session/prepare.ts + 1 modules
var prepare = __webpack_require__(67366);
// EXTERNAL MODULE: ./src/session/verb.ts
var verb = __webpack_require__(87731);
// EXTERNAL MODULE: ./src/session/plan-run.ts + 6 modules
var plan_run = __webpack_require__(57422);
;// CONCATENATED MODULE: ./src/session/overlap.ts

/**
 * From the new slot's start to the flip both slots run (the gate needs the new one, users the old one); after the flip
 * the old slot drains, then is paused (an app with background jobs) or keeps running until its keep-warm window ends.
 * Measured from the run's own step timings; the drain and the window are what the host's timers were set to.
 */
function overlapOf(plan, timings, inst) {
    if (!plan.from)
        return undefined;
    const ids = plan.steps.map((s) => s.id);
    const first = ids.indexOf('start');
    const flip = ids.indexOf('flip');
    if (first === -1 || flip === -1)
        return undefined;
    const upToFlip = timings
        .filter((t) => ids.indexOf(t.step) >= first && ids.indexOf(t.step) <= flip)
        .reduce((sum, t) => sum + t.ms, 0) / 1000;
    const { drain, keepWarm: warm, pausesOld } = afterFlipWindows(inst);
    if (pausesOld) {
        const total = upToFlip + drain;
        return {
            seconds: total,
            text: `both slots ran ${total.toFixed(1)} s (start to flip ${upToFlip.toFixed(1)} s, then a ${drain} ` +
                (`s drain); the ${plan.from} slot is then paused, so only the ${plan.to} slot runs background jobs, and ` +
                    `stays warm for a rollback for ${warm} s`),
        };
    }
    const after = Math.max(warm, drain);
    const total = upToFlip + after;
    return {
        seconds: total,
        text: `both slots run ${total.toFixed(1)} s (start to flip ${upToFlip.toFixed(1)} s, then the ` +
            `${plan.from} slot ${warm > 0 ? `stays warm for ${warm} s` : `drains for ${drain} s`})`,
    };
}

// EXTERNAL MODULE: ./src/presets/data-dir.ts
var data_dir = __webpack_require__(23184);
// EXTERNAL MODULE: ./src/session/run-context.ts + 3 modules
var run_context = __webpack_require__(28493);
;// CONCATENATED MODULE: ./src/commands/deploy.ts
















async function readDrift(transport, state) {
    const script = driftScript(state);
    if (!script)
        return [];
    const r = await transport.script(script, { timeoutMs: 30_000 });
    return parseDrift(state, r.stdout);
}
function refusal(result) {
    const code = result.kind === 'nothing-to-do'
        ? exit_codes/* ExitCode */.y.nothingToDo
        : result.kind === 'held'
            ? exit_codes/* ExitCode */.y.releaseHeld
            : exit_codes/* ExitCode */.y.preflight;
    return { exitCode: code, summary: result.message };
}
/** plan (dryRun) and deploy share everything up to the executor: the deploy runs exactly the plan it prints. */
async function runDeploy(opts) {
    const prepared = await (0,prepare/* prepare */.i)(opts);
    const release = await (0,prepare/* loadRelease */.U)(prepared.instance);
    const mask = (0,format/* masker */.KB)(Object.values(prepared.secrets));
    const transport = opts.offline ? undefined : await (0,connect/* connectTarget */.u)(prepared.instance, prepared.secrets);
    try {
        // Planned from what the host says now; if another run changed the host before our lock was taken (we waited for
        // it), the lock step says so and we plan again from the new state instead of acting on a stale plan.
        const waitUntil = Date.now() + opts.lockWaitMs;
        for (let attempt = 1;; attempt++) {
            const host = transport
                ? await (0,run_context/* readHostWhenFree */.vP)(transport, prepared.instance, waitUntil, (l) => opts.log(`waiting for the lock: ${mask(l)}`))
                : undefined;
            const result = await planAndRun(opts, prepared, release, mask, transport, host);
            if (result.outcome?.kind !== 'stale' || attempt >= 3)
                return result;
            opts.log('note: the host changed while this run waited for the lock; planning again');
        }
    }
    finally {
        await transport?.close();
    }
}
async function planAndRun(opts, prepared, release, mask, transport, host) {
    const run = (0,run_context/* newRunId */.F$)();
    const state = host?.recovery.state ?? (0,shell_state/* parseState */.Bu)('null', prepared.instance.id);
    for (const n of host?.recovery.notes ?? [])
        opts.log(`note: ${mask(n)}`);
    const drift = transport ? await readDrift(transport, state) : [];
    const driftText = drift.length
        ? `drift (the deploy overwrites these; move lasting changes into ` +
            `templates/):\n${drift.map((d) => `  ${d}`).join('\n')}\n\n`
        : '';
    for (const d of drift)
        opts.log(`warning: drift: ${d}`);
    const recoveryText = host?.recovery.notes.length
        ? `${host.recovery.notes.map((n) => `note: ${n}`).join('\n')}\n\n`
        : '';
    const result = buildDeployPlan({
        run,
        owner: (0,run_context/* owner */.eC)(),
        now: new Date().toISOString(),
        instance: prepared.instance,
        files: prepared.files,
        release,
        state,
        allowBreaking: opts.allowBreaking,
        guard: host?.guard,
        maintenance: host?.probe.maintenance,
        converge: host?.recovery.converge,
        smoke: prepared.smoke,
        dataDir: (0,data_dir/* filesDirToCreate */.g)(prepared.instance, prepared.preset),
    });
    if (result.kind !== 'plan')
        return { ...refusal(result), planText: recoveryText + driftText || undefined };
    const planText = recoveryText + driftText + (0,format/* formatPlan */.nT)(result.plan, Object.values(prepared.secrets));
    if (opts.dryRun || !transport)
        return {
            ...(0,plan_run/* dryRunResult */.Y)(result.plan, Object.values(prepared.secrets), `plan for ${result.plan.release.id} on the ${result.plan.to} slot`),
            planText,
        };
    opts.log(`deploy ${run}: ${prepared.instance.id} ` +
        (`${result.plan.from ? `${result.plan.from} -> ` : ''}${result.plan.to}, release ${result.plan.release.id} ` +
            `(${result.plan.steps.length} steps)`));
    const outcome = await (0,plan_run/* runWithProgress */.v)(result.plan, transport, opts, mask, { recordFailure: result.recordFailure });
    const exitCode = (0,verb/* exitCodeFor */.Rr)(outcome);
    const overlap = outcome.kind === 'completed' ? overlapOf(result.plan, outcome.timings, prepared.instance) : undefined;
    if (overlap)
        opts.log(`overlap: ${overlap.text}`);
    const receipt = 'results' in outcome ? (0,host_receipt/* parseReceipt */.Wy)(outcome.results.receipt) : undefined;
    if (receipt)
        opts.log(`receipt: ${(0,host_receipt/* describeReceipt */.ei)(receipt)}`);
    const summary = summaryOf(result.plan, outcome, mask, flipBackText(result.plan, state, prepared.instance));
    // The one derivation (wildcard names, non-default ports) that templates and the after-flip checks use too.
    const url = (0,public_url/* publicUrl */.x)(prepared.instance) || undefined;
    return {
        exitCode,
        summary,
        outcome,
        planText,
        url,
        release: result.plan.release.id,
        slot: outcome.kind === 'completed' ? result.plan.to : (result.plan.from ?? undefined),
        ...(overlap ? { overlapSeconds: Math.round(overlap.seconds * 10) / 10 } : {}),
        ...(receipt ? { receipt } : {}),
    };
}
/**
 * What a failure after the flip left serving. A first deploy has no earlier slot to flip back to: its undo stops the
 * new slot, so nothing of the instance serves (or, over an adopted app, the adopted app serves again).
 */
function flipBackText(plan, state, inst) {
    if (plan.from)
        return (`flipped back to the ${plan.from} ` +
            (`slot${state.slots[plan.from] ? ` (release ${state.slots[plan.from].release})` : ''} and held release ` +
                `${plan.release.id}`));
    if (state.adopted)
        return `flipped back to the app slotflip adopted and held release ${plan.release.id}`;
    const names = inst.nginx?.server_names.join(', ');
    return (`this was the instance's first deploy, so there was no earlier slot to flip back to: the ` +
        (`${plan.to} slot was stopped and nothing of ${inst.id} serves ` +
            (`now${names ? ` (nginx answers 502 for ${names})` : ''}; release ${plan.release.id} is held: fix it, run ` +
                `\`slotflip release-hold\`, and deploy again`)));
}
function summaryOf(plan, outcome, mask, flippedBack) {
    if (outcome.kind === 'completed')
        return `deployed ${plan.release.id} on the ${plan.to} slot`;
    if (outcome.kind === 'locked')
        return `locked by ${mask(outcome.holder)}`;
    if (outcome.kind === 'stale')
        return 'the host kept changing while this run waited for the lock; run it again';
    if (outcome.disconnected)
        return (0,engine_outcome/* lostConnectionAdvice */.V)(outcome.step.id);
    if (outcome.pastNoReturn) {
        return (`${outcome.step.id} failed after the breaking migration: ${mask(outcome.detail)}; the ` +
            (`maintenance page stays up. Operator needed: fix and deploy ${plan.release.id} again, or restore the backup ` +
                `taken by this run`));
    }
    const after = outcome.undone
        ? outcome.trafficMoved
            ? flippedBack
            : 'nothing changed for users'
        : 'ROLLBACK FAILED: operator needed';
    return `${outcome.step.id} failed: ${mask(outcome.detail)}; ${after}`;
}

// EXTERNAL MODULE: ./src/validate/validate.ts + 22 modules
var validate = __webpack_require__(88733);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
;// CONCATENATED MODULE: ./src/github/summary.ts

/** Text from environment files goes into Markdown: neutralise what would format, link or inject HTML. */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** The job summary of a validation: counts, then every finding (annotations show only the first ten per severity). */
function validationSummary(files, findings, omitted) {
    const c = (0,finding/* countBySeverity */.Ot)(findings);
    const lines = [`## slotflip validate`, ''];
    lines.push(c.error === 0
        ? `✅ ${files.length} environment file${files.length === 1 ? '' : 's'} ` +
            `valid${c.warning ? ` with ${c.warning} warning${c.warning === 1 ? '' : 's'}` : ''}.`
        : `❌ ${c.error} error${c.error === 1 ? '' : 's'} and ${c.warning} ` +
            `warning${c.warning === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}.`);
    if (omitted > 0)
        lines.push('', `GitHub shows ten annotations per severity; ${omitted} more are listed only here.`);
    if (findings.length > 0) {
        lines.push('', '| | where | path | message |', '|---|---|---|---|');
        for (const f of findings) {
            lines.push(`| ${ICON[f.severity]} | \`${f.file}:${f.line}:${f.column}\` | ${escapeMarkdown(f.path)} | ` +
                `${escapeMarkdown(f.message)} |`);
        }
    }
    const risky = findings.filter((f) => f.rule === 'risky-change');
    if (risky.length > 0) {
        lines.push('', `### Changes that need a reviewer`, '', 'These run code on a host or send secrets to a host after merge. Keep `environments/` under CODEOWNERS.', '');
        for (const f of risky)
            lines.push(`- \`${f.file}:${f.line}\` ${escapeMarkdown(f.message)}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/github/deploy-summary.ts


const MEANING = {
    0: '✅ deployed',
    2: '❌ invalid configuration',
    3: '❌ connection or host key refused',
    4: '⛔ refused by preflight',
    5: '🔒 locked by another run',
    10: '↩️ health gate failed: rolled back, production untouched',
    11: '↩️ rolled back after a later failure',
    12: '🚨 rollback failed: operator needed',
    13: '⛔ a database restore would discard writes',
    14: '⛔ backup refused: nothing was touched',
    20: '➖ nothing to do',
};
/** The job summary of a plan or deploy: result, release and slot, every step with its time, the plan itself. */
function deploySummary(command, r) {
    const done = {
        rollback: '✅ rolled back',
        backup: '✅ backed up',
        restore: '✅ restored',
    };
    const meaning = r.exitCode === 0 && done[command] ? done[command] : (MEANING[r.exitCode] ?? `exit ${r.exitCode}`);
    const lines = [`## slotflip ${command}`, '', `**${meaning}**: ${escapeMarkdown(r.summary)}`];
    if (r.release)
        lines.push('', `release \`${r.release}\`${r.slot ? ` on the **${r.slot}** slot` : ''}${r.url ? ` at ${r.url}` : ''}`);
    if (r.receipt)
        lines.push('', `**receipt** (measured on the host, from just before the flip to the end of the observe window): ` +
            `${escapeMarkdown((0,host_receipt/* describeReceipt */.ei)(r.receipt))}`);
    const timings = r.outcome && 'timings' in r.outcome ? r.outcome.timings : [];
    if (timings.length) {
        lines.push('', '| step | time | result |', '|---|---:|---|');
        for (const t of timings)
            lines.push(`| ${t.step} | ${(t.ms / 1000).toFixed(1)} s | ${t.code === 0 ? 'ok' : `exit ${t.code}`} |`);
    }
    if (r.planText)
        lines.push('', '<details><summary>the plan (every command; secrets as ***)</summary>', '', '```', r.planText.replace(/```/g, "'''"), '```', '', '</details>');
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/github/annotations.ts

// GitHub shows at most 10 annotations per severity per step; the rest would vanish silently.
// We annotate the first ten of each and the job summary lists every finding.
const ANNOTATIONS_PER_SEVERITY = 10;
const emit = {
    error: core/* error */.z3,
    warning: core/* warning */.$e,
    notice: core/* notice */.lm,
};
function annotate(findings) {
    const used = { error: 0, warning: 0, notice: 0 };
    let omitted = 0;
    for (const f of findings) {
        if (used[f.severity] >= ANNOTATIONS_PER_SEVERITY) {
            omitted += 1;
            continue;
        }
        used[f.severity] += 1;
        emit[f.severity](f.path ? `${f.path}: ${f.message}` : f.message, {
            title: `slotflip ${f.rule}`,
            file: f.file,
            startLine: f.line,
            startColumn: f.column,
            // GitHub drops the columns of annotations that span lines.
            endLine: f.line,
            endColumn: f.endLine === f.line ? Math.max(f.endColumn, f.column) : undefined,
        });
    }
    return { annotated: findings.length - omitted, omitted };
}

;// CONCATENATED MODULE: ./src/github/compare.ts

const toReported = (f) => ({
    file: f.file,
    line: f.line,
    severity: f.severity,
    rule: f.rule,
    path: f.path,
    message: f.message,
});
function parseOtherReport(text) {
    const t = text.trim();
    if (t === '' || t === 'missing')
        return { kind: 'missing', why: 'it produced no report (its job failed, was cancelled or did not run)' };
    try {
        const data = JSON.parse(t);
        if (Array.isArray(data) &&
            data.every((f) => typeof f === 'object' && f !== null && typeof f.file === 'string'))
            return { kind: 'report', findings: data };
    }
    catch {
        // fall through
    }
    return { kind: 'missing', why: 'its report is not a list of findings' };
}
// Findings are matched by place and kind, not by wording: a pull request may rephrase a message.
const key = (f) => `${f.file}:${f.line}|${f.severity}|${f.rule}|${f.path}`;
function compareReports(trusted, other) {
    const theirs = new Set(other.map(key));
    const ours = new Set(trusted.map(key));
    return { onlyTrusted: trusted.filter((f) => !theirs.has(key(f))), onlyOther: other.filter((f) => !ours.has(key(f))) };
}
const line = (f) => `- \`${f.file}:${f.line}\` ${f.severity} ` +
    `${escapeMarkdown(f.rule)}${f.path ? ` ${escapeMarkdown(f.path)}` : ''}: ${escapeMarkdown(f.message)}`;
/** The comparison, made once: what each side reports that the other does not (undefined when there is no report). */
const compareWith = (trusted, other) => other.kind === 'report' ? compareReports(trusted, other.findings) : undefined;
/** The top of the trusted run's summary: agreement, or each finding the pull request's slotflip does not report. */
function comparisonHead(other, cmp, label) {
    if (other.kind === 'missing' || !cmp)
        return (`> [!WARNING]\n> **${escapeMarkdown(label)}** could not be compared: ` +
            `${other.kind === 'missing' ? other.why : 'no report'}. What follows is the base branch's slotflip alone.\n\n`);
    const { onlyTrusted } = cmp;
    if (onlyTrusted.length === 0)
        return `${escapeMarkdown(label)} reports everything the base branch's slotflip reports.\n\n`;
    return [
        '> [!CAUTION]',
        `> **${escapeMarkdown(label)} disagrees with the base branch's slotflip**: it does not report ` +
            (`${onlyTrusted.length} finding${onlyTrusted.length === 1 ? '' : 's'} that the base branch's (the trusted ` +
                (`one) reports. A pull request that changes slotflip itself can change what it flags: review these as the ` +
                    `base branch reports them.`)),
        '',
        ...onlyTrusted.map(line),
        '',
        '',
    ].join('\n');
}
/** The pull request's own run, labelled as what it is, after the trusted summary. */
function otherSection(other, cmp, label) {
    if (other.kind === 'missing' || !cmp)
        return '';
    const { onlyOther } = cmp;
    const lines = [
        `### ${escapeMarkdown(label)}`,
        '',
        `${other.findings.length} finding${other.findings.length === 1 ? '' : 's'}; ` +
            `${onlyOther.length
                ? `${onlyOther.length} that the base branch's slotflip does not report (what only the ` + `new code knows):`
                : "none that the base branch's slotflip does not report."}`,
    ];
    if (onlyOther.length)
        lines.push('', ...onlyOther.map(line));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/github/deployment.ts


/** GitHub caps a status description at 140 characters. */
const MAX_DESCRIPTION = 140;
function statusOf(command, r) {
    const ok = r.exitCode === 0 || r.exitCode === 20;
    const what = r.receipt ? `receipt: ${(0,host_receipt/* describeReceipt */.ei)(r.receipt)}` : r.summary;
    const text = `${command} ${r.release ?? ''}: ${what}`.replace(/\s+/g, ' ');
    return {
        state: ok ? 'success' : 'failure',
        description: text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text,
    };
}
/** Records the deployment and its one status; returns the deployment's id. */
async function recordDeployment(api, d, command, r) {
    const { state, description } = statusOf(command, r);
    const created = await request(api, 'POST', '/deployments', {
        ref: d.sha,
        environment: d.environment,
        task: `slotflip:${command}`,
        auto_merge: false,
        required_contexts: [],
        description: `slotflip ${command} ${r.release ?? ''}`.trim(),
        payload: { release: r.release ?? null, slot: r.slot ?? null, receipt: r.receipt ?? null },
    });
    await request(api, 'POST', `/deployments/${created.id}/statuses`, {
        state,
        description,
        log_url: d.logUrl,
        ...(r.url ? { environment_url: r.url } : {}),
        auto_inactive: true,
    });
    return created.id;
}

// EXTERNAL MODULE: ./src/host/status.ts
var host_status = __webpack_require__(69010);
// EXTERNAL MODULE: ./src/backup/manifest.ts
var manifest = __webpack_require__(6345);
// EXTERNAL MODULE: ./src/facts/probe-output.ts
var probe_output = __webpack_require__(13327);
;// CONCATENATED MODULE: ./src/facts/status.ts
// The host's status as data: the status script's output parsed into what each slot, unit and watch is doing.


/** `@watch <unit state> <watch.json>`: a watch whose unit is gone before it decided has ended without deciding. */
function parseWatch(line) {
    const m = /^(\S*) (.*)$/.exec(line ?? '');
    if (!m)
        return null;
    try {
        const w = JSON.parse(m[2]);
        if (!w?.run)
            return null;
        const running = m[1] === 'active' || m[1] === 'deactivating';
        return { ...w, state: !running && (w.state === 'waiting' || w.state === 'observing') ? 'ended' : w.state };
    }
    catch {
        return null;
    }
}
function lastRun(journal, state) {
    const entries = journal
        .split('\x1e')
        .filter(Boolean)
        .flatMap((l) => {
        try {
            return [JSON.parse(l)];
        }
        catch {
            return [];
        }
    });
    const last = state.history.at(-1);
    if (!last)
        return null;
    const mine = entries.filter((e) => e.run === last.run);
    const seconds = mine.length ? Math.round((mine.at(-1).at - mine[0].at) * 10) / 10 : null;
    return { run: last.run, op: last.op, result: last.result, seconds };
}
function parseStatus(inst, stdout, now = Date.now() / 1000) {
    const { tag, state } = (0,probe_output/* readProbe */.f)(inst, stdout);
    const [pcent, free] = (tag('disk')[0] ?? '0 0').trim().split(/\s+/).map(Number);
    const [total, avail] = (tag('mem')[0] ?? '0 0').split(' ').map(Number);
    const components = tag('unit').map((line) => {
        const [component, slot, st, since, mem, health] = line.split(' ');
        const started = Number(since);
        return {
            component: component,
            slot: slot,
            state: st || 'unknown',
            upSeconds: st === 'active' && started > 0 ? Math.round(now - started) : null,
            memoryBytes: /^\d+$/.test(mem ?? '') ? Number(mem) : null,
            health: health && health !== '000' ? health : '-',
            live: state.active === slot,
        };
    });
    const lockText = tag('lock')[0] ?? 'null';
    const active = state.active ? state.slots[state.active] : undefined;
    const other = state.active === 'blue' ? 'green' : state.active === 'green' ? 'blue' : null;
    const previous = other ? state.slots[other] : undefined;
    const otherUnits = components.filter((c) => c.slot === other);
    return {
        instance: inst.id,
        target: inst.target.transport === 'pct' ? `pct ${inst.target.vmid}` : `${inst.target.host ?? 'local'}`,
        active: state.active,
        release: active?.release ?? null,
        since: active?.since ?? null,
        components,
        disk: { usedPercent: pcent ?? 0, freeBytes: free ?? 0 },
        memory: { totalMb: total ?? 0, availableMb: avail ?? 0 },
        lock: lockText === 'null' ? null : JSON.parse(lockText),
        hold: state.hold,
        maintenance: tag('maintenance')[0] === 'on',
        last: lastRun(tag('journal')[0] ?? '', state),
        releases: state.releases,
        adopted: state.adopted
            ? `${Object.values(state.adopted.components)
                .map((c) => c.unit ?? c.upstream)
                .join(', ')} (release ${state.adopted.version ?? 'unknown'})${state.adopted.handoff
                ? `, on port ` + `${state.adopted.handoff.port} through nginx on ${state.adopted.handoff.via}`
                : ''}`
            : null,
        rollback: other && previous
            ? {
                release: previous.release,
                slot: other,
                warm: otherUnits.length > 0 && otherUnits.every((c) => c.state === 'active'),
            }
            : null,
        backup: active?.backup ?? null,
        watch: parseWatch(tag('watch')[0]),
        archives: tag('archive')
            .flatMap((l) => {
            const m = (0,manifest/* parseManifest */.Ng)(l);
            return m ? [{ id: m.id, created: m.created, release: m.release, bytes: m.encrypted.bytes }] : [];
        })
            .sort((a, b) => b.created.localeCompare(a.created)),
    };
}

;// CONCATENATED MODULE: ./src/commands/status.ts




async function runStatus(opts) {
    const prepared = await (0,prepare/* prepare */.i)(opts);
    const transport = await (0,connect/* connectTarget */.u)(prepared.instance, prepared.secrets);
    try {
        const r = await transport.script((0,host_status/* statusScript */.K)(prepared.instance), { timeoutMs: 30_000 });
        return parseStatus(prepared.instance, r.stdout);
    }
    finally {
        await transport.close();
    }
}

;// CONCATENATED MODULE: ./src/facts/status-format.ts
// The host's status as text for the terminal.

function watchLine(w) {
    const at = (s) => new Date(s * 1000).toISOString();
    const receipt = w.receipt ? `\n          receipt: ${(0,host_receipt/* describeReceipt */.ei)(w.receipt)}` : '';
    if (w.state === 'observing')
        return (`observing release ${w.release} on the ${w.slot} slot since ${at(w.since)} (until ` +
            `${at(w.until)}; run ${w.run}): a new run waits for it`);
    if (w.state === 'waiting')
        return `run ${w.run} is flipping to release ${w.release}; the host watches from the end of its flip`;
    if (w.state === 'passed')
        return `run ${w.run}: release ${w.release} passed its observe window; the host finished the deploy${receipt}`;
    if (w.state === 'flipped-back')
        return `run ${w.run}: the host flipped release ${w.release} back (${w.reason})${receipt}`;
    return `run ${w.run}: the watch of release ${w.release} ended before it decided (the next run converges)`;
}
const human = (s) => s === null ? '-' : s < 120 ? `${s}s` : s < 7200 ? `${Math.round(s / 60)}m` : `${Math.round(s / 3600)}h`;
function formatStatus(s) {
    const out = [
        `instance  ${s.instance}   target ${s.target}`,
        `live      ${s.active ?? 'none'} slot, release ${s.release ?? '-'}${s.since ? ` since ${s.since}` : ''}`,
        ...(s.adopted ? [`adopted   ${s.adopted}: serves until the next deploy moves it into slotflip's slots`] : []),
        '',
        'component  slot   state     uptime  memory   health',
        ...s.components.map((c) => `${c.component.padEnd(10)} ${c.slot.padEnd(6)} ${c.state.padEnd(9)} ` +
            (`${human(c.upSeconds).padStart(6)}  ` +
                (`${c.memoryBytes === null ? '     -' : `${(c.memoryBytes / 1048576).toFixed(0).padStart(4)}MB`}   ` +
                    `${c.health}${c.live ? '   <- live' : ''}`))),
        '',
        `resources disk ${s.disk.usedPercent}% used (${(s.disk.freeBytes / 1073741824).toFixed(1)} GiB free), ` +
            `memory ${s.memory.availableMb} of ${s.memory.totalMb} MiB available`,
        `last      ` +
            `${s.last
                ? `${s.last.op} ${s.last.run}: ` +
                    `${s.last.result}${s.last.seconds === null ? '' : ` in ${s.last.seconds} s`}`
                : 'none'}`,
        `releases  ${s.releases.join(', ') || '-'}`,
        `rollback  ` +
            `${s.rollback
                ? `to ${s.rollback.release} on ${s.rollback.slot} ` +
                    `(${s.rollback.warm ? 'warm: only a flip' : 'cold: start and gate first'})`
                : 'none'}; any kept release with --to`,
        `backup    ` +
            `${s.backup ?? 'none'}${s.backup ? ' (taken before the live release migrated; rollback --restore-db)' : ''}`,
        `archives  ` +
            `${s.archives.length
                ? s.archives
                    .map((a) => `${a.id} (${a.created}, release ${a.release ?? '-'}, ` +
                    (`${(a.bytes / 1048576).toFixed(1)} ` + `MiB)`))
                    .join('\n          ')
                : 'none'}${s.archives.length ? '\n          (slotflip restore --from ID|latest)' : ''}`,
        `lock      ${s.lock ? JSON.stringify(s.lock) : 'free'}`,
        `watch     ${s.watch ? watchLine(s.watch) : 'none'}`,
        `hold      ` +
            `${s.hold ? `${s.hold.release} since ${s.hold.since}: ` + `${s.hold.reason}` : 'none'}${s.maintenance ? '   MAINTENANCE PAGE IS ON' : ''}`,
    ];
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/github/action-hosts.ts
// The action's inputs every command shares, and the verbs that only read a host (status, doctor).




async function action_hosts_status() {
    const s = await runStatus(common());
    core/* info */.pq(formatStatus(s));
    await core/* summary */.z.addRaw(`## slotflip status\n\n\`\`\`\n${formatStatus(s)}\n\`\`\`\n`).write();
    if (s.release)
        core/* setOutput */.uH('release', s.release);
    if (s.active)
        core/* setOutput */.uH('slot', s.active);
}
/** The diagnosis as a table in the job summary; a FAIL fails the job (the scheduled workflow shows it red). */
async function doctor() {
    const { runDoctor } = await __webpack_require__.e(/* import() */ 258).then(__webpack_require__.bind(__webpack_require__, 66258));
    const { doctorMarkdown, formatRows } = await __webpack_require__.e(/* import() */ 804).then(__webpack_require__.bind(__webpack_require__, 36804));
    const { worst } = await __webpack_require__.e(/* import() */ 714).then(__webpack_require__.bind(__webpack_require__, 52714));
    const rows = await runDoctor(common());
    core/* info */.pq(formatRows(rows));
    await core/* summary */.z.addRaw(doctorMarkdown(rows)).write();
    const verdict = worst(rows);
    core/* setOutput */.uH('verdict', verdict);
    if (verdict === 'FAIL') {
        core/* setFailed */.C1(`slotflip doctor: ${rows
            .filter((r) => r.verdict === 'FAIL')
            .map((r) => `${r.instance} ${r.check}: ${r.detail}`)
            .join('; ')}`);
        process.exitCode = exit_codes/* ExitCode */.y.doctorFailed;
    }
}
/**
 * Every line of every secret is masked before anything could print it (a multi-line key leaks line by line otherwise).
 */
function maskAll(values) {
    for (const v of values)
        for (const line of v.split(/\r?\n/))
            if (line.trim().length >= 4)
                core/* setSecret */.Pq(line);
}
function common() {
    const env = core/* getInput */.V4('env', { required: true });
    return {
        envFile: env,
        instanceId: core/* getInput */.V4('instance') || undefined,
        secrets: { env: process.env, dir: core/* getInput */.V4('secrets-dir') || undefined },
        onSecrets: maskAll,
    };
}

;// CONCATENATED MODULE: ./src/github/action.ts















const COMMANDS = ['validate', 'plan', 'deploy', 'rollback', 'backup', 'restore', 'status', 'doctor'];
async function action_validate() {
    const base = core/* getInput */.V4('base-path');
    const result = await runValidate({
        paths: listInput('paths'),
        baseDir: base || undefined,
        requireSecrets: core/* getBooleanInput */.Vt('require-secrets'),
        job: jobInput(),
        secretsDir: core/* getInput */.V4('secrets-dir') || undefined,
        env: process.env,
    });
    const { omitted } = annotate(result.findings);
    const reported = result.findings.map(toReported);
    // The other run's findings (the PR check's trusted job reads the pull request's run): the comparison goes first.
    const compareInput = core/* getInput */.V4('compare-findings');
    const other = compareInput ? parseOtherReport(compareInput) : undefined;
    const label = core/* getInput */.V4('compare-label') || "this PR's slotflip";
    const cmp = other && compareWith(reported, other);
    if (other) {
        core/* summary */.z.addRaw(comparisonHead(other, cmp, label));
        const onlyTrusted = cmp?.onlyTrusted ?? [];
        if (onlyTrusted.length)
            core/* warning */.$e(`${label} does not report ${onlyTrusted.length} finding(s) that the base branch's slotflip reports; ` +
                `see the job summary`, { title: 'slotflip: the pull request changes what slotflip flags' });
    }
    core/* summary */.z.addRaw(validationSummary(result.files, result.findings, omitted));
    if (other)
        core/* summary */.z.addRaw(otherSection(other, cmp, label));
    // The reviewer sees what the PR changes on the hosts, not only in YAML (lazily loaded: LiquidJS and the differ).
    if (base && result.valid) {
        const { renderedDiff, renderedDiffMarkdown } = await __webpack_require__.e(/* import() */ 108).then(__webpack_require__.bind(__webpack_require__, 2108));
        core/* summary */.z.addRaw(renderedDiffMarkdown(await renderedDiff({ files: result.files, environments: result.environments, baseDir: base })));
    }
    await core/* summary */.z.write();
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    core/* setOutput */.uH('findings', JSON.stringify(reported));
    core/* setOutput */.uH('valid', String(result.valid));
    core/* setOutput */.uH('errors', String(errors));
    core/* setOutput */.uH('warnings', String(result.findings.filter((f) => f.severity === 'warning').length));
    if (!result.valid)
        core/* setFailed */.C1(`${errors} error${errors === 1 ? '' : 's'} in environment files; each is annotated at its line and ` +
            `listed in the job summary`);
}
/** The action: inputs to a command, outputs and summary back. Only this folder imports @actions/*. */
async function runAction() {
    const command = core/* getInput */.V4('command') || 'validate';
    if (!COMMANDS.includes(command)) {
        core/* setFailed */.C1(`input "command" must be one of ${COMMANDS.join(', ')}; got "${command}"`);
        return;
    }
    try {
        if (command === 'validate')
            await action_validate();
        else if (command === 'plan' || command === 'deploy')
            await deploy(command);
        else if (command === 'rollback' || command === 'backup' || command === 'restore')
            await deploy(command);
        else if (command === 'status')
            await action_hosts_status();
        else if (command === 'doctor')
            await doctor();
        else
            core/* setFailed */.C1(`command "${command}" is not available in this version of slotflip yet`);
    }
    catch (err) {
        if (!(err instanceof errors/* SlotflipError */.u0))
            throw err;
        core/* setFailed */.C1(`slotflip ${command}: ${err.describe()}`);
        process.exitCode = err.exitCode;
    }
}
/** A group per step; what the host printed is fenced with stop-commands, so it can never issue workflow commands. */
function groupedSteps(e, mask) {
    if (e.kind === 'start')
        core/* startGroup */.Oh(`[${e.index + 1}/${e.total}] ${e.step.title}`);
    else if (e.kind === 'done') {
        const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        const remote = mask(`${e.result.stdout}${e.result.stderr}`.trim());
        if (remote)
            core/* info */.pq(`::stop-commands::${token}\n${remote}\n::${token}::`);
        core/* info */.pq(`${e.result.code === 0 ? 'ok' : `failed (exit ${e.result.code})`} in ${(e.ms / 1000).toFixed(1)} s`);
        core/* endGroup */.N4();
    }
    else if (e.kind === 'note')
        core/* notice */.lm(mask(e.text));
    else if (e.kind === 'undo')
        core/* warning */.$e(`undo ${e.step.id}: ${e.result.code === 0 ? 'ok' : 'FAILED'}`);
    else
        core/* info */.pq(`waiting for the lock: ${mask(e.holder)}`);
}
async function deploy(command) {
    const abort = new AbortController();
    const cancel = () => abort.abort();
    process.once('SIGINT', cancel);
    process.once('SIGTERM', cancel);
    const run = {
        ...common(),
        lockWaitMs: lockWaitInput(),
        dryRun: command === 'plan',
        log: core/* info */.pq,
        signal: abort.signal,
        onEvent: groupedSteps,
    };
    const r = await runCommand(command, run);
    if (command === 'plan' && r.planText)
        core/* info */.pq(r.planText);
    await core/* summary */.z.addRaw(deploySummary(command, r)).write();
    if (r.release)
        core/* setOutput */.uH('release', r.release);
    if (r.slot)
        core/* setOutput */.uH('slot', r.slot);
    if (r.url)
        core/* setOutput */.uH('url', r.url);
    if (r.receipt)
        core/* setOutput */.uH('receipt', JSON.stringify(r.receipt));
    core/* setOutput */.uH('exit-code', String(r.exitCode));
    if ((command === 'deploy' || command === 'rollback') && core/* getInput */.V4('deployment-environment'))
        await recordOnGitHub(command, r);
    if (r.exitCode !== 0 && r.exitCode !== 20) {
        core/* setFailed */.C1(`slotflip ${command}: ${r.summary}`);
        process.exitCode = r.exitCode;
    }
    else
        core/* notice */.lm(`slotflip ${command}: ${r.summary}`);
}
/** The deployment and its status with the receipt (github/deployment.ts); a failure to record it is a warning only. */
async function recordOnGitHub(command, r) {
    const api = githubApiFrom(process.env);
    if ('missing' in api)
        return core/* warning */.$e(`deployment-environment is set, but ${api.missing}: no deployment recorded`);
    const env = process.env;
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const logUrl = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
    try {
        const id = await recordDeployment(api, { environment: core/* getInput */.V4('deployment-environment'), sha: env.GITHUB_SHA ?? '', logUrl }, command, r);
        core/* info */.pq(`recorded deployment ${id} in ${core/* getInput */.V4('deployment-environment')}`);
    }
    catch (e) {
        core/* warning */.$e(`recording the deployment failed (the job needs permissions: deployments: write): ${e.message}`);
    }
}
/** The command's own code, loaded when it runs (as in the CLI). */
async function runCommand(command, run) {
    if (command === 'backup')
        return (await Promise.all(/* import() */[__webpack_require__.e(564), __webpack_require__.e(900)]).then(__webpack_require__.bind(__webpack_require__, 87900))).runBackup({
            ...run,
            verifyRestore: flag('verify-restore'),
            github: githubPort(process.env),
        });
    // The artifacts of other runs are read with the job's token (permissions: actions: read).
    if (command === 'restore')
        return (await __webpack_require__.e(/* import() */ 564).then(__webpack_require__.bind(__webpack_require__, 52564))).runRestore({
            ...run,
            from: core/* getInput */.V4('from') || 'latest',
            drill: flag('drill'),
            github: githubPort(process.env),
        });
    if (command === 'rollback') {
        const to = core/* getInput */.V4('to');
        return (await __webpack_require__.e(/* import() */ 185).then(__webpack_require__.bind(__webpack_require__, 1185))).runRollback({
            ...run,
            to: ['', 'previous'].includes(to) ? undefined : to,
            restoreDb: restoreDbInput(),
        });
    }
    return runDeploy({ ...run, allowBreaking: flag('allow-breaking') });
}

;// CONCATENATED MODULE: ./src/github/run-action.ts


/** The action, loaded by its entry (github/main.ts): errors become one failed-step message, never a rejection. */
function main() {
    runAction().catch((err) => {
        core/* setFailed */.C1(`slotflip: internal error: ${err instanceof Error ? err.message : String(err)}`);
    });
}


/***/ }),

/***/ 5293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ keepAssets),
/* harmony export */   h1: () => (/* binding */ assetsComponent)
/* harmony export */ });
/* unused harmony export MAX_ASSETS */
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61250);
/* harmony import */ var _smoke_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87667);




// Vikunja embeds its frontend in the binary, so the files of the release before are gone from the moment traffic
// flips; a tab opened before the flip then asks for a lazy chunk (a hashed name under /assets/) that the new release
// never had, and breaks. Before the flip, each deploy copies the new release's hashed files from its slot to disk: it
// reads / and follows every asset name in it and in each JS and CSS file (Vite writes chunk imports as "./name.js"
// beside absolute "assets/name.js"). nginx serves the directory first and the app second, so this release's files and
// those of the last `keep` releases answer. A name is content-addressed: one already on disk is not fetched again.
const EXT = 'js|mjs|css|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico|json|wasm|map';
/** At most this many files are followed per release: a runaway crawl ends instead of filling the disk. */
const MAX_ASSETS = 5000;
/** The component serving the frontend: the one named, else the one routed at /, else the first. */
function assetsComponent(inst) {
    const names = Object.keys(inst.app.components);
    return inst.nginx?.assets?.component ?? names.find((n) => inst.app.components[n]?.route === '/') ?? names[0];
}
function keepAssets(inst, slot, releaseId) {
    const a = inst.nginx?.assets;
    if (!a)
        return undefined;
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id);
    const target = (0,_smoke_js__WEBPACK_IMPORTED_MODULE_2__/* .slotTarget */ .s$)(inst, assetsComponent(inst), slot);
    const dir = a.path.slice(1);
    const names = `(${dir.replace(/\./g, '\\.')}|\\./)[A-Za-z0-9._-]+\\.(${EXT})`;
    const keep = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).assetsKeep;
    return {
        kind: 'sh',
        note: `the ${slot} slot's files under ${a.path}, kept beside those of the last ${keep - 1} release(s)`,
        text: `store=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(l.assets)}; lists=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(l.assetLists)}; base=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(target.base)}
install -d -m 0755 "$(dirname "$store")" "$store" "$lists"
# Fetched files are hard-linked into the store from beside it (one file system): each appears there whole. A run
# killed here left its directory; the instance's lock means no other run is here now.
rm -rf "$(dirname "$store")"/.assets-*
tmp=$(mktemp -d "$(dirname "$store")/.assets-XXXXXX")
# Asset paths named in the files listed in $1, relative to the site's root: "./x.js" sits beside the file naming it.
refs() { { xargs -r -d '\\n' grep -ohE ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(names)} -- < "$1" || true; } | sed 's|^\\./|${dir}|' | sort -u; }
# fetch LIST: the names in LIST from the slot into $tmp/got; those that arrived whole (200, no error) into $tmp/ok.
# One curl a round, every file over its connections: 250 files cost one process, not 250. Before curl 7.75 a
# transfer's own exit status is not in the write-out, so there each file has a curl of its own, whose status says it.
if [ "$(curl -s -o /dev/null -w '%{exitcode}' file:///dev/null 2>/dev/null || true)" = 0 ]; then
  fetch() {
    while read -r f; do printf 'url = "%s/%s"\\noutput = "%s/got/%s"\\n' "$base" "$f" "$tmp" "$f"; done < "$1" \\
      > "$tmp/cfg"
    curl -s --parallel --parallel-max 4 --create-dirs --max-time 10 ${target.args} -K "$tmp/cfg" \\
      -w '%{exitcode} %{http_code} %{filename_effective}\\n' > "$tmp/w" || true
    while read -r e c f; do [ "$e $c" != '0 200' ] || printf '%s\\n' "\${f#"$tmp/got/"}"; done < "$tmp/w" > "$tmp/ok"
  }
else
  fetch() {
    while read -r f; do
      ! curl -sf --create-dirs --max-time 10 ${target.args} -o "$tmp/got/$f" "$base/$f" || printf '%s\\n' "$f"
    done < "$1" > "$tmp/ok"
  }
fi
curl -sf --max-time 10 ${target.args} -o "$tmp/index" "$base/" ||
  { echo ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(`assets: / on the ${slot} slot did not answer`)} >&2; rm -rf "$tmp"; exit 1; }
echo "$tmp/index" > "$tmp/files"; refs "$tmp/files" > "$tmp/queue"; : > "$tmp/seen"; : > "$tmp/kept"
missing=0; fetched=0
while [ -s "$tmp/queue" ]; do
  comm -23 "$tmp/queue" "$tmp/seen" > "$tmp/next"
  [ -s "$tmp/next" ] || break
  sort -u "$tmp/seen" "$tmp/next" -o "$tmp/seen"
  if [ "$(wc -l < "$tmp/seen")" -gt ${MAX_ASSETS} ]; then echo ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(`assets: more than ${MAX_ASSETS} ` + `files named from /: stopped following them`)} >&2; break; fi
  # A name is content-addressed: one the store has is kept as it is, the others are fetched.
  while read -r f; do if [ -f "$store/$f" ]; then echo "$f" >&3; else echo "$f" >&4; fi; done < "$tmp/next" \\
    3> "$tmp/round" 4> "$tmp/want"
  if [ -s "$tmp/want" ]; then
    rm -rf "$tmp/got"; fetch "$tmp/want"
    n=$(wc -l < "$tmp/ok"); w=$(wc -l < "$tmp/want"); fetched=$((fetched + n)); missing=$((missing + w - n))
    # What did not arrive whole may have left a part or an error page: only the names in ok reach the store.
    [ "$n" -eq "$w" ] || [ ! -d "$tmp/got" ] || (cd "$tmp/got" && find . -type f | sed 's|^\\./||' | sort |
      comm -23 - <(sort "$tmp/ok") | xargs -r -d '\\n' rm -f --)
    if [ "$n" -gt 0 ]; then
      chmod -R u=rwX,go=rX "$tmp/got"; cp -al "$tmp/got/." "$store/"; cat "$tmp/ok" >> "$tmp/round"
    fi
  fi
  cat "$tmp/round" >> "$tmp/kept"
  while read -r f; do case "$f" in *.js|*.mjs|*.css) echo "$store/$f" ;; esac; done < "$tmp/round" > "$tmp/files"
  refs "$tmp/files" > "$tmp/queue"
done
sort -u "$tmp/kept" > "$lists/${releaseId}"
# The lists of the last ${keep} releases keep their files; every other file goes.
ls -t "$lists" | tail -n +${keep + 1} | (cd "$lists" && xargs -r -d '\\n' rm -f --)
cat "$lists"/* | sort -u > "$tmp/wanted"
(cd "$store" && find . -type f | sed 's|^\\./||' | sort | comm -23 - "$tmp/wanted" | xargs -r -d '\\n' rm -f --)
echo "SLOTFLIP_EVENT assets: $(wc -l < "$lists/${releaseId}") files of release ${releaseId} kept" \\
  "($fetched fetched; $missing named but not served)"
rm -rf "$tmp"`,
    };
}


/***/ }),

/***/ 65229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ dumpWithMarker),
/* harmony export */   Sp: () => (/* binding */ schemaThenAndNow),
/* harmony export */   nE: () => (/* binding */ restoreDump),
/* harmony export */   y3: () => (/* binding */ compareWithMarker)
/* harmony export */ });
/* unused harmony export UNSAFE_EXIT */
/* harmony import */ var _psql_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32748);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61250);
/* harmony import */ var _shell_sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69183);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49838);




// "Did the app write anything since the backup?", answered exactly and without knowing the app. At backup time every
// table's rows are fingerprinted over the columns it has then (a row count and a sum of row hashes), in
// the very snapshot the dump reads, so the marker is exactly what the dump holds. Later the same tables are
// fingerprinted over the same columns. An expand-only migration (new columns and tables, backfilled) leaves those
// columns alone, so slotflip's own migration does not count as a write, wherever it happens in time; the migration
// tool's bookkeeping tables (environment: migrations.bookkeeping_tables) are left out. A migration that rewrites old
// columns, drops them, or fills a new table makes the comparison report it: a restore is then never called safe.
// The marker file: `schema <head at the backup>`, `clean 2` (older markers say `clean`, or `dirty`: taken around the
// dump rather than in its snapshot), then a line per table (fingerprint.ts has both versions).
const conn = (l) => `PGPASSFILE=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(l.pgpass)} PGCONNECT_TIMEOUT=5 PGAPPNAME=slotflip`;
const target = (db) => `-h ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(db.host)} -p ${db.port} -U ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(db.user)} -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(db.name)} --no-password`;
/**
 * Shell: `pg_dump -Fc` of the database into `out`, and `<markerFor>.marker` holding the fingerprint of every table
 * taken in the very snapshot the dump reads: one session exports a snapshot and holds it open while pg_dump and the
 * fingerprint both import it and run side by side. The marker then describes exactly what the dump holds, whatever
 * the app writes meanwhile (a restore can prove it is identical; a rollback sees any later write as a difference).
 * The fingerprint's session writes its per-table queries and runs them itself (`\gexec`): one login, not two.
 */
function dumpWithMarker(l, db, markerFor, out, pack) {
    const m = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${markerFor}.marker`);
    const psql = `${conn(l)} psql -v ON_ERROR_STOP=1 ${target(db)}`;
    const pgDump = `${conn(l)} pg_dump -Fc --snapshot="$snap" ${target(db)}`;
    // With `pack` (a filter: dump-codec.ts) the dump is written uncompressed and compressed beside it, on every core.
    const dump = pack ? `(set -o pipefail; ${pgDump} -Z0 | ${pack} > ${out}) & dump=$!` : `${pgDump} -f ${out} & dump=$!`;
    return `coproc SNAP { ${psql} -qAt 2>&1; }
echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();" >&"\${SNAP[1]}"
snap=''; read -r -t 30 snap <&"\${SNAP[0]}" || true
case "$snap" in *-*-*) ;; *) echo "could not export a database snapshot: $snap" >&2; exit 1 ;; esac
${dump}
marker=$({
  echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '$snap';"
  printf '%s\\n' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATE_V2 */ .FN)} '\\gexec'
  echo 'COMMIT;'
} | ${psql} -qAt -F'|') || {
  { pkill -P "$dump"; kill "$dump"; } 2>/dev/null || true
  echo "fingerprinting the dump's snapshot failed" >&2; exit 1
}
wait "$dump" || { echo "pg_dump failed" >&2; exit 1; }
printf 'COMMIT;\n\\q\n' >&"\${SNAP[1]}"
{ echo "schema $(${(0,_psql_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaHeadShell */ .eJ)(l, db)})"; echo ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER_V2 */ .G8)}; printf '%s\n' "$marker"; } > ${m}.partial &&
  mv -f ${m}.partial ${m}`;
}
const UNSAFE_EXIT = 13;
/**
 * Before restoring the backup a deploy took: compare the database with the backup's marker. Prints what a restore
 * would discard (per table). `if-safe` exits UNSAFE_EXIT when anything was written since the backup (or cannot be
 * compared); `force` reports it and goes on.
 */
function compareWithMarker(l, db, dumpFile, mode, bookkeeping) {
    const m = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${dumpFile}.marker`);
    const skip = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(` ${bookkeeping.join(' ')} `);
    return {
        kind: 'sh',
        note: `compare the database with the backup's marker (${mode})`,
        text: `skip=${skip}; mode=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(mode)}
[ -s ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(dumpFile)} ] && [ -s ${m} ] || {
  echo "no backup with a marker at ${dumpFile}: the deploy of the live release took none" >&2; exit ${UNSAFE_EXIT}
}
clean=$(sed -n 2p ${m})
lost=0; report=''
while IFS='|' read -r table cols rows hash method; do
  [ -n "$table" ] || continue
  case "$skip" in *" $table "*) continue ;; esac
  exists=$(${conn(l)} psql -At ${target(db)} -c "SELECT count(*) FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = '\${table//\\'/\\'\\'}'
    AND column_name = ANY(string_to_array('$cols', ','))")
  if [ "$exists" != "$(echo "$cols" | tr ',' '\\n' | wc -l)" ]; then
    report="$report\\n  $table: columns of the backup are gone (cannot compare)"; lost=1; continue
  fi
  qcols=$(echo "$cols" | sed 's/[^,]*/"&"/g')
  if [ "$method" = record ]; then how="${(0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .rowsHash */ .Oq)('$qcols', 'record')}"; else how="${(0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .rowsHash */ .Oq)('$qcols')}"; fi
  now=$(${conn(l)} psql -At -F'|' ${target(db)} -c "SELECT $how FROM public.\\"$table\\"")
  if [ "$now" != "$rows|$hash" ]; then
    report="$report\\n  $table: $rows rows at the backup, \${now%%|*} now"
    report="$report (rows written, changed or deleted since)"; lost=1
  fi
done < <(tail -n +3 ${m})
# Tables the backup does not have (a migration created them): any row in them would be dropped by the restore.
# A name is read whole, one a line (it may hold spaces), and reaches SQL as a quoted identifier (it may hold capitals).
while IFS= read -r table; do
  [ -n "$table" ] || continue
  case "$skip" in *" $table "*) continue ;; esac
  cut -d'|' -f1 < <(tail -n +3 ${m}) | grep -qxF "$table" && continue
  n=$(${conn(l)} psql -At ${target(db)} -c "SELECT count(*) FROM public.\\"\${table//\\"/\\"\\"}\\"")
  [ "$n" = 0 ] || { report="$report\\n  $table: a table created since the backup, with $n rows"; lost=1; }
done < <(${conn(l)} psql -At ${target(db)} -c "SELECT table_name FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
[ "$clean" = clean ] || [ "$clean" = ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER_V2 */ .G8)} ] ||
  { report="$report\\n  (the app wrote while the backup ran)"; lost=1; }
if [ "$lost" = 1 ]; then
  if [ "$mode" = if-safe ]; then
    printf 'restoring the backup would discard writes made since it was taken:%b\\n' "$report" >&2; exit ${UNSAFE_EXIT}
  fi
  printf '%b\\n' "$report" |
    sed '/^$/d; s/^ */SLOTFLIP_EVENT restoring the backup discards writes made since it was taken: /'
else
  echo "SLOTFLIP_EVENT nothing was written since the backup: restoring it loses nothing"
fi`,
    };
}
/** Restores the dump in one transaction: a failure leaves the database as it was. */
function restoreDump(l, db, dumpFile) {
    return {
        kind: 'sh',
        note: `restore ${dumpFile} in one transaction`,
        text: `sf_want=''; read -r sf_want _ < ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${dumpFile}.sha256`)} || true
[ -n "$sf_want" ] && ${(0,_shell_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Matches */ .pd)((0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(dumpFile), '"$sf_want"')} ||
  { echo "backup ${dumpFile} does not match its sha256: refusing to restore it" >&2; exit 1; }
${conn(l)} PGOPTIONS='-c lock_timeout=30s' pg_restore --clean --if-exists --single-transaction --no-owner \\
  --exit-on-error ${target(db)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(dumpFile)}
echo "restored ${dumpFile}"`,
    };
}
/** Shell printing two lines: the schema head recorded in the backup's marker (empty if none), and the schema now. */
function schemaThenAndNow(l, db, dumpFile) {
    return (`then=$(sed -n '1s/^schema //p' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${dumpFile}.marker`)} 2>/dev/null || true); echo "$then"; ` +
        `${(0,_psql_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaHeadShell */ .eJ)(l, db)}`);
}


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

/***/ 17747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ routeTo),
/* harmony export */   cn: () => (/* binding */ confirmThroughNginx),
/* harmony export */   d2: () => (/* binding */ enableSite),
/* harmony export */   hp: () => (/* binding */ flipTo)
/* harmony export */ });
/* harmony import */ var _nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84102);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32562);
/* harmony import */ var _health_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45034);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61250);





/**
 * Moves traffic to `slot`. Unix-socket components: swap the symlink nginx proxies to (rename is atomic; measured
 * 0 dropped requests, and the very next request reaches the new slot). TCP components: rewrite the upstream include,
 * `nginx -t`, rename, reload (a reload drops idle keep-alive clients, so unix sockets are the default).
 */
function flipTo(inst, slot) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id);
    return routeTo(inst, (name, c) => c.listen.type === 'unix'
        ? { socket: l.socket(name, slot) }
        : { server: `127.0.0.1:${slot === 'blue' ? c.listen.blue : c.listen.green}` }, `point nginx at the ${slot} slot`);
}
/**
 * Points each component's route at a target: a unix socket through the symlink nginx proxies to (renamed, no reload),
 * or a TCP server through the upstream include (read on reload only). `reloadTcp: false` when a reload follows anyway.
 */
function routeTo(inst, target, note, reloadTcp = true) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id);
    const lines = [
        `[ -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.socketDir)} ] && [ -d /etc/nginx/slotflip ] || install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.socketDir)} ` +
            `/etc/nginx/slotflip`,
    ];
    let reload = false;
    for (const [name, c] of Object.entries(inst.app.components)) {
        const t = c ? target(name, c) : undefined;
        if (!t)
            continue;
        if ('socket' in t) {
            const cur = l.currentSocket(name);
            lines.push(`ln -sfn ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(t.socket)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${cur}.tmp`)} && mv -T ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${cur}.tmp`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(cur)}`);
        }
        else {
            const file = l.upstreamFile(name);
            lines.push(`printf 'server %s;\\n' ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(t.server)} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${file}.tmp`)} && mv -f ` +
                `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${file}.tmp`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(file)}`);
            reload = true;
        }
    }
    if (reload && reloadTcp)
        lines.push(`nginx -t -q && ${_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}`);
    return { kind: 'sh', note, text: lines.join('\n') };
}
/**
 * Through nginx, as a user would: the new release must answer within a few seconds, or the flip is undone.
 * `asReported`: the version is what the app itself reported (an adopted app's "v2.4.0"), not a release to format.
 */
function confirmThroughNginx(inst, version, asReported = false) {
    const probe = (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .versionProbe */ .db)(inst);
    const target = probe?.path ? (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .throughNginx */ .gE)(inst, probe.path) : undefined;
    if (!probe || !target)
        return undefined;
    // Matched by bash, not grep: a try starts one process (curl), not three.
    const answer = `"$(curl -s --max-time 2 ${target.curl})"`;
    const want = probe.expect_version
        ? `{ sf_re=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)((0,_health_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPattern */ .D8)(version, asReported || probe.expect_version))}; [[ ${answer} =~ $sf_re ]]; }`
        : `[ -n ${answer} ]`;
    return {
        kind: 'sh',
        note: `confirm through nginx that ${probe.path} reaches ${version}`,
        text: (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .retryUntil */ .v6)(want, 50, '0.1', `nginx does not route ${probe.path} to release ${version}`, '"confirmed through nginx after $i tries"'),
    };
}
/** Links the site and reloads nginx once `nginx -t` accepts it; on failure a link this made is removed again. */
function enableSite(site, link) {
    const [s, l] = [(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site), (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(link)];
    return `new_link=0; [ -L ${l} ] || new_link=1
ln -sfn ${s} ${l} && nginx -t -q && ${_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w} || { [ "$new_link" = 0 ] || rm -f ${l}; false; }`;
}


/***/ }),

/***/ 45034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ versionPattern),
/* harmony export */   Wb: () => (/* binding */ checkLines)
/* harmony export */ });
/* unused harmony export reportedVersion */
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61250);



// The health checks as bash, against one slot on the host: the gate's, and a warm slot's (host/health.ts).
/** How the app writes a release's version: `expect_version` true is the version itself, a string is its format. */
const reportedVersion = (expect, version) => typeof expect === 'string' ? expect.replace('{version}', version) : version;
/** An extended regex for `"version": "<version as the app writes it>"` in a JSON body. */
const versionPattern = (version, expect) => `"version" *: *"${reportedVersion(expect, version).replace(/[.+]/g, '\\$&')}"`;
/** An http check's request: curl's arguments (its timeout and where it connects), the URL, and where it went. */
function httpRequest(inst, check, slot) {
    const t = Math.max(1, Math.ceil((0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTimeout */ .eN)(check)));
    const listen = inst.app.components[check.component]?.listen;
    const port = listen?.type === 'tcp' ? (slot === 'blue' ? listen.blue : listen.green) : undefined;
    const socket = port === undefined ? (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id).socket(check.component, slot) : undefined;
    return {
        args: `--max-time ${t}${socket === undefined ? '' : ` --unix-socket ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(socket)}`}`,
        url: (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(port === undefined ? `http://localhost${check.path}` : `http://127.0.0.1:${port}${check.path}`),
        seconds: t,
        ...(socket === undefined ? { where: `127.0.0.1:${port}` } : { where: socket, socket }),
    };
}
/**
 * Bash: why no answer came ($code 000), in words, from curl's exit status ($rc, from its write-out: empty where a
 * curl older than 7.75 lacks it). "answered 000" told an operator nothing about whether the slot was missing,
 * refusing or stuck.
 */
function noAnswer(check, req) {
    const say = (what) => `why=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${check.path}: ${what}`)}`;
    const refused = req.socket
        ? `if [ -S ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(req.socket)} ]; then ${say(`nothing accepts connections on ${req.where}`)}; ` +
            `else ${say(`there is no socket at ${req.where}`)}; fi`
        : say(`nothing accepts connections on ${req.where}`);
    return (`if [ "$code" = 000 ]; then case "$rc" in 7) ${refused};; ` +
        `28) ${say(`no answer within ${req.seconds} s from ${req.where} (it accepted the connection)`)};; ` +
        `52) ${say(`${req.where} closed the connection without an answer`)};; ` +
        `*) why=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${check.path}: no answer from ${req.where} (curl exit `)}"\${rc:-unknown})";; esac; fi`);
}
/** Bash: what an http check asks of its answer, read from $code, $rc and $body; sets $why when it fails. */
function httpConditions(check, req, version) {
    const conds = [
        noAnswer(check, req),
        `[ "$code" = ${check.expect_status ?? 200} ] || why=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${check.path} answered `)}"$code"`,
    ];
    if (check.expect_body)
        conds.push(`[[ $body == *${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(check.expect_body)}* ]] || why=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${check.path} body lacks ${check.expect_body}`)}`);
    if (check.expect_version)
        conds.push(
        // In braces: skipped whole once $why is set (a bare `[[ ]]` after it met an unset $sf_re under `set -u`).
        `{ sf_re=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(versionPattern(version, check.expect_version))}; [[ $body =~ $sf_re ]] || ` +
            `why=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${check.path} does not report version ${reportedVersion(check.expect_version, version)}`)}; }`);
    // The first that fails names the fault: a slot that did not answer (000) also lacks the body.
    return conds.join('; [ -n "$why" ] || ');
}
/** Bash: "$code" was "<status> <curl's exit status>"; apart, into $code and $rc. */
const SPLIT_CODE = `rc=\${code#* }; code=\${code%% *}`;
/**
 * Bash, one line a check, each skipped once $why is set. Adjacent http checks that reach the slot the same way share
 * one curl (curl's start costs 20-30 ms in a container, more than the requests): each answer ends with a marker
 * line holding its status, and builtins take them apart in order.
 */
function checkLines(inst, checks, slot, version) {
    const requests = checks.map((c) => (c.type === 'http' ? httpRequest(inst, c, slot) : undefined));
    const lines = [];
    for (let i = 0; i < checks.length;) {
        const req = requests[i];
        let n = 1;
        while (req && requests[i + n]?.args === req.args)
            n++;
        if (!req || n === 1) {
            lines.push(`[ -n "$why" ] || { ${checkScript(inst, checks[i], slot, version)}; }`);
        }
        else {
            const urls = requests.slice(i, i + n).map((r) => r.url);
            // The marker is made at random when the script runs: no answer can hold it.
            lines.push(`[ -n "$why" ] || { sf_m="@sf$RANDOM$RANDOM$RANDOM"; ` +
                `sf_all=$(curl -s -w "\\n$sf_m %{http_code} %{exitcode}\\n" ${req.args} ${urls.join(' ')} || true); }`);
            for (const [k, c] of checks.slice(i, i + n).entries())
                lines.push(`[ -n "$why" ] || { body=\${sf_all%%$'\\n'"$sf_m "*}; sf_all=\${sf_all#*$'\\n'"$sf_m "}; ` +
                    `code=\${sf_all%%$'\\n'*}; sf_all=\${sf_all#*$'\\n'}; ${SPLIT_CODE}; ` +
                    `${httpConditions(c, requests[i + k], version)}; }`);
        }
        i += n;
    }
    return lines;
}
/** One check as a bash condition that sets $why when it fails. Runs on the host against one slot. */
function checkScript(inst, check, slot, version) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id);
    const t = Math.max(1, Math.ceil((0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTimeout */ .eN)(check)));
    switch (check.type) {
        case 'http': {
            // The body and the status in one word, then apart by builtins: no file to make and remove, no grep to start.
            const req = httpRequest(inst, check, slot);
            return (`out=$(curl -s -w '\\n%{http_code} %{exitcode}' ${req.args} ${req.url} || true); ` +
                `code=\${out##*$'\\n'}; body=\${out%$'\\n'*}; ${SPLIT_CODE}; ${httpConditions(check, req, version)}`);
        }
        case 'tcp': {
            const component = check.component;
            const listen = inst.app.components[component]?.listen;
            if (listen?.type === 'tcp')
                return (`timeout ${t} bash -c ` +
                    (`${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`</dev/tcp/127.0.0.1/${slot === 'blue' ? listen.blue : listen.green}`)} 2>/dev/null || ` +
                        `why=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${component} does not accept connections`)}`));
            return `[ -S ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(l.socket(component, slot))} ] || why=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${component} has no socket`)}`;
        }
        case 'postgres': {
            const db = inst.database;
            return (`pg_isready -q -t ${t} -h ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(db.host)} -p ${db.port} || why='PostgreSQL is not accepting ` + `connections'`);
        }
        case 'redis': {
            const r = inst.redis;
            return (`[ "$(REDISCLI_AUTH="$(cat ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${l.shared}/redis.pass`)} 2>/dev/null)" timeout ${t} ` +
                (`redis-cli --no-auth-warning -h ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(r.host)} -p ${r.port} ping 2>/dev/null)" = PONG ] || why='Redis ` +
                    `does not answer PING'`));
        }
    }
}


/***/ }),

/***/ 32562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ healthGateScript),
/* harmony export */   Ig: () => (/* binding */ answersOnceScript),
/* harmony export */   YV: () => (/* binding */ nginxSite),
/* harmony export */   Yr: () => (/* binding */ healthGate),
/* harmony export */   db: () => (/* binding */ versionProbe),
/* harmony export */   gE: () => (/* binding */ throughNginx),
/* harmony export */   lN: () => (/* binding */ GATE_EXIT)
/* harmony export */ });
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61250);
/* harmony import */ var _shell_builtins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6012);
/* harmony import */ var _health_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45034);





/** How the health gate and a warm slot's check end when the slot fails them. */
const GATE_EXIT = 10;
/**
 * The health gate on the idle slot itself (never through nginx, so no user sees it yet): every check must pass
 * `consecutive` times in a row before `timeout`; a unit that keeps restarting fails at once. Exit 10 on failure,
 * with the failing check and the unit's last log lines.
 */
function healthGate(inst, slot, version) {
    const h = inst.health;
    const { healthTimeout } = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst);
    return {
        kind: 'sh',
        note: `health gate on ${slot}: ${h.checks.length} checks, ${(0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).healthConsecutive} passes in ` +
            `a row, within ${healthTimeout} s`,
        text: healthGateScript(inst, slot, version),
    };
}
// A slot that takes connections and answers none (a check's "no answer within N s") leaves no line in its journal:
// its main process's state from /proc says whether it was paused (SIGSTOP, state T) or waits on the disk (D).
const PROCESS_STATE = `      sf_pid=$(systemctl show -p MainPID --value "$u" 2>/dev/null) || sf_pid=0
      ${(0,_shell_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .procState */ .ul)('sf_st', '${sf_pid:-0}')}
      case $sf_st in
        T) echo "gate: $u: its main process ($sf_pid) is paused (stopped by a signal): it answers no request" >&2 ;;
        D) echo "gate: $u: its main process ($sf_pid) is waiting on the disk" >&2 ;;
      esac`;
/** Seconds between the gate's first rounds, before the slot has passed once (then: the configured interval). */
const QUICK_WAITS = [0.1, 0.2, 0.4];
/** Bash: the whole health gate on one slot (the gate step's; a warm slot's, retired meanwhile: host/warm-slot.ts). */
function healthGateScript(inst, slot, version) {
    const units = Object.keys(inst.app.components).map((c) => `${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id).unit(c)}${slot}`);
    const checks = (0,_health_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkLines */ .Wb)(inst, inst.health.checks, slot, version);
    const { healthInterval: interval, healthTimeout } = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst);
    // Until the slot first passes, it is asked again sooner than the interval (a started app usually answers within a
    // fraction of a second, and a whole interval's wait before the first pass is time no check needs); the passes that
    // count stay an interval apart.
    const quick = QUICK_WAITS.filter((w) => w < interval);
    return `deadline=$(( ${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .NOW_SECONDS */ .Rg} + ${Math.ceil(healthTimeout)} )); passes=0; last=''; sf_up=''
sf_quick=(${quick.join(' ')}); sf_q=0
units=(${units.map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD).join(' ')})
while :; do
  why=''
  for u in "\${units[@]}"; do
    # One systemctl a unit and round (each costs about 9 ms of CPU in a container).
    sf_nr=0; sf_as=''
    while IFS='=' read -r sf_k sf_val; do
      case $sf_k in NRestarts) sf_nr=\${sf_val:-0} ;; ActiveState) sf_as=$sf_val ;; esac
    done < <(systemctl show -p NRestarts -p ActiveState "$u")
    if [ "$sf_nr" -ge 3 ] || [ "$sf_as" = failed ]; then
      journalctl -u "$u" -n 10 --no-pager -o cat >&2 || true
      echo "gate: failed: $u is crashing (restarted $sf_nr times)" >&2
      exit ${GATE_EXIT}
    fi
  done
${checks.map((c) => `  ${c}`).join('\n')}
  if [ -z "$why" ]; then
    passes=$((passes + 1)); sf_up=1
    if [ "$passes" -ge ${(0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).healthConsecutive} ]; then
      echo "gate: every check passed ${(0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).healthConsecutive} times in a row"; break
    fi
  else
    passes=0; last=$why
  fi
  if [ "${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .NOW_SECONDS */ .Rg}" -ge "$deadline" ]; then
    for u in "\${units[@]}"; do
      journalctl -u "$u" -n 10 --no-pager -o cat >&2 || true
${PROCESS_STATE}
    done
    echo "gate: failed: $last" >&2
    exit ${GATE_EXIT}
  fi
  if [ -z "$sf_up" ] && [ "$sf_q" -lt \${#sf_quick[@]} ]; then
    sleep "\${sf_quick[$sf_q]}"; sf_q=$((sf_q + 1))
  else
    sleep ${interval}
  fi
done`;
}
/**
 * A warm slot's check before a rollback flips to it: its own answers only (http and tcp checks, once), no retries and
 * no PostgreSQL or Redis check: those serve both slots alike, and a rollback during their outage must not wait for
 * them. Exit 10 with the first check that failed.
 */
function answersOnceScript(inst, slot, version) {
    const own = inst.health.checks.filter((c) => c.type === 'http' || c.type === 'tcp');
    return `why=''
${(0,_health_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkLines */ .Wb)(inst, own, slot, version).join('\n')}
[ -z "$why" ] || { echo "gate: failed: $why" >&2; exit ${GATE_EXIT}; }
echo "the ${slot} slot answers as release ${version}"`;
}
/** The first http check that reports the version: used to confirm, through nginx, that traffic reached the release. */
function versionProbe(inst) {
    return (inst.health.checks.find((c) => c.type === 'http' && c.expect_version) ??
        inst.health.checks.find((c) => c.type === 'http'));
}
/**
 * How to reach a path through this instance's nginx site from the host itself, as curl arguments (already quoted).
 * With TLS the HTTP server only redirects, so the probe goes to the HTTPS port under the site's own name (--resolve
 * keeps it on this host; -k because a placeholder certificate may still be in place: what is probed is the route).
 */
function throughNginx(inst, path) {
    const site = nginxSite(inst);
    return site && { host: site.host, curl: `${site.args} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${site.base}${path}`)}` };
}
/**
 * nginx as a browser reaches the site, from the host itself: curl's arguments and the URL's start (the path follows).
 */
function nginxSite(inst) {
    if (!inst.nginx)
        return undefined;
    const host = inst.nginx.server_names[0].replace(/^\*\./, 'www.');
    if (inst.nginx.tls?.enabled) {
        const port = inst.nginx.https_port ?? 443;
        return { host, args: `-k --resolve ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`${host}:${port}:127.0.0.1`)}`, base: `https://${host}:${port}` };
    }
    const port = inst.nginx.http_port ?? 80;
    return { host, args: `-H ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(`Host: ${host}`)}`, base: `http://127.0.0.1:${port}` };
}


/***/ }),

/***/ 62703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ sessionGone),
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   JP: () => (/* binding */ STALE_EXIT),
/* harmony export */   Vb: () => (/* binding */ LEASE_SECONDS),
/* harmony export */   Y3: () => (/* binding */ LOCKED_EXIT),
/* harmony export */   bh: () => (/* binding */ tryLock),
/* harmony export */   d7: () => (/* binding */ runHoldsLock),
/* harmony export */   m: () => (/* binding */ HEARTBEAT_MS),
/* harmony export */   nM: () => (/* binding */ refreshLock),
/* harmony export */   x_: () => (/* binding */ releaseLock)
/* harmony export */ });
/* unused harmony export readOwner */
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);
/* harmony import */ var _shell_builtins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6012);


// A lease lock on the host: `mkdir` is atomic, so two runs can never both take it (the seed's check-then-write lock
// could). The owner file says who, since when and until when. The lease is short and a live engine renews it (each
// step and a heartbeat), so a run killed with SIGKILL holds the lock for at most LEASE_SECONDS plus whatever its last
// step still does on the host: an expired lease is taken over only once no step shell of that run is alive (or the
// step is past its own time limit, when it is stopped first), and the takeover is reported.
const LOCKED_EXIT = 75;
/** The host changed between reading its state and taking the lock (another run finished meanwhile): plan again. */
const STALE_EXIT = 76;
const LEASE_SECONDS = 30;
const HEARTBEAT_MS = 10_000;
/**
 * The session that holds the lock: the SSH runner a step runs in (transport/ssh-runner.ts exports its pid as
 * SLOTFLIP_RUNNER), with its start time so a reused pid is not mistaken for it. The runner lives exactly as long as
 * the run's connection and its current step: when both are gone, the lock is free at once, without waiting out the
 * lease. A script run outside a runner (the heartbeat over its own channel, a container reached with pct) keeps what
 * the owner file says; with no session at all, the lease alone decides.
 */
function sessionOf(L) {
    // The 22nd field of /proc/PID/stat, read by a builtin (every step renews the lock with it): the same field that
    // sessionGone() cuts, the runner's command name (bash) holding no space.
    return (`if [ -n "\${SLOTFLIP_RUNNER:-}" ]; then sf_stat=(); { read -r -a sf_stat < "/proc/$SLOTFLIP_RUNNER/stat"; } ` +
        (`2>/dev/null || true; sf_session="$SLOTFLIP_RUNNER:\${sf_stat[21]:-}"; else sf_session=$(sed -n ` +
            `'s/.*"session":"\\([0-9]*:[0-9]*\\)".*/\\1/p' ${L}/owner 2>/dev/null || true); fi`));
}
/** Bash: the owner file's one line of JSON in `$sf_owner` ('' when there is none), read by a builtin. */
function readOwner(quotedLock) {
    return `sf_owner=''; { read -r sf_owner < ${quotedLock}/owner; } 2>/dev/null || true`;
}
/**
 * Sets `gone=1` when the lock's owner recorded a session and that process no longer runs (its pid is free, or taken
 * by a process started at another time). Shared with the probe (host/probe.ts), which reports it. Leaves the owner
 * file's line in `$sf_owner`. Builtins only: the helper a run leaves in the background asks four times a second.
 */
function sessionGone(quotedLock) {
    return (`${readOwner(quotedLock)}; gone=''; sf_re='"session":"([0-9]*):([0-9]*)"'; if [[ $sf_owner =~ $sf_re ]]; then ` +
        (`spid=\${BASH_REMATCH[1]} sstart=\${BASH_REMATCH[2]} sf_stat=(); { read -r -a sf_stat < "/proc/$spid/stat"; } ` +
            `2>/dev/null || true; [ "\${sf_stat[21]:-}" = "$sstart" ] || gone=1; fi`));
}
/**
 * Bash: `sf_run_holds_lock` succeeds while `run` holds the lock and lives (its session runs, its lease is current), by
 * the same rules a takeover reads. A helper a run leaves in the background checks it, so that it ends with the run
 * however the run ends: a failed step, a killed process, a lost connection.
 */
function runHoldsLock(lock, run) {
    const L = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(lock);
    return `sf_run_holds_lock() {
  local gone spid sstart sf_owner sf_stat sf_re expires=''
  ${sessionGone(L)}
  [[ $sf_owner == *${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`"run":${JSON.stringify(run)}`)}* ]] || return 1
  [ -z "$gone" ] || return 1
  sf_re='"expires":([0-9]+)'; [[ ! $sf_owner =~ $sf_re ]] || expires=\${BASH_REMATCH[1]}
  [ -z "$expires" ] || [ "$expires" -ge "${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .NOW_SECONDS */ .Rg}" ]
}`;
}
function ownerJson(o) {
    return (`printf '{"run":%s,"owner":%s,"started":%s,"expires":%s,"session":"%s"}\\n' ` +
        (`${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(JSON.stringify(o.run))} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(JSON.stringify(o.owner))} "$now" "$((now + ${o.leaseSeconds}))" ` +
            `"\${sf_session:-}"`));
}
/**
 * Bash: takes the lock only when no run holds it (the `mkdir` alone, no takeover) and sets `sf_took=1`. A rollback
 * sends it with its host read, so the state it plans from is read under its own lock: no guard, and no lock step.
 */
function tryLock(p, o) {
    const L = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(p.lock);
    return `sf_took=''; now=${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .NOW_SECONDS */ .Rg}; ${sessionOf(L)}
if mkdir ${L} 2>/dev/null; then if ${ownerJson(o)} > ${L}/owner; then sf_took=1; else rm -rf ${L}; fi; fi`;
}
/** Succeeds when a step shell of `$holder_run` is still alive within its time limit; stops one that outlived it. */
function holderBusy(root) {
    return `sf_holder_busy() {
  local f p deadline busy=1
  for f in ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(root)}/.pid-"$1"-*; do
    [ -e "$f" ] || continue
    read -r p deadline < "$f" || continue
    kill -0 "$p" 2>/dev/null || continue
    if [ "\${deadline:-0}" -gt "$now" ]; then busy=0
    else pkill -TERM -P "$p" 2>/dev/null; kill -TERM "$p" 2>/dev/null; busy=0; fi
  done
  return $busy
}`;
}
/**
 * Takes the lock. `fingerprint`, when given, is a shell command printing the host state's fingerprint and `expect`
 * the value the plan was built from: if they differ, the lock is given back and the step exits STALE_EXIT.
 */
function acquireLock(p, o, guard) {
    const L = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(p.lock);
    return {
        kind: 'sh',
        note: `take the lease lock (${o.leaseSeconds} s lease, renewed while the run lives)`,
        text: `now=${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .NOW_SECONDS */ .Rg}
${sessionOf(L)}
${holderBusy(p.root)}
if ! mkdir ${L} 2>/dev/null; then
  # Takeovers are serialized by a second mkdir: without it, a run that read the expired owner could move away the
  # lock another run had just taken over, and both would hold it. A takeover lasts milliseconds, so a mutex older
  # than 10 s was left by a shell killed in the middle of one. A run waits for a takeover in progress, then looks again.
  T=${L}.takeover
  [ $((now - $(stat -c %Y "$T" 2>/dev/null || echo "$now"))) -gt 10 ] && rmdir "$T" 2>/dev/null
  took='' got=''
  for _ in $(seq 30); do mkdir "$T" 2>/dev/null && got=1 && break; sleep 0.1; done
  if [ -n "$got" ]; then
    expires=$(sed -n 's/.*"expires":\\([0-9]*\\).*/\\1/p' ${L}/owner 2>/dev/null || true)
    holder=$(cat ${L}/owner 2>/dev/null || echo '{}')
    holder_run=$(sed -n 's/^{"run":"\\([^"]*\\)".*/\\1/p' ${L}/owner 2>/dev/null || true)
    # The holder's session (its SSH runner) is gone: its connection closed and no step of it runs there any more.
    ${sessionGone(L)}
    if { [ -n "$gone" ] || { [ -n "$expires" ] && [ "$expires" -lt "$now" ]; }; } &&
      ! sf_holder_busy "$holder_run" && mv ${L} ${L}.expired-$$ 2>/dev/null; then
      mkdir ${L} 2>/dev/null && took=1
      rm -rf ${L}.expired-$$
    fi
    [ -n "$took" ] && ${ownerJson(o)} > ${L}/owner
    rmdir "$T"
  fi
  if [ -n "$took" ]; then
    if [ -n "$gone" ]; then echo "SLOTFLIP_EVENT took over the lock of a run whose connection had closed: $holder"
    else echo "SLOTFLIP_EVENT took over an expired lock: $holder"; fi
  else
    # The holder's owner file is written just after its mkdir: wait a moment so the message names who holds it now.
    for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s ${L}/owner ] && break; sleep 0.1; done
    echo "locked by $(cat ${L}/owner 2>/dev/null || echo '{}')" >&2
    exit ${LOCKED_EXIT}
  fi
fi
${ownerJson(o)} > ${L}/owner${guard
            ? `
if [ "$(${guard.fingerprint})" != ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(guard.expect)} ]; then
  rm -rf ${L}
  echo "the host changed since this run read its state (another run finished meanwhile)" >&2
  exit ${STALE_EXIT}
fi`
            : ''}`,
    };
}
/** Renews our lease (every step, and the engine's heartbeat). A run that lost its lock stops at once. */
function refreshLock(lock, o) {
    const L = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(lock);
    // Read by builtins: the owner file is one line of JSON.
    return `sf_owner=''; { read -r sf_owner < ${L}/owner; } 2>/dev/null || true
if [[ $sf_owner == *${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`"run":${JSON.stringify(o.run)}`)}* ]]; then
  now=${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .NOW_SECONDS */ .Rg}; ${sessionOf(L)}
  ${ownerJson(o)} > ${L}/owner.tmp.$$ && mv -f ${L}/owner.tmp.$$ ${L}/owner
elif [ -d ${L} ]; then echo "this run lost its lock to $(cat ${L}/owner 2>/dev/null)" >&2; exit ${LOCKED_EXIT}; fi`;
}
function releaseLock(lock, run) {
    const L = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(lock);
    return {
        kind: 'sh',
        note: 'release the lock if it is ours',
        text: `if grep -qF ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`"run":${JSON.stringify(run)}`)} ${L}/owner 2>/dev/null; then rm -rf ${L}; fi`,
    };
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

/***/ 84102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ RELOAD_NGINX_DEFINITION),
/* harmony export */   w: () => (/* binding */ RELOAD_NGINX)
/* harmony export */ });
/**
 * nginx reloaded, and its new configuration serving. `systemctl reload nginx` returns once nginx's master has the
 * signal; the master then reads the configuration, starts workers with it, and only then tells the old workers to stop
 * accepting. Until that moment a new connection may be served the old way: in the lab, 15 of 30 requests made right
 * after a reload were (a site put back after a failed deploy still served the failed one's).
 *
 * `sf_nginx_reload` waits, without starting a process, until every worker the master had before the reload is gone or
 * says "is shutting down" in its title. A reload nginx refuses after `nginx -t` accepted the files (a port another
 * process holds, say) leaves the old workers serving: after 5 s the step fails and says so, instead of reporting a
 * configuration that never served, with nginx's own reason from its error log. Where the master's pid or children
 * cannot be read, it reloads without waiting.
 */
const RELOAD_NGINX = 'sf_nginx_reload';
// 200 looks 25 ms apart: 5 s. A reload that serves took 100-150 ms in the lab (the master reads every file again).
const WAIT_TRIES = 200;
const WAIT_STEP_MS = 25;
const WAIT_SECONDS = (WAIT_TRIES * WAIT_STEP_MS) / 1000;
const RELOAD_NGINX_DEFINITION = `sf_nginx_reload() {
  local m='' old='' p t i
  { read -r m < /run/nginx.pid && read -r old < "/proc/$m/task/$m/children"; } 2>/dev/null || true
  systemctl reload nginx || return
  for ((i = 0; i < ${WAIT_TRIES}; i++)); do
    ((i == 0)) || sleep ${WAIT_STEP_MS / 1000}
    for p in $old; do
      t=
      { read -r -d '' t < "/proc/$p/cmdline"; } 2>/dev/null || true
      [ "$t" != 'nginx: worker process' ] || continue 2
    done
    return 0
  done
  echo "nginx kept its old configuration ${WAIT_SECONDS} s after its reload: it refused the new one, which nginx -t` +
    ` accepted" >&2
  { grep -F '[emerg]' /var/log/nginx/error.log | tail -n 2; } >&2 2>/dev/null || true
  return 1
}`;


/***/ }),

/***/ 85106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ observeFunction),
/* harmony export */   Ub: () => (/* binding */ observeSeconds),
/* harmony export */   V_: () => (/* binding */ OWN_AGENT)
/* harmony export */ });
/* unused harmony exports OBSERVE, observeThresholds, observeWindow */
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32562);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61250);




// The thresholds' defaults (windows.max_error_rate, max_p95_latency) are the seed's alerting rules at warning level,
// documented in the schema: after a flip we act on a warning, since flipping back costs users nothing.
const OBSERVE = {
    minRequests: 20,
    healthFailures: 3,
    healthFlaps: 3,
};
/** The User-Agent of every request slotflip itself sends through nginx after a flip: left out of what users saw. */
const OWN_AGENT = 'slotflip-watch';
function observeThresholds(inst) {
    return {
        errorRatePercent: (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).maxErrorRate,
        p95LatencyMs: Math.round((0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).maxP95Latency * 1000),
    };
}
const observeSeconds = (inst) => Math.ceil((0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).observe);
/**
 * After the flip, watch what users get: health through nginx, and from this site's access log since the flip the
 * share of 5xx answers and the 95th percentile of request times (websocket upgrades excluded: their time is the
 * connection's life; slotflip's own requests excluded). Health counts twice: failures in a row (down), and failures
 * in the whole window (flapping: one success between failures would reset a count in a row).
 *
 * Bash: defines `sf_observe`, which returns 1 with `$reason` set when a threshold fails, and prints its verdict.
 * Undefined when there is nothing to observe (no window, or no route through nginx).
 */
function observeFunction(inst) {
    const window = observeSeconds(inst);
    const health = inst.health.checks.find((c) => c.type === 'http' && !c.expect_version) ?? (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .versionProbe */ .db)(inst);
    const target = (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .throughNginx */ .gE)(inst, health?.path ?? '/');
    if (window <= 0 || !target)
        return undefined;
    const { errorRatePercent, p95LatencyMs } = observeThresholds(inst);
    const log = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)((0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id).accessLog);
    return `sf_observe() {
  local total=0 errors=0 p95=0 from until fails=0 failed=0 probes=0 code
  from=$(stat -c %s ${log} 2>/dev/null || echo 0); until=$(( $(date +%s) + ${window} ))
  while [ "$(date +%s)" -lt "$until" ]; do
    sleep 1
    code=$(curl -s -o /dev/null -w '%{http_code}' -A ${OWN_AGENT} --max-time 2 ${target.curl} || true)
    probes=$((probes + 1))
    if [ "$code" = ${health?.expect_status ?? 200} ]; then fails=0
    else fails=$((fails + 1)); failed=$((failed + 1)); fi
    if [ "$fails" -ge ${OBSERVE.healthFailures} ]; then
      reason="observe: health through nginx failed $fails times in a row (last: $code)"; return 1
    fi
    if [ "$failed" -ge ${OBSERVE.healthFlaps} ]; then
      reason="observe: health through nginx is flapping: $failed of $probes probes failed since the flip (last: $code)"
      return 1
    fi
    read -r total errors p95 < <(tail -c +$((from + 1)) ${log} 2>/dev/null |
      awk '$9 != 101 && !/"${OWN_AGENT}/ { print ($9 ~ /^5/ ? 1 : 0), $NF }' | sort -k2 -g |
      awk '{ n++; e += $1; t[n] = $2 }
        END { i = int(n * 0.95 + 0.999); printf "%d %d %d\\n", n, e, (n ? t[i] * 1000 : 0) }')
    if [ "$total" -ge ${OBSERVE.minRequests} ] &&
      [ $((errors * 1000)) -gt $((total * ${Math.round(errorRatePercent * 10)})) ]; then
      reason="observe: $errors of $total requests failed with 5xx since the flip (over ${errorRatePercent}%)"; return 1
    fi
    if [ "$total" -ge ${OBSERVE.minRequests} ] && [ "$p95" -gt ${p95LatencyMs} ]; then
      reason="observe: p95 request time $p95 ms over $total requests since the flip (over ${p95LatencyMs} ms)"; return 1
    fi
  done
  echo "observe: healthy for ${window} s ($total requests, $errors 5xx, p95 $p95 ms)"
}`;
}
/** The observe window as a step's op, run from the runner's connection (a secret rotation's short watch). */
function observeWindow(inst) {
    const fn = observeFunction(inst);
    if (!fn)
        return undefined;
    const { errorRatePercent, p95LatencyMs } = observeThresholds(inst);
    return {
        kind: 'sh',
        note: `observe ${observeSeconds(inst)} s: health through nginx, 5xx rate <= ${errorRatePercent}%, p95 ` +
            `<= ${p95LatencyMs} ms`,
        text: `${fn}\nreason=''; sf_observe || { echo "$reason" >&2; exit 11; }`,
    };
}


/***/ }),

/***/ 32748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aC: () => (/* binding */ target),
/* harmony export */   eJ: () => (/* binding */ schemaHeadShell),
/* harmony export */   j_: () => (/* binding */ conn)
/* harmony export */ });
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

// Credentials come from a 0600 pgpass file (PGPASSFILE), never from an argv or PGPASSWORD on a command line.
const conn = (l) => `PGPASSFILE=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.pgpass)} PGCONNECT_TIMEOUT=5`;
const target = (db) => `-h ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.host)} -p ${db.port} -U ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.user)} -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(db.name)} --no-password`;
/**
 * A fingerprint of the columns (tables, columns, types), kept in every backup's marker: a later rollback compares it
 * with the live schema to tell whether a migration ran since. Markers already on hosts hold this form, so it stays.
 */
function schemaHeadShell(l, db) {
    const sql = "SELECT md5(coalesce(string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY " +
        "table_name, column_name), '')) FROM information_schema.columns WHERE table_schema = 'public'";
    return `${conn(l)} psql -At ${target(db)} -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(sql)}`;
}


/***/ }),

/***/ 8382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ receiptFunctions),
/* harmony export */   Wy: () => (/* binding */ parseReceipt),
/* harmony export */   Xs: () => (/* binding */ startRollbackProbe),
/* harmony export */   ei: () => (/* binding */ describeReceipt),
/* harmony export */   wi: () => (/* binding */ finishRollbackReceipt)
/* harmony export */ });
/* unused harmony export receiptRate */
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32562);
/* harmony import */ var _health_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45034);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50418);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62703);
/* harmony import */ var _observe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85106);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61250);
/* harmony import */ var _watch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48949);
/* harmony import */ var _shell_builtins_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6012);









/** Requests per second of the prober (0: none). */
const receiptRate = (inst) => (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).receiptRate;
/**
 * Bash: `sf_prober` (run in the background) sends one request at a time to the version route through nginx until
 * `$W/stop-probe` exists, one line per request in `$W/probe.log`: start, status, seconds, whether the new release
 * answered. `sf_receipt` stops it and prints the receipt as one line of JSON, from where the flip step marked its start
 * (`$W/offset`, the access log's size, and `$W/flipped`, the time: host/watch.ts markReceiptStart). `alive`, a bash
 * condition, also ends the prober when it fails (the run that started it has ended).
 */
function receiptFunctions(inst, version, alive) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .layout */ .Zp)(inst.id);
    const probe = (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .versionProbe */ .db)(inst);
    const target = probe?.path ? (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .throughNginx */ .gE)(inst, probe.path) : undefined;
    const rate = receiptRate(inst);
    // Matched by bash: the prober sends four requests a second beside the flip, and starts only curl for each.
    const isNew = probe?.expect_version
        ? `{ sf_re=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)((0,_health_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPattern */ .D8)(version, probe.expect_version))}; [[ $body =~ $sf_re ]]; }`
        : '[ -n "$body" ]';
    const log = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(l.accessLog);
    const prober = target && rate > 0
        ? `sf_prober() {
  local s out last body new
  while [ ! -e "$W/stop-probe" ]${alive ? ` && ${alive}` : ''}; do
    ${(0,_shell_builtins_js__WEBPACK_IMPORTED_MODULE_6__/* .nowRealtime */ ._F)('s')}
    out=$(curl -s --max-time 2 -A ${_observe_js__WEBPACK_IMPORTED_MODULE_3__/* .OWN_AGENT */ .V_} -w '\\n%{http_code} %{time_total}' ${target.curl} 2>/dev/null) || true
    last=\${out##*$'\\n'}; body=\${out%$'\\n'*}
    new=0; ! ${isNew} || new=1
    echo "$s \${last:-000 0} $new" >> "$W/probe.log"
    sleep ${(1 / rate).toFixed(3)}
  done
}`
        : 'sf_prober() { :; }';
    return `${prober}
sf_receipt() {
  local flip n failed non2xx p50 p95 p99 first last probes pfailed firstnew
  touch "$W/stop-probe"; [ -z "\${prober_pid:-}" ] || wait "$prober_pid" 2>/dev/null
  flip=$(cat "$W/flipped" 2>/dev/null || echo 0); offset=$(cat "$W/offset" 2>/dev/null || echo "$offset")
  tail -c +$((offset + 1)) ${log} 2>/dev/null |
    awk '$9 != 101 && !/"${_observe_js__WEBPACK_IMPORTED_MODULE_3__/* .OWN_AGENT */ .V_}/ { print $9, $(NF-1), $NF }' > "$W/requests"
  read -r n failed non2xx first last < <(awk '
    { n++; if ($1 ~ /^5/) f++; if ($1 !~ /^2/) o++; if (!a || $2 < a) a = $2; if ($2 > b) b = $2 }
    END { printf "%d %d %d %.3f %.3f\\n", n, f, o, a, b }' "$W/requests")
  read -r p50 p95 p99 < <(sort -k3 -g "$W/requests" | awk '
    { t[++n] = $3 }
    function at(q) { return t[int(n * q + 0.999)] * 1000 }
    END { printf "%d %d %d\\n", at(0.50), at(0.95), at(0.99) }')
  read -r probes pfailed firstnew < <(awk -v f="$flip" '
    $1 >= f { n++; if ($2 !~ /^2/) x++; if (fn == "" && $1 >= f && $4 == 1) fn = int(($1 + $3 - f) * 1000) }
    END { printf "%d %d %s\\n", n, x, (fn == "" ? -1 : fn) }' "$W/probe.log" 2>/dev/null || echo '0 0 -1')
  printf '{"requests":%d,"failed":%d,"non2xx":%d,"p50Ms":%d,"p95Ms":%d,"p99Ms":%d,'\\
'"from":%s,"to":%s,"flipAt":%s,"probes":%d,"probeFailed":%d,"firstNewMs":%d}\\n' \\
    "$n" "$((failed + pfailed))" "$non2xx" "$p50" "$p95" "$p99" "$first" "$last" "$flip" \\
    "$probes" "$pfailed" "$firstnew"
}`;
}
/** One line for a person: what users saw across the flip. */
function describeReceipt(r) {
    const first = r.firstNewMs >= 0 ? `, the new release answered ${r.firstNewMs} ms after the flip` : '';
    return (`${r.requests} requests through nginx across the flip, ${r.failed} failed, ${r.non2xx} not 2xx; ` +
        `p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms${first} (${r.probes} probes by the host)`);
}
function parseReceipt(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const r = value;
    return typeof r.requests === 'number' && typeof r.failed === 'number' ? r : undefined;
}
/** Where a rollback's receipt is measured: the run's folder beside the watches' (host/watch.ts). */
const probeDir = (instance, run) => (0,_watch_js__WEBPACK_IMPORTED_MODULE_7__/* .watchPaths */ .I3)(instance, run).dir;
/**
 * A rollback's receipt (a rollback goes back to a release that served before, so it has no window to flip back
 * from): the prober starts in the background with the run's first step (the lock step, or the flip's when the host
 * read took the lock), the flip marks the receipt's start, and after a short watch the last step stops the prober and
 * prints the receipt.
 */
function startRollbackProbe(inst, run, version) {
    const dir = probeDir(inst.id, run);
    // It ends with the run, however that ends: a failed step or a killed process never reaches the receipt's step.
    const held = (0,_lock_js__WEBPACK_IMPORTED_MODULE_8__/* .runHoldsLock */ .d7)((0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .layout */ .Zp)(inst.id).lock, run);
    // A subshell of the step's own shell (one fork, where a script file and `setsid bash` cost four processes): it
    // drops the step's traps and its `set -e`, and lives on when the step's shell ends.
    return {
        kind: 'sh',
        note: "the receipt's prober, in the background (it stops when the last step says so)",
        text: `{ trap - EXIT TERM; set +e +o pipefail; W=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(dir)}\n${held}\n` +
            `${receiptFunctions(inst, version, 'sf_run_holds_lock')}\nsf_prober\n} < /dev/null > /dev/null 2>&1 &\n` +
            `echo $! > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(`${dir}/probe.pid`)}`,
    };
}
/** Waits `seconds` after the flip, stops the prober and prints the receipt; never fails (the rollback is done). */
function finishRollbackReceipt(inst, run, version, seconds) {
    const dir = probeDir(inst.id, run);
    return {
        kind: 'sh',
        note: `the receipt: ${seconds} s after the flip, what users saw across it`,
        text: `{
W=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(dir)}; offset=0
${receiptFunctions(inst, version)}
sleep ${seconds}
receipt=$(sf_receipt)
{ read -r p < "$W/probe.pid" && kill "$p"; } 2>/dev/null
echo "$receipt" > "$W/receipt.json"
echo "SLOTFLIP_RESULT receipt $receipt"
} || true`,
    };
}


/***/ }),

/***/ 97043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ ensureAppUser),
/* harmony export */   Bf: () => (/* binding */ releaseId),
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   MG: () => (/* binding */ archiveFormat),
/* harmony export */   OC: () => (/* binding */ unpackRelease),
/* harmony export */   Xb: () => (/* binding */ pruneReleases),
/* harmony export */   b4: () => (/* binding */ pruneDeployDumps),
/* harmony export */   uY: () => (/* binding */ fetchRelease)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);
/* harmony import */ var _shell_sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69183);



/** Release ids name directories: the version plus the archive's hash, so one version built twice never collides. */
const releaseId = (version, sha256) => `${version}-${sha256.slice(0, 8)}`;
/** The version a release id names (the inverse of releaseId). */
const versionOf = (id) => id.replace(/-[0-9a-f]{8}$/, '');
/**
 * Shell: the app's system user, created when missing (a deploy before it unpacks, a restore before it restores files).
 */
const ensureAppUser = (instance, user) => `id -u ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(user)} >/dev/null 2>&1 || useradd --system --home-dir ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)((0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(instance).root)} ` +
    `--no-create-home --shell /usr/sbin/nologin ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(user)}`;
/** The archive format, from a file name or URL: Vikunja publishes zips, the demo tarballs. */
function archiveFormat(name) {
    return /\.zip$/i.test(name) ? 'zip' : 'tar.gz';
}
/**
 * source: url: the host downloads the archive (https only, redirects only to https), and it is unpacked only when its
 * sha256 is the one the environment pins. A release already on the host is not downloaded again.
 */
function fetchRelease(instance, id, url, sha256, archive) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(instance);
    return {
        kind: 'sh',
        note: `download ${url} on the host, sha256 checked`,
        text: `install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.releases)}
if [ -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.release(id))} ]; then
  echo "release ${id} is already on the host"
else
rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${archive}.partial`)}
if ! curl -fsSL --proto '=https' --proto-redir '=https' --retry 3 --connect-timeout 20 --max-time 900 \
  -o ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${archive}.partial`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(url)}; then
  rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${archive}.partial`)}; echo ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`downloading ${url} failed`)} >&2; exit 1
fi
${(0,_shell_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Into */ .yM)('got', (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${archive}.partial`))}
if [ "$got" != ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(sha256)} ]; then
  rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${archive}.partial`)}
  echo "the archive at ${url.replace(/["$`\\]/g, '')} has sha256 $got, but the environment pins ${sha256}:" \
    "nothing was unpacked" >&2; exit 1
fi
mv -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${archive}.partial`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(archive)}
fi`,
    };
}
function unpackRelease(instance, id, archive, user, build, format = 'tar.gz') {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(instance);
    const dir = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.release(id));
    const partial = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${l.release(id)}.partial`);
    const buildLines = build.map((cmd) => `  runuser -u ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(user)} -- /bin/bash -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`cd ${l.release(id)}.partial && ${cmd}`)}`);
    return {
        kind: 'sh',
        note: `unpack release ${id}${build.length ? ' and run its build commands' : ''}`,
        text: `${ensureAppUser(instance, user)}
install -d -m 0755 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.releases)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${l.root}/slots`)}
install -d -m 0750 -g ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(user)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.shared)}
if [ -d ${dir} ]; then
  echo "release ${id} is already on the host"
else
  rm -rf ${partial}; install -d -m 0755 ${partial}
  ${format === 'zip'
            ? `unzip -q ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(archive)} -d ` + `${partial}`
            : `tar -xzf ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(archive)} -C ${partial} --no-same-owner`}
${build.length ? `  chown -R ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(user)} ` + `${partial}\n${buildLines.join('\n')}\n` : ''}  chown -R root:root ${partial}; chmod -R go-w ${partial}
  mv -T ${partial} ${dir}
fi
rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(archive)}`,
    };
}
/** Keeps the newest `keep` releases plus whatever a slot points at. */
function pruneReleases(instance, keepIds) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(instance);
    return {
        kind: 'sh',
        note: `keep releases ${keepIds.join(', ')}`,
        text: `cd ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.releases)}
keep=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(` ${keepIds.join(' ')} `)}
for d in */; do d=\${d%/}; case "$keep" in *" $d "*) ;; *) rm -rf -- "$d" ;; esac; done`,
    };
}
/**
 * A deploy's pre-migration dump stays only while a slot's release was deployed with it (what `rollback --restore-db`
 * restores); older ones would fill the disk, one database copy per deploy.
 */
function pruneDeployDumps(instance, keepFiles) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(instance);
    return {
        kind: 'sh',
        note: `keep the pre-migration dumps of the two slots' releases`,
        text: `keep=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(` ${keepFiles.join(' ')} `)}
for f in ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.backups)}/*.dump; do
  [ -e "$f" ] || continue; case "$keep" in *" $f "*) ;; *) rm -f -- "$f" "$f.sha256" "$f.marker" ;; esac
done`,
    };
}


/***/ }),

/***/ 85232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ cleanupCommand),
/* harmony export */   q: () => (/* binding */ slotCommand)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61250);


function slotCommand(inst, slot) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(inst.id);
    const user = inst.app.user ?? inst.app.name;
    return { user, dir: l.slotLink(slot), envFiles: [l.appEnv, l.slotEnv(slot)] };
}
/**
 * smoke.cleanup_command in a transient unit (time limit 60 s); ${run} reaches it as an environment variable, never
 * as text inside the command. Its failure is reported, not fatal: the flow's verdict is already known.
 */
function cleanupCommand(command, at) {
    const props = [
        `User=${at.user}`,
        `Group=${at.user}`,
        `WorkingDirectory=${at.dir}`,
        ...at.envFiles.map((f) => `EnvironmentFile=${f}`),
        'RuntimeMaxSec=60',
    ];
    const script = `exec ${command.replaceAll('${run}', '"$SF_RUN"')}`;
    return `if ! out=$(systemd-run --wait --pipe --quiet --collect ${props
        .map((p) => `-p ` + `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(p)}`)
        .join(' ')} -E SF_RUN="$sf_run" /bin/bash -c ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(script)} 2>&1 </dev/null); then
  echo ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`smoke cleanup: ${command} failed: `)}"$(printf '%s' "$out" | tail -n 2 | tr '\n' ' ')" >&2
fi`;
}


/***/ }),

/***/ 91886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ slotUnits),
/* harmony export */   Aq: () => (/* binding */ resumeSlot),
/* harmony export */   FU: () => (/* binding */ stopSlot),
/* harmony export */   Kt: () => (/* binding */ retireSlot),
/* harmony export */   Wm: () => (/* binding */ enableOnly),
/* harmony export */   Zz: () => (/* binding */ startSlot)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61250);


// A slot's units as one: started on a release, resumed, stopped, enabled at boot, retired after its drain.
/**
 * Cancels a pending drain end and resumes a paused slot (harmless on a slot that runs). A drain end already running
 * is waited for (stopping its service waits for it): it closes the connections the slot holds, and traffic must not
 * come back to the slot while it does, or it closes live ones (seen as a 502 when a flip-back met the drain's end).
 * A rollback's warm slot is made ready by host/warm-slot.ts, which also cancels its retire timer.
 */
function resumeSlot(instance, slot, components) {
    const unit = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).drainEndUnit(slot);
    return {
        kind: 'sh',
        note: `resume the ${slot} slot if it was paused`,
        text: `systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${unit}.timer`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${unit}.service`)} 2>/dev/null || true
systemctl kill --signal=SIGCONT ${slotUnits(instance, slot, components)} 2>/dev/null || true`,
    };
}
/** A slot's units, quoted for bash. */
const slotUnits = (instance, slot, components) => components.map((c) => (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).unit(c)}${slot}`)).join(' ');
/** Points a slot at a release and starts its units (stopping whatever that slot ran before). */
function startSlot(instance, slot, id, components) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    const link = l.slotLink(slot);
    const units = slotUnits(instance, slot, components);
    return {
        kind: 'sh',
        note: `point the ${slot} slot at ${id} and start it`,
        text: `ln -sfn ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`../releases/${id}`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${link}.tmp`)} && mv -T ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${link}.tmp`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(link)}
systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${l.retireUnit(slot)}.timer`)} 2>/dev/null || true
systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${l.drainEndUnit(slot)}.timer`)} 2>/dev/null || true
systemctl stop ${units} 2>/dev/null || true
systemctl reset-failed ${units} 2>/dev/null || true
systemctl start ${units}`,
    };
}
function stopSlot(instance, slot, components) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    return { kind: 'run', argv: ['systemctl', 'stop', ...components.map((c) => `${l.unit(c)}${slot}`)] };
}
/**
 * Only the live slot starts at boot, so a restarted container comes back on the same slot without slotflip.
 * --no-reload: enabling only links the unit for boot; the daemon reload it would do costs ~0.5 s and changes nothing.
 */
function enableOnly(instance, live, components) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    const other = live === 'blue' ? 'green' : 'blue';
    return {
        kind: 'sh',
        note: `start the ${live} slot at boot, not the ${other}`,
        text: `systemctl enable --quiet --no-reload ${components.map((c) => (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${l.unit(c)}${live}`)).join(' ')}
systemctl disable --quiet --no-reload ${components.map((c) => (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${l.unit(c)}${other}`)).join(' ')} \
  2>/dev/null || true`,
    };
}
/**
 * The old slot keeps running for the keep-warm window (a rollback is then only a flip), then a timer on the host
 * stops it: the deploy need not wait, and a rollback cancels the timer. With no window it drains and stops now.
 * (A timer's default accuracy is a minute; the window is the operator's promise, so it is kept to the second.)
 */
function retireSlot(instance, slot, components, keepWarmSeconds, drainSeconds) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    const units = components.map((c) => `${l.unit(c)}${slot}`);
    if (keepWarmSeconds <= 0) {
        return {
            kind: 'sh',
            note: `drain ${drainSeconds} s, then stop the ${slot} slot`,
            text: `sleep ${drainSeconds}\nsystemctl stop ${units.map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD).join(' ')}`,
        };
    }
    return {
        kind: 'sh',
        note: `keep the ${slot} slot warm for ${keepWarmSeconds} s, then stop it`,
        text: `systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${l.retireUnit(slot)}.timer`)} 2>/dev/null || true
systemd-run --quiet --collect --timer-property=AccuracySec=1s \
  --unit=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(l.retireUnit(slot))} --on-active=${Math.max(keepWarmSeconds, drainSeconds)} \
  /bin/systemctl stop ${units.map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD).join(' ')}`,
    };
}


/***/ }),

/***/ 84819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ checkSmokeVariables),
/* harmony export */   DF: () => (/* binding */ variablesIn),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
/* unused harmony export SmokeError */
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

// The ${name} references of a smoke flow: checked before anything runs (every one saved by an earlier step), and
// turned into bash words that can only expand to what an answer saved, never evaluate it.
const VAR = /\$\{([a-z_][a-z0-9_]{0,30})\}/g;
/** The names of the ${name} references in a text, in order. */
const variablesIn = (text) => [...text.matchAll(VAR)].map((m) => m[1]);
class SmokeError extends Error {
}
/** A string with ${name} references as one bash word: literal parts quoted, references as "$sf_name". */
function shellWord(text, known) {
    const parts = [];
    let last = 0;
    for (const m of text.matchAll(VAR)) {
        if (!known.has(m[1]))
            throw new SmokeError(`\${${m[1]}} is not saved by an earlier step (known: ${[...known].map((k) => `\${${k}}`).join(', ')})`);
        if (m.index > last)
            parts.push((0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(text.slice(last, m.index)));
        parts.push(`"$sf_${m[1]}"`);
        last = m.index + m[0].length;
    }
    if (last < text.length || parts.length === 0)
        parts.push((0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(text.slice(last)));
    return parts.join('');
}
/** The variables a smoke flow uses, in order: an error names the step that uses one nobody saved. */
function checkSmokeVariables(smoke) {
    const known = new Set(['run']);
    // Called on environments that may not have passed the schema: anything not shaped like a step is skipped.
    const all = [
        ...(Array.isArray(smoke.steps) ? smoke.steps : []),
        ...(Array.isArray(smoke.cleanup) ? smoke.cleanup : []),
    ].filter((s) => typeof s === 'object' && s !== null);
    for (const s of all) {
        const used = [String(s.path ?? ''), String(s.bearer ?? ''), JSON.stringify(s.body ?? {})].flatMap(variablesIn);
        const missing = used.find((u) => !known.has(u));
        if (missing)
            return `step "${s.name}" uses \${${missing}}, which no earlier step saves`;
        for (const name of Object.keys(typeof s.save === 'object' && s.save ? s.save : {}))
            known.add(name);
    }
    return undefined;
}


/***/ }),

/***/ 87667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ fromAddress),
/* harmony export */   Dt: () => (/* binding */ smokeComponent),
/* harmony export */   K2: () => (/* binding */ passAddress),
/* harmony export */   Yo: () => (/* binding */ smokeFlow),
/* harmony export */   ZQ: () => (/* binding */ smokeScript),
/* harmony export */   s$: () => (/* binding */ slotTarget)
/* harmony export */ });
/* unused harmony export COOKIE_FACTS */
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);
/* harmony import */ var _slot_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85232);
/* harmony import */ var _smoke_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84819);




// The smoke flow as one bash script on the host, against the new slot's own socket or port (never through nginx).
// Every value from the environment reaches bash as a single-quoted word; ${name} becomes "$sf_name", which holds only
// what an earlier answer gave (or the run's tag): nothing is ever evaluated.
/** The component the flow talks to: the one given, else the one routed at /, else the first. */
function smokeComponent(inst, smoke) {
    const names = Object.keys(inst.app.components);
    return smoke.component ?? names.find((n) => inst.app.components[n]?.route === '/') ?? names[0];
}
function slotTarget(inst, component, slot) {
    const listen = inst.app.components[component]?.listen;
    if (listen?.type === 'tcp')
        return {
            args: '',
            base: `http://127.0.0.1:${slot === 'blue' ? listen.blue : listen.green}`,
            label: `the ${slot} slot`,
        };
    return {
        args: `--unix-socket ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)((0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id).socket(component, slot))}`,
        base: 'http://localhost',
        label: `the ${slot} slot`,
    };
}
/**
 * A loopback address of one pass's own (127.a.b.pass, never 127.0.0.x), the same for the same run tag. Apps limit
 * logins and sign-ups per client address (Vikunja: 10 a minute, always on): a flow that came from a user's address,
 * or from one address shared by every run, would spend their budget, and three deploys in a minute would fail their
 * own smoke with 429.
 */
function passAddress(runTag, pass) {
    let h = 2166136261;
    for (const ch of runTag)
        h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return `127.${1 + (h % 254)}.${(h >>> 8) & 255}.${pass}`;
}
/**
 * The flow's requests as from `address`: on a slot, the headers nginx would add; through nginx, curl's source address.
 */
function fromAddress(target, address, viaNginx) {
    const args = viaNginx
        ? `--interface ${address}`
        : `-H ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`X-Real-IP: ${address}`)} -H ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`X-Forwarded-For: ${address}`)}`;
    return { ...target, args: `${target.args} ${args}`.trim() };
}
// Set-Cookie lines as comparable facts, one per line: "name (set)" and "name attribute" for each attribute, values
// and expiry left out (they differ on every answer), SameSite's value in lower case. Sorted by the caller.
const COOKIE_FACTS = `tr -d '\\r' < "$hdrs" | awk 'tolower($0) ~ /^set-cookie:/ { sub(/^[^:]*: */, ` +
    (`""); n = split($0, p, /; */); name = p[1]; sub(/=.*/, "", name); print name " (set)"; for (i = 2; i <= n; ` +
        (`i++) { a = p[i]; k = tolower(a); sub(/=.*/, "", k); if (k == "" || k == "expires" || k == "max-age") ` +
            (`continue; if (index(a, "=")) { v = a; sub(/^[^=]*=/, "", v); if (k == "samesite") v = tolower(v); a = k ` +
                `"=" v } else a = k; print name " " a } }'`)));
function request(target, step, known, cookies) {
    const args = [`-X ${step.method}`, `-H 'Accept: application/json'`];
    if (step.bearer)
        args.push(`-H ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)('Authorization: Bearer ')}${(0,_smoke_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r7)(step.bearer, known)}`);
    if (step.body)
        args.push(`-H 'Content-Type: application/json' --data-binary ${(0,_smoke_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r7)(JSON.stringify(step.body), known)}`);
    if (cookies)
        args.push('-D "$hdrs"');
    const expect = step.expect_status ?? 200;
    const lines = [
        `code=$(curl -s -o "$body" -w '%{http_code}' --max-time 10 ${target.args} ${args.join(' ')} ` +
            `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(target.base)}${(0,_smoke_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r7)(step.path, known)} || true)`,
        `if [ "$code" != ${expect} ]; then ` +
            (`fail=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${step.name}: ${step.method} ${step.path} answered `)}"$code (expected ${expect}): $(head -c ` +
                `300 "$body" | tr -d '\\n')"; fi`),
        ...(cookies ? [`${COOKIE_FACTS} >> "$SF_COOKIES" || true`] : []),
    ];
    for (const [name, field] of Object.entries(step.save ?? {})) {
        known.add(name);
        lines.push(`[ -n "$fail" ] || sf_${name}=$(sf_field ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(field)})`);
        lines.push(`[ -n "$fail" ] || [ -n "$sf_${name}" ] || fail=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${step.name}: the answer has no ${field}`)}`);
    }
    return lines.join('\n');
}
/** The flow against the new slot: exit 10 naming the first step that failed, after the cleanup ran. */
function smokeFlow(inst, smoke, slot, runTag) {
    const cleanup = [
        ...(smoke.cleanup ?? []).map((s) => s.name),
        ...(smoke.cleanup_command ? [smoke.cleanup_command] : []),
    ];
    return {
        kind: 'sh',
        note: `smoke flow on the ${slot} slot: ` +
            `${smoke.steps.map((s) => s.name).join(', ')}${cleanup.length ? `; cleanup: ${cleanup.join(', ')}` : ''}`,
        text: smokeScript(smoke, fromAddress(slotTarget(inst, smokeComponent(inst, smoke), slot), passAddress(runTag, 1), false), runTag, false, (0,_slot_command_js__WEBPACK_IMPORTED_MODULE_3__/* .slotCommand */ .q)(inst, slot)),
    };
}
/**
 * The flow as a script against `target`. With `cookies`, every answer's Set-Cookie facts are appended to the file
 * named by $SF_COOKIES (the after-flip cookie check runs the flow twice and compares).
 */
function smokeScript(smoke, target, runTag, cookies, at) {
    const known = new Set(['run']);
    const steps = smoke.steps.map((s) => `if [ -z "$fail" ]; then\n${request(target, s, known, cookies)}\nfi`);
    // The cleanup runs whatever happened, each step as far as its own values exist; its failures are reported, not fatal.
    const cleanup = (smoke.cleanup ?? []).map((s) => {
        const needs = (0,_smoke_words_js__WEBPACK_IMPORTED_MODULE_2__/* .variablesIn */ .DF)(`${s.path}${s.bearer ?? ''}${JSON.stringify(s.body ?? {})}`).filter((n) => n !== 'run');
        const guard = needs.length ? `if ${needs.map((n) => `[ -n "\${sf_${n}:-}" ]`).join(' && ')}; then` : 'if :; then';
        return (`${guard}\nfail=''\n${request(target, s, known, false)}\n[ -z "$fail" ] || echo "smoke cleanup: ` +
            `$fail" >&2\nfi`);
    });
    return `body=$(mktemp); fail=''${cookies ? '; hdrs=$(mktemp)' : ''}
${JSON.stringify(smoke).includes('${run}') || smoke.cleanup_command
        ? `sf_run=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(runTag)}`
        : '# (no ' + 'step uses ${run})'}
${[...known]
        .filter((k) => k !== 'run')
        .map((k) => `sf_${k}=''`)
        .join('\n')}
# A top-level field of the JSON answer: a string's value, or a number.
sf_field() {
  grep -o "\\"$1\\" *: *\\(\\"[^\\"]*\\"\\|[0-9][0-9.]*\\)" "$body" | head -1 |
    sed 's/^"[^"]*" *: *//; s/^"//; s/"$//' || true
}
${steps.join('\n')}
result=$fail
${cleanup.join('\n')}
${smoke.cleanup_command && at ? (0,_slot_command_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanupCommand */ .A)(smoke.cleanup_command, at) : ''}
rm -f "$body"${cookies ? ' "$hdrs"' : ''}
[ -z "$result" ] || { echo "smoke: $result" >&2; exit 10; }
echo "smoke: ${smoke.steps.length} steps passed on ${target.label}"`;
}


/***/ }),

/***/ 69010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ statusScript),
/* harmony export */   _: () => (/* binding */ bookkeepingLines)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);
/* harmony import */ var _watch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48949);



/** What slotflip itself keeps on the host, as tagged lines: read by both `status` and `doctor`. */
function bookkeepingLines(l) {
    return [
        `echo "@state $(tr -d '\\n' < ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.state)} 2>/dev/null || echo null)"`,
        `echo "@lock $(cat ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${l.lock}/owner`)} 2>/dev/null || echo null)"`,
        `echo "@maintenance $(test -e ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.maintenanceFlag)} && echo on || echo off)"`,
        `for f in ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.backups)}/*.manifest.json; do [ -e "$f" ] && echo "@archive $(tr -d '\\n' < "$f")"; done; true`,
    ];
}
/** One read-only script that gathers everything `status` shows, as tagged lines (parsed in commands/status.ts). */
function statusScript(inst) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id);
    const lines = [
        ...bookkeepingLines(l),
        `echo "@disk $(df --output=pcent,avail -B1 /opt | tail -1 | tr -d '%')"`,
        `echo "@mem $(awk '/^MemTotal:/ {t=$2} /^MemAvailable:/ {a=$2} END {print int(t/1024), int(a/1024)}' ` +
            `/proc/meminfo)"`,
        // The host's watch of the last flip (host/watch.ts): its unit's state, then what it wrote.
        `echo "@watch $(systemctl is-active ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)((0,_watch_js__WEBPACK_IMPORTED_MODULE_2__/* .watchUnit */ .ev)(inst.id))} 2>/dev/null || true) $(tr -d '\\n' < ` +
            `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${l.root}/watch.json`)} 2>/dev/null || echo null)"`,
        `echo "@journal $(tail -n 400 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.journal)} 2>/dev/null | tr '\\n' '\\036')"`,
    ];
    // One word per field: a stopped unit's MemoryCurrent is "[not set]", which would split the line (it becomes "-").
    for (const [name, c] of Object.entries(inst.app.components)) {
        if (!c)
            continue;
        for (const slot of _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .SLOTS */ ._f) {
            const unit = `${l.unit(name)}${slot}`;
            const probe = c.listen.type === 'unix'
                ? `curl -s -o /dev/null -w '%{http_code}' --max-time 2 --unix-socket ` +
                    `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(l.socket(name, slot))} http://localhost/health 2>/dev/null || true`
                : `curl -s -o /dev/null -w '%{http_code}' --max-time 2 ` +
                    `http://127.0.0.1:${slot === 'blue' ? c.listen.blue : c.listen.green}/health 2>/dev/null || true`;
            lines.push(`echo "@unit ${name} ${slot} $(systemctl show -p ActiveState --value ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(unit)}) $(systemctl ` +
                (`show -p ActiveEnterTimestamp --value ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(unit)} | xargs -r -I{} date -d {} +%s || echo 0) ` +
                    `$(systemctl ` +
                    `show -p MemoryCurrent --value ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(unit)} | tr -c '0-9\\n' '-' | sed 's/^-*$/-/') $(${probe})"`));
        }
    }
    return lines.join('\n');
}


/***/ }),

/***/ 48949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ watchPaths),
/* harmony export */   Ms: () => (/* binding */ startWatch),
/* harmony export */   Mv: () => (/* binding */ markWatchesReported),
/* harmony export */   W6: () => (/* binding */ unlockAfterWatch),
/* harmony export */   _e: () => (/* binding */ abortWatch),
/* harmony export */   cz: () => (/* binding */ markReceiptStart),
/* harmony export */   ev: () => (/* binding */ watchUnit),
/* harmony export */   kc: () => (/* binding */ HOST_FLIPPED_BACK),
/* harmony export */   l5: () => (/* binding */ followWatch),
/* harmony export */   vq: () => (/* binding */ letWatchGo)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61250);
/* harmony import */ var _shell_builtins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6012);



// The host keeps watch after a flip: the observe window, the receipt and what follows (or the flip back) run in a
// transient systemd unit of their own, started by the flip step, so a runner that dies, is cancelled or loses its
// network changes nothing. The run's step shell only follows the unit's log. One watch per instance at a time: the
// lock is not given up while it runs (its pid file counts as a step of its run, host/lock.ts).
const watchUnit = (instance) => `slotflip-${instance}-watch`;
function watchPaths(instance, run) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    const dir = `${l.root}/watch/${run}`;
    return {
        dir,
        script: `${dir}/watch.sh`,
        log: `${dir}/log`,
        /** What the watch decided: `ok` or `flipped-back <why>`. */
        result: `${dir}/result`,
        receipt: `${dir}/receipt.json`,
        /** The watch as `status` shows it: run, release, since, until, state (waiting, observing, passed, flipped-back). */
        status: `${l.root}/watch.json`,
        /** Counted as a step shell of the run: the lock is not taken over while it lives (host/lock.ts, holderBusy). */
        pidFile: `${l.root}/.pid-${run}-watch`,
    };
}
/** Writes the watch's script and starts its unit; it sends its probes at once and waits for the flip to be done. */
function startWatch(instance, run, script) {
    const w = watchPaths(instance, run);
    const unit = watchUnit(instance);
    return [
        {
            kind: 'sh',
            note: "the watch's folder (the last five runs' are kept)",
            text: `install -d -m 0700 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.dir)}\nls -1dt ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).root}/watch`)}/*/ ` +
                `2>/dev/null | tail -n +6 | xargs -r rm -rf`,
        },
        { kind: 'write', path: w.script, content: script, mode: '0700', secret: false },
        {
            kind: 'sh',
            // KillMode=mixed: a stop signals the watch's own shell only, so a flip back it has begun is never cut short.
            note: `start the host's watch of this flip (${unit}): observe, receipt, then finish or flip back on the host`,
            text: `if systemctl is-active -q ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(unit)}; then
  echo "the host still watches an earlier flip (${unit})" >&2; exit 1
fi
systemctl reset-failed ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(unit)} 2>/dev/null || true
systemd-run --quiet --collect --unit=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(unit)} -p KillMode=mixed -p TimeoutStopSec=120 \\
  -p StandardOutput=append:${w.log} -p StandardError=append:${w.log} /bin/bash ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.script)}`,
        },
    ];
}
/**
 * Where the receipt begins: the time (the new release's first answer counts from it) and the access log's size. Just
 * before the flip; after a breaking migration, once the maintenance page is off (its 503s are by design).
 */
const markReceiptStart = (instance, run, accessLog) => ({
    kind: 'sh',
    note: 'the receipt begins here',
    text: `stat -c %s ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(accessLog)} > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${watchPaths(instance, run).dir}/offset`)} 2>/dev/null ` +
        (`|| echo 0 > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${watchPaths(instance, run).dir}/offset`)}; ${(0,_shell_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .nowRealtime */ ._F)('t')}; ` +
            `printf '%s\\n' "$t" > ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${watchPaths(instance, run).dir}/flipped`)}`),
});
/** The flip and its checks passed: the watch begins its window. */
const letWatchGo = (instance, run) => ({
    kind: 'sh',
    note: 'the host begins its observe window',
    text: `touch ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${watchPaths(instance, run).dir}/go`)}`,
});
/** The run's own undo of the flip: the watch ends without acting (the run flips back itself). */
function abortWatch(instance, run) {
    const w = watchPaths(instance, run);
    return {
        kind: 'sh',
        note: "end the host's watch (this run undoes the flip itself)",
        text: `touch ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${w.dir}/abort`)}; systemctl stop ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(watchUnit(instance))} 2>/dev/null || true`,
    };
}
/** Exit of the follow step when the host flipped back: the host undid the flip and recorded it already. */
const HOST_FLIPPED_BACK = 11;
/**
 * The run's observe step: follows the watch's log until the unit ends, then reports what it decided (its receipt as a
 * result line). The watch does not depend on this step: killing it, or losing the connection, changes nothing there.
 */
function followWatch(inst, run) {
    const w = watchPaths(inst.id, run);
    return {
        kind: 'sh',
        note: "follow the host's watch until it has decided",
        // A cancelled run (SIGTERM to this shell) stops the watch: stopped while it observes, the host flips back and
        // records it (the run's own undo would be a second actor), and this step reports that as usual.
        text: `trap 'systemctl stop --no-block ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(watchUnit(inst.id))} 2>/dev/null' TERM
pid=$(systemctl show -p MainPID --value ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(watchUnit(inst.id))} 2>/dev/null || echo 0)
if [ "\${pid:-0}" != 0 ]; then tail -n +1 -f --pid="$pid" ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.log)} 2>/dev/null
else cat ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.log)} 2>/dev/null || true; fi
while [ "\${pid:-0}" != 0 ] && kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
# Reported, unless this step outlived its run's connection (the runner's sshd is gone): then the next run reports it.
runner_parent=$(cut -d' ' -f4 "/proc/\${SLOTFLIP_RUNNER:-0}/stat" 2>/dev/null || true)
if [ -z "\${SLOTFLIP_RUNNER:-}" ] ||
  case "$(cat "/proc/$runner_parent/comm" 2>/dev/null)" in sshd*) true ;; *) false ;; esac; then
  touch ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${w.dir}/reported`)}
fi
[ ! -s ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.receipt)} ] || echo "SLOTFLIP_RESULT receipt $(cat ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.receipt)})"
result=$(cat ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.result)} 2>/dev/null || true)
case "$result" in
  ok) ;;
  flipped-back*) echo "\${result#flipped-back }" >&2; exit ${HOST_FLIPPED_BACK} ;;
  *) echo "the host's watch ended without a decision (its log: ${w.log})" >&2; exit 1 ;;
esac`,
    };
}
/** Releases the lock unless the host's watch of this run still runs (it releases the lock itself when it ends). */
function unlockAfterWatch(instance, run) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    const w = watchPaths(instance, run);
    return {
        kind: 'sh',
        note: "release the lock if it is ours and the host no longer watches this run's flip",
        text: `if { read -r p _ < ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(w.pidFile)} && kill -0 "$p"; } 2>/dev/null; then
  echo "SLOTFLIP_EVENT the host still watches this flip: it releases the lock when it ends"
elif grep -qF ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`"run":${JSON.stringify(run)}`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(l.lock)}/owner 2>/dev/null; then
  rm -rf ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(l.lock)}
fi`,
    };
}
/**
 * A run that took the lock has read (and reported) what earlier watches decided: they are not reported again. Each
 * watch is marked once, by a redirection (no process): every earlier run leaves a directory, and a `touch` each cost
 * 5 ms a run more.
 */
function markWatchesReported(instance) {
    return {
        kind: 'sh',
        text: `for d in ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance).root}/watch`)}/*/; do ` +
            `[ ! -d "$d" ] || [ -e "$d/reported" ] || : > "$d/reported"; done`,
    };
}


/***/ }),

/***/ 73509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zm: () => (/* binding */ compileOp),
  qg: () => (/* binding */ compileStep),
  eX: () => (/* binding */ stepPidFile)
});

// UNUSED EXPORTS: helpersFor

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/host/lock.ts
var lock = __webpack_require__(62703);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/shell/builtins.ts
var builtins = __webpack_require__(6012);
// EXTERNAL MODULE: ./src/host/nginx-reload.ts
var nginx_reload = __webpack_require__(84102);
// EXTERNAL MODULE: ./src/shell/sha256.ts
var sha256 = __webpack_require__(69183);
;// CONCATENATED MODULE: ./src/host/pg-clients.ts
// Debian runs PostgreSQL's client programs through pg_wrapper, a Perl script that picks a version and then runs the
// program: about 35 ms of CPU per call in a lab container, against 6.5 ms for psql itself, and a deploy made some
// fifteen such calls. Given a host (-h, as every step's connection has), pg_wrapper takes the newest installed client
// version that has the program. A step that calls one puts that version's directory first in PATH itself, with bash
// builtins only, and the programs run without the wrapper. Where there is no /usr/lib/postgresql, nothing changes.
// Provisioning's steps (`runuser -u postgres -- psql`, no host) keep the wrapper: there it picks the local cluster.
const PG_CLIENT = /\b(psql|pg_dump|pg_dumpall|pg_restore|pg_isready)\b/;
/** Bash: the newest <root>/<version>/bin with pg_dump, first in PATH. */
const newestPgClientsFirst = (root = '/usr/lib/postgresql') => `sf_pgn=-1; sf_pgbin=''; for sf_pgd in ${root}/*/bin; do sf_pgv=\${sf_pgd#${root}/}; ` +
    'sf_pgv=${sf_pgv%%/*}; sf_pgv=${sf_pgv%%.*}; ' +
    'if [[ $sf_pgv =~ ^[0-9]+$ && -x $sf_pgd/pg_dump && $sf_pgv -gt $sf_pgn ]]; then ' +
    'sf_pgn=$sf_pgv; sf_pgbin=$sf_pgd; fi; done; [ -z "$sf_pgbin" ] || PATH="$sf_pgbin:$PATH"';
/** The line above, for a step whose compiled ops call a PostgreSQL client program; none otherwise. */
const pgClientsFor = (body) => body.some((text) => PG_CLIENT.test(text)) ? [newestPgClientsFirst()] : [];

;// CONCATENATED MODULE: ./src/plan/compile.ts







/** Where a running step's shell records its pid: one file per run and step, so a cancel never hits another step. */
const stepPidFile = (ctx, step) => `${ctx.root}/.pid-${ctx.run}-${step.id}`;
function compileStep(step, ctx, ops = step.ops, event = 'step') {
    // Every step pays this preamble, so it forks as little as it can: a fork and exec cost 5 ms or more in a container
    // (measured in the lab), and bash's own clocks replace date(1) (bash 5; date where they are missing).
    const lines = [
        'set -euo pipefail',
        `[ -d ${(0,quote/* quote */.hD)(ctx.root)} ] || install -d -m 0755 ${(0,quote/* quote */.hD)(ctx.root)}`,
        `sf_journal() { local t; ${(0,builtins/* nowRealtime */._F)('t')}; ` +
            `printf '{"run":"%s","${event}":"%s","event":"%s","at":%s%s}\\n' ${(0,quote/* quote */.hD)(ctx.run)} ` +
            `${(0,quote/* quote */.hD)(step.id)} "$1" "\${t%???}" "\${2:-}" >> ${(0,quote/* quote */.hD)(ctx.journal)}; }`,
        'sf_journal start',
        // Renew the lease (the engine's heartbeat renews it during long steps); a run that lost its lock stops here.
        // A step the host acts on by itself (the follow of its watch) leaves the lock to the watch, which releases it.
        ...(step.id === 'lock' || step.hostUndoes
            ? []
            : [(0,lock/* refreshLock */.nM)(ctx.lock, { run: ctx.run, owner: ctx.owner, leaseSeconds: lock/* LEASE_SECONDS */.Vb })]),
        // "pid deadline": the engine cancels a running step by signalling this shell (engine/run.ts), and a later run
        // taking over this run's expired lease waits for it, or stops it once past its time limit (host/lock.ts).
        `echo "$$ $(( ${builtins/* NOW_SECONDS */.Rg} + ${Math.ceil(step.timeoutMs / 1000)} ))" > ` + `${(0,quote/* quote */.hD)(stepPidFile(ctx, step))}`,
        `sf_exit() { local rc=$?; rm -f ${(0,quote/* quote */.hD)(stepPidFile(ctx, step))}; sf_journal end ",\\"code\\":$rc"; }`,
        'trap sf_exit EXIT',
        // Cancelled: record 143 explicitly (after a signal, $? in the EXIT trap says nothing useful).
        `trap 'trap - EXIT; rm -f ${(0,quote/* quote */.hD)(stepPidFile(ctx, step))}; sf_journal end ",\\"code\\":143"; exit 143' TERM`,
    ];
    const body = ops.map(compileOp);
    return `${[...lines, ...helpersFor(body), ...pgClientsFor(body), ...body].join('\n')}\n`;
}
// Shell functions a step's ops may call: each is defined in a step only when one of its ops names it.
const HELPERS = [[nginx_reload/* RELOAD_NGINX */.w, nginx_reload/* RELOAD_NGINX_DEFINITION */.d]];
/** The definitions of the helpers these compiled ops call, to put before them. */
function helpersFor(body) {
    return HELPERS.filter(([name]) => body.some((text) => text.includes(name))).map(([, definition]) => definition);
}
function compileOp(op) {
    switch (op.kind) {
        case 'run':
            return (0,quote/* commandLine */.ay)(op.argv);
        case 'sh':
            return op.text;
        case 'write': {
            const write = (0,quote/* writeFileScript */.Re)(op.path, op.content, op.mode, op.owner);
            if (!op.onChange)
                return write;
            // Rewrite (and reload whatever reads it) only when the content differs: an nginx reload drops keep-alive clients.
            // A reload that fails (`nginx -t` refusing the new file, or another file beside it) puts the previous file back:
            // left in place, the new file would match on the next run, which would then never reload it.
            const path = (0,quote/* quote */.hD)(op.path);
            const prev = (0,quote/* quote */.hD)(`${op.path}.slotflip-prev`);
            return [
                `if ${differs(op.path, op.content)}; then`,
                `rm -f ${prev}; [ ! -e ${path} ] || cp -p ${path} ${prev}`,
                write,
                `if ! { ${op.onChange}
}; then`,
                `  if [ -e ${prev} ]; then mv -f ${prev} ${path}; else rm -f ${path}; fi`,
                `  echo ` +
                    `${(0,quote/* quote */.hD)(`${op.path}: its reload failed (output above); the previous file is back in place`)} >&2; exit 1`,
                'fi',
                `rm -f ${prev}`,
                'fi',
            ].join('\n');
        }
        case 'upload':
            // The executor streams the bytes to the path before the step's script runs (engine/uploads.ts): here they are
            // only checked, and refused whole when they differ.
            return (`${(0,sha256/* sha256Matches */.pd)((0,quote/* quote */.hD)(op.path), op.sha256)} || { echo "upload of ` +
                `${op.path} is corrupt (sha256 mismatch)" >&2; rm -f ${(0,quote/* quote */.hD)(op.path)}; exit 65; }`);
    }
}
/**
 * A test that is true when the file at `path` does not hold exactly `content`. Text is compared by bash itself (`read`
 * takes the whole file when no NUL ends it early): no process, where a checksum took three. Content with a NUL (which
 * no bash word holds) by sha256.
 */
function differs(path, content) {
    const word = (0,quote/* textWord */.Cd)(content);
    if (word !== undefined)
        return `! { ${(0,builtins/* readFileInto */.RG)('sf_cur', path)} && ` + `[ "$sf_cur" == ${word} ]; }`;
    const sha = (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
    return `[ "$(sha256sum < ${(0,quote/* quote */.hD)(path)} 2>/dev/null | cut -d' ' -f1)" != ${sha} ]`;
}


/***/ }),

/***/ 80216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ masker),
/* harmony export */   nT: () => (/* binding */ formatPlan)
/* harmony export */ });
/* unused harmony export formatOp */
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

/***/ 62960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ stateWrite),
/* harmony export */   IC: () => (/* binding */ recordStep),
/* harmony export */   Rl: () => (/* binding */ unlockStep),
/* harmony export */   XC: () => (/* binding */ planOf),
/* harmony export */   m4: () => (/* binding */ retireStep),
/* harmony export */   pH: () => (/* binding */ MIN),
/* harmony export */   s9: () => (/* binding */ lockStep),
/* harmony export */   sf: () => (/* binding */ gateStep),
/* harmony export */   y_: () => (/* binding */ flipStep),
/* harmony export */   ys: () => (/* binding */ enableStep)
/* harmony export */ });
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _host_health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32562);
/* harmony import */ var _host_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62703);
/* harmony import */ var _host_slot_units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91886);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);





// The steps every plan shares, made in one place: a plan names what differs (a title, ops before or after) and the
// rest (ids, phases, timeouts, the lock's lease) is the same in all of them.
const MIN = 60_000;
/** Takes the lease lock; `before`/`after` ops run in the same step. */
function lockStep(instanceId, req, extra = {}) {
    const lock = (0,_host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .acquireLock */ .IZ)((0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(instanceId), { run: req.run, owner: req.owner, leaseSeconds: _host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .LEASE_SECONDS */ .Vb }, req.guard);
    return {
        id: 'lock',
        phase: 'lock',
        title: extra.title ?? 'take the lease lock',
        timeoutMs: MIN,
        ops: [...(extra.before ?? []), lock, ...(extra.after ?? [])],
    };
}
/** The plan's `finally`: releases the lock, after any cleanup `before` it. */
function unlockStep(instanceId, run, title = 'release the lock', before = []) {
    return {
        id: 'unlock',
        phase: 'record',
        title,
        timeoutMs: MIN,
        ops: [...before, (0,_host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseLock */ .x_)((0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(instanceId).lock, run)],
    };
}
/** The host's state file as one write. */
function stateWrite(instanceId, state) {
    return {
        kind: 'write',
        path: (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(instanceId).state,
        content: `${JSON.stringify(state, null, 2)}\n`,
        mode: '0644',
        secret: false,
    };
}
/** Records the host's new state; `more` ops (pruning) follow the write. */
function recordStep(instanceId, state, title, more = []) {
    return { id: 'record', phase: 'record', title, timeoutMs: MIN, ops: [stateWrite(instanceId, state), ...more] };
}
/** The health gate on one slot, with the instance's own timeout and a minute for the connection. */
function gateStep(inst, slot, version, title = `health gate on the ${slot} slot`) {
    return {
        id: 'gate',
        phase: 'gate',
        title,
        timeoutMs: (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).healthTimeout * 1000 + MIN,
        ops: [(0,_host_health_js__WEBPACK_IMPORTED_MODULE_1__/* .healthGate */ .Yr)(inst, slot, version)],
    };
}
/** Makes the serving slot the one started at boot. */
function enableStep(inst, slot) {
    return {
        id: 'enable',
        phase: 'drain',
        title: `start the ${slot} slot at boot`,
        timeoutMs: MIN,
        ops: [(0,_host_slot_units_js__WEBPACK_IMPORTED_MODULE_4__/* .enableOnly */ .Wm)(inst.id, slot, Object.keys(inst.app.components))],
    };
}
/** Stops a slot after its keep-warm window and drain (a timer on the host when the window is longer than 0). */
function retireStep(inst, slot, windows, title, more = []) {
    return {
        id: 'retire',
        phase: 'drain',
        title,
        timeoutMs: 5 * MIN,
        ops: [(0,_host_slot_units_js__WEBPACK_IMPORTED_MODULE_4__/* .retireSlot */ .Kt)(inst.id, slot, Object.keys(inst.app.components), windows.keepWarm, windows.drain), ...more],
    };
}
/** The step that moves production traffic: `ops` flip (and confirm), `undo` flips back. */
function flipStep(to, ops, undo, title = `flip traffic to the ${to} slot`, timeoutMs = MIN) {
    return { id: 'flip', phase: 'flip', title, timeoutMs, movesTraffic: true, ops, ...(undo ? { undo } : {}) };
}
/** A plan of this run: `format`, `run`, `owner` and `instance` filled in from the request. */
function planOf(req, instance, rest) {
    return { format: 1, run: req.run, owner: req.owner, instance, ...rest };
}


/***/ }),

/***/ 87788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ secretRef),
/* harmony export */   Uf: () => (/* binding */ configSecrets),
/* harmony export */   ls: () => (/* binding */ configEntries),
/* harmony export */   pD: () => (/* binding */ envName)
/* harmony export */ });
/* unused harmony exports isSection, keyType */
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function secretRef(v) {
    return isRecord(v) && Object.keys(v).length === 1 && typeof v.secret === 'string' ? v.secret : undefined;
}
// Every section of a preset's key list (service, auth.openid, ...), computed once per preset: validation asks per key.
const sectionsOf = new WeakMap();
/** Whether a key names a section of the preset (a prefix of listed keys). */
function isSection(preset, key) {
    let sections = sectionsOf.get(preset);
    if (!sections) {
        sections = new Set(Object.keys(preset.config.keys).flatMap((k) => k
            .split('.')
            .slice(0, -1)
            .map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
        sectionsOf.set(preset, sections);
    }
    return sections.has(key);
}
function keyType(preset, key) {
    return preset.config.keys[key];
}
/**
 * Leaves and unknown keys of app.config. Sections the preset lists are descended into; a key of type map (e.g. OpenID
 * providers by name) is one entry with its whole subtree; anything else stops at the first unknown key.
 */
// Several rules read the same app.config: its entries are computed once per config object and preset.
const entriesCache = new WeakMap();
function configEntries(config, preset) {
    if (!isRecord(config))
        return [];
    const byPreset = entriesCache.get(config) ?? new Map();
    entriesCache.set(config, byPreset);
    let entries = byPreset.get(preset);
    if (!entries) {
        entries = walk(config, preset, [], '');
        byPreset.set(preset, entries);
    }
    return entries;
}
function walk(config, preset, written, key) {
    if (!isRecord(config))
        return [];
    const out = [];
    for (const [k, value] of Object.entries(config)) {
        const full = key ? `${key}.${k.toLowerCase()}` : k.toLowerCase();
        const path = [...written, k];
        const secret = secretRef(value);
        const descend = isRecord(value) &&
            secret === undefined &&
            (preset ? isSection(preset, full) && keyType(preset, full) === undefined : true);
        if (descend)
            out.push(...walk(value, preset, path, full));
        else
            out.push({ key: full, written: path, value, ...(secret !== undefined ? { secret } : {}) });
    }
    return out;
}
/** The environment variable an app reads a key from: VIKUNJA_ + the key with dots as underscores. */
function envName(prefix, key) {
    return `${prefix}${key.toUpperCase().replace(/\./g, '_')}`;
}
/** Every secret reference in app.config, for resolving and for the missing-secret check. */
function configSecrets(config) {
    return configEntries(config, undefined).flatMap((e) => e.secret !== undefined ? [{ written: e.written, name: e.secret }] : []);
}


/***/ }),

/***/ 23184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ dataDir),
/* harmony export */   g: () => (/* binding */ filesDirToCreate)
/* harmony export */ });
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _config_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87788);


/**
 * Where the app keeps its files (Vikunja's files.basepath): the environment's setting, else the backups' files_dir,
 * else the instance's shared directory. The units may write there (ReadWritePaths), the deploy creates it for the
 * service user, and backups must archive this same directory (a rule holds backups.files_dir to it).
 */
function dataDir(instance, preset) {
    const key = preset?.config.data_dir;
    const set = key ? (0,_config_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .configEntries */ .ls)(instance.app.config, preset).find((e) => e.key === key)?.value : undefined;
    return typeof set === 'string' && set.startsWith('/')
        ? set
        : (instance.backups?.files_dir ?? `${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(instance.id).shared}/files`);
}
/**
 * The files directory a deploy creates for the service user: only when the preset names the setting or backups archive
 * one.
 */
function filesDirToCreate(instance, preset) {
    return preset?.config.data_dir || instance.backups?.files_dir ? dataDir(instance, preset) : undefined;
}


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

/***/ 90698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vv: () => (/* binding */ sizeBytes),
/* harmony export */   ku: () => (/* binding */ nginxSize),
/* harmony export */   ye: () => (/* binding */ maxUpload)
/* harmony export */ });
/* harmony import */ var _config_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87788);

// Upload limits in the two notations that must agree: the app's (Vikunja's files.maxsize: 20MB) and nginx's
// (client_max_body_size 20m). When nginx's is smaller, uploads fail with 413 before they reach the app.
const UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1024,
    m: 1024 ** 2,
    mb: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1024 ** 4,
};
/** Bytes of "20MB", "20m", "512 KB" or a plain number; undefined when it is not a size. */
function sizeBytes(v) {
    if (typeof v === 'number')
        return v;
    const m = typeof v === 'string' ? /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(v) : null;
    const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
    return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}
/** The nginx size for a number of bytes, in the largest unit that divides it (rounded up to whole KiB otherwise). */
function nginxSize(bytes) {
    for (const [unit, n] of [
        ['g', 1024 ** 3],
        ['m', 1024 ** 2],
    ])
        if (bytes % n === 0)
            return `${bytes / n}${unit}`;
    return `${Math.ceil(bytes / 1024)}k`;
}
/** What the app accepts as an upload, by its own setting or its default. */
function maxUpload(preset, config) {
    const m = preset.config.max_upload;
    if (!m)
        return undefined;
    const set = (0,_config_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .configEntries */ .ls)(config, preset).find((e) => e.key === m.key);
    return sizeBytes(set?.value ?? m.default);
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

/***/ 30323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ lookupSecret)
/* harmony export */ });
/* unused harmony export envName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60502);



const envName = (name) => `SLOTFLIP_SECRET_${name}`;
// Who may have planted or changed a secret: only the user slotflip runs as. A file owned by another user, or a
// directory others can write into (they could swap a file in), is refused before it is read.
const myUid = () => process.getuid?.();
async function fromFile(path, via) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
    }
    catch {
        return {
            ok: false,
            reason: `${via} points to ${path}, which does not exist (was the secret file ever written or mounted?)`,
        };
    }
    if (!info.isFile())
        return { ok: false, reason: `${via} points to ${path}, which is not a regular file` };
    if ((info.mode & 0o077) !== 0) {
        return {
            ok: false,
            reason: `${path} (${via}) is readable by group or others (mode ${(info.mode & 0o777).toString(8)}): chmod 600 it`,
        };
    }
    const uid = myUid();
    if (uid !== undefined && info.uid !== uid) {
        return {
            ok: false,
            reason: `${path} (${via}) is owned by uid ${info.uid}, not by the user slotflip runs as (uid ${uid}): ` +
                `chown it to that user, or write the secret again as that user`,
        };
    }
    const value = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8')).replace(/\r?\n$/, '');
    if (value === '')
        return { ok: false, reason: `${path} (${via}) is empty` };
    return { ok: true, value, origin: path };
}
/** The secrets directory itself: nobody but its owner (slotflip's user) may add or replace a file in it. */
async function checkDirectory(dir) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir);
    }
    catch {
        return undefined; // a missing directory is reported per secret, with every other way to provide it
    }
    if (!info.isDirectory())
        return `the secrets directory ${dir} is not a directory`;
    if ((info.mode & 0o022) !== 0) {
        return (`the secrets directory ${dir} is writable by group or others (mode ` +
            `${(info.mode & 0o777).toString(8)}), so someone else could replace a secret in it: chmod 700 ${dir}`);
    }
    const uid = myUid();
    if (uid !== undefined && info.uid !== uid) {
        return (`the secrets directory ${dir} is owned by uid ${info.uid}, not by the user slotflip runs as (uid ` +
            `${uid}): chown it to that user`);
    }
    return undefined;
}
async function lookupSecret(name, source) {
    // Checked here as well as by validation: whatever calls the lookup, a name never becomes a path elsewhere.
    if (!(0,_name_js__WEBPACK_IMPORTED_MODULE_2__/* .isSecretName */ .eh)(name))
        return { ok: false, reason: `is not a valid secret name (${JSON.stringify(name)}): write ${_name_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_NAME_RULE */ .yc}` };
    const direct = source.env[envName(name)];
    if (direct !== undefined && direct !== '')
        return { ok: true, value: direct, origin: envName(name) };
    const file = source.env[`${envName(name)}_FILE`];
    if (file)
        return fromFile(file, `${envName(name)}_FILE`);
    if (source.dir) {
        const unsafe = await checkDirectory(source.dir);
        if (unsafe)
            return { ok: false, reason: unsafe };
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(source.dir, name);
        const found = await fromFile(path, 'the secrets directory');
        if (found.ok || !/does not exist/.test(found.reason))
            return found;
    }
    const ways = [
        `set ${envName(name)} (in a workflow: \`${envName(name)}: \${{ secrets.${name} }}\`)`,
        `set ${envName(name)}_FILE to a 0600 file`,
    ];
    if (source.dir)
        ways.push(`write it to ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(source.dir, name)} with mode 0600`);
    return { ok: false, reason: `${direct === '' ? 'is empty' : 'is not provided'}: ${ways.join(', or ')}` };
}


/***/ }),

/***/ 60502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   yc: () => (/* binding */ SECRET_NAME_RULE)
/* harmony export */ });
/* unused harmony export SECRET_NAME */
// A secret's NAME is an identifier, never a path: the same pattern as the schema's secretName definition. The lookup
// joins it to the secrets directory, so a name such as "../id_ed25519" would read any file beside it; the pattern
// admits
// no '/', no '.' and no empty name, so a name is always one file directly inside the directory.
const SECRET_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
const isSecretName = (name) => SECRET_NAME.test(name);
const SECRET_NAME_RULE = "a secret's NAME: A-Z, 0-9 and '_', starting with a letter, at most 64 characters";


/***/ }),

/***/ 57422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ dryRunResult),
  v: () => (/* binding */ runWithProgress)
});

// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/transport/transport.ts
var transport_transport = __webpack_require__(91588);
;// CONCATENATED MODULE: ./src/engine/uploads.ts



/**
 * The bytes of a step's upload ops (a release archive from the runner) go to the host as a stream before the step's
 * script runs; the script then checks their sha256 (compile.ts). Inside the script as a here-document they made a
 * 53 MB archive a 71 MB bash script, which bash took about 100 s to read.
 */
async function pushUploads(transport, ops) {
    for (const op of ops) {
        if (op.kind !== 'upload')
            continue;
        const dir = op.path.replace(/\/[^/]+$/, '') || '/';
        const made = await transport.script(`install -d -m 0755 ${(0,quote/* quote */.hD)(dir)}`, { timeoutMs: 30_000 });
        if (made.code !== 0 || made.lost)
            return made;
        try {
            await transport.pipe((0,transport_transport/* pushArgv */.d1)(op.path), { stdin: external_node_stream_.Readable.from([op.bytes]) });
        }
        catch (err) {
            return {
                code: 1,
                stdout: '',
                stderr: `uploading ${op.path} (${op.bytes.length} bytes) failed: ` +
                    `${err instanceof Error ? err.message : String(err)}`,
            };
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/plan/compile.ts + 1 modules
var compile = __webpack_require__(73509);
// EXTERNAL MODULE: ./src/host/lock.ts
var host_lock = __webpack_require__(62703);
;// CONCATENATED MODULE: ./src/engine/heartbeat.ts

/**
 * Renews the run's lease every HEARTBEAT_MS on the run's own connection while a step runs, so a long step keeps the
 * lock while the engine lives, and a killed engine loses it within LEASE_SECONDS. If the host says the lock is now
 * someone else's, `onLost` is called once (the engine cancels the run: two runs must never act at once).
 */
function startHeartbeat(transport, lock, owner, onLost) {
    const script = (0,host_lock/* refreshLock */.nM)(lock, { ...owner, leaseSeconds: host_lock/* LEASE_SECONDS */.Vb });
    let lost = false;
    const timer = setInterval(() => {
        void transport.script(script, { timeoutMs: host_lock/* HEARTBEAT_MS */.m }).then((r) => {
            if (r.code === host_lock/* LOCKED_EXIT */.Y3 && !lost) {
                lost = true;
                onLost(r.stderr.trim());
            }
        }, () => undefined);
    }, host_lock/* HEARTBEAT_MS */.m);
    timer.unref();
    return () => clearInterval(timer);
}

// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
;// CONCATENATED MODULE: ./src/engine/step-output.ts
/** Structured lines a step prints: `SLOTFLIP_RESULT name {json}` and `SLOTFLIP_EVENT text`. */
function collect(stdout, results, events) {
    for (const line of stdout.split('\n')) {
        const r = /^SLOTFLIP_RESULT (\S+) (.*)$/.exec(line);
        if (r) {
            try {
                results[r[1]] = JSON.parse(r[2]);
            }
            catch {
                results[r[1]] = r[2];
            }
        }
        const e = /^SLOTFLIP_EVENT (.*)$/.exec(line);
        if (e)
            events.push(e[1]);
    }
}
/** The line that says why: a failing script's last words (its earlier output is logged as it happens). */
const lastLine = (r) => (r.stderr.trim() || r.stdout.trim()).split('\n').pop() ?? '';

;// CONCATENATED MODULE: ./src/engine/run.ts







function isPastNoReturn(plan, step) {
    const ponr = plan.pointOfNoReturn ? plan.steps.findIndex((s) => s.id === plan.pointOfNoReturn) : -1;
    return ponr >= 0 && plan.steps.indexOf(step) >= ponr;
}
/**
 * Runs a plan step by step over one transport (one SSH connection for the whole run). Each step journals itself on
 * the host. When a step fails, every completed step's undo runs in reverse order, then the failure is recorded;
 * the final step (the lock release) runs whatever happened.
 */
async function runPlan(plan, transport, opts = {}) {
    const l = (0,layout/* layout */.Zp)(plan.instance);
    const ctx = { run: plan.run, journal: l.journal, root: l.root, lock: l.lock, owner: plan.owner };
    const timings = [];
    const results = {};
    const events = [];
    const completed = [];
    // A run that loses its lease (its heartbeat found another owner) cancels itself like a SIGTERM would.
    const lost = new AbortController();
    const signal = opts.signal ? AbortSignal.any([opts.signal, lost.signal]) : lost.signal;
    let stopHeartbeat = () => { };
    // Whether this run holds the lock: taken with the host read (plan.lockTaken), or by its lock step.
    const holdsLock = () => plan.lockTaken === true || completed.some((s) => s.id === 'lock');
    const exec = async (step, index) => {
        opts.onEvent?.({ kind: 'start', step, index, total: plan.steps.length });
        const started = Date.now();
        // Cancelling (SIGTERM from GitHub) interrupts the running step: a second script on the same connection signals
        // the step's shell, whose TERM trap journals the end. It repeats until the step has returned, because the signal
        // may come before the step's shell has started and written its pid. The final step (unlock) is never interrupted.
        const pidFile = (0,quote/* quote */.hD)((0,compile/* stepPidFile */.eX)(ctx, step));
        const kill = `{ read -r p _ < ${pidFile}; } 2>/dev/null && [ -n "$p" ] && { pkill -TERM -P "$p"; kill ` +
            `-TERM "$p"; } 2>/dev/null; true`;
        let retry;
        const cancel = () => {
            void transport.script(kill, { timeoutMs: 5000 });
            retry = setInterval(() => void transport.script(kill, { timeoutMs: 5000 }), 250);
        };
        const interruptible = step !== plan.finally;
        if (interruptible) {
            if (signal.aborted)
                cancel();
            else
                signal.addEventListener('abort', cancel, { once: true });
        }
        // An upload's bytes go first (engine/uploads.ts); a failed upload is the step's result.
        const send = async () => (await pushUploads(transport, step.ops)) ??
            transport.script((0,compile/* compileStep */.qg)(step, ctx), { timeoutMs: step.timeoutMs });
        const result = await send().finally(() => {
            if (interruptible)
                signal.removeEventListener('abort', cancel);
            clearInterval(retry);
        });
        const ms = Date.now() - started;
        timings.push({ step: step.id, ms, code: result.code });
        const before = events.length;
        collect(result.stdout, results, events);
        for (const text of events.slice(before))
            opts.onEvent?.({ kind: 'note', step, text });
        opts.onEvent?.({ kind: 'done', step, result, ms });
        return result;
    };
    let failure;
    if (plan.lockTaken)
        stopHeartbeat = startHeartbeat(transport, l.lock, ctx, (why) => lost.abort(why));
    for (const [index, step] of plan.steps.entries()) {
        if (step.onHost)
            continue; // the host's watch runs it (plan/watch-script.ts)
        // From here the host's watch holds the lock and releases it when it ends: renewing it from here too raced with
        // that release (seen once in 171 soak cycles: "this run lost its lock", exit 12, on a deploy that succeeded).
        if (step.hostUndoes)
            stopHeartbeat();
        if (signal.aborted) {
            failure = { step, code: 130, detail: 'cancelled before this step' };
            break;
        }
        let result = await exec(step, index);
        const waitUntil = Date.now() + (opts.lockWaitMs ?? 0);
        while (step.id === 'lock' && result.code === host_lock/* LOCKED_EXIT */.Y3 && Date.now() < waitUntil && !signal.aborted) {
            opts.onEvent?.({ kind: 'waiting-for-lock', holder: lastLine(result) });
            await new Promise((r) => setTimeout(r, 2000));
            result = await exec(step, index);
        }
        if (step.id === 'lock' && result.code === host_lock/* LOCKED_EXIT */.Y3)
            return { kind: 'locked', holder: lastLine(result).replace(/^locked by /, ''), timings };
        if (step.id === 'lock' && result.code === host_lock/* STALE_EXIT */.JP)
            return { kind: 'stale', timings };
        if (step.id === 'lock' && result.code === 0)
            stopHeartbeat = startHeartbeat(transport, l.lock, ctx, (why) => lost.abort(why));
        if (result.lost) {
            failure = { step, code: result.code, detail: result.stderr, disconnected: true };
            break;
        }
        if (result.code !== 0 || signal.aborted) {
            failure = {
                step,
                code: result.code,
                detail: lost.signal.aborted
                    ? String(lost.signal.reason)
                    : signal.aborted
                        ? 'cancelled (SIGTERM or SIGINT)'
                        : lastLine(result) || `exit ${result.code}`,
            };
            break;
        }
        completed.push(step);
    }
    stopHeartbeat();
    if (!failure) {
        await exec(plan.finally, plan.steps.length);
        return { kind: 'completed', timings, results, events };
    }
    // Undo in reverse: flip back before stopping the new slot, so users never hit a stopped slot.
    // A step that moves traffic and failed in its check ahead of the flip moved none; any other end of it may have.
    const trafficMoved = completed.some((s) => s.movesTraffic) ||
        (failure.step.movesTraffic === true && failure.code !== failure.step.exitBeforeTraffic);
    // Without a connection nothing below can run: the outcome says so, and the next run converges from the journal.
    if (failure.disconnected)
        return {
            kind: 'failed',
            ...failure,
            cancelled: signal.aborted === true,
            trafficMoved,
            undone: false,
            pastNoReturn: false,
            timings,
            results,
            events,
        };
    // The host's watch acted on this failure itself (it flipped back and recorded it, or it goes on deciding): undoing
    // from here too would have two actors on one host.
    if (failure.step.hostUndoes) {
        await exec(plan.finally, plan.steps.length);
        return {
            kind: 'failed',
            ...failure,
            cancelled: signal.aborted === true,
            trafficMoved,
            undone: failure.code === failure.step.hostUndoes.code,
            pastNoReturn: isPastNoReturn(plan, failure.step),
            timings,
            results,
            events,
        };
    }
    let undone = true;
    // Past the point of no return (a breaking migration, a restored database) the steps before it are not undone:
    // undoing them would put the old release back on a schema it cannot run on. An operator decides (exit 12).
    const ponr = plan.pointOfNoReturn ? plan.steps.findIndex((s) => s.id === plan.pointOfNoReturn) : -1;
    const pastNoReturn = isPastNoReturn(plan, failure.step);
    for (const step of [failure.step, ...[...completed].reverse()]) {
        if (!step.undo?.length || (pastNoReturn && plan.steps.indexOf(step) < ponr))
            continue;
        const undoStep = { ...step, ops: step.undo };
        const result = await transport.script((0,compile/* compileStep */.qg)(undoStep, ctx, step.undo, 'undo'), { timeoutMs: step.timeoutMs });
        opts.onEvent?.({ kind: 'undo', step, result });
        if (result.code !== 0)
            undone = false;
    }
    if (opts.recordFailure && holdsLock()) {
        const record = opts.recordFailure(trafficMoved, `${failure.step.id} failed: ${failure.detail}`);
        const r = await transport.script((0,compile/* compileStep */.qg)(record, ctx), { timeoutMs: record.timeoutMs });
        if (r.code !== 0)
            undone = false;
    }
    if (holdsLock())
        await exec(plan.finally, plan.steps.length);
    return {
        kind: 'failed',
        ...failure,
        cancelled: signal.aborted === true,
        trafficMoved,
        undone,
        pastNoReturn,
        timings,
        results,
        events,
    };
}

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

;// CONCATENATED MODULE: ./src/session/progress.ts
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
    const progress = stepReporter(opts.log, mask, opts.onEvent);
    return runPlan(plan, transport, {
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

/***/ 67366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ loadRelease),
  i: () => (/* binding */ prepare)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/host/smoke-words.ts
var smoke_words = __webpack_require__(84819);
// EXTERNAL MODULE: ./src/validate/job-secrets.ts
var job_secrets = __webpack_require__(90389);
// EXTERNAL MODULE: ./src/validate/validate.ts + 22 modules
var validate = __webpack_require__(88733);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(59023);
;// CONCATENATED MODULE: ./src/report/text.ts

// Compiler-style lines, one per finding, so editors and terminals can jump to FILE:LINE:COL.
function formatFinding(f) {
    const where = f.path ? `${f.path}: ` : '';
    return `${f.file}:${f.line}:${f.column}: ${f.severity}: ${where}${f.message}`;
}
function formatSummary(findings, fileCount) {
    const c = countBySeverity(findings);
    const files = `${fileCount} environment file${fileCount === 1 ? '' : 's'}`;
    if (c.error === 0)
        return `${files} valid${c.warning ? `, ${c.warning} warning${c.warning === 1 ? '' : 's'}` : ''}`;
    return (`${files} checked: ${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} ` +
        `warning${c.warning === 1 ? '' : 's'}`);
}

// EXTERNAL MODULE: ./src/secrets/lookup.ts
var lookup = __webpack_require__(30323);
// EXTERNAL MODULE: ./src/transport/local.ts
var local = __webpack_require__(2042);
// EXTERNAL MODULE: ./src/host/release.ts
var release = __webpack_require__(97043);
// EXTERNAL MODULE: ./src/presets/load.ts + 1 modules
var load = __webpack_require__(92619);
;// CONCATENATED MODULE: ./src/session/prepare.ts













const invalid = (message, remedy = '') => new errors/* SlotflipError */.u0('validate', message, remedy, exit_codes/* ExitCode */.y.invalidConfig);
/** Validate, pick the instance, resolve its secrets, load and render its templates. Local work only. */
async function prepare(opts) {
    if ((await (0,promises_.stat)(opts.envFile).catch(() => undefined))?.isDirectory()) {
        throw invalid(`--env names one environment file, and ${opts.envFile} is a folder`, `Give the file of the environment to act on, e.g. ${(0,external_node_path_.join)(opts.envFile, 'production.yaml')}`);
    }
    const unusedSecretFields = opts.restoreSecrets
        ? []
        : job_secrets/* RESTORE_ONLY_FIELDS */.qO.filter((k) => !(k === 'admin_secret' && opts.adminSecret));
    const outcome = await (0,validate/* validateEnvironments */.X)({
        paths: [opts.envFile],
        secrets: opts.secrets,
        unusedSecretFields,
        templatesDir: opts.templatesDir,
    });
    // Promotion is checked against the environment it promotes from, which validation reads from beside this file.
    const errors = outcome.findings.filter((f) => f.severity === 'error');
    if (errors.length)
        throw invalid(`${opts.envFile} is not valid:\n${errors.map(formatFinding).join('\n')}`);
    const env = outcome.environments.get(opts.envFile);
    const instances = env.instances;
    const instance = opts.instanceId
        ? instances.find((i) => i.id === opts.instanceId)
        : instances.length === 1
            ? instances[0]
            : undefined;
    if (!instance) {
        throw invalid(opts.instanceId
            ? `no instance "${opts.instanceId}" in ${opts.envFile}`
            : `${opts.envFile} holds ${instances.length} instances`, `Choose one with --instance (${instances.map((i) => i.id).join(', ')})`);
    }
    const secrets = {};
    // The schema walk starts at the document root, so the instance is looked at as the one instance of a document.
    // The backup identity and the database admin are read only where restores run: deploy and backup jobs never have them
    // (design §5).
    const names = (0,job_secrets/* secretRefsFor */.wK)({ instances: [instance] }, unusedSecretFields).map((ref) => String(ref.name));
    for (const name of names) {
        if (!opts.secrets)
            secrets[name] = `<secret ${name}>`;
        else {
            const found = await (0,lookup/* lookupSecret */.b)(name, opts.secrets);
            if (!found.ok)
                throw invalid(`secret ${name} ${found.reason}`);
            secrets[name] = found.value;
        }
    }
    if (opts.secrets)
        opts.onSecrets?.(Object.values(secrets));
    if (opts.render === false)
        return { file: opts.envFile, instance, secrets, files: [], templates: {} };
    // The template engine loads only here: a rollback, which renders nothing, starts without it.
    const { renderInstanceFiles, templateNames } = await Promise.all(/* import() */[__webpack_require__.e(694), __webpack_require__.e(985)]).then(__webpack_require__.bind(__webpack_require__, 47985));
    const dir = (0,external_node_path_.resolve)(opts.templatesDir ?? 'templates');
    const presets = await (0,load/* loadPresets */.V)(dir, [instance.app.name]);
    const broken = presets.broken.get(instance.app.name);
    if (broken)
        throw invalid(broken);
    const preset = presets.presets.get(instance.app.name);
    const templates = {};
    for (const name of templateNames(instance, preset)) {
        try {
            templates[name] = await (0,promises_.readFile)((0,external_node_path_.join)(dir, name), 'utf8');
        }
        catch {
            throw invalid(`template ${name} is missing from ${dir}`, `Add it, or check app.name (${instance.app.name}) and the instance's templates`);
        }
    }
    // The flow is checked before rendering, so its errors are not reported as a rendering failure.
    const smoke = instance.smoke === false ? undefined : (instance.smoke ?? preset?.smoke);
    const problem = smoke ? (0,smoke_words/* checkSmokeVariables */.D5)(smoke) : undefined;
    if (problem)
        throw invalid(`the smoke flow of ` +
            `${instance.id}${instance.smoke ? '' : ` (templates/${instance.app.name}/preset.yaml)`}: ${problem}`);
    if (!smoke && instance.health.after_flip?.some((c) => c.type === 'cookies')) {
        throw invalid(`${instance.id}: health.after_flip has { type: cookies }, which replays the smoke flow, and the ` +
            `instance has none`, 'Give the instance a smoke flow that logs in (so the app sets its cookies), or remove the cookies check');
    }
    try {
        return {
            file: opts.envFile,
            instance,
            secrets,
            files: renderInstanceFiles({ instance, secrets, templates, preset }),
            templates,
            ...(preset ? { preset } : {}),
            ...(smoke ? { smoke } : {}),
        };
    }
    catch (err) {
        throw invalid(`rendering ${instance.id} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
}
/** The release archive on the runner, checked against the sha256 the environment pins, and what it declares. */
async function loadRelease(instance) {
    const r = instance.app.release;
    // The host downloads it and checks the pinned sha256 before unpacking (host/release.ts): nothing to read here.
    if (r.source === 'url' && r.url && r.sha256)
        return {
            version: r.version,
            sha256: r.sha256,
            bytes: Buffer.alloc(0),
            url: r.url,
            format: (0,release/* archiveFormat */.MG)(r.url),
            breaking: false,
        };
    if (r.source !== 'upload' || !r.path || !r.sha256) {
        throw invalid(`release source "${r.source}" is not supported by this version of slotflip yet`, 'Use source: upload with path and sha256, or source: url with url and sha256');
    }
    let bytes;
    try {
        bytes = await (0,promises_.readFile)((0,external_node_path_.resolve)(r.path));
    }
    catch {
        throw invalid(`release archive ${r.path} does not exist on this machine`, 'Build it first, or fix app.release.path (relative to the repository)');
    }
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (sha256 !== r.sha256)
        throw invalid(`release archive ${r.path} has sha256 ${sha256}, but the environment pins ${r.sha256}`, 'Rebuild it, or update app.release.sha256 if this archive is the one you meant');
    const format = (0,release/* archiveFormat */.MG)(r.path);
    // A release says it breaks the running one in its release.json (an app may ship without one).
    const meta = format === 'zip' ? { code: 1, stdout: '' } : await (0,local/* execLocal */.f4)(['tar', '-xzOf', (0,external_node_path_.resolve)(r.path), './release.json']);
    let breaking = false;
    if (meta.code === 0) {
        try {
            breaking = JSON.parse(meta.stdout).breaking === true;
        }
        catch {
            throw invalid(`release.json in ${r.path} is not valid JSON`);
        }
    }
    return { version: r.version, sha256, bytes, format, breaking };
}


/***/ }),

/***/ 28493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F$: () => (/* binding */ newRunId),
  eC: () => (/* binding */ owner),
  vP: () => (/* binding */ readHostWhenFree),
  m1: () => (/* binding */ releaseTakenLock)
});

// UNUSED EXPORTS: readHost, readState

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/shell/layout.ts
var shell_layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/host/lock.ts
var host_lock = __webpack_require__(62703);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/host/slot-units.ts
var slot_units = __webpack_require__(91886);
// EXTERNAL MODULE: ./src/host/watch.ts
var watch = __webpack_require__(48949);
// EXTERNAL MODULE: ./src/shell/builtins.ts
var builtins = __webpack_require__(6012);
;// CONCATENATED MODULE: ./src/host/probe.ts






// What a run reads before it plans, in one round trip: the recorded state, and the facts that can disagree with it
// after a run was killed (where nginx really sends traffic, what each slot points at, the maintenance flag, the lock,
// the journal's tail). The fingerprint covers what a plan depends on; the lock step compares it again (host/lock.ts).
/**
 * Bash: where nginx sends a component's traffic, printed: the flip's symlink (unix sockets) or its upstream include
 * (TCP), the file read by a builtin.
 */
function routeCommand(inst, component, listen) {
    return listen === 'unix'
        ? `readlink ${(0,quote/* quote */.hD)((0,shell_layout/* layout */.Zp)(inst.id).currentSocket(component))}`
        : catCommand((0,shell_layout/* layout */.Zp)(inst.id).upstreamFile(component));
}
/** Bash: prints a file whole, by builtins; fails when there is no such file. */
function catCommand(path) {
    return `{ ${(0,builtins/* readFileInto */.RG)('sf_f', path)} && printf '%s' "$sf_f"; }`;
}
/**
 * A shell command printing the fingerprint of everything a deploy plan is built from (sha256sum's line). The probe
 * prints it and the lock step compares it again, both made by the same release of slotflip.
 */
function fingerprintCommand(inst) {
    const l = (0,shell_layout/* layout */.Zp)(inst.id);
    const routes = Object.entries(inst.app.components).map(([name, c]) => routeCommand(inst, name, c?.listen.type));
    return (`{ ${catCommand(l.state)}; ${routes.join('; ')}; if [ -e ${(0,quote/* quote */.hD)(l.maintenanceFlag)} ]; then ` +
        `echo maintenance; fi; } 2>/dev/null | sha256sum`);
}
function probeScript(inst) {
    const l = (0,shell_layout/* layout */.Zp)(inst.id);
    const [name, first] = Object.entries(inst.app.components)[0] ?? [];
    const route = name && first ? routeCommand(inst, name, first.listen.type) : 'true';
    const components = Object.keys(inst.app.components);
    return [
        `printf '\\n@state\\n'; ${catCommand(l.state)} 2>/dev/null || echo null`,
        `printf '\\n@routed\\n'; ${route} 2>/dev/null || true`,
        ...shell_layout/* SLOTS */._f.map((s) => `printf '\\n@slot-${s}\\n'; readlink ${(0,quote/* quote */.hD)(l.slotLink(s))} 2>/dev/null || true`),
        // One systemctl for every unit (it costs 14 ms a call in a container): each slot's units, then the watch's, one
        // state a line.
        `printf '\\n@units\\n'; systemctl is-active ${shell_layout/* SLOTS */._f.map((s) => (0,slot_units/* slotUnits */.A1)(inst.id, s, components)).join(' ')} ` +
            `${(0,quote/* quote */.hD)((0,watch/* watchUnit */.ev)(inst.id))} 2>/dev/null || true`,
        `printf '\\n@maintenance\\n'; [ -e ${(0,quote/* quote */.hD)(l.maintenanceFlag)} ] && echo on || true`,
        // sessionGone reads the owner file's line into $sf_owner.
        `${(0,host_lock/* sessionGone */.EL)((0,quote/* quote */.hD)(l.lock))}`,
        `printf '\\n@lock\\n'; [ -z "$sf_owner" ] || printf '%s\\n' "$sf_owner"`,
        `printf '\\n@lock-session\\n'; [ -z "$gone" ] || echo gone`,
        `printf '\\n@watch\\n'; { ${(0,builtins/* readFileInto */.RG)('w', `${l.root}/watch.json`)}; } 2>/dev/null; ` +
            `sf_re='^\\{"run":"([^"]*)"'; [[ ! $w =~ $sf_re ]] || ` +
            `[ -e ${(0,quote/* quote */.hD)(`${l.root}/watch`)}/"\${BASH_REMATCH[1]}"/reported ] || printf '%s\\n' "$w"`,
        `printf '\\n@journal\\n'; tail -n 200 ${(0,quote/* quote */.hD)(l.journal)} 2>/dev/null || true`,
        // A read that took the lock (session/run-context.ts sets sf_took) plans under it: no guard to compare later.
        `printf '\\n@fingerprint\\n'; [ -n "\${sf_took:-}" ] || ${fingerprintCommand(inst)}`,
        `printf '\\n@now\\n'; echo "${builtins/* NOW_SECONDS */.Rg}"`,
    ].join('\n');
}

// EXTERNAL MODULE: ./src/shell/state.ts
var shell_state = __webpack_require__(55547);
// EXTERNAL MODULE: ./src/facts/sections.ts
var sections = __webpack_require__(50523);
;// CONCATENATED MODULE: ./src/facts/probe.ts



/** Reads the probe's output. Pure, so every disagreement it can report is tested without a host. */
function parseProbe(inst, stdout) {
    const { body } = (0,sections/* readSections */.j)(stdout);
    const state = (0,shell_state/* parseState */.Bu)(body('state') || 'null', inst.id);
    const [, first] = Object.entries(inst.app.components)[0] ?? [];
    const routedText = body('routed');
    let routed = null;
    if (first?.listen.type === 'unix')
        routed = shell_layout/* SLOTS */._f.find((s) => routedText.endsWith(`/${s}/app.sock`)) ?? null;
    else if (first?.listen.type === 'tcp')
        routed = shell_layout/* SLOTS */._f.find((s) => routedText.includes(`:${first.listen[s]};`)) ?? null;
    const slotRelease = {};
    for (const s of shell_layout/* SLOTS */._f) {
        const target = body(`slot-${s}`);
        if (target)
            slotRelease[s] = target.replace(/^.*\//, '');
    }
    let lock = null;
    try {
        const raw = JSON.parse(body('lock') || 'null');
        if (raw?.run)
            lock = {
                run: raw.run,
                owner: raw.owner ?? '',
                expires: Number(raw.expires ?? 0),
                ...(body('lock-session') === 'gone' ? { sessionGone: true } : {}),
            };
    }
    catch {
        lock = { run: '?', owner: body('lock'), expires: 0 };
    }
    const journal = [];
    for (const line of body('journal').split('\n')) {
        try {
            const e = JSON.parse(line);
            if (e.run && (e.event === 'start' || e.event === 'end'))
                journal.push(e);
        }
        catch {
            // a line cut by a full disk or a kill mid-write: the lines around it still count
        }
    }
    // In the order the script asks: blue's units, green's, then the watch. A slot runs when every unit of it is active.
    const states = body('units')
        .split('\n')
        .map((x) => x.trim());
    const n = Object.keys(inst.app.components).length;
    const allActive = (from) => n > 0 && states.slice(from, from + n).every((x) => x === 'active');
    const slotRunning = { blue: allActive(0), green: allActive(n) };
    let unreportedWatch;
    try {
        const w = JSON.parse(body('watch') || 'null');
        if (w?.run)
            unreportedWatch = { run: w.run, release: w.release, state: w.state, reason: w.reason ?? '' };
    }
    catch {
        // a watch file cut mid-write says nothing
    }
    return {
        state,
        routed,
        slotRelease,
        slotRunning,
        maintenance: body('maintenance') === 'on',
        lock,
        journal,
        watching: states[2 * n] === 'active',
        ...(unreportedWatch ? { unreportedWatch } : {}),
        fingerprint: body('fingerprint'),
        now: Number(body('now')),
    };
}

// EXTERNAL MODULE: ./src/host/release.ts
var host_release = __webpack_require__(97043);
;// CONCATENATED MODULE: ./src/facts/recover.ts

/**
 * The last run in the journal that acted on the host (runs refused at the lock are skipped: they did nothing), when
 * it neither finished (its unlock ended) nor is still alive (it holds an unexpired lease).
 */
function interruptedRun(journal, lock, now, watching = false) {
    const runs = [...new Set(journal.map((e) => e.run))].reverse();
    for (const run of runs) {
        const own = journal.filter((e) => e.run === run);
        const tail = own.at(-1);
        const step = tail.step ?? tail.undo ?? '?';
        if (own.every((e) => e.step === 'lock') && tail.event === 'end' && tail.code !== 0)
            continue;
        // Alive (or the host watches its flip): the lock step waits for it.
        if (lock && lock.run === run && ((lock.expires >= now && !lock.sessionGone) || watching))
            return undefined;
        // Finished: its lock was released (by the run, or by the host's watch after the run's own last step).
        if (own.some((e) => e.step === 'unlock' && e.event === 'end'))
            return undefined;
        return { run, step, running: tail.event === 'start', at: tail.at };
    }
    return undefined;
}
function recover(probe) {
    const notes = [];
    let state = probe.state;
    const interrupted = interruptedRun(probe.journal, probe.lock, probe.now, probe.watching);
    if (interrupted) {
        const when = new Date(interrupted.at * 1000).toISOString();
        notes.push(`run ${interrupted.run} stopped ${interrupted.running ? 'during' : 'after'} its ${interrupted.step} ` +
            `step at ${when} without finishing; this run completes or replaces what it left`);
    }
    const w = probe.unreportedWatch;
    if (w) {
        const did = w.state === 'passed'
            ? 'it passed its observe window and the host finished the deploy'
            : w.state === 'flipped-back'
                ? `the host flipped it back and held it (${w.reason})`
                : `the watch is ${w.state}`;
        notes.push(`run ${w.run} ended before it could report its flip to release ${w.release}: ${did}`);
    }
    const routed = probe.routed;
    if (routed && routed !== state.active) {
        const release = probe.slotRelease[routed] ?? 'unknown';
        const flippedAt = probe.journal.filter((e) => e.step === 'flip' && e.event === 'end' && e.code === 0).at(-1)?.at;
        state = {
            ...state,
            active: routed,
            slots: {
                ...state.slots,
                [routed]: {
                    release,
                    version: (0,host_release/* versionOf */.E4)(release),
                    since: flippedAt ? new Date(flippedAt * 1000).toISOString() : new Date(probe.now * 1000).toISOString(),
                },
            },
            releases: state.releases.includes(release) ? state.releases : [...state.releases, release],
        };
        notes.push(`nginx routes to the ${routed} slot (release ${release}), but state.json recorded ` +
            `${probe.state.active ?? 'no live slot'}: the ${routed} slot is taken as live`);
    }
    const adopted = routed !== null && routed !== probe.state.active;
    const converge = interrupted
        ? `run ${interrupted.run} did not finish`
        : adopted
            ? 'state.json did not record the last flip'
            : probe.maintenance
                ? 'the maintenance page is on'
                : undefined;
    if (probe.maintenance)
        notes.push("the maintenance page is on (a breaking migration's deploy did not finish): it stays on until a " +
            'deploy flips to a release that passes its health gate');
    return { state, notes, interrupted, converge };
}

;// CONCATENATED MODULE: ./src/session/run-context.ts










// What every command that changes a host needs: a run id, who runs it, and what the host's state is.
function newRunId(now = new Date()) {
    return `${now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')}-${(0,external_node_crypto_.randomBytes)(2).toString('hex')}`;
}
function owner() {
    const e = process.env;
    if (e.GITHUB_RUN_ID && e.GITHUB_REPOSITORY)
        return `${e.GITHUB_SERVER_URL ?? 'https://github.com'}/${e.GITHUB_REPOSITORY}/actions/runs/${e.GITHUB_RUN_ID}`;
    return `${(0,external_node_os_.userInfo)().username}@${(0,external_node_os_.hostname)()}`;
}
const readFailed = (stderr) => new errors/* SlotflipError */.u0('connect', `reading the host's state failed: ${stderr.trim()}`, 'Check the target', exit_codes/* ExitCode */.y.connection);
async function readState(transport, instance) {
    const r = await transport.script(`cat ${layout(instance).state} 2>/dev/null || echo null`);
    if (r.code !== 0)
        throw readFailed(r.stderr);
    return parseState(r.stdout, instance);
}
/**
 * The state a plan is built from: what state.json says, reconciled with what a killed run left (host/recover.ts).
 * With `take`, the same round trip takes the lock when it is free (`lockTaken`): the state was then read under it.
 */
async function readHost(transport, inst, take) {
    const lock = take ? `${(0,host_lock/* tryLock */.bh)((0,shell_layout/* layout */.Zp)(inst.id), { ...take, leaseSeconds: host_lock/* LEASE_SECONDS */.Vb })}\n` : '';
    const took = take ? `\nprintf '\\n@took\\n'; [ -z "$sf_took" ] || echo yes` : '';
    const r = await transport.script(`${lock}${probeScript(inst)}${took}`, { timeoutMs: 30_000 });
    let probe;
    try {
        if (r.code !== 0)
            throw readFailed(r.stderr);
        probe = parseProbe(inst, r.stdout);
    }
    catch (err) {
        if (take)
            await releaseTakenLock(transport, inst, take.run).catch(() => undefined);
        if (err instanceof errors/* SlotflipError */.u0)
            throw err;
        throw new errors/* SlotflipError */.u0('connect', `${(0,shell_layout/* layout */.Zp)(inst.id).state} on ${transport.label} is unreadable: ` +
            `${err instanceof Error ? err.message : String(err)}`, 'Restore it from the history in the journal, or move it aside to start over', exit_codes/* ExitCode */.y.connection);
    }
    const lockTaken = !!take && /\n@took\nyes\s*$/.test(r.stdout);
    // The lock the probe saw is this run's own: no other run holds it.
    if (lockTaken)
        probe = { ...probe, lock: null };
    return {
        probe,
        recovery: recover(probe),
        guard: { fingerprint: fingerprintCommand(inst), expect: probe.fingerprint },
        lockTaken,
    };
}
/** Gives back a lock taken with the host read when the run ends before its plan runs (refused, nothing to do). */
async function releaseTakenLock(transport, inst, run) {
    await transport.script((0,host_lock/* releaseLock */.x_)((0,shell_layout/* layout */.Zp)(inst.id).lock, run).text, { timeoutMs: 30_000 });
}
/**
 * Plans are made from a host no other live run is changing: wait (up to --lock-wait) while another run holds the lock.
 */
async function readHostWhenFree(transport, inst, waitUntil, waiting, take) {
    let said = '';
    for (;;) {
        const host = await readHost(transport, inst, take);
        if (host.lockTaken)
            return host;
        const lock = host.probe.lock;
        const watched = !!lock && host.probe.watching;
        if (!lock || ((lock.expires < host.probe.now || lock.sessionGone) && !watched) || Date.now() >= waitUntil)
            return host;
        if (said !== lock.run)
            waiting(watched
                ? `the host observes the flip of run ${lock.run} (${lock.owner}); it finishes the deploy or flips ` +
                    `back, then frees the lock`
                : `${lock.owner} (run ${lock.run}; its lease is renewed while it lives)`);
        said = lock.run;
        await new Promise((r) => setTimeout(r, 2000));
    }
}


/***/ }),

/***/ 87731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor)
/* harmony export */ });
/* unused harmony exports notRunSummary, planRunResult */
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91084);

/** The exit code an outcome means (documented in the README). */
function exitCodeFor(outcome) {
    if (outcome.kind === 'completed')
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.ok;
    if (outcome.kind === 'locked' || outcome.kind === 'stale')
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.locked;
    if (outcome.disconnected)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.connection;
    if (!outcome.undone || outcome.pastNoReturn)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.rollbackFailed;
    if (outcome.step.phase === 'gate' && !outcome.cancelled)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.healthGateRolledBack;
    if (outcome.step.id === 'db-check' && outcome.code === _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.restoreUnsafe)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.restoreUnsafe;
    if (outcome.step.id === 'preflight' && !outcome.cancelled)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.preflight;
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.rolledBackAfterFailure;
}
/** The summary of an outcome that never got to run the plan's steps (a held lock, a host that changed meanwhile). */
function notRunSummary(outcome, mask) {
    if (outcome.kind === 'locked')
        return `locked by ${mask(outcome.holder)}`;
    if (outcome.kind === 'stale')
        return 'the host changed while this run waited for the lock; run it again';
    return undefined;
}
/** A verb's answer once its plan ran: the outcome's exit code, the release and the slot it leaves serving. */
function planRunResult(plan, outcome, summary, planText) {
    return { exitCode: exitCodeFor(outcome), summary, outcome, planText, release: plan.release.id, slot: plan.to };
}


/***/ }),

/***/ 6012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ readFileInto),
/* harmony export */   Rg: () => (/* binding */ NOW_SECONDS),
/* harmony export */   _F: () => (/* binding */ nowRealtime),
/* harmony export */   ul: () => (/* binding */ procState)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

// Bash's own clocks and file reads, for scripts run on the host: each process started there costs milliseconds in a
// container, and these run in every step (bash 5; date(1) where the clocks are missing).
/** Bash: the current Unix time in whole seconds. */
const NOW_SECONDS = '${EPOCHSECONDS:-$(date +%s)}';
/** Bash: the current Unix time with microseconds in `$name`, with a point whatever the locale's decimal mark. */
const nowRealtime = (name) => `${name}=\${EPOCHREALTIME:-$(date +%s.%6N)}; ${name}=\${${name}/,/.}`;
/**
 * Bash: the file at `path` whole in `$name` ('' when there is none); fails when there is no such file. Text only: a
 * NUL byte would end it early.
 */
const readFileInto = (name, path) => `${name}=''; [ -f ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(path)} ] && { IFS= read -r -d '' ${name} < ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(path)} || true; }`;
/**
 * Bash: the state letter of process `pid` (R, S, D, T, …, from /proc/<pid>/stat) in `$name`; '' when it cannot be
 * read. The command name in the file may hold spaces and parentheses: the state follows its last ") ".
 */
const procState = (name, pid) => `${name}=''; { read -r ${name} < "/proc/${pid}/stat"; } 2>/dev/null || true; ` +
    `${name}=\${${name}##*) }; ${name}=\${${name}%% *}`;


/***/ }),

/***/ 50418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zp: () => (/* binding */ layout),
/* harmony export */   _f: () => (/* binding */ SLOTS),
/* harmony export */   jx: () => (/* binding */ otherSlot)
/* harmony export */ });
const SLOTS = ['blue', 'green'];
const otherSlot = (s) => (s === 'blue' ? 'green' : 'blue');
function layout(instance) {
    const root = `/opt/slotflip/${instance}`;
    const run = `/run/slotflip/${instance}`;
    const lib = `/var/lib/slotflip/${instance}`;
    return {
        root,
        releases: `${root}/releases`,
        release: (id) => `${root}/releases/${id}`,
        slotLink: (slot) => `${root}/slots/${slot}`,
        shared: `${root}/shared`,
        appEnv: `${root}/shared/app.env`,
        slotEnv: (slot) => `${root}/shared/slot-${slot}.env`,
        pgpass: `${root}/shared/pgpass`,
        backups: `${root}/backups`,
        /** The frontend's hashed files by URL path (nginx's root for nginx.assets), and one list of them per release. */
        assets: `${root}/assets/files`,
        assetLists: `${root}/assets/releases`,
        state: `${root}/state.json`,
        journal: `${root}/journal.jsonl`,
        lock: `${root}/lock`,
        /** systemd deletes a unit's RuntimeDirectory when it stops: one per component and slot, never shared. */
        runtimeDirectory: (component, slot) => `slotflip/${instance}/${component}/${slot}`,
        socket: (component, slot) => `${run}/${component}/${slot}/app.sock`,
        /** The persistent symlink nginx proxies to; the flip replaces it atomically, no reload. */
        currentSocket: (component) => `${lib}/${component}.sock`,
        /** TCP components: the upstream include nginx reads; the flip rewrites it and reloads. */
        upstreamFile: (component) => `/etc/nginx/slotflip/${instance}-${component}.upstream`,
        socketDir: lib,
        unit: (component) => `slotflip-${instance}-${component}@`,
        /** The timer that ends the drain of a slot traffic has left (a rollback or a new start of the slot cancels it). */
        drainEndUnit: (slot) => `slotflip-${instance}-drained-${slot}`,
        /** The timer unit that stops a slot once its keep-warm window has passed (host/slot-units.ts). */
        retireUnit: (slot) => `slotflip-${instance}-retire-${slot}`,
        unitFile: (component) => `/etc/systemd/system/slotflip-${instance}-${component}@.service`,
        site: `/etc/nginx/sites-available/slotflip-${instance}.conf`,
        siteLink: `/etc/nginx/sites-enabled/slotflip-${instance}.conf`,
        accessLog: `/var/log/nginx/slotflip-${instance}.access.log`,
        maintenanceFlag: `${lib}/maintenance`,
    };
}


/***/ }),

/***/ 61250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ textWord),
/* harmony export */   Re: () => (/* binding */ writeFileScript),
/* harmony export */   ay: () => (/* binding */ commandLine),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   v6: () => (/* binding */ retryUntil)
/* harmony export */ });
/* unused harmony export quoteSql */
// The one place where values become shell words. Everything that builds a script quotes through here.
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Quotes one word for bash: safe words stay readable, everything else goes in single quotes. */
function quote(word) {
    const s = String(word);
    if (s !== '' && SAFE.test(s))
        return s;
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
/** An argv as one bash command line. */
function commandLine(argv) {
    return argv.map(quote).join(' ');
}
/**
 * A script that writes `content` to `path` byte for byte: into a new temporary file beside it, put in place by a
 * rename. Text is one single-quoted word that bash's own printf writes, so no process starts for it (a fork and exec
 * costs 5 ms or more in a container, and a deploy writes ten files); content a bash word cannot hold (a NUL byte, bytes
 * that are not UTF-8) goes through a base64 here-document.
 */
function writeFileScript(path, content, mode = '0644', owner) {
    const dir = quote(path.replace(/\/[^/]+$/, '') || '/');
    const word = textWord(content);
    const b64 = Buffer.from(content).toString('base64');
    const fill = word !== undefined
        ? [`printf '%s' ${word} > "$tmp"`]
        : [`base64 -d > "$tmp" <<'SLOTFLIP_EOF'`, ...(b64.match(/.{1,76}/g) ?? ['']), 'SLOTFLIP_EOF'];
    const lines = [
        `[ -d ${dir} ] || install -d -m 0755 ${dir}`,
        // A name of this shell's own, created new as mktemp would (noclobber refuses a file already there), 0600 until the
        // chmod below since it may hold a secret. The umask is put back for the ops after it.
        `tmp=${quote(`${path}.tmp-`)}"$$-\${SRANDOM:-$RANDOM}"`,
        'set -C; sf_umask=$(umask); umask 077',
        ...fill,
        'set +C; umask "$sf_umask"',
        `chmod ${quote(mode)} "$tmp"`,
        ...(owner ? [`chown ${quote(owner)} "$tmp"`] : []),
        `mv -f "$tmp" ${quote(path)}`,
    ];
    return lines.join('\n');
}
/**
 * File content as one quoted bash word, or undefined when no word can hold it: a NUL byte, or bytes that are not UTF-8.
 */
function textWord(content) {
    let text;
    try {
        text = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true }).decode(content);
    }
    catch {
        return undefined;
    }
    return text.includes('\0') ? undefined : quote(text);
}
/** A SQL string literal (standard_conforming_strings: only the quote doubles). */
function quoteSql(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
/**
 * Retries a condition, then goes on with the step or fails it. Never `exit 0` inside an op: a step runs its ops as
 * one script, so an early `exit 0` would silently skip every op after it.
 */
function retryUntil(condition, tries, pause, failure, success) {
    // `i` is the try that succeeded: a success message may name it ("confirmed after $i tries").
    return `ok=''
for ((i = 1; i <= ${tries}; i++)); do
  if ${condition}; then ok=$i; ${success ? `echo ${success}; ` : ''}break; fi
  sleep ${pause}
done
[ -n "$ok" ] || { echo ${quote(failure)} >&2; exit 1; }`;
}


/***/ }),

/***/ 69183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H$: () => (/* binding */ SHA256_FILTER),
/* harmony export */   pd: () => (/* binding */ sha256Matches),
/* harmony export */   yM: () => (/* binding */ sha256Into)
/* harmony export */ });
// sha256 of what may be large on the host: dumps, archives, release archives, uploads. coreutils' sha256sum (9.1 in
// Debian 12) hashes in software, about 260 MB/s on a current server core; OpenSSL uses the CPU's SHA extensions where
// it has them, about 1.1 GB/s on the same core (a 619 MB dump: 2.3 CPU seconds against 0.5, beside the restore
// itself). OpenSSL starts in about 4 ms against 1 ms, so small files keep sha256sum. A host without OpenSSL (Proxmox
// and Debian's ca-certificates bring it) uses sha256sum.
/** Bash: a filter printing the sha256 of its input, the hex digest first (`<hex> *stdin`, or `<hex>  -`). */
const SHA256_FILTER = '{ if command -v openssl > /dev/null; then openssl dgst -sha256 -r; else sha256sum; fi; }';
/**
 * Bash statements: the hex sha256 of `file` (a bash word: quoted, or a variable) in `$name`. Two statements, so that
 * under `set -e` a file that cannot be read ends the script rather than leaving `$name` empty.
 */
const sha256Into = (name, file) => `${name}=$(${SHA256_FILTER} < ${file}); ${name}=\${${name}%% *}`;
/** Bash: a condition, true when `file` (a bash word) has the sha256 `expected` (a bash word); false if unreadable. */
const sha256Matches = (file, expected) => `{ sf_sha=$(${SHA256_FILTER} < ${file}) && [ "\${sf_sha%% *}" = ${expected} ]; }`;


/***/ }),

/***/ 55547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ withHistory),
/* harmony export */   Bu: () => (/* binding */ parseState)
/* harmony export */ });
/* unused harmony exports HISTORY_LIMIT, emptyState */
const HISTORY_LIMIT = 50;
function emptyState(instance) {
    return { format: 1, instance, active: null, slots: {}, releases: [], hold: null, history: [] };
}
/** Reads state.json as the host has it; anything else is an error naming the file, never a guess. */
function parseState(text, instance) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === 'null')
        return emptyState(instance);
    const raw = JSON.parse(trimmed);
    if (raw.format !== 1)
        throw new Error(`state.json has format ${String(raw.format)}; this slotflip reads format 1`);
    return { ...emptyState(instance), ...raw };
}
function withHistory(state, entry) {
    return { ...state, history: [...state.history, entry].slice(-HISTORY_LIMIT) };
}


/***/ }),

/***/ 34861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ connectTarget)
});

// UNUSED EXPORTS: connectContainer, connectNode, nodeName, pctExec

// EXTERNAL MODULE: ./src/transport/local.ts
var local = __webpack_require__(2042);
// EXTERNAL MODULE: ./node_modules/node-ssh/lib/esm/index.mjs + 2 modules
var esm = __webpack_require__(19487);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/shell/fingerprint.ts

/** OpenSSH's fingerprint of a host key blob: what `ssh-keygen -lf` prints (SHA256:, base64 without padding). */
function fingerprint(keyBlob) {
    return `SHA256:${(0,external_node_crypto_.createHash)('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}

;// CONCATENATED MODULE: ./src/transport/ssh-runner.ts

// Every SSH exec is a new session on the host, and sshd sets each one up (PAM, a logind session): measured about
// 130 ms for `true` in the lab, more than most steps take. A runner is one long-lived session that runs scripts one
// after another: each arrives framed on stdin (`SF <token> <length>` then the script), runs as its own `bash -s`
// (stdin is only its script; `$$` is its own, so cancelling by pid works as before), with its stdout and stderr
// captured in a private directory, and comes back framed (`SF-DONE <token> <code> <stdout bytes> <stderr bytes>`).
// The loop itself is a constant: no script and no secret is ever in an argv.
// SLOTFLIP_RUNNER: this session's pid, for the lock (host/lock.ts): it lives as long as the connection and its step.
// Each process started costs 3-5 ms in a container, so the loop starts three a step (bash, stat, cat): bash's `read`
// takes the script (its -N counts bytes under LC_ALL=C) and one stat measures both outputs. Scripts are text (a NUL
// byte, which no bash word holds, never reaches one). A here-string longer than a pipe holds goes into a file, so
// TMPDIR points at the private directory while it is made; both variables are as they were when the script starts.
const LOOP = `export SLOTFLIP_RUNNER=$$
d=$(mktemp -d /run/slotflip-runner.XXXXXX 2>/dev/null || mktemp -d) || exit 90
trap 'rm -rf "$d"' EXIT
sf_lc=\${LC_ALL-} sf_lc_set=\${LC_ALL+1} sf_tmp=\${TMPDIR-} sf_tmp_set=\${TMPDIR+1}
sf_env() {
  if [ -n "$sf_lc_set" ]; then LC_ALL=$sf_lc; else unset LC_ALL; fi
  if [ -n "$sf_tmp_set" ]; then TMPDIR=$sf_tmp; else unset TMPDIR; fi
}
while IFS=' ' read -r tag tok len; do
  [ "$tag" = SF ] || exit 91
  LC_ALL=C TMPDIR=$d
  IFS= read -r -N "$len" s
  [ \${#s} -eq "$len" ] || exit 92
  { sf_env; bash -s > "$d/o" 2> "$d/e"; } <<< "$s"
  rc=$?
  sizes=$(stat -c %s "$d/o" "$d/e")
  printf 'SF-DONE %s %s %s\\n' "$tok" "$rc" "\${sizes//$'\\n'/ }"
  cat "$d/o" "$d/e"
done`;
const RUNNER_COMMAND = `bash -c '${LOOP.replace(/'/g, `'\\''`)}'`;
/** What a run gets when the runner's session closes before answering (the connection broke, or sshd ended it). */
const CLOSED = 'the runner session closed';
class SshRunner {
    channel;
    busy = false;
    dead = false;
    buf = Buffer.alloc(0);
    waiting;
    constructor(channel) {
        this.channel = channel;
        channel.on('data', (chunk) => {
            this.buf = Buffer.concat([this.buf, chunk]);
            this.drain();
        });
        channel.on('close', () => this.fail(CLOSED));
        channel.stderr.on('data', () => undefined); // the loop's own complaints; scripts' stderr comes framed
    }
    static open(client) {
        return new Promise((resolve, reject) => client.exec(RUNNER_COMMAND, (err, channel) => (err ? reject(err) : resolve(new SshRunner(channel)))));
    }
    run(script, timeoutMs) {
        this.busy = true;
        const token = (0,external_node_crypto_.randomBytes)(8).toString('hex');
        const body = Buffer.from(script, 'utf8');
        return new Promise((resolve) => {
            let timer;
            this.waiting = {
                token,
                resolve: (r) => {
                    clearTimeout(timer);
                    this.busy = false;
                    this.waiting = undefined;
                    resolve(r);
                },
            };
            if (timeoutMs) {
                // Abandoned, like an exec that timed out: the script may still run on the host, so this runner is done.
                timer = setTimeout(() => {
                    this.close();
                    this.waiting?.resolve({ code: 124, stdout: '', stderr: `timed out after ${timeoutMs} ms` });
                }, timeoutMs);
            }
            this.channel.write(Buffer.concat([Buffer.from(`SF ${token} ${body.length}\n`), body]));
        });
    }
    close() {
        this.dead = true;
        this.channel.close();
    }
    drain() {
        const nl = this.buf.indexOf(10);
        if (nl < 0 || !this.waiting)
            return;
        const m = /^SF-DONE (\w+) (\d+) (\d+) (\d+)$/.exec(this.buf.subarray(0, nl).toString('utf8'));
        if (!m || m[1] !== this.waiting.token)
            return this.fail('the runner answered out of turn');
        const [code, outLen, errLen] = [Number(m[2]), Number(m[3]), Number(m[4])];
        if (this.buf.length < nl + 1 + outLen + errLen)
            return;
        const out = this.buf.subarray(nl + 1, nl + 1 + outLen).toString('utf8');
        const err = this.buf.subarray(nl + 1 + outLen, nl + 1 + outLen + errLen).toString('utf8');
        this.buf = this.buf.subarray(nl + 1 + outLen + errLen);
        this.waiting.resolve({ code, stdout: out, stderr: err });
    }
    fail(why) {
        this.dead = true;
        this.waiting?.resolve({ code: 255, stdout: '', stderr: why });
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/transport/ssh-connect.ts


/**
 * The TCP connection under SSH, with Nagle's algorithm off. ssh2 leaves it on, and an SSH message written in two parts
 * then waits for the far side's delayed acknowledgement (40 ms on Linux) at every exchange: measured on the lab, the
 * handshake took 230 ms with it and 80 ms without, and each script's round trip 85 ms and 45 ms.
 */
function openSocket(host, port, timeoutMs) {
    return new Promise((resolve, reject) => {
        const sock = new external_node_net_.Socket();
        sock.setNoDelay(true);
        const fail = (err) => {
            clearTimeout(timer);
            sock.destroy();
            reject(err);
        };
        const timer = setTimeout(() => fail(new Error('Timed out while waiting for handshake')), timeoutMs);
        sock.once('error', fail);
        sock.connect({ host, port }, () => {
            clearTimeout(timer);
            sock.removeListener('error', fail);
            // Until ssh2 listens (node-ssh awaits before it hands the socket over), an error must not end the process;
            // ssh2 then meets a closed socket and reports it as its own.
            sock.on('error', () => undefined);
            resolve(sock);
        });
    });
}
/** A failed connection as the operator's problem: a host key, the deploy key, the address, or the time it took. */
function classify(err, t, presented) {
    const msg = err instanceof Error ? err.message : String(err);
    const where = `${t.user}@${t.host}:${t.port}`;
    if (presented && t.hostKeys.length === 0) {
        return new errors/* ConnectionError */.Rc(`${where} presented host key ${presented}, and this environment pins none (target.host_keys)`, 'Read the key where it cannot be forged: `slotflip provision --env FILE` prints it from inside the ' +
            ('container (or run `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on its console), then pin it in ' +
                'target.host_keys'), 'host-key');
    }
    if (presented && !t.hostKeys.includes(presented)) {
        return new errors/* ConnectionError */.Rc(`${where} presented host key ${presented}, which is not pinned (pinned: ${t.hostKeys.join(', ')})`, 'If the host was rebuilt on purpose, confirm the new key with `ssh-keygen -lf ' +
            ('/etc/ssh/ssh_host_ed25519_key.pub` on its console and update target.host_keys; otherwise someone may be ' +
                'intercepting the connection'), 'host-key');
    }
    if (/authentication methods failed|All configured authentication/i.test(msg)) {
        return new errors/* ConnectionError */.Rc(`${where} refused the SSH key`, `Add the deploy key's public half to ~${t.user}/.ssh/authorized_keys on the target`, 'auth');
    }
    if (/ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|Connection lost before handshake/.test(msg)) {
        return new errors/* ConnectionError */.Rc(`${where} is unreachable (${msg})`, 'Check that the container is running and sshd listens on that port', 'unreachable');
    }
    if (/Timed out/i.test(msg))
        return new errors/* ConnectionError */.Rc(`${where} did not answer the SSH handshake in time`, 'Check the address, the firewall and that sshd is running', 'timeout');
    return new errors/* ConnectionError */.Rc(`SSH to ${where} failed: ${msg}`, 'Check the target settings', 'other');
}

// EXTERNAL MODULE: ./src/transport/transport.ts
var transport = __webpack_require__(91588);
;// CONCATENATED MODULE: ./src/transport/ssh.ts






/** One SSH connection, reused for every script of a run. */
class ssh_SshTransport {
    ssh;
    label;
    remote;
    /** The remote command without its `bash -s`: what a pull or a push runs its fixed program through. */
    prefix;
    /** One long-lived session that runs scripts in turn (ssh-runner.ts); scripts that overlap it use their own exec. */
    runner;
    useRunner;
    constructor(ssh, target) {
        this.ssh = ssh;
        const remote = target.remote ?? ['bash', '-s'];
        this.label = `${remote[0] === 'pct' ? `${remote.slice(0, 3).join(' ')} ` + `via ` : ''}${target.user}@${target.host}:${target.port}`;
        // A fixed argv of plain words (checked here): nothing in it needs quoting, and no value from a script is in it.
        if (!remote.every((w) => /^[A-Za-z0-9_./=-]+$/.test(w)))
            throw new Error(`remote command words must be plain: ${remote.join(' ')}`);
        this.remote = remote.join(' ');
        this.prefix = remote.slice(0, -2).join(' ');
        this.useRunner = target.remote === undefined;
    }
    static async connect(target) {
        const ssh = new esm/* NodeSSH */.H();
        let presented;
        let sock;
        try {
            // One budget for the TCP connection and the handshake together, as when ssh2 opened the socket itself.
            const deadline = Date.now() + (target.readyTimeoutMs ?? 10_000);
            sock = await openSocket(target.host, target.port, deadline - Date.now());
            await ssh.connect({
                sock,
                host: target.host,
                port: target.port,
                username: target.user,
                privateKey: target.privateKey,
                // The key is the only way in: asking for "none" first costs a round trip and is always refused.
                authHandler: ['publickey'],
                readyTimeout: Math.max(1, deadline - Date.now()),
                hostVerifier: (key) => {
                    presented = fingerprint(key);
                    return target.hostKeys.includes(presented);
                },
            });
        }
        catch (err) {
            ssh.dispose();
            sock?.destroy(); // if node-ssh failed before ssh2 took it, nothing else would close it
            throw classify(err, target, presented);
        }
        return new ssh_SshTransport(ssh, target);
    }
    async script(script, opts = {}) {
        const lost = () => ({
            code: 255,
            stdout: '',
            stderr: `the SSH connection to ${this.label} was lost`,
            lost: true,
        });
        if (!this.ssh.isConnected())
            return lost();
        const runner = await this.idleRunner();
        if (runner) {
            const r = await runner.run(script, opts.timeoutMs);
            // The runner's session closed without an answer: the connection broke (or sshd ended the session) mid-script.
            return r.code === 255 && r.stderr === CLOSED ? lost() : r;
        }
        const run = this.ssh.execCommand(this.remote, { stdin: script, noTrim: true }).then(normalise, (err) => {
            if (!this.ssh.isConnected())
                return lost();
            throw err;
        });
        if (!opts.timeoutMs)
            return run;
        let timer;
        const timeout = new Promise((resolve) => {
            timer = setTimeout(() => resolve({ code: 124, stdout: '', stderr: `timed out after ${opts.timeoutMs} ms` }), opts.timeoutMs);
        });
        try {
            return await Promise.race([run, timeout]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** One exec channel with streams into and out of it; rejects with the far side's stderr on a non-zero exit. */
    pipe(argv, io) {
        const command = [this.prefix, ...argv.map(quote/* quote */.hD)].filter(Boolean).join(' ');
        const client = this.ssh.connection;
        if (!client)
            return Promise.reject(new Error(`${this.label}: not connected`));
        return new Promise((resolve, reject) => {
            client.exec(command, (err, channel) => {
                if (err)
                    return reject(err);
                const stderr = [];
                channel.stderr.on('data', (c) => stderr.push(c));
                let code;
                channel.on('exit', (c) => (code = c ?? 255));
                const flows = [
                    io.stdin ? (0,transport/* feed */.hm)(io.stdin, channel) : Promise.resolve(channel.end()),
                    io.stdout ? (0,transport/* drainInto */.d3)(channel, io.stdout) : Promise.resolve(channel.resume()),
                ];
                const closed = new Promise((r) => channel.on('close', () => r()));
                Promise.all([closed, ...flows])
                    .then(() => code === 0
                    ? resolve()
                    : reject(new Error(`${argv[0]} on ${this.label} exited ${code}: ${Buffer.concat(stderr).toString('utf8').trim()}`)))
                    .catch(reject);
            });
        });
    }
    /** Opens the runner's session now: sshd takes 20-70 ms to set one up (PAM, a logind session), more when busy. */
    warmUp() {
        if (this.useRunner && this.ssh.connection && !this.runner)
            this.runner = this.openRunner();
    }
    openRunner() {
        return SshRunner.open(this.ssh.connection).catch(() => undefined);
    }
    async idleRunner() {
        if (!this.useRunner || !this.ssh.connection)
            return undefined;
        let runner = await this.runner;
        if (runner?.busy)
            return undefined;
        if (!runner || runner.dead) {
            const opening = this.openRunner();
            this.runner = opening;
            runner = await opening;
            if (!runner || runner.busy)
                return undefined;
        }
        runner.busy = true; // claimed before any other caller can see it idle
        return runner;
    }
    async close() {
        (await this.runner)?.close();
        this.ssh.dispose();
    }
}
function normalise(r) {
    return { code: r.code ?? (r.signal ? 255 : 0), stdout: r.stdout, stderr: r.stderr };
}

;// CONCATENATED MODULE: ./src/transport/connect.ts


/** `pct exec` forwards the caller's environment unless told not to: --keep-env 0, always. */
const pctExec = (vmid) => ['pct', 'exec', String(vmid), '--keep-env', '0', '--'];
const sshTo = (t, privateKey) => ({
    host: t.host,
    port: t.port ?? 22,
    user: t.user ?? 'root',
    hostKeys: t.host_keys ?? [],
    privateKey,
});
/** A pct target reaches its node over SSH (a runner elsewhere), or runs pct on the node itself (a runner there). */
const pctViaSsh = (t) => t.transport === 'pct' && t.pct_via === 'ssh';
/** The transport an instance's target names. */
async function connectTarget(instance, secrets) {
    const t = instance.target;
    const key = secrets[t.ssh_key_secret] ?? '';
    if (t.transport === 'ssh')
        return ssh_SshTransport.connect(sshTo(t, key));
    if (t.transport === 'pct')
        return connectContainer(t, t.vmid, key);
    return new local/* PrefixTransport */.W3('this machine', []);
}
/** The Proxmox node a pct target runs on: over SSH when `pct_via: ssh`, else this machine. */
async function connectNode(t, privateKey) {
    return pctViaSsh(t) ? SshTransport.connect(sshTo(t, privateKey ?? '')) : new PrefixTransport('this machine', []);
}
/** A shell inside container `vmid` on that node, through `pct exec`. */
async function connectContainer(t, vmid, privateKey) {
    return pctViaSsh(t)
        ? ssh_SshTransport.connect({ ...sshTo(t, privateKey ?? ''), remote: [...pctExec(vmid), 'bash', '-s'] })
        : new local/* PrefixTransport */.W3(`pct exec ${vmid}`, pctExec(vmid));
}
/** What the node is called in messages. */
const nodeName = (t) => (pctViaSsh(t) ? `Proxmox node ${t.host}` : 'Proxmox (pct on this machine)');


/***/ }),

/***/ 2042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kf: () => (/* binding */ filterLocal),
/* harmony export */   W3: () => (/* binding */ PrefixTransport),
/* harmony export */   f4: () => (/* binding */ execLocal)
/* harmony export */ });
/* unused harmony export streamLocal */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91588);




/** Runs an argv on this machine (no shell). Resolves with the exit code; rejects only when the program cannot start. */
function execLocal(argv, opts = {}) {
    const [cmd, ...args] = argv;
    if (!cmd)
        return Promise.reject(new Error('execLocal: empty argv'));
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, {
            env: opts.env,
            cwd: opts.cwd,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = opts.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
                setTimeout(() => child.kill('SIGKILL'), 2000).unref();
            }, opts.timeoutMs)
            : undefined;
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({
                code: timedOut ? 124 : (code ?? (signal ? 128 + 15 : 1)),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            });
        });
        child.stdin.on('error', () => undefined); // the program may exit without reading its input
        child.stdin.end(opts.input ?? '');
    });
}
/**
 * Runs an argv with streams as its stdin and/or stdout (backups are never held whole in memory).
 * Rejects with the program's stderr when it exits non-zero.
 */
async function streamLocal(argv, io, env) {
    const [cmd, ...args] = argv;
    if (!cmd)
        throw new Error('streamLocal: empty argv');
    // Another program's output (a child's stdout is a Socket over a pipe: a restore's decrypted archive) becomes this
    // program's stdin itself: the bytes go from one to the other, not through this process. Its copy here is closed,
    // so the writer meets a broken pipe, not a full one, if this program ends first. A Socket that already holds bytes
    // read here is copied as any stream is: handing its pipe over would lose them.
    const direct = io.stdin instanceof node_net__WEBPACK_IMPORTED_MODULE_1__.Socket && io.stdin.readableLength === 0 ? io.stdin : undefined;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, {
        env: env,
        stdio: [direct ?? 'pipe', 'pipe', 'pipe'],
    });
    direct?.destroy();
    const err = [];
    child.stderr.on('data', (c) => err.push(c));
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + 15 : 1)));
    });
    const flows = [
        direct ? Promise.resolve() : io.stdin ? (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(io.stdin, child.stdin) : Promise.resolve(child.stdin.end()),
        io.stdout ? (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .drainInto */ .d3)(child.stdout, io.stdout) : Promise.resolve(child.stdout.resume()),
    ];
    const [code] = await Promise.all([exited, ...flows.map((f) => f.catch(() => undefined))]);
    if (code !== 0)
        throw new Error(`${argv.slice(0, 3).join(' ')} exited ${code}: ${Buffer.concat(err).toString('utf8').trim()}`);
}
/**
 * Starts a filter program on this machine: the caller streams into its stdin and out of its stdout. `secret` is
 * written to its file descriptor 3 (never in an argv, an environment or a file).
 */
function filterLocal(argv, secret) {
    const [cmd, ...args] = argv;
    if (!cmd)
        throw new Error('filterLocal: empty argv');
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    const err = [];
    child.stderr.on('data', (c) => err.push(c));
    const fd3 = child.stdio[3];
    fd3.on('error', () => undefined);
    fd3.end(secret);
    child.stdin.on('error', () => undefined); // it may exit (a wrong key) before reading everything
    const done = new Promise((resolve) => {
        child.on('error', (e) => resolve({ code: 127, stdout: '', stderr: e.message }));
        child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 + 15 : 1), stdout: '', stderr: Buffer.concat(err).toString('utf8') }));
    });
    return { stdin: child.stdin, stdout: child.stdout, done, stop: () => void child.kill('SIGTERM') };
}
/**
 * Runs scripts through a command prefix that ends in a shell on the target: [] for this machine,
 * ['lxc-attach', '-n', NAME, '--clear-env', '--'] for a lab container, ['pct', 'exec', ID, '--keep-env', '0', '--'] on
 * Proxmox.
 */
class PrefixTransport {
    label;
    prefix;
    env;
    constructor(label, prefix, env = { PATH: process.env.PATH }) {
        this.label = label;
        this.prefix = prefix;
        this.env = env;
    }
    script(script, opts = {}) {
        return execLocal([...this.prefix, 'bash', '-s'], { input: script, timeoutMs: opts.timeoutMs, env: this.env });
    }
    pipe(argv, io) {
        return streamLocal([...this.prefix, ...argv], io, this.env);
    }
    async close() { }
}


/***/ }),

/***/ 91588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ receiveArchiveArgv),
/* harmony export */   W8: () => (/* binding */ pullArgv),
/* harmony export */   a$: () => (/* binding */ pull),
/* harmony export */   d1: () => (/* binding */ pushArgv),
/* harmony export */   d3: () => (/* binding */ drainInto),
/* harmony export */   hm: () => (/* binding */ feed),
/* harmony export */   iD: () => (/* binding */ RECEIVED)
/* harmony export */ });
/* unused harmony export push */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);


// The far side of a pull, a push or an unpack: fixed programs, the path as their one argument (checked plain, so
// it needs no quoting on an ssh command line either). A push never leaves a file that looks complete when the stream
// breaks.
const PLAIN_PATH = /^\/[A-Za-z0-9_./@+-]+$/;
function pullArgv(path) {
    return ['cat', '--', plainPath(path)];
}
function pushArgv(path) {
    return ['sh', '-c', 'umask 077 && cat > "$0.partial" && mv -f "$0.partial" "$0"', plainPath(path)];
}
/** What an archive's receiver makes in its directory (the restore step reads them: host/restore-into.ts). */
const RECEIVED = {
    /** The dump (db.dump.zst, db.dump.gz, or db.dump from before both) goes into this FIFO as it arrives. */
    fifo: 'db.fifo',
    /** The receiver's pid, while it lives. */
    pid: 'receiver.pid',
};
// The archive's parts, each written where it belongs as tar reads it: the dump into the FIFO, the others as files
// (0600, in the restore's 0700 directory). A part the archive should not hold is refused; no name from the archive
// ever becomes a path outside the directory (tar runs each part through this fixed case statement).
// The directory and its FIFO are the stage step's (host/restore-into.ts): a receiver that finds them gone (the restore
// ended and removed them) ends too, rather than make them again and wait on a FIFO nobody will read.
const RECEIVE = `umask 077 && cd -- "$0" && [ -p ${RECEIVED.fifo} ] || exit 1
echo $$ > ${RECEIVED.pid}
export SF_PART='umask 077; case $TAR_FILENAME in
  db.dump.zst|db.dump.gz|db.dump) exec cat > ${RECEIVED.fifo} ;;
  manifest.json|SHA256SUMS|db.dump.marker|roles.sql|files.tar|shared.tar) exec cat > "$TAR_FILENAME" ;;
  *) echo "the archive holds a part no backup has: $TAR_FILENAME" >&2; exit 1 ;;
esac'
exec tar -x --to-command='exec bash -c "$SF_PART"'`;
/** A backup archive's tar stream received into the restore's private directory. */
function receiveArchiveArgv(dir) {
    return ['bash', '-c', RECEIVE, plainPath(dir)];
}
function plainPath(path) {
    if (!PLAIN_PATH.test(path) || path.includes('..'))
        throw new Error(`not a plain absolute path: ${path}`);
    return path;
}
/**
 * Pipes a program's output into `dest` and settles when `dest` has taken all of it ('finish'). pipeline() would also
 * wait for the readable end of a duplex `dest` (a PassThrough feeding a decryption) and close it early.
 */
function drainInto(src, dest) {
    return new Promise((resolve, reject) => {
        src.once('error', reject);
        dest.once('error', reject);
        dest.once('finish', () => resolve());
        src.pipe(dest);
    });
}
/**
 * Feeds `src` into a channel's stdin. A channel that closes as its program exits can make pipeline() report a
 * premature close although every byte arrived: that one error is left to the program's exit code to judge.
 */
function feed(src, dest) {
    return (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(src, dest).catch((e) => {
        if (e.code !== 'ERR_STREAM_PREMATURE_CLOSE')
            throw e;
    });
}
/** A file on the target copied to this machine (0600). */
const pull = (t, remotePath, localPath) => t.pipe(pullArgv(remotePath), { stdout: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(localPath, { mode: 0o600 }) });
/** A file from this machine copied to the target. */
const push = (t, localPath, remotePath) => t.pipe(pushArgv(remotePath), { stdin: createReadStream(localPath) });


/***/ }),

/***/ 90389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PL: () => (/* binding */ JOBS),
/* harmony export */   Vf: () => (/* binding */ unreadSecretFields),
/* harmony export */   o5: () => (/* binding */ isJob),
/* harmony export */   qO: () => (/* binding */ RESTORE_ONLY_FIELDS),
/* harmony export */   wK: () => (/* binding */ secretRefsFor)
/* harmony export */ });
/* unused harmony export secretRefs */
/* harmony import */ var _presets_config_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87788);
/* harmony import */ var _rules_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24078);
/* harmony import */ var _config_schema_walk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8577);



// Which secrets a job reads. Deploy, rollback, backup and doctor jobs never hold the backup identity or the database
// admin (design §5): those live only in the `<environment>-restore` GitHub environment, where restores run. A rotation
// needs the admin (it creates a temporary login) but never the backup identity.
const JOBS = ['deploy', 'rollback', 'backup', 'doctor', 'restore', 'rotate'];
const isJob = (s) => JOBS.includes(s);
const RESTORE_ONLY_FIELDS = ['restore_key_secret', 'admin_secret'];
/** Secret fields a job of this kind does not read. */
function unreadSecretFields(job) {
    if (job === 'restore')
        return [];
    if (job === 'rotate')
        return ['restore_key_secret'];
    return RESTORE_ONLY_FIELDS;
}
/** Secret references: the schema's *_secret fields, and { secret: NAME } values in each instance's app.config. */
function secretRefs(data) {
    const instances = (0,_rules_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data) && Array.isArray(data.instances) ? data.instances : [];
    const inConfig = instances.flatMap((inst, i) => (0,_rules_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(inst) && (0,_rules_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(inst.app)
        ? (0,_presets_config_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .configSecrets */ .Uf)(inst.app.config).map((s) => ({
            path: ['instances', i, 'app', 'config', ...s.written, 'secret'],
            name: s.name,
        }))
        : []);
    return [...(0,_config_schema_walk_js__WEBPACK_IMPORTED_MODULE_2__/* .valuesOfDefinition */ .j)(data, 'secretName').map((v) => ({ path: v.path, name: v.value })), ...inConfig];
}
/** The secrets a job of this kind reads for this document, without the fields it never holds. */
function secretRefsFor(data, unread) {
    return secretRefs(data).filter((r) => !unread.includes(String(r.path.at(-1))));
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


/***/ }),

/***/ 88733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ validateEnvironments)
});

// UNUSED EXPORTS: MAX_FINDINGS_PER_FILE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(59023);
// EXTERNAL MODULE: ./src/secrets/lookup.ts
var lookup = __webpack_require__(30323);
// EXTERNAL MODULE: ./src/config/locate.ts
var locate = __webpack_require__(55562);
// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(23195);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/config/read.ts



// Environment files are small; anything larger is a mistake (or an attack) and is refused before parsing.
const MAX_FILE_BYTES = 1024 * 1024;
function fileError(file, rule, message) {
    return { ok: false, finding: { file, ...finding/* FILE_START */.WS, severity: 'error', path: '', rule, message } };
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
        const info = await (0,promises_.stat)(file);
        // A FIFO or device would block or never end: refuse before opening.
        if (!info.isFile())
            return fileError(file, 'unreadable', info.isDirectory() ? 'is a directory, not an environment file' : 'is not a regular file');
        if (info.size > MAX_FILE_BYTES) {
            return fileError(file, 'too-large', `is ${(info.size / 1024 / 1024).toFixed(1)} MiB; environment files are limited to 1 MiB`);
        }
        handle = await (0,promises_.open)(file, 'r');
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
            info = await (0,promises_.stat)(path);
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
            names = (await (0,promises_.readdir)(path)).filter((n) => ENVIRONMENT_FILE.test(n)).sort();
        }
        catch (err) {
            findings.push(fileError(path, 'unreadable', describeErrno(err)).finding);
            continue;
        }
        if (names.length === 0) {
            findings.push(fileError(path, 'no-files', 'holds no environment files (*.yaml or *.yml): nothing to validate').finding);
        }
        files.push(...names.map((n) => (0,external_node_path_.join)(path, n)));
    }
    return { files: [...new Set(files)], findings };
}

// EXTERNAL MODULE: ./src/validate/rules/rule.ts
var rule = __webpack_require__(24078);
// EXTERNAL MODULE: ./src/config/schema-walk.ts
var schema_walk = __webpack_require__(8577);
// EXTERNAL MODULE: ./src/presets/config-walk.ts
var config_walk = __webpack_require__(87788);
;// CONCATENATED MODULE: ./src/validate/risky.ts




function sensitiveValues(parsed) {
    const out = new Map();
    (0,schema_walk/* walkWithSchema */.V)(parsed.data, ({ path, value, refs }) => {
        if (path[0] !== 'instances' || typeof path[1] !== 'number')
            return;
        const list = parsed.data.instances;
        const inst = list[path[1]];
        const id = (0,rule/* isRecord */.u4)(inst) && typeof inst.id === 'string' ? inst.id : `#${path[1]}`;
        const key = `${id}|${(0,locate/* formatPath */.jV)(path.slice(2))}`;
        if (refs.includes('command') && typeof value === 'string')
            out.set(key, { path, value, kind: 'command' });
        else if (refs.includes('secretName'))
            out.set(key, { path, value, kind: 'secret' });
        else if (path[2] === 'target' && path.length === 4)
            out.set(key, { path, value, kind: 'target' });
    });
    // app.config is free-form to the schema: its { secret: NAME } references are found by the config walk.
    const list = (0,rule/* isRecord */.u4)(parsed.data) && Array.isArray(parsed.data.instances) ? parsed.data.instances : [];
    list.forEach((inst, i) => {
        if (!(0,rule/* isRecord */.u4)(inst) || !(0,rule/* isRecord */.u4)(inst.app))
            return;
        const id = typeof inst.id === 'string' ? inst.id : `#${i}`;
        for (const ref of (0,config_walk/* configSecrets */.Uf)(inst.app.config)) {
            const path = ['instances', i, 'app', 'config', ...ref.written, 'secret'];
            out.set(`${id}|${(0,locate/* formatPath */.jV)(path.slice(2))}`, { path, value: ref.name, kind: 'secret' });
        }
    });
    return out;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function message(s, isNew) {
    const field = (0,locate/* formatPath */.jV)(s.path.slice(2));
    if (s.kind === 'command')
        return `${isNew ? 'new' : 'changed'} command (${field}): it will run on the host after merge; review it`;
    if (s.kind === 'secret')
        return (`${isNew ? 'new' : 'changed'} secret reference (${field}: ${String(s.value)}): the deploy will ` +
            `read this secret and send it to the host after merge; confirm it is the secret meant`);
    const what = field === 'target.host_keys'
        ? 'pinned host key'
        : field === 'target.host'
            ? 'target host'
            : `target setting ${field}`;
    return (`${isNew ? 'new' : 'changed'} ${what}: the deploy will send its secrets to this target after ` +
        `merge; confirm it with the host's owner`);
}
function riskyChanges(current, base) {
    if (!base) {
        return [
            {
                file: current.file,
                ...(0,locate/* locate */.x5)(current, []),
                severity: 'warning',
                path: '',
                rule: 'risky-change',
                message: 'new environment file: review its targets, host keys and commands before merging',
            },
        ];
    }
    const before = sensitiveValues(base);
    const findings = [];
    for (const [key, s] of sensitiveValues(current)) {
        const old = before.get(key);
        if (old && same(old.value, s.value))
            continue;
        findings.push({
            file: current.file,
            ...(0,locate/* locate */.x5)(current, s.path),
            severity: 'warning',
            path: (0,locate/* formatPath */.jV)(s.path),
            rule: 'risky-change',
            message: message(s, !old),
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./src/config/suggest.ts

/** "did you mean" for a mistyped key or value: the closest candidate, if it is close enough to be a typo. */
function didYouMean(input, candidates) {
    if (candidates.length === 0)
        return undefined;
    const normal = (s) => s.toLowerCase().replace(/[-_]/g, '');
    const exact = candidates.find((c) => normal(c) === normal(input));
    if (exact)
        return exact;
    const best = (0,mod/* closest */.kp)(input.toLowerCase(), candidates);
    const limit = Math.max(2, Math.floor(best.length / 3));
    return (0,mod/* distance */.Io)(input.toLowerCase(), best) <= limit ? best : undefined;
}

;// CONCATENATED MODULE: ./src/validate/rules/app-config.ts



// An app silently ignores a key it does not know (Vikunja: a misspelt or renamed key, or a VIKUNJA_* variable, just has
// no effect). With a preset, every key of app.config is checked against the pinned release's list, at its own line.
const SECRET_NAMES = /(^|[._])(password|secret|secretkey|clientsecret|apikey|accesstoken|bindpassword|proxypassword|testingtoken)$/;
function typeOk(t, v) {
    if (t === 'boolean')
        return typeof v === 'boolean';
    if (t === 'integer')
        return Number.isInteger(v);
    if (t === 'string')
        return typeof v === 'string' || typeof v === 'number';
    if (t === 'list')
        return Array.isArray(v) && v.every((x) => typeof x === 'string');
    return (0,rule/* isRecord */.u4)(v);
}
/** A key written the way the app's environment variables are (SERVICE_PUBLICURL, VIKUNJA_SERVICE_PUBLICURL). */
function asEnvName(preset, e) {
    if (e.written.length !== 1 || !preset.config.env_prefix || !/^[A-Z0-9_]+$/.test(e.written[0]))
        return undefined;
    const name = e.written[0].startsWith(preset.config.env_prefix)
        ? e.written[0]
        : `${preset.config.env_prefix}${e.written[0]}`;
    return Object.keys(preset.config.keys).find((k) => (0,config_walk/* envName */.pD)(preset.config.env_prefix, k) === name);
}
function suggestion(preset, e) {
    const keys = Object.keys(preset.config.keys);
    const parent = e.key.split('.').slice(0, -1).join('.');
    const siblings = keys.filter((k) => k.split('.').slice(0, -1).join('.') === parent).map((k) => k.split('.').at(-1));
    const leaf = e.key.split('.').at(-1);
    const near = didYouMean(leaf, siblings);
    if (near)
        return `; did you mean ${parent ? `${parent}.` : ''}${near}?`;
    const anywhere = didYouMean(leaf.replace(/_/g, ''), keys.map((k) => k.split('.').at(-1)));
    const full = anywhere ? keys.find((k) => k.endsWith(`.${anywhere}`) || k === anywhere) : undefined;
    return full ? `; did you mean ${full}?` : '';
}
function check(preset, e) {
    const { owned, obsolete, keys } = preset.config;
    const app = `${preset.app} ${preset.version}`;
    const replaced = obsolete[e.key] ?? obsolete[e.written.join('.').toLowerCase()];
    if (replaced)
        return { message: `${e.key} is not a setting of ${app}: use ${replaced}`, where: 'key' };
    const env = asEnvName(preset, e);
    if (env) {
        const nested = env.split('.');
        return {
            message: `${e.written[0]} is written as an environment variable, which app.config does not take: ` +
                (`write it nested ` +
                    `(${nested
                        .map((s, i) => (i === nested.length - 1 ? `${s}: ` + `…` : `${s}:`))
                        .join(' ')})${owned[env] ? `; but slotflip sets ${env} itself: ${owned[env]}` : ''}`),
            where: 'key',
        };
    }
    const type = keys[e.key];
    if (!type)
        return {
            message: `${e.key} is not a setting of ${app} (${preset.app} would silently ignore it)${suggestion(preset, e)}`,
            where: 'key',
        };
    if (owned[e.key])
        return { message: `${e.key} is set by slotflip: ${owned[e.key]}`, where: 'key' };
    if (e.secret !== undefined)
        return undefined;
    if (typeof e.value === 'string' && e.value !== '' && SECRET_NAMES.test(e.key)) {
        return {
            message: `${e.key} holds a secret in the repository: write it as { secret: NAME } and provide NAME as ` +
                `a secret (it goes to the 0600 app.env only)`,
            where: 'value',
        };
    }
    if (!typeOk(type, e.value))
        return {
            message: `${e.key} must be ` +
                `${type === 'integer'
                    ? 'an integer'
                    : type === 'list'
                        ? 'a list of ' + 'strings'
                        : type === 'map'
                            ? 'a map'
                            : `a ${type}`}`,
            where: 'value',
        };
    return undefined;
}
const appConfigKeys = (files, ctx) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : undefined;
        if (!app)
            continue;
        const broken = typeof app.name === 'string' ? ctx.brokenPresets.get(app.name) : undefined;
        if (broken)
            findings.push((0,rule.at)(ref.parsed, [...ref.path, 'app', 'name'], 'error', 'preset', `the preset of ${String(app.name)} cannot be read: ${broken}`));
        const preset = (0,rule/* presetOf */.jE)(ref, ctx);
        if (!preset || !(0,rule/* isRecord */.u4)(app.config))
            continue;
        for (const e of (0,config_walk/* configEntries */.ls)(app.config, preset)) {
            const problem = check(preset, e);
            if (problem)
                findings.push((0,rule.at)(ref.parsed, configPath(ref, e.written), 'error', 'app-config', problem.message, problem.where));
        }
    }
    return findings;
};
const configPath = (ref, written) => [...ref.path, 'app', 'config', ...written];

;// CONCATENATED MODULE: ./src/validate/rules/connection-budget.ts

// Apps that share one PostgreSQL server share its max_connections. During a deploy both slots of an instance hold their
// pool, and slotflip's own backup, migration and health check need a few more. When the sum passes the limit, the
// last app to connect gets "too many clients", often in the middle of another app's deploy.
const SLOTFLIP_CONNECTIONS = 3;
/** PostgreSQL keeps superuser_reserved_connections (3 by default) for its admins. */
const RESERVED_CONNECTIONS = 3;
const connectionBudget = (files) => {
    const servers = new Map();
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const db = (0,rule/* isRecord */.u4)(ref.inst.database) ? ref.inst.database : undefined;
        if (!db || typeof db.host !== 'string')
            continue;
        const machine = (0,rule/* isLocalHost */.mJ)(db.host) ? (0,rule/* hostKey */._9)(ref.inst) : db.host.toLowerCase();
        if (!machine)
            continue;
        const key = `${machine}:${String(db.port ?? 5432)}`;
        const user = {
            ref,
            pool: typeof db.pool === 'number' ? db.pool : 10,
            max: typeof db.max_connections === 'number' ? db.max_connections : 100,
        };
        servers.set(key, [...(servers.get(key) ?? []), user]);
    }
    const findings = [];
    for (const [server, users] of servers) {
        const need = users.reduce((sum, u) => sum + 2 * u.pool + SLOTFLIP_CONNECTIONS, 0);
        const max = Math.min(...users.map((u) => u.max));
        const limit = max - RESERVED_CONNECTIONS;
        if (need <= limit)
            continue;
        const parts = users.map((u) => `${u.ref.id} 2 x ${u.pool} + ${SLOTFLIP_CONNECTIONS}`).join(', ');
        for (const u of users) {
            findings.push((0,rule.at)(u.ref.parsed, [
                ...u.ref.path,
                'database',
                (0,rule/* isRecord */.u4)(u.ref.inst.database) && u.ref.inst.database.pool !== undefined ? 'pool' : 'host',
            ], 'error', 'connection-budget', `the PostgreSQL server at ${server.replace(/^pct:[^:]*:/, 'container ')} would need ${need} ` +
                (`connections during deploys (${parts}) but allows ${limit} (max_connections ${max} minus ` +
                    `${RESERVED_CONNECTIONS} reserved): lower database.pool or raise max_connections`)));
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/container-clashes.ts

// Several instances on one Proxmox host, each in its own container: a VMID is unique across a Proxmox cluster, and two
// containers with one static address take each other's traffic. Both are caught here, across every environment file,
// instead of by `pct create` failing (or worse, succeeding) on the node.
// Each value an instance claims for its container alone: the finding's rule, and why a second claim is wrong.
const CLAIMS = {
    vmid: {
        rule: 'vmid-clash',
        says: (value, first) => `container ${value} is already instance "${first.id}"'s (${(0,rule/* where */._M)(first)}): a VMID is unique across a ` +
            `Proxmox cluster; give each instance its own`,
    },
    address: {
        rule: 'address-clash',
        says: (value, first) => `address ${value} is already instance "${first.id}"'s container (${(0,rule/* where */._M)(first)}): two containers with ` +
            `one address take each other's traffic`,
    },
};
const containerClashes = (files) => {
    const findings = [];
    const claimed = { vmid: new Map(), address: new Map() };
    // The first instance to claim a value keeps it; each later one is an error at its own line.
    const claim = (field, value, ref) => {
        const first = claimed[field].get(value);
        if (!first)
            claimed[field].set(value, ref);
        else
            findings.push((0,rule.at)(ref.parsed, [...ref.path, 'container', field], 'error', CLAIMS[field].rule, CLAIMS[field].says(value, first)));
    };
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const c = (0,rule/* isRecord */.u4)(ref.inst.container) ? ref.inst.container : undefined;
        if (!c)
            continue;
        if (typeof c.vmid === 'number')
            claim('vmid', String(c.vmid), ref);
        const ip = typeof c.address === 'string' && c.address !== 'dhcp' ? c.address.split('/')[0] : undefined;
        if (ip)
            claim('address', ip, ref);
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/environment-name.ts


// Workflows find an environment by its file name; a file that says another name is usually a copy-paste slip.
const environmentMatchesFile = (files) => {
    const findings = [];
    const seen = new Map();
    for (const parsed of files) {
        const name = (0,rule/* isRecord */.u4)(parsed.data) ? parsed.data.environment : undefined;
        if (typeof name !== 'string')
            continue;
        const stem = (0,external_node_path_.basename)(parsed.file).replace(/\.ya?ml$/, '');
        if (stem !== name)
            findings.push((0,rule.at)(parsed, ['environment'], 'warning', 'environment-name', `environment "${name}" is in a file named ${(0,external_node_path_.basename)(parsed.file)}; name the file ${name}.yaml so ` +
                `workflows find it`));
        const prior = seen.get(name);
        if (prior)
            findings.push((0,rule.at)(parsed, ['environment'], 'error', 'duplicate-environment', `environment "${name}" is also defined in ${prior}`));
        else
            seen.set(name, parsed.file);
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/host-clashes.ts

const describeClaim = (c) => (c.slot ? `${c.owner} (${c.slot})` : c.owner);
function claimsOf(ref) {
    const claims = [];
    const add = (value, path, kind, owner, slot) => {
        if (typeof value === 'number')
            claims.push({ ref, path: [...ref.path, ...path], port: value, kind, owner, slot });
    };
    const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : {};
    const components = (0,rule/* isRecord */.u4)(app.components) ? app.components : {};
    for (const [name, c] of Object.entries(components)) {
        const listen = (0,rule/* isRecord */.u4)(c) && (0,rule/* isRecord */.u4)(c.listen) ? c.listen : undefined;
        if (listen?.type !== 'tcp')
            continue;
        for (const slot of ['blue', 'green'])
            add(listen[slot], ['app', 'components', name, 'listen', slot], 'component', `component ${name}`, slot);
    }
    const nginx = (0,rule/* isRecord */.u4)(ref.inst.nginx) ? ref.inst.nginx : undefined;
    if (nginx) {
        add(nginx.http_port ?? 80, ['nginx'], 'nginx', 'nginx (http)');
        if ((0,rule/* isRecord */.u4)(nginx.tls) && nginx.tls.enabled === true)
            add(nginx.https_port ?? 443, ['nginx'], 'nginx', 'nginx (https)');
    }
    const target = (0,rule/* isRecord */.u4)(ref.inst.target) ? ref.inst.target : {};
    for (const kind of ['postgres', 'redis']) {
        const svc = ref.inst[kind === 'postgres' ? 'database' : 'redis'];
        if (!(0,rule/* isRecord */.u4)(svc) || typeof svc.host !== 'string')
            continue;
        const local = (0,rule/* isLocalHost */.mJ)(svc.host) || svc.host === target.host;
        if (local)
            add(svc.port, [kind === 'postgres' ? 'database' : 'redis', 'port'], kind, kind === 'postgres' ? 'PostgreSQL' : 'Redis');
    }
    return claims;
}
/** nginx, PostgreSQL and Redis may be shared by several instances on one host; a component's port is its own. */
function clash(a, b) {
    if (a.port !== b.port)
        return false;
    if (a.kind === 'component' || b.kind === 'component')
        return true;
    return a.kind !== b.kind;
}
// Port, slot and server-name clashes between instances, slots and components that share a host.
const hostClashes = (files) => {
    const findings = [];
    const byHost = new Map();
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const host = (0,rule/* hostKey */._9)(ref.inst);
        if (!host)
            continue;
        const entry = byHost.get(host) ?? { claims: [], names: new Map() };
        byHost.set(host, entry);
        for (const claim of claimsOf(ref)) {
            const prior = entry.claims.find((p) => clash(p, claim));
            if (prior) {
                const same = prior.ref === ref;
                const blueIsGreen = same && prior.owner === claim.owner;
                const message = blueIsGreen
                    ? `${claim.owner} uses port ${claim.port} for both blue and green: each slot needs its own port`
                    : `port ${claim.port} of ${describeClaim(claim)} is already used by ` +
                        (`${same ? '' : `instance "${prior.ref.id}" `}${describeClaim(prior)} (${(0,rule/* where */._M)(prior.ref)}) on ` +
                            `${(0,rule/* hostLabel */.vy)(host)}`);
                findings.push((0,rule.at)(ref.parsed, claim.path, 'error', blueIsGreen ? 'blue-equals-green' : 'port-clash', message));
            }
            entry.claims.push(claim);
        }
        const names = (0,rule/* isRecord */.u4)(ref.inst.nginx) && Array.isArray(ref.inst.nginx.server_names) ? ref.inst.nginx.server_names : [];
        names.forEach((name, i) => {
            if (typeof name !== 'string')
                return;
            const prior = entry.names.get(name.toLowerCase());
            if (prior && prior !== ref) {
                findings.push((0,rule.at)(ref.parsed, [...ref.path, 'nginx', 'server_names', i], 'error', 'server-name-clash', `server name "${name}" is already served by instance "${prior.id}" (${(0,rule/* where */._M)(prior)}) on ` +
                    `${(0,rule/* hostLabel */.vy)(host)}: nginx would send all its traffic to one of them`));
            }
            else
                entry.names.set(name.toLowerCase(), ref);
        });
    }
    return findings;
};

// EXTERNAL MODULE: ./src/presets/sizes.ts
var sizes = __webpack_require__(90698);
;// CONCATENATED MODULE: ./src/render/tuning.ts
// Sizes for the optional PostgreSQL and Redis tuning files (`database.tune`, `redis.tune`), derived from the
// container's resources the way seed 000 sized its 8 GB Ryzen host: PostgreSQL gets a quarter of the memory, a quarter
// of that is shared_buffers, work_mem is what is left of its share spread over three quarters of max_connections, and
// parallelism follows the cores. At 8192 MiB and 100 connections this gives the seed's own figures (512MB, 2GB,
// 128MB, 20MB). Pure: the templates in templates/slotflip/ print these.
/** The smallest share PostgreSQL is counted with (the memory-fit rule's figure for an untuned local server). */
const POSTGRES_FLOOR_MIB = 256;
const mb = (n) => `${Math.floor(n)}MB`;
const size = (n) => (n % 1024 === 0 ? `${n / 1024}GB` : mb(n));
/** The memory PostgreSQL is given in a container of `memory` MiB: a quarter, at least the floor. */
const postgresShareMib = (memory) => Math.max(POSTGRES_FLOOR_MIB, Math.floor(memory / 4));
function postgresTuning(r) {
    const share = postgresShareMib(r.memory);
    const buffers = Math.max(32, Math.floor(share / 4));
    const maintenance = Math.max(16, Math.floor(share / 16));
    // WAL may take an eighth of the disk before a checkpoint is forced, at most the seed's 4GB.
    const maxWal = Math.min(4096, Math.max(256, Math.floor((r.disk * 1024) / 8)));
    const parallel = Math.max(1, Math.min(4, Math.floor(r.cores / 2)));
    return {
        share_mb: share,
        shared_buffers: size(buffers),
        effective_cache_size: size(share),
        maintenance_work_mem: size(maintenance),
        autovacuum_work_mem: size(maintenance),
        work_mem: mb(Math.max(4, (share - buffers) / (0.75 * r.maxConnections))),
        max_connections: r.maxConnections,
        min_wal_size: size(Math.max(80, Math.floor(maxWal / 4))),
        max_wal_size: size(maxWal),
        max_worker_processes: Math.max(8, r.cores),
        max_parallel_workers: r.cores,
        max_parallel_workers_per_gather: parallel,
        max_parallel_maintenance_workers: parallel,
        autovacuum_max_workers: Math.min(4, Math.max(2, r.cores)),
    };
}
/** Redis's memory limit: an eighth of the container's memory, so Redis cannot take the container down with it. */
const redisMaxmemoryMib = (memory) => Math.max(64, Math.floor(memory / 8));
const redisMaxmemory = (memory) => `${redisMaxmemoryMib(memory)}mb`;

;// CONCATENATED MODULE: ./src/validate/rules/memory-fit.ts



// During a deploy both slots run at once, and a build may run beside them: when that does not fit the container, the
// kernel's OOM killer picks a process, perhaps PostgreSQL. Counted from what the environment declares.
const SYSTEM_MIB = 128;
const memoryFit = (files, ctx) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const container = (0,rule/* isRecord */.u4)(ref.inst.container) ? ref.inst.container : undefined;
        const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : undefined;
        const components = app && (0,rule/* isRecord */.u4)(app.components) ? Object.values(app.components).filter(rule/* isRecord */.u4) : [];
        const limits = components.map((c) => typeof c.memory_max === 'string' ? ((0,sizes/* sizeBytes */.Vv)(c.memory_max) ?? 0) / 1048576 : 0);
        if (!container || typeof container.memory !== 'number' || !limits.some((l) => l > 0))
            continue;
        const memory = container.memory;
        const slot = limits.reduce((a, b) => a + b, 0);
        const build = (0,rule/* presetOf */.jE)(ref, ctx)?.build_memory ?? 0;
        const db = (0,rule/* isRecord */.u4)(ref.inst.database) ? ref.inst.database : undefined;
        const redis = (0,rule/* isRecord */.u4)(ref.inst.redis) ? ref.inst.redis : undefined;
        // A tuned PostgreSQL is given a quarter of the container (database.tune); an untuned one is counted at the floor.
        const postgres = db && (0,rule/* isLocalHost */.mJ)(db.host) ? (db.tune === true ? postgresShareMib(memory) : POSTGRES_FLOOR_MIB) : 0;
        // provision gives a local Redis an eighth of the container's memory as maxmemory.
        const redisMib = redis && (0,rule/* isLocalHost */.mJ)(redis.host) ? redisMaxmemoryMib(memory) : 0;
        const need = 2 * slot + build + postgres + redisMib + SYSTEM_MIB;
        if (need <= memory)
            continue;
        const parts = [
            `blue and green 2 x ${slot}`,
            build ? `build ${build}` : '',
            postgres ? `PostgreSQL ${postgres}` : '',
            redisMib ? `Redis ${redisMib}` : '',
            `system ${SYSTEM_MIB}`,
        ].filter(Boolean);
        findings.push((0,rule.at)(ref.parsed, [...ref.path, 'container', 'memory'], 'error', 'memory-fit', `both slots do not fit during a deploy: it needs ${need} MiB (${parts.join(', ')}) and the ` +
            `container has ${memory}: raise container.memory or lower the components' memory_max`));
    }
    return findings;
};
/** Tuning is sized from the instance's container and written into it: a server elsewhere is not provision's to tune. */
const tuningNeedsContainer = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        for (const [key, what] of [
            ['database', 'PostgreSQL'],
            ['redis', 'Redis'],
        ]) {
            const section = ref.inst[key];
            if (!(0,rule/* isRecord */.u4)(section) || section.tune !== true)
                continue;
            const why = !(0,rule/* isRecord */.u4)(ref.inst.container)
                ? 'the instance has no container section to size it from'
                : !(0,rule/* isLocalHost */.mJ)(section.host)
                    ? `${what} at ${String(section.host)} is not in the instance's container`
                    : '';
            if (why)
                findings.push((0,rule.at)(ref.parsed, [...ref.path, key, 'tune'], 'error', 'tuning', `${key}.tune: ${why}; tune that server where it runs, or remove tune`));
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/preset-checks.ts


const absolutePaths = (ref, preset, config) => preset.config.absolute_paths.flatMap((key) => {
    const e = config.get(key);
    if (!e || typeof e.value !== 'string' || e.value.startsWith('/'))
        return [];
    return [
        (0,rule.at)(ref.parsed, configPath(ref, e.written), 'error', 'absolute-path', `${key} must be an absolute path on persistent storage: "${e.value}" is relative to the release ` +
            `directory, so its data would be left behind by the next release`),
    ];
});
const needsRedis = (ref, preset, config) => Object.entries(preset.config.needs_redis).flatMap(([key, value]) => {
    const e = config.get(key);
    if (!e || String(e.value).toLowerCase() !== value || (0,rule/* isRecord */.u4)(ref.inst.redis))
        return [];
    return [
        (0,rule.at)(ref.parsed, configPath(ref, e.written), 'error', 'needs-redis', `${key}: ${value} needs Redis, but the instance has no redis section: add one (slotflip then sets ` +
            `redis.enabled, redis.host as host:port and redis.db)`),
    ];
});
const publicUrl = (ref, preset, config) => {
    const e = preset.config.public_url ? config.get(preset.config.public_url) : undefined;
    const nginx = (0,rule/* isRecord */.u4)(ref.inst.nginx) ? ref.inst.nginx : undefined;
    if (!e || !nginx)
        return [];
    const names = Array.isArray(nginx.server_names) ? nginx.server_names.map(String) : [];
    const scheme = (0,rule/* isRecord */.u4)(nginx.tls) && nginx.tls.enabled === true ? 'https' : 'http';
    const m = typeof e.value === 'string' ? /^(https?):\/\/([^/:]+)(:\d+)?(\/.*)?$/.exec(e.value) : null;
    const fail = (why) => [
        (0,rule.at)(ref.parsed, configPath(ref, e.written), 'error', 'public-url', `${preset.config.public_url} ${why} (leave it out: slotflip derives ` +
            `${scheme}://${names[0] ?? '<server name>'}/ from the nginx site)`),
    ];
    if (!m)
        return fail('must be a URL with its scheme, such as https://tasks.example.com/');
    if (m[1] !== scheme)
        return fail(`says ${m[1]} but the site serves ${scheme}`);
    if (!names.includes(m[2]))
        return fail(`names ${m[2]}, which is not one of the site's server names (${names.join(', ')})`);
    return [];
};
const sharedSecret = (ref, preset) => {
    const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : {};
    if (!preset.secret?.required || app.shared_secret !== undefined)
        return [];
    return [
        (0,rule.at)(ref.parsed, [...ref.path, 'app'], 'error', 'shared-secret', `${preset.app} signs sessions with ${preset.secret.key}; without one it makes a new one at every ` +
            (`start, so at each deploy ${preset.secret.on_change ?? 'everyone is signed out'}: name a secret in ` +
                `app.shared_secret`), 'key'),
    ];
};
const corsOrigins = (ref, preset, config) => {
    const e = preset.config.cors_origins ? config.get(preset.config.cors_origins) : undefined;
    if (!e || !Array.isArray(e.value) || !e.value.includes('*'))
        return [];
    const production = (0,rule/* isRecord */.u4)(ref.parsed.data) && ref.parsed.data.environment === 'production';
    return [
        (0,rule.at)(ref.parsed, configPath(ref, e.written), production ? 'error' : 'warning', 'cors-origins', `${preset.config.cors_origins} allows any origin (*)${production ? ' in production' : ''}: list the ` +
            `origins that may call the API, with their scheme`),
    ];
};
const postgresVersion = (ref, preset) => {
    const db = (0,rule/* isRecord */.u4)(ref.inst.database) ? ref.inst.database : undefined;
    const v = db?.server_version;
    if (!preset.postgres || typeof v !== 'number')
        return [];
    const { min, max } = preset.postgres;
    if (v >= min && (max === undefined || v <= max))
        return [];
    return [
        (0,rule.at)(ref.parsed, [...ref.path, 'database', 'server_version'], 'error', 'postgres-version', `${preset.app} ${preset.version} supports PostgreSQL ${min}${max ? `-${max}` : ' or newer'}, and this ` +
            `server is ${v}: its migrations would fail on it`),
    ];
};

;// CONCATENATED MODULE: ./src/validate/rules/preset-rules.ts





/** The key list belongs to one release: another release may have renamed or dropped keys. */
const pinnedRelease = (ref, preset) => {
    const release = (0,rule/* isRecord */.u4)(ref.inst.app) && (0,rule/* isRecord */.u4)(ref.inst.app.release) ? ref.inst.app.release : undefined;
    // Only a preset that lists the app's config keys is tied to one release; the others serve every release.
    if (!release ||
        typeof release.version !== 'string' ||
        release.version === preset.version ||
        Object.keys(preset.config.keys).length === 0)
        return [];
    const older = preset.older[release.version.toLowerCase()];
    if (older !== undefined)
        return [
            (0,rule.at)(ref.parsed, [...ref.path, 'app', 'release', 'version'], 'warning', 'preset-version', `${preset.app} ${release.version} is older than the ${preset.version} the preset describes: ${older}`),
        ];
    return [
        (0,rule.at)(ref.parsed, [...ref.path, 'app', 'release', 'version'], 'error', 'preset-version', `templates/${preset.app}/preset.yaml describes ${preset.app} ${preset.version}, and this release is ` +
            `${release.version}: update the preset (its version and key list) together with the release`),
    ];
};
const uploadLimit = (ref, preset) => {
    const nginx = (0,rule/* isRecord */.u4)(ref.inst.nginx) ? ref.inst.nginx : undefined;
    const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : {};
    const upload = (0,sizes/* maxUpload */.ye)(preset, app.config);
    const body = nginx ? (0,sizes/* sizeBytes */.Vv)(nginx.client_max_body_size) : undefined;
    if (upload === undefined || body === undefined || body >= upload)
        return [];
    return [
        (0,rule.at)(ref.parsed, [...ref.path, 'nginx', 'client_max_body_size'], 'error', 'upload-limit', `nginx refuses bodies over ${String(nginx.client_max_body_size)}, but ${preset.app} accepts uploads ` +
            (`up to ${(0,sizes/* nginxSize */.ku)(upload)} (${preset.config.max_upload.key}): larger uploads would fail with 413; raise ` +
                `it or leave it out (slotflip derives it)`)),
    ];
};
/** Backups archive backups.files_dir: it must be the directory the app writes its files to, or a restore loses them. */
const backedUpFiles = (ref, preset, config) => {
    const e = preset.config.data_dir ? config.get(preset.config.data_dir) : undefined;
    const backups = (0,rule/* isRecord */.u4)(ref.inst.backups) ? ref.inst.backups : undefined;
    if (!e || typeof e.value !== 'string' || !backups || backups.files_dir === e.value)
        return [];
    const why = backups.files_dir === undefined
        ? 'backups.files_dir is not set, so backups leave them out'
        : `backups archive ${String(backups.files_dir)} instead`;
    return [
        (0,rule.at)(ref.parsed, configPath(ref, e.written), 'error', 'backup-files', `${preset.app} writes its files to ${e.value}, but ${why}: set backups.files_dir to ${e.value}`),
    ];
};
/**
 * The preset's smoke flow runs only where the app lets it (Vikunja's registers a user: registration open, no mailer).
 */
const smokeSettings = (ref, preset, config) => {
    if (!preset.smoke || ref.inst.smoke !== undefined)
        return [];
    return Object.entries(preset.smoke_needs).flatMap(([key, need]) => {
        const e = config.get(key);
        const value = e ? e.value : need.default;
        if (value === need.value)
            return [];
        const where = e ? configPath(ref, e.written) : [...ref.path, 'app'];
        return [
            (0,rule.at)(ref.parsed, where, 'error', 'smoke-settings', `${key} is ${JSON.stringify(value)}${e ? '' : ` (${preset.app}'s default)`}, and the ${preset.app} ` +
                (`preset's smoke flow needs ${JSON.stringify(need.value)}: ${need.why}. Give the instance its own smoke: ` +
                    `(requests that work here, such as read-only ones) or smoke: false`), e ? 'value' : 'key'),
        ];
    });
};
const CHECKS = [
    smokeSettings,
    pinnedRelease,
    uploadLimit,
    backedUpFiles,
    absolutePaths,
    needsRedis,
    publicUrl,
    sharedSecret,
    corsOrigins,
    postgresVersion,
];
const presetRules = (files, ctx) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const preset = (0,rule/* presetOf */.jE)(ref, ctx);
        if (!preset)
            continue;
        const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : {};
        const config = new Map((0,config_walk/* configEntries */.ls)(app.config, preset).map((e) => [e.key, e]));
        for (const check of CHECKS)
            findings.push(...check(ref, preset, config));
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/instance-ids.ts

// Instance ids name directories, units and sockets on hosts: two instances with one id would overwrite each other.
const duplicateInstanceIds = (files) => {
    const first = new Map();
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        if (typeof ref.inst.id !== 'string')
            continue;
        const prior = first.get(ref.id);
        if (!prior) {
            first.set(ref.id, ref);
            continue;
        }
        findings.push((0,rule.at)(ref.parsed, [...ref.path, 'id'], 'error', 'duplicate-instance', `instance id "${ref.id}" is already used at ${(0,rule/* where */._M)(prior)}; instance ids must be unique across all ` +
            `environments`));
    }
    return findings;
};

// EXTERNAL MODULE: ./src/host/smoke-words.ts
var smoke_words = __webpack_require__(84819);
;// CONCATENATED MODULE: ./src/validate/rules/references.ts


// The seed's "undefined network" blocker, in our terms: a name used in one place and never defined where it must be.
const undefinedReferences = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : {};
        const components = (0,rule/* isRecord */.u4)(app.components) ? Object.keys(app.components) : [];
        const defined = components.length ? `defined: ${components.join(', ')}` : 'none are defined';
        const check = (value, path) => {
            if (typeof value === 'string' && !components.includes(value)) {
                findings.push((0,rule.at)(ref.parsed, [...ref.path, ...path], 'error', 'undefined-component', `component "${value}" is not defined in app.components (${defined})`));
            }
        };
        const locations = (0,rule/* isRecord */.u4)(ref.inst.nginx) && Array.isArray(ref.inst.nginx.locations) ? ref.inst.nginx.locations : [];
        locations.forEach((loc, i) => (0,rule/* isRecord */.u4)(loc) && check(loc.component, ['nginx', 'locations', i, 'component']));
        if ((0,rule/* isRecord */.u4)(ref.inst.smoke) && Array.isArray(ref.inst.smoke.steps)) {
            const problem = (0,smoke_words/* checkSmokeVariables */.D5)(ref.inst.smoke);
            if (problem)
                findings.push((0,rule.at)(ref.parsed, [...ref.path, 'smoke'], 'error', 'smoke-variable', problem, 'key'));
            check(ref.inst.smoke.component, ['smoke', 'component']);
        }
        const checks = (0,rule/* isRecord */.u4)(ref.inst.health) && Array.isArray(ref.inst.health.checks) ? ref.inst.health.checks : [];
        checks.forEach((c, i) => {
            if (!(0,rule/* isRecord */.u4)(c))
                return;
            check(c.component, ['health', 'checks', i, 'component']);
            for (const kind of ['postgres', 'redis']) {
                const section = kind === 'postgres' ? 'database' : 'redis';
                if (c.type === kind && !(0,rule/* isRecord */.u4)(ref.inst[section])) {
                    findings.push((0,rule.at)(ref.parsed, [...ref.path, 'health', 'checks', i, 'type'], 'error', 'undefined-service', `a ${kind} health check needs the instance's "${section}" section, which is missing`));
                }
            }
        });
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/promotion.ts

// `promote_from: staging` makes an environment deploy only what the other one pins: each instance's release (version
// and sha256) must be pinned by an instance of the same app there. Production then gets the exact archive staging
// ran, byte for byte; the deploy workflow deploys promoted environments after the others (deploy.yml).
const release = (inst) => {
    const app = (0,rule/* isRecord */.u4)(inst.app) ? inst.app : {};
    const r = (0,rule/* isRecord */.u4)(app.release) ? app.release : {};
    return { app: String(app.name ?? ''), version: String(r.version ?? ''), sha256: String(r.sha256 ?? '') };
};
const promotedReleases = (files, ctx) => {
    const findings = [];
    const all = (0,rule/* instancesOf */.sG)([...files, ...(ctx.context ?? [])]);
    for (const parsed of files) {
        const from = (0,rule/* isRecord */.u4)(parsed.data) ? parsed.data.promote_from : undefined;
        if (typeof from !== 'string')
            continue;
        const source = [...files, ...(ctx.context ?? [])].find((f) => (0,rule/* isRecord */.u4)(f.data) && f.data.environment === from);
        if (!source) {
            findings.push((0,rule.at)(parsed, ['promote_from'], 'error', 'promotion', `environment "${from}" is neither among the files validated with this one nor in ${from}.yaml ` +
                `beside it: add ${from}.yaml there, or validate the folder that holds it`));
            continue;
        }
        const pinned = all.filter((r) => r.parsed === source).map((r) => release(r.inst));
        for (const ref of all.filter((r) => r.parsed === parsed)) {
            const mine = release(ref.inst);
            if (pinned.some((p) => p.app === mine.app && p.version === mine.version && p.sha256 === mine.sha256))
                continue;
            const there = pinned
                .filter((p) => p.app === mine.app)
                .map((p) => `${p.version} (sha256 ${p.sha256.slice(0, 12)}…)`);
            findings.push((0,rule.at)(parsed, [...ref.path, 'app', 'release'], 'error', 'promotion', `${ref.id}: release ${mine.version} (sha256 ${mine.sha256.slice(0, 12)}…) is not what ${from} ` +
                (`runs${there.length ? `: ${from} pins ${there.join(', ')}` : `: ${from} has no ${mine.app} instance`}; ` +
                    `deploy it to ${from} first, then pin the same version and sha256 here`)));
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/release-pin.ts

// Digests that were written by hand and never computed from an archive: the one the examples once carried (first
// written for a URL that served nothing), a counting one and all zeros. A deploy would fail on the host at the
// download;
// said here, the pull request shows the command that pins the real one.
const PLACEHOLDERS = new Set([
    '6f1e9a52c2b8a7d2f0e4c1b3a5d7e9f0a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2',
    '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
]);
const isFiller = (s) => /^0{64}$/.test(s) || PLACEHOLDERS.has(s);
/** A release downloaded from a URL is pinned by the sha256 of the archive itself, which `slotflip pin` writes. */
const releasePinned = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const release = (0,rule/* isRecord */.u4)(ref.inst.app) && (0,rule/* isRecord */.u4)(ref.inst.app.release) ? ref.inst.app.release : undefined;
        if (release?.source !== 'url' || typeof release.url !== 'string')
            continue;
        const pin = `run \`slotflip pin ${ref.parsed.file}\` (it downloads the archive, checks the publisher's ` +
            `signature and writes its sha256 here)`;
        if (release.sha256 === undefined) {
            findings.push((0,rule.at)(ref.parsed, [...ref.path, 'app', 'release'], 'error', 'release-unpinned', `${ref.id}'s release ${String(release.version)} names no sha256: a download cannot be checked; ${pin}`, 'key'));
        }
        else if (typeof release.sha256 === 'string' && isFiller(release.sha256)) {
            findings.push((0,rule.at)(ref.parsed, [...ref.path, 'app', 'release', 'sha256'], 'error', 'release-unpinned', `this sha256 is a placeholder, not the digest of any archive; ${pin}`));
        }
    }
    return findings;
};

// EXTERNAL MODULE: ./src/secrets/name.ts
var secrets_name = __webpack_require__(60502);
;// CONCATENATED MODULE: ./src/validate/rules/secret-refs.ts



// The schema constrains every *_secret field; app.config is free-form (the app's own settings), so its
// { secret: NAME } references are held to the same pattern here. A name like "../id_ed25519" would otherwise be joined
// to the secrets directory and ship whatever file it reaches into the host's app.env.
const secretReferenceNames = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : undefined;
        if (!app)
            continue;
        for (const s of (0,config_walk/* configSecrets */.Uf)(app.config)) {
            if ((0,secrets_name/* isSecretName */.eh)(s.name))
                continue;
            findings.push((0,rule.at)(ref.parsed, [...ref.path, 'app', 'config', ...s.written, 'secret'], 'error', 'secret-name', `${JSON.stringify(s.name)} is not a secret's name: write ${secrets_name/* SECRET_NAME_RULE */.yc} (slotflip reads ` +
                `SLOTFLIP_SECRET_<NAME> or <secrets-dir>/<NAME>, never a path)`));
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/tls.ts

// nginx refuses to start with `ssl` and no certificate; catch it in the pull request instead of on the host.
const tlsNeedsFiles = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const tls = (0,rule/* isRecord */.u4)(ref.inst.nginx) && (0,rule/* isRecord */.u4)(ref.inst.nginx.tls) ? ref.inst.nginx.tls : undefined;
        if (!tls || tls.enabled !== true)
            continue;
        for (const key of ['certificate', 'key']) {
            if (tls[key] === undefined) {
                findings.push((0,rule.at)(ref.parsed, [...ref.path, 'nginx', 'tls'], 'error', 'tls-files', `TLS is enabled but nginx.tls.${key} is missing: give the absolute path of the ` +
                    `${key === 'key' ? 'private key' : 'certificate (full chain)'} file on the target`));
            }
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/unpinned-host.ts

// An instance slotflip provisions may be committed before its container exists, so before its host key can be known:
// the schema lets it through, and this says in the pull request that deploys refuse it until the key is pinned.
const unpinnedHost = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const target = (0,rule/* isRecord */.u4)(ref.inst.target) ? ref.inst.target : undefined;
        if (!(0,rule/* isRecord */.u4)(ref.inst.container) || target?.transport !== 'ssh' || target.host_keys !== undefined)
            continue;
        findings.push((0,rule.at)(ref.parsed, [...ref.path, 'target'], 'warning', 'unpinned-host', `${ref.id} pins no host key: deploys refuse to connect until target.host_keys holds the container's ` +
            `fingerprint, which \`slotflip provision\` prints`, 'key'));
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/index.ts














const RULES = [
    duplicateInstanceIds,
    hostClashes,
    undefinedReferences,
    tlsNeedsFiles,
    environmentMatchesFile,
    promotedReleases,
    unpinnedHost,
    appConfigKeys,
    presetRules,
    memoryFit,
    tuningNeedsContainer,
    connectionBudget,
    containerClashes,
    secretReferenceNames,
    releasePinned,
];

// EXTERNAL MODULE: ./src/validate/job-secrets.ts
var job_secrets = __webpack_require__(90389);
// EXTERNAL MODULE: ./src/presets/load.ts + 1 modules
var load = __webpack_require__(92619);
;// CONCATENATED MODULE: ./src/presets/defaults.ts
// A preset's defaults sit under each instance of its app: the instance's own values win, a map is merged key by key,
// a list or a scalar is replaced whole. Applied to the parsed data before the schema check, so an environment names
// only what is its own (a server name, its secrets) and a finding in a default points at the instance that uses it.
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function underDefaults(defaults, own) {
    const out = structuredClone(defaults);
    for (const [k, v] of Object.entries(own))
        out[k] = isRecord(v) && isRecord(out[k]) ? underDefaults(out[k], v) : v;
    return out;
}
/** The parsed file with each instance of an app that has a preset with defaults placed over them (a new object). */
function withPresetDefaults(parsed, presets) {
    const data = parsed.data;
    if (!isRecord(data) || !Array.isArray(data.instances))
        return parsed;
    let changed = false;
    const instances = data.instances.map((inst) => {
        const app = isRecord(inst) && isRecord(inst.app) ? inst.app.name : undefined;
        const defaults = typeof app === 'string' ? presets.get(app)?.defaults : undefined;
        if (!defaults || !isRecord(inst))
            return inst;
        changed = true;
        return underDefaults(defaults, inst);
    });
    return changed ? { ...parsed, data: { ...data, instances } } : parsed;
}
/** The app names a parsed file's instances use. */
function appsOf(parsed) {
    const data = parsed?.data;
    if (!isRecord(data) || !Array.isArray(data.instances))
        return [];
    return data.instances.flatMap((i) => isRecord(i) && isRecord(i.app) && typeof i.app.name === 'string' ? [i.app.name] : []);
}

// EXTERNAL MODULE: ./src/config/schema.ts + 2 modules
var schema = __webpack_require__(56897);
;// CONCATENATED MODULE: ./src/config/schema-findings.ts



// Keys that hold a secret's value in other tools; here they are always a mistake.
const LITERAL_SECRET_KEY = /(^|_)(password|passwd|secret|token|private_key|api_key|apikey|jwtsecret)$/i;
// `then` subschemas mapped to their `if`, so a conditional requirement can say its condition. ajv hands us the
// very objects of the schema (parentSchema), so identity lookups work.
const conditionOfThen = new WeakMap();
(function index(node, owner) {
    if (!node || typeof node !== 'object')
        return;
    const s = node;
    const titled = typeof s.title === 'string' ? s : owner;
    if (s.if && s.then && typeof s.then === 'object')
        conditionOfThen.set(s.then, { condition: s.if, owner: titled });
    for (const v of Object.values(s))
        index(v, titled);
})(schema/* environmentSchema */.VW, schema/* environmentSchema */.VW);
/** "(required when transport is ssh)": read from the schema's own if/then. */
function conditionOf(thenSchema) {
    const cond = conditionOfThen.get(thenSchema)?.condition;
    const props = (cond?.properties ?? {});
    const parts = Object.entries(props)
        .filter(([, s]) => s.const !== undefined)
        .map(([k, s]) => `${k} is ${String(s.const)}`);
    return parts.length ? ` (required when ${parts.join(' and ')})` : '';
}
// What to do about a missing key, where the bare fact is not enough.
const REQUIRED_HINTS = {
    'Redis.port': 'the port is always explicit: Vikunja fails with "missing port in address" without it (e.g. port: 6379)',
    'Target.host_keys': 'pin the host key: `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the host prints it; slotflip ' +
        'never trusts a key on first use',
};
function shown(value) {
    const s = JSON.stringify(value) ?? String(value);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value}`;
}
function describe(e) {
    const path = (0,locate/* pointerToPath */.ox)(e.instancePath);
    const parent = (e.parentSchema ?? {});
    switch (e.keyword) {
        case 'if':
        case 'propertyNames':
            return undefined; // the nested errors say it better
        case 'required': {
            const key = String(e.params.missingProperty);
            const owner = conditionOfThen.get(parent)?.owner ?? parent;
            const hint = REQUIRED_HINTS[`${String(owner?.title)}.${key}`];
            return {
                path,
                at: 'value',
                rule: 'schema',
                message: `missing required key "${key}"${conditionOf(parent)}${hint ? `: ${hint}` : ''}`,
            };
        }
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const allowed = Object.keys((parent.properties ?? {}));
            const where = [...path, key];
            if (LITERAL_SECRET_KEY.test(key)) {
                const ref = allowed.find((k) => k.endsWith('_secret'));
                const hint = ref ? `name the secret with "${ref}: NAME"` : 'name secrets in the fields ending in _secret';
                return {
                    path: where,
                    at: 'key',
                    rule: 'literal-secret',
                    message: `"${key}" would hold a secret's value, which never belongs in an environment file: ` +
                        `${hint} and provide its value as SLOTFLIP_SECRET_NAME`,
                };
            }
            const guess = didYouMean(key, allowed);
            const hint = guess ? `did you mean "${guess}"?` : `expected one of: ${allowed.join(', ')}`;
            return { path: where, at: 'key', rule: 'unknown-key', message: `unknown key "${key}"; ${hint}` };
        }
        case 'enum': {
            const allowed = (e.params.allowedValues ?? []).map(String);
            const guess = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
            return {
                path,
                at: 'value',
                rule: 'schema',
                message: `must be one of ${allowed.join(', ')}; got ` +
                    `${shown(e.data)}${guess ? ` (did you mean "${guess}"?)` : ''}`,
            };
        }
        case 'const':
            return {
                path,
                at: 'value',
                rule: 'schema',
                message: `must be ${shown(e.params.allowedValue)}; got ${shown(e.data)}`,
            };
        case 'type': {
            const wanted = String(e.params.type);
            const article = wanted === 'object' ? 'a mapping' : wanted === 'array' ? 'a list' : `a ${wanted}`;
            return { path, at: 'value', rule: 'schema', message: `must be ${article}, got ${typeName(e.data)}` };
        }
        case 'pattern': {
            const name = e.propertyName;
            const text = typeof parent.patternErrorMessage === 'string'
                ? parent.patternErrorMessage
                : `must match ${String(parent.pattern)}`;
            if (name !== undefined)
                return { path: [...path, name], at: 'key', rule: 'schema', message: `key "${name}" ${text}` };
            if (parent.title === 'Hostname' && typeof e.data === 'string' && /^[^:\s]+:[0-9]+$/.test(e.data)) {
                const [host, port] = e.data.split(':');
                return {
                    path,
                    at: 'value',
                    rule: 'host-with-port',
                    message: `must not include a port: write host: ${host} and port: ${port} (Vikunja fails with ` +
                        `"missing port in address" when they are mixed up)`,
                };
            }
            if (parent.title === 'SecretName') {
                // Never echo what may be a real secret.
                return {
                    path,
                    at: 'value',
                    rule: 'literal-secret',
                    message: `${text}. If this is the secret itself, remove it from the file now and rotate it: it is ` +
                        `in git history`,
                };
            }
            return { path, at: 'value', rule: 'schema', message: `${text}; got ${shown(e.data)}` };
        }
        default:
            return { path, at: 'value', rule: 'schema', message: e.message ?? `fails ${e.keyword}` };
    }
}
/** Checks one parsed file against the schema and reports every error at its line. */
async function checkSchema(parsed) {
    if ((0,schema/* environmentValidator */.AP)()(parsed.data))
        return { ok: true, env: parsed.data, findings: [] };
    // A file with errors is checked again by a validator compiled here from the schema itself: its errors hand back the
    // schema's own objects, which the messages look up (a conditional requirement names its condition).
    const validate = await (0,schema/* describingValidator */.ND)();
    validate(parsed.data);
    const seen = new Set();
    const findings = [];
    for (const e of validate.errors ?? []) {
        const d = describe(e);
        if (!d)
            continue;
        const key = `${(0,locate/* formatPath */.jV)(d.path)}|${d.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        findings.push({
            file: parsed.file,
            ...(0,locate/* locate */.x5)(parsed, d.path, d.at),
            severity: 'error',
            path: (0,locate/* formatPath */.jV)(d.path),
            rule: d.rule,
            message: d.message,
        });
    }
    return { ok: false, findings };
}

;// CONCATENATED MODULE: ./src/validate/validate.ts













async function loadParsed(file) {
    const read = await readEnvironmentFile(file);
    if (!read.ok)
        return { findings: [read.finding] };
    const result = (0,parse/* parseEnvironmentYaml */.G)(file, read.text);
    return result.ok ? { parsed: result.parsed, findings: result.findings } : { findings: result.findings };
}
async function missingSecrets(parsed, source, unused) {
    const findings = [];
    const checked = new Map();
    for (const ref of (0,job_secrets/* secretRefsFor */.wK)(parsed.data, unused)) {
        if (typeof ref.name !== 'string')
            continue;
        const found = checked.get(ref.name) ?? (await (0,lookup/* lookupSecret */.b)(ref.name, source));
        checked.set(ref.name, found);
        if (!found.ok) {
            findings.push({
                file: parsed.file,
                ...(0,locate/* locate */.x5)(parsed, ref.path),
                severity: 'error',
                path: (0,locate/* formatPath */.jV)(ref.path),
                rule: 'missing-secret',
                message: `secret ${ref.name} ${found.reason}`,
            });
        }
    }
    return findings;
}
/**
 * A file with thousands of findings is one mistake repeated (or not an environment file): its first ones are enough.
 */
const MAX_FINDINGS_PER_FILE = 200;
function capPerFile(sorted) {
    const counts = new Map();
    for (const f of sorted)
        counts.set(f.file, (counts.get(f.file) ?? 0) + 1);
    if (![...counts.values()].some((n) => n > MAX_FINDINGS_PER_FILE))
        return sorted;
    const out = [];
    const seen = new Map();
    for (const f of sorted) {
        const n = (seen.get(f.file) ?? 0) + 1;
        seen.set(f.file, n);
        if (n <= MAX_FINDINGS_PER_FILE)
            out.push(f);
        else if (n === MAX_FINDINGS_PER_FILE + 1) {
            const rest = counts.get(f.file) - MAX_FINDINGS_PER_FILE;
            const errors = sorted
                .filter((x) => x.file === f.file)
                .slice(MAX_FINDINGS_PER_FILE)
                .some((x) => x.severity === 'error');
            out.push({
                ...f,
                severity: errors ? 'error' : 'warning',
                path: '',
                rule: 'too-many-findings',
                message: `${rest} more finding${rest === 1 ? '' : 's'} in this file from here on are not listed ` +
                    `(the first ${MAX_FINDINGS_PER_FILE} are): fix those and run again`,
            });
        }
    }
    return out;
}
/**
 * The environments that files of this run promote from but that are not among them, read from beside each file
 * (`<dir>/<name>.yaml`): only for the promotion rule, their own findings are not this run's.
 */
async function promotionSources(files, parsed) {
    const present = new Set(parsed.map((p) => (p && (0,rule/* isRecord */.u4)(p.data) ? p.data.environment : undefined)));
    const out = [];
    for (const [i, p] of parsed.entries()) {
        const from = p && (0,rule/* isRecord */.u4)(p.data) ? p.data.promote_from : undefined;
        if (typeof from !== 'string' || present.has(from) || !/^[a-z0-9][a-z0-9-]*$/.test(from))
            continue;
        const sibling = (await loadParsed((0,external_node_path_.join)((0,external_node_path_.dirname)(files[i]), `${from}.yaml`))).parsed;
        if (sibling) {
            out.push(sibling);
            present.add(from);
        }
    }
    return out;
}
/** Validates every environment file of a run: reading, YAML, schema, rules across all files, secrets, risky changes. */
async function validateEnvironments(req) {
    const discovery = await discoverEnvironmentFiles(req.paths);
    const findings = [...discovery.findings];
    const parsedFiles = [];
    const environments = new Map();
    // Files are read concurrently (I/O waits overlap); everything after reading is CPU work, done in order.
    const loaded = await Promise.all(discovery.files.map(loadParsed));
    // The apps' presets first: their defaults sit under each instance before the schema sees it.
    const presets = await (0,load/* loadPresets */.V)(req.templatesDir ?? 'templates', loaded.flatMap((l) => appsOf(l.parsed)));
    const ctx = {
        presets: presets.presets,
        brokenPresets: presets.broken,
        context: await promotionSources(discovery.files, loaded.map((l) => l.parsed)),
    };
    // The base branch's files are read with the base branch's presets: a preset default the pull request changes (a
    // command, say) is then a change too, not the same on both sides.
    const templates = req.templatesDir ?? 'templates';
    const basePresets = req.baseDir !== undefined && !(0,external_node_path_.isAbsolute)(templates)
        ? (await (0,load/* loadPresets */.V)((0,external_node_path_.join)(req.baseDir, templates), loaded.flatMap((l) => appsOf(l.parsed)))).presets
        : presets.presets;
    for (const [i, file] of discovery.files.entries()) {
        const { parsed: read, findings: fileFindings } = loaded[i];
        findings.push(...fileFindings);
        if (!read)
            continue;
        const parsed = withPresetDefaults(read, presets.presets);
        parsedFiles.push(parsed);
        const schema = await checkSchema(parsed);
        findings.push(...schema.findings);
        if (schema.ok)
            environments.set(file, schema.env);
        if (req.secrets)
            findings.push(...(await missingSecrets(parsed, req.secrets, req.unusedSecretFields ?? (0,job_secrets/* unreadSecretFields */.Vf)('deploy'))));
        if (req.baseDir !== undefined) {
            const base = await loadParsed((0,external_node_path_.join)(req.baseDir, file));
            findings.push(...riskyChanges(parsed, base.parsed && withPresetDefaults(base.parsed, basePresets)));
        }
    }
    for (const rule of RULES)
        findings.push(...rule(parsedFiles, ctx));
    findings.sort(finding/* byLocation */.HC);
    const listed = capPerFile(findings);
    return {
        files: discovery.files,
        findings: listed,
        environments,
        valid: !findings.some((f) => f.severity === 'error'),
    };
}


/***/ }),

/***/ 69732:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://slotflip.dev/schema/environment.schema.json","title":"Environment","description":"One slotflip environment (for example production or staging): the instances it runs and where. Secrets are named here, never written here.","type":"object","additionalProperties":false,"required":["version","environment","instances"],"properties":{"version":{"description":"Format version of this file.","const":1},"environment":{"$ref":"#/definitions/identifier","description":"Name of the environment; the file is usually environments/<environment>.yaml."},"promote_from":{"$ref":"#/definitions/identifier","description":"Deploy only releases this other environment pins (same version and sha256): production gets the exact archive staging ran. The deploy workflow deploys it after the others."},"instances":{"type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/definitions/instance"}}},"definitions":{"identifier":{"title":"Identifier","type":"string","pattern":"^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$","patternErrorMessage":"must be a lowercase identifier: a-z, 0-9 and \'-\', starting with a letter, at most 40 characters"},"secretName":{"title":"SecretName","description":"The NAME of a secret, never its value. slotflip reads it from the environment variable SLOTFLIP_SECRET_<NAME>, from the file named by SLOTFLIP_SECRET_<NAME>_FILE, or from <secrets-dir>/<NAME>.","type":"string","pattern":"^[A-Z][A-Z0-9_]{0,63}$","patternErrorMessage":"must be the NAME of a secret (A-Z, 0-9, \'_\', starting with a letter), never the secret\'s value"},"command":{"title":"Command","description":"A shell command run by bash on the target, by design. Changes to command fields are flagged in pull requests because they run code on the host after merge.","type":"string","minLength":1,"maxLength":4096},"commandList":{"type":"array","maxItems":50,"items":{"$ref":"#/definitions/command"}},"hostname":{"title":"Hostname","description":"A DNS name, an IPv4 address or an IPv6 address.","type":"string","maxLength":253,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$","patternErrorMessage":"must be a hostname or an IP address (letters, digits, \'-\' and \'.\'; no port, scheme or path)"},"serverName":{"title":"ServerName","type":"string","maxLength":253,"pattern":"^(?:\\\\*\\\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","patternErrorMessage":"must be a DNS name such as tasks.example.com, optionally starting with \'*.\'"},"absolutePath":{"title":"AbsolutePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\\\.\\\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be an absolute path made of letters, digits and . _ @ + - (no spaces, quotes, \'..\' or trailing \'/\')"},"relativePath":{"title":"RelativePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\\\.\\\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be a relative path inside the repository, made of letters, digits and . _ @ + - (no \'..\', no leading \'/\')"},"urlPath":{"title":"UrlPath","type":"string","maxLength":256,"pattern":"^/[A-Za-z0-9._~/-]*$","patternErrorMessage":"must be a URL path starting with \'/\' (letters, digits and . _ ~ / -; no spaces, quotes, braces or \';\')"},"httpsUrl":{"title":"HttpsUrl","type":"string","maxLength":2048,"pattern":"^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$","patternErrorMessage":"must be an https:// URL with no query string, spaces or quotes"},"port":{"title":"Port","type":"integer","minimum":1,"maximum":65535},"duration":{"title":"Duration","type":"string","pattern":"^[0-9]{1,6}(?:ms|s|m|h)$","patternErrorMessage":"must be a duration such as 500ms, 30s, 5m or 1h"},"version":{"title":"ReleaseVersion","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$","patternErrorMessage":"must be a release version such as 1.0.0 or v2.1.0-rc.1 (letters, digits, . _ + -)"},"sha256":{"title":"Sha256","type":"string","pattern":"^[a-f0-9]{64}$","patternErrorMessage":"must be a sha256 digest: 64 lowercase hex characters"},"hostKeyFingerprint":{"title":"HostKeyFingerprint","type":"string","pattern":"^SHA256:[A-Za-z0-9+/]{43}$","patternErrorMessage":"must be an SSH host key fingerprint as printed by `ssh-keygen -lf`, e.g. SHA256: followed by 43 base64 characters"},"ageRecipient":{"title":"AgeRecipient","type":"string","pattern":"^age1[02-9ac-hj-np-z]{58}$","patternErrorMessage":"must be an age public key (age1 followed by 58 characters); never the private key"},"fileMode":{"title":"FileMode","type":"string","pattern":"^0[0-7]{3}$","patternErrorMessage":"must be an octal file mode written as a string, such as \\"0644\\""},"instance":{"title":"Instance","type":"object","additionalProperties":false,"required":["id","target","app","health"],"if":{"not":{"required":["container"]}},"then":{"properties":{"target":{"title":"Target","type":"object","if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host_keys"]}}}},"properties":{"id":{"$ref":"#/definitions/identifier","description":"Unique across every environment: names the host directories, units and sockets."},"target":{"$ref":"#/definitions/target"},"container":{"$ref":"#/definitions/container"},"app":{"$ref":"#/definitions/app"},"templates":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/template"}},"database":{"$ref":"#/definitions/database"},"redis":{"$ref":"#/definitions/redis"},"nginx":{"$ref":"#/definitions/nginx"},"health":{"$ref":"#/definitions/health"},"smoke":{"oneOf":[{"$ref":"#/definitions/smoke"},{"const":false}],"description":"A scripted HTTP flow run against the new slot after its health gate and before any traffic moves to it; false turns off the flow the app\'s preset brings."},"migrations":{"$ref":"#/definitions/migrations"},"backups":{"$ref":"#/definitions/backups"},"windows":{"$ref":"#/definitions/windows"},"hooks":{"$ref":"#/definitions/hooks"}}},"container":{"title":"Container","description":"The LXC container `slotflip provision` creates on the Proxmox host with `pct create` (target.vmid is its id); the target reaches it once it runs.","type":"object","additionalProperties":false,"required":["vmid","template","memory","disk","address"],"properties":{"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"The container\'s Proxmox id (the same as target.vmid when the target is pct)."},"template":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\\\.tar\\\\.(gz|xz|zst)$","patternErrorMessage":"must be a container template volume such as local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst","description":"The OS template (`pveam list local`)."},"hostname":{"$ref":"#/definitions/hostname","description":"Default: the instance id."},"unprivileged":{"type":"boolean","default":true,"description":"An unprivileged container (root inside is not root on the host)."},"nesting":{"type":"boolean","default":true,"description":"The nesting feature: systemd\'s sandboxing in the container needs it."},"cores":{"type":"integer","minimum":1,"maximum":8192,"default":2},"memory":{"type":"integer","minimum":256,"maximum":1048576,"description":"RAM in MiB: both slots, the build and the services must fit."},"swap":{"type":"integer","minimum":0,"maximum":1048576,"default":512,"description":"Swap in MiB."},"disk":{"type":"integer","minimum":2,"maximum":65536,"description":"Root disk in GiB."},"storage":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,63}$","patternErrorMessage":"must be a Proxmox storage id (a letter, then letters, digits, _ . or -; at most 64 characters)","default":"local-lvm"},"bridge":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,14}$","patternErrorMessage":"must be a Linux bridge name","default":"vmbr0"},"address":{"type":"string","pattern":"^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$","patternErrorMessage":"must be IPv4/CIDR such as 192.0.2.10/24, or dhcp"},"gateway":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"nameserver":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"onboot":{"type":"boolean","default":true,"description":"Start the container when the Proxmox host boots."},"packages":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9+.-]{1,62}$","patternErrorMessage":"must be a Debian package name such as nodejs"},"description":"Debian packages the app needs besides what slotflip installs (sshd, nginx, curl, age; PostgreSQL and Redis when they are local)."},"apt_proxy":{"type":"string","pattern":"^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$","patternErrorMessage":"must be an http:// URL such as http://192.0.2.1:3142 (an apt-cacher-ng)","description":"A package proxy the container\'s apt goes through."}}},"target":{"title":"Target","description":"Where the instance runs and how slotflip reaches it.","type":"object","additionalProperties":false,"required":["transport"],"properties":{"transport":{"enum":["ssh","pct","local"],"description":"ssh: to the container; pct: `pct exec` on the Proxmox host (locally or over ssh to it); local: slotflip runs inside the target."},"host":{"$ref":"#/definitions/hostname","description":"ssh: the container; pct over ssh: the Proxmox host."},"port":{"$ref":"#/definitions/port","default":22},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","default":"root"},"host_keys":{"type":"array","minItems":1,"maxItems":8,"uniqueItems":true,"items":{"$ref":"#/definitions/hostKeyFingerprint"},"description":"Pinned host key fingerprints; a host presenting any other key is refused."},"ssh_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the private SSH key."},"node":{"$ref":"#/definitions/hostname","description":"Proxmox node name (pct)."},"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"Proxmox container id (pct)."},"pct_via":{"enum":["local","ssh"],"default":"local","description":"pct: run `pct` on this machine (a runner on the Proxmox host) or over ssh to `host`."}},"allOf":[{"if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host","ssh_key_secret"]}},{"if":{"properties":{"transport":{"const":"pct"}},"required":["transport"]},"then":{"required":["vmid"]}},{"if":{"properties":{"transport":{"const":"pct"},"pct_via":{"const":"ssh"}},"required":["transport","pct_via"]},"then":{"required":["host","host_keys","ssh_key_secret"]}}]},"app":{"title":"App","type":"object","additionalProperties":false,"required":["name","release","components"],"properties":{"config":{"type":"object","maxProperties":100,"description":"Settings for the app\'s own configuration file, nested as the app names them (Vikunja: service, cors, mailer, auth, webhooks, ...). With a preset (templates/<app>/preset.yaml) every key is checked against the pinned release\'s list, obsolete and misspelt keys are errors at their line, and a value that is a secret is written { secret: NAME } (it goes to the 0600 app.env, never into the file)."},"shared_secret":{"$ref":"#/definitions/secretName","description":"The secret both slots share (Vikunja\'s service.secret, which signs sessions): templates see it as app.shared_secret. `slotflip rotate app-secret` replaces it and prints what users notice (the app\'s preset says; Vikunja: tokens refresh from the session cookie, browsers stay signed in)."},"name":{"$ref":"#/definitions/identifier","description":"The app, and the folder templates/<name>/ its preset lives in."},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","description":"Service user the slots run as."},"background_jobs":{"type":"boolean","default":false,"description":"The app runs scheduled work of its own in every process (Vikunja: reminders, e-mail, webhooks): after a flip the old slot is paused (SIGSTOP) once it has drained, so only the live slot runs jobs; a rollback or a flip back resumes it."},"release":{"$ref":"#/definitions/release"},"build":{"$ref":"#/definitions/commandList","description":"Commands run in the new release directory before its slot starts."},"components":{"type":"object","minProperties":1,"maxProperties":8,"propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"$ref":"#/definitions/component"}}}},"release":{"title":"Release","type":"object","additionalProperties":false,"required":["source","version"],"properties":{"source":{"enum":["upload","git","url"]},"version":{"$ref":"#/definitions/version"},"path":{"$ref":"#/definitions/relativePath","description":"upload: archive on the runner, relative to the repository."},"url":{"$ref":"#/definitions/httpsUrl","description":"url: archive downloaded on the host."},"sha256":{"$ref":"#/definitions/sha256","description":"Checksum the archive must match (url, upload); `slotflip pin` writes it for a url release. A url release without one is refused."},"repository":{"$ref":"#/definitions/httpsUrl","description":"git: repository to clone."},"commit":{"type":"string","pattern":"^[a-f0-9]{40}$","patternErrorMessage":"must be a full 40-character commit id: branches and tags move","description":"git: the exact commit."}},"allOf":[{"if":{"properties":{"source":{"const":"url"}},"required":["source"]},"then":{"required":["url"]}},{"if":{"properties":{"source":{"const":"upload"}},"required":["source"]},"then":{"required":["path"]}},{"if":{"properties":{"source":{"const":"git"}},"required":["source"]},"then":{"required":["repository","commit"]}}]},"component":{"title":"Component","type":"object","additionalProperties":false,"required":["start","listen"],"properties":{"start":{"$ref":"#/definitions/command","description":"How the slot starts this component (ExecStart), run from the release directory."},"listen":{"$ref":"#/definitions/listen"},"route":{"$ref":"#/definitions/urlPath","description":"nginx location that proxies to this component, e.g. / or /api."},"websocket":{"type":"boolean","default":false},"cpu_weight":{"type":"integer","minimum":1,"maximum":10000,"description":"systemd CPUWeight of each slot (default 100): a lower weight lets the serving slot win the CPU from a warming one."},"memory_max":{"type":"string","pattern":"^[0-9]{1,6}[KMG]$","patternErrorMessage":"must be a size such as 512M or 2G"},"stop_signal":{"enum":["SIGTERM","SIGINT","SIGQUIT","SIGHUP","SIGUSR1","SIGUSR2"],"default":"SIGTERM","description":"The signal that stops a slot gracefully (systemd KillSignal): the one the app handles. Vikunja\'s `web` shuts down (finishing requests, queued mail, cron) only on SIGINT; on SIGTERM it just exits."}}},"listen":{"title":"Listen","description":"unix: each slot listens on its own socket and nginx follows a symlink (zero-drop flip, no reload). tcp: blue and green ports (flip by upstream include and reload).","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["unix","tcp"]},"blue":{"$ref":"#/definitions/port"},"green":{"$ref":"#/definitions/port"}},"allOf":[{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["blue","green"]}}]},"template":{"title":"Template","type":"object","additionalProperties":false,"required":["source","dest"],"properties":{"source":{"$ref":"#/definitions/relativePath","description":"Relative to templates/."},"dest":{"$ref":"#/definitions/absolutePath","description":"Where the rendered file goes on the target."},"mode":{"$ref":"#/definitions/fileMode"}}},"database":{"title":"Database","type":"object","additionalProperties":false,"required":["engine","host","port","name","user","password_secret"],"properties":{"engine":{"const":"postgres"},"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port"},"name":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL identifier: a-z, 0-9 and \'_\'"},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and \'_\'"},"password_secret":{"$ref":"#/definitions/secretName"},"admin_user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and \'_\'","default":"postgres","description":"The database admin role restore connects as (it creates and renames databases)."},"admin_secret":{"$ref":"#/definitions/secretName","description":"Password of admin_user, needed only by restore."},"pool":{"type":"integer","minimum":1,"maximum":1000,"default":10,"description":"Connections each slot may open."},"max_connections":{"type":"integer","minimum":10,"maximum":100000,"default":100,"description":"The server\'s max_connections. Every instance using this server, both slots at their pool plus slotflip\'s own, must fit (checked across all environment files)."},"server_version":{"type":"integer","minimum":9,"maximum":99,"description":"The server\'s major version (e.g. 15): checked against what the app\'s preset supports before any deploy."},"sslmode":{"enum":["disable","require","verify-ca","verify-full"],"default":"disable"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000\'s PostgreSQL tuning (templates/slotflip/postgresql-tuning.liquid), sized from the container\'s memory, cores and disk and max_connections. Only for a server in the instance\'s own container."}}},"redis":{"title":"Redis","type":"object","additionalProperties":false,"required":["host","port"],"properties":{"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port","description":"Always explicit: Vikunja fails with \'missing port in address\' without it."},"db":{"type":"integer","minimum":0,"maximum":15,"default":0},"password_secret":{"$ref":"#/definitions/secretName"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000\'s Redis tuning (templates/slotflip/redis-tuning.liquid: eviction, snapshots, keepalive, lazy freeing) and applies it live. Only for a Redis in the instance\'s own container."}}},"nginx":{"title":"Nginx","type":"object","additionalProperties":false,"required":["server_names"],"properties":{"server_names":{"type":"array","minItems":1,"maxItems":20,"uniqueItems":true,"items":{"$ref":"#/definitions/serverName"}},"http_port":{"$ref":"#/definitions/port","default":80},"https_port":{"$ref":"#/definitions/port","default":443},"tls":{"type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"certificate":{"$ref":"#/definitions/absolutePath"},"key":{"$ref":"#/definitions/absolutePath"}}},"client_max_body_size":{"type":"string","pattern":"^[0-9]{1,6}[kmg]?$","patternErrorMessage":"must be an nginx size such as 20m"},"assets":{"type":"object","additionalProperties":false,"required":["path"],"description":"The frontend\'s hashed files (a Vite build\'s /assets/): each deploy copies the new release\'s from its slot before the flip, and nginx serves this release\'s and the previous ones\' from disk, so a browser tab opened before the flip still loads the chunks it asks for.","properties":{"path":{"type":"string","pattern":"^/([A-Za-z0-9._-]+/)+$","patternErrorMessage":"must be a URL directory such as /assets/","description":"Where the app serves them."},"component":{"$ref":"#/definitions/identifier","description":"The component serving the frontend (default: the one routed at /)."},"keep":{"type":"integer","minimum":2,"maximum":20,"default":3,"description":"Releases whose files are kept (the live one included)."}}},"locations":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["path","component"],"properties":{"path":{"$ref":"#/definitions/urlPath"},"component":{"$ref":"#/definitions/identifier"},"websocket":{"type":"boolean","default":false}}}}}},"smoke":{"title":"Smoke","type":"object","additionalProperties":false,"required":["steps"],"description":"Steps run in order against the new slot (never through nginx: no user sees it). ${run} is unique to the run (a throwaway user\'s name); `save` takes top-level fields of a JSON answer as ${name} for the steps after it. The cleanup runs whatever happened. A step that answers otherwise than expected fails the deploy before the flip (exit 10).","properties":{"component":{"$ref":"#/definitions/identifier","description":"The component the flow talks to (default: the one routed at /, else the first)."},"steps":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup":{"type":"array","maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup_command":{"type":"string","maxLength":300,"pattern":"^([^$]|\\\\$\\\\{run\\\\})*$","patternErrorMessage":"may use ${run} and no other $","description":"Run on the host after the flow (whatever happened), as the app\'s user in the slot\'s release with its environment, time limit 60 s: for what the API cannot undo at once, such as deleting the throwaway user. ${run} is the flow\'s tag."}}},"smokeStep":{"title":"SmokeStep","type":"object","additionalProperties":false,"required":["name","method","path"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$","patternErrorMessage":"must be a short name: letters, digits, spaces and . _ -"},"method":{"enum":["GET","POST","PUT","PATCH","DELETE"]},"path":{"type":"string","maxLength":300,"pattern":"^/([A-Za-z0-9._~/?=&%-]|\\\\$\\\\{[a-z_][a-z0-9_]{0,30}\\\\})*$","patternErrorMessage":"must be a URL path (letters, digits and . _ ~ / ? = & % -) with ${name} for saved values"},"body":{"type":"object","maxProperties":50,"description":"Sent as JSON; strings may hold ${name}."},"bearer":{"type":"string","pattern":"^\\\\$\\\\{[a-z_][a-z0-9_]{0,30}\\\\}$","patternErrorMessage":"must be a saved value such as ${token}","description":"Sent as Authorization: Bearer <value>."},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"save":{"type":"object","maxProperties":10,"propertyNames":{"pattern":"^[a-z_][a-z0-9_]{0,30}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,60}$"},"description":"name: field, a top-level field of the JSON answer (a string or a number)."}}},"health":{"title":"Health","type":"object","additionalProperties":false,"required":["checks"],"properties":{"interval":{"$ref":"#/definitions/duration","default":"1s"},"timeout":{"$ref":"#/definitions/duration","default":"60s","description":"How long the gate waits for every check to pass."},"consecutive":{"type":"integer","minimum":1,"maximum":100,"default":3},"checks":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/check"}},"after_flip":{"type":"array","maxItems":10,"description":"Checked through nginx right after traffic moved, as a browser would: a websocket handshake must answer 101 (nginx passes Upgrade and Connection), a CORS preflight from the site\'s own origin must be allowed; `cookies` replays the smoke flow on the slot and through nginx: every cookie attribute the app set must reach the browser, and on HTTPS every cookie must be Secure. A failure flips traffic back.","items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["websocket","cors","cookies"]},"path":{"$ref":"#/definitions/urlPath"}},"if":{"properties":{"type":{"enum":["websocket","cors"]}}},"then":{"required":["path"]}}}}},"check":{"title":"HealthCheck","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["http","tcp","postgres","redis"]},"component":{"$ref":"#/definitions/identifier"},"path":{"$ref":"#/definitions/urlPath"},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"expect_body":{"type":"string","maxLength":200,"pattern":"^[^\\\\n\\\\r]*$","patternErrorMessage":"must be a single line"},"expect_version":{"description":"The JSON body\'s \\"version\\" must be the release\'s: true for the version exactly as the release names it (2.5.0), or how the app writes it, with {version} standing for it (Vikunja reports \\"v{version}\\", stamped from its git tag).","oneOf":[{"type":"boolean"},{"type":"string","pattern":"^[A-Za-z0-9._+-]*\\\\{version\\\\}[A-Za-z0-9._+-]*$","patternErrorMessage":"must contain {version} once, with only letters, digits and . _ + - around it (e.g. v{version})"}],"default":false},"timeout":{"$ref":"#/definitions/duration","default":"2s"}},"allOf":[{"if":{"properties":{"type":{"const":"http"}},"required":["type"]},"then":{"required":["component","path"]}},{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["component"]}}]},"migrations":{"title":"Migrations","type":"object","additionalProperties":false,"required":["command"],"properties":{"command":{"$ref":"#/definitions/command"},"timeout":{"$ref":"#/definitions/duration","default":"5m"},"bookkeeping_tables":{"type":"array","uniqueItems":true,"maxItems":16,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a table name of the public schema: a-z, 0-9 and _, starting with a letter or _"},"default":["schema_migrations"],"description":"Tables the migration tool itself writes (which migrations ran). `rollback --restore-db if-safe` does not count their changes as the app\'s writes."}}},"backups":{"title":"Backups","type":"object","additionalProperties":false,"properties":{"keep":{"type":"integer","minimum":1,"maximum":1000,"default":7},"recipients":{"type":"array","minItems":1,"maxItems":10,"uniqueItems":true,"items":{"$ref":"#/definitions/ageRecipient"}},"restore_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the age identity; only restore jobs have it."},"files_dir":{"$ref":"#/definitions/absolutePath","description":"The app\'s files directory, backed up with the database."},"stores":{"type":"array","maxItems":5,"items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["host","local","artifact"]},"path":{"$ref":"#/definitions/absolutePath"},"retention_days":{"type":"integer","minimum":1,"maximum":90}},"allOf":[{"if":{"properties":{"type":{"const":"local"}},"required":["type"]},"then":{"required":["path"]}}]}}}},"windows":{"title":"Windows","type":"object","additionalProperties":false,"properties":{"observe":{"$ref":"#/definitions/duration","default":"30s","description":"Watch health after the flip; flip back when thresholds are crossed."},"keep_warm":{"$ref":"#/definitions/duration","default":"5m","description":"The old slot keeps running this long, so a rollback is only a flip. 0s for apps whose jobs must not run twice."},"drain":{"$ref":"#/definitions/duration","default":"10s","description":"Time the old slot gets to finish in-flight requests before it stops."},"max_error_rate":{"type":"number","minimum":0,"maximum":100,"default":5,"description":"Observe: flip back when more than this percentage of the requests through nginx since the flip failed with 5xx (the seed\'s warning level)."},"max_p95_latency":{"$ref":"#/definitions/duration","default":"500ms","description":"Observe: flip back when the 95th percentile of request times through nginx since the flip exceeds this (the seed\'s warning level; websocket upgrades are not counted)."},"receipt_rate":{"type":"number","minimum":0,"maximum":50,"default":4,"description":"Requests per second the host sends through nginx to the app\'s version route, from just before the flip to the end of the observe window, for the deploy\'s receipt (when the new release first answered, and whether any request failed). 0: none (the receipt then counts users\' requests only)."}}},"hooks":{"title":"Hooks","type":"object","additionalProperties":false,"properties":{"pre_deploy":{"$ref":"#/definitions/commandList"},"post_flip":{"$ref":"#/definitions/commandList"},"post_deploy":{"$ref":"#/definitions/commandList"}}}}}');

/***/ })

};
