export const id = 998;
export const ids = [998];
export const modules = {

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


/***/ })

};
