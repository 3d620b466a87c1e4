export const id = 662;
export const ids = [662];
export const modules = {

/***/ 40394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startEarlyHandshake: () => (/* binding */ startEarlyHandshake)
/* harmony export */ });
/* harmony import */ var _session_early_handshake_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60247);
/* harmony import */ var _host_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67487);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99537);



/** The rollback's SSH handshake, started from its options before the rest of its code loads (cli/run.ts). */
const startEarlyHandshake = (values, io) => new _session_early_handshake_js__WEBPACK_IMPORTED_MODULE_0__/* .EarlyHandshake */ .t({
    envFile: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values, 'env') ?? '',
    instanceId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values, 'instance'),
    secrets: (0,_host_options_js__WEBPACK_IMPORTED_MODULE_1__/* .secretsOption */ .R)(values, io),
});


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

/***/ 30323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ lookupSecret),
/* harmony export */   p: () => (/* binding */ envName)
/* harmony export */ });
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

/***/ 60247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ reachedKey),
/* harmony export */   t: () => (/* binding */ EarlyHandshake)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_yaml_fast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58398);
/* harmony import */ var _secrets_lookup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30323);
/* harmony import */ var _transport_connect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14519);





/** The handshake's key for an instance and its private key: equal only when the validated target is the same. */
const reachedKey = (inst, privateKey) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
    .update(JSON.stringify([
    inst.target.host,
    inst.target.port ?? 22,
    inst.target.user ?? 'root',
    inst.target.host_keys ?? [],
    privateKey,
]))
    .digest('hex');
async function reach(opts, started) {
    const doc = (0,_config_yaml_fast_js__WEBPACK_IMPORTED_MODULE_2__/* .plainMapping */ .z)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(opts.envFile, 'utf8'));
    const list = Array.isArray(doc?.instances) ? doc.instances : [];
    const inst = opts.instanceId ? list.find((i) => i?.id === opts.instanceId) : list.length === 1 ? list[0] : undefined;
    const name = inst?.target?.ssh_key_secret;
    if (!inst || inst.target.transport !== 'ssh' || !name || !opts.secrets)
        return undefined;
    const secret = await (0,_secrets_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .lookupSecret */ .b)(name, opts.secrets);
    if (!secret.ok)
        return undefined;
    const connecting = (0,_transport_connect_js__WEBPACK_IMPORTED_MODULE_4__/* .connectTarget */ .u)(inst, { [name]: secret.value });
    started();
    const transport = await connecting;
    // The runner's session is slotflip's own fixed loop: it runs nothing until a script is sent, after validation.
    transport.warmUp?.();
    return { key: reachedKey(inst, secret.value), transport };
}
/** A handshake under way, handed to whoever validated the file (`take`), or closed unused (`discard`). */
class EarlyHandshake {
    taken = false;
    pending;
    /** Settles once the connection is under way (or will not be made). */
    started;
    constructor(target) {
        let started = () => { };
        this.started = new Promise((r) => (started = r));
        // Any failure here is met again, with its proper message, by the connection made after validation.
        this.pending = reach(target, started)
            .catch(() => undefined)
            .finally(started);
    }
    take() {
        this.taken = true;
        return this.pending;
    }
    /** Closes the connection when no one took it: the command ended before it needed one. */
    async discard() {
        if (this.taken)
            return;
        this.taken = true;
        await (await this.pending)?.transport.close();
    }
}


/***/ }),

/***/ 61250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ textWord),
/* harmony export */   Re: () => (/* binding */ writeFileScript),
/* harmony export */   Xd: () => (/* binding */ quoteSql),
/* harmony export */   ay: () => (/* binding */ commandLine),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   v6: () => (/* binding */ retryUntil)
/* harmony export */ });
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


/***/ })

};
