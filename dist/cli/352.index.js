export const id = 352;
export const ids = [352];
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

/***/ 32562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ versionPattern),
/* harmony export */   YV: () => (/* binding */ nginxSite),
/* harmony export */   Yr: () => (/* binding */ healthGate),
/* harmony export */   bQ: () => (/* binding */ warmSlotAnswers),
/* harmony export */   db: () => (/* binding */ versionProbe),
/* harmony export */   gE: () => (/* binding */ throughNginx)
/* harmony export */ });
/* unused harmony export reportedVersion */
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31328);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61250);
/* harmony import */ var _slot_units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91886);
/* harmony import */ var _shell_builtins_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6012);





/** One check as a bash condition that sets $why when it fails. Runs on the host against one slot. */
function checkScript(inst, check, slot, version) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id);
    const t = Math.max(1, Math.ceil((0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTimeout */ .eN)(check)));
    switch (check.type) {
        case 'http': {
            const component = check.component;
            const listen = inst.app.components[component]?.listen;
            const target = listen?.type === 'tcp'
                ? `http://127.0.0.1:${slot === 'blue' ? listen.blue : listen.green}${check.path}`
                : `http://localhost${check.path}`;
            const sock = listen?.type === 'tcp' ? '' : `--unix-socket ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(l.socket(component, slot))} `;
            const expect = check.expect_status ?? 200;
            const conds = [`[ "$code" = ${expect} ] || why=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${check.path} answered `)}"$code"`];
            if (check.expect_body)
                conds.push(`[[ $body == *${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(check.expect_body)}* ]] || ` +
                    `why=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${check.path} body lacks ${check.expect_body}`)}`);
            if (check.expect_version)
                conds.push(`sf_re=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(versionPattern(version, check.expect_version))}; [[ $body =~ $sf_re ]] || ` +
                    `why=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${check.path} does not report version ${reportedVersion(check.expect_version, version)}`)}`);
            // The body and the status in one word, then apart by builtins: no file to make and remove, no grep to start.
            return (`out=$(curl -s -w '\\n%{http_code}' --max-time ${t} ${sock}${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(target)} || true); ` +
                `code=\${out##*$'\\n'}; body=\${out%$'\\n'*}; ${conds.join('; ')}`);
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
function healthGateScript(inst, slot, version) {
    const units = Object.keys(inst.app.components).map((c) => `${(0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp)(inst.id).unit(c)}${slot}`);
    const checks = inst.health.checks.map((c) => checkScript(inst, c, slot, version));
    const { healthInterval: interval, healthTimeout } = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst);
    return `deadline=$(( ${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_3__/* .NOW_SECONDS */ .Rg} + ${Math.ceil(healthTimeout)} )); passes=0; last=''
units=(${units.map(_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD).join(' ')})
while :; do
  why=''
  for u in "\${units[@]}"; do
    if [ "$(systemctl show -p NRestarts --value "$u")" -ge 3 ] || systemctl is-failed --quiet "$u"; then
      journalctl -u "$u" -n 10 --no-pager -o cat >&2 || true
      echo "gate: failed: $u is crashing (restarted $(systemctl show -p NRestarts --value "$u") times)" >&2
      exit 10
    fi
  done
${checks.map((c) => `  [ -n "$why" ] || { ${c}; }`).join('\n')}
  if [ -z "$why" ]; then
    passes=$((passes + 1))
    if [ "$passes" -ge ${(0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).healthConsecutive} ]; then
      echo "gate: every check passed ${(0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_0__/* .resolved */ .L$)(inst).healthConsecutive} times in a row"; break
    fi
  else
    passes=0; last=$why
  fi
  if [ "${_shell_builtins_js__WEBPACK_IMPORTED_MODULE_3__/* .NOW_SECONDS */ .Rg}" -ge "$deadline" ]; then
    for u in "\${units[@]}"; do journalctl -u "$u" -n 10 --no-pager -o cat >&2 || true; done
    echo "gate: failed: $last" >&2
    exit 10
  fi
  sleep ${interval}
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
${own.map((c) => `[ -n "$why" ] || { ${checkScript(inst, c, slot, version)}; }`).join('\n')}
[ -z "$why" ] || { echo "gate: failed: $why" >&2; exit 10; }
echo "the ${slot} slot answers as release ${version}"`;
}
/**
 * The warm slot's check, for the slot the probe saw running: its answers once while it runs; when its retire timer
 * stopped it in the moment between the probe and this step, it is started again and waits for the whole health gate
 * (checked once, a slot that has just started fails: seen in the lab).
 */
function warmSlotAnswers(inst, slot, version) {
    const units = (0,_slot_units_js__WEBPACK_IMPORTED_MODULE_4__/* .slotUnits */ .A1)(inst.id, slot, Object.keys(inst.app.components));
    return {
        kind: 'sh',
        note: `the ${slot} slot answers (started again and gated, if it was retired meanwhile)`,
        // \`systemctl is-active\` exits 0 when any one unit is active: every line must say so.
        text: `if [ -z "$(systemctl is-active ${units} | grep -vx active)" ]; then
${answersOnceScript(inst, slot, version)}
else
echo 'SLOTFLIP_EVENT the ${slot} slot had just been retired: started it again'
systemctl start ${units}
${healthGateScript(inst, slot, version)}
fi`,
    };
}
/** How the app writes a release's version: `expect_version` true is the version itself, a string is its format. */
const reportedVersion = (expect, version) => typeof expect === 'string' ? expect.replace('{version}', version) : version;
/** An extended regex for `"version": "<version as the app writes it>"` in a JSON body. */
const versionPattern = (version, expect) => `"version" *: *"${reportedVersion(expect, version).replace(/[.+]/g, '\\$&')}"`;
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
    return site && { host: site.host, curl: `${site.args} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${site.base}${path}`)}` };
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
        return { host, args: `-k --resolve ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`${host}:${port}:127.0.0.1`)}`, base: `https://${host}:${port}` };
    }
    const port = inst.nginx.http_port ?? 80;
    return { host, args: `-H ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(`Host: ${host}`)}`, base: `http://127.0.0.1:${port}` };
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
got=$(sha256sum ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(`${archive}.partial`)} | cut -d' ' -f1)
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
 * `cancelRetire` also stops the slot's retire timer, in the same systemctl call (each costs 12-16 ms in a container).
 */
function resumeSlot(instance, slot, components, cancelRetire = false) {
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp)(instance);
    const unit = l.drainEndUnit(slot);
    const retire = cancelRetire ? `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${l.retireUnit(slot)}.timer`)} ` : '';
    return {
        kind: 'sh',
        note: cancelRetire
            ? `cancel the ${slot} slot's retire timer; resume it if it was paused`
            : `resume the ${slot} slot if it was paused`,
        text: `systemctl stop ${retire}${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${unit}.timer`)} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${unit}.service`)} 2>/dev/null || true
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

/***/ 80295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ loadRelease),
/* harmony export */   i: () => (/* binding */ prepare)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _host_smoke_words_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(84819);
/* harmony import */ var _validate_job_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90389);
/* harmony import */ var _validate_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83316);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91084);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65655);
/* harmony import */ var _secrets_lookup_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30323);
/* harmony import */ var _transport_local_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2042);
/* harmony import */ var _host_release_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(97043);
/* harmony import */ var _presets_load_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(92619);













const invalid = (message, remedy = '') => new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .SlotflipError */ .u0('validate', message, remedy, _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .y.invalidConfig);
/** Validate, pick the instance, resolve its secrets, load and render its templates. Local work only. */
async function prepare(opts) {
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(opts.envFile).catch(() => undefined))?.isDirectory()) {
        throw invalid(`--env names one environment file, and ${opts.envFile} is a folder`, `Give the file of the environment to act on, e.g. ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.envFile, 'production.yaml')}`);
    }
    const unusedSecretFields = opts.restoreSecrets
        ? []
        : _validate_job_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .RESTORE_ONLY_FIELDS */ .qO.filter((k) => !(k === 'admin_secret' && opts.adminSecret));
    const outcome = await (0,_validate_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateEnvironments */ .X)({
        paths: [opts.envFile],
        secrets: opts.secrets,
        unusedSecretFields,
        templatesDir: opts.templatesDir,
    });
    // Promotion is checked against the environment it promotes from, which validation reads from beside this file.
    const errors = outcome.findings.filter((f) => f.severity === 'error');
    if (errors.length)
        throw invalid(`${opts.envFile} is not valid:\n${errors.map(_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .formatFinding */ .t).join('\n')}`);
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
    const names = (0,_validate_job_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .secretRefsFor */ .wK)({ instances: [instance] }, unusedSecretFields).map((ref) => String(ref.name));
    for (const name of names) {
        if (!opts.secrets)
            secrets[name] = `<secret ${name}>`;
        else {
            const found = await (0,_secrets_lookup_js__WEBPACK_IMPORTED_MODULE_8__/* .lookupSecret */ .b)(name, opts.secrets);
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
    const { renderInstanceFiles, templateNames } = await Promise.all(/* import() */[__webpack_require__.e(694), __webpack_require__.e(526)]).then(__webpack_require__.bind(__webpack_require__, 79526));
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.templatesDir ?? 'templates');
    const presets = await (0,_presets_load_js__WEBPACK_IMPORTED_MODULE_10__/* .loadPresets */ .V)(dir, [instance.app.name]);
    const broken = presets.broken.get(instance.app.name);
    if (broken)
        throw invalid(broken);
    const preset = presets.presets.get(instance.app.name);
    const templates = {};
    for (const name of templateNames(instance, preset)) {
        try {
            templates[name] = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), 'utf8');
        }
        catch {
            throw invalid(`template ${name} is missing from ${dir}`, `Add it, or check app.name (${instance.app.name}) and the instance's templates`);
        }
    }
    // The flow is checked before rendering, so its errors are not reported as a rendering failure.
    const smoke = instance.smoke === false ? undefined : (instance.smoke ?? preset?.smoke);
    const problem = smoke ? (0,_host_smoke_words_js__WEBPACK_IMPORTED_MODULE_11__/* .checkSmokeVariables */ .D5)(smoke) : undefined;
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
            format: (0,_host_release_js__WEBPACK_IMPORTED_MODULE_12__/* .archiveFormat */ .MG)(r.url),
            breaking: false,
        };
    if (r.source !== 'upload' || !r.path || !r.sha256) {
        throw invalid(`release source "${r.source}" is not supported by this version of slotflip yet`, 'Use source: upload with path and sha256, or source: url with url and sha256');
    }
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(r.path));
    }
    catch {
        throw invalid(`release archive ${r.path} does not exist on this machine`, 'Build it first, or fix app.release.path (relative to the repository)');
    }
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
    if (sha256 !== r.sha256)
        throw invalid(`release archive ${r.path} has sha256 ${sha256}, but the environment pins ${r.sha256}`, 'Rebuild it, or update app.release.sha256 if this archive is the one you meant');
    const format = (0,_host_release_js__WEBPACK_IMPORTED_MODULE_12__/* .archiveFormat */ .MG)(r.path);
    // A release says it breaks the running one in its release.json (an app may ship without one).
    const meta = format === 'zip' ? { code: 1, stdout: '' } : await (0,_transport_local_js__WEBPACK_IMPORTED_MODULE_9__/* .execLocal */ .f4)(['tar', '-xzOf', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(r.path), './release.json']);
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

/***/ 6012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ readFileInto),
/* harmony export */   Rg: () => (/* binding */ NOW_SECONDS),
/* harmony export */   _F: () => (/* binding */ nowRealtime)
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
    async idleRunner() {
        if (!this.useRunner || !this.ssh.connection)
            return undefined;
        let runner = await this.runner;
        if (runner?.busy)
            return undefined;
        if (!runner || runner.dead) {
            const opening = SshRunner.open(this.ssh.connection).catch(() => undefined);
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
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91588);



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
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { env: env, stdio: ['pipe', 'pipe', 'pipe'] });
    const err = [];
    child.stderr.on('data', (c) => err.push(c));
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + 15 : 1)));
    });
    const flows = [
        io.stdin ? (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(io.stdin, child.stdin) : Promise.resolve(child.stdin.end()),
        io.stdout ? (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .drainInto */ .d3)(child.stdout, io.stdout) : Promise.resolve(child.stdout.resume()),
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
    /** The dump (db.dump.gz, or db.dump before pigz) goes into this FIFO as it arrives, to the restore reading it. */
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
  db.dump.gz|db.dump) exec cat > ${RECEIVED.fifo} ;;
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
