export const id = 246;
export const ids = [246];
export const modules = {

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 23430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 95402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  labDownCommand: () => (/* binding */ labDownCommand),
  labEnvCommand: () => (/* binding */ labEnvCommand),
  labStatusCommand: () => (/* binding */ labStatusCommand),
  labUpCommand: () => (/* binding */ labUpCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/validate/validate.ts + 19 modules
var validate = __webpack_require__(83316);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/transport/local.ts
var local = __webpack_require__(2042);
// EXTERNAL MODULE: ./src/lab/container.ts
var container = __webpack_require__(83608);
// EXTERNAL MODULE: ./src/lab/settings.ts
var settings = __webpack_require__(29038);
;// CONCATENATED MODULE: ./src/lab/services.ts

const LAB_DB = { name: 'demo', user: 'demo', admin: 'slotflip_admin' };
/**
 * Idempotent: the app's PostgreSQL role and database, an admin role for restores, and Redis with a password.
 * Passwords travel inside this script on stdin and are set by builtins and psql's input, never in an argv.
 */
function provisionScript(s) {
    const sql = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${LAB_DB.user}') THEN CREATE ROLE ${LAB_DB.user} LOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${LAB_DB.admin}') THEN
    CREATE ROLE ${LAB_DB.admin} LOGIN SUPERUSER;
  END IF;
END $$;
ALTER ROLE ${LAB_DB.user} PASSWORD ${(0,quote/* quoteSql */.Xd)(s.dbPassword)};
ALTER ROLE ${LAB_DB.admin} PASSWORD ${(0,quote/* quoteSql */.Xd)(s.dbAdminPassword)};
SELECT 'CREATE DATABASE ${LAB_DB.name} OWNER ${LAB_DB.user}'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${LAB_DB.name}')\\gexec
`;
    return `set -eu
cluster=$(ls -d /etc/postgresql/*/main | head -1)
version=$(basename "$(dirname "$cluster")")
systemctl start "postgresql@$version-main"
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -d postgres <<'SLOTFLIP_SQL'
${sql}
SLOTFLIP_SQL
pw=${(0,quote/* quote */.hD)(s.redisPassword)}
conf=/etc/redis/redis.conf
if ! grep -qxF "requirepass $pw" "$conf"; then
  tmp=$(mktemp "$conf.XXXXXX")
  grep -v '^requirepass ' "$conf" > "$tmp" || true
  printf 'requirepass %s\\n' "$pw" >> "$tmp"
  chown redis:redis "$tmp"; chmod 0640 "$tmp"
  mv -f "$tmp" "$conf"
  systemctl restart redis-server
fi
for i in $(seq 1 50); do
  if REDISCLI_AUTH="$pw" redis-cli ping 2>/dev/null | grep -q PONG; then break; fi
  sleep 0.2
done
REDISCLI_AUTH="$pw" redis-cli ping | grep -q PONG
# What provision sets (provision/tuning.ts): an eighth of the container's memory, at least 64 MiB, least recently used
# keys evicted first. Without it doctor warns about the lab's own Redis on every demo.
limit="$(awk '/^MemTotal:/ { m = int($2 / 1024 / 8); print (m < 64 ? 64 : m) }' /proc/meminfo)mb"
grep -v '^maxmemory' "$conf" > "$conf.slotflip-tmp" || true
printf 'maxmemory %s\nmaxmemory-policy allkeys-lru\n' "$limit" >> "$conf.slotflip-tmp"
chown redis:redis "$conf.slotflip-tmp"; chmod 0640 "$conf.slotflip-tmp"; mv -f "$conf.slotflip-tmp" "$conf"
REDISCLI_AUTH="$pw" redis-cli --no-auth-warning CONFIG SET maxmemory "$limit" >/dev/null
REDISCLI_AUTH="$pw" redis-cli --no-auth-warning CONFIG SET maxmemory-policy allkeys-lru >/dev/null
# Each on its own line: with several units, is-active succeeds when any one is active (and under set -e only a
# list's last command stops the script).
systemctl is-active --quiet nginx
systemctl is-active --quiet ssh
echo provisioned
`;
}
/** sshd, nginx, PostgreSQL and Redis, as `status` reports them. */
const SERVICES = ['ssh', 'nginx', 'postgresql', 'redis-server'];
const serviceStateScript = `pg_version=$(basename "$(dirname "$(ls -d /etc/postgresql/*/main | head -1)")")
pg="postgresql@$pg_version-main"
for u in ssh nginx "$pg" redis-server; do
  printf '%s\\n' "$(systemctl is-active "$u" 2>/dev/null || true)"
done`;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/lab/state-files.ts






// The lab's keys and passwords live in lab/state (git-ignored) as 0600 files named after the secret,
// which is exactly the secrets directory format `--secrets-dir` reads.
const secretsDir = () => (0,external_node_path_.join)(settings/* LAB */.wr.stateDir, 'secrets');
const keysDir = () => (0,external_node_path_.join)(settings/* LAB */.wr.stateDir, 'keys');
const envDir = () => (0,external_node_path_.join)(settings/* LAB */.wr.stateDir, 'environments');
const LAB_SSH_SECRET = 'LAB_SSH_KEY';
const secretNames = (n) => ({
    db: `LAB_${n}_DB_PASSWORD`,
    dbAdmin: `LAB_${n}_DB_ADMIN_PASSWORD`,
    redis: `LAB_${n}_REDIS_PASSWORD`,
    app: `LAB_${n}_APP_SECRET`,
});
/** A stored secret, created once with a random value; later runs reuse it. */
function labSecret(name) {
    (0,external_node_fs_.mkdirSync)(secretsDir(), { recursive: true, mode: 0o700 });
    const file = (0,external_node_path_.join)(secretsDir(), name);
    if ((0,external_node_fs_.existsSync)(file))
        return (0,external_node_fs_.readFileSync)(file, 'utf8').trim();
    const value = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
    (0,external_node_fs_.writeFileSync)(file, `${value}\n`, { mode: 0o600 });
    return value;
}
/** The lab's SSH key pair (ed25519); its private half is also the secret LAB_SSH_KEY. */
async function ensureLabKey() {
    (0,external_node_fs_.mkdirSync)(keysDir(), { recursive: true, mode: 0o700 });
    const key = (0,external_node_path_.join)(keysDir(), 'lab_ed25519');
    if (!(0,external_node_fs_.existsSync)(key)) {
        const r = await (0,local/* execLocal */.f4)(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', 'slotflip-lab', '-f', key]);
        if (r.code !== 0)
            throw new errors/* LabError */.o8(`ssh-keygen failed: ${r.stderr.trim()}`);
    }
    (0,external_node_fs_.mkdirSync)(secretsDir(), { recursive: true, mode: 0o700 });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(secretsDir(), LAB_SSH_SECRET), (0,external_node_fs_.readFileSync)(key));
    (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(secretsDir(), LAB_SSH_SECRET), 0o600);
    return { publicKey: (0,external_node_fs_.readFileSync)(`${key}.pub`, 'utf8') };
}
const LAB_BACKUP_SECRET = 'LAB_BACKUP_IDENTITY';
/**
 * The lab's backup key pair (age X25519). Backups are encrypted on the host to the public half (in the environment
 * file); the private half is the secret LAB_BACKUP_IDENTITY, which only restores read.
 */
async function ensureBackupKey() {
    (0,external_node_fs_.mkdirSync)(secretsDir(), { recursive: true, mode: 0o700 });
    const file = (0,external_node_path_.join)(secretsDir(), LAB_BACKUP_SECRET);
    if (!(0,external_node_fs_.existsSync)(file)) {
        const r = await (0,local/* execLocal */.f4)(['age-keygen', '-o', file]);
        if (r.code !== 0)
            throw new errors/* LabError */.o8(`age-keygen failed: ${r.stderr.trim()}`);
        (0,external_node_fs_.chmodSync)(file, 0o600);
    }
    const r = await (0,local/* execLocal */.f4)(['age-keygen', '-y', file]);
    if (r.code !== 0)
        throw new errors/* LabError */.o8(`age-keygen -y failed: ${r.stderr.trim()}`);
    return { recipient: r.stdout.trim() };
}

;// CONCATENATED MODULE: ./src/lab/env-file.ts




/** The environment file of lab container N: the demo app, deployed exactly as slotflip deploys to production. */
function labEnvironment(n, hostKey, release, backupRecipient) {
    const secrets = secretNames(n);
    const env = {
        version: 1,
        environment: `lab-${n}`,
        instances: [
            {
                id: `demo-lab-${n}`,
                target: {
                    transport: 'ssh',
                    host: (0,settings/* containerAddress */.SA)(n),
                    port: 22,
                    user: 'root',
                    host_keys: [hostKey],
                    ssh_key_secret: LAB_SSH_SECRET,
                },
                app: {
                    name: 'demo',
                    user: 'demo',
                    release: { source: 'upload', version: release.version, path: release.path, sha256: release.sha256 },
                    shared_secret: secrets.app,
                    components: { api: { start: 'node app.js serve', listen: { type: 'unix' }, route: '/' } },
                },
                database: {
                    engine: 'postgres',
                    host: '127.0.0.1',
                    port: 5432,
                    name: LAB_DB.name,
                    user: LAB_DB.user,
                    password_secret: secrets.db,
                    admin_user: LAB_DB.admin,
                    admin_secret: secrets.dbAdmin,
                    pool: 5,
                },
                redis: { host: '127.0.0.1', port: 6379, db: 0, password_secret: secrets.redis },
                nginx: {
                    server_names: [`demo-lab-${n}.lab.invalid`],
                    tls: { enabled: false },
                    locations: [{ path: '/api/v1/ws', component: 'api', websocket: true }],
                },
                health: {
                    interval: '500ms',
                    timeout: '30s',
                    consecutive: 3,
                    checks: [
                        { type: 'http', component: 'api', path: '/health' },
                        { type: 'http', component: 'api', path: '/api/v1/info', expect_version: true },
                        { type: 'postgres' },
                        { type: 'redis' },
                    ],
                    after_flip: [
                        { type: 'websocket', path: '/api/v1/ws' },
                        { type: 'cors', path: '/api/v1/tasks' },
                    ],
                },
                migrations: { command: 'node app.js migrate', timeout: '2m' },
                windows: { observe: '6s', keep_warm: '30s', drain: '2s' },
                ...(backupRecipient
                    ? {
                        backups: {
                            keep: 3,
                            recipients: [backupRecipient],
                            restore_key_secret: 'LAB_BACKUP_IDENTITY',
                            stores: [{ type: 'host' }],
                        },
                    }
                    : {}),
            },
        ],
    };
    const header = [
        '# yaml-language-server: $schema=../../../schema/environment.schema.json',
        `# Generated by \`slotflip lab up\` for ${(0,settings/* containerName */.xN)(n)} (${(0,settings/* containerAddress */.SA)(n)}); removed by ` +
            `\`slotflip lab down\`.`,
        '# Secrets are files in lab/state/secrets: pass --secrets-dir lab/state/secrets.',
    ];
    return `${header.join('\n')}\n${(0,dist/* stringify */.As)(env, { lineWidth: 0 })}`;
}

// EXTERNAL MODULE: ./src/lab/host-setup.ts
var host_setup = __webpack_require__(9925);
// EXTERNAL MODULE: ./src/lab/rootfs.ts
var lab_rootfs = __webpack_require__(98656);
// EXTERNAL MODULE: ./src/lab/rootfs-build.ts
var rootfs_build = __webpack_require__(93309);
// EXTERNAL MODULE: ./src/lab/apt-proxy.ts
var apt_proxy = __webpack_require__(67457);
;// CONCATENATED MODULE: ./src/lab/lab.ts

















const releasesDir = () => (0,external_node_path_.join)(settings/* LAB */.wr.stateDir, 'releases');
/**
 * The demo app's release archives, rebuilt at every `up` (a few seconds; reproducible, so unchanged sources give the
 * same bytes).
 */
async function ensureReleases(log) {
    const manifestFile = (0,external_node_path_.join)(releasesDir(), 'manifest.json');
    log('building the demo app releases');
    const r = await (0,local/* execLocal */.f4)([process.execPath, 'lab/app/build.mjs', '--out', releasesDir()]);
    if (r.code !== 0)
        throw new errors/* LabError */.o8(`building the demo app failed: ${r.stderr.trim().split('\n').pop()}`, 'Run `npm ci` first');
    const manifest = JSON.parse((0,external_node_fs_.readFileSync)(manifestFile, 'utf8'));
    return Object.fromEntries(Object.entries(manifest).map(([v, m]) => [
        v,
        { version: m.version, sha256: m.sha256, path: (0,external_node_path_.relative)(process.cwd(), m.file) },
    ]));
}
async function bringUp(n, publicKey, release, log) {
    const state = await (0,container/* containerState */.bX)(n);
    const created = state === 'ABSENT';
    if (created) {
        log(`${(0,settings/* containerName */.xN)(n)}: creating from the cached rootfs`);
        await (0,container/* createContainer */.g$)(n, publicKey);
    }
    if (state !== 'RUNNING') {
        log(`${(0,settings/* containerName */.xN)(n)}: starting at ${(0,settings/* containerAddress */.SA)(n)}`);
        await (0,container/* startContainer */.YI)(n);
    }
    const boot = await (0,container/* waitForBoot */.bC)(n);
    // The container may predate this state directory (a new clone, a deleted lab/state): authorize the current key.
    const authorize = await (0,container/* attach */.K0)(n).script((0,quote/* writeFileScript */.Re)('/root/.ssh/authorized_keys', `${publicKey.trim()}\n`, '0600'));
    if (authorize.code !== 0)
        throw new errors/* LabError */.o8(`${(0,settings/* containerName */.xN)(n)}: installing the lab's SSH key failed: ${authorize.stderr.trim()}`);
    const names = secretNames(n);
    labSecret(names.app); // the demo's session secret: created once, like the others
    const provision = await (0,container/* attach */.K0)(n).script(provisionScript({
        dbPassword: labSecret(names.db),
        dbAdminPassword: labSecret(names.dbAdmin),
        redisPassword: labSecret(names.redis),
    }), { timeoutMs: 60_000 });
    if (provision.code !== 0)
        throw new errors/* LabError */.o8(`${(0,settings/* containerName */.xN)(n)}: setting up PostgreSQL and Redis failed: ` +
            `${provision.stderr.trim().split('\n').slice(-2).join(' | ')}`);
    (0,external_node_fs_.mkdirSync)(envDir(), { recursive: true });
    const envFile = (0,external_node_path_.join)(envDir(), `lab-${n}.yaml`);
    (0,external_node_fs_.writeFileSync)(envFile, labEnvironment(n, (0,container/* hostKeyFingerprint */.E_)(n), release, (await ensureBackupKey()).recipient));
    log(`${(0,settings/* containerName */.xN)(n)}: ${boot}, PostgreSQL and Redis ready; environment file ${(0,external_node_path_.relative)(process.cwd(), envFile)}`);
    return {
        n,
        name: (0,settings/* containerName */.xN)(n),
        address: (0,settings/* containerAddress */.SA)(n),
        envFile: (0,external_node_path_.relative)(process.cwd(), envFile),
        created,
    };
}
/** `lab up`: idempotent. Running containers are only checked; missing ones are created; the cache is built once. */
async function labUp(count, log) {
    if (!Number.isInteger(count) || count < 1 || count > settings/* LAB */.wr.maxCount)
        throw new errors/* LabError */.o8(`--count must be 1 to ${settings/* LAB */.wr.maxCount}`);
    const started = Date.now();
    (0,host_setup/* checkHost */.RC)();
    await (0,host_setup/* ensureTools */.xf)(log);
    (0,host_setup/* ensureIdMaps */.JA)();
    const wasCached = (0,lab_rootfs/* rootfsCached */.aC)();
    const rootfs = await (0,rootfs_build/* ensureRootfs */.I)(log);
    if (rootfs.built)
        log(`rootfs built in ${rootfs.seconds.toFixed(1)} s`);
    await (0,host_setup/* ensureBridge */.QC)();
    const { publicKey } = await ensureLabKey();
    const releases = await ensureReleases(log);
    const v1 = releases['1.0.0'];
    if (!v1)
        throw new errors/* LabError */.o8('the demo app manifest has no release 1.0.0');
    const containers = [];
    for (let n = 1; n <= count; n++)
        containers.push(await bringUp(n, publicKey, v1, log));
    // Every generated environment file must pass validation, like any other.
    const check = await (0,validate/* validateEnvironments */.X)({
        paths: containers.map((c) => c.envFile),
        secrets: { env: {}, dir: secretsDir() },
    });
    if (!check.valid)
        throw new errors/* LabError */.o8(`a generated lab environment file is invalid:\n${check.findings.map(report_text/* formatFinding */.t).join('\n')}`);
    return { containers, rootfsBuilt: !wasCached, seconds: (Date.now() - started) / 1000 };
}
/** `lab down`: removes containers, the bridge (and so every veth and address), keys, secrets and environment files. */
async function labDown(log, purge = false) {
    (0,host_setup/* checkRoot */.d9)();
    for (const n of await (0,container/* existingContainers */.YT)()) {
        log(`${(0,settings/* containerName */.xN)(n)}: stopping and removing`);
        await (0,container/* destroyContainer */.A9)(n);
    }
    (0,apt_proxy/* stopAptProxy */.sf)(log);
    if (await (0,host_setup/* removeBridge */.Ge)())
        log(`removed bridge ${settings/* LAB */.wr.bridge}`);
    (0,external_node_fs_.rmSync)(settings/* LAB */.wr.stateDir, { recursive: true, force: true });
    if (purge) {
        (0,external_node_fs_.rmSync)(settings/* LAB */.wr.cacheDir, { recursive: true, force: true });
        log(`removed the rootfs cache ${settings/* LAB */.wr.cacheDir}`);
    }
}
/** Lab container N's environment file for one demo release, as a commit pinning that release would make it. */
function labReleaseEnvironment(n, version) {
    const envFile = (0,external_node_path_.join)(envDir(), `lab-${n}.yaml`);
    const manifestFile = (0,external_node_path_.join)(releasesDir(), 'manifest.json');
    if (!(0,external_node_fs_.existsSync)(envFile) || !(0,external_node_fs_.existsSync)(manifestFile))
        throw new errors/* LabError */.o8(`lab container ${n} is not up`, 'Run `slotflip lab up` first');
    const releases = JSON.parse((0,external_node_fs_.readFileSync)(manifestFile, 'utf8'));
    const release = releases[version];
    if (!release)
        throw new errors/* LabError */.o8(`the demo app has no release ${version}`, `Choose one of ${Object.keys(releases).join(', ')}`);
    const hostKey = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(envFile, 'utf8'))
        .instances[0].target.host_keys[0];
    const recipient = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(envFile, 'utf8'))
        .instances[0].backups?.recipients[0];
    return labEnvironment(n, hostKey, { version, sha256: release.sha256, path: (0,external_node_path_.relative)(process.cwd(), release.file) }, recipient);
}

;// CONCATENATED MODULE: ./src/lab/status.ts







async function labStatus() {
    (0,host_setup/* checkRoot */.d9)();
    const out = [];
    for (const n of await (0,container/* existingContainers */.YT)()) {
        const state = await (0,container/* containerState */.bX)(n);
        const services = Object.fromEntries(SERVICES.map((s) => [s, 'unknown']));
        if (state === 'RUNNING') {
            const r = await (0,container/* attach */.K0)(n).script(serviceStateScript, { timeoutMs: 10_000 });
            r.stdout
                .trim()
                .split('\n')
                .forEach((v, i) => {
                const key = SERVICES[i];
                if (key)
                    services[key] = v.trim() || 'unknown';
            });
        }
        const envFile = (0,external_node_path_.join)(envDir(), `lab-${n}.yaml`);
        out.push({
            name: (0,settings/* containerName */.xN)(n),
            address: (0,settings/* containerAddress */.SA)(n),
            state,
            services,
            envFile: (0,external_node_fs_.existsSync)(envFile) ? (0,external_node_path_.relative)(process.cwd(), envFile) : null,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
;// CONCATENATED MODULE: ./src/cli/lab.ts



const log = (io) => (line) => io.err(`lab: ${line}`);
/** `slotflip lab up [--count N]`: the containers, each with its environment file. */
async function labUpCommand(values, _args, io) {
    const r = await labUp(Number((0,parse/* str */.gx)(values, 'count')), log(io));
    if ((0,parse/* flag */.Jt)(values, 'json'))
        io.out(JSON.stringify(r, null, 2));
    else {
        for (const c of r.containers)
            io.out(`${c.name}  ${c.address}  ${c.envFile}`);
        io.err(`lab up: ${r.containers.length} container${r.containers.length === 1 ? '' : 's'} ready in ` +
            `${r.seconds.toFixed(1)} s (${r.rootfsBuilt ? 'cold: rootfs built' : 'warm: rootfs cached'})`);
        io.err('check it with: slotflip validate --require-secrets --secrets-dir lab/state/secrets lab/state/environments');
    }
    return 0;
}
/** `slotflip lab down [--purge]`. */
async function labDownCommand(values, _args, io) {
    await labDown(log(io), (0,parse/* flag */.Jt)(values, 'purge'));
    io.err(`lab down: nothing of the lab is ` +
        `left${(0,parse/* flag */.Jt)(values, 'purge') ? '' : ' (the rootfs cache stays; --purge removes it)'}`);
    return 0;
}
/** `slotflip lab status [--json]`. */
async function labStatusCommand(values, _args, io) {
    const list = await labStatus();
    if ((0,parse/* flag */.Jt)(values, 'json'))
        io.out(JSON.stringify(list, null, 2));
    else if (list.length === 0)
        io.out('no lab containers (start them with `slotflip lab up`)');
    else {
        io.out(['container', 'address', 'state', 'sshd', 'nginx', 'postgresql', 'redis', 'environment file'].join('\t'));
        for (const c of list)
            io.out([
                c.name,
                c.address,
                c.state,
                c.services.ssh,
                c.services.nginx,
                c.services.postgresql,
                c.services['redis-server'],
                c.envFile ?? '-',
            ].join('\t'));
    }
    return 0;
}
/** `slotflip lab env --release V [--container N]`. */
async function labEnvCommand(values, _args, io) {
    io.out(labReleaseEnvironment(Number((0,parse/* str */.gx)(values, 'container')), (0,parse/* str */.gx)(values, 'release')));
    return 0;
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
