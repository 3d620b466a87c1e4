export const id = 526;
export const ids = [526];
export const modules = {

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

/***/ 3699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ adminSql),
/* harmony export */   GL: () => (/* binding */ adminConn),
/* harmony export */   rz: () => (/* binding */ adminTarget),
/* harmony export */   xV: () => (/* binding */ pgpassLine)
/* harmony export */ });
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

const adminConn = (r) => `PGPASSFILE=${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(r.admin.pgpass)} PGCONNECT_TIMEOUT=5 PGAPPNAME=slotflip`;
const adminTarget = (r, database) => `-h ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(r.db.host)} -p ${r.db.port} -U ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(r.admin.user)} -d ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(database)} --no-password`;
/** psql as the admin, stopping at the first error; connected to `database` (default: the postgres database). */
const adminSql = (r, database = 'postgres') => `${adminConn(r)} psql -At -v ON_ERROR_STOP=1 ${adminTarget(r, database)}`;
/** One line of a pgpass file; `:` and `\` in a field are escaped. */
const pgpassLine = (host, port, user, password) => `${[host, String(port), '*', user, password].map((f) => f.replace(/([\\:])/g, '\\$1')).join(':')}\n`;


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

/***/ 79526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderInstanceFiles: () => (/* binding */ renderInstanceFiles),
  templateNames: () => (/* binding */ templateNames)
});

// EXTERNAL MODULE: ./src/config/public-url.ts
var public_url = __webpack_require__(27005);
// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/host/pg-admin.ts
var pg_admin = __webpack_require__(3699);
// EXTERNAL MODULE: ./src/render/engine.ts
var engine = __webpack_require__(11404);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/presets/config-walk.ts
var config_walk = __webpack_require__(87788);
;// CONCATENATED MODULE: ./src/render/merge-config.ts


const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** app.config without its secret references (those go to the 0600 app.env, never into a config file). */
function withoutSecrets(v) {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        if ((0,config_walk/* secretRef */.Cr)(x) !== undefined)
            continue;
        out[k.toLowerCase()] = isRecord(x) ? withoutSecrets(x) : x;
    }
    return out;
}
function merge(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over))
        out[k] = isRecord(v) && isRecord(out[k]) ? merge(out[k], v) : v;
    return out;
}
/**
 * The rendered YAML with the environment's app.config merged over it: the template holds what slotflip derives and
 * the defaults, the environment wins for everything else (the keys slotflip owns are refused by validation first).
 * The template's leading comment stays; keys keep a stable order, so the same input gives the same bytes.
 */
function mergeConfig(rendered, config, types = {}) {
    const header = rendered.match(/^(#[^\n]*\n)*/)[0];
    const base = (0,dist/* parse */.qg)(rendered, { version: '1.2' });
    const merged = merge(isRecord(base) ? base : {}, isRecord(config) ? withoutSecrets(config) : {});
    // Written for YAML 1.1 readers (Go's): a string such as off or yes is quoted, so it cannot turn into a boolean.
    return `${header}${(0,dist/* stringify */.As)(typed(merged, types), { lineWidth: 0, version: '1.1' })}`;
}
/** Templates print every value as a string; the app's own types are restored from the preset's key list. */
function typed(v, types, prefix = '') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        const key = `${prefix}${k}`;
        if (isRecord(x) && types[key] !== 'map')
            out[k] = typed(x, types, `${key}.`);
        else if (types[key] === 'integer' && typeof x === 'string' && /^-?\d+$/.test(x))
            out[k] = Number(x);
        else if (types[key] === 'boolean' && (x === 'true' || x === 'false'))
            out[k] = x === 'true';
        else
            out[k] = x;
    }
    return out;
}

// EXTERNAL MODULE: ./src/presets/data-dir.ts
var data_dir = __webpack_require__(23184);
// EXTERNAL MODULE: ./src/render/tuning-files.ts
var tuning_files = __webpack_require__(42885);
// EXTERNAL MODULE: ./src/presets/sizes.ts
var sizes = __webpack_require__(90698);
// EXTERNAL MODULE: ./src/host/assets.ts
var assets = __webpack_require__(5293);
;// CONCATENATED MODULE: ./src/render/site-context.ts




/** Without an explicit limit, nginx accepts what the app accepts (its upload setting), else 10m. */
function bodyLimit(instance, preset) {
    const upload = preset ? (0,sizes/* maxUpload */.ye)(preset, instance.app.config) : undefined;
    return upload ? (0,sizes/* nginxSize */.ku)(upload) : '10m';
}
/**
 * Each location the site proxies: a component's own route, then the environment's extra locations (e.g. a websocket).
 */
function siteRoutes(instance) {
    const routes = Object.entries(instance.app.components).flatMap(([name, c]) => c?.route ? [{ path: c.route, component: name, websocket: c.websocket ?? false }] : []);
    for (const l of instance.nginx?.locations ?? [])
        routes.push({ path: l.path, component: l.component, websocket: l.websocket ?? false });
    const seen = new Set();
    for (const r of routes) {
        if (seen.has(r.path))
            throw new render_escape/* RenderError */.vH(`${instance.id}: two nginx locations for ${r.path} (a component's route and nginx.locations, or a ` +
                `location twice)`);
        seen.add(r.path);
    }
    return routes;
}
/** The kept frontend files nginx serves before asking the app (nginx.assets), or false. */
function siteAssets(instance) {
    const a = instance.nginx?.assets;
    if (!a)
        return false;
    if (siteRoutes(instance).some((r) => r.path === a.path))
        throw new render_escape/* RenderError */.vH(`${instance.id}: nginx.assets.path ${a.path} is also a route; the kept files are served at that path, ` +
            `so leave it out of the routes`);
    return { path: a.path, root: (0,layout/* layout */.Zp)(instance.id).assets, component: (0,assets/* assetsComponent */.h1)(instance) };
}

;// CONCATENATED MODULE: ./src/render/instance-files.ts










/** The templates an instance needs, so the caller can load exactly those. */
function templateNames(instance, preset) {
    const app = instance.app.name;
    const own = (preset?.files ?? []).map((f) => `${app}/${f.template}`);
    return [
        'slotflip/component.service.liquid',
        'slotflip/site.nginx.liquid',
        `${app}/app.env.liquid`,
        `${app}/slot.env.liquid`,
        ...own,
        ...(instance.templates ?? []).map((t) => t.source),
        ...(0,tuning_files/* tuningTemplateNames */.KV)(instance),
    ];
}
function secretValue(input, name) {
    if (!name)
        return '';
    const value = input.secrets[name];
    if (value === undefined)
        throw new render_escape/* RenderError */.vH(`secret ${name} is needed to render ${input.instance.id} but was not provided`);
    return value;
}
/**
 * The values templates see; secrets appear only as database.password, redis.password, app.shared_secret and
 * config_secrets (the app.config values written { secret: NAME }, by the environment variable the app reads them from).
 */
function baseContext(input) {
    const { instance, preset } = input;
    const l = (0,layout/* layout */.Zp)(instance.id);
    const db = instance.database;
    const redis = instance.redis;
    const prefix = preset?.config.env_prefix;
    const configSecretVars = prefix
        ? (0,config_walk/* configSecrets */.Uf)(instance.app.config).map((s) => ({
            env: (0,config_walk/* envName */.pD)(prefix, s.written.join('.')),
            value: secretValue(input, s.name),
        }))
        : [];
    return {
        instance: instance.id,
        root: l.root,
        shared: l.shared,
        user: instance.app.user ?? instance.app.name,
        version: instance.app.release.version,
        public_url: (0,public_url/* publicUrl */.x)(instance),
        files_dir: (0,data_dir/* dataDir */.K)(instance, preset),
        app: { shared_secret: secretValue(input, instance.app.shared_secret) },
        config_secrets: configSecretVars,
        database: db
            ? {
                host: db.host,
                port: db.port,
                hostport: `${db.host}:${db.port}`,
                name: db.name,
                user: db.user,
                pool: db.pool ?? 10,
                sslmode: db.sslmode ?? 'disable',
                password: secretValue(input, db.password_secret),
            }
            : {},
        redis: redis
            ? {
                enabled: true,
                host: redis.host,
                port: redis.port,
                hostport: `${redis.host}:${redis.port}`,
                db: redis.db ?? 0,
                password: secretValue(input, redis.password_secret),
            }
            : { enabled: false },
    };
}
/** Everything slotflip writes on the host for an instance, rendered in a fixed order (same input, same bytes). */
function renderInstanceFiles(input) {
    const { instance, templates } = input;
    const l = (0,layout/* layout */.Zp)(instance.id);
    const ctx = baseContext(input);
    const secretValues = [
        ...Object.values(input.secrets),
        ...Object.values(input.slotDatabase ?? {}).map((d) => d.password),
    ].filter((v) => v.length >= 4);
    const render = (template, path, extra, mode = '0644') => {
        const source = templates[template];
        if (source === undefined)
            throw new render_escape/* RenderError */.vH(`template ${template} is missing from templates/`);
        const content = (0,engine/* renderText */.S)(template, source, (0,render_escape/* formatOf */.be)(template), { ...ctx, ...extra });
        const secret = secretValues.some((v) => content.includes(v));
        return { path, content, mode: secret ? '0600' : mode, secret, template };
    };
    const components = Object.entries(instance.app.components).flatMap(([name, c]) => (c ? [{ name, c }] : []));
    const files = [];
    files.push(render(`${instance.app.name}/app.env.liquid`, l.appEnv, {}, '0600'));
    for (const slot of layout/* SLOTS */._f) {
        const sockets = Object.fromEntries(components.map(({ name }) => [name, l.socket(name, slot)]));
        const login = input.slotDatabase?.[slot];
        const database = login ? { ...ctx.database, ...login } : ctx.database;
        files.push(render(`${instance.app.name}/slot.env.liquid`, l.slotEnv(slot), { slot, sockets, database }));
    }
    for (const { name, c } of components) {
        files.push(render('slotflip/component.service.liquid', l.unitFile(name), {
            component: name,
            start: c.start,
            memory_max: c.memory_max ?? '',
            cpu_weight: c.cpu_weight ?? '',
            stop_signal: c.stop_signal ?? 'SIGTERM',
        }));
    }
    if (instance.nginx) {
        const tls = instance.nginx.tls?.enabled
            ? { certificate: instance.nginx.tls.certificate, key: instance.nginx.tls.key }
            : undefined;
        if (tls && (!tls.certificate || !tls.key))
            throw new render_escape/* RenderError */.vH(`${instance.id}: nginx.tls is enabled without a certificate and key`);
        const site = {
            http_port: instance.nginx.http_port ?? 80,
            https_port: instance.nginx.https_port ?? 443,
            tls: tls ?? false,
            routes: siteRoutes(instance),
            server_names: instance.nginx.server_names,
            access_log: l.accessLog,
            client_max_body_size: instance.nginx.client_max_body_size ?? bodyLimit(input.instance, input.preset),
            maintenance_flag: l.maintenanceFlag,
            assets: siteAssets(instance),
            components: components.map(({ name, c }) => ({
                name,
                tcp: c.listen.type === 'tcp',
                current_socket: l.currentSocket(name),
                upstream_file: l.upstreamFile(name),
            })),
        };
        files.push(render('slotflip/site.nginx.liquid', l.site, site));
    }
    if (instance.database) {
        const db = instance.database;
        const content = (0,pg_admin/* pgpassLine */.xV)(db.host, db.port, db.user, secretValue(input, db.password_secret));
        files.push({ path: l.pgpass, content, mode: '0600', secret: true, template: '(pgpass)' });
    }
    if (instance.redis?.password_secret) {
        files.push({
            path: `${l.shared}/redis.pass`,
            content: secretValue(input, instance.redis.password_secret),
            mode: '0600',
            secret: true,
            template: '(redis password)',
        });
    }
    for (const f of input.preset?.files ?? []) {
        const rendered = render(`${instance.app.name}/${f.template}`, `${l.shared}/${f.dest}`, {}, f.mode);
        // The app itself reads these (unlike app.env and the slot files, which systemd reads as root): a mode that lets
        // the group read it means the app's group, or the app is refused its own configuration.
        const file = !rendered.secret && /^0?[0-7][4-7][0-7]$/.test(rendered.mode) && instance.app.user
            ? { ...rendered, owner: `root:${instance.app.user}` }
            : rendered;
        files.push(f.merge_config
            ? { ...file, content: mergeConfig(file.content, instance.app.config, input.preset?.config.keys) }
            : file);
    }
    for (const t of instance.templates ?? [])
        files.push(render(t.source, t.dest, {}, t.mode ?? '0644'));
    return files;
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


/***/ })

};
