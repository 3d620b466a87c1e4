export const id = 456;
export const ids = [456];
export const modules = {

/***/ 40456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pinCommand: () => (/* binding */ pinCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/validate/rules/rule.ts
var rule = __webpack_require__(24078);
// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(23195);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/config/pin-edit.ts

// A plain scalar when YAML reads it back as the same string; double-quoted (JSON is valid YAML) otherwise.
const scalar = (v) => (/^[A-Za-z0-9][A-Za-z0-9:/._~%+=?&-]*$/.test(v) && !/: /.test(v) ? v : JSON.stringify(v));
/**
 * Writes each pin's fields into the file's text in place: a value that is there is replaced where it stands, a missing
 * one is added after the release's last field, in the map's own style (flow or block, the same indentation). Every
 * other byte (comments, blank lines, quoting, order) stays as it was: the diff of a pin is the pin.
 */
function applyPins(text, doc, pins) {
    const edits = [];
    for (const pin of pins) {
        const map = doc.getIn(pin.path, true);
        if (!(0,dist/* isMap */.jh)(map))
            throw new Error(`${pin.path.join('.')} is not a map`);
        for (const [key, value] of Object.entries(pin.fields)) {
            if (value === undefined)
                continue;
            const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
            if (pair?.value?.range)
                edits.push({ at: pair.value.range[0], end: pair.value.range[1], text: scalar(value) });
            else
                edits.push(insertion(text, map, key, scalar(value)));
        }
    }
    // From the end backwards, so earlier offsets stay true; two insertions at one place keep their order.
    edits.sort((a, b) => b.at - a.at);
    let out = text;
    for (const e of edits)
        out = out.slice(0, e.at) + e.text + out.slice(e.end);
    return out;
}
function insertion(text, map, key, value) {
    const last = map.items[map.items.length - 1];
    const lastEnd = last?.value?.range?.[1] ?? last?.key?.range?.[1];
    if (!last || lastEnd === undefined || !last.key?.range)
        throw new Error('an empty release map: write its fields by hand');
    if (map.flow)
        return { at: lastEnd, end: lastEnd, text: `, ${key}: ${value}` };
    // Block style: a new line after the last field's line (after any comment on it), at that field's indentation.
    const lineStart = text.lastIndexOf('\n', last.key.range[0] - 1) + 1;
    const indent = text.slice(lineStart, last.key.range[0]);
    const eol = text.indexOf('\n', lastEnd);
    const at = eol === -1 ? text.length : eol + 1;
    return { at, end: at, text: `${eol === -1 ? '\n' : ''}${indent}${key}: ${value}\n` };
}

// EXTERNAL MODULE: ./src/config/read.ts
var config_read = __webpack_require__(62000);
// EXTERNAL MODULE: ./src/presets/load.ts + 1 modules
var load = __webpack_require__(92619);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/transport/https-download.ts





const MAX_REDIRECTS = 5;
/**
 * Fetches an https URL into a file while hashing it (the archive is never held whole in memory). Only https, to the
 * end of every redirect: a checksum pinned from a download anyone on the path could have changed pins nothing.
 */
async function downloadHttps(url, file, opts = {}) {
    const deadline = Date.now() + (opts.timeoutMs ?? 10 * 60_000);
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        let parsed;
        try {
            parsed = new URL(current);
        }
        catch {
            return { ok: false, reason: `${current} is not a URL` };
        }
        if (parsed.protocol !== 'https:')
            return { ok: false, reason: `${current} is not https${hop ? ` (a redirect from ${url})` : ''}: refused` };
        const answer = await get(parsed, file, opts, deadline);
        if (answer.kind === 'redirect') {
            current = new URL(answer.location, parsed).toString();
            continue;
        }
        if (answer.kind === 'failed')
            return { ok: false, reason: `${current}: ${answer.reason}` };
        return { ok: true, download: { ...answer.download, url: current } };
    }
    return { ok: false, reason: `${url}: more than ${MAX_REDIRECTS} redirects` };
}
function get(url, file, opts, deadline) {
    return new Promise((resolve) => {
        const left = deadline - Date.now();
        if (left <= 0)
            return resolve({ kind: 'failed', reason: 'timed out' });
        const req = (0,external_node_https_.request)(url, { method: 'GET', ca: opts.ca, headers: { 'user-agent': 'slotflip-pin' }, timeout: Math.min(left, 60_000) }, (res) => {
            const status = res.statusCode ?? 0;
            if ([301, 302, 303, 307, 308].includes(status) && res.headers.location) {
                res.resume();
                return resolve({ kind: 'redirect', location: res.headers.location });
            }
            if (status !== 200) {
                res.resume();
                return resolve({ kind: 'failed', reason: `answered ${status}` });
            }
            const total = Number(res.headers['content-length']) || undefined;
            const max = opts.maxBytes ?? 4 * 1024 ** 3;
            if (total !== undefined && total > max) {
                res.destroy();
                return resolve({ kind: 'failed', reason: `is ${total} bytes, more than the limit of ${max}` });
            }
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let bytes = 0;
            const count = new external_node_stream_.Transform({
                transform(chunk, _enc, done) {
                    bytes += chunk.length;
                    if (bytes > max)
                        return done(new Error(`more than the limit of ${max} bytes`));
                    hash.update(chunk);
                    opts.onProgress?.(bytes, total);
                    done(null, chunk);
                },
            });
            const timer = setTimeout(() => res.destroy(new Error('timed out')), deadline - Date.now());
            (0,external_node_stream_promises_.pipeline)(res, count, (0,external_node_fs_.createWriteStream)(file, { mode: 0o600 }))
                .then(() => {
                if (total !== undefined && bytes !== total)
                    return resolve({ kind: 'failed', reason: `ended after ${bytes} of ${total} bytes` });
                resolve({ kind: 'done', download: { sha256: hash.digest('hex'), bytes } });
            })
                .catch((e) => resolve({ kind: 'failed', reason: e.message }))
                .finally(() => clearTimeout(timer));
        });
        req.on('timeout', () => req.destroy(new Error('no answer (timed out)')));
        req.on('error', (e) => resolve({ kind: 'failed', reason: e.message }));
        req.end();
    });
}

// EXTERNAL MODULE: ./src/transport/local.ts
var local = __webpack_require__(2042);
;// CONCATENATED MODULE: ./src/transport/gpg.ts




/**
 * Checks a detached OpenPGP signature with GnuPG, against the keys in one key file and nothing else: a keyring of its
 * own in a temporary home, so the operator's keyring (and whatever trust it holds) plays no part. Returns which key
 * made a good signature; the caller decides whether that key is the one it expects.
 */
async function verifyDetached(data, signature, keyFile) {
    const home = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slotflip-gpg-'));
    const gpg = (args) => (0,local/* execLocal */.f4)(['gpg', '--homedir', home, '--batch', '--no-tty', '--no-autostart', ...args], { timeoutMs: 60_000 });
    try {
        let imported;
        try {
            imported = await gpg(['--import', keyFile]);
        }
        catch {
            return { ok: false, reason: 'gpg is not installed (Debian: apt-get install gpg)' };
        }
        if (imported.code !== 0)
            return {
                ok: false,
                reason: `${keyFile} holds no OpenPGP public key gpg can read: ${imported.stderr.trim().split('\n').pop()}`,
            };
        const r = await gpg(['--status-fd', '1', '--trust-model', 'always', '--verify', signature, data]);
        const status = r.stdout.split('\n').filter((l) => l.startsWith('[GNUPG:] '));
        const field = (name) => status.find((l) => l.startsWith(`[GNUPG:] ${name} `))?.split(' ');
        if (field('EXPKEYSIG'))
            return { ok: false, reason: 'signed with a key that has expired' };
        if (field('REVKEYSIG'))
            return { ok: false, reason: 'signed with a key that was revoked' };
        if (field('BADSIG'))
            return { ok: false, reason: 'the signature does not match the file (the file or its signature was changed)' };
        const noKey = field('NO_PUBKEY') ?? field('ERRSIG');
        if (noKey)
            return { ok: false, reason: `signed by key ${noKey[2]}, which ${keyFile} does not hold` };
        const valid = field('VALIDSIG');
        if (r.code !== 0 || !field('GOODSIG') || !valid)
            return {
                ok: false,
                reason: `gpg could not verify the signature: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`,
            };
        // VALIDSIG <signing key fpr> <date> <time> <expire> <version> <reserved> <algo> <hash> <class> <primary key fpr>
        return { ok: true, fingerprint: valid[valid.length - 1].toUpperCase(), signingKey: valid[2].toUpperCase() };
    }
    finally {
        await (0,promises_.rm)(home, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/session/release-check.ts





const refuse = (message, remedy = '') => new errors/* SlotflipError */.u0('pin', message, remedy, exit_codes/* ExitCode */.y.pinRefused);
const usage = (message, remedy = '') => new errors/* SlotflipError */.u0('pin', message, remedy, exit_codes/* ExitCode */.y.usage);
async function fetchAndCheck(t, opts, ca, base) {
    const signature = t.preset?.release?.signature;
    const keyFile = opts.keyFile ??
        (signature?.key_file && t.preset
            ? (0,external_node_path_.join)(opts.templatesDir ?? 'templates', t.preset.app, signature.key_file)
            : undefined);
    // Asked before the download: a missing key is found in a second, not after a large archive has arrived.
    if (signature && !keyFile)
        throw usage(`${t.preset.app} signs its releases with key ${signature.key} (${signature.source}), and no public ` +
            `key was given`, keyHelp(signature));
    opts.log(`downloading ${t.url}`);
    let shown = 0;
    const got = await downloadHttps(t.url, `${base}.archive`, {
        ca,
        onProgress: (bytes, total) => {
            if (total && bytes / total >= shown + 0.25) {
                shown = Math.floor((bytes / total) * 4) / 4;
                opts.log(`  ${Math.round(shown * 100)}% of ${(total / 1e6).toFixed(1)} MB`);
            }
        },
    });
    if (!got.ok)
        throw refuse(`the download failed: ${got.reason}`, 'Check the URL and the version; nothing was written');
    if (!signature) {
        opts.log(`  ${got.download.bytes} bytes, sha256 ${got.download.sha256}; ` +
            (`${t.preset ? `the ${t.preset.app} preset names` : 'this app has'} no signing key, so this pins what the ` +
                `URL served just now`));
        return { sha256: got.download.sha256 };
    }
    const sigUrl = `${t.url}${signature.suffix}`;
    const sig = await downloadHttps(sigUrl, `${base}.sig`, { ca, maxBytes: 64 * 1024 });
    if (!sig.ok)
        throw refuse(`the signature could not be downloaded: ${sig.reason}`, `${t.preset.app} publishes one beside every release; nothing was written`);
    const check = await verifyDetached(`${base}.archive`, `${base}.sig`, keyFile);
    if (!check.ok)
        throw refuse(`${t.url}: ${check.reason}`, 'Nothing was written. Do not deploy this archive');
    const expected = (opts.keyId ?? signature.key).toUpperCase().replace(/\s+/g, '');
    if (!check.fingerprint.endsWith(expected) && !check.signingKey.endsWith(expected))
        throw refuse(`${t.url} is signed by ${check.fingerprint}, not by ` +
            `${opts.keyId ? 'the key --key-id names' : `${t.preset.app}'s release key`} ${expected}`, 'Nothing was written. Check where the key file came from');
    opts.log(`  ${got.download.bytes} bytes, good signature by ${check.fingerprint}, sha256 ${got.download.sha256}`);
    return { sha256: got.download.sha256, signedBy: check.fingerprint };
}
function keyHelp(s) {
    return (`Fetch it on your machine (gpg --recv-keys ${s.key}; gpg --export --armor ${s.key} > ` +
        `release-key.asc), compare its fingerprint with the one the publisher shows, and give it with --key release-key.asc`);
}

;// CONCATENATED MODULE: ./src/commands/pin.ts









/**
 * Pins the url releases of an environment file: downloads each archive here (never on a host), checks the publisher's
 * signature when the app's preset names a signing key, and writes the archive's sha256 into the file with nothing
 * else changed. Every download is checked before the file is written: one refusal leaves the file as it was.
 */
async function runPin(opts) {
    const read = await (0,config_read/* readEnvironmentFile */.S0)(opts.envFile);
    if (!read.ok)
        throw usage(`${opts.envFile} ${read.finding.message}`);
    const parsed = (0,parse/* parseEnvironmentYaml */.G)(opts.envFile, read.text);
    if (!parsed.ok)
        throw usage(`${opts.envFile} is not valid YAML: ${parsed.findings[0]?.message ?? ''}`, 'Fix the file, then pin');
    const targets = targetsOf(parsed.parsed.data, opts, await presetsOf(parsed.parsed.data, opts.templatesDir ?? 'templates'));
    const ca = opts.caFile ? await (0,promises_.readFile)(opts.caFile) : undefined;
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slotflip-pin-'));
    try {
        const byUrl = new Map();
        for (const t of targets) {
            if (!byUrl.has(t.url))
                byUrl.set(t.url, await fetchAndCheck(t, opts, ca, (0,external_node_path_.join)(work, String(byUrl.size))));
        }
        const pins = targets.map((t) => ({
            path: t.path,
            fields: { ...(opts.version ? { version: t.version, url: t.url } : {}), sha256: byUrl.get(t.url).sha256 },
        }));
        const text = applyPins(read.text, parsed.parsed.source.doc, pins);
        if (text !== read.text)
            await writeKeepingMode(opts.envFile, text);
        return {
            pinned: targets.map((t) => ({ instance: t.instance, version: t.version, url: t.url, ...byUrl.get(t.url) })),
        };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function presetsOf(data, templatesDir) {
    const apps = ((0,rule/* isRecord */.u4)(data) && Array.isArray(data.instances) ? data.instances : []).flatMap((i) => (0,rule/* isRecord */.u4)(i) && (0,rule/* isRecord */.u4)(i.app) && typeof i.app.name === 'string' ? [i.app.name] : []);
    const loaded = await (0,load/* loadPresets */.V)(templatesDir, apps);
    const broken = [...loaded.broken.values()][0];
    if (broken)
        throw usage(broken);
    return loaded.presets;
}
function targetsOf(data, opts, presets) {
    const instances = (0,rule/* isRecord */.u4)(data) && Array.isArray(data.instances) ? data.instances : [];
    const out = [];
    instances.forEach((inst, index) => {
        if (!(0,rule/* isRecord */.u4)(inst) || !(0,rule/* isRecord */.u4)(inst.app) || !(0,rule/* isRecord */.u4)(inst.app.release))
            return;
        const id = typeof inst.id === 'string' ? inst.id : `#${index}`;
        if (opts.instanceId !== undefined && id !== opts.instanceId)
            return;
        const release = inst.app.release;
        if (release.source !== 'url') {
            if (opts.instanceId !== undefined)
                throw usage(`${id}'s release is source: ${String(release.source)}; only a url release is pinned by its download`, 'An upload release is hashed from its file at each deploy; a git release pins its commit');
            return;
        }
        const preset = typeof inst.app.name === 'string' ? presets.get(inst.app.name) : undefined;
        const version = opts.version ?? String(release.version);
        let url = typeof release.url === 'string' ? release.url : '';
        if (opts.version !== undefined) {
            if (!preset?.release?.url)
                throw usage(`--version needs the URL of ${String(inst.app.name)} ${opts.version}, and ` +
                    `templates/${String(inst.app.name)}/preset.yaml names no release.url`, 'Write the version and url in the file, then pin without --version');
            url = preset.release.url.replaceAll('{version}', opts.version);
        }
        out.push({ instance: id, path: ['instances', index, 'app', 'release'], version, url, preset });
    });
    if (out.length === 0)
        throw usage(opts.instanceId
            ? `${opts.envFile} has no instance ${opts.instanceId}`
            : `${opts.envFile} has no url release to pin`);
    return out;
}
// Written beside the file and renamed over it: an interrupted pin leaves the old file whole.
async function writeKeepingMode(file, text) {
    const mode = (await (0,promises_.stat)(file)).mode & 0o777;
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${Date.now()}.pin.tmp`);
    await (0,promises_.writeFile)(tmp, text, { mode });
    await (0,promises_.rename)(tmp, file);
}

// EXTERNAL MODULE: ./src/cli/parse.ts
var cli_parse = __webpack_require__(99537);
;// CONCATENATED MODULE: ./src/cli/pin.ts



/** `slotflip pin FILE`: each url release downloaded, its signature checked, its sha256 written into FILE. */
async function pinCommand(values, args, io) {
    const file = args[0];
    const r = await runPin({
        envFile: file,
        instanceId: (0,cli_parse/* str */.gx)(values, 'instance'),
        version: (0,cli_parse/* str */.gx)(values, 'version'),
        keyFile: (0,cli_parse/* str */.gx)(values, 'key'),
        keyId: (0,cli_parse/* str */.gx)(values, 'key-id'),
        caFile: (0,cli_parse/* str */.gx)(values, 'ca-file'),
        log: io.err,
    });
    for (const p of r.pinned)
        io.out(`${p.instance}: ${p.version} sha256 ${p.sha256}${p.signedBy ? ` (signed by ${p.signedBy})` : ''}`);
    io.err(`pin: ${file} pins ${new Set(r.pinned.map((p) => p.url)).size} archive(s) for ${r.pinned.length} instance(s)`);
    return exit_codes/* ExitCode */.y.ok;
}


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


/***/ })

};
