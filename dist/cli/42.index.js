export const id = 42;
export const ids = [42];
export const modules = {

/***/ 84558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ cancellable)
/* harmony export */ });
/** GitHub cancels with SIGINT, then SIGTERM, then SIGKILL: stop the current step and undo what the run changed. */
async function cancellable(io, fn) {
    const abort = new AbortController();
    const onSignal = () => {
        io.err('slotflip: cancelling the current step; undoing what this run changed');
        abort.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        return await fn(abort.signal);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}


/***/ }),

/***/ 76358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ outcomeJson),
/* harmony export */   z: () => (/* binding */ report)
/* harmony export */ });
/**
 * A host verb's outcome as one JSON document (`--json`): format 1, the command, its exit code and summary, what the
 * verb found (release, slot, receipt, backup, ...), the plan on a dry run, and each step's timing.
 */
function outcomeJson(command, r) {
    const { planText: _text, outcome, exitCode, summary, ...found } = r;
    const steps = outcome && 'timings' in outcome ? outcome.timings : [];
    return JSON.stringify({ format: 1, command, exitCode, summary, ...found, steps }, null, 2);
}
/** Prints what the verb did (the JSON document, or the plan on a dry run) and its one-line summary; the exit code. */
function report(io, command, r, how) {
    if (how.json)
        io.out(outcomeJson(command, r));
    else if (how.dryRun && r.planText)
        io.out(r.planText);
    io.err(`${command}: ${r.summary} (exit ${r.exitCode})`);
    return r.exitCode;
}


/***/ }),

/***/ 65042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  provisionCommand: () => (/* binding */ provisionCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/plan/compile.ts + 1 modules
var compile = __webpack_require__(73509);
;// CONCATENATED MODULE: ./src/engine/run-steps.ts

/**
 * Runs steps that converge (provisioning) in order, stopping at the first failure. Unlike a deploy (run.ts) there is
 * no lock, journal or undo: those live inside the container these steps create, and every step is safe to run again,
 * so the next run is the way forward. The step's ops compile exactly as a deploy's do.
 */
async function runSteps(steps, transport, opts = {}) {
    const timings = [];
    for (const [i, step] of steps.entries()) {
        opts.onEvent?.({ kind: 'start', step, index: (opts.offset ?? 0) + i, total: opts.total ?? steps.length });
        const started = Date.now();
        const body = step.ops.map(compile/* compileOp */.Zm);
        const result = await transport.script(['set -euo pipefail', ...(0,compile/* helpersFor */.Fk)(body), ...body].join('\n'), {
            timeoutMs: step.timeoutMs,
        });
        const ms = Date.now() - started;
        timings.push({ step: step.id, ms, code: result.code });
        opts.onEvent?.({ kind: 'done', step, result, ms });
        if (result.code !== 0 || result.lost) {
            const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').pop() || `exit ${result.code}`;
            return { kind: 'failed', step, code: result.code, detail, disconnected: result.lost === true, timings };
        }
    }
    return { kind: 'completed', timings };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/validate/rules/rule.ts
var rule = __webpack_require__(24078);
;// CONCATENATED MODULE: ./src/provision/packages.ts

/**
 * Local to the container (isLocalHost): the services slotflip provisions there. Anything else is a server of its own.
 */

/**
 * The Debian packages an instance needs in its container: what slotflip's own steps run (sshd for the deploy,
 * nginx, curl for health checks, age and zstd for backups, the PostgreSQL and Redis clients or servers), then the app's
 * own.
 * `--no-install-recommends` keeps a minimal template minimal.
 */
function provisionPackages(inst) {
    const out = ['openssh-server', 'nginx', 'curl', 'ca-certificates'];
    // zstd compresses a backup's dump on every core (host/dump-codec.ts); without it pigz or gzip does.
    if (inst.backups)
        out.push('age', 'zstd');
    if (inst.database)
        out.push((0,rule/* isLocalHost */.mJ)(inst.database.host) ? 'postgresql' : 'postgresql-client');
    if (inst.redis)
        out.push((0,rule/* isLocalHost */.mJ)(inst.redis.host) ? 'redis-server' : 'redis-tools');
    if (inst.nginx?.tls?.enabled)
        out.push('openssl');
    // Vikunja publishes zips; a release unpacked on the host needs unzip.
    if (/\.zip$/i.test(inst.app.release.url ?? inst.app.release.path ?? ''))
        out.push('unzip');
    out.push(...(inst.container?.packages ?? []));
    return [...new Set(out)];
}

// EXTERNAL MODULE: ./src/facts/sections.ts
var sections = __webpack_require__(50523);
;// CONCATENATED MODULE: ./src/provision/facts.ts





/** The hash a fact carries for a file: the plan compares it with the rendered content's. */
const sha256 = (s) => (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex');
const NO_FACTS = {
    packages: new Set(),
    files: { aptProxy: 'none', sshdConf: 'none', site: 'none' },
    siteEnabled: false,
    user: false,
    authorized: false,
    up: new Set(),
    pgDatabase: false,
    tuning: { postgres: 'none', redis: 'none' },
    pendingRestart: [],
    tls: false,
    deployed: false,
};
const PATHS = {
    aptProxy: '/etc/apt/apt.conf.d/80slotflip-proxy',
    sshdConf: '/etc/ssh/sshd_config.d/slotflip.conf',
    hostKey: '/etc/ssh/ssh_host_ed25519_key.pub',
    redisConf: '/etc/redis/redis.conf',
    redisTuning: '/etc/redis/slotflip-tuning.conf',
    /** In the newest cluster's conf.d (Debian's postgresql.conf includes it), found when a script runs. */
    pgTuningName: '60-slotflip-tuning.conf',
};
/** Shell: `$pgconf`, the conf.d directory of the newest PostgreSQL cluster (empty without one). */
const FIND_PG_CONF = `pgconf=$(ls -d /etc/postgresql/*/main/conf.d 2>/dev/null | sort -V | tail -1)`;
/** Units provision keeps enabled and running. */
function wantedUnits(inst) {
    const pk = provisionPackages(inst);
    return [
        'ssh',
        'nginx',
        ...(pk.includes('postgresql') ? ['postgresql'] : []),
        ...(pk.includes('redis-server') ? ['redis-server'] : []),
    ];
}
/** `keyLine`: the deploy key's public half (`type base64`, not a secret), for ssh targets. */
function factsScript(inst, keyLine) {
    const db = inst.database;
    const roles = db ? [db.user, ...(db.admin_user ? [db.admin_user] : [])] : [];
    const tls = inst.nginx?.tls;
    return [
        'set -u',
        `fact() { printf '\\n@fact %s %s\\n' "$1" "$2"; }`,
        `sha() { if [ -f "$1" ]; then sha256sum < "$1" | cut -d' ' -f1; else echo none; fi; }`,
        `for p in ${provisionPackages(inst).map(quote/* quote */.hD).join(' ')}; do case "$(dpkg-query -W ` +
            `-f='\${db:Status-Abbrev}' "$p" 2>/dev/null)" in ii*) fact pkg "$p";; esac; done`,
        `fact aptProxy "$(sha ${PATHS.aptProxy})"`,
        `fact sshdConf "$(sha ${PATHS.sshdConf})"`,
        `fact site "$(sha ${(0,quote/* quote */.hD)((0,layout/* layout */.Zp)(inst.id).site)})"`,
        `[ -L ${(0,quote/* quote */.hD)((0,layout/* layout */.Zp)(inst.id).siteLink)} ] && fact siteEnabled yes`,
        `id -u ${(0,quote/* quote */.hD)(inst.app.user ?? inst.app.name)} >/dev/null 2>&1 && fact user yes`,
        ...(keyLine
            ? [
                `home=$(getent passwd ${(0,quote/* quote */.hD)(inst.target.user ?? 'root')} | cut -d: -f6)`,
                `[ -n "$home" ] && grep -qF ${(0,quote/* quote */.hD)(keyLine)} "$home/.ssh/authorized_keys" 2>/dev/null && fact ` +
                    `authorized yes`,
            ]
            : []),
        `units=(${wantedUnits(inst).join(' ')}); for u in "\${units[@]}"; do systemctl is-enabled --quiet "$u" ` +
            `2>/dev/null && systemctl is-active --quiet "$u" 2>/dev/null && fact up "$u"; done`,
        ...(db
            ? [
                `if command -v psql >/dev/null && runuser -u postgres -- psql -d postgres -Atqc 'select 1' ` +
                    `>/dev/null 2>&1; then`,
                `  fact pg up`,
                `  runuser -u postgres -- psql -d postgres -Atq -F ' ' -c ` +
                    `${(0,quote/* quote */.hD)(`select rolname, coalesce(rolpassword, 'none') from pg_authid where rolname in ` +
                        `(${roles.map(quote/* quoteSql */.Xd).join(', ')})`)} | while read -r r v; do fact pgRole "$r $v"; done`,
                `  [ "$(runuser -u postgres -- psql -d postgres -Atqc ` +
                    `${(0,quote/* quote */.hD)(`select 1 from pg_database where datname = ${(0,quote/* quoteSql */.Xd)(db.name)}`)})" = 1 ] && fact pgDatabase yes`,
                `  runuser -u postgres -- psql -d postgres -Atqc 'select name from pg_settings where ` +
                    `pending_restart' | while read -r n; do fact pendingRestart "$n"; done`,
                'fi',
            ]
            : []),
        FIND_PG_CONF,
        `fact pgTuning "$(sha "$pgconf/${PATHS.pgTuningName}")"`,
        `grep -qxF ${(0,quote/* quote */.hD)(`include ${PATHS.redisTuning}`)} ${PATHS.redisConf} 2>/dev/null && fact redisTuning ` +
            `"$(sha ${PATHS.redisTuning})"`,
        `[ -f ${PATHS.redisConf} ] && fact redisMaxmemory "$(sed -n 's/^maxmemory //p' ${PATHS.redisConf} | ` +
            `tail -1 | grep . || echo none)"`,
        `[ -f ${PATHS.redisConf} ] && fact redisPass "$(sed -n 's/^requirepass //p' ${PATHS.redisConf} | head ` +
            `-1 | tr -d '\\n' | sha256sum | cut -d' ' -f1)"`,
        ...(tls?.enabled && tls.certificate && tls.key
            ? [`[ -s ${(0,quote/* quote */.hD)(tls.certificate)} ] && [ -s ${(0,quote/* quote */.hD)(tls.key)} ] && fact tls yes`]
            : []),
        `[ -f ${(0,quote/* quote */.hD)((0,layout/* layout */.Zp)(inst.id).state)} ] && fact deployed yes`,
        `[ -f ${PATHS.hostKey} ] && fact hostKey "$(cut -d' ' -f1,2 ${PATHS.hostKey})"`,
        'true',
    ].join('\n');
}
function parseFacts(stdout) {
    const f = {
        ...NO_FACTS,
        packages: new Set(),
        files: { ...NO_FACTS.files },
        up: new Set(),
        tuning: { ...NO_FACTS.tuning },
        pendingRestart: [],
    };
    for (const line of (0,sections/* readSections */.j)(stdout).tag('fact')) {
        const m = /^(\S+) ?(.*)$/.exec(line);
        if (!m)
            continue;
        const [, key, value] = m;
        if (key === 'pkg')
            f.packages.add(value);
        else if (key === 'aptProxy' || key === 'sshdConf' || key === 'site')
            f.files[key] = value;
        else if (key === 'siteEnabled')
            f.siteEnabled = true;
        else if (key === 'user')
            f.user = true;
        else if (key === 'authorized')
            f.authorized = true;
        else if (key === 'up')
            f.up.add(value);
        else if (key === 'pg')
            f.pgRoles ??= new Map();
        else if (key === 'pgRole') {
            const [role, verifier] = value.split(' ');
            (f.pgRoles ??= new Map()).set(role, verifier ?? 'none');
        }
        else if (key === 'pgDatabase')
            f.pgDatabase = true;
        else if (key === 'redisPass')
            f.redisPass = value;
        else if (key === 'redisMaxmemory')
            f.redisMaxmemory = value;
        else if (key === 'pgTuning')
            f.tuning.postgres = value;
        else if (key === 'redisTuning')
            f.tuning.redis = value;
        else if (key === 'pendingRestart')
            f.pendingRestart.push(value);
        else if (key === 'tls')
            f.tls = true;
        else if (key === 'deployed')
            f.deployed = true;
        else if (key === 'hostKey')
            f.hostKey = value;
    }
    return f;
}

;// CONCATENATED MODULE: ./src/provision/provider.ts

function parseContainerState(stdout) {
    const s = stdout.trim().split('\n').pop();
    return s === 'absent' || s === 'stopped' || s === 'running' ? s : undefined;
}
/** Waits inside the container for systemd to finish booting (degraded counts: a unit a container cannot run). */
const waitForBootOp = {
    kind: 'sh',
    note: 'until systemd has booted',
    text: `s=''
${(0,quote/* retryUntil */.v6)('s=$(systemctl is-system-running 2>/dev/null || true); [ "$s" = running ] || [ "$s" = degraded ' + ']', 240, '0.5', 'the container did not finish booting in 120 s', '"systemd: $s"')}`,
};

;// CONCATENATED MODULE: ./src/provision/read-container.ts


/** The container cannot be read; provision turns this into its own error with the remedy. */
class ContainerUnreadable extends Error {
    remedy;
    constructor(message, remedy = '') {
        super(message);
        this.remedy = remedy;
    }
}
/**
 * The state and settings from the node, and, when the container runs, its facts from inside: a container that does
 * not run cannot be read, so its facts are the empty ones and the plan assumes what a new container has.
 */
async function readContainer(o) {
    const st = await o.host.script(o.provider.stateScript(o.vmid), { timeoutMs: 30_000 });
    const state = parseContainerState(st.stdout);
    if (!state)
        throw new ContainerUnreadable(`the state of container ${o.vmid} on ${o.provider.name} is unreadable: ` +
            `${o.mask(st.stderr.trim() || st.stdout.trim())}`, "Check that the provider's tools work on that machine");
    const settings = state !== 'absent' && o.provider.settingsScript
        ? (await o.host.script(o.provider.settingsScript(o.vmid), { timeoutMs: 30_000 })).stdout
        : undefined;
    if (state !== 'running')
        return { state, settings, facts: NO_FACTS };
    const inside = await o.provider.inside(o.vmid);
    o.opened.push(inside);
    const r = await inside.script(o.facts, { timeoutMs: 60_000 });
    if (r.code !== 0)
        throw new ContainerUnreadable(`reading container ${o.vmid} failed: ${o.mask(r.stderr.trim())}`);
    return { state, settings, facts: parseFacts(r.stdout) };
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/ssh2/lib/index.js
var lib = __webpack_require__(85472);
// EXTERNAL MODULE: ./src/shell/fingerprint.ts
var fingerprint = __webpack_require__(78006);
;// CONCATENATED MODULE: ./src/provision/host-key.ts




/**
 * The line provision authorizes in the container: the deploy key's public half for an ssh target (deploys reach it
 * with that key); none for a pct target, which needs no key inside.
 */
function deployKeyLine(target, secrets) {
    if (target.transport !== 'ssh')
        return { ok: true, line: undefined };
    if (!target.ssh_key_secret)
        return { ok: false, reason: 'target.ssh_key_secret is not set' };
    return publicKeyLine(secrets[target.ssh_key_secret] ?? '');
}
/**
 * The deploy key's public half as authorized_keys wants it (`type base64`), from its private half; never the private
 * one.
 */
function publicKeyLine(privateKey) {
    const parsed = lib.utils.parseKey(privateKey);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!key || key instanceof Error)
        return { ok: false, reason: `the deploy key cannot be read (${key instanceof Error ? key.message : 'no key'})` };
    return { ok: true, line: `${key.type} ${key.getPublicSSH().toString('base64')}` };
}
/** OpenSSH's fingerprint of a `type base64` public key line. */
const lineFingerprint = (line) => (0,fingerprint/* fingerprint */.R)(Buffer.from(line.split(/\s+/)[1] ?? '', 'base64'));
/**
 * The environment file with the container's host key pinned: a change for the operator to review and commit, never
 * trusted silently. Comments and layout are kept (the yaml document model); only target.host_keys changes.
 */
function pinHostKey(file, text, instanceId, fp) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const instances = doc.get('instances');
    if (!(0,dist/* isSeq */.oP)(instances))
        return undefined;
    const index = instances.items.findIndex((i) => (0,dist/* isMap */.jh)(i) && i.get('id') === instanceId);
    if (index < 0)
        return undefined;
    doc.setIn(['instances', index, 'target', 'host_keys'], doc.createNode([fp]));
    const next = doc.toString({ lineWidth: 0 });
    // The diff library opens with an "Index:" line and a rule of "=": a patch starts at "---".
    const patch = (0,create/* createTwoFilesPatch */.ss)(file, file, text, next, '', '', { context: 2 }).replace(/^(Index: .*\n)?=+\n/, '');
    return { text: next, patch };
}

// EXTERNAL MODULE: ./src/host/release.ts
var release = __webpack_require__(97043);
// EXTERNAL MODULE: ./src/plan/site-ops.ts
var site_ops = __webpack_require__(22001);
;// CONCATENATED MODULE: ./src/provision/step.ts
/** A step inside the container: every one converges, so none has an undo. */
const provisionStep = (id, title, ops, timeoutMs = 60_000) => ({
    id,
    phase: 'provision',
    title,
    ops,
    timeoutMs,
});

;// CONCATENATED MODULE: ./src/provision/tuning-steps.ts



// The tuning files (database.tune, redis.tune), each written only when it differs. PostgreSQL's own parser checks the
// new file before it takes effect (`postgres -C` reads the configuration as a start would; pg_file_settings cannot
// tell a bad value from a setting that waits for a restart), so a bad value never reaches a restart. A container with
// nothing deployed is restarted at once; a serving one only reloads and is told which settings wait for a restart.
// Redis applies each line live (CONFIG SET): a restart would cut the app's connections.
const STAGED = '/root/.slotflip-provision-tuning.conf';
const psql = (sql) => `runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -Atqc ${(0,quote/* quote */.hD)(sql)}`;
function tuningWork(inst, facts, files, out) {
    if (files.postgres !== undefined)
        postgresTuningWork(files.postgres, facts, out);
    if (files.redis !== undefined)
        redisTuningWork(files.redis, facts, out);
    if (inst.database?.tune && facts.pendingRestart.length && facts.deployed) {
        out.left.push(`PostgreSQL: ${facts.pendingRestart.join(', ')} wait for a restart, which would cut the app's ` +
            `connections: \`systemctl restart postgresql\` in a quiet moment`);
    }
}
function postgresTuningWork(content, facts, out) {
    if (facts.tuning.postgres === sha256(content))
        return;
    out.changes.push(facts.tuning.postgres === 'none'
        ? 'no PostgreSQL tuning file'
        : 'the PostgreSQL tuning file differs from the one rendered');
    const takeEffect = facts.deployed
        ? `${psql('select pg_reload_conf()')} >/dev/null
sleep 1
waiting=$(${psql("select string_agg(name, ', ') from pg_settings where pending_restart")})
[ -z "$waiting" ] ||
  echo "PostgreSQL reloaded; waiting for a restart (the app is serving, so provision does not restart it): $waiting"`
        : `if ! systemctl restart postgresql; then
  echo "PostgreSQL did not start with the tuning file: the previous settings are put back" >&2
  if [ -f "$file.previous" ]; then mv "$file.previous" "$file"; else rm -f "$file"; fi
  systemctl restart postgresql; exit 1
fi
${(0,quote/* retryUntil */.v6)(`${psql('select 1')} >/dev/null 2>&1`, 50, '0.2', 'PostgreSQL does not answer after its restart')}`;
    out.steps.push(provisionStep('postgres-tuning', `PostgreSQL tuning ` +
        `(${facts.deployed ? 'reload; restart-only settings wait' : 'restart: nothing is deployed yet'})`, [
        { kind: 'write', path: STAGED, content, mode: '0644', secret: false },
        {
            kind: 'sh',
            note: '`postgres -C` reads the configuration as a start would: an unknown name or a bad value is ' +
                'refused before anything takes effect',
            text: `${FIND_PG_CONF}
[ -n "$pgconf" ] || { echo "no PostgreSQL cluster configuration (/etc/postgresql/*/main/conf.d)" >&2; exit 1; }
file="$pgconf/${PATHS.pgTuningName}"; main=$(dirname "$pgconf"); ver=$(basename "$(dirname "$main")")
rm -f "$file.previous"; if [ -f "$file" ]; then cp -p "$file" "$file.previous"; fi
install -m 0644 -o postgres -g postgres ${STAGED} "$file"; rm -f ${STAGED}
# What a start would do with the files as they are now: PostgreSQL's own parser, without touching the running server.
bin="/usr/lib/postgresql/$ver/bin"
bad=$(runuser -u postgres -- "$bin/postgres" -c config_file="$main/postgresql.conf" -C shared_buffers 2>&1 >/dev/null |
  sed -n 's/^.* \\(LOG\\|FATAL\\|ERROR\\): *//p' | paste -sd';' -)
if [ -n "$bad" ]; then
  if [ -f "$file.previous" ]; then mv "$file.previous" "$file"; else rm -f "$file"; fi
  echo "PostgreSQL refuses the tuning file, nothing changed: $bad" >&2; exit 1
fi
${takeEffect}
rm -f "$file.previous"`,
        },
    ], 120_000));
}
function redisTuningWork(content, facts, out) {
    if (facts.tuning.redis === sha256(content))
        return;
    out.changes.push(facts.tuning.redis === 'none' ? 'no Redis tuning file' : 'the Redis tuning file differs from the one rendered');
    const include = `include ${PATHS.redisTuning}`;
    out.steps.push(provisionStep('redis-tuning', 'Redis tuning, applied live', [
        { kind: 'write', path: PATHS.redisTuning, content, mode: '0640', secret: false },
        {
            kind: 'sh',
            note: 'each directive by CONFIG SET, so the app keeps its Redis; the include makes them last across restarts',
            text: `chown redis:redis ${PATHS.redisTuning}
conf=${PATHS.redisConf}
pw=$(sed -n 's/^requirepass //p' "$conf" | head -1)
while read -r key value; do
  case "$key" in ''|'#'*) continue ;; esac
  got=$(REDISCLI_AUTH="$pw" redis-cli --no-auth-warning CONFIG SET "$key" "$value" 2>&1)
  [ "$got" = OK ] || {
    echo "Redis refuses $key $value: $got (redis.conf does not include the file yet, so a restart is unaffected)" >&2
    exit 1
  }
done < ${PATHS.redisTuning}
# Included only once every line was accepted: a line Redis refuses would otherwise stop it at its next start.
grep -qxF ${(0,quote/* quote */.hD)(include)} "$conf" ||
  printf '\\n# slotflip provision: redis.tune\\n%s\\n' ${(0,quote/* quote */.hD)(include)} >> "$conf"`,
        },
    ]));
}

;// CONCATENATED MODULE: ./src/provision/scram.ts

/**
 * Whether a PostgreSQL password verifier (pg_authid.rolpassword) is the one for `password`: SCRAM-SHA-256 per
 * RFC 5802 (StoredKey = H(HMAC(SaltedPassword, "Client Key")), ServerKey = HMAC(SaltedPassword, "Server Key")), or
 * the older md5 form. Provision learns whether a role's password is the environment's without sending the password
 * to the host or trying a login. (PostgreSQL runs SASLprep on the password first; for ASCII passwords it is the
 * identity, and slotflip's generated secrets are ASCII.)
 */
function verifierMatches(verifier, password, role) {
    const scram = /^SCRAM-SHA-256\$(\d+):([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$/.exec(verifier);
    if (scram) {
        const salted = (0,external_node_crypto_.pbkdf2Sync)(password, Buffer.from(scram[2], 'base64'), Number(scram[1]), 32, 'sha256');
        const stored = (0,external_node_crypto_.createHash)('sha256').update((0,external_node_crypto_.createHmac)('sha256', salted).update('Client Key').digest()).digest();
        const server = (0,external_node_crypto_.createHmac)('sha256', salted).update('Server Key').digest();
        return same(stored, Buffer.from(scram[3], 'base64')) && same(server, Buffer.from(scram[4], 'base64'));
    }
    if (/^md5[0-9a-f]{32}$/.test(verifier))
        return same(Buffer.from(`md5${(0,external_node_crypto_.createHash)('md5')
            .update(password + role)
            .digest('hex')}`), Buffer.from(verifier));
    return false;
}
const same = (a, b) => a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);

// EXTERNAL MODULE: ./src/render/tuning.ts
var tuning = __webpack_require__(82615);
;// CONCATENATED MODULE: ./src/provision/service-work.ts






/** A file holding a secret for one step: written 0600, read once, removed whatever happens. */
const secretFile = (name) => `/root/.slotflip-provision-${name}`;
const readOnce = (file, body) => `( trap 'rm -f ${file}' EXIT\n${body}\n)`;
/**
 * A role's password is set when provision creates the role, or before anything was deployed; never under a running app.
 */
function databaseWork(inst, facts, secrets, out) {
    const db = inst.database;
    if (!db || !(0,rule/* isLocalHost */.mJ)(db.host))
        return;
    const roles = facts.pgRoles ?? new Map();
    const sql = [];
    const role = (name, password, superuser, secretName) => {
        const verifier = roles.get(name);
        if (verifier === undefined) {
            out.changes.push(`PostgreSQL role ${name} missing`);
            sql.push(`CREATE ROLE ${name} LOGIN${superuser ? ' SUPERUSER' : ''} PASSWORD ${(0,quote/* quoteSql */.Xd)(password ?? '')};`);
        }
        else if (password !== undefined && !verifierMatches(verifier, password, name)) {
            if (facts.deployed)
                out.left.push(`PostgreSQL role ${name}: its password is not the secret ${secretName}; an app may be using it, ` +
                    `so provision leaves it (\`slotflip rotate db-password\` changes a live password)`);
            else {
                out.changes.push(`PostgreSQL role ${name}: password differs from the secret ${secretName}`);
                sql.push(`ALTER ROLE ${name} PASSWORD ${(0,quote/* quoteSql */.Xd)(password)};`);
            }
        }
    };
    role(db.user, secrets.db, false, db.password_secret);
    if (db.admin_user)
        role(db.admin_user, secrets.dbAdmin, true, db.admin_secret ?? '');
    if (!facts.pgDatabase) {
        out.changes.push(`database ${db.name} missing`);
        sql.push(`CREATE DATABASE ${db.name} OWNER ${db.user};`);
    }
    if (!sql.length)
        return;
    const file = secretFile('db.sql');
    out.steps.push(provisionStep('database', `PostgreSQL: ${sql.map((s) => s.split(' ').slice(0, 3).join(' ')).join(', ')}`, [
        { kind: 'write', path: file, content: `${sql.join('\n')}\n`, mode: '0600', secret: true },
        {
            kind: 'sh',
            note: 'passwords reach psql on stdin, never in an argv',
            text: readOnce(file, `systemctl start postgresql\nrunuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -d postgres < ${file}`),
        },
    ]));
}
/**
 * requirepass (set only when Redis has none or nothing was deployed yet) and maxmemory. A new password needs a
 * restart; a new limit alone is applied live (CONFIG SET), so a serving app never loses its Redis.
 */
function redisWork(inst, facts, secrets, out) {
    const r = inst.redis;
    if (!r || !(0,rule/* isLocalHost */.mJ)(r.host) || secrets.redis === undefined)
        return;
    let setPassword = false;
    if (facts.redisPass !== sha256(secrets.redis)) {
        const unset = facts.redisPass === undefined || facts.redisPass === sha256('');
        if (!unset && facts.deployed)
            out.left.push(`Redis: requirepass is not the secret ${r.password_secret ?? ''}; an app may be using it, so ` +
                `provision leaves it`);
        else {
            out.changes.push(unset ? 'Redis has no password' : `Redis: requirepass differs from the secret ${r.password_secret ?? ''}`);
            setPassword = true;
        }
    }
    const limit = inst.container ? (0,tuning/* redisMaxmemory */.xO)(inst.container.memory) : undefined;
    const setLimit = limit !== undefined && facts.redisMaxmemory !== limit;
    if (setLimit)
        out.changes.push(`Redis maxmemory: ${facts.redisMaxmemory ?? 'none'} -> ${limit}`);
    if (!setPassword && !setLimit)
        return;
    const file = secretFile('redis.pass');
    const set = (key, value) => `grep -v '^${key} ' "$conf" > "$tmp" || true; printf '${key} %s\\n' ${value} >> "$tmp"; cp "$tmp" "$conf"`;
    out.steps.push(provisionStep('redis', `Redis: ` +
        `${[setPassword ? 'requirepass from the ' + 'secret' : '', setLimit ? `maxmemory ${limit}` : '']
            .filter(Boolean)
            .join(', ')}`, [
        ...(setPassword
            ? [{ kind: 'write', path: file, content: secrets.redis, mode: '0600', secret: true }]
            : []),
        {
            kind: 'sh',
            text: readOnce(file, `conf=${PATHS.redisConf}
tmp=$(mktemp "$conf.XXXXXX")
${setPassword
                ? `pw=$(cat ${file})
${set('requirepass', '"$pw"')}`
                : `pw=$(sed -n 's/^requirepass //p' "$conf" | head -1)`}
${setLimit ? set('maxmemory', (0,quote/* quote */.hD)(limit)) : ''}
rm -f "$tmp"; chown redis:redis "$conf"; chmod 0640 "$conf"
${setPassword
                ? 'systemctl restart ' + 'redis-server'
                : `REDISCLI_AUTH="$pw" redis-cli --no-auth-warning CONFIG SET maxmemory ` + `${(0,quote/* quote */.hD)(limit ?? '')} >/dev/null`}
${(0,quote/* retryUntil */.v6)('[ "$(REDISCLI_AUTH="$pw" redis-cli --no-auth-warning ping 2>/dev/null)" = PONG ' + ']', 50, '0.2', 'Redis does not answer PING with the password')}`),
        },
    ]));
}

;// CONCATENATED MODULE: ./src/provision/container-steps.ts








// sshd: keys only. The deploy logs in with its key; a password prompt on a container's sshd only invites guessing.
const SSHD_CONF = 'PermitRootLogin prohibit-password\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n';
/** A file holding a secret for one step: written 0600, read once, removed whatever happens. */
/** The steps inside the container, each only when the facts say it differs. Pure: no I/O. */
function containerSteps(inst, facts, keyLine, secrets, site, tuning = {}) {
    const out = { steps: [], changes: [], left: [] };
    const c = inst.container;
    if (c?.apt_proxy) {
        const content = `// slotflip provision: packages come through the operator's package ` +
            `proxy\nAcquire::http::Proxy "${c.apt_proxy}";\n`;
        if (facts.files.aptProxy !== sha256(content)) {
            out.changes.push(`apt goes through ${c.apt_proxy}`);
            out.steps.push(provisionStep('apt-proxy', `apt through ${c.apt_proxy}`, [
                { kind: 'write', path: PATHS.aptProxy, content, mode: '0644', secret: false },
            ]));
        }
    }
    const missing = provisionPackages(inst).filter((p) => !facts.packages.has(p));
    if (missing.length) {
        out.changes.push(`packages to install: ${missing.join(' ')}`);
        out.steps.push(provisionStep('packages', `install ${missing.join(', ')}`, [
            {
                kind: 'sh',
                note: "from the container's Debian sources; no recommends, so a minimal template stays minimal",
                text: `export DEBIAN_FRONTEND=noninteractive\napt-get update -q\napt-get install -y -q ` +
                    `--no-install-recommends ${missing.map(quote/* quote */.hD).join(' ')}`,
            },
        ], 15 * 60_000));
    }
    if (facts.files.sshdConf !== sha256(SSHD_CONF)) {
        out.changes.push('sshd: keys only');
        out.steps.push(provisionStep('sshd', 'sshd: keys only, no passwords', [
            {
                kind: 'write',
                path: PATHS.sshdConf,
                content: SSHD_CONF,
                mode: '0644',
                secret: false,
                onChange: 'sshd -t && { systemctl reload ssh 2>/dev/null || true; }',
            },
        ]));
    }
    const down = wantedUnits(inst).filter((u) => !facts.up.has(u));
    if (down.length) {
        out.changes.push(`not enabled and running: ${down.join(', ')}`);
        out.steps.push(provisionStep('services', `enable and start ${down.join(', ')}`, [
            { kind: 'run', argv: ['systemctl', 'enable', '--now', ...down] },
        ]));
    }
    const user = inst.app.user ?? inst.app.name;
    if (!facts.user) {
        out.changes.push(`service user ${user} missing`);
        out.steps.push(provisionStep('user', `create the service user ${user}`, [{ kind: 'sh', text: (0,release/* ensureAppUser */.$F)(inst.id, user) }]));
    }
    if (keyLine && !facts.authorized) {
        const login = inst.target.user ?? 'root';
        out.changes.push(`deploy key not authorized for ${login}`);
        out.steps.push(provisionStep('ssh-key', `authorize the deploy key for ${login}`, [{ kind: 'sh', text: authorizeKey(login, keyLine) }]));
    }
    const tls = inst.nginx?.tls;
    if (tls?.enabled && tls.certificate && tls.key && !facts.tls) {
        out.changes.push(`no TLS certificate at ${tls.certificate}: a self-signed placeholder until yours is installed`);
        out.steps.push(provisionStep('tls', 'a self-signed placeholder certificate (replace it with your own)', [
            { kind: 'sh', text: placeholderCertificate(tls.certificate, tls.key, inst.nginx?.server_names ?? [inst.id]) },
        ]));
    }
    // After TLS: a site that names certificate files needs them for `nginx -t`.
    if (site && (facts.files.site !== sha256(site.content) || !facts.siteEnabled)) {
        out.changes.push(facts.files.site === 'none'
            ? 'no nginx site for the instance'
            : facts.siteEnabled
                ? 'the nginx site differs from the one rendered'
                : 'the nginx site is not enabled');
        out.steps.push(provisionStep('site', `the nginx site for ${(inst.nginx?.server_names ?? []).join(', ')}`, (0,site_ops/* siteOps */.G$)(inst, site)));
    }
    databaseWork(inst, facts, secrets, out);
    redisWork(inst, facts, secrets, out);
    // After Redis's password and PostgreSQL's roles: the tuning steps log in with them.
    tuningWork(inst, facts, tuning, out);
    return out;
}
function authorizeKey(login, keyLine) {
    return `home=$(getent passwd ${(0,quote/* quote */.hD)(login)} | cut -d: -f6)
install -d -m 0700 -o ${(0,quote/* quote */.hD)(login)} "$home/.ssh"
grep -qF ${(0,quote/* quote */.hD)(keyLine)} "$home/.ssh/authorized_keys" 2>/dev/null ||
  printf '%s slotflip-deploy\\n' ${(0,quote/* quote */.hD)(keyLine)} >> "$home/.ssh/authorized_keys"
chown ${(0,quote/* quote */.hD)(login)} "$home/.ssh/authorized_keys"; chmod 0600 "$home/.ssh/authorized_keys"`;
}
function placeholderCertificate(cert, key, names) {
    const san = names.map((n) => `DNS:${n}`).join(',');
    return `install -d -m 0755 "$(dirname ${(0,quote/* quote */.hD)(cert)})"; install -d -m 0700 "$(dirname ${(0,quote/* quote */.hD)(key)})"
(umask 077; openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
  -subj ${(0,quote/* quote */.hD)(`/CN=${names[0]}`)} -addext ${(0,quote/* quote */.hD)(`subjectAltName=${san}`)} \
  -keyout ${(0,quote/* quote */.hD)(key)} -out ${(0,quote/* quote */.hD)(cert)} 2>/dev/null)
chmod 0644 ${(0,quote/* quote */.hD)(cert)}`;
}

;// CONCATENATED MODULE: ./src/provision/plan.ts




const step = (id, title, ops, timeoutMs = 120_000) => ({
    id,
    phase: 'provision',
    title,
    ops,
    timeoutMs,
});
function buildProvisionPlan(p) {
    const c = p.inst.container;
    if (!c)
        return {
            ok: false,
            reason: `${p.inst.id} has no container section: add one (vmid, template, memory, disk, address) to provision it`,
        };
    const host = [];
    const changes = [];
    const left = [];
    if (p.state === 'absent') {
        const created = p.provider.create(p.inst, p.keyLine);
        if (!created.ok)
            return created;
        changes.push(`container ${c.vmid} does not exist`);
        host.push(step('create', `create container ${c.vmid} from ${c.template}`, created.ops, 15 * 60_000));
    }
    else if (p.settings !== undefined && p.provider.settings) {
        const s = p.provider.settings(p.inst, p.settings);
        changes.push(...s.changes);
        left.push(...s.left);
        if (s.ops.length)
            host.push(step('settings', `container ${c.vmid}: ${s.changes.join(', ')}`, s.ops));
    }
    if (p.state !== 'running') {
        if (p.state === 'stopped')
            changes.push(`container ${c.vmid} is stopped`);
        host.push(step('start', `start container ${c.vmid}`, p.provider.start(c.vmid)));
    }
    const inside = containerSteps(p.inst, p.facts, p.keyLine, p.secrets, p.site, p.tuning);
    const container = [
        ...(p.state === 'running' ? [] : [step('boot', 'wait for the container to boot', [waitForBootOp], 150_000)]),
        ...inside.steps,
    ];
    changes.push(...inside.changes);
    left.push(...inside.left);
    return {
        ok: true,
        plan: {
            instance: p.inst.id,
            vmid: c.vmid,
            provider: p.provider.name,
            state: p.state,
            host,
            container,
            changes,
            left,
            assumed: p.state !== 'running',
        },
    };
}
const planIsEmpty = (plan) => plan.host.length === 0 && plan.container.length === 0;
/** The plan as text, secrets as ***: what `provision --dry-run` prints. */
function formatProvisionPlan(plan, secrets) {
    const mask = (0,format/* masker */.KB)(secrets);
    const out = [`provision ${plan.instance}: container ${plan.vmid} on ${plan.provider} (${plan.state})`];
    if (planIsEmpty(plan))
        out.push('nothing differs from the environment');
    for (const line of plan.changes)
        out.push(`differs: ${line}`);
    for (const line of plan.left)
        out.push(`left alone: ${line}`);
    if (plan.assumed)
        out.push('note: the container does not run yet, so every step inside it is shown; before they run it is read ' +
            'and only what it lacks is done');
    const sections = [
        ['on the host', plan.host],
        ['in the container', plan.container],
    ];
    let n = 0;
    for (const [where, steps] of sections) {
        for (const s of steps) {
            out.push('', `${++n}. [${where}] ${s.title}`);
            for (const op of s.ops)
                out.push(...(0,format/* formatOp */.PH)(op, mask).map((l) => `   ${l}`));
        }
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/transport/connect.ts + 3 modules
var connect = __webpack_require__(14519);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./schema/pct-create.schema.json
const pct_create_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$comment":"The parameters of Proxmox VE\'s `pct create <vmid> <ostemplate> [OPTIONS]` (POST /nodes/{node}/lxc), as Proxmox documents them (pve-docs, generated/pct.1-synopsis.adoc): types, ranges, enums and the keys of each property string. `src/provision/pct-check.ts` parses a generated argv into this shape (property strings into objects, 0/1 into integers) and checks it, so the commands slotflip builds are held to pct\'s contract, not to snapshots of themselves. Options slotflip never passes are listed too, so an unknown option is an error.","title":"pct create","type":"object","additionalProperties":false,"required":["vmid","ostemplate"],"definitions":{"bool":{"enum":[0,1]},"ipv4":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"},"ipv4cidr":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2])$"},"diskSize":{"type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?[KMGT]?$"},"volume":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*:([0-9]+(\\\\.[0-9]+)?|[A-Za-z0-9_./-]+)$"},"mountOptions":{"type":"string","pattern":"^(noatime|lazytime|nodev|nosuid|noexec|discard)(;(noatime|lazytime|nodev|nosuid|noexec|discard))*$"},"net":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,15}$"},"bridge":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,14}$"},"firewall":{"$ref":"#/definitions/bool"},"gw":{"$ref":"#/definitions/ipv4"},"gw6":{"type":"string"},"host-managed":{"$ref":"#/definitions/bool"},"hwaddr":{"type":"string","pattern":"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"},"ip":{"anyOf":[{"$ref":"#/definitions/ipv4cidr"},{"enum":["dhcp","manual"]}]},"ip6":{"type":"string"},"link_down":{"$ref":"#/definitions/bool"},"mtu":{"type":"integer","minimum":64,"maximum":65535},"rate":{"type":"number","minimum":0},"tag":{"type":"integer","minimum":1,"maximum":4094},"trunks":{"type":"string","pattern":"^[0-9]+(;[0-9]+)*$"},"type":{"enum":["veth"]}}}},"properties":{"vmid":{"type":"integer","minimum":100,"maximum":999999999},"ostemplate":{"type":"string","minLength":1},"arch":{"enum":["amd64","arm64","armhf","i386","riscv32","riscv64"]},"bwlimit":{"type":"number","minimum":0},"cmode":{"enum":["console","shell","tty"]},"console":{"$ref":"#/definitions/bool"},"cores":{"type":"integer","minimum":1,"maximum":8192},"cpulimit":{"type":"number","minimum":0,"maximum":8192},"cpuunits":{"type":"integer","minimum":0,"maximum":500000},"debug":{"$ref":"#/definitions/bool"},"description":{"type":"string"},"features":{"type":"object","additionalProperties":false,"properties":{"force_rw_sys":{"$ref":"#/definitions/bool"},"fuse":{"$ref":"#/definitions/bool"},"keyctl":{"$ref":"#/definitions/bool"},"mknod":{"$ref":"#/definitions/bool"},"mount":{"type":"string","pattern":"^[a-z0-9]+(;[a-z0-9]+)*$"},"nesting":{"$ref":"#/definitions/bool"}}},"force":{"$ref":"#/definitions/bool"},"ha-managed":{"$ref":"#/definitions/bool"},"hookscript":{"type":"string"},"hostname":{"type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"},"ignore-unpack-errors":{"$ref":"#/definitions/bool"},"memory":{"type":"integer","minimum":16},"nameserver":{"type":"string","pattern":"^[0-9A-Fa-f.:]+( [0-9A-Fa-f.:]+)*$"},"onboot":{"$ref":"#/definitions/bool"},"ostype":{"enum":["alpine","archlinux","centos","debian","devuan","fedora","gentoo","nixos","opensuse","ubuntu","unmanaged"]},"password":{"type":"string"},"pool":{"type":"string"},"protection":{"$ref":"#/definitions/bool"},"restore":{"$ref":"#/definitions/bool"},"rootfs":{"type":"object","additionalProperties":false,"required":["volume"],"properties":{"volume":{"$ref":"#/definitions/volume"},"acl":{"$ref":"#/definitions/bool"},"mountoptions":{"$ref":"#/definitions/mountOptions"},"quota":{"$ref":"#/definitions/bool"},"replicate":{"$ref":"#/definitions/bool"},"ro":{"$ref":"#/definitions/bool"},"shared":{"$ref":"#/definitions/bool"},"size":{"$ref":"#/definitions/diskSize"}}},"searchdomain":{"type":"string"},"ssh-public-keys":{"type":"string","pattern":"^/"},"start":{"$ref":"#/definitions/bool"},"storage":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*$"},"swap":{"type":"integer","minimum":0},"tags":{"type":"string"},"template":{"$ref":"#/definitions/bool"},"timezone":{"type":"string"},"tty":{"type":"integer","minimum":0,"maximum":6},"unique":{"$ref":"#/definitions/bool"},"unprivileged":{"$ref":"#/definitions/bool"}},"patternProperties":{"^net[0-9]+$":{"$ref":"#/definitions/net"}}}');
;// CONCATENATED MODULE: ./src/provision/pct-check.ts


// Holds a `pct create` argv to the parameters Proxmox documents (schema/pct-create.schema.json): the argv is read the
// way pct reads it (positional vmid and ostemplate, `--option value` pairs, property strings such as
// `name=eth0,bridge=vmbr0,ip=dhcp` into objects, 0/1 and numbers as numbers) and checked against the schema.
/**
 * Options whose value is a property string; the key a bare first item stands for (`local-lvm:8` is the rootfs volume).
 */
const PROPERTY_STRINGS = [
    { match: /^features$/ },
    { match: /^rootfs$/, defaultKey: 'volume' },
    { match: /^net[0-9]+$/ },
];
const scalar = (v) => (/^-?[0-9]+(\.[0-9]+)?$/.test(v) ? Number(v) : v);
function propertyString(value, defaultKey) {
    const out = {};
    for (const [i, item] of value.split(',').entries()) {
        const eq = item.indexOf('=');
        if (eq < 0 && i === 0 && defaultKey)
            out[defaultKey] = item;
        else if (eq <= 0)
            return `"${item}" is not key=value`;
        else
            out[item.slice(0, eq)] = scalar(item.slice(eq + 1));
    }
    return out;
}
/** An ajv error in pct's terms: the option (and key) it is about, and what pct would refuse, without schema jargon. */
function describe(e) {
    const at = e.instancePath.split('/').filter(Boolean);
    const where = at.length ? `--${at[0]}${at.length > 1 ? ` ${at.slice(1).join('.')}` : ''}` : 'pct create';
    const p = e.params;
    if (e.keyword === 'additionalProperties')
        return at.length
            ? `${where}: "${p.additionalProperty}" is not a key of this option`
            : `--${p.additionalProperty}: pct create has no such option`;
    if (e.keyword === 'required')
        return at.length ? `${where}: needs ${p.missingProperty}=` : `pct create needs <${p.missingProperty}>`;
    if (e.keyword === 'enum')
        return `${where}: must be one of ${p.allowedValues.join(', ')}`;
    if (e.keyword === 'pattern' || e.keyword === 'anyOf')
        return `${where}: ${JSON.stringify(e.data)} is not a value pct accepts here`;
    return `${where}: ${e.message}`;
}
let validator;
function checkPctCreate(argv) {
    const [pct, command, vmid, ostemplate, ...rest] = argv;
    if (pct !== 'pct' || command !== 'create')
        return { ok: false, errors: [`not a pct create command: ${argv.slice(0, 2).join(' ')}`] };
    if (!vmid || !ostemplate || vmid.startsWith('--') || ostemplate.startsWith('--'))
        return { ok: false, errors: ['pct create needs <vmid> <ostemplate> first'] };
    const parameters = { vmid: scalar(vmid), ostemplate };
    const errors = [];
    for (let i = 0; i < rest.length; i += 2) {
        const flag = rest[i];
        const value = rest[i + 1];
        if (!flag.startsWith('--') || value === undefined) {
            errors.push(`${flag}: expected --option value`);
            continue;
        }
        const name = flag.slice(2);
        if (name in parameters)
            errors.push(`--${name} given twice`);
        const ps = PROPERTY_STRINGS.find((p) => p.match.test(name));
        const parsed = ps ? propertyString(value, ps.defaultKey) : scalar(value);
        if (typeof parsed === 'string' && ps)
            errors.push(`--${name}: ${parsed}`);
        else
            parameters[name] = parsed;
    }
    if (!validator) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
        validator = ajv.compile(pct_create_schema_namespaceObject);
    }
    if (!validator(parameters)) {
        const all = validator.errors ?? [];
        // A value that fails every branch of an anyOf (an IP, or dhcp) is reported once, by the anyOf.
        const either = new Set(all.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
        errors.push(...all.filter((e) => e.keyword === 'anyOf' || !either.has(e.instancePath)).map(describe));
    }
    return errors.length ? { ok: false, errors } : { ok: true, parameters };
}

;// CONCATENATED MODULE: ./src/provision/pct-create.ts
/**
 * `keysFile`: where the deploy key's public half is on the Proxmox host (pct reads the file); none for a pct target.
 */
function pctCreateArgv(inst, keysFile) {
    const c = inst.container;
    if (!c)
        return { ok: false, reason: `${inst.id} has no container section: nothing to create` };
    if (inst.target.vmid !== undefined && inst.target.vmid !== c.vmid) {
        return {
            ok: false,
            reason: `${inst.id}: container.vmid ${c.vmid} and target.vmid ${inst.target.vmid} name different containers`,
        };
    }
    const net = [
        `name=eth0`,
        `bridge=${c.bridge ?? 'vmbr0'}`,
        `ip=${c.address}`,
        ...(c.gateway ? [`gw=${c.gateway}`] : []),
        'type=veth',
    ].join(',');
    // pct detects the OS from the template; naming it for the two templates slotflip knows keeps the setup explicit.
    const ostype = /(?:^|\/)(debian|ubuntu)-/.exec(c.template)?.[1];
    const flag = (b, fallback) => ((b ?? fallback) ? '1' : '0');
    const argv = [
        'pct',
        'create',
        String(c.vmid),
        c.template,
        '--hostname',
        c.hostname ?? inst.id,
        '--unprivileged',
        flag(c.unprivileged, true),
        '--features',
        `nesting=${flag(c.nesting, true)}`,
        '--cores',
        String(c.cores ?? 2),
        '--memory',
        String(c.memory),
        '--swap',
        String(c.swap ?? 512),
        '--rootfs',
        `${c.storage ?? 'local-lvm'}:${c.disk}`,
        '--net0',
        net,
        ...(c.nameserver ? ['--nameserver', c.nameserver] : []),
        '--onboot',
        flag(c.onboot, true),
        ...(ostype ? ['--ostype', ostype] : []),
        ...(keysFile ? ['--ssh-public-keys', keysFile] : []),
    ];
    return { ok: true, argv };
}

;// CONCATENATED MODULE: ./src/provision/proxmox.ts




/** Settings `pct set` changes on a running container (memory and cores apply at once; swap and onboot too). */
const LIVE = [
    { key: 'cores', want: (c) => String(c.cores ?? 2) },
    { key: 'memory', want: (c) => String(c.memory) },
    { key: 'swap', want: (c) => String(c.swap ?? 512) },
    { key: 'onboot', want: (c) => ((c.onboot ?? true) ? '1' : '0') },
];
/**
 * Proxmox: `pct` on the node, run here (a runner on the node) or over SSH to it (`target.pct_via: ssh`, the node's
 * host key pinned). Every `pct create` is checked against pct's documented parameters before it is run.
 */
function proxmoxProvider(inst, privateKey) {
    const t = inst.target;
    return {
        name: (0,connect/* nodeName */.qp)(t),
        host: () => (0,connect/* connectNode */.jh)(t, privateKey),
        inside: (vmid) => (0,connect/* connectContainer */.IB)(t, vmid, privateKey),
        stateScript: (vmid) => `s=$(pct status ${vmid} 2>/dev/null) || { echo absent; exit 0; }\necho "\${s#status: }"`,
        create(i, keyLine) {
            const keysFile = keyLine ? `/root/.slotflip-${i.container.vmid}.pub` : undefined;
            const built = pctCreateArgv(i, keysFile);
            if (!built.ok)
                return built;
            const check = checkPctCreate(built.argv);
            if (!check.ok)
                return {
                    ok: false,
                    reason: `the pct create command slotflip built is not one pct accepts: ${check.errors.join('; ')}`,
                };
            const ops = keysFile
                ? [
                    { kind: 'write', path: keysFile, content: `${keyLine} slotflip-deploy\n`, mode: '0600', secret: false },
                    {
                        kind: 'sh',
                        note: 'the key file is removed whatever pct says',
                        text: `( trap 'rm -f ${keysFile}' EXIT\n${(0,quote/* commandLine */.ay)(built.argv)}\n)`,
                    },
                ]
                : [{ kind: 'run', argv: built.argv }];
            return { ok: true, ops };
        },
        start: (vmid) => [{ kind: 'run', argv: ['pct', 'start', String(vmid)] }],
        settingsScript: (vmid) => `pct config ${vmid}`,
        settings(i, printed) {
            const c = i.container;
            const have = new Map(printed
                .split('\n')
                .map((l) => /^([a-z0-9]+):\s*(.*)$/.exec(l))
                .filter((m) => m !== null)
                .map((m) => [m[1], m[2]]));
            const changes = [];
            const args = [];
            for (const { key, want } of LIVE) {
                const now = have.get(key) ?? (key === 'onboot' ? '0' : undefined);
                if (now !== want(c)) {
                    changes.push(`${key}: ${now ?? 'unset'} -> ${want(c)}`);
                    args.push(`--${key}`, want(c));
                }
            }
            const left = [];
            const ops = args.length ? [{ kind: 'run', argv: ['pct', 'set', String(c.vmid), ...args] }] : [];
            const size = Number(/size=(\d+)G/.exec(have.get('rootfs') ?? '')?.[1] ?? c.disk);
            if (size < c.disk) {
                changes.push(`disk: ${size} GiB -> ${c.disk} GiB`);
                ops.push({ kind: 'run', argv: ['pct', 'resize', String(c.vmid), 'rootfs', `${c.disk}G`] });
            }
            else if (size > c.disk)
                left.push(`disk: ${size} GiB, more than container.disk ${c.disk} GiB (a disk never shrinks)`);
            return { changes, left, ops };
        },
    };
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
// EXTERNAL MODULE: ./src/render/tuning-files.ts
var tuning_files = __webpack_require__(42885);
// EXTERNAL MODULE: ./src/session/prepare.ts
var prepare = __webpack_require__(80295);
// EXTERNAL MODULE: ./src/session/progress.ts
var session_progress = __webpack_require__(44533);
;// CONCATENATED MODULE: ./src/commands/provision.ts















/** The tuning files the environment asks for; a template that does not render is the environment's error. */
function tuningFiles(inst, templates) {
    try {
        return (0,tuning_files/* renderTuningFiles */.ju)(inst, templates);
    }
    catch (err) {
        if (err instanceof render_escape/* RenderError */.vH)
            throw fail(err.message, 'Fix the template in templates/slotflip/', exit_codes/* ExitCode */.y.invalidConfig);
        throw err;
    }
}
const fail = (message, remedy = '', code = exit_codes/* ExitCode */.y.provisionFailed) => new errors/* SlotflipError */.u0('provision', message, remedy, code);
/**
 * `slotflip provision`: the instance's container as its environment file describes it, from nothing or from what is
 * there. Read (state, settings, what the container has), plan, run the node's steps, read the container again now
 * that it runs, run its steps, and read it a last time: what still differs is reported, and the host key is printed.
 */
async function runProvision(opts) {
    const prepared = await (0,prepare/* prepare */.i)({
        envFile: opts.envFile,
        instanceId: opts.instanceId,
        secrets: opts.secrets,
        adminSecret: true,
    });
    const inst = prepared.instance;
    const tuning = tuningFiles(inst, prepared.templates);
    const s = prepared.secrets;
    if (!inst.container)
        throw fail(`${inst.id} has no container section`, 'Add one (vmid, template, memory, disk, address) to provision it', exit_codes/* ExitCode */.y.invalidConfig);
    const keySecret = inst.target.ssh_key_secret;
    const key = deployKeyLine(inst.target, s);
    if (!key.ok)
        throw fail(`${inst.id}: ${key.reason}`, 'provision authorizes the deploy key in the container: name its secret in target.ssh_key_secret', exit_codes/* ExitCode */.y.invalidConfig);
    const secrets = {
        db: inst.database ? s[inst.database.password_secret] : undefined,
        dbAdmin: inst.database?.admin_secret ? s[inst.database.admin_secret] : undefined,
        redis: inst.redis?.password_secret ? s[inst.redis.password_secret] : undefined,
    };
    const mask = (0,format/* masker */.KB)(Object.values(s));
    const provider = opts.provider?.(inst) ?? proxmoxProvider(inst, keySecret ? s[keySecret] : undefined);
    const vmid = inst.container.vmid;
    const host = await provider.host();
    const opened = [host];
    try {
        const read = () => readContainer({ provider, host, vmid, facts: factsScript(inst, key.line), mask, opened }).catch((e) => {
            throw e instanceof ContainerUnreadable ? fail(e.message, e.remedy) : e;
        });
        const plan = (r) => {
            const built = buildProvisionPlan({
                inst,
                provider,
                state: r.state,
                facts: r.facts,
                settings: r.settings,
                keyLine: key.line,
                secrets,
                site: prepared.files.find((f) => f.path === (0,layout/* layout */.Zp)(inst.id).site),
                tuning,
            });
            if (!built.ok)
                throw fail(built.reason, '', exit_codes/* ExitCode */.y.invalidConfig);
            return built.plan;
        };
        const first = plan(await read());
        const planText = formatProvisionPlan(first, Object.values(s));
        if (opts.dryRun)
            return {
                exitCode: exit_codes/* ExitCode */.y.ok,
                summary: planIsEmpty(first) ? 'nothing to provision' : `plan: ${first.changes.length} difference(s)`,
                planText,
                changes: first.changes,
            };
        const progress = (0,session_progress/* stepReporter */.w)(opts.log, mask, opts.onEvent);
        const run = async (steps, t) => {
            const out = await runSteps(steps, t, { onEvent: progress.onEvent });
            if (out.kind === 'failed') {
                throw fail(`${out.step.title} failed (exit ${out.code}): ${mask(out.detail)}`, out.disconnected
                    ? 'The connection was lost: check the node is reachable and run provision again'
                    : 'Every step converges: fix the cause and run provision again; only what still differs is done');
            }
        };
        try {
            if (!planIsEmpty(first)) {
                for (const line of first.changes)
                    opts.log(`differs: ${line}`);
                if (first.host.length)
                    opts.log(`on ${provider.name}:`);
                await run(first.host, host);
                // A container that did not run could not be read: read it now and do only what it lacks.
                const second = first.assumed ? plan({ ...(await read()), state: 'running' }) : first;
                const inside = await provider.inside(vmid);
                opened.push(inside);
                opts.log(`in container ${vmid}:`);
                await run(first.assumed ? [...first.container.filter((x) => x.id === 'boot'), ...second.container] : second.container, inside);
            }
        }
        finally {
            progress.stop();
        }
        const last = await read();
        const after = plan(last);
        for (const line of after.left)
            opts.log(`left alone: ${line}`);
        const hostKey = last.facts.hostKey ? lineFingerprint(last.facts.hostKey) : undefined;
        const result = {
            exitCode: planIsEmpty(first) ? exit_codes/* ExitCode */.y.nothingToDo : exit_codes/* ExitCode */.y.ok,
            summary: '',
            planText,
            hostKey,
            changes: first.changes,
        };
        if (!planIsEmpty(after))
            throw fail(`container ${vmid} still differs after provisioning: ${after.changes.join('; ')}`, 'Run provision again; if it persists, something in the container changes it back');
        if (!hostKey)
            throw fail(`container ${vmid} has no ed25519 host key after provisioning`);
        const pinned = inst.target.host_keys ?? [];
        if (inst.target.transport === 'ssh' && pinned.length && !pinned.includes(hostKey)) {
            throw fail(`container ${vmid}'s host key is ${hostKey}, but the environment pins ${pinned.join(', ')}`, 'If the container was rebuilt on purpose, pin the new key; otherwise find out who changed it', exit_codes/* ExitCode */.y.connection);
        }
        if (inst.target.transport === 'ssh' && !pinned.includes(hostKey)) {
            const text = await (0,promises_.readFile)(opts.envFile, 'utf8');
            const pin = pinHostKey(opts.envFile, text, inst.id, hostKey);
            result.pinPatch = pin?.patch;
            if (pin && opts.writeHostKey)
                await (0,promises_.writeFile)(opts.envFile, pin.text);
        }
        result.summary = planIsEmpty(first)
            ? `container ${vmid} already matches ${opts.envFile}: nothing changed`
            : `container ${vmid} provisioned (${first.changes.length} difference(s) put right)`;
        return result;
    }
    finally {
        await Promise.all(opened.map((t) => t.close()));
    }
}

// EXTERNAL MODULE: ./src/cli/cancel.ts
var cancel = __webpack_require__(84558);
// EXTERNAL MODULE: ./src/cli/outcome.ts
var outcome = __webpack_require__(76358);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/cli/host-options.ts + 1 modules
var host_options = __webpack_require__(67487);
// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(14226);
;// CONCATENATED MODULE: ./src/cli/provision.ts






/** `slotflip provision --env FILE`: the instance's container, created or brought in line with its environment file. */
async function provisionCommand(values, _args, io) {
    const provider = (0,parse/* str */.gx)(values, 'provider');
    if (provider !== 'proxmox' && provider !== 'lab')
        throw new usage_error/* UsageError */.e(`--provider must be proxmox or lab, not "${provider}"`);
    const env = (0,parse/* str */.gx)(values, 'env');
    const dryRun = (0,parse/* flag */.Jt)(values, 'dry-run');
    const writeHostKey = (0,parse/* flag */.Jt)(values, 'write-host-key');
    return (0,cancel/* cancellable */.n)(io, async () => {
        // The lab's provider lives with the lab: it needs LXC, the lab's bridge, the minimal rootfs and the package proxy.
        const lab = provider === 'lab' ? await Promise.all(/* import() */[__webpack_require__.e(564), __webpack_require__.e(314)]).then(__webpack_require__.bind(__webpack_require__, 28314)) : undefined;
        if (lab && dryRun) {
            // A dry run changes nothing on this machine either: it says what a real run would prepare first.
            const pending = await lab.labProviderPending();
            if (pending.length)
                io.err(`dry run: this machine is not prepared for the lab provider; a real run would first ${pending.join('; ')}`);
        }
        else if (lab)
            await lab.prepareLabProvider(io.err);
        const r = await runProvision({
            envFile: env,
            instanceId: (0,parse/* str */.gx)(values, 'instance'),
            secrets: (0,host_options/* secretsOption */.R)(values, io),
            provider: lab ? () => lab.labProvider() : undefined,
            dryRun,
            writeHostKey,
            log: io.err,
        });
        if ((0,parse/* flag */.Jt)(values, 'json')) {
            io.out((0,outcome/* outcomeJson */.b)('provision', r));
        }
        else {
            if (r.planText && (dryRun || r.exitCode === 20))
                io.out(r.planText);
            if (r.hostKey)
                io.out(`host key: ${r.hostKey} (read inside the container)`);
            if (r.pinPatch) {
                io.out(writeHostKey ? `pinned it in ${env}:` : `pin it: the change to ${env} (or run again with --write-host-key):`);
                io.out(r.pinPatch.trimEnd());
            }
        }
        io.err(`provision: ${r.summary} (exit ${r.exitCode})`);
        return r.exitCode;
    });
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

/***/ 73509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zm: () => (/* binding */ compileOp),
  qg: () => (/* binding */ compileStep),
  Fk: () => (/* binding */ helpersFor),
  eX: () => (/* binding */ stepPidFile)
});

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
/* harmony export */   PH: () => (/* binding */ formatOp),
/* harmony export */   nT: () => (/* binding */ formatPlan)
/* harmony export */ });
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

/***/ 22001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ siteOps),
/* harmony export */   Hc: () => (/* binding */ afterFlipWindows),
/* harmony export */   KG: () => (/* binding */ siteRestore),
/* harmony export */   d_: () => (/* binding */ writeRendered),
/* harmony export */   qr: () => (/* binding */ siteSnapshot),
/* harmony export */   xg: () => (/* binding */ siteBefore)
/* harmony export */ });
/* harmony import */ var _host_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84102);
/* harmony import */ var _config_resolved_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31328);
/* harmony import */ var _host_flip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17747);
/* harmony import */ var _shell_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50418);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61250);





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
    const l = (0,_shell_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layout */ .Zp)(inst.id);
    const includes = Object.entries(inst.app.components).flatMap(([name, c]) => c && c.listen.type === 'tcp'
        ? [
            `[ -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.upstreamFile(name))} ] || printf 'server 127.0.0.1:%s;\\n' ${c.listen.blue} > ` +
                `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(l.upstreamFile(name))}`,
        ]
        : []);
    return [
        ...(includes.length
            ? [{ kind: 'sh', text: ['install -d -m 0755 /etc/nginx/slotflip', ...includes].join('\n') }]
            : []),
        writeRendered(site, (0,_host_flip_js__WEBPACK_IMPORTED_MODULE_2__/* .enableSite */ .d2)(l.site, l.siteLink)),
        {
            kind: 'sh',
            text: `[ -L ${l.siteLink} ] || { ln -sfn ${l.site} ${l.siteLink}; nginx -t -q && ${_host_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}; }`,
        },
    ];
}
/**
 * What becomes of the slot traffic left, in seconds: it drains, then stays warm for a rollback. When it is warm for
 * longer than its drain, the drain ends with the connections it still holds closed (outlivesDrain), and an app with
 * background jobs of its own has it paused then too, so jobs run in one slot.
 */
function afterFlipWindows(inst) {
    const drain = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_1__/* .resolved */ .L$)(inst).drain;
    const keepWarm = (0,_config_resolved_js__WEBPACK_IMPORTED_MODULE_1__/* .resolved */ .L$)(inst).keepWarm;
    const outlivesDrain = keepWarm > drain;
    return { drain, keepWarm, outlivesDrain, pausesOld: inst.app.background_jobs === true && outlivesDrain };
}
/** The site as it was before this run, kept until the run succeeds (the record step removes it). */
const siteBefore = (site) => `${site}.slotflip-before`;
function siteSnapshot(site) {
    return {
        kind: 'sh',
        note: 'keep the site that serves now, for an undo',
        text: `rm -f ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(siteBefore(site))}; [ ! -e ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)} ] || cp -p ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)} ` +
            `${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(siteBefore(site))}`,
    };
}
function siteRestore(site) {
    const before = (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(siteBefore(site));
    return {
        kind: 'sh',
        note: 'put the site that served before this run back (one nginx reload, only if it changed)',
        text: `if [ -e ${before} ] && ! cmp -s ${before} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)}; then
  mv -f ${before} ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(site)}; nginx -t -q && ${_host_nginx_reload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELOAD_NGINX */ .w}
fi
rm -f ${before}`,
    };
}


/***/ }),

/***/ 11404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var liquidjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48694);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57789);


const engines = new Map();
/** One engine per format: strict variables and filters, and that format's escaper on every output. */
function engineFor(format) {
    let engine = engines.get(format);
    if (!engine) {
        const escape = _escape_js__WEBPACK_IMPORTED_MODULE_0__/* .ESCAPERS */ .$t[format];
        engine = new liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .Liquid */ .HX({
            strictVariables: true,
            strictFilters: true,
            ownPropertyOnly: true,
            outputEscape: (v) => (v instanceof Raw ? v.text : escape(String(v))),
        });
        // `| raw` only for values slotflip itself built for this format (e.g. exec_start); never for operator input.
        engine.registerFilter('exec_start', (v) => new Raw((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .systemdShellCommand */ .Z1)(String(v))));
        // An environment variable's name (a preset's VIKUNJA_MAILER_PASSWORD), checked so it cannot carry anything else.
        engine.registerFilter('env_name', (v) => {
            if (!/^[A-Z_][A-Z0-9_]*$/.test(String(v)))
                throw new _escape_js__WEBPACK_IMPORTED_MODULE_0__/* .RenderError */ .vH(`${JSON.stringify(String(v))} is not an environment variable name`);
            return new Raw(String(v));
        });
        engines.set(format, engine);
    }
    return engine;
}
class Raw {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
/**
 * Renders a template's text; an undefined variable, an unknown filter or an unsafe value is a RenderError naming the
 * template.
 */
function renderText(name, source, format, context) {
    try {
        return engineFor(format).parseAndRenderSync(source, context);
    }
    catch (err) {
        const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new _escape_js__WEBPACK_IMPORTED_MODULE_0__/* .RenderError */ .vH(`${name}: ${why}`);
    }
}


/***/ }),

/***/ 57789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ ESCAPERS),
/* harmony export */   Z1: () => (/* binding */ systemdShellCommand),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   vH: () => (/* binding */ RenderError)
/* harmony export */ });
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

class RenderError extends Error {
}
const NGINX_SAFE = /^[A-Za-z0-9._:/@*+=,~%-]*$/;
function nginx(value) {
    if (!NGINX_SAFE.test(value))
        throw new RenderError(`value ${JSON.stringify(value)} cannot be placed in nginx config (only letters, digits and . _ : / @ ` +
            `* + = , ~ % -)`);
    return value;
}
function systemd(value) {
    if (/[\n\r]/.test(value))
        throw new RenderError(`value ${JSON.stringify(value)} cannot be placed in a unit file (newline)`);
    return value.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}
/** systemd EnvironmentFile: a double-quoted value, taken literally (no expansion) except for backslash escapes. */
function env(value) {
    if (/[\n\r]/.test(value))
        throw new RenderError('a value in an environment file cannot contain a newline');
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
const ESCAPERS = {
    nginx,
    systemd,
    env,
    yaml: (value) => JSON.stringify(value),
    shell: (value) => (0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value),
    text: (value) => value,
};
/** `ExecStart=` for a command field: bash -c with the command as one argument, escaped for systemd's own parser. */
function systemdShellCommand(command) {
    if (/[\n\r]/.test(command))
        throw new RenderError('a start command cannot contain a newline');
    const arg = command.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '$$$$').replace(/%/g, '%%');
    return `/bin/bash -c "exec ${arg}"`;
}
/**
 * The format of a template, from its name: site.nginx.liquid, unit.service.liquid, app.env.liquid, config.yml.liquid.
 */
function formatOf(templateName) {
    const base = templateName.replace(/\.liquid$/, '');
    if (/\.(nginx|conf)$/.test(base))
        return 'nginx';
    if (/\.(service|timer|socket)$/.test(base))
        return 'systemd';
    if (/\.env$/.test(base))
        return 'env';
    if (/\.ya?ml$/.test(base))
        return 'yaml';
    if (/\.sh$/.test(base))
        return 'shell';
    return 'text';
}


/***/ }),

/***/ 42885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KV: () => (/* binding */ tuningTemplateNames),
/* harmony export */   ju: () => (/* binding */ renderTuningFiles)
/* harmony export */ });
/* unused harmony exports TUNING_TEMPLATES, tuningResources */
/* harmony import */ var _tuning_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82615);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11404);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57789);



// The optional tuning files (database.tune, redis.tune). Provision installs them, not the deploy: they belong to the
// container's PostgreSQL and Redis, which every instance in it shares, and changing them is not part of a release.
const TUNING_TEMPLATES = {
    postgres: 'slotflip/postgresql-tuning.liquid',
    redis: 'slotflip/redis-tuning.liquid',
};
/** The tuning templates an instance asks for (nothing without a container to size from). */
function tuningTemplateNames(instance) {
    if (!instance.container)
        return [];
    return [
        ...(instance.database?.tune ? [TUNING_TEMPLATES.postgres] : []),
        ...(instance.redis?.tune ? [TUNING_TEMPLATES.redis] : []),
    ];
}
function tuningResources(instance) {
    const c = instance.container;
    return c
        ? { memory: c.memory, cores: c.cores ?? 2, disk: c.disk, maxConnections: instance.database?.max_connections ?? 100 }
        : undefined;
}
function renderTuningFiles(instance, templates) {
    const resources = tuningResources(instance);
    if (!resources)
        return {};
    const render = (name, extra) => {
        const source = templates[name];
        if (source === undefined)
            throw new _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .RenderError */ .vH(`template ${name} is missing from templates/`);
        return (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .renderText */ .S)(name, source, 'text', { instance: instance.id, resources, ...extra });
    };
    return {
        ...(instance.database?.tune
            ? { postgres: render(TUNING_TEMPLATES.postgres, { pg: (0,_tuning_js__WEBPACK_IMPORTED_MODULE_2__/* .postgresTuning */ .Vh)(resources) }) }
            : {}),
        ...(instance.redis?.tune
            ? { redis: render(TUNING_TEMPLATES.redis, { redis_maxmemory: (0,_tuning_js__WEBPACK_IMPORTED_MODULE_2__/* .redisMaxmemory */ .xO)(resources.memory) }) }
            : {}),
    };
}


/***/ }),

/***/ 44533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ stepReporter)
/* harmony export */ });
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


/***/ })

};
