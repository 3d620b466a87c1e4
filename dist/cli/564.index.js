export const id = 564;
export const ids = [564];
export const modules = {

/***/ 67457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ runningPid),
/* harmony export */   gO: () => (/* binding */ ensureAptProxy),
/* harmony export */   sf: () => (/* binding */ stopAptProxy)
/* harmony export */ });
/* unused harmony exports APT_PROXY_PORT, aptProxyUrl, aptProxyLogDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _transport_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2042);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29038);





// The lab's package proxy (apt-cacher-ng) on the lab bridge: provisioned containers install from Debian through it,
// as a homelab's containers often do, so the install path is exercised for real. It listens on the bridge address
// only (no container can reach anything else), and its cache outlives `lab down` like the rootfs cache.
const APT_PROXY_PORT = 3142;
const aptProxyUrl = () => `http://${(0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .bridgeAddress */ .ek)()}:${APT_PROXY_PORT}`;
const dir = () => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .LAB */ .wr.stateDir, 'apt-proxy');
const pidFile = () => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir(), 'pid');
const aptProxyLogDir = () => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir(), 'log');
const cacheDir = () => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .LAB */ .wr.cacheDir, 'apt');
const BINARY = '/usr/sbin/apt-cacher-ng';
/** The pid of the proxy this lab started, if it still runs (checked by name: a recycled pid is not ours). */
/** The pid of the package proxy this lab started, while it runs. */
function runningPid() {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pidFile()))
        return undefined;
    const pid = Number((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pidFile(), 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 1)
        return undefined;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/comm`, 'utf8').trim() === 'apt-cacher-ng' ? pid : undefined;
    }
    catch {
        return undefined;
    }
}
async function install(log) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(BINARY))
        return;
    log("installing apt-cacher-ng (the lab's package proxy)");
    // policy-rc.d: the package's own service must not start on this machine; the lab runs its own instance.
    const policy = '/usr/sbin/policy-rc.d';
    const ours = !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(policy);
    if (ours)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    try {
        const env = { PATH: process.env.PATH, DEBIAN_FRONTEND: 'noninteractive' };
        const r = await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)(['apt-get', 'install', '-y', '-qq', 'apt-cacher-ng'], { env, timeoutMs: 10 * 60_000 });
        if (r.code !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LabError */ .o8(`installing apt-cacher-ng failed: ${r.stderr.trim().split('\n').pop()}`, 'Run `apt-get update`, then try again');
    }
    finally {
        if (ours)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(policy, { force: true });
    }
}
/** Starts the proxy on the lab bridge unless it runs; returns its URL. The bridge must exist (lab up). */
async function ensureAptProxy(log) {
    if (runningPid())
        return aptProxyUrl();
    await install(log);
    for (const d of [dir(), aptProxyLogDir(), cacheDir()])
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(d, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir(), 'acng.conf'), [
        `CacheDir: ${cacheDir()}`,
        `LogDir: ${aptProxyLogDir()}`,
        'SupportDir: /usr/lib/apt-cacher-ng',
        `BindAddress: ${(0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .bridgeAddress */ .ek)()}`,
        `Port: ${APT_PROXY_PORT}`,
        `PidFile: ${pidFile()}`,
        'ExThreshold: 4',
        'VerboseLog: 1',
        '',
    ].join('\n'));
    // It daemonizes itself once it listens and writes its pid file.
    const r = await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)([BINARY, '-c', dir(), 'ForeGround=0'], { timeoutMs: 30_000 });
    if (r.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LabError */ .o8(`apt-cacher-ng did not start: ${(r.stderr || r.stdout).trim().split('\n').pop()}`);
    for (let i = 0; i < 50 && !runningPid(); i++)
        await new Promise((res) => setTimeout(res, 100));
    if (!runningPid())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LabError */ .o8('apt-cacher-ng started but wrote no pid file', `See ${aptProxyLogDir()}`);
    log(`package proxy: ${aptProxyUrl()} (apt-cacher-ng, cache ${cacheDir()})`);
    return aptProxyUrl();
}
/** Stops the proxy this lab started (by its pid, checked to be apt-cacher-ng). */
function stopAptProxy(log) {
    const pid = runningPid();
    if (!pid)
        return;
    process.kill(pid, 'SIGTERM');
    log(`stopped the package proxy (pid ${pid})`);
}


/***/ }),

/***/ 83608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ destroyContainer),
/* harmony export */   E_: () => (/* binding */ hostKeyFingerprint),
/* harmony export */   K0: () => (/* binding */ attach),
/* harmony export */   YI: () => (/* binding */ startContainer),
/* harmony export */   YT: () => (/* binding */ existingContainers),
/* harmony export */   bC: () => (/* binding */ waitForBoot),
/* harmony export */   bX: () => (/* binding */ containerState),
/* harmony export */   g$: () => (/* binding */ createContainer),
/* harmony export */   rQ: () => (/* binding */ containerDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _transport_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2042);
/* harmony import */ var _shell_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78006);
/* harmony import */ var _lxc_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59505);
/* harmony import */ var _rootfs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98656);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29038);








const containerDir = (n) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .LAB */ .wr.lxcPath, (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .containerName */ .xN)(n));
const rootfsOf = (n) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(containerDir(n), 'rootfs');
async function containerState(n) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(containerDir(n), 'config')))
        return 'ABSENT';
    const r = await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)(_lxc_config_js__WEBPACK_IMPORTED_MODULE_5__/* .lxc */ .Q.state(n));
    return r.code === 0 ? r.stdout.trim() : 'ABSENT';
}
/** Copies the cached rootfs and gives the copy its own identity: host keys, hostname, the lab's SSH key. */
async function createContainer(n, publicKey) {
    const dir = containerDir(n);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const rootfs = rootfsOf(n);
    const copy = await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)(['cp', '-a', '--reflink=auto', `${(0,_rootfs_js__WEBPACK_IMPORTED_MODULE_6__/* .rootfsDir */ .H9)()}/.`, `${rootfs}/`]);
    if (copy.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LabError */ .o8(`copying the rootfs failed: ${copy.stderr.trim()}`, 'Check free disk space under SLOTFLIP_LAB_PATH');
    const keys = await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)(['ssh-keygen', '-A', '-f', rootfs]);
    if (keys.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LabError */ .o8(`generating host keys failed: ${keys.stderr.trim()}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(rootfs, 'etc/hostname'), `${(0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .containerName */ .xN)(n)}\n`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(rootfs, 'etc/hosts'), `127.0.0.1 localhost\n127.0.1.1 ${(0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .containerName */ .xN)(n)}\n::1 localhost\n`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(rootfs, 'root/.ssh'), { recursive: true, mode: 0o700 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(rootfs, 'root/.ssh/authorized_keys'), `${publicKey.trim()}\n`, { mode: 0o600 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'config'), (0,_lxc_config_js__WEBPACK_IMPORTED_MODULE_5__/* .lxcConfig */ .Kw)(n));
    // A container made before MAC addresses were fixed (lxc-config.ts) left the host a neighbour entry naming its
    // random MAC: forgotten, so the first handshake to the new one does not wait for the entry to go stale.
    await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)(['ip', 'neigh', 'flush', 'to', (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .containerAddress */ .SA)(n), 'dev', _settings_js__WEBPACK_IMPORTED_MODULE_7__/* .LAB */ .wr.bridge]);
}
/** The container's SSH host key fingerprint, read from its rootfs: pinned, never learned over the network. */
function hostKeyFingerprint(n) {
    const line = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(rootfsOf(n), 'etc/ssh/ssh_host_ed25519_key.pub'), 'utf8').trim();
    const blob = line.split(/\s+/)[1];
    if (!blob)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LabError */ .o8(`unreadable host key in ${(0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .containerName */ .xN)(n)}`);
    return (0,_shell_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprint */ .R)(Buffer.from(blob, 'base64'));
}
async function startContainer(n) {
    const r = await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)(_lxc_config_js__WEBPACK_IMPORTED_MODULE_5__/* .lxc */ .Q.start(n));
    if (r.code !== 0) {
        const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(containerDir(n), 'lxc.log'))
            ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(containerDir(n), 'lxc.log'), 'utf8')
                .trim()
                .split('\n')
                .slice(-3)
                .join(' | ')
            : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LabError */ .o8(`lxc-start ${(0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .containerName */ .xN)(n)} failed: ${r.stderr.trim() || log}`, 'See the container log with `slotflip lab status`, or run `lxc-start -F` by hand to watch it boot');
    }
}
/** pct exec's equivalent for the lab: a shell in the container with a clean environment. */
const attach = (n) => new _transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .PrefixTransport */ .W3(`lxc-attach ${(0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .containerName */ .xN)(n)}`, _lxc_config_js__WEBPACK_IMPORTED_MODULE_5__/* .lxc */ .Q.attachPrefix(n));
/** Waits until systemd has finished booting (running, or degraded by a unit that cannot work in a container). */
async function waitForBoot(n, timeoutMs = 120_000) {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
        const r = await attach(n).script('systemctl is-system-running --wait 2>/dev/null || true', {
            timeoutMs: Math.max(1000, deadline - Date.now()),
        });
        last = r.stdout.trim().split('\n').pop() ?? '';
        if (last === 'running' || last === 'degraded')
            return last;
        await new Promise((res) => setTimeout(res, 500));
    }
    const failed = await attach(n).script('systemctl --failed --no-legend --plain | head -5');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LabError */ .o8(`${(0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .containerName */ .xN)(n)} did not finish booting in ${timeoutMs / 1000} s (systemd: ${last || 'no answer'}; ` +
        `failed units: ${failed.stdout.trim().replace(/\n/g, ', ') || 'none'})`);
}
async function destroyContainer(n) {
    await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)(_lxc_config_js__WEBPACK_IMPORTED_MODULE_5__/* .lxc */ .Q.stop(n));
    await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)(_lxc_config_js__WEBPACK_IMPORTED_MODULE_5__/* .lxc */ .Q.destroy(n));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(containerDir(n), { recursive: true, force: true });
}
/** Numbers of the lab containers that exist, from the lab's own lxcpath. */
async function existingContainers() {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .LAB */ .wr.lxcPath))
        return [];
    const r = await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)(_lxc_config_js__WEBPACK_IMPORTED_MODULE_5__/* .lxc */ .Q.list());
    return r.stdout
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s.startsWith(_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .LAB */ .wr.namePrefix))
        .map((s) => Number(s.slice(_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .LAB */ .wr.namePrefix.length)))
        .filter((x) => Number.isInteger(x) && x > 0)
        .sort((a, b) => a - b);
}


/***/ }),

/***/ 9925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ missingTools),
/* harmony export */   Ge: () => (/* binding */ removeBridge),
/* harmony export */   JA: () => (/* binding */ ensureIdMaps),
/* harmony export */   QC: () => (/* binding */ ensureBridge),
/* harmony export */   RC: () => (/* binding */ checkHost),
/* harmony export */   YG: () => (/* binding */ idMapsPresent),
/* harmony export */   d9: () => (/* binding */ checkRoot),
/* harmony export */   vQ: () => (/* binding */ bridgePresent),
/* harmony export */   xf: () => (/* binding */ ensureTools)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _transport_local_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2042);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29038);




function checkRoot() {
    if (process.getuid?.() !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LabError */ .o8('the lab needs root (it creates containers, a bridge and id maps)', 'Run it as root, e.g. `sudo npx slotflip lab up`');
}
/** Root, user namespaces, disk: each missing one is one line that says what to do. */
function checkHost() {
    checkRoot();
    const userns = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('/proc/sys/user/max_user_namespaces')
        ? Number((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/sys/user/max_user_namespaces', 'utf8'))
        : 0;
    if (!(userns > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LabError */ .o8('this kernel has user namespaces disabled, so unprivileged containers cannot run', 'Enable them: `sysctl -w user.max_user_namespaces=15000`');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.cacheDir, { recursive: true });
    const fs = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statfsSync)(_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.cacheDir);
    const free = fs.bavail * fs.bsize;
    if (free < _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.minFreeBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LabError */ .o8(`only ${(free / 1024 ** 3).toFixed(1)} GiB free under ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.cacheDir}; the lab needs ` +
            `${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.minFreeBytes / 1024 ** 3} GiB`, 'Free some space, or point SLOTFLIP_LAB_CACHE and SLOTFLIP_LAB_PATH at a larger disk');
    }
}
/** The lab's tools this machine lacks (read only). */
const missingTools = () => ['lxc-start', 'debootstrap', 'ssh-keygen', 'age-keygen'].filter((t) => !['/usr/bin', '/usr/sbin', '/bin', '/sbin'].some((d) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(`${d}/${t}`)));
/** Whether /etc/subuid and /etc/subgid hold the lab's id map (read only). */
const idMapsPresent = () => ['/etc/subuid', '/etc/subgid'].every((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(f, 'utf8').split('\n').includes(`root:${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.idBase}:${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.idCount}`));
/** Whether the lab's bridge exists (read only). */
const bridgePresent = async () => (await ip(['-br', 'link', 'show', 'dev', _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.bridge])).code === 0;
/** Installs LXC, debootstrap and age when missing (Debian's packages; age makes the lab's backup key). */
async function ensureTools(log) {
    const missing = missingTools();
    if (missing.length === 0)
        return;
    log(`installing lxc, debootstrap, openssh-client and age (missing: ${missing.join(', ')})`);
    const env = { PATH: process.env.PATH, DEBIAN_FRONTEND: 'noninteractive' };
    for (const argv of [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'lxc', 'debootstrap', 'openssh-client', 'age'],
    ]) {
        const r = await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_2__/* .execLocal */ .f4)(argv, { env });
        if (r.code !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LabError */ .o8(`${argv.join(' ')} failed: ${r.stderr.trim().split('\n').pop()}`, 'Install lxc, debootstrap, openssh-client and age by hand and run again');
    }
}
/** Proxmox's id map for unprivileged containers: root may map 65536 ids from 100000. */
function ensureIdMaps() {
    const line = `root:${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.idBase}:${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.idCount}`;
    for (const file of ['/etc/subuid', '/etc/subgid']) {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') : '';
        if (!text.split('\n').includes(line))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${text && !text.endsWith('\n') ? '\n' : ''}${line}\n`);
    }
}
async function ip(args) {
    return (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_2__/* .execLocal */ .f4)(['ip', ...args]);
}
/** The lab's bridge and address; refuses when the subnet is already routed elsewhere on this machine. */
async function ensureBridge() {
    const link = await ip(['-br', 'link', 'show', 'dev', _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.bridge]);
    if (link.code !== 0) {
        const routes = await ip(['-4', 'route', 'show', `${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.subnetPrefix}.0/24`]);
        if (routes.stdout.trim()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LabError */ .o8(`the lab subnet ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.subnetPrefix}.0/24 is already in use on this machine (${routes.stdout.trim()})`, 'Choose another with SLOTFLIP_LAB_SUBNET=10.x.y');
        }
        for (const args of [
            ['link', 'add', _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.bridge, 'type', 'bridge'],
            ['addr', 'add', `${(0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .bridgeAddress */ .ek)()}/24`, 'dev', _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.bridge],
            ['link', 'set', _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.bridge, 'up'],
        ]) {
            const r = await ip(args);
            if (r.code !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LabError */ .o8(`ip ${args.join(' ')} failed: ${r.stderr.trim()}`);
        }
    }
}
async function removeBridge() {
    return (await ip(['link', 'del', _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.bridge])).code === 0;
}


/***/ }),

/***/ 59505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ lxcConfig),
/* harmony export */   Q: () => (/* binding */ lxc)
/* harmony export */ });
/* unused harmony export macAddress */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29038);


/**
 * The LXC config of lab container N: unprivileged with Proxmox's id map (container root = host uid 100000),
 * an idmapped rootfs (no chown of the copy), nesting mounts as Proxmox's `features: nesting=1`, and a veth on the
 * lab's bridge with a fixed address and a fixed MAC address.
 */
function lxcConfig(n, address = `${(0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .containerAddress */ .SA)(n)}/24`, gateway = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .bridgeAddress */ .ek)()) {
    const name = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .containerName */ .xN)(n);
    return [
        `# slotflip lab container ${n}: generated by slotflip (\`lab up\` or \`provision --provider lab\`); ` +
            `\`slotflip lab down\` removes it.`,
        `lxc.uts.name = ${name}`,
        `lxc.rootfs.path = dir:${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.lxcPath, name, 'rootfs')}`,
        'lxc.rootfs.options = idmap=container',
        'lxc.include = /usr/share/lxc/config/common.conf',
        'lxc.include = /usr/share/lxc/config/userns.conf',
        'lxc.include = /usr/share/lxc/config/nesting.conf',
        `lxc.idmap = u 0 ${_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.idBase} ${_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.idCount}`,
        `lxc.idmap = g 0 ${_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.idBase} ${_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.idCount}`,
        'lxc.apparmor.profile = unconfined',
        'lxc.mount.auto = proc:mixed sys:mixed cgroup:mixed',
        'lxc.autodev = 1',
        'lxc.net.0.type = veth',
        `lxc.net.0.link = ${_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.bridge}`,
        `lxc.net.0.veth.pair = ${(0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .vethName */ .bG)(n)}`,
        `lxc.net.0.hwaddr = ${macAddress(n)}`,
        `lxc.net.0.ipv4.address = ${address}`,
        `lxc.net.0.ipv4.gateway = ${gateway}`,
        'lxc.net.0.flags = up',
        'lxc.net.0.name = eth0',
        `lxc.log.file = ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.lxcPath, name, 'lxc.log')}`,
        'lxc.log.level = WARN',
        '',
    ].join('\n');
}
/**
 * Container N's MAC address: locally administered, the same every time N is created, as Proxmox keeps a container's
 * `hwaddr`. With a new random MAC, a container made again at an address the host had just used (the restore suite's
 * spare) stayed unreachable for several seconds: the host's neighbour entry still named the old MAC, and the first
 * SSH handshake timed out.
 */
function macAddress(n) {
    const bytes = [0x02, 0x5f, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
    return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}
/** The lxc-* argv for container N, always with the lab's own lxcpath so nothing else is ever touched. */
const lxc = {
    start: (n) => ['lxc-start', '-P', _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.lxcPath, '-n', (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .containerName */ .xN)(n), '-d'],
    stop: (n) => ['lxc-stop', '-P', _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.lxcPath, '-n', (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .containerName */ .xN)(n), '-k'],
    destroy: (n) => ['lxc-destroy', '-P', _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.lxcPath, '-n', (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .containerName */ .xN)(n)],
    state: (n) => ['lxc-info', '-P', _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.lxcPath, '-n', (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .containerName */ .xN)(n), '-s', '-H'],
    pid: (n) => ['lxc-info', '-P', _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.lxcPath, '-n', (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .containerName */ .xN)(n), '-p', '-H'],
    list: () => ['lxc-ls', '-P', _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.lxcPath, '-1'],
    /** What Proxmox's `pct exec ID --keep-env 0 --` runs: an attach with a clean environment. */
    attachPrefix: (n) => ['lxc-attach', '-P', _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LAB */ .wr.lxcPath, '-n', (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .containerName */ .xN)(n), '--clear-env', '--'],
};


/***/ }),

/***/ 93309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ ensureRootfs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _transport_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2042);
/* harmony import */ var _rootfs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98656);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29038);






/**
 * Builds the bookworm rootfs once and caches it. It is built in a temporary directory and renamed into place only
 * when complete, so an interrupted build (Ctrl-C, full disk) never leaves a cache that looks usable.
 */
async function ensureRootfs(log, flavor = 'full') {
    if ((0,_rootfs_js__WEBPACK_IMPORTED_MODULE_4__/* .rootfsCached */ .aC)(flavor))
        return { built: false, seconds: 0 };
    const mirror = (0,_rootfs_js__WEBPACK_IMPORTED_MODULE_4__/* .debianMirror */ .xd)();
    if (!mirror)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LabError */ .o8('no Debian mirror found in /etc/apt', 'Set SLOTFLIP_LAB_MIRROR to a Debian mirror URL');
    const started = Date.now();
    const final = (0,_rootfs_js__WEBPACK_IMPORTED_MODULE_4__/* .rootfsDir */ .H9)(flavor);
    const { prefix, setup: script } = (0,_rootfs_js__WEBPACK_IMPORTED_MODULE_4__/* .flavorOf */ .cJ)(flavor);
    const tmp = `${final}.partial-${process.pid}`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .LAB */ .wr.cacheDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { recursive: true, force: true });
    log(`building the ${flavor} ${_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .LAB */ .wr.suite} rootfs (first run only, about a minute) into ${final}`);
    const [debootstrap, setup] = (0,_rootfs_js__WEBPACK_IMPORTED_MODULE_4__/* .rootfsBuildCommands */ .C8)(tmp, mirror, flavor);
    // debootstrap is quiet for long stretches: say that it is still working.
    const ticker = setInterval(() => log(`  still building the rootfs (${Math.round((Date.now() - started) / 1000)} s)`), 15_000);
    try {
        const r = await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)(debootstrap, { env: { PATH: process.env.PATH }, timeoutMs: 20 * 60_000 });
        if (r.code !== 0) {
            const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-3).join(' | ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LabError */ .o8(`debootstrap failed (exit ${r.code}): ${tail}`, 'Check the mirror (SLOTFLIP_LAB_MIRROR) and free disk space, then run `slotflip lab up` again');
        }
        const s = await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_3__/* .execLocal */ .f4)(setup, { input: script, env: { PATH: process.env.PATH } });
        if (s.code !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LabError */ .o8(`configuring the rootfs failed (exit ${s.code}): ${s.stderr.trim().split('\n').pop()}`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, _rootfs_js__WEBPACK_IMPORTED_MODULE_4__/* .COMPLETE_MARKER */ .h8), `${new Date().toISOString()}\n`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, final);
        // Caches built from an older package list or setup are never used again: they only fill the disk (~500 MB each).
        for (const old of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .LAB */ .wr.cacheDir).filter((n) => n.startsWith(`${prefix}-`) && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .LAB */ .wr.cacheDir, n) !== final)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .LAB */ .wr.cacheDir, old), { recursive: true, force: true });
            log(`removed the outdated rootfs cache ${old}`);
        }
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { recursive: true, force: true });
        throw err;
    }
    finally {
        clearInterval(ticker);
    }
    return { built: true, seconds: (Date.now() - started) / 1000 };
}


/***/ }),

/***/ 98656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ rootfsBuildCommands),
/* harmony export */   H9: () => (/* binding */ rootfsDir),
/* harmony export */   aC: () => (/* binding */ rootfsCached),
/* harmony export */   cJ: () => (/* binding */ flavorOf),
/* harmony export */   h8: () => (/* binding */ COMPLETE_MARKER),
/* harmony export */   xd: () => (/* binding */ debianMirror)
/* harmony export */ });
/* unused harmony exports ROOTFS_SETUP, MINIMAL_SETUP, rootfsKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29038);




// Mounts an unprivileged container may not make: masking them lets systemd reach "running". Then no apt cache or
// package lists in the image. (The text is part of the rootfs cache's key: keep its bytes unless the image changes.)
const MASKED_UNITS = [
    'sys-kernel-debug.mount',
    'sys-kernel-tracing.mount',
    'sys-kernel-config.mount',
    'sys-fs-fuse-connections.mount',
    'systemd-journald-audit.socket',
];
const MASK_AND_CLEAN = `for unit in ${MASKED_UNITS.join(' ')}; do
  ln -sf /dev/null "/etc/systemd/system/$unit"
done
apt-get clean
rm -rf /var/lib/apt/lists/*
`;
// Configuration baked into the cached rootfs, shared by every container. Per-container identity (host keys,
// machine id, hostname, passwords) is set at create time, never here.
const ROOTFS_SETUP = `set -eu
export DEBIAN_FRONTEND=noninteractive
# SSH: keys only; each container gets its own host keys when it is created.
mkdir -p /etc/ssh/sshd_config.d
printf 'PermitRootLogin prohibit-password\\nPasswordAuthentication no\\nLogLevel VERBOSE\\n' \
> /etc/ssh/sshd_config.d/slotflip-lab.conf
rm -f /etc/ssh/ssh_host_*
# A fresh machine id per container (systemd makes one at first boot).
: > /etc/machine-id
rm -f /var/lib/dbus/machine-id
# PostgreSQL and Redis answer on the lab network too, with passwords only.
conf=$(ls -d /etc/postgresql/*/main | head -1)
sed -i "s/^#\\?listen_addresses.*/listen_addresses = '*'/" "$conf/postgresql.conf"
echo 'host all all samenet scram-sha-256' >> "$conf/pg_hba.conf"
sed -i 's/^bind .*/bind 0.0.0.0 ::/' /etc/redis/redis.conf
# Mounts an unprivileged container may not make; masking them lets systemd reach "running".
${MASK_AND_CLEAN}`;
/**
 * The minimal rootfs `slotflip provision` starts from in the lab, as bare as a container template gets: systemd and
 * apt, no sshd, nginx, PostgreSQL or Redis (provision installs them), and no package lists (provision fetches them).
 */
const MINIMAL_SETUP = `set -eu
: > /etc/machine-id
rm -f /var/lib/dbus/machine-id
${MASK_AND_CLEAN}`;
const FLAVORS = {
    full: { packages: _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .ROOTFS_PACKAGES */ .Sr, setup: ROOTFS_SETUP, prefix: 'rootfs' },
    minimal: { packages: _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .MINIMAL_PACKAGES */ .sD, setup: MINIMAL_SETUP, prefix: 'minimal' },
};
const flavorOf = (f) => FLAVORS[f];
/** The cache key: a different package list or setup script builds a different rootfs. */
function rootfsKey(flavor = 'full') {
    const { packages, setup } = FLAVORS[flavor];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.suite, packages, setup]))
        .digest('hex')
        .slice(0, 12);
}
const rootfsDir = (flavor = 'full') => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.cacheDir, `${FLAVORS[flavor].prefix}-${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.suite}-${rootfsKey(flavor)}`);
const COMPLETE_MARKER = '.slotflip-complete';
function rootfsCached(flavor = 'full') {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(rootfsDir(flavor), COMPLETE_MARKER));
}
/** The Debian mirror this machine's apt already uses (override: SLOTFLIP_LAB_MIRROR). */
function debianMirror() {
    if (process.env.SLOTFLIP_LAB_MIRROR)
        return process.env.SLOTFLIP_LAB_MIRROR;
    for (const file of ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            continue;
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
        const deb822 = /^URIs:\s*(\S+\/debian)\/?\s*$/m.exec(text);
        const oneLine = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+\/debian)\/?\s+\S+/m.exec(text);
        const found = deb822?.[1] ?? oneLine?.[1];
        if (found)
            return found;
    }
    return undefined;
}
/** The steps that build the cache, as argv arrays (debootstrap, then the setup script inside the new root). */
function rootfsBuildCommands(tmp, mirror, flavor = 'full') {
    return [
        ['debootstrap', '--variant=minbase', `--include=${FLAVORS[flavor].packages.join(',')}`, _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LAB */ .wr.suite, tmp, mirror],
        ['chroot', tmp, 'bash', '-s'],
    ];
}


/***/ }),

/***/ 29038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SA: () => (/* binding */ containerAddress),
/* harmony export */   Sr: () => (/* binding */ ROOTFS_PACKAGES),
/* harmony export */   bG: () => (/* binding */ vethName),
/* harmony export */   ek: () => (/* binding */ bridgeAddress),
/* harmony export */   sD: () => (/* binding */ MINIMAL_PACKAGES),
/* harmony export */   wr: () => (/* binding */ LAB),
/* harmony export */   xN: () => (/* binding */ containerName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The state folder inside the repository, as path segments spread at run time: the bundler copies into dist/ any path
 * it can evaluate (with the lab's keys and secrets in it), and it evaluated `resolve(process.cwd(), 'lab/state')`.
 */
const STATE_PATH = Object.freeze(['lab', 'state']);
// Everything the lab creates is named here, so `down` can remove exactly that and nothing else.
const LAB = {
    /** Containers live in their own lxcpath: `lxc-ls -P` there lists only ours. */
    lxcPath: process.env.SLOTFLIP_LAB_PATH ?? '/var/lib/slotflip-lab',
    /** The cached rootfs outlives `down` (it takes a minute to build); `down --purge` removes it. */
    cacheDir: process.env.SLOTFLIP_LAB_CACHE ?? '/var/cache/slotflip-lab',
    /**
     * Keys, secrets, environment files and releases of the running lab, inside the repository (git-ignored). Never
     * elsewhere: the lab's environment files name their releases by a path inside the repository, as a commit would.
     */
    stateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.cwd(), ...STATE_PATH),
    bridge: 'slotflip0',
    /** The lab's own network: the bridge is .1, container N is .(10+N). Nothing outside it is ever addressed. */
    subnetPrefix: process.env.SLOTFLIP_LAB_SUBNET ?? '10.251.0',
    namePrefix: 'slotflip-lab-',
    suite: 'bookworm',
    maxCount: 5,
    /** Unprivileged, as Proxmox makes containers: container root is host uid 100000. */
    idBase: 100000,
    idCount: 65536,
    /** Free space the lab needs for the rootfs cache and one container copy. */
    minFreeBytes: 3 * 1024 ** 3,
};
const containerName = (n) => `${LAB.namePrefix}${n}`;
const containerAddress = (n) => `${LAB.subnetPrefix}.${10 + n}`;
const bridgeAddress = () => `${LAB.subnetPrefix}.1`;
/** Host-side veth name (at most 15 characters). */
const vethName = (n) => `sflab${n}`;
const ROOTFS_PACKAGES = [
    'systemd',
    'systemd-sysv',
    'dbus',
    'openssh-server',
    'iproute2',
    'procps',
    'nginx-light',
    'postgresql',
    'redis-server',
    'nodejs',
    'curl',
    'ca-certificates',
    'less',
    'age',
    'pigz',
    'zstd',
    'unzip',
    // nftables: adopting an app with no nginx in front hands its port to nginx through a redirect (host/handoff.ts).
    'nftables',
];
/** The minimal rootfs provision starts from: an init and apt, nothing else (a Proxmox template has a little more). */
const MINIMAL_PACKAGES = ['systemd', 'systemd-sysv', 'dbus'];


/***/ })

};
