export const id = 314;
export const ids = [314];
export const modules = {

/***/ 28314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   labNumber: () => (/* binding */ labNumber),
/* harmony export */   labProvider: () => (/* binding */ labProvider),
/* harmony export */   labProviderPending: () => (/* binding */ labProviderPending),
/* harmony export */   prepareLabProvider: () => (/* binding */ prepareLabProvider)
/* harmony export */ });
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(61250);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _transport_local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2042);
/* harmony import */ var _apt_proxy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67457);
/* harmony import */ var _container_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83608);
/* harmony import */ var _host_setup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9925);
/* harmony import */ var _lxc_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59505);
/* harmony import */ var _rootfs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98656);
/* harmony import */ var _rootfs_build_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93309);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29038);










/** Lab container N is Proxmox's vmid 100+N, as the lab's `pct` stand-in maps them. */
const labNumber = (vmid) => vmid > 100 && vmid <= 100 + 99 ? vmid - 100 : undefined;
/**
 * `provision --provider lab`: containers made the way the lab makes them (LXC, unprivileged, Proxmox's id map and
 * nesting), from the minimal rootfs, on the lab's bridge at the environment's address. The plan is the one Proxmox
 * gets; only these host commands differ from pct's.
 */
function labProvider() {
    const n = (vmid) => {
        const k = labNumber(vmid);
        if (k === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LabError */ .o8(`container.vmid ${vmid} is not a lab container`, 'Lab containers are vmid 101 to 199 (lab container N is 100+N)');
        return k;
    };
    return {
        name: 'the lab (LXC)',
        host: async () => new _transport_local_js__WEBPACK_IMPORTED_MODULE_1__/* .PrefixTransport */ .W3('this machine', []),
        inside: async (vmid) => (0,_container_js__WEBPACK_IMPORTED_MODULE_3__/* .attach */ .K0)(n(vmid)),
        stateScript: (vmid) => `[ -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .quote */ .hD)(`${(0,_container_js__WEBPACK_IMPORTED_MODULE_3__/* .containerDir */ .rQ)(n(vmid))}/config`)} ] || { echo absent; exit 0; }
[ "$(${_lxc_config_js__WEBPACK_IMPORTED_MODULE_5__/* .lxc */ .Q.state(n(vmid)).map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .quote */ .hD).join(' ')} 2>/dev/null)" = RUNNING ] && echo running || echo stopped`,
        create(inst) {
            const c = inst.container;
            const k = labNumber(c.vmid);
            if (k === undefined)
                return { ok: false, reason: `container.vmid ${c.vmid}: lab containers are 101 to 199` };
            if (!c.address.startsWith(`${_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .LAB */ .wr.subnetPrefix}.`) || c.address === 'dhcp')
                return {
                    ok: false,
                    reason: `container.address ${c.address} is not on the lab's network ${_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .LAB */ .wr.subnetPrefix}.0/24`,
                };
            const dir = (0,_container_js__WEBPACK_IMPORTED_MODULE_3__/* .containerDir */ .rQ)(k);
            const rootfs = `${dir}/rootfs`;
            const name = c.hostname ?? inst.id;
            return {
                ok: true,
                ops: [
                    {
                        kind: 'sh',
                        note: 'a copy of the minimal rootfs',
                        text: `install -d -m 0700 ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .quote */ .hD)(dir)}\ncp -a --reflink=auto ` +
                            `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .quote */ .hD)(`${(0,_rootfs_js__WEBPACK_IMPORTED_MODULE_6__/* .rootfsDir */ .H9)('minimal')}/.`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .quote */ .hD)(`${rootfs}/`)}`,
                    },
                    { kind: 'write', path: `${rootfs}/etc/hostname`, content: `${name}\n`, mode: '0644', secret: false },
                    {
                        kind: 'write',
                        path: `${rootfs}/etc/hosts`,
                        content: `127.0.0.1 localhost\n127.0.1.1 ${name}\n::1 localhost\n`,
                        mode: '0644',
                        secret: false,
                    },
                    {
                        kind: 'write',
                        path: `${dir}/config`,
                        content: (0,_lxc_config_js__WEBPACK_IMPORTED_MODULE_5__/* .lxcConfig */ .Kw)(k, c.address, c.gateway),
                        mode: '0644',
                        secret: false,
                    },
                ],
            };
        },
        start: (vmid) => [
            { kind: 'run', argv: _lxc_config_js__WEBPACK_IMPORTED_MODULE_5__/* .lxc */ .Q.start(n(vmid)) },
            { kind: 'run', argv: ['lxc-wait', '-P', _settings_js__WEBPACK_IMPORTED_MODULE_8__/* .LAB */ .wr.lxcPath, '-n', (0,_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .containerName */ .xN)(n(vmid)), '-s', 'RUNNING', '-t', '30'] },
        ],
    };
}
/**
 * What a real run would prepare on this machine before provisioning, read without changing anything: a dry run says
 * this instead of installing, building or starting it.
 */
async function labProviderPending() {
    const pending = [];
    const tools = (0,_host_setup_js__WEBPACK_IMPORTED_MODULE_4__/* .missingTools */ .Cj)();
    if (tools.length)
        pending.push(`install ${tools.join(', ')} (apt-get)`);
    if (!(0,_host_setup_js__WEBPACK_IMPORTED_MODULE_4__/* .idMapsPresent */ .YG)())
        pending.push(`add root:${_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .LAB */ .wr.idBase}:${_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .LAB */ .wr.idCount} to /etc/subuid and /etc/subgid`);
    if (!(0,_rootfs_js__WEBPACK_IMPORTED_MODULE_6__/* .rootfsCached */ .aC)('minimal'))
        pending.push(`build the minimal rootfs (debootstrap, about a minute) into ${(0,_rootfs_js__WEBPACK_IMPORTED_MODULE_6__/* .rootfsDir */ .H9)('minimal')}`);
    if (!(await (0,_host_setup_js__WEBPACK_IMPORTED_MODULE_4__/* .bridgePresent */ .vQ)()))
        pending.push(`create the bridge ${_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .LAB */ .wr.bridge} (${_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .LAB */ .wr.subnetPrefix}.0/24)`);
    if (!(0,_apt_proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .runningPid */ .T9)())
        pending.push('start the package proxy (apt-cacher-ng) on the bridge');
    return pending;
}
/** What the lab provider needs on this machine: LXC, the bridge, the minimal rootfs, the package proxy. */
async function prepareLabProvider(log) {
    (0,_host_setup_js__WEBPACK_IMPORTED_MODULE_4__/* .checkHost */ .RC)();
    await (0,_host_setup_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureTools */ .xf)(log);
    (0,_host_setup_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureIdMaps */ .JA)();
    const built = await (0,_rootfs_build_js__WEBPACK_IMPORTED_MODULE_7__/* .ensureRootfs */ .I)(log, 'minimal');
    if (built.built)
        log(`minimal rootfs built in ${built.seconds.toFixed(1)} s`);
    await (0,_host_setup_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureBridge */ .QC)();
    return { aptProxy: await (0,_apt_proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureAptProxy */ .gO)(log) };
}


/***/ })

};
