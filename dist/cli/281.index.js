export const id = 281;
export const ids = [281];
export const modules = {

/***/ 67487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ hostOptions),
  R: () => (/* binding */ secretsOption)
});

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(14226);
;// CONCATENATED MODULE: ./src/cli/lock-wait.ts


/** --lock-wait in milliseconds; a value that is not a duration stops the command before anything connects. */
function lockWaitOption(text) {
    const wait = (0,duration/* parseLockWait */.C)(text ?? '0');
    if (!wait.ok)
        throw new usage_error/* UsageError */.e(`--${wait.message}`);
    return wait.ms;
}

// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
;// CONCATENATED MODULE: ./src/cli/host-options.ts


/** Where a verb reads secrets: the environment's SLOTFLIP_SECRET_* and --secrets-dir (or $SLOTFLIP_SECRETS_DIR). */
function secretsOption(values, io) {
    return { env: io.env, dir: (0,parse/* str */.gx)(values, 'secrets-dir') ?? io.env.SLOTFLIP_SECRETS_DIR };
}
/** What every verb that runs a plan on a host takes from its command line: the file, instance, secrets, lock wait. */
function hostOptions(values, io, signal) {
    return {
        envFile: (0,parse/* str */.gx)(values, 'env'),
        instanceId: (0,parse/* str */.gx)(values, 'instance'),
        secrets: secretsOption(values, io),
        lockWaitMs: lockWaitOption((0,parse/* str */.gx)(values, 'lock-wait')),
        dryRun: (0,parse/* flag */.Jt)(values, 'dry-run'),
        log: io.err,
        signal,
    };
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

/***/ 78006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** OpenSSH's fingerprint of a host key blob: what `ssh-keygen -lf` prints (SHA256:, base64 without padding). */
function fingerprint(keyBlob) {
    return `SHA256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}


/***/ }),

/***/ 14519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IB: () => (/* binding */ connectContainer),
  jh: () => (/* binding */ connectNode),
  u: () => (/* binding */ connectTarget),
  qp: () => (/* binding */ nodeName)
});

// UNUSED EXPORTS: pctExec

// EXTERNAL MODULE: ./src/transport/local.ts
var local = __webpack_require__(2042);
// EXTERNAL MODULE: ./node_modules/node-ssh/lib/esm/index.mjs + 2 modules
var esm = __webpack_require__(19487);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/shell/fingerprint.ts
var fingerprint = __webpack_require__(78006);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
class SshTransport {
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
                    presented = (0,fingerprint/* fingerprint */.R)(key);
                    return target.hostKeys.includes(presented);
                },
            });
        }
        catch (err) {
            ssh.dispose();
            sock?.destroy(); // if node-ssh failed before ssh2 took it, nothing else would close it
            throw classify(err, target, presented);
        }
        return new SshTransport(ssh, target);
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
        return SshTransport.connect(sshTo(t, key));
    if (t.transport === 'pct')
        return connectContainer(t, t.vmid, key);
    return new local/* PrefixTransport */.W3('this machine', []);
}
/** The Proxmox node a pct target runs on: over SSH when `pct_via: ssh`, else this machine. */
async function connectNode(t, privateKey) {
    return pctViaSsh(t) ? SshTransport.connect(sshTo(t, privateKey ?? '')) : new local/* PrefixTransport */.W3('this machine', []);
}
/** A shell inside container `vmid` on that node, through `pct exec`. */
async function connectContainer(t, vmid, privateKey) {
    return pctViaSsh(t)
        ? SshTransport.connect({ ...sshTo(t, privateKey ?? ''), remote: [...pctExec(vmid), 'bash', '-s'] })
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


/***/ })

};
