export const id = 690;
export const ids = [690];
export const modules = {

/***/ 8577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ walkWithSchema),
/* harmony export */   j: () => (/* binding */ valuesOfDefinition)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56897);

function deref(schema) {
    const refs = [];
    let s = schema;
    while (s?.$ref) {
        refs.push(s.$ref.replace('#/definitions/', ''));
        s = _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentSchema */ .VW.definitions[s.$ref.replace('#/definitions/', '')];
    }
    return { schema: s, refs };
}
/**
 * Walks a document together with the schema and calls `visit` for every value the schema describes.
 * This is how the code finds command fields and secret references: from the schema, never from a second list.
 */
function walkWithSchema(data, visit) {
    const go = (value, schema, path) => {
        const { schema: s, refs } = deref(schema);
        if (!s)
            return;
        visit({ path, value, refs });
        if (Array.isArray(value) && s.items)
            value.forEach((item, i) => go(item, s.items, [...path, i]));
        else if (value && typeof value === 'object' && !Array.isArray(value)) {
            for (const [k, v] of Object.entries(value)) {
                const child = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
                go(v, child, [...path, k]);
            }
        }
    };
    go(data, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentSchema */ .VW, []);
}
/** Every value whose schema is the named definition, with its path. */
function valuesOfDefinition(data, definition) {
    const found = [];
    walkWithSchema(data, (v) => {
        if (v.refs.includes(definition))
            found.push(v);
    });
    return found;
}


/***/ }),

/***/ 56897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ND: () => (/* binding */ describingValidator),
  VW: () => (/* binding */ environmentSchema),
  AP: () => (/* binding */ environmentValidator)
});

// EXTERNAL MODULE: ./schema/environment.schema.json
var environment_schema = __webpack_require__(69732);
;// CONCATENATED MODULE: ./schema/environment.validator.json
const environment_validator_namespaceObject = /*#__PURE__*/JSON.parse('{"fF":{"allErrors":true,"strict":true,"strictRequired":false,"verbose":true,"allowUnionTypes":true},"RE":[{"keyword":"patternErrorMessage","schemaType":"string"}]}');
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(24951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/config/environment.validate.generated.js
// Generated from schema/environment.schema.json by `npm run gen:validator`. Do not edit.

const helper0 = equal["default"] ?? equal;

const helper1 = ucs2length["default"] ?? ucs2length;
const validate = (/* unused pure expression or super */ null && (validate21));/* harmony default export */ const environment_validate_generated = (validate21);const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://slotflip.dev/schema/environment.schema.json","title":"Environment","description":"One slotflip environment (for example production or staging): the instances it runs and where. Secrets are named here, never written here.","type":"object","additionalProperties":false,"required":["version","environment","instances"],"properties":{"version":{"description":"Format version of this file.","const":1},"environment":{"$ref":"#/definitions/identifier","description":"Name of the environment; the file is usually environments/<environment>.yaml."},"promote_from":{"$ref":"#/definitions/identifier","description":"Deploy only releases this other environment pins (same version and sha256): production gets the exact archive staging ran. The deploy workflow deploys it after the others."},"instances":{"type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/definitions/instance"}}},"definitions":{"identifier":{"title":"Identifier","type":"string","pattern":"^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$","patternErrorMessage":"must be a lowercase identifier: a-z, 0-9 and '-', starting with a letter, at most 40 characters"},"secretName":{"title":"SecretName","description":"The NAME of a secret, never its value. slotflip reads it from the environment variable SLOTFLIP_SECRET_<NAME>, from the file named by SLOTFLIP_SECRET_<NAME>_FILE, or from <secrets-dir>/<NAME>.","type":"string","pattern":"^[A-Z][A-Z0-9_]{0,63}$","patternErrorMessage":"must be the NAME of a secret (A-Z, 0-9, '_', starting with a letter), never the secret's value"},"command":{"title":"Command","description":"A shell command run by bash on the target, by design. Changes to command fields are flagged in pull requests because they run code on the host after merge.","type":"string","minLength":1,"maxLength":4096},"commandList":{"type":"array","maxItems":50,"items":{"$ref":"#/definitions/command"}},"hostname":{"title":"Hostname","description":"A DNS name, an IPv4 address or an IPv6 address.","type":"string","maxLength":253,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$","patternErrorMessage":"must be a hostname or an IP address (letters, digits, '-' and '.'; no port, scheme or path)"},"serverName":{"title":"ServerName","type":"string","maxLength":253,"pattern":"^(?:\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","patternErrorMessage":"must be a DNS name such as tasks.example.com, optionally starting with '*.'"},"absolutePath":{"title":"AbsolutePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\.\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be an absolute path made of letters, digits and . _ @ + - (no spaces, quotes, '..' or trailing '/')"},"relativePath":{"title":"RelativePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be a relative path inside the repository, made of letters, digits and . _ @ + - (no '..', no leading '/')"},"urlPath":{"title":"UrlPath","type":"string","maxLength":256,"pattern":"^/[A-Za-z0-9._~/-]*$","patternErrorMessage":"must be a URL path starting with '/' (letters, digits and . _ ~ / -; no spaces, quotes, braces or ';')"},"httpsUrl":{"title":"HttpsUrl","type":"string","maxLength":2048,"pattern":"^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$","patternErrorMessage":"must be an https:// URL with no query string, spaces or quotes"},"port":{"title":"Port","type":"integer","minimum":1,"maximum":65535},"duration":{"title":"Duration","type":"string","pattern":"^[0-9]{1,6}(?:ms|s|m|h)$","patternErrorMessage":"must be a duration such as 500ms, 30s, 5m or 1h"},"version":{"title":"ReleaseVersion","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$","patternErrorMessage":"must be a release version such as 1.0.0 or v2.1.0-rc.1 (letters, digits, . _ + -)"},"sha256":{"title":"Sha256","type":"string","pattern":"^[a-f0-9]{64}$","patternErrorMessage":"must be a sha256 digest: 64 lowercase hex characters"},"hostKeyFingerprint":{"title":"HostKeyFingerprint","type":"string","pattern":"^SHA256:[A-Za-z0-9+/]{43}$","patternErrorMessage":"must be an SSH host key fingerprint as printed by `ssh-keygen -lf`, e.g. SHA256: followed by 43 base64 characters"},"ageRecipient":{"title":"AgeRecipient","type":"string","pattern":"^age1[02-9ac-hj-np-z]{58}$","patternErrorMessage":"must be an age public key (age1 followed by 58 characters); never the private key"},"fileMode":{"title":"FileMode","type":"string","pattern":"^0[0-7]{3}$","patternErrorMessage":"must be an octal file mode written as a string, such as \"0644\""},"instance":{"title":"Instance","type":"object","additionalProperties":false,"required":["id","target","app","health"],"if":{"not":{"required":["container"]}},"then":{"properties":{"target":{"title":"Target","type":"object","if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host_keys"]}}}},"properties":{"id":{"$ref":"#/definitions/identifier","description":"Unique across every environment: names the host directories, units and sockets."},"target":{"$ref":"#/definitions/target"},"container":{"$ref":"#/definitions/container"},"app":{"$ref":"#/definitions/app"},"templates":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/template"}},"database":{"$ref":"#/definitions/database"},"redis":{"$ref":"#/definitions/redis"},"nginx":{"$ref":"#/definitions/nginx"},"health":{"$ref":"#/definitions/health"},"smoke":{"oneOf":[{"$ref":"#/definitions/smoke"},{"const":false}],"description":"A scripted HTTP flow run against the new slot after its health gate and before any traffic moves to it; false turns off the flow the app's preset brings."},"migrations":{"$ref":"#/definitions/migrations"},"backups":{"$ref":"#/definitions/backups"},"windows":{"$ref":"#/definitions/windows"},"hooks":{"$ref":"#/definitions/hooks"}}},"container":{"title":"Container","description":"The LXC container `slotflip provision` creates on the Proxmox host with `pct create` (target.vmid is its id); the target reaches it once it runs.","type":"object","additionalProperties":false,"required":["vmid","template","memory","disk","address"],"properties":{"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"The container's Proxmox id (the same as target.vmid when the target is pct)."},"template":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\.tar\\.(gz|xz|zst)$","patternErrorMessage":"must be a container template volume such as local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst","description":"The OS template (`pveam list local`)."},"hostname":{"$ref":"#/definitions/hostname","description":"Default: the instance id."},"unprivileged":{"type":"boolean","default":true,"description":"An unprivileged container (root inside is not root on the host)."},"nesting":{"type":"boolean","default":true,"description":"The nesting feature: systemd's sandboxing in the container needs it."},"cores":{"type":"integer","minimum":1,"maximum":8192,"default":2},"memory":{"type":"integer","minimum":256,"maximum":1048576,"description":"RAM in MiB: both slots, the build and the services must fit."},"swap":{"type":"integer","minimum":0,"maximum":1048576,"default":512,"description":"Swap in MiB."},"disk":{"type":"integer","minimum":2,"maximum":65536,"description":"Root disk in GiB."},"storage":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,63}$","patternErrorMessage":"must be a Proxmox storage id (a letter, then letters, digits, _ . or -; at most 64 characters)","default":"local-lvm"},"bridge":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,14}$","patternErrorMessage":"must be a Linux bridge name","default":"vmbr0"},"address":{"type":"string","pattern":"^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$","patternErrorMessage":"must be IPv4/CIDR such as 192.0.2.10/24, or dhcp"},"gateway":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"nameserver":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"onboot":{"type":"boolean","default":true,"description":"Start the container when the Proxmox host boots."},"packages":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9+.-]{1,62}$","patternErrorMessage":"must be a Debian package name such as nodejs"},"description":"Debian packages the app needs besides what slotflip installs (sshd, nginx, curl, age; PostgreSQL and Redis when they are local)."},"apt_proxy":{"type":"string","pattern":"^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$","patternErrorMessage":"must be an http:// URL such as http://192.0.2.1:3142 (an apt-cacher-ng)","description":"A package proxy the container's apt goes through."}}},"target":{"title":"Target","description":"Where the instance runs and how slotflip reaches it.","type":"object","additionalProperties":false,"required":["transport"],"properties":{"transport":{"enum":["ssh","pct","local"],"description":"ssh: to the container; pct: `pct exec` on the Proxmox host (locally or over ssh to it); local: slotflip runs inside the target."},"host":{"$ref":"#/definitions/hostname","description":"ssh: the container; pct over ssh: the Proxmox host."},"port":{"$ref":"#/definitions/port","default":22},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","default":"root"},"host_keys":{"type":"array","minItems":1,"maxItems":8,"uniqueItems":true,"items":{"$ref":"#/definitions/hostKeyFingerprint"},"description":"Pinned host key fingerprints; a host presenting any other key is refused."},"ssh_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the private SSH key."},"node":{"$ref":"#/definitions/hostname","description":"Proxmox node name (pct)."},"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"Proxmox container id (pct)."},"pct_via":{"enum":["local","ssh"],"default":"local","description":"pct: run `pct` on this machine (a runner on the Proxmox host) or over ssh to `host`."}},"allOf":[{"if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host","ssh_key_secret"]}},{"if":{"properties":{"transport":{"const":"pct"}},"required":["transport"]},"then":{"required":["vmid"]}},{"if":{"properties":{"transport":{"const":"pct"},"pct_via":{"const":"ssh"}},"required":["transport","pct_via"]},"then":{"required":["host","host_keys","ssh_key_secret"]}}]},"app":{"title":"App","type":"object","additionalProperties":false,"required":["name","release","components"],"properties":{"config":{"type":"object","maxProperties":100,"description":"Settings for the app's own configuration file, nested as the app names them (Vikunja: service, cors, mailer, auth, webhooks, ...). With a preset (templates/<app>/preset.yaml) every key is checked against the pinned release's list, obsolete and misspelt keys are errors at their line, and a value that is a secret is written { secret: NAME } (it goes to the 0600 app.env, never into the file)."},"shared_secret":{"$ref":"#/definitions/secretName","description":"The secret both slots share (Vikunja's service.secret, which signs sessions): templates see it as app.shared_secret. `slotflip rotate app-secret` replaces it and prints what users notice (the app's preset says; Vikunja: tokens refresh from the session cookie, browsers stay signed in)."},"name":{"$ref":"#/definitions/identifier","description":"The app, and the folder templates/<name>/ its preset lives in."},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","description":"Service user the slots run as."},"background_jobs":{"type":"boolean","default":false,"description":"The app runs scheduled work of its own in every process (Vikunja: reminders, e-mail, webhooks): after a flip the old slot is paused (SIGSTOP) once it has drained, so only the live slot runs jobs; a rollback or a flip back resumes it."},"release":{"$ref":"#/definitions/release"},"build":{"$ref":"#/definitions/commandList","description":"Commands run in the new release directory before its slot starts."},"components":{"type":"object","minProperties":1,"maxProperties":8,"propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"$ref":"#/definitions/component"}}}},"release":{"title":"Release","type":"object","additionalProperties":false,"required":["source","version"],"properties":{"source":{"enum":["upload","git","url"]},"version":{"$ref":"#/definitions/version"},"path":{"$ref":"#/definitions/relativePath","description":"upload: archive on the runner, relative to the repository."},"url":{"$ref":"#/definitions/httpsUrl","description":"url: archive downloaded on the host."},"sha256":{"$ref":"#/definitions/sha256","description":"Checksum the archive must match (url, upload); `slotflip pin` writes it for a url release. A url release without one is refused."},"repository":{"$ref":"#/definitions/httpsUrl","description":"git: repository to clone."},"commit":{"type":"string","pattern":"^[a-f0-9]{40}$","patternErrorMessage":"must be a full 40-character commit id: branches and tags move","description":"git: the exact commit."}},"allOf":[{"if":{"properties":{"source":{"const":"url"}},"required":["source"]},"then":{"required":["url"]}},{"if":{"properties":{"source":{"const":"upload"}},"required":["source"]},"then":{"required":["path"]}},{"if":{"properties":{"source":{"const":"git"}},"required":["source"]},"then":{"required":["repository","commit"]}}]},"component":{"title":"Component","type":"object","additionalProperties":false,"required":["start","listen"],"properties":{"start":{"$ref":"#/definitions/command","description":"How the slot starts this component (ExecStart), run from the release directory."},"listen":{"$ref":"#/definitions/listen"},"route":{"$ref":"#/definitions/urlPath","description":"nginx location that proxies to this component, e.g. / or /api."},"websocket":{"type":"boolean","default":false},"cpu_weight":{"type":"integer","minimum":1,"maximum":10000,"description":"systemd CPUWeight of each slot (default 100): a lower weight lets the serving slot win the CPU from a warming one."},"memory_max":{"type":"string","pattern":"^[0-9]{1,6}[KMG]$","patternErrorMessage":"must be a size such as 512M or 2G"},"stop_signal":{"enum":["SIGTERM","SIGINT","SIGQUIT","SIGHUP","SIGUSR1","SIGUSR2"],"default":"SIGTERM","description":"The signal that stops a slot gracefully (systemd KillSignal): the one the app handles. Vikunja's `web` shuts down (finishing requests, queued mail, cron) only on SIGINT; on SIGTERM it just exits."}}},"listen":{"title":"Listen","description":"unix: each slot listens on its own socket and nginx follows a symlink (zero-drop flip, no reload). tcp: blue and green ports (flip by upstream include and reload).","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["unix","tcp"]},"blue":{"$ref":"#/definitions/port"},"green":{"$ref":"#/definitions/port"}},"allOf":[{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["blue","green"]}}]},"template":{"title":"Template","type":"object","additionalProperties":false,"required":["source","dest"],"properties":{"source":{"$ref":"#/definitions/relativePath","description":"Relative to templates/."},"dest":{"$ref":"#/definitions/absolutePath","description":"Where the rendered file goes on the target."},"mode":{"$ref":"#/definitions/fileMode"}}},"database":{"title":"Database","type":"object","additionalProperties":false,"required":["engine","host","port","name","user","password_secret"],"properties":{"engine":{"const":"postgres"},"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port"},"name":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL identifier: a-z, 0-9 and '_'"},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and '_'"},"password_secret":{"$ref":"#/definitions/secretName"},"admin_user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and '_'","default":"postgres","description":"The database admin role restore connects as (it creates and renames databases)."},"admin_secret":{"$ref":"#/definitions/secretName","description":"Password of admin_user, needed only by restore."},"pool":{"type":"integer","minimum":1,"maximum":1000,"default":10,"description":"Connections each slot may open."},"max_connections":{"type":"integer","minimum":10,"maximum":100000,"default":100,"description":"The server's max_connections. Every instance using this server, both slots at their pool plus slotflip's own, must fit (checked across all environment files)."},"server_version":{"type":"integer","minimum":9,"maximum":99,"description":"The server's major version (e.g. 15): checked against what the app's preset supports before any deploy."},"sslmode":{"enum":["disable","require","verify-ca","verify-full"],"default":"disable"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000's PostgreSQL tuning (templates/slotflip/postgresql-tuning.liquid), sized from the container's memory, cores and disk and max_connections. Only for a server in the instance's own container."}}},"redis":{"title":"Redis","type":"object","additionalProperties":false,"required":["host","port"],"properties":{"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port","description":"Always explicit: Vikunja fails with 'missing port in address' without it."},"db":{"type":"integer","minimum":0,"maximum":15,"default":0},"password_secret":{"$ref":"#/definitions/secretName"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000's Redis tuning (templates/slotflip/redis-tuning.liquid: eviction, snapshots, keepalive, lazy freeing) and applies it live. Only for a Redis in the instance's own container."}}},"nginx":{"title":"Nginx","type":"object","additionalProperties":false,"required":["server_names"],"properties":{"server_names":{"type":"array","minItems":1,"maxItems":20,"uniqueItems":true,"items":{"$ref":"#/definitions/serverName"}},"http_port":{"$ref":"#/definitions/port","default":80},"https_port":{"$ref":"#/definitions/port","default":443},"tls":{"type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"certificate":{"$ref":"#/definitions/absolutePath"},"key":{"$ref":"#/definitions/absolutePath"}}},"client_max_body_size":{"type":"string","pattern":"^[0-9]{1,6}[kmg]?$","patternErrorMessage":"must be an nginx size such as 20m"},"assets":{"type":"object","additionalProperties":false,"required":["path"],"description":"The frontend's hashed files (a Vite build's /assets/): each deploy copies the new release's from its slot before the flip, and nginx serves this release's and the previous ones' from disk, so a browser tab opened before the flip still loads the chunks it asks for.","properties":{"path":{"type":"string","pattern":"^/([A-Za-z0-9._-]+/)+$","patternErrorMessage":"must be a URL directory such as /assets/","description":"Where the app serves them."},"component":{"$ref":"#/definitions/identifier","description":"The component serving the frontend (default: the one routed at /)."},"keep":{"type":"integer","minimum":2,"maximum":20,"default":3,"description":"Releases whose files are kept (the live one included)."}}},"locations":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["path","component"],"properties":{"path":{"$ref":"#/definitions/urlPath"},"component":{"$ref":"#/definitions/identifier"},"websocket":{"type":"boolean","default":false}}}}}},"smoke":{"title":"Smoke","type":"object","additionalProperties":false,"required":["steps"],"description":"Steps run in order against the new slot (never through nginx: no user sees it). ${run} is unique to the run (a throwaway user's name); `save` takes top-level fields of a JSON answer as ${name} for the steps after it. The cleanup runs whatever happened. A step that answers otherwise than expected fails the deploy before the flip (exit 10).","properties":{"component":{"$ref":"#/definitions/identifier","description":"The component the flow talks to (default: the one routed at /, else the first)."},"steps":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup":{"type":"array","maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup_command":{"type":"string","maxLength":300,"pattern":"^([^$]|\\$\\{run\\})*$","patternErrorMessage":"may use ${run} and no other $","description":"Run on the host after the flow (whatever happened), as the app's user in the slot's release with its environment, time limit 60 s: for what the API cannot undo at once, such as deleting the throwaway user. ${run} is the flow's tag."}}},"smokeStep":{"title":"SmokeStep","type":"object","additionalProperties":false,"required":["name","method","path"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$","patternErrorMessage":"must be a short name: letters, digits, spaces and . _ -"},"method":{"enum":["GET","POST","PUT","PATCH","DELETE"]},"path":{"type":"string","maxLength":300,"pattern":"^/([A-Za-z0-9._~/?=&%-]|\\$\\{[a-z_][a-z0-9_]{0,30}\\})*$","patternErrorMessage":"must be a URL path (letters, digits and . _ ~ / ? = & % -) with ${name} for saved values"},"body":{"type":"object","maxProperties":50,"description":"Sent as JSON; strings may hold ${name}."},"bearer":{"type":"string","pattern":"^\\$\\{[a-z_][a-z0-9_]{0,30}\\}$","patternErrorMessage":"must be a saved value such as ${token}","description":"Sent as Authorization: Bearer <value>."},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"save":{"type":"object","maxProperties":10,"propertyNames":{"pattern":"^[a-z_][a-z0-9_]{0,30}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,60}$"},"description":"name: field, a top-level field of the JSON answer (a string or a number)."}}},"health":{"title":"Health","type":"object","additionalProperties":false,"required":["checks"],"properties":{"interval":{"$ref":"#/definitions/duration","default":"1s"},"timeout":{"$ref":"#/definitions/duration","default":"60s","description":"How long the gate waits for every check to pass."},"consecutive":{"type":"integer","minimum":1,"maximum":100,"default":3},"checks":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/check"}},"after_flip":{"type":"array","maxItems":10,"description":"Checked through nginx right after traffic moved, as a browser would: a websocket handshake must answer 101 (nginx passes Upgrade and Connection), a CORS preflight from the site's own origin must be allowed; `cookies` replays the smoke flow on the slot and through nginx: every cookie attribute the app set must reach the browser, and on HTTPS every cookie must be Secure. A failure flips traffic back.","items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["websocket","cors","cookies"]},"path":{"$ref":"#/definitions/urlPath"}},"if":{"properties":{"type":{"enum":["websocket","cors"]}}},"then":{"required":["path"]}}}}},"check":{"title":"HealthCheck","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["http","tcp","postgres","redis"]},"component":{"$ref":"#/definitions/identifier"},"path":{"$ref":"#/definitions/urlPath"},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"expect_body":{"type":"string","maxLength":200,"pattern":"^[^\\n\\r]*$","patternErrorMessage":"must be a single line"},"expect_version":{"description":"The JSON body's \"version\" must be the release's: true for the version exactly as the release names it (2.5.0), or how the app writes it, with {version} standing for it (Vikunja reports \"v{version}\", stamped from its git tag).","oneOf":[{"type":"boolean"},{"type":"string","pattern":"^[A-Za-z0-9._+-]*\\{version\\}[A-Za-z0-9._+-]*$","patternErrorMessage":"must contain {version} once, with only letters, digits and . _ + - around it (e.g. v{version})"}],"default":false},"timeout":{"$ref":"#/definitions/duration","default":"2s"}},"allOf":[{"if":{"properties":{"type":{"const":"http"}},"required":["type"]},"then":{"required":["component","path"]}},{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["component"]}}]},"migrations":{"title":"Migrations","type":"object","additionalProperties":false,"required":["command"],"properties":{"command":{"$ref":"#/definitions/command"},"timeout":{"$ref":"#/definitions/duration","default":"5m"},"bookkeeping_tables":{"type":"array","uniqueItems":true,"maxItems":16,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a table name of the public schema: a-z, 0-9 and _, starting with a letter or _"},"default":["schema_migrations"],"description":"Tables the migration tool itself writes (which migrations ran). `rollback --restore-db if-safe` does not count their changes as the app's writes."}}},"backups":{"title":"Backups","type":"object","additionalProperties":false,"properties":{"keep":{"type":"integer","minimum":1,"maximum":1000,"default":7},"recipients":{"type":"array","minItems":1,"maxItems":10,"uniqueItems":true,"items":{"$ref":"#/definitions/ageRecipient"}},"restore_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the age identity; only restore jobs have it."},"files_dir":{"$ref":"#/definitions/absolutePath","description":"The app's files directory, backed up with the database."},"stores":{"type":"array","maxItems":5,"items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["host","local","artifact"]},"path":{"$ref":"#/definitions/absolutePath"},"retention_days":{"type":"integer","minimum":1,"maximum":90}},"allOf":[{"if":{"properties":{"type":{"const":"local"}},"required":["type"]},"then":{"required":["path"]}}]}}}},"windows":{"title":"Windows","type":"object","additionalProperties":false,"properties":{"observe":{"$ref":"#/definitions/duration","default":"30s","description":"Watch health after the flip; flip back when thresholds are crossed."},"keep_warm":{"$ref":"#/definitions/duration","default":"5m","description":"The old slot keeps running this long, so a rollback is only a flip. 0s for apps whose jobs must not run twice."},"drain":{"$ref":"#/definitions/duration","default":"10s","description":"Time the old slot gets to finish in-flight requests before it stops."},"max_error_rate":{"type":"number","minimum":0,"maximum":100,"default":5,"description":"Observe: flip back when more than this percentage of the requests through nginx since the flip failed with 5xx (the seed's warning level)."},"max_p95_latency":{"$ref":"#/definitions/duration","default":"500ms","description":"Observe: flip back when the 95th percentile of request times through nginx since the flip exceeds this (the seed's warning level; websocket upgrades are not counted)."},"receipt_rate":{"type":"number","minimum":0,"maximum":50,"default":4,"description":"Requests per second the host sends through nginx to the app's version route, from just before the flip to the end of the observe window, for the deploy's receipt (when the new release first answered, and whether any request failed). 0: none (the receipt then counts users' requests only)."}}},"hooks":{"title":"Hooks","type":"object","additionalProperties":false,"properties":{"pre_deploy":{"$ref":"#/definitions/commandList"},"post_flip":{"$ref":"#/definitions/commandList"},"post_deploy":{"$ref":"#/definitions/commandList"}}}}};const schema7 = {"title":"Identifier","type":"string","pattern":"^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$","patternErrorMessage":"must be a lowercase identifier: a-z, 0-9 and '-', starting with a letter, at most 40 characters"};const pattern0 = new RegExp("^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$", "u");function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern0.test(data)){validate22.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$"+"\""}];return false;}}else {validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate22.errors = vErrors;return errors === 0;}const schema8 = {"title":"Instance","type":"object","additionalProperties":false,"required":["id","target","app","health"],"if":{"not":{"required":["container"]}},"then":{"properties":{"target":{"title":"Target","type":"object","if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host_keys"]}}}},"properties":{"id":{"$ref":"#/definitions/identifier","description":"Unique across every environment: names the host directories, units and sockets."},"target":{"$ref":"#/definitions/target"},"container":{"$ref":"#/definitions/container"},"app":{"$ref":"#/definitions/app"},"templates":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/template"}},"database":{"$ref":"#/definitions/database"},"redis":{"$ref":"#/definitions/redis"},"nginx":{"$ref":"#/definitions/nginx"},"health":{"$ref":"#/definitions/health"},"smoke":{"oneOf":[{"$ref":"#/definitions/smoke"},{"const":false}],"description":"A scripted HTTP flow run against the new slot after its health gate and before any traffic moves to it; false turns off the flow the app's preset brings."},"migrations":{"$ref":"#/definitions/migrations"},"backups":{"$ref":"#/definitions/backups"},"windows":{"$ref":"#/definitions/windows"},"hooks":{"$ref":"#/definitions/hooks"}}};const func2 = Object.prototype.hasOwnProperty;const schema9 = {"title":"Target","description":"Where the instance runs and how slotflip reaches it.","type":"object","additionalProperties":false,"required":["transport"],"properties":{"transport":{"enum":["ssh","pct","local"],"description":"ssh: to the container; pct: `pct exec` on the Proxmox host (locally or over ssh to it); local: slotflip runs inside the target."},"host":{"$ref":"#/definitions/hostname","description":"ssh: the container; pct over ssh: the Proxmox host."},"port":{"$ref":"#/definitions/port","default":22},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","default":"root"},"host_keys":{"type":"array","minItems":1,"maxItems":8,"uniqueItems":true,"items":{"$ref":"#/definitions/hostKeyFingerprint"},"description":"Pinned host key fingerprints; a host presenting any other key is refused."},"ssh_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the private SSH key."},"node":{"$ref":"#/definitions/hostname","description":"Proxmox node name (pct)."},"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"Proxmox container id (pct)."},"pct_via":{"enum":["local","ssh"],"default":"local","description":"pct: run `pct` on this machine (a runner on the Proxmox host) or over ssh to `host`."}},"allOf":[{"if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host","ssh_key_secret"]}},{"if":{"properties":{"transport":{"const":"pct"}},"required":["transport"]},"then":{"required":["vmid"]}},{"if":{"properties":{"transport":{"const":"pct"},"pct_via":{"const":"ssh"}},"required":["transport","pct_via"]},"then":{"required":["host","host_keys","ssh_key_secret"]}}]};const func0 = helper0;const schema10 = {"title":"Hostname","description":"A DNS name, an IPv4 address or an IPv6 address.","type":"string","maxLength":253,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$","patternErrorMessage":"must be a hostname or an IP address (letters, digits, '-' and '.'; no port, scheme or path)"};const func4 = helper1;const pattern1 = new RegExp("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$", "u");function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 253){validate28.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"}];return false;}else {if(!pattern1.test(data)){validate28.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$"},message:"must match pattern \""+"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$"+"\""}];return false;}}}else {validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate28.errors = vErrors;return errors === 0;}const schema11 = {"title":"Port","type":"integer","minimum":1,"maximum":65535};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === 0){if((typeof data == "number") && (isFinite(data))){if(data > 65535 || isNaN(data)){validate30.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"}];return false;}else {if(data < 1 || isNaN(data)){validate30.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}validate30.errors = vErrors;return errors === 0;}const schema12 = {"title":"HostKeyFingerprint","type":"string","pattern":"^SHA256:[A-Za-z0-9+/]{43}$","patternErrorMessage":"must be an SSH host key fingerprint as printed by `ssh-keygen -lf`, e.g. SHA256: followed by 43 base64 characters"};const pattern3 = new RegExp("^SHA256:[A-Za-z0-9+/]{43}$", "u");function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern3.test(data)){validate32.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^SHA256:[A-Za-z0-9+/]{43}$"},message:"must match pattern \""+"^SHA256:[A-Za-z0-9+/]{43}$"+"\""}];return false;}}else {validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate32.errors = vErrors;return errors === 0;}const schema13 = {"title":"SecretName","description":"The NAME of a secret, never its value. slotflip reads it from the environment variable SLOTFLIP_SECRET_<NAME>, from the file named by SLOTFLIP_SECRET_<NAME>_FILE, or from <secrets-dir>/<NAME>.","type":"string","pattern":"^[A-Z][A-Z0-9_]{0,63}$","patternErrorMessage":"must be the NAME of a secret (A-Z, 0-9, '_', starting with a letter), never the secret's value"};const pattern4 = new RegExp("^[A-Z][A-Z0-9_]{0,63}$", "u");function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern4.test(data)){validate34.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]{0,63}$"+"\""}];return false;}}else {validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate34.errors = vErrors;return errors === 0;}const pattern2 = new RegExp("^[a-z_][a-z0-9_-]{0,31}$", "u");function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.transport === undefined) && (missing0 = "transport")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.transport !== undefined){if("ssh" !== data.transport){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if(((data.host === undefined) && (missing1 = "host")) || ((data.ssh_key_secret === undefined) && (missing1 = "ssh_key_secret"))){validate27.errors = [{instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate27.errors = vErrors;return false;}var valid0 = _errs1 === errors;if(valid0){const _errs6 = errors;const _errs7 = errors;let valid3 = true;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.transport === undefined) && (missing2 = "transport")){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {if(data.transport !== undefined){if("pct" !== data.transport){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(_valid1){const _errs10 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.vmid === undefined) && (missing3 = "vmid")){validate27.errors = [{instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}}var _valid1 = _errs10 === errors;valid3 = _valid1;}if(!valid3){const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate27.errors = vErrors;return false;}var valid0 = _errs6 === errors;if(valid0){const _errs11 = errors;const _errs12 = errors;let valid5 = true;const _errs13 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if(((data.transport === undefined) && (missing4 = "transport")) || ((data.pct_via === undefined) && (missing4 = "pct_via"))){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {if(data.transport !== undefined){const _errs14 = errors;if("pct" !== data.transport){const err7 = {};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var valid6 = _errs14 === errors;}else {var valid6 = true;}if(valid6){if(data.pct_via !== undefined){const _errs15 = errors;if("ssh" !== data.pct_via){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var valid6 = _errs15 === errors;}else {var valid6 = true;}}}}var _valid2 = _errs13 === errors;errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}if(_valid2){const _errs16 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing5;if((((data.host === undefined) && (missing5 = "host")) || ((data.host_keys === undefined) && (missing5 = "host_keys"))) || ((data.ssh_key_secret === undefined) && (missing5 = "ssh_key_secret"))){validate27.errors = [{instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];return false;}}var _valid2 = _errs16 === errors;valid5 = _valid2;}if(!valid5){const err9 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;validate27.errors = vErrors;return false;}var valid0 = _errs11 === errors;}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing6;if((data.transport === undefined) && (missing6 = "transport")){validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];return false;}else {const _errs17 = errors;for(const key0 in data){if(!(func2.call(schema9.properties, key0))){validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs17 === errors){if(data.transport !== undefined){let data4 = data.transport;const _errs18 = errors;if(!(((data4 === "ssh") || (data4 === "pct")) || (data4 === "local"))){validate27.errors = [{instancePath:instancePath+"/transport",schemaPath:"#/properties/transport/enum",keyword:"enum",params:{allowedValues: schema9.properties.transport.enum},message:"must be equal to one of the allowed values"}];return false;}var valid7 = _errs18 === errors;}else {var valid7 = true;}if(valid7){if(data.host !== undefined){const _errs19 = errors;if(!(validate28(data.host, {instancePath:instancePath+"/host",parentData:data,parentDataProperty:"host",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var valid7 = _errs19 === errors;}else {var valid7 = true;}if(valid7){if(data.port !== undefined){const _errs20 = errors;if(!(validate30(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid7 = _errs20 === errors;}else {var valid7 = true;}if(valid7){if(data.user !== undefined){let data7 = data.user;const _errs21 = errors;if(errors === _errs21){if(typeof data7 === "string"){if(!pattern2.test(data7)){validate27.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_-]{0,31}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_-]{0,31}$"+"\""}];return false;}}else {validate27.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid7 = _errs21 === errors;}else {var valid7 = true;}if(valid7){if(data.host_keys !== undefined){let data8 = data.host_keys;const _errs24 = errors;if(errors === _errs24){if(Array.isArray(data8)){if(data8.length > 8){validate27.errors = [{instancePath:instancePath+"/host_keys",schemaPath:"#/properties/host_keys/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"}];return false;}else {if(data8.length < 1){validate27.errors = [{instancePath:instancePath+"/host_keys",schemaPath:"#/properties/host_keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid8 = true;const len0 = data8.length;for(let i0=0; i0<len0; i0++){const _errs26 = errors;if(!(validate32(data8[i0], {instancePath:instancePath+"/host_keys/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);errors = vErrors.length;}var valid8 = _errs26 === errors;if(!valid8){break;}}if(valid8){let i1 = data8.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data8[i1], data8[j0])){validate27.errors = [{instancePath:instancePath+"/host_keys",schemaPath:"#/properties/host_keys/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate27.errors = [{instancePath:instancePath+"/host_keys",schemaPath:"#/properties/host_keys/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid7 = _errs24 === errors;}else {var valid7 = true;}if(valid7){if(data.ssh_key_secret !== undefined){const _errs27 = errors;if(!(validate34(data.ssh_key_secret, {instancePath:instancePath+"/ssh_key_secret",parentData:data,parentDataProperty:"ssh_key_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid7 = _errs27 === errors;}else {var valid7 = true;}if(valid7){if(data.node !== undefined){const _errs28 = errors;if(!(validate28(data.node, {instancePath:instancePath+"/node",parentData:data,parentDataProperty:"node",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var valid7 = _errs28 === errors;}else {var valid7 = true;}if(valid7){if(data.vmid !== undefined){let data12 = data.vmid;const _errs29 = errors;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){validate27.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs29){if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 999999999 || isNaN(data12)){validate27.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999"}];return false;}else {if(data12 < 100 || isNaN(data12)){validate27.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"}];return false;}}}}var valid7 = _errs29 === errors;}else {var valid7 = true;}if(valid7){if(data.pct_via !== undefined){let data13 = data.pct_via;const _errs31 = errors;if(!((data13 === "local") || (data13 === "ssh"))){validate27.errors = [{instancePath:instancePath+"/pct_via",schemaPath:"#/properties/pct_via/enum",keyword:"enum",params:{allowedValues: schema9.properties.pct_via.enum},message:"must be equal to one of the allowed values"}];return false;}var valid7 = _errs31 === errors;}else {var valid7 = true;}}}}}}}}}}}}else {validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate27.errors = vErrors;return errors === 0;}const schema14 = {"title":"Container","description":"The LXC container `slotflip provision` creates on the Proxmox host with `pct create` (target.vmid is its id); the target reaches it once it runs.","type":"object","additionalProperties":false,"required":["vmid","template","memory","disk","address"],"properties":{"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"The container's Proxmox id (the same as target.vmid when the target is pct)."},"template":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\.tar\\.(gz|xz|zst)$","patternErrorMessage":"must be a container template volume such as local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst","description":"The OS template (`pveam list local`)."},"hostname":{"$ref":"#/definitions/hostname","description":"Default: the instance id."},"unprivileged":{"type":"boolean","default":true,"description":"An unprivileged container (root inside is not root on the host)."},"nesting":{"type":"boolean","default":true,"description":"The nesting feature: systemd's sandboxing in the container needs it."},"cores":{"type":"integer","minimum":1,"maximum":8192,"default":2},"memory":{"type":"integer","minimum":256,"maximum":1048576,"description":"RAM in MiB: both slots, the build and the services must fit."},"swap":{"type":"integer","minimum":0,"maximum":1048576,"default":512,"description":"Swap in MiB."},"disk":{"type":"integer","minimum":2,"maximum":65536,"description":"Root disk in GiB."},"storage":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,63}$","patternErrorMessage":"must be a Proxmox storage id (a letter, then letters, digits, _ . or -; at most 64 characters)","default":"local-lvm"},"bridge":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,14}$","patternErrorMessage":"must be a Linux bridge name","default":"vmbr0"},"address":{"type":"string","pattern":"^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$","patternErrorMessage":"must be IPv4/CIDR such as 192.0.2.10/24, or dhcp"},"gateway":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"nameserver":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"onboot":{"type":"boolean","default":true,"description":"Start the container when the Proxmox host boots."},"packages":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9+.-]{1,62}$","patternErrorMessage":"must be a Debian package name such as nodejs"},"description":"Debian packages the app needs besides what slotflip installs (sshd, nginx, curl, age; PostgreSQL and Redis when they are local)."},"apt_proxy":{"type":"string","pattern":"^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$","patternErrorMessage":"must be an http:// URL such as http://192.0.2.1:3142 (an apt-cacher-ng)","description":"A package proxy the container's apt goes through."}}};const pattern5 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\.tar\\.(gz|xz|zst)$", "u");const pattern6 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]{0,63}$", "u");const pattern7 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]{0,14}$", "u");const pattern8 = new RegExp("^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$", "u");const pattern9 = new RegExp("^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$", "u");const pattern11 = new RegExp("^[a-z0-9][a-z0-9+.-]{1,62}$", "u");const pattern12 = new RegExp("^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", "u");function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((((data.vmid === undefined) && (missing0 = "vmid")) || ((data.template === undefined) && (missing0 = "template"))) || ((data.memory === undefined) && (missing0 = "memory"))) || ((data.disk === undefined) && (missing0 = "disk"))) || ((data.address === undefined) && (missing0 = "address"))){validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema14.properties, key0))){validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.vmid !== undefined){let data0 = data.vmid;const _errs2 = errors;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){validate38.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs2){if((typeof data0 == "number") && (isFinite(data0))){if(data0 > 999999999 || isNaN(data0)){validate38.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999"}];return false;}else {if(data0 < 100 || isNaN(data0)){validate38.errors = [{instancePath:instancePath+"/vmid",schemaPath:"#/properties/vmid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"}];return false;}}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.template !== undefined){let data1 = data.template;const _errs4 = errors;if(errors === _errs4){if(typeof data1 === "string"){if(!pattern5.test(data1)){validate38.errors = [{instancePath:instancePath+"/template",schemaPath:"#/properties/template/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\.tar\\.(gz|xz|zst)$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\.tar\\.(gz|xz|zst)$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.hostname !== undefined){const _errs7 = errors;if(!(validate28(data.hostname, {instancePath:instancePath+"/hostname",parentData:data,parentDataProperty:"hostname",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.unprivileged !== undefined){const _errs8 = errors;if(typeof data.unprivileged !== "boolean"){validate38.errors = [{instancePath:instancePath+"/unprivileged",schemaPath:"#/properties/unprivileged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.nesting !== undefined){const _errs10 = errors;if(typeof data.nesting !== "boolean"){validate38.errors = [{instancePath:instancePath+"/nesting",schemaPath:"#/properties/nesting/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.cores !== undefined){let data5 = data.cores;const _errs12 = errors;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){validate38.errors = [{instancePath:instancePath+"/cores",schemaPath:"#/properties/cores/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs12){if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 8192 || isNaN(data5)){validate38.errors = [{instancePath:instancePath+"/cores",schemaPath:"#/properties/cores/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192"}];return false;}else {if(data5 < 1 || isNaN(data5)){validate38.errors = [{instancePath:instancePath+"/cores",schemaPath:"#/properties/cores/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.memory !== undefined){let data6 = data.memory;const _errs14 = errors;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){validate38.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs14){if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 1048576 || isNaN(data6)){validate38.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576"}];return false;}else {if(data6 < 256 || isNaN(data6)){validate38.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 256},message:"must be >= 256"}];return false;}}}}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.swap !== undefined){let data7 = data.swap;const _errs16 = errors;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){validate38.errors = [{instancePath:instancePath+"/swap",schemaPath:"#/properties/swap/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs16){if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 1048576 || isNaN(data7)){validate38.errors = [{instancePath:instancePath+"/swap",schemaPath:"#/properties/swap/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576"}];return false;}else {if(data7 < 0 || isNaN(data7)){validate38.errors = [{instancePath:instancePath+"/swap",schemaPath:"#/properties/swap/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.disk !== undefined){let data8 = data.disk;const _errs18 = errors;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){validate38.errors = [{instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs18){if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 65536 || isNaN(data8)){validate38.errors = [{instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65536},message:"must be <= 65536"}];return false;}else {if(data8 < 2 || isNaN(data8)){validate38.errors = [{instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"}];return false;}}}}var valid0 = _errs18 === errors;}else {var valid0 = true;}if(valid0){if(data.storage !== undefined){let data9 = data.storage;const _errs20 = errors;if(errors === _errs20){if(typeof data9 === "string"){if(!pattern6.test(data9)){validate38.errors = [{instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs20 === errors;}else {var valid0 = true;}if(valid0){if(data.bridge !== undefined){let data10 = data.bridge;const _errs23 = errors;if(errors === _errs23){if(typeof data10 === "string"){if(!pattern7.test(data10)){validate38.errors = [{instancePath:instancePath+"/bridge",schemaPath:"#/properties/bridge/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,14}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]{0,14}$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/bridge",schemaPath:"#/properties/bridge/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs23 === errors;}else {var valid0 = true;}if(valid0){if(data.address !== undefined){let data11 = data.address;const _errs26 = errors;if(errors === _errs26){if(typeof data11 === "string"){if(!pattern8.test(data11)){validate38.errors = [{instancePath:instancePath+"/address",schemaPath:"#/properties/address/pattern",keyword:"pattern",params:{pattern: "^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$"},message:"must match pattern \""+"^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs26 === errors;}else {var valid0 = true;}if(valid0){if(data.gateway !== undefined){let data12 = data.gateway;const _errs29 = errors;if(errors === _errs29){if(typeof data12 === "string"){if(!pattern9.test(data12)){validate38.errors = [{instancePath:instancePath+"/gateway",schemaPath:"#/properties/gateway/pattern",keyword:"pattern",params:{pattern: "^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"},message:"must match pattern \""+"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/gateway",schemaPath:"#/properties/gateway/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs29 === errors;}else {var valid0 = true;}if(valid0){if(data.nameserver !== undefined){let data13 = data.nameserver;const _errs32 = errors;if(errors === _errs32){if(typeof data13 === "string"){if(!pattern9.test(data13)){validate38.errors = [{instancePath:instancePath+"/nameserver",schemaPath:"#/properties/nameserver/pattern",keyword:"pattern",params:{pattern: "^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"},message:"must match pattern \""+"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/nameserver",schemaPath:"#/properties/nameserver/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs32 === errors;}else {var valid0 = true;}if(valid0){if(data.onboot !== undefined){const _errs35 = errors;if(typeof data.onboot !== "boolean"){validate38.errors = [{instancePath:instancePath+"/onboot",schemaPath:"#/properties/onboot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs35 === errors;}else {var valid0 = true;}if(valid0){if(data.packages !== undefined){let data15 = data.packages;const _errs37 = errors;if(errors === _errs37){if(Array.isArray(data15)){if(data15.length > 100){validate38.errors = [{instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {var valid1 = true;const len0 = data15.length;for(let i0=0; i0<len0; i0++){let data16 = data15[i0];const _errs39 = errors;if(errors === _errs39){if(typeof data16 === "string"){if(!pattern11.test(data16)){validate38.errors = [{instancePath:instancePath+"/packages/" + i0,schemaPath:"#/properties/packages/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9+.-]{1,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9+.-]{1,62}$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/packages/" + i0,schemaPath:"#/properties/packages/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs39 === errors;if(!valid1){break;}}if(valid1){let i1 = data15.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data15[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];validate38.errors = [{instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break;}indices0[item0] = i1;}}}}}else {validate38.errors = [{instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs37 === errors;}else {var valid0 = true;}if(valid0){if(data.apt_proxy !== undefined){let data17 = data.apt_proxy;const _errs42 = errors;if(errors === _errs42){if(typeof data17 === "string"){if(!pattern12.test(data17)){validate38.errors = [{instancePath:instancePath+"/apt_proxy",schemaPath:"#/properties/apt_proxy/pattern",keyword:"pattern",params:{pattern: "^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"},message:"must match pattern \""+"^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"+"\""}];return false;}}else {validate38.errors = [{instancePath:instancePath+"/apt_proxy",schemaPath:"#/properties/apt_proxy/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs42 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}}}}}}else {validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate38.errors = vErrors;return errors === 0;}const schema15 = {"title":"App","type":"object","additionalProperties":false,"required":["name","release","components"],"properties":{"config":{"type":"object","maxProperties":100,"description":"Settings for the app's own configuration file, nested as the app names them (Vikunja: service, cors, mailer, auth, webhooks, ...). With a preset (templates/<app>/preset.yaml) every key is checked against the pinned release's list, obsolete and misspelt keys are errors at their line, and a value that is a secret is written { secret: NAME } (it goes to the 0600 app.env, never into the file)."},"shared_secret":{"$ref":"#/definitions/secretName","description":"The secret both slots share (Vikunja's service.secret, which signs sessions): templates see it as app.shared_secret. `slotflip rotate app-secret` replaces it and prints what users notice (the app's preset says; Vikunja: tokens refresh from the session cookie, browsers stay signed in)."},"name":{"$ref":"#/definitions/identifier","description":"The app, and the folder templates/<name>/ its preset lives in."},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","description":"Service user the slots run as."},"background_jobs":{"type":"boolean","default":false,"description":"The app runs scheduled work of its own in every process (Vikunja: reminders, e-mail, webhooks): after a flip the old slot is paused (SIGSTOP) once it has drained, so only the live slot runs jobs; a rollback or a flip back resumes it."},"release":{"$ref":"#/definitions/release"},"build":{"$ref":"#/definitions/commandList","description":"Commands run in the new release directory before its slot starts."},"components":{"type":"object","minProperties":1,"maxProperties":8,"propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"$ref":"#/definitions/component"}}}};const schema16 = {"title":"Release","type":"object","additionalProperties":false,"required":["source","version"],"properties":{"source":{"enum":["upload","git","url"]},"version":{"$ref":"#/definitions/version"},"path":{"$ref":"#/definitions/relativePath","description":"upload: archive on the runner, relative to the repository."},"url":{"$ref":"#/definitions/httpsUrl","description":"url: archive downloaded on the host."},"sha256":{"$ref":"#/definitions/sha256","description":"Checksum the archive must match (url, upload); `slotflip pin` writes it for a url release. A url release without one is refused."},"repository":{"$ref":"#/definitions/httpsUrl","description":"git: repository to clone."},"commit":{"type":"string","pattern":"^[a-f0-9]{40}$","patternErrorMessage":"must be a full 40-character commit id: branches and tags move","description":"git: the exact commit."}},"allOf":[{"if":{"properties":{"source":{"const":"url"}},"required":["source"]},"then":{"required":["url"]}},{"if":{"properties":{"source":{"const":"upload"}},"required":["source"]},"then":{"required":["path"]}},{"if":{"properties":{"source":{"const":"git"}},"required":["source"]},"then":{"required":["repository","commit"]}}]};const schema17 = {"title":"ReleaseVersion","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$","patternErrorMessage":"must be a release version such as 1.0.0 or v2.1.0-rc.1 (letters, digits, . _ + -)"};const pattern14 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$", "u");function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern14.test(data)){validate45.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$"+"\""}];return false;}}else {validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate45.errors = vErrors;return errors === 0;}const schema18 = {"title":"RelativePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be a relative path inside the repository, made of letters, digits and . _ @ + - (no '..', no leading '/')"};const pattern15 = new RegExp("^(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$", "u");function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 1024){validate47.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];return false;}else {if(!pattern15.test(data)){validate47.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$"},message:"must match pattern \""+"^(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$"+"\""}];return false;}}}else {validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate47.errors = vErrors;return errors === 0;}const schema19 = {"title":"HttpsUrl","type":"string","maxLength":2048,"pattern":"^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$","patternErrorMessage":"must be an https:// URL with no query string, spaces or quotes"};const pattern16 = new RegExp("^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$", "u");function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 2048){validate49.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];return false;}else {if(!pattern16.test(data)){validate49.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$"},message:"must match pattern \""+"^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$"+"\""}];return false;}}}else {validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate49.errors = vErrors;return errors === 0;}const schema20 = {"title":"Sha256","type":"string","pattern":"^[a-f0-9]{64}$","patternErrorMessage":"must be a sha256 digest: 64 lowercase hex characters"};const pattern17 = new RegExp("^[a-f0-9]{64}$", "u");function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern17.test(data)){validate51.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-f0-9]{64}$"},message:"must match pattern \""+"^[a-f0-9]{64}$"+"\""}];return false;}}else {validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate51.errors = vErrors;return errors === 0;}const pattern18 = new RegExp("^[a-f0-9]{40}$", "u");function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.source === undefined) && (missing0 = "source")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.source !== undefined){if("url" !== data.source){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.url === undefined) && (missing1 = "url")){validate44.errors = [{instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate44.errors = vErrors;return false;}var valid0 = _errs1 === errors;if(valid0){const _errs6 = errors;const _errs7 = errors;let valid3 = true;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.source === undefined) && (missing2 = "source")){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {if(data.source !== undefined){if("upload" !== data.source){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(_valid1){const _errs10 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.path === undefined) && (missing3 = "path")){validate44.errors = [{instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}}var _valid1 = _errs10 === errors;valid3 = _valid1;}if(!valid3){const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate44.errors = vErrors;return false;}var valid0 = _errs6 === errors;if(valid0){const _errs11 = errors;const _errs12 = errors;let valid5 = true;const _errs13 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((data.source === undefined) && (missing4 = "source")){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {if(data.source !== undefined){if("git" !== data.source){const err7 = {};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}}var _valid2 = _errs13 === errors;errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}if(_valid2){const _errs15 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing5;if(((data.repository === undefined) && (missing5 = "repository")) || ((data.commit === undefined) && (missing5 = "commit"))){validate44.errors = [{instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];return false;}}var _valid2 = _errs15 === errors;valid5 = _valid2;}if(!valid5){const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;validate44.errors = vErrors;return false;}var valid0 = _errs11 === errors;}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing6;if(((data.source === undefined) && (missing6 = "source")) || ((data.version === undefined) && (missing6 = "version"))){validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];return false;}else {const _errs16 = errors;for(const key0 in data){if(!(((((((key0 === "source") || (key0 === "version")) || (key0 === "path")) || (key0 === "url")) || (key0 === "sha256")) || (key0 === "repository")) || (key0 === "commit"))){validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs16 === errors){if(data.source !== undefined){let data3 = data.source;const _errs17 = errors;if(!(((data3 === "upload") || (data3 === "git")) || (data3 === "url"))){validate44.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema16.properties.source.enum},message:"must be equal to one of the allowed values"}];return false;}var valid7 = _errs17 === errors;}else {var valid7 = true;}if(valid7){if(data.version !== undefined){const _errs18 = errors;if(!(validate45(data.version, {instancePath:instancePath+"/version",parentData:data,parentDataProperty:"version",rootData}))){vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);errors = vErrors.length;}var valid7 = _errs18 === errors;}else {var valid7 = true;}if(valid7){if(data.path !== undefined){const _errs19 = errors;if(!(validate47(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);errors = vErrors.length;}var valid7 = _errs19 === errors;}else {var valid7 = true;}if(valid7){if(data.url !== undefined){const _errs20 = errors;if(!(validate49(data.url, {instancePath:instancePath+"/url",parentData:data,parentDataProperty:"url",rootData}))){vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);errors = vErrors.length;}var valid7 = _errs20 === errors;}else {var valid7 = true;}if(valid7){if(data.sha256 !== undefined){const _errs21 = errors;if(!(validate51(data.sha256, {instancePath:instancePath+"/sha256",parentData:data,parentDataProperty:"sha256",rootData}))){vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);errors = vErrors.length;}var valid7 = _errs21 === errors;}else {var valid7 = true;}if(valid7){if(data.repository !== undefined){const _errs22 = errors;if(!(validate49(data.repository, {instancePath:instancePath+"/repository",parentData:data,parentDataProperty:"repository",rootData}))){vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);errors = vErrors.length;}var valid7 = _errs22 === errors;}else {var valid7 = true;}if(valid7){if(data.commit !== undefined){let data9 = data.commit;const _errs23 = errors;if(errors === _errs23){if(typeof data9 === "string"){if(!pattern18.test(data9)){validate44.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/pattern",keyword:"pattern",params:{pattern: "^[a-f0-9]{40}$"},message:"must match pattern \""+"^[a-f0-9]{40}$"+"\""}];return false;}}else {validate44.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid7 = _errs23 === errors;}else {var valid7 = true;}}}}}}}}}}else {validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate44.errors = vErrors;return errors === 0;}const schema21 = {"type":"array","maxItems":50,"items":{"$ref":"#/definitions/command"}};const schema22 = {"title":"Command","description":"A shell command run by bash on the target, by design. Changes to command fields are flagged in pull requests because they run code on the host after merge.","type":"string","minLength":1,"maxLength":4096};function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 4096){validate56.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];return false;}else {if(func4(data) < 1){validate56.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate56.errors = vErrors;return errors === 0;}function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(Array.isArray(data)){if(data.length > 50){validate55.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];return false;}else {var valid0 = true;const len0 = data.length;for(let i0=0; i0<len0; i0++){const _errs1 = errors;if(!(validate56(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs1 === errors;if(!valid0){break;}}}}else {validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}validate55.errors = vErrors;return errors === 0;}const schema23 = {"title":"Component","type":"object","additionalProperties":false,"required":["start","listen"],"properties":{"start":{"$ref":"#/definitions/command","description":"How the slot starts this component (ExecStart), run from the release directory."},"listen":{"$ref":"#/definitions/listen"},"route":{"$ref":"#/definitions/urlPath","description":"nginx location that proxies to this component, e.g. / or /api."},"websocket":{"type":"boolean","default":false},"cpu_weight":{"type":"integer","minimum":1,"maximum":10000,"description":"systemd CPUWeight of each slot (default 100): a lower weight lets the serving slot win the CPU from a warming one."},"memory_max":{"type":"string","pattern":"^[0-9]{1,6}[KMG]$","patternErrorMessage":"must be a size such as 512M or 2G"},"stop_signal":{"enum":["SIGTERM","SIGINT","SIGQUIT","SIGHUP","SIGUSR1","SIGUSR2"],"default":"SIGTERM","description":"The signal that stops a slot gracefully (systemd KillSignal): the one the app handles. Vikunja's `web` shuts down (finishing requests, queued mail, cron) only on SIGINT; on SIGTERM it just exits."}}};const schema24 = {"title":"Listen","description":"unix: each slot listens on its own socket and nginx follows a symlink (zero-drop flip, no reload). tcp: blue and green ports (flip by upstream include and reload).","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["unix","tcp"]},"blue":{"$ref":"#/definitions/port"},"green":{"$ref":"#/definitions/port"}},"allOf":[{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["blue","green"]}}]};function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.type !== undefined){if("tcp" !== data.type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if(((data.blue === undefined) && (missing1 = "blue")) || ((data.green === undefined) && (missing1 = "green"))){validate62.errors = [{instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate62.errors = vErrors;return false;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.type === undefined) && (missing2 = "type")){validate62.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs6 = errors;for(const key0 in data){if(!(((key0 === "type") || (key0 === "blue")) || (key0 === "green"))){validate62.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs6 === errors){if(data.type !== undefined){let data1 = data.type;const _errs7 = errors;if(!((data1 === "unix") || (data1 === "tcp"))){validate62.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema24.properties.type.enum},message:"must be equal to one of the allowed values"}];return false;}var valid3 = _errs7 === errors;}else {var valid3 = true;}if(valid3){if(data.blue !== undefined){const _errs8 = errors;if(!(validate30(data.blue, {instancePath:instancePath+"/blue",parentData:data,parentDataProperty:"blue",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid3 = _errs8 === errors;}else {var valid3 = true;}if(valid3){if(data.green !== undefined){const _errs9 = errors;if(!(validate30(data.green, {instancePath:instancePath+"/green",parentData:data,parentDataProperty:"green",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid3 = _errs9 === errors;}else {var valid3 = true;}}}}}}else {validate62.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate62.errors = vErrors;return errors === 0;}const schema25 = {"title":"UrlPath","type":"string","maxLength":256,"pattern":"^/[A-Za-z0-9._~/-]*$","patternErrorMessage":"must be a URL path starting with '/' (letters, digits and . _ ~ / -; no spaces, quotes, braces or ';')"};const pattern19 = new RegExp("^/[A-Za-z0-9._~/-]*$", "u");function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 256){validate66.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];return false;}else {if(!pattern19.test(data)){validate66.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^/[A-Za-z0-9._~/-]*$"},message:"must match pattern \""+"^/[A-Za-z0-9._~/-]*$"+"\""}];return false;}}}else {validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate66.errors = vErrors;return errors === 0;}const pattern20 = new RegExp("^[0-9]{1,6}[KMG]$", "u");function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.start === undefined) && (missing0 = "start")) || ((data.listen === undefined) && (missing0 = "listen"))){validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "start") || (key0 === "listen")) || (key0 === "route")) || (key0 === "websocket")) || (key0 === "cpu_weight")) || (key0 === "memory_max")) || (key0 === "stop_signal"))){validate60.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.start !== undefined){const _errs2 = errors;if(!(validate56(data.start, {instancePath:instancePath+"/start",parentData:data,parentDataProperty:"start",rootData}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.listen !== undefined){const _errs3 = errors;if(!(validate62(data.listen, {instancePath:instancePath+"/listen",parentData:data,parentDataProperty:"listen",rootData}))){vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.route !== undefined){const _errs4 = errors;if(!(validate66(data.route, {instancePath:instancePath+"/route",parentData:data,parentDataProperty:"route",rootData}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.websocket !== undefined){const _errs5 = errors;if(typeof data.websocket !== "boolean"){validate60.errors = [{instancePath:instancePath+"/websocket",schemaPath:"#/properties/websocket/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.cpu_weight !== undefined){let data4 = data.cpu_weight;const _errs7 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate60.errors = [{instancePath:instancePath+"/cpu_weight",schemaPath:"#/properties/cpu_weight/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs7){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 10000 || isNaN(data4)){validate60.errors = [{instancePath:instancePath+"/cpu_weight",schemaPath:"#/properties/cpu_weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"}];return false;}else {if(data4 < 1 || isNaN(data4)){validate60.errors = [{instancePath:instancePath+"/cpu_weight",schemaPath:"#/properties/cpu_weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.memory_max !== undefined){let data5 = data.memory_max;const _errs9 = errors;if(errors === _errs9){if(typeof data5 === "string"){if(!pattern20.test(data5)){validate60.errors = [{instancePath:instancePath+"/memory_max",schemaPath:"#/properties/memory_max/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}[KMG]$"},message:"must match pattern \""+"^[0-9]{1,6}[KMG]$"+"\""}];return false;}}else {validate60.errors = [{instancePath:instancePath+"/memory_max",schemaPath:"#/properties/memory_max/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.stop_signal !== undefined){let data6 = data.stop_signal;const _errs12 = errors;if(!((((((data6 === "SIGTERM") || (data6 === "SIGINT")) || (data6 === "SIGQUIT")) || (data6 === "SIGHUP")) || (data6 === "SIGUSR1")) || (data6 === "SIGUSR2"))){validate60.errors = [{instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/enum",keyword:"enum",params:{allowedValues: schema23.properties.stop_signal.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs12 === errors;}else {var valid0 = true;}}}}}}}}}}else {validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate60.errors = vErrors;return errors === 0;}function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.name === undefined) && (missing0 = "name")) || ((data.release === undefined) && (missing0 = "release"))) || ((data.components === undefined) && (missing0 = "components"))){validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((((((key0 === "config") || (key0 === "shared_secret")) || (key0 === "name")) || (key0 === "user")) || (key0 === "background_jobs")) || (key0 === "release")) || (key0 === "build")) || (key0 === "components"))){validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.config !== undefined){let data0 = data.config;const _errs2 = errors;if(errors === _errs2){if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(Object.keys(data0).length > 100){validate41.errors = [{instancePath:instancePath+"/config",schemaPath:"#/properties/config/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties"}];return false;}}else {validate41.errors = [{instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.shared_secret !== undefined){const _errs4 = errors;if(!(validate34(data.shared_secret, {instancePath:instancePath+"/shared_secret",parentData:data,parentDataProperty:"shared_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.name !== undefined){const _errs5 = errors;if(!(validate22(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.user !== undefined){let data3 = data.user;const _errs6 = errors;if(errors === _errs6){if(typeof data3 === "string"){if(!pattern2.test(data3)){validate41.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_-]{0,31}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_-]{0,31}$"+"\""}];return false;}}else {validate41.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.background_jobs !== undefined){const _errs9 = errors;if(typeof data.background_jobs !== "boolean"){validate41.errors = [{instancePath:instancePath+"/background_jobs",schemaPath:"#/properties/background_jobs/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.release !== undefined){const _errs11 = errors;if(!(validate44(data.release, {instancePath:instancePath+"/release",parentData:data,parentDataProperty:"release",rootData}))){vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.build !== undefined){const _errs12 = errors;if(!(validate55(data.build, {instancePath:instancePath+"/build",parentData:data,parentDataProperty:"build",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.components !== undefined){let data7 = data.components;const _errs13 = errors;if(errors === _errs13){if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(Object.keys(data7).length > 8){validate41.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/maxProperties",keyword:"maxProperties",params:{limit: 8},message:"must NOT have more than 8 properties"}];return false;}else {if(Object.keys(data7).length < 1){validate41.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];return false;}else {for(const key1 in data7){const _errs15 = errors;if(!(validate22(key1, {instancePath:instancePath+"/components",parentData:data7,parentDataProperty:"components",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid1 = _errs15 === errors;if(!valid1){const err0 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;validate41.errors = vErrors;return false;break;}}if(valid1){for(const key2 in data7){const _errs17 = errors;if(!(validate60(data7[key2], {instancePath:instancePath+"/components/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);errors = vErrors.length;}var valid2 = _errs17 === errors;if(!valid2){break;}}}}}}else {validate41.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs13 === errors;}else {var valid0 = true;}}}}}}}}}}}else {validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate41.errors = vErrors;return errors === 0;}const schema26 = {"title":"Template","type":"object","additionalProperties":false,"required":["source","dest"],"properties":{"source":{"$ref":"#/definitions/relativePath","description":"Relative to templates/."},"dest":{"$ref":"#/definitions/absolutePath","description":"Where the rendered file goes on the target."},"mode":{"$ref":"#/definitions/fileMode"}}};const schema27 = {"title":"AbsolutePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\.\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be an absolute path made of letters, digits and . _ @ + - (no spaces, quotes, '..' or trailing '/')"};const pattern21 = new RegExp("^(?!.*(?:^|/)\\.\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$", "u");function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 1024){validate72.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];return false;}else {if(!pattern21.test(data)){validate72.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!.*(?:^|/)\\.\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$"},message:"must match pattern \""+"^(?!.*(?:^|/)\\.\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$"+"\""}];return false;}}}else {validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate72.errors = vErrors;return errors === 0;}const schema28 = {"title":"FileMode","type":"string","pattern":"^0[0-7]{3}$","patternErrorMessage":"must be an octal file mode written as a string, such as \"0644\""};const pattern22 = new RegExp("^0[0-7]{3}$", "u");function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern22.test(data)){validate74.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^0[0-7]{3}$"},message:"must match pattern \""+"^0[0-7]{3}$"+"\""}];return false;}}else {validate74.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate74.errors = vErrors;return errors === 0;}function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.source === undefined) && (missing0 = "source")) || ((data.dest === undefined) && (missing0 = "dest"))){validate70.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "source") || (key0 === "dest")) || (key0 === "mode"))){validate70.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.source !== undefined){const _errs2 = errors;if(!(validate47(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData}))){vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.dest !== undefined){const _errs3 = errors;if(!(validate72(data.dest, {instancePath:instancePath+"/dest",parentData:data,parentDataProperty:"dest",rootData}))){vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.mode !== undefined){const _errs4 = errors;if(!(validate74(data.mode, {instancePath:instancePath+"/mode",parentData:data,parentDataProperty:"mode",rootData}))){vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}}else {validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate70.errors = vErrors;return errors === 0;}const schema29 = {"title":"Database","type":"object","additionalProperties":false,"required":["engine","host","port","name","user","password_secret"],"properties":{"engine":{"const":"postgres"},"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port"},"name":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL identifier: a-z, 0-9 and '_'"},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and '_'"},"password_secret":{"$ref":"#/definitions/secretName"},"admin_user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and '_'","default":"postgres","description":"The database admin role restore connects as (it creates and renames databases)."},"admin_secret":{"$ref":"#/definitions/secretName","description":"Password of admin_user, needed only by restore."},"pool":{"type":"integer","minimum":1,"maximum":1000,"default":10,"description":"Connections each slot may open."},"max_connections":{"type":"integer","minimum":10,"maximum":100000,"default":100,"description":"The server's max_connections. Every instance using this server, both slots at their pool plus slotflip's own, must fit (checked across all environment files)."},"server_version":{"type":"integer","minimum":9,"maximum":99,"description":"The server's major version (e.g. 15): checked against what the app's preset supports before any deploy."},"sslmode":{"enum":["disable","require","verify-ca","verify-full"],"default":"disable"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000's PostgreSQL tuning (templates/slotflip/postgresql-tuning.liquid), sized from the container's memory, cores and disk and max_connections. Only for a server in the instance's own container."}}};const pattern23 = new RegExp("^[a-z_][a-z0-9_]{0,62}$", "u");function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((((data.engine === undefined) && (missing0 = "engine")) || ((data.host === undefined) && (missing0 = "host"))) || ((data.port === undefined) && (missing0 = "port"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.password_secret === undefined) && (missing0 = "password_secret"))){validate77.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema29.properties, key0))){validate77.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.engine !== undefined){const _errs2 = errors;if("postgres" !== data.engine){validate77.errors = [{instancePath:instancePath+"/engine",schemaPath:"#/properties/engine/const",keyword:"const",params:{allowedValue: "postgres"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.host !== undefined){const _errs3 = errors;if(!(validate28(data.host, {instancePath:instancePath+"/host",parentData:data,parentDataProperty:"host",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.port !== undefined){const _errs4 = errors;if(!(validate30(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.name !== undefined){let data3 = data.name;const _errs5 = errors;if(errors === _errs5){if(typeof data3 === "string"){if(!pattern23.test(data3)){validate77.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,62}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,62}$"+"\""}];return false;}}else {validate77.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.user !== undefined){let data4 = data.user;const _errs8 = errors;if(errors === _errs8){if(typeof data4 === "string"){if(!pattern23.test(data4)){validate77.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,62}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,62}$"+"\""}];return false;}}else {validate77.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.password_secret !== undefined){const _errs11 = errors;if(!(validate34(data.password_secret, {instancePath:instancePath+"/password_secret",parentData:data,parentDataProperty:"password_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.admin_user !== undefined){let data6 = data.admin_user;const _errs12 = errors;if(errors === _errs12){if(typeof data6 === "string"){if(!pattern23.test(data6)){validate77.errors = [{instancePath:instancePath+"/admin_user",schemaPath:"#/properties/admin_user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,62}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,62}$"+"\""}];return false;}}else {validate77.errors = [{instancePath:instancePath+"/admin_user",schemaPath:"#/properties/admin_user/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.admin_secret !== undefined){const _errs15 = errors;if(!(validate34(data.admin_secret, {instancePath:instancePath+"/admin_secret",parentData:data,parentDataProperty:"admin_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid0 = _errs15 === errors;}else {var valid0 = true;}if(valid0){if(data.pool !== undefined){let data8 = data.pool;const _errs16 = errors;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){validate77.errors = [{instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs16){if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 1000 || isNaN(data8)){validate77.errors = [{instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];return false;}else {if(data8 < 1 || isNaN(data8)){validate77.errors = [{instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.max_connections !== undefined){let data9 = data.max_connections;const _errs18 = errors;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){validate77.errors = [{instancePath:instancePath+"/max_connections",schemaPath:"#/properties/max_connections/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs18){if((typeof data9 == "number") && (isFinite(data9))){if(data9 > 100000 || isNaN(data9)){validate77.errors = [{instancePath:instancePath+"/max_connections",schemaPath:"#/properties/max_connections/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"}];return false;}else {if(data9 < 10 || isNaN(data9)){validate77.errors = [{instancePath:instancePath+"/max_connections",schemaPath:"#/properties/max_connections/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"}];return false;}}}}var valid0 = _errs18 === errors;}else {var valid0 = true;}if(valid0){if(data.server_version !== undefined){let data10 = data.server_version;const _errs20 = errors;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){validate77.errors = [{instancePath:instancePath+"/server_version",schemaPath:"#/properties/server_version/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs20){if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 99 || isNaN(data10)){validate77.errors = [{instancePath:instancePath+"/server_version",schemaPath:"#/properties/server_version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"}];return false;}else {if(data10 < 9 || isNaN(data10)){validate77.errors = [{instancePath:instancePath+"/server_version",schemaPath:"#/properties/server_version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 9},message:"must be >= 9"}];return false;}}}}var valid0 = _errs20 === errors;}else {var valid0 = true;}if(valid0){if(data.sslmode !== undefined){let data11 = data.sslmode;const _errs22 = errors;if(!((((data11 === "disable") || (data11 === "require")) || (data11 === "verify-ca")) || (data11 === "verify-full"))){validate77.errors = [{instancePath:instancePath+"/sslmode",schemaPath:"#/properties/sslmode/enum",keyword:"enum",params:{allowedValues: schema29.properties.sslmode.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs22 === errors;}else {var valid0 = true;}if(valid0){if(data.tune !== undefined){const _errs23 = errors;if(typeof data.tune !== "boolean"){validate77.errors = [{instancePath:instancePath+"/tune",schemaPath:"#/properties/tune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs23 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}}else {validate77.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate77.errors = vErrors;return errors === 0;}const schema30 = {"title":"Redis","type":"object","additionalProperties":false,"required":["host","port"],"properties":{"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port","description":"Always explicit: Vikunja fails with 'missing port in address' without it."},"db":{"type":"integer","minimum":0,"maximum":15,"default":0},"password_secret":{"$ref":"#/definitions/secretName"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000's Redis tuning (templates/slotflip/redis-tuning.liquid: eviction, snapshots, keepalive, lazy freeing) and applies it live. Only for a Redis in the instance's own container."}}};function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.host === undefined) && (missing0 = "host")) || ((data.port === undefined) && (missing0 = "port"))){validate83.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((key0 === "host") || (key0 === "port")) || (key0 === "db")) || (key0 === "password_secret")) || (key0 === "tune"))){validate83.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.host !== undefined){const _errs2 = errors;if(!(validate28(data.host, {instancePath:instancePath+"/host",parentData:data,parentDataProperty:"host",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.port !== undefined){const _errs3 = errors;if(!(validate30(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.db !== undefined){let data2 = data.db;const _errs4 = errors;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){validate83.errors = [{instancePath:instancePath+"/db",schemaPath:"#/properties/db/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs4){if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 15 || isNaN(data2)){validate83.errors = [{instancePath:instancePath+"/db",schemaPath:"#/properties/db/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15"}];return false;}else {if(data2 < 0 || isNaN(data2)){validate83.errors = [{instancePath:instancePath+"/db",schemaPath:"#/properties/db/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.password_secret !== undefined){const _errs6 = errors;if(!(validate34(data.password_secret, {instancePath:instancePath+"/password_secret",parentData:data,parentDataProperty:"password_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.tune !== undefined){const _errs7 = errors;if(typeof data.tune !== "boolean"){validate83.errors = [{instancePath:instancePath+"/tune",schemaPath:"#/properties/tune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs7 === errors;}else {var valid0 = true;}}}}}}}}else {validate83.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate83.errors = vErrors;return errors === 0;}const schema31 = {"title":"Nginx","type":"object","additionalProperties":false,"required":["server_names"],"properties":{"server_names":{"type":"array","minItems":1,"maxItems":20,"uniqueItems":true,"items":{"$ref":"#/definitions/serverName"}},"http_port":{"$ref":"#/definitions/port","default":80},"https_port":{"$ref":"#/definitions/port","default":443},"tls":{"type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"certificate":{"$ref":"#/definitions/absolutePath"},"key":{"$ref":"#/definitions/absolutePath"}}},"client_max_body_size":{"type":"string","pattern":"^[0-9]{1,6}[kmg]?$","patternErrorMessage":"must be an nginx size such as 20m"},"assets":{"type":"object","additionalProperties":false,"required":["path"],"description":"The frontend's hashed files (a Vite build's /assets/): each deploy copies the new release's from its slot before the flip, and nginx serves this release's and the previous ones' from disk, so a browser tab opened before the flip still loads the chunks it asks for.","properties":{"path":{"type":"string","pattern":"^/([A-Za-z0-9._-]+/)+$","patternErrorMessage":"must be a URL directory such as /assets/","description":"Where the app serves them."},"component":{"$ref":"#/definitions/identifier","description":"The component serving the frontend (default: the one routed at /)."},"keep":{"type":"integer","minimum":2,"maximum":20,"default":3,"description":"Releases whose files are kept (the live one included)."}}},"locations":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["path","component"],"properties":{"path":{"$ref":"#/definitions/urlPath"},"component":{"$ref":"#/definitions/identifier"},"websocket":{"type":"boolean","default":false}}}}}};const schema32 = {"title":"ServerName","type":"string","maxLength":253,"pattern":"^(?:\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","patternErrorMessage":"must be a DNS name such as tasks.example.com, optionally starting with '*.'"};const pattern26 = new RegExp("^(?:\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", "u");function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(func4(data) > 253){validate89.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"}];return false;}else {if(!pattern26.test(data)){validate89.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"},message:"must match pattern \""+"^(?:\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"+"\""}];return false;}}}else {validate89.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate89.errors = vErrors;return errors === 0;}const pattern27 = new RegExp("^[0-9]{1,6}[kmg]?$", "u");const pattern28 = new RegExp("^/([A-Za-z0-9._-]+/)+$", "u");function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.server_names === undefined) && (missing0 = "server_names")){validate88.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "server_names") || (key0 === "http_port")) || (key0 === "https_port")) || (key0 === "tls")) || (key0 === "client_max_body_size")) || (key0 === "assets")) || (key0 === "locations"))){validate88.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.server_names !== undefined){let data0 = data.server_names;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){if(data0.length > 20){validate88.errors = [{instancePath:instancePath+"/server_names",schemaPath:"#/properties/server_names/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];return false;}else {if(data0.length < 1){validate88.errors = [{instancePath:instancePath+"/server_names",schemaPath:"#/properties/server_names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){const _errs4 = errors;if(!(validate89(data0[i0], {instancePath:instancePath+"/server_names/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);errors = vErrors.length;}var valid1 = _errs4 === errors;if(!valid1){break;}}if(valid1){let i1 = data0.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data0[i1], data0[j0])){validate88.errors = [{instancePath:instancePath+"/server_names",schemaPath:"#/properties/server_names/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate88.errors = [{instancePath:instancePath+"/server_names",schemaPath:"#/properties/server_names/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.http_port !== undefined){const _errs5 = errors;if(!(validate30(data.http_port, {instancePath:instancePath+"/http_port",parentData:data,parentDataProperty:"http_port",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.https_port !== undefined){const _errs6 = errors;if(!(validate30(data.https_port, {instancePath:instancePath+"/https_port",parentData:data,parentDataProperty:"https_port",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.tls !== undefined){let data4 = data.tls;const _errs7 = errors;if(errors === _errs7){if(data4 && typeof data4 == "object" && !Array.isArray(data4)){let missing1;if((data4.enabled === undefined) && (missing1 = "enabled")){validate88.errors = [{instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs9 = errors;for(const key1 in data4){if(!(((key1 === "enabled") || (key1 === "certificate")) || (key1 === "key"))){validate88.errors = [{instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs9 === errors){if(data4.enabled !== undefined){const _errs10 = errors;if(typeof data4.enabled !== "boolean"){validate88.errors = [{instancePath:instancePath+"/tls/enabled",schemaPath:"#/properties/tls/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid3 = _errs10 === errors;}else {var valid3 = true;}if(valid3){if(data4.certificate !== undefined){const _errs12 = errors;if(!(validate72(data4.certificate, {instancePath:instancePath+"/tls/certificate",parentData:data4,parentDataProperty:"certificate",rootData}))){vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);errors = vErrors.length;}var valid3 = _errs12 === errors;}else {var valid3 = true;}if(valid3){if(data4.key !== undefined){const _errs13 = errors;if(!(validate72(data4.key, {instancePath:instancePath+"/tls/key",parentData:data4,parentDataProperty:"key",rootData}))){vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);errors = vErrors.length;}var valid3 = _errs13 === errors;}else {var valid3 = true;}}}}}}else {validate88.errors = [{instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.client_max_body_size !== undefined){let data8 = data.client_max_body_size;const _errs14 = errors;if(errors === _errs14){if(typeof data8 === "string"){if(!pattern27.test(data8)){validate88.errors = [{instancePath:instancePath+"/client_max_body_size",schemaPath:"#/properties/client_max_body_size/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}[kmg]?$"},message:"must match pattern \""+"^[0-9]{1,6}[kmg]?$"+"\""}];return false;}}else {validate88.errors = [{instancePath:instancePath+"/client_max_body_size",schemaPath:"#/properties/client_max_body_size/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.assets !== undefined){let data9 = data.assets;const _errs17 = errors;if(errors === _errs17){if(data9 && typeof data9 == "object" && !Array.isArray(data9)){let missing2;if((data9.path === undefined) && (missing2 = "path")){validate88.errors = [{instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs19 = errors;for(const key2 in data9){if(!(((key2 === "path") || (key2 === "component")) || (key2 === "keep"))){validate88.errors = [{instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs19 === errors){if(data9.path !== undefined){let data10 = data9.path;const _errs20 = errors;if(errors === _errs20){if(typeof data10 === "string"){if(!pattern28.test(data10)){validate88.errors = [{instancePath:instancePath+"/assets/path",schemaPath:"#/properties/assets/properties/path/pattern",keyword:"pattern",params:{pattern: "^/([A-Za-z0-9._-]+/)+$"},message:"must match pattern \""+"^/([A-Za-z0-9._-]+/)+$"+"\""}];return false;}}else {validate88.errors = [{instancePath:instancePath+"/assets/path",schemaPath:"#/properties/assets/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs20 === errors;}else {var valid4 = true;}if(valid4){if(data9.component !== undefined){const _errs23 = errors;if(!(validate22(data9.component, {instancePath:instancePath+"/assets/component",parentData:data9,parentDataProperty:"component",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid4 = _errs23 === errors;}else {var valid4 = true;}if(valid4){if(data9.keep !== undefined){let data12 = data9.keep;const _errs24 = errors;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){validate88.errors = [{instancePath:instancePath+"/assets/keep",schemaPath:"#/properties/assets/properties/keep/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs24){if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 20 || isNaN(data12)){validate88.errors = [{instancePath:instancePath+"/assets/keep",schemaPath:"#/properties/assets/properties/keep/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"}];return false;}else {if(data12 < 2 || isNaN(data12)){validate88.errors = [{instancePath:instancePath+"/assets/keep",schemaPath:"#/properties/assets/properties/keep/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"}];return false;}}}}var valid4 = _errs24 === errors;}else {var valid4 = true;}}}}}}else {validate88.errors = [{instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs17 === errors;}else {var valid0 = true;}if(valid0){if(data.locations !== undefined){let data13 = data.locations;const _errs26 = errors;if(errors === _errs26){if(Array.isArray(data13)){if(data13.length > 50){validate88.errors = [{instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];return false;}else {var valid5 = true;const len1 = data13.length;for(let i2=0; i2<len1; i2++){let data14 = data13[i2];const _errs28 = errors;if(errors === _errs28){if(data14 && typeof data14 == "object" && !Array.isArray(data14)){let missing3;if(((data14.path === undefined) && (missing3 = "path")) || ((data14.component === undefined) && (missing3 = "component"))){validate88.errors = [{instancePath:instancePath+"/locations/" + i2,schemaPath:"#/properties/locations/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs30 = errors;for(const key3 in data14){if(!(((key3 === "path") || (key3 === "component")) || (key3 === "websocket"))){validate88.errors = [{instancePath:instancePath+"/locations/" + i2,schemaPath:"#/properties/locations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs30 === errors){if(data14.path !== undefined){const _errs31 = errors;if(!(validate66(data14.path, {instancePath:instancePath+"/locations/" + i2+"/path",parentData:data14,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid6 = _errs31 === errors;}else {var valid6 = true;}if(valid6){if(data14.component !== undefined){const _errs32 = errors;if(!(validate22(data14.component, {instancePath:instancePath+"/locations/" + i2+"/component",parentData:data14,parentDataProperty:"component",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid6 = _errs32 === errors;}else {var valid6 = true;}if(valid6){if(data14.websocket !== undefined){const _errs33 = errors;if(typeof data14.websocket !== "boolean"){validate88.errors = [{instancePath:instancePath+"/locations/" + i2+"/websocket",schemaPath:"#/properties/locations/items/properties/websocket/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid6 = _errs33 === errors;}else {var valid6 = true;}}}}}}else {validate88.errors = [{instancePath:instancePath+"/locations/" + i2,schemaPath:"#/properties/locations/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid5 = _errs28 === errors;if(!valid5){break;}}}}else {validate88.errors = [{instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs26 === errors;}else {var valid0 = true;}}}}}}}}}}else {validate88.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate88.errors = vErrors;return errors === 0;}const schema33 = {"title":"Health","type":"object","additionalProperties":false,"required":["checks"],"properties":{"interval":{"$ref":"#/definitions/duration","default":"1s"},"timeout":{"$ref":"#/definitions/duration","default":"60s","description":"How long the gate waits for every check to pass."},"consecutive":{"type":"integer","minimum":1,"maximum":100,"default":3},"checks":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/check"}},"after_flip":{"type":"array","maxItems":10,"description":"Checked through nginx right after traffic moved, as a browser would: a websocket handshake must answer 101 (nginx passes Upgrade and Connection), a CORS preflight from the site's own origin must be allowed; `cookies` replays the smoke flow on the slot and through nginx: every cookie attribute the app set must reach the browser, and on HTTPS every cookie must be Secure. A failure flips traffic back.","items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["websocket","cors","cookies"]},"path":{"$ref":"#/definitions/urlPath"}},"if":{"properties":{"type":{"enum":["websocket","cors"]}}},"then":{"required":["path"]}}}}};const schema34 = {"title":"Duration","type":"string","pattern":"^[0-9]{1,6}(?:ms|s|m|h)$","patternErrorMessage":"must be a duration such as 500ms, 30s, 5m or 1h"};const pattern29 = new RegExp("^[0-9]{1,6}(?:ms|s|m|h)$", "u");function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern29.test(data)){validate100.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}(?:ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]{1,6}(?:ms|s|m|h)$"+"\""}];return false;}}else {validate100.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate100.errors = vErrors;return errors === 0;}const schema35 = {"title":"HealthCheck","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["http","tcp","postgres","redis"]},"component":{"$ref":"#/definitions/identifier"},"path":{"$ref":"#/definitions/urlPath"},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"expect_body":{"type":"string","maxLength":200,"pattern":"^[^\\n\\r]*$","patternErrorMessage":"must be a single line"},"expect_version":{"description":"The JSON body's \"version\" must be the release's: true for the version exactly as the release names it (2.5.0), or how the app writes it, with {version} standing for it (Vikunja reports \"v{version}\", stamped from its git tag).","oneOf":[{"type":"boolean"},{"type":"string","pattern":"^[A-Za-z0-9._+-]*\\{version\\}[A-Za-z0-9._+-]*$","patternErrorMessage":"must contain {version} once, with only letters, digits and . _ + - around it (e.g. v{version})"}],"default":false},"timeout":{"$ref":"#/definitions/duration","default":"2s"}},"allOf":[{"if":{"properties":{"type":{"const":"http"}},"required":["type"]},"then":{"required":["component","path"]}},{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["component"]}}]};const pattern30 = new RegExp("^[^\\n\\r]*$", "u");const pattern31 = new RegExp("^[A-Za-z0-9._+-]*\\{version\\}[A-Za-z0-9._+-]*$", "u");function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.type !== undefined){if("http" !== data.type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if(((data.component === undefined) && (missing1 = "component")) || ((data.path === undefined) && (missing1 = "path"))){validate103.errors = [{instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate103.errors = vErrors;return false;}var valid0 = _errs1 === errors;if(valid0){const _errs6 = errors;const _errs7 = errors;let valid3 = true;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.type === undefined) && (missing2 = "type")){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {if(data.type !== undefined){if("tcp" !== data.type){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(_valid1){const _errs10 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.component === undefined) && (missing3 = "component")){validate103.errors = [{instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}}var _valid1 = _errs10 === errors;valid3 = _valid1;}if(!valid3){const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate103.errors = vErrors;return false;}var valid0 = _errs6 === errors;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((data.type === undefined) && (missing4 = "type")){validate103.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs11 = errors;for(const key0 in data){if(!(((((((key0 === "type") || (key0 === "component")) || (key0 === "path")) || (key0 === "expect_status")) || (key0 === "expect_body")) || (key0 === "expect_version")) || (key0 === "timeout"))){validate103.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs11 === errors){if(data.type !== undefined){let data2 = data.type;const _errs12 = errors;if(!((((data2 === "http") || (data2 === "tcp")) || (data2 === "postgres")) || (data2 === "redis"))){validate103.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.type.enum},message:"must be equal to one of the allowed values"}];return false;}var valid5 = _errs12 === errors;}else {var valid5 = true;}if(valid5){if(data.component !== undefined){const _errs13 = errors;if(!(validate22(data.component, {instancePath:instancePath+"/component",parentData:data,parentDataProperty:"component",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid5 = _errs13 === errors;}else {var valid5 = true;}if(valid5){if(data.path !== undefined){const _errs14 = errors;if(!(validate66(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid5 = _errs14 === errors;}else {var valid5 = true;}if(valid5){if(data.expect_status !== undefined){let data5 = data.expect_status;const _errs15 = errors;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){validate103.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs15){if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 599 || isNaN(data5)){validate103.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"}];return false;}else {if(data5 < 100 || isNaN(data5)){validate103.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"}];return false;}}}}var valid5 = _errs15 === errors;}else {var valid5 = true;}if(valid5){if(data.expect_body !== undefined){let data6 = data.expect_body;const _errs17 = errors;if(errors === _errs17){if(typeof data6 === "string"){if(func4(data6) > 200){validate103.errors = [{instancePath:instancePath+"/expect_body",schemaPath:"#/properties/expect_body/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];return false;}else {if(!pattern30.test(data6)){validate103.errors = [{instancePath:instancePath+"/expect_body",schemaPath:"#/properties/expect_body/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\""}];return false;}}}else {validate103.errors = [{instancePath:instancePath+"/expect_body",schemaPath:"#/properties/expect_body/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid5 = _errs17 === errors;}else {var valid5 = true;}if(valid5){if(data.expect_version !== undefined){let data7 = data.expect_version;const _errs20 = errors;const _errs21 = errors;let valid6 = false;let passing0 = null;const _errs22 = errors;if(typeof data7 !== "boolean"){const err6 = {instancePath:instancePath+"/expect_version",schemaPath:"#/properties/expect_version/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid2 = _errs22 === errors;if(_valid2){valid6 = true;passing0 = 0;}const _errs24 = errors;if(errors === _errs24){if(typeof data7 === "string"){if(!pattern31.test(data7)){const err7 = {instancePath:instancePath+"/expect_version",schemaPath:"#/properties/expect_version/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._+-]*\\{version\\}[A-Za-z0-9._+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9._+-]*\\{version\\}[A-Za-z0-9._+-]*$"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/expect_version",schemaPath:"#/properties/expect_version/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}var _valid2 = _errs24 === errors;if(_valid2 && valid6){valid6 = false;passing0 = [passing0, 1];}else {if(_valid2){valid6 = true;passing0 = 1;}}if(!valid6){const err9 = {instancePath:instancePath+"/expect_version",schemaPath:"#/properties/expect_version/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;validate103.errors = vErrors;return false;}else {errors = _errs21;if(vErrors !== null){if(_errs21){vErrors.length = _errs21;}else {vErrors = null;}}}var valid5 = _errs20 === errors;}else {var valid5 = true;}if(valid5){if(data.timeout !== undefined){const _errs27 = errors;if(!(validate100(data.timeout, {instancePath:instancePath+"/timeout",parentData:data,parentDataProperty:"timeout",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid5 = _errs27 === errors;}else {var valid5 = true;}}}}}}}}}}else {validate103.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate103.errors = vErrors;return errors === 0;}function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.checks === undefined) && (missing0 = "checks")){validate99.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((key0 === "interval") || (key0 === "timeout")) || (key0 === "consecutive")) || (key0 === "checks")) || (key0 === "after_flip"))){validate99.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.interval !== undefined){const _errs2 = errors;if(!(validate100(data.interval, {instancePath:instancePath+"/interval",parentData:data,parentDataProperty:"interval",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.timeout !== undefined){const _errs3 = errors;if(!(validate100(data.timeout, {instancePath:instancePath+"/timeout",parentData:data,parentDataProperty:"timeout",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.consecutive !== undefined){let data2 = data.consecutive;const _errs4 = errors;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){validate99.errors = [{instancePath:instancePath+"/consecutive",schemaPath:"#/properties/consecutive/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs4){if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 100 || isNaN(data2)){validate99.errors = [{instancePath:instancePath+"/consecutive",schemaPath:"#/properties/consecutive/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];return false;}else {if(data2 < 1 || isNaN(data2)){validate99.errors = [{instancePath:instancePath+"/consecutive",schemaPath:"#/properties/consecutive/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.checks !== undefined){let data3 = data.checks;const _errs6 = errors;if(errors === _errs6){if(Array.isArray(data3)){if(data3.length > 30){validate99.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"}];return false;}else {if(data3.length < 1){validate99.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data3.length;for(let i0=0; i0<len0; i0++){const _errs8 = errors;if(!(validate103(data3[i0], {instancePath:instancePath+"/checks/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);errors = vErrors.length;}var valid1 = _errs8 === errors;if(!valid1){break;}}}}}else {validate99.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.after_flip !== undefined){let data5 = data.after_flip;const _errs9 = errors;if(errors === _errs9){if(Array.isArray(data5)){if(data5.length > 10){validate99.errors = [{instancePath:instancePath+"/after_flip",schemaPath:"#/properties/after_flip/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"}];return false;}else {var valid2 = true;const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];const _errs11 = errors;const _errs13 = errors;let valid3 = true;const _errs14 = errors;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.type !== undefined){let data7 = data6.type;if(!((data7 === "websocket") || (data7 === "cors"))){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}var _valid0 = _errs14 === errors;errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}if(_valid0){const _errs16 = errors;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing1;if((data6.path === undefined) && (missing1 = "path")){validate99.errors = [{instancePath:instancePath+"/after_flip/" + i1,schemaPath:"#/properties/after_flip/items/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs16 === errors;valid3 = _valid0;}if(!valid3){const err1 = {instancePath:instancePath+"/after_flip/" + i1,schemaPath:"#/properties/after_flip/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;validate99.errors = vErrors;return false;}if(errors === _errs11){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing2;if((data6.type === undefined) && (missing2 = "type")){validate99.errors = [{instancePath:instancePath+"/after_flip/" + i1,schemaPath:"#/properties/after_flip/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs17 = errors;for(const key1 in data6){if(!((key1 === "type") || (key1 === "path"))){validate99.errors = [{instancePath:instancePath+"/after_flip/" + i1,schemaPath:"#/properties/after_flip/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs17 === errors){if(data6.type !== undefined){let data8 = data6.type;const _errs18 = errors;if(!(((data8 === "websocket") || (data8 === "cors")) || (data8 === "cookies"))){validate99.errors = [{instancePath:instancePath+"/after_flip/" + i1+"/type",schemaPath:"#/properties/after_flip/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.after_flip.items.properties.type.enum},message:"must be equal to one of the allowed values"}];return false;}var valid5 = _errs18 === errors;}else {var valid5 = true;}if(valid5){if(data6.path !== undefined){const _errs19 = errors;if(!(validate66(data6.path, {instancePath:instancePath+"/after_flip/" + i1+"/path",parentData:data6,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid5 = _errs19 === errors;}else {var valid5 = true;}}}}}else {validate99.errors = [{instancePath:instancePath+"/after_flip/" + i1,schemaPath:"#/properties/after_flip/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid2 = _errs11 === errors;if(!valid2){break;}}}}else {validate99.errors = [{instancePath:instancePath+"/after_flip",schemaPath:"#/properties/after_flip/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}}}}}}}}else {validate99.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate99.errors = vErrors;return errors === 0;}const schema36 = {"title":"Smoke","type":"object","additionalProperties":false,"required":["steps"],"description":"Steps run in order against the new slot (never through nginx: no user sees it). ${run} is unique to the run (a throwaway user's name); `save` takes top-level fields of a JSON answer as ${name} for the steps after it. The cleanup runs whatever happened. A step that answers otherwise than expected fails the deploy before the flip (exit 10).","properties":{"component":{"$ref":"#/definitions/identifier","description":"The component the flow talks to (default: the one routed at /, else the first)."},"steps":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup":{"type":"array","maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup_command":{"type":"string","maxLength":300,"pattern":"^([^$]|\\$\\{run\\})*$","patternErrorMessage":"may use ${run} and no other $","description":"Run on the host after the flow (whatever happened), as the app's user in the slot's release with its environment, time limit 60 s: for what the API cannot undo at once, such as deleting the throwaway user. ${run} is the flow's tag."}}};const schema37 = {"title":"SmokeStep","type":"object","additionalProperties":false,"required":["name","method","path"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$","patternErrorMessage":"must be a short name: letters, digits, spaces and . _ -"},"method":{"enum":["GET","POST","PUT","PATCH","DELETE"]},"path":{"type":"string","maxLength":300,"pattern":"^/([A-Za-z0-9._~/?=&%-]|\\$\\{[a-z_][a-z0-9_]{0,30}\\})*$","patternErrorMessage":"must be a URL path (letters, digits and . _ ~ / ? = & % -) with ${name} for saved values"},"body":{"type":"object","maxProperties":50,"description":"Sent as JSON; strings may hold ${name}."},"bearer":{"type":"string","pattern":"^\\$\\{[a-z_][a-z0-9_]{0,30}\\}$","patternErrorMessage":"must be a saved value such as ${token}","description":"Sent as Authorization: Bearer <value>."},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"save":{"type":"object","maxProperties":10,"propertyNames":{"pattern":"^[a-z_][a-z0-9_]{0,30}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,60}$"},"description":"name: field, a top-level field of the JSON answer (a string or a number)."}}};const pattern32 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$", "u");const pattern33 = new RegExp("^/([A-Za-z0-9._~/?=&%-]|\\$\\{[a-z_][a-z0-9_]{0,30}\\})*$", "u");const pattern34 = new RegExp("^\\$\\{[a-z_][a-z0-9_]{0,30}\\}$", "u");const pattern35 = new RegExp("^[a-z_][a-z0-9_]{0,30}$", "u");const pattern36 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,60}$", "u");function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.name === undefined) && (missing0 = "name")) || ((data.method === undefined) && (missing0 = "method"))) || ((data.path === undefined) && (missing0 = "path"))){validate112.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "name") || (key0 === "method")) || (key0 === "path")) || (key0 === "body")) || (key0 === "bearer")) || (key0 === "expect_status")) || (key0 === "save"))){validate112.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.name !== undefined){let data0 = data.name;const _errs2 = errors;if(errors === _errs2){if(typeof data0 === "string"){if(!pattern32.test(data0)){validate112.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$"+"\""}];return false;}}else {validate112.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.method !== undefined){let data1 = data.method;const _errs5 = errors;if(!(((((data1 === "GET") || (data1 === "POST")) || (data1 === "PUT")) || (data1 === "PATCH")) || (data1 === "DELETE"))){validate112.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema37.properties.method.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.path !== undefined){let data2 = data.path;const _errs6 = errors;if(errors === _errs6){if(typeof data2 === "string"){if(func4(data2) > 300){validate112.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];return false;}else {if(!pattern33.test(data2)){validate112.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^/([A-Za-z0-9._~/?=&%-]|\\$\\{[a-z_][a-z0-9_]{0,30}\\})*$"},message:"must match pattern \""+"^/([A-Za-z0-9._~/?=&%-]|\\$\\{[a-z_][a-z0-9_]{0,30}\\})*$"+"\""}];return false;}}}else {validate112.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.body !== undefined){let data3 = data.body;const _errs9 = errors;if(errors === _errs9){if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(Object.keys(data3).length > 50){validate112.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"}];return false;}}else {validate112.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.bearer !== undefined){let data4 = data.bearer;const _errs11 = errors;if(errors === _errs11){if(typeof data4 === "string"){if(!pattern34.test(data4)){validate112.errors = [{instancePath:instancePath+"/bearer",schemaPath:"#/properties/bearer/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[a-z_][a-z0-9_]{0,30}\\}$"},message:"must match pattern \""+"^\\$\\{[a-z_][a-z0-9_]{0,30}\\}$"+"\""}];return false;}}else {validate112.errors = [{instancePath:instancePath+"/bearer",schemaPath:"#/properties/bearer/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.expect_status !== undefined){let data5 = data.expect_status;const _errs14 = errors;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){validate112.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs14){if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 599 || isNaN(data5)){validate112.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"}];return false;}else {if(data5 < 100 || isNaN(data5)){validate112.errors = [{instancePath:instancePath+"/expect_status",schemaPath:"#/properties/expect_status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"}];return false;}}}}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.save !== undefined){let data6 = data.save;const _errs16 = errors;if(errors === _errs16){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(Object.keys(data6).length > 10){validate112.errors = [{instancePath:instancePath+"/save",schemaPath:"#/properties/save/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties"}];return false;}else {for(const key1 in data6){const _errs18 = errors;if(typeof key1 === "string"){if(!pattern35.test(key1)){const err0 = {instancePath:instancePath+"/save",schemaPath:"#/properties/save/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,30}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,30}$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var valid1 = _errs18 === errors;if(!valid1){const err1 = {instancePath:instancePath+"/save",schemaPath:"#/properties/save/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;validate112.errors = vErrors;return false;break;}}if(valid1){for(const key2 in data6){let data7 = data6[key2];const _errs20 = errors;if(errors === _errs20){if(typeof data7 === "string"){if(!pattern36.test(data7)){validate112.errors = [{instancePath:instancePath+"/save/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/save/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,60}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,60}$"+"\""}];return false;}}else {validate112.errors = [{instancePath:instancePath+"/save/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/save/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs20 === errors;if(!valid2){break;}}}}}else {validate112.errors = [{instancePath:instancePath+"/save",schemaPath:"#/properties/save/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs16 === errors;}else {var valid0 = true;}}}}}}}}}}else {validate112.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate112.errors = vErrors;return errors === 0;}const pattern37 = new RegExp("^([^$]|\\$\\{run\\})*$", "u");function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.steps === undefined) && (missing0 = "steps")){validate110.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((key0 === "component") || (key0 === "steps")) || (key0 === "cleanup")) || (key0 === "cleanup_command"))){validate110.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.component !== undefined){const _errs2 = errors;if(!(validate22(data.component, {instancePath:instancePath+"/component",parentData:data,parentDataProperty:"component",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.steps !== undefined){let data1 = data.steps;const _errs3 = errors;if(errors === _errs3){if(Array.isArray(data1)){if(data1.length > 30){validate110.errors = [{instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"}];return false;}else {if(data1.length < 1){validate110.errors = [{instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs5 = errors;if(!(validate112(data1[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);errors = vErrors.length;}var valid1 = _errs5 === errors;if(!valid1){break;}}}}}else {validate110.errors = [{instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.cleanup !== undefined){let data3 = data.cleanup;const _errs6 = errors;if(errors === _errs6){if(Array.isArray(data3)){if(data3.length > 30){validate110.errors = [{instancePath:instancePath+"/cleanup",schemaPath:"#/properties/cleanup/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"}];return false;}else {var valid2 = true;const len1 = data3.length;for(let i1=0; i1<len1; i1++){const _errs8 = errors;if(!(validate112(data3[i1], {instancePath:instancePath+"/cleanup/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);errors = vErrors.length;}var valid2 = _errs8 === errors;if(!valid2){break;}}}}else {validate110.errors = [{instancePath:instancePath+"/cleanup",schemaPath:"#/properties/cleanup/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.cleanup_command !== undefined){let data5 = data.cleanup_command;const _errs9 = errors;if(errors === _errs9){if(typeof data5 === "string"){if(func4(data5) > 300){validate110.errors = [{instancePath:instancePath+"/cleanup_command",schemaPath:"#/properties/cleanup_command/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];return false;}else {if(!pattern37.test(data5)){validate110.errors = [{instancePath:instancePath+"/cleanup_command",schemaPath:"#/properties/cleanup_command/pattern",keyword:"pattern",params:{pattern: "^([^$]|\\$\\{run\\})*$"},message:"must match pattern \""+"^([^$]|\\$\\{run\\})*$"+"\""}];return false;}}}else {validate110.errors = [{instancePath:instancePath+"/cleanup_command",schemaPath:"#/properties/cleanup_command/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}}}}}}}else {validate110.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate110.errors = vErrors;return errors === 0;}const schema38 = {"title":"Migrations","type":"object","additionalProperties":false,"required":["command"],"properties":{"command":{"$ref":"#/definitions/command"},"timeout":{"$ref":"#/definitions/duration","default":"5m"},"bookkeeping_tables":{"type":"array","uniqueItems":true,"maxItems":16,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a table name of the public schema: a-z, 0-9 and _, starting with a letter or _"},"default":["schema_migrations"],"description":"Tables the migration tool itself writes (which migrations ran). `rollback --restore-db if-safe` does not count their changes as the app's writes."}}};function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.command === undefined) && (missing0 = "command")){validate116.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "command") || (key0 === "timeout")) || (key0 === "bookkeeping_tables"))){validate116.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.command !== undefined){const _errs2 = errors;if(!(validate56(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.timeout !== undefined){const _errs3 = errors;if(!(validate100(data.timeout, {instancePath:instancePath+"/timeout",parentData:data,parentDataProperty:"timeout",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.bookkeeping_tables !== undefined){let data2 = data.bookkeeping_tables;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data2)){if(data2.length > 16){validate116.errors = [{instancePath:instancePath+"/bookkeeping_tables",schemaPath:"#/properties/bookkeeping_tables/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"}];return false;}else {var valid1 = true;const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];const _errs6 = errors;if(errors === _errs6){if(typeof data3 === "string"){if(!pattern23.test(data3)){validate116.errors = [{instancePath:instancePath+"/bookkeeping_tables/" + i0,schemaPath:"#/properties/bookkeeping_tables/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,62}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,62}$"+"\""}];return false;}}else {validate116.errors = [{instancePath:instancePath+"/bookkeeping_tables/" + i0,schemaPath:"#/properties/bookkeeping_tables/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs6 === errors;if(!valid1){break;}}if(valid1){let i1 = data2.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data2[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];validate116.errors = [{instancePath:instancePath+"/bookkeeping_tables",schemaPath:"#/properties/bookkeeping_tables/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break;}indices0[item0] = i1;}}}}}else {validate116.errors = [{instancePath:instancePath+"/bookkeeping_tables",schemaPath:"#/properties/bookkeeping_tables/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}}else {validate116.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate116.errors = vErrors;return errors === 0;}const schema39 = {"title":"Backups","type":"object","additionalProperties":false,"properties":{"keep":{"type":"integer","minimum":1,"maximum":1000,"default":7},"recipients":{"type":"array","minItems":1,"maxItems":10,"uniqueItems":true,"items":{"$ref":"#/definitions/ageRecipient"}},"restore_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the age identity; only restore jobs have it."},"files_dir":{"$ref":"#/definitions/absolutePath","description":"The app's files directory, backed up with the database."},"stores":{"type":"array","maxItems":5,"items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["host","local","artifact"]},"path":{"$ref":"#/definitions/absolutePath"},"retention_days":{"type":"integer","minimum":1,"maximum":90}},"allOf":[{"if":{"properties":{"type":{"const":"local"}},"required":["type"]},"then":{"required":["path"]}}]}}}};const schema40 = {"title":"AgeRecipient","type":"string","pattern":"^age1[02-9ac-hj-np-z]{58}$","patternErrorMessage":"must be an age public key (age1 followed by 58 characters); never the private key"};const pattern39 = new RegExp("^age1[02-9ac-hj-np-z]{58}$", "u");function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(typeof data === "string"){if(!pattern39.test(data)){validate121.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^age1[02-9ac-hj-np-z]{58}$"},message:"must match pattern \""+"^age1[02-9ac-hj-np-z]{58}$"+"\""}];return false;}}else {validate121.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate121.errors = vErrors;return errors === 0;}function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(((((key0 === "keep") || (key0 === "recipients")) || (key0 === "restore_key_secret")) || (key0 === "files_dir")) || (key0 === "stores"))){validate120.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.keep !== undefined){let data0 = data.keep;const _errs2 = errors;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){validate120.errors = [{instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs2){if((typeof data0 == "number") && (isFinite(data0))){if(data0 > 1000 || isNaN(data0)){validate120.errors = [{instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];return false;}else {if(data0 < 1 || isNaN(data0)){validate120.errors = [{instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.recipients !== undefined){let data1 = data.recipients;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){if(data1.length > 10){validate120.errors = [{instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"}];return false;}else {if(data1.length < 1){validate120.errors = [{instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs6 = errors;if(!(validate121(data1[i0], {instancePath:instancePath+"/recipients/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);errors = vErrors.length;}var valid1 = _errs6 === errors;if(!valid1){break;}}if(valid1){let i1 = data1.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data1[i1], data1[j0])){validate120.errors = [{instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate120.errors = [{instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.restore_key_secret !== undefined){const _errs7 = errors;if(!(validate34(data.restore_key_secret, {instancePath:instancePath+"/restore_key_secret",parentData:data,parentDataProperty:"restore_key_secret",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.files_dir !== undefined){const _errs8 = errors;if(!(validate72(data.files_dir, {instancePath:instancePath+"/files_dir",parentData:data,parentDataProperty:"files_dir",rootData}))){vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);errors = vErrors.length;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.stores !== undefined){let data5 = data.stores;const _errs9 = errors;if(errors === _errs9){if(Array.isArray(data5)){if(data5.length > 5){validate120.errors = [{instancePath:instancePath+"/stores",schemaPath:"#/properties/stores/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items"}];return false;}else {var valid3 = true;const len1 = data5.length;for(let i2=0; i2<len1; i2++){let data6 = data5[i2];const _errs11 = errors;const _errs14 = errors;let valid5 = true;const _errs15 = errors;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing0;if((data6.type === undefined) && (missing0 = "type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data6.type !== undefined){if("local" !== data6.type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs15 === errors;errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}if(_valid0){const _errs17 = errors;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing1;if((data6.path === undefined) && (missing1 = "path")){validate120.errors = [{instancePath:instancePath+"/stores/" + i2,schemaPath:"#/properties/stores/items/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}}var _valid0 = _errs17 === errors;valid5 = _valid0;}if(!valid5){const err2 = {instancePath:instancePath+"/stores/" + i2,schemaPath:"#/properties/stores/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate120.errors = vErrors;return false;}if(errors === _errs11){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing2;if((data6.type === undefined) && (missing2 = "type")){validate120.errors = [{instancePath:instancePath+"/stores/" + i2,schemaPath:"#/properties/stores/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs18 = errors;for(const key1 in data6){if(!(((key1 === "type") || (key1 === "path")) || (key1 === "retention_days"))){validate120.errors = [{instancePath:instancePath+"/stores/" + i2,schemaPath:"#/properties/stores/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs18 === errors){if(data6.type !== undefined){let data8 = data6.type;const _errs19 = errors;if(!(((data8 === "host") || (data8 === "local")) || (data8 === "artifact"))){validate120.errors = [{instancePath:instancePath+"/stores/" + i2+"/type",schemaPath:"#/properties/stores/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.stores.items.properties.type.enum},message:"must be equal to one of the allowed values"}];return false;}var valid7 = _errs19 === errors;}else {var valid7 = true;}if(valid7){if(data6.path !== undefined){const _errs20 = errors;if(!(validate72(data6.path, {instancePath:instancePath+"/stores/" + i2+"/path",parentData:data6,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);errors = vErrors.length;}var valid7 = _errs20 === errors;}else {var valid7 = true;}if(valid7){if(data6.retention_days !== undefined){let data10 = data6.retention_days;const _errs21 = errors;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){validate120.errors = [{instancePath:instancePath+"/stores/" + i2+"/retention_days",schemaPath:"#/properties/stores/items/properties/retention_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs21){if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 90 || isNaN(data10)){validate120.errors = [{instancePath:instancePath+"/stores/" + i2+"/retention_days",schemaPath:"#/properties/stores/items/properties/retention_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90"}];return false;}else {if(data10 < 1 || isNaN(data10)){validate120.errors = [{instancePath:instancePath+"/stores/" + i2+"/retention_days",schemaPath:"#/properties/stores/items/properties/retention_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid7 = _errs21 === errors;}else {var valid7 = true;}}}}}}else {validate120.errors = [{instancePath:instancePath+"/stores/" + i2,schemaPath:"#/properties/stores/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid3 = _errs11 === errors;if(!valid3){break;}}}}else {validate120.errors = [{instancePath:instancePath+"/stores",schemaPath:"#/properties/stores/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}}}}}}}else {validate120.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate120.errors = vErrors;return errors === 0;}const schema41 = {"title":"Windows","type":"object","additionalProperties":false,"properties":{"observe":{"$ref":"#/definitions/duration","default":"30s","description":"Watch health after the flip; flip back when thresholds are crossed."},"keep_warm":{"$ref":"#/definitions/duration","default":"5m","description":"The old slot keeps running this long, so a rollback is only a flip. 0s for apps whose jobs must not run twice."},"drain":{"$ref":"#/definitions/duration","default":"10s","description":"Time the old slot gets to finish in-flight requests before it stops."},"max_error_rate":{"type":"number","minimum":0,"maximum":100,"default":5,"description":"Observe: flip back when more than this percentage of the requests through nginx since the flip failed with 5xx (the seed's warning level)."},"max_p95_latency":{"$ref":"#/definitions/duration","default":"500ms","description":"Observe: flip back when the 95th percentile of request times through nginx since the flip exceeds this (the seed's warning level; websocket upgrades are not counted)."},"receipt_rate":{"type":"number","minimum":0,"maximum":50,"default":4,"description":"Requests per second the host sends through nginx to the app's version route, from just before the flip to the end of the observe window, for the deploy's receipt (when the new release first answered, and whether any request failed). 0: none (the receipt then counts users' requests only)."}}};function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!((((((key0 === "observe") || (key0 === "keep_warm")) || (key0 === "drain")) || (key0 === "max_error_rate")) || (key0 === "max_p95_latency")) || (key0 === "receipt_rate"))){validate127.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.observe !== undefined){const _errs2 = errors;if(!(validate100(data.observe, {instancePath:instancePath+"/observe",parentData:data,parentDataProperty:"observe",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.keep_warm !== undefined){const _errs3 = errors;if(!(validate100(data.keep_warm, {instancePath:instancePath+"/keep_warm",parentData:data,parentDataProperty:"keep_warm",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.drain !== undefined){const _errs4 = errors;if(!(validate100(data.drain, {instancePath:instancePath+"/drain",parentData:data,parentDataProperty:"drain",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.max_error_rate !== undefined){let data3 = data.max_error_rate;const _errs5 = errors;if(errors === _errs5){if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 100 || isNaN(data3)){validate127.errors = [{instancePath:instancePath+"/max_error_rate",schemaPath:"#/properties/max_error_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];return false;}else {if(data3 < 0 || isNaN(data3)){validate127.errors = [{instancePath:instancePath+"/max_error_rate",schemaPath:"#/properties/max_error_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}else {validate127.errors = [{instancePath:instancePath+"/max_error_rate",schemaPath:"#/properties/max_error_rate/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.max_p95_latency !== undefined){const _errs7 = errors;if(!(validate100(data.max_p95_latency, {instancePath:instancePath+"/max_p95_latency",parentData:data,parentDataProperty:"max_p95_latency",rootData}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.receipt_rate !== undefined){let data5 = data.receipt_rate;const _errs8 = errors;if(errors === _errs8){if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 50 || isNaN(data5)){validate127.errors = [{instancePath:instancePath+"/receipt_rate",schemaPath:"#/properties/receipt_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"}];return false;}else {if(data5 < 0 || isNaN(data5)){validate127.errors = [{instancePath:instancePath+"/receipt_rate",schemaPath:"#/properties/receipt_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}else {validate127.errors = [{instancePath:instancePath+"/receipt_rate",schemaPath:"#/properties/receipt_rate/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}}}}}}}}else {validate127.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate127.errors = vErrors;return errors === 0;}const schema42 = {"title":"Hooks","type":"object","additionalProperties":false,"properties":{"pre_deploy":{"$ref":"#/definitions/commandList"},"post_flip":{"$ref":"#/definitions/commandList"},"post_deploy":{"$ref":"#/definitions/commandList"}}};function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(((key0 === "pre_deploy") || (key0 === "post_flip")) || (key0 === "post_deploy"))){validate133.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.pre_deploy !== undefined){const _errs2 = errors;if(!(validate55(data.pre_deploy, {instancePath:instancePath+"/pre_deploy",parentData:data,parentDataProperty:"pre_deploy",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.post_flip !== undefined){const _errs3 = errors;if(!(validate55(data.post_flip, {instancePath:instancePath+"/post_flip",parentData:data,parentDataProperty:"post_flip",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.post_deploy !== undefined){const _errs4 = errors;if(!(validate55(data.post_deploy, {instancePath:instancePath+"/post_deploy",parentData:data,parentDataProperty:"post_deploy",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}else {validate133.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate133.errors = vErrors;return errors === 0;}function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = true;const _errs2 = errors;const _errs3 = errors;const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.container === undefined) && (missing0 = "container")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var valid1 = _errs4 === errors;if(valid1){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.target !== undefined){let data0 = data.target;if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){validate25.errors = [{instancePath:instancePath+"/target",schemaPath:"#/then/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}const _errs8 = errors;let valid3 = true;const _errs9 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){let missing1;if((data0.transport === undefined) && (missing1 = "transport")){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}else {if(data0.transport !== undefined){if("ssh" !== data0.transport){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}}var _valid1 = _errs9 === errors;errors = _errs8;if(vErrors !== null){if(_errs8){vErrors.length = _errs8;}else {vErrors = null;}}if(_valid1){const _errs11 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){let missing2;if((data0.host_keys === undefined) && (missing2 = "host_keys")){validate25.errors = [{instancePath:instancePath+"/target",schemaPath:"#/then/properties/target/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}}var _valid1 = _errs11 === errors;valid3 = _valid1;}if(!valid3){const err4 = {instancePath:instancePath+"/target",schemaPath:"#/then/properties/target/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;validate25.errors = vErrors;return false;}}}var _valid0 = _errs5 === errors;valid0 = _valid0;}if(!valid0){const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate25.errors = vErrors;return false;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if(((((data.id === undefined) && (missing3 = "id")) || ((data.target === undefined) && (missing3 = "target"))) || ((data.app === undefined) && (missing3 = "app"))) || ((data.health === undefined) && (missing3 = "health"))){validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs12 = errors;for(const key0 in data){if(!(func2.call(schema8.properties, key0))){validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs12 === errors){if(data.id !== undefined){const _errs13 = errors;if(!(validate22(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid5 = _errs13 === errors;}else {var valid5 = true;}if(valid5){if(data.target !== undefined){const _errs14 = errors;if(!(validate27(data.target, {instancePath:instancePath+"/target",parentData:data,parentDataProperty:"target",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}var valid5 = _errs14 === errors;}else {var valid5 = true;}if(valid5){if(data.container !== undefined){const _errs15 = errors;if(!(validate38(data.container, {instancePath:instancePath+"/container",parentData:data,parentDataProperty:"container",rootData}))){vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);errors = vErrors.length;}var valid5 = _errs15 === errors;}else {var valid5 = true;}if(valid5){if(data.app !== undefined){const _errs16 = errors;if(!(validate41(data.app, {instancePath:instancePath+"/app",parentData:data,parentDataProperty:"app",rootData}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}var valid5 = _errs16 === errors;}else {var valid5 = true;}if(valid5){if(data.templates !== undefined){let data6 = data.templates;const _errs17 = errors;if(errors === _errs17){if(Array.isArray(data6)){if(data6.length > 100){validate25.errors = [{instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {var valid6 = true;const len0 = data6.length;for(let i0=0; i0<len0; i0++){const _errs19 = errors;if(!(validate70(data6[i0], {instancePath:instancePath+"/templates/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);errors = vErrors.length;}var valid6 = _errs19 === errors;if(!valid6){break;}}}}else {validate25.errors = [{instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid5 = _errs17 === errors;}else {var valid5 = true;}if(valid5){if(data.database !== undefined){const _errs20 = errors;if(!(validate77(data.database, {instancePath:instancePath+"/database",parentData:data,parentDataProperty:"database",rootData}))){vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);errors = vErrors.length;}var valid5 = _errs20 === errors;}else {var valid5 = true;}if(valid5){if(data.redis !== undefined){const _errs21 = errors;if(!(validate83(data.redis, {instancePath:instancePath+"/redis",parentData:data,parentDataProperty:"redis",rootData}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid5 = _errs21 === errors;}else {var valid5 = true;}if(valid5){if(data.nginx !== undefined){const _errs22 = errors;if(!(validate88(data.nginx, {instancePath:instancePath+"/nginx",parentData:data,parentDataProperty:"nginx",rootData}))){vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);errors = vErrors.length;}var valid5 = _errs22 === errors;}else {var valid5 = true;}if(valid5){if(data.health !== undefined){const _errs23 = errors;if(!(validate99(data.health, {instancePath:instancePath+"/health",parentData:data,parentDataProperty:"health",rootData}))){vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);errors = vErrors.length;}var valid5 = _errs23 === errors;}else {var valid5 = true;}if(valid5){if(data.smoke !== undefined){let data12 = data.smoke;const _errs24 = errors;const _errs25 = errors;let valid7 = false;let passing0 = null;const _errs26 = errors;if(!(validate110(data12, {instancePath:instancePath+"/smoke",parentData:data,parentDataProperty:"smoke",rootData}))){vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);errors = vErrors.length;}var _valid2 = _errs26 === errors;if(_valid2){valid7 = true;passing0 = 0;}const _errs27 = errors;if(false !== data12){const err6 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid2 = _errs27 === errors;if(_valid2 && valid7){valid7 = false;passing0 = [passing0, 1];}else {if(_valid2){valid7 = true;passing0 = 1;}}if(!valid7){const err7 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;validate25.errors = vErrors;return false;}else {errors = _errs25;if(vErrors !== null){if(_errs25){vErrors.length = _errs25;}else {vErrors = null;}}}var valid5 = _errs24 === errors;}else {var valid5 = true;}if(valid5){if(data.migrations !== undefined){const _errs28 = errors;if(!(validate116(data.migrations, {instancePath:instancePath+"/migrations",parentData:data,parentDataProperty:"migrations",rootData}))){vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);errors = vErrors.length;}var valid5 = _errs28 === errors;}else {var valid5 = true;}if(valid5){if(data.backups !== undefined){const _errs29 = errors;if(!(validate120(data.backups, {instancePath:instancePath+"/backups",parentData:data,parentDataProperty:"backups",rootData}))){vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);errors = vErrors.length;}var valid5 = _errs29 === errors;}else {var valid5 = true;}if(valid5){if(data.windows !== undefined){const _errs30 = errors;if(!(validate127(data.windows, {instancePath:instancePath+"/windows",parentData:data,parentDataProperty:"windows",rootData}))){vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);errors = vErrors.length;}var valid5 = _errs30 === errors;}else {var valid5 = true;}if(valid5){if(data.hooks !== undefined){const _errs31 = errors;if(!(validate133(data.hooks, {instancePath:instancePath+"/hooks",parentData:data,parentDataProperty:"hooks",rootData}))){vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);errors = vErrors.length;}var valid5 = _errs31 === errors;}else {var valid5 = true;}}}}}}}}}}}}}}}}}else {validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate25.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://slotflip.dev/schema/environment.schema.json" */;let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.version === undefined) && (missing0 = "version")) || ((data.environment === undefined) && (missing0 = "environment"))) || ((data.instances === undefined) && (missing0 = "instances"))){validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((key0 === "version") || (key0 === "environment")) || (key0 === "promote_from")) || (key0 === "instances"))){validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.version !== undefined){const _errs2 = errors;if(1 !== data.version){validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.environment !== undefined){const _errs3 = errors;if(!(validate22(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.promote_from !== undefined){const _errs4 = errors;if(!(validate22(data.promote_from, {instancePath:instancePath+"/promote_from",parentData:data,parentDataProperty:"promote_from",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.instances !== undefined){let data3 = data.instances;const _errs5 = errors;if(errors === _errs5){if(Array.isArray(data3)){if(data3.length > 50){validate21.errors = [{instancePath:instancePath+"/instances",schemaPath:"#/properties/instances/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];return false;}else {if(data3.length < 1){validate21.errors = [{instancePath:instancePath+"/instances",schemaPath:"#/properties/instances/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data3.length;for(let i0=0; i0<len0; i0++){const _errs7 = errors;if(!(validate25(data3[i0], {instancePath:instancePath+"/instances/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}var valid1 = _errs7 === errors;if(!valid1){break;}}}}}else {validate21.errors = [{instancePath:instancePath+"/instances",schemaPath:"#/properties/instances/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs5 === errors;}else {var valid0 = true;}}}}}}}else {validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate21.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/config/schema.ts



const environmentSchema = environment_schema;
/**
 * The ajv validator for the environment schema, compiled ahead of time (scripts/gen-validator.mjs, with the options in
 * schema/environment.validator.json): compiling it at each start cost about 170 ms. It says valid or not and no more.
 */
function environmentValidator() {
    return environment_validate_generated;
}
let describing;
/**
 * The same validator compiled at run time, for a file that has errors: its errors point at this module's schema
 * objects (parentSchema), which the findings look up by identity. Only an invalid file pays for the compile.
 */
async function describingValidator() {
    if (!describing) {
        // ajv itself loads only here: a run whose files are all valid never pays for it. The options are those the
        // ahead-of-time compile used, less the two it drops (a test holds the two validators to the same verdicts).
        // Through the default export (ajv's module.exports, the class that carries itself as .Ajv): the bundle's import()
        // of a CommonJS function keeps only that, where Node's also lists the named exports.
        const { Ajv } = (await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 42463, 23))).default;
        const ajv = new Ajv(environment_validator_namespaceObject.fF);
        for (const k of environment_validator_namespaceObject.RE)
            ajv.addKeyword(k);
        describing = ajv.compile(environmentSchema);
    }
    return describing;
}


/***/ }),

/***/ 84819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ checkSmokeVariables),
/* harmony export */   DF: () => (/* binding */ variablesIn),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
/* unused harmony export SmokeError */
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61250);

// The ${name} references of a smoke flow: checked before anything runs (every one saved by an earlier step), and
// turned into bash words that can only expand to what an answer saved, never evaluate it.
const VAR = /\$\{([a-z_][a-z0-9_]{0,30})\}/g;
/** The names of the ${name} references in a text, in order. */
const variablesIn = (text) => [...text.matchAll(VAR)].map((m) => m[1]);
class SmokeError extends Error {
}
/** A string with ${name} references as one bash word: literal parts quoted, references as "$sf_name". */
function shellWord(text, known) {
    const parts = [];
    let last = 0;
    for (const m of text.matchAll(VAR)) {
        if (!known.has(m[1]))
            throw new SmokeError(`\${${m[1]}} is not saved by an earlier step (known: ${[...known].map((k) => `\${${k}}`).join(', ')})`);
        if (m.index > last)
            parts.push((0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(text.slice(last, m.index)));
        parts.push(`"$sf_${m[1]}"`);
        last = m.index + m[0].length;
    }
    if (last < text.length || parts.length === 0)
        parts.push((0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(text.slice(last)));
    return parts.join('');
}
/** The variables a smoke flow uses, in order: an error names the step that uses one nobody saved. */
function checkSmokeVariables(smoke) {
    const known = new Set(['run']);
    // Called on environments that may not have passed the schema: anything not shaped like a step is skipped.
    const all = [
        ...(Array.isArray(smoke.steps) ? smoke.steps : []),
        ...(Array.isArray(smoke.cleanup) ? smoke.cleanup : []),
    ].filter((s) => typeof s === 'object' && s !== null);
    for (const s of all) {
        const used = [String(s.path ?? ''), String(s.bearer ?? ''), JSON.stringify(s.body ?? {})].flatMap(variablesIn);
        const missing = used.find((u) => !known.has(u));
        if (missing)
            return `step "${s.name}" uses \${${missing}}, which no earlier step saves`;
        for (const name of Object.keys(typeof s.save === 'object' && s.save ? s.save : {}))
            known.add(name);
    }
    return undefined;
}


/***/ }),

/***/ 87788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ secretRef),
/* harmony export */   Uf: () => (/* binding */ configSecrets),
/* harmony export */   ls: () => (/* binding */ configEntries),
/* harmony export */   pD: () => (/* binding */ envName)
/* harmony export */ });
/* unused harmony exports isSection, keyType */
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function secretRef(v) {
    return isRecord(v) && Object.keys(v).length === 1 && typeof v.secret === 'string' ? v.secret : undefined;
}
// Every section of a preset's key list (service, auth.openid, ...), computed once per preset: validation asks per key.
const sectionsOf = new WeakMap();
/** Whether a key names a section of the preset (a prefix of listed keys). */
function isSection(preset, key) {
    let sections = sectionsOf.get(preset);
    if (!sections) {
        sections = new Set(Object.keys(preset.config.keys).flatMap((k) => k
            .split('.')
            .slice(0, -1)
            .map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
        sectionsOf.set(preset, sections);
    }
    return sections.has(key);
}
function keyType(preset, key) {
    return preset.config.keys[key];
}
/**
 * Leaves and unknown keys of app.config. Sections the preset lists are descended into; a key of type map (e.g. OpenID
 * providers by name) is one entry with its whole subtree; anything else stops at the first unknown key.
 */
// Several rules read the same app.config: its entries are computed once per config object and preset.
const entriesCache = new WeakMap();
function configEntries(config, preset) {
    if (!isRecord(config))
        return [];
    const byPreset = entriesCache.get(config) ?? new Map();
    entriesCache.set(config, byPreset);
    let entries = byPreset.get(preset);
    if (!entries) {
        entries = walk(config, preset, [], '');
        byPreset.set(preset, entries);
    }
    return entries;
}
function walk(config, preset, written, key) {
    if (!isRecord(config))
        return [];
    const out = [];
    for (const [k, value] of Object.entries(config)) {
        const full = key ? `${key}.${k.toLowerCase()}` : k.toLowerCase();
        const path = [...written, k];
        const secret = secretRef(value);
        const descend = isRecord(value) &&
            secret === undefined &&
            (preset ? isSection(preset, full) && keyType(preset, full) === undefined : true);
        if (descend)
            out.push(...walk(value, preset, path, full));
        else
            out.push({ key: full, written: path, value, ...(secret !== undefined ? { secret } : {}) });
    }
    return out;
}
/** The environment variable an app reads a key from: VIKUNJA_ + the key with dots as underscores. */
function envName(prefix, key) {
    return `${prefix}${key.toUpperCase().replace(/\./g, '_')}`;
}
/** Every secret reference in app.config, for resolving and for the missing-secret check. */
function configSecrets(config) {
    return configEntries(config, undefined).flatMap((e) => e.secret !== undefined ? [{ written: e.written, name: e.secret }] : []);
}


/***/ }),

/***/ 90698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vv: () => (/* binding */ sizeBytes),
/* harmony export */   ku: () => (/* binding */ nginxSize),
/* harmony export */   ye: () => (/* binding */ maxUpload)
/* harmony export */ });
/* harmony import */ var _config_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87788);

// Upload limits in the two notations that must agree: the app's (Vikunja's files.maxsize: 20MB) and nginx's
// (client_max_body_size 20m). When nginx's is smaller, uploads fail with 413 before they reach the app.
const UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1024,
    m: 1024 ** 2,
    mb: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1024 ** 4,
};
/** Bytes of "20MB", "20m", "512 KB" or a plain number; undefined when it is not a size. */
function sizeBytes(v) {
    if (typeof v === 'number')
        return v;
    const m = typeof v === 'string' ? /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(v) : null;
    const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
    return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}
/** The nginx size for a number of bytes, in the largest unit that divides it (rounded up to whole KiB otherwise). */
function nginxSize(bytes) {
    for (const [unit, n] of [
        ['g', 1024 ** 3],
        ['m', 1024 ** 2],
    ])
        if (bytes % n === 0)
            return `${bytes / n}${unit}`;
    return `${Math.ceil(bytes / 1024)}k`;
}
/** What the app accepts as an upload, by its own setting or its default. */
function maxUpload(preset, config) {
    const m = preset.config.max_upload;
    if (!m)
        return undefined;
    const set = (0,_config_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .configEntries */ .ls)(config, preset).find((e) => e.key === m.key);
    return sizeBytes(set?.value ?? m.default);
}


/***/ }),

/***/ 82615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ postgresShareMib),
/* harmony export */   H: () => (/* binding */ redisMaxmemoryMib),
/* harmony export */   Vh: () => (/* binding */ postgresTuning),
/* harmony export */   cr: () => (/* binding */ POSTGRES_FLOOR_MIB),
/* harmony export */   xO: () => (/* binding */ redisMaxmemory)
/* harmony export */ });
// Sizes for the optional PostgreSQL and Redis tuning files (`database.tune`, `redis.tune`), derived from the
// container's resources the way seed 000 sized its 8 GB Ryzen host: PostgreSQL gets a quarter of the memory, a quarter
// of that is shared_buffers, work_mem is what is left of its share spread over three quarters of max_connections, and
// parallelism follows the cores. At 8192 MiB and 100 connections this gives the seed's own figures (512MB, 2GB,
// 128MB, 20MB). Pure: the templates in templates/slotflip/ print these.
/** The smallest share PostgreSQL is counted with (the memory-fit rule's figure for an untuned local server). */
const POSTGRES_FLOOR_MIB = 256;
const mb = (n) => `${Math.floor(n)}MB`;
const size = (n) => (n % 1024 === 0 ? `${n / 1024}GB` : mb(n));
/** The memory PostgreSQL is given in a container of `memory` MiB: a quarter, at least the floor. */
const postgresShareMib = (memory) => Math.max(POSTGRES_FLOOR_MIB, Math.floor(memory / 4));
function postgresTuning(r) {
    const share = postgresShareMib(r.memory);
    const buffers = Math.max(32, Math.floor(share / 4));
    const maintenance = Math.max(16, Math.floor(share / 16));
    // WAL may take an eighth of the disk before a checkpoint is forced, at most the seed's 4GB.
    const maxWal = Math.min(4096, Math.max(256, Math.floor((r.disk * 1024) / 8)));
    const parallel = Math.max(1, Math.min(4, Math.floor(r.cores / 2)));
    return {
        share_mb: share,
        shared_buffers: size(buffers),
        effective_cache_size: size(share),
        maintenance_work_mem: size(maintenance),
        autovacuum_work_mem: size(maintenance),
        work_mem: mb(Math.max(4, (share - buffers) / (0.75 * r.maxConnections))),
        max_connections: r.maxConnections,
        min_wal_size: size(Math.max(80, Math.floor(maxWal / 4))),
        max_wal_size: size(maxWal),
        max_worker_processes: Math.max(8, r.cores),
        max_parallel_workers: r.cores,
        max_parallel_workers_per_gather: parallel,
        max_parallel_maintenance_workers: parallel,
        autovacuum_max_workers: Math.min(4, Math.max(2, r.cores)),
    };
}
/** Redis's memory limit: an eighth of the container's memory, so Redis cannot take the container down with it. */
const redisMaxmemoryMib = (memory) => Math.max(64, Math.floor(memory / 8));
const redisMaxmemory = (memory) => `${redisMaxmemoryMib(memory)}mb`;


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ formatSummary),
/* harmony export */   t: () => (/* binding */ formatFinding)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59023);

// Compiler-style lines, one per finding, so editors and terminals can jump to FILE:LINE:COL.
function formatFinding(f) {
    const where = f.path ? `${f.path}: ` : '';
    return `${f.file}:${f.line}:${f.column}: ${f.severity}: ${where}${f.message}`;
}
function formatSummary(findings, fileCount) {
    const c = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(findings);
    const files = `${fileCount} environment file${fileCount === 1 ? '' : 's'}`;
    if (c.error === 0)
        return `${files} valid${c.warning ? `, ${c.warning} warning${c.warning === 1 ? '' : 's'}` : ''}`;
    return (`${files} checked: ${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} ` +
        `warning${c.warning === 1 ? '' : 's'}`);
}


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


/***/ }),

/***/ 90389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PL: () => (/* binding */ JOBS),
/* harmony export */   Vf: () => (/* binding */ unreadSecretFields),
/* harmony export */   o5: () => (/* binding */ isJob),
/* harmony export */   qO: () => (/* binding */ RESTORE_ONLY_FIELDS),
/* harmony export */   wK: () => (/* binding */ secretRefsFor)
/* harmony export */ });
/* unused harmony export secretRefs */
/* harmony import */ var _presets_config_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87788);
/* harmony import */ var _rules_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24078);
/* harmony import */ var _config_schema_walk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8577);



// Which secrets a job reads. Deploy, rollback, backup and doctor jobs never hold the backup identity or the database
// admin (design §5): those live only in the `<environment>-restore` GitHub environment, where restores run. A rotation
// needs the admin (it creates a temporary login) but never the backup identity.
const JOBS = ['deploy', 'rollback', 'backup', 'doctor', 'restore', 'rotate'];
const isJob = (s) => JOBS.includes(s);
const RESTORE_ONLY_FIELDS = ['restore_key_secret', 'admin_secret'];
/** Secret fields a job of this kind does not read. */
function unreadSecretFields(job) {
    if (job === 'restore')
        return [];
    if (job === 'rotate')
        return ['restore_key_secret'];
    return RESTORE_ONLY_FIELDS;
}
/** Secret references: the schema's *_secret fields, and { secret: NAME } values in each instance's app.config. */
function secretRefs(data) {
    const instances = (0,_rules_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data) && Array.isArray(data.instances) ? data.instances : [];
    const inConfig = instances.flatMap((inst, i) => (0,_rules_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(inst) && (0,_rules_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(inst.app)
        ? (0,_presets_config_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .configSecrets */ .Uf)(inst.app.config).map((s) => ({
            path: ['instances', i, 'app', 'config', ...s.written, 'secret'],
            name: s.name,
        }))
        : []);
    return [...(0,_config_schema_walk_js__WEBPACK_IMPORTED_MODULE_2__/* .valuesOfDefinition */ .j)(data, 'secretName').map((v) => ({ path: v.path, name: v.value })), ...inConfig];
}
/** The secrets a job of this kind reads for this document, without the fields it never holds. */
function secretRefsFor(data, unread) {
    return secretRefs(data).filter((r) => !unread.includes(String(r.path.at(-1))));
}


/***/ }),

/***/ 83316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ validateEnvironments)
});

// UNUSED EXPORTS: MAX_FINDINGS_PER_FILE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/finding.ts
var finding = __webpack_require__(59023);
// EXTERNAL MODULE: ./src/secrets/lookup.ts
var lookup = __webpack_require__(30323);
// EXTERNAL MODULE: ./src/config/locate.ts
var locate = __webpack_require__(55562);
// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(23195);
// EXTERNAL MODULE: ./src/config/read.ts
var config_read = __webpack_require__(62000);
// EXTERNAL MODULE: ./src/validate/rules/rule.ts
var rule = __webpack_require__(24078);
// EXTERNAL MODULE: ./src/config/schema-walk.ts
var schema_walk = __webpack_require__(8577);
// EXTERNAL MODULE: ./src/presets/config-walk.ts
var config_walk = __webpack_require__(87788);
;// CONCATENATED MODULE: ./src/validate/risky.ts




function sensitiveValues(parsed) {
    const out = new Map();
    (0,schema_walk/* walkWithSchema */.V)(parsed.data, ({ path, value, refs }) => {
        if (path[0] !== 'instances' || typeof path[1] !== 'number')
            return;
        const list = parsed.data.instances;
        const inst = list[path[1]];
        const id = (0,rule/* isRecord */.u4)(inst) && typeof inst.id === 'string' ? inst.id : `#${path[1]}`;
        const key = `${id}|${(0,locate/* formatPath */.jV)(path.slice(2))}`;
        if (refs.includes('command') && typeof value === 'string')
            out.set(key, { path, value, kind: 'command' });
        else if (refs.includes('secretName'))
            out.set(key, { path, value, kind: 'secret' });
        else if (path[2] === 'target' && path.length === 4)
            out.set(key, { path, value, kind: 'target' });
    });
    // app.config is free-form to the schema: its { secret: NAME } references are found by the config walk.
    const list = (0,rule/* isRecord */.u4)(parsed.data) && Array.isArray(parsed.data.instances) ? parsed.data.instances : [];
    list.forEach((inst, i) => {
        if (!(0,rule/* isRecord */.u4)(inst) || !(0,rule/* isRecord */.u4)(inst.app))
            return;
        const id = typeof inst.id === 'string' ? inst.id : `#${i}`;
        for (const ref of (0,config_walk/* configSecrets */.Uf)(inst.app.config)) {
            const path = ['instances', i, 'app', 'config', ...ref.written, 'secret'];
            out.set(`${id}|${(0,locate/* formatPath */.jV)(path.slice(2))}`, { path, value: ref.name, kind: 'secret' });
        }
    });
    return out;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function message(s, isNew) {
    const field = (0,locate/* formatPath */.jV)(s.path.slice(2));
    if (s.kind === 'command')
        return `${isNew ? 'new' : 'changed'} command (${field}): it will run on the host after merge; review it`;
    if (s.kind === 'secret')
        return (`${isNew ? 'new' : 'changed'} secret reference (${field}: ${String(s.value)}): the deploy will ` +
            `read this secret and send it to the host after merge; confirm it is the secret meant`);
    const what = field === 'target.host_keys'
        ? 'pinned host key'
        : field === 'target.host'
            ? 'target host'
            : `target setting ${field}`;
    return (`${isNew ? 'new' : 'changed'} ${what}: the deploy will send its secrets to this target after ` +
        `merge; confirm it with the host's owner`);
}
function riskyChanges(current, base) {
    if (!base) {
        return [
            {
                file: current.file,
                ...(0,locate/* locate */.x5)(current, []),
                severity: 'warning',
                path: '',
                rule: 'risky-change',
                message: 'new environment file: review its targets, host keys and commands before merging',
            },
        ];
    }
    const before = sensitiveValues(base);
    const findings = [];
    for (const [key, s] of sensitiveValues(current)) {
        const old = before.get(key);
        if (old && same(old.value, s.value))
            continue;
        findings.push({
            file: current.file,
            ...(0,locate/* locate */.x5)(current, s.path),
            severity: 'warning',
            path: (0,locate/* formatPath */.jV)(s.path),
            rule: 'risky-change',
            message: message(s, !old),
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(42784);
;// CONCATENATED MODULE: ./src/validate/rules/app-config.ts



// An app silently ignores a key it does not know (Vikunja: a misspelt or renamed key, or a VIKUNJA_* variable, just has
// no effect). With a preset, every key of app.config is checked against the pinned release's list, at its own line.
const SECRET_NAMES = /(^|[._])(password|secret|secretkey|clientsecret|apikey|accesstoken|bindpassword|proxypassword|testingtoken)$/;
function typeOk(t, v) {
    if (t === 'boolean')
        return typeof v === 'boolean';
    if (t === 'integer')
        return Number.isInteger(v);
    if (t === 'string')
        return typeof v === 'string' || typeof v === 'number';
    if (t === 'list')
        return Array.isArray(v) && v.every((x) => typeof x === 'string');
    return (0,rule/* isRecord */.u4)(v);
}
/** A key written the way the app's environment variables are (SERVICE_PUBLICURL, VIKUNJA_SERVICE_PUBLICURL). */
function asEnvName(preset, e) {
    if (e.written.length !== 1 || !preset.config.env_prefix || !/^[A-Z0-9_]+$/.test(e.written[0]))
        return undefined;
    const name = e.written[0].startsWith(preset.config.env_prefix)
        ? e.written[0]
        : `${preset.config.env_prefix}${e.written[0]}`;
    return Object.keys(preset.config.keys).find((k) => (0,config_walk/* envName */.pD)(preset.config.env_prefix, k) === name);
}
function suggestion(preset, e) {
    const keys = Object.keys(preset.config.keys);
    const parent = e.key.split('.').slice(0, -1).join('.');
    const siblings = keys.filter((k) => k.split('.').slice(0, -1).join('.') === parent).map((k) => k.split('.').at(-1));
    const leaf = e.key.split('.').at(-1);
    const near = (0,suggest/* didYouMean */.a)(leaf, siblings);
    if (near)
        return `; did you mean ${parent ? `${parent}.` : ''}${near}?`;
    const anywhere = (0,suggest/* didYouMean */.a)(leaf.replace(/_/g, ''), keys.map((k) => k.split('.').at(-1)));
    const full = anywhere ? keys.find((k) => k.endsWith(`.${anywhere}`) || k === anywhere) : undefined;
    return full ? `; did you mean ${full}?` : '';
}
function check(preset, e) {
    const { owned, obsolete, keys } = preset.config;
    const app = `${preset.app} ${preset.version}`;
    const replaced = obsolete[e.key] ?? obsolete[e.written.join('.').toLowerCase()];
    if (replaced)
        return { message: `${e.key} is not a setting of ${app}: use ${replaced}`, where: 'key' };
    const env = asEnvName(preset, e);
    if (env) {
        const nested = env.split('.');
        return {
            message: `${e.written[0]} is written as an environment variable, which app.config does not take: ` +
                (`write it nested ` +
                    `(${nested
                        .map((s, i) => (i === nested.length - 1 ? `${s}: ` + `…` : `${s}:`))
                        .join(' ')})${owned[env] ? `; but slotflip sets ${env} itself: ${owned[env]}` : ''}`),
            where: 'key',
        };
    }
    const type = keys[e.key];
    if (!type)
        return {
            message: `${e.key} is not a setting of ${app} (${preset.app} would silently ignore it)${suggestion(preset, e)}`,
            where: 'key',
        };
    if (owned[e.key])
        return { message: `${e.key} is set by slotflip: ${owned[e.key]}`, where: 'key' };
    if (e.secret !== undefined)
        return undefined;
    if (typeof e.value === 'string' && e.value !== '' && SECRET_NAMES.test(e.key)) {
        return {
            message: `${e.key} holds a secret in the repository: write it as { secret: NAME } and provide NAME as ` +
                `a secret (it goes to the 0600 app.env only)`,
            where: 'value',
        };
    }
    if (!typeOk(type, e.value))
        return {
            message: `${e.key} must be ` +
                `${type === 'integer'
                    ? 'an integer'
                    : type === 'list'
                        ? 'a list of ' + 'strings'
                        : type === 'map'
                            ? 'a map'
                            : `a ${type}`}`,
            where: 'value',
        };
    return undefined;
}
const appConfigKeys = (files, ctx) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : undefined;
        if (!app)
            continue;
        const broken = typeof app.name === 'string' ? ctx.brokenPresets.get(app.name) : undefined;
        if (broken)
            findings.push((0,rule.at)(ref.parsed, [...ref.path, 'app', 'name'], 'error', 'preset', `the preset of ${String(app.name)} cannot be read: ${broken}`));
        const preset = (0,rule/* presetOf */.jE)(ref, ctx);
        if (!preset || !(0,rule/* isRecord */.u4)(app.config))
            continue;
        for (const e of (0,config_walk/* configEntries */.ls)(app.config, preset)) {
            const problem = check(preset, e);
            if (problem)
                findings.push((0,rule.at)(ref.parsed, configPath(ref, e.written), 'error', 'app-config', problem.message, problem.where));
        }
    }
    return findings;
};
const configPath = (ref, written) => [...ref.path, 'app', 'config', ...written];

;// CONCATENATED MODULE: ./src/validate/rules/connection-budget.ts

// Apps that share one PostgreSQL server share its max_connections. During a deploy both slots of an instance hold their
// pool, and slotflip's own backup, migration and health check need a few more. When the sum passes the limit, the
// last app to connect gets "too many clients", often in the middle of another app's deploy.
const SLOTFLIP_CONNECTIONS = 3;
/** PostgreSQL keeps superuser_reserved_connections (3 by default) for its admins. */
const RESERVED_CONNECTIONS = 3;
const connectionBudget = (files) => {
    const servers = new Map();
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const db = (0,rule/* isRecord */.u4)(ref.inst.database) ? ref.inst.database : undefined;
        if (!db || typeof db.host !== 'string')
            continue;
        const machine = (0,rule/* isLocalHost */.mJ)(db.host) ? (0,rule/* hostKey */._9)(ref.inst) : db.host.toLowerCase();
        if (!machine)
            continue;
        const key = `${machine}:${String(db.port ?? 5432)}`;
        const user = {
            ref,
            pool: typeof db.pool === 'number' ? db.pool : 10,
            max: typeof db.max_connections === 'number' ? db.max_connections : 100,
        };
        servers.set(key, [...(servers.get(key) ?? []), user]);
    }
    const findings = [];
    for (const [server, users] of servers) {
        const need = users.reduce((sum, u) => sum + 2 * u.pool + SLOTFLIP_CONNECTIONS, 0);
        const max = Math.min(...users.map((u) => u.max));
        const limit = max - RESERVED_CONNECTIONS;
        if (need <= limit)
            continue;
        const parts = users.map((u) => `${u.ref.id} 2 x ${u.pool} + ${SLOTFLIP_CONNECTIONS}`).join(', ');
        for (const u of users) {
            findings.push((0,rule.at)(u.ref.parsed, [
                ...u.ref.path,
                'database',
                (0,rule/* isRecord */.u4)(u.ref.inst.database) && u.ref.inst.database.pool !== undefined ? 'pool' : 'host',
            ], 'error', 'connection-budget', `the PostgreSQL server at ${server.replace(/^pct:[^:]*:/, 'container ')} would need ${need} ` +
                (`connections during deploys (${parts}) but allows ${limit} (max_connections ${max} minus ` +
                    `${RESERVED_CONNECTIONS} reserved): lower database.pool or raise max_connections`)));
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/container-clashes.ts

// Several instances on one Proxmox host, each in its own container: a VMID is unique across a Proxmox cluster, and two
// containers with one static address take each other's traffic. Both are caught here, across every environment file,
// instead of by `pct create` failing (or worse, succeeding) on the node.
// Each value an instance claims for its container alone: the finding's rule, and why a second claim is wrong.
const CLAIMS = {
    vmid: {
        rule: 'vmid-clash',
        says: (value, first) => `container ${value} is already instance "${first.id}"'s (${(0,rule/* where */._M)(first)}): a VMID is unique across a ` +
            `Proxmox cluster; give each instance its own`,
    },
    address: {
        rule: 'address-clash',
        says: (value, first) => `address ${value} is already instance "${first.id}"'s container (${(0,rule/* where */._M)(first)}): two containers with ` +
            `one address take each other's traffic`,
    },
};
const containerClashes = (files) => {
    const findings = [];
    const claimed = { vmid: new Map(), address: new Map() };
    // The first instance to claim a value keeps it; each later one is an error at its own line.
    const claim = (field, value, ref) => {
        const first = claimed[field].get(value);
        if (!first)
            claimed[field].set(value, ref);
        else
            findings.push((0,rule.at)(ref.parsed, [...ref.path, 'container', field], 'error', CLAIMS[field].rule, CLAIMS[field].says(value, first)));
    };
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const c = (0,rule/* isRecord */.u4)(ref.inst.container) ? ref.inst.container : undefined;
        if (!c)
            continue;
        if (typeof c.vmid === 'number')
            claim('vmid', String(c.vmid), ref);
        const ip = typeof c.address === 'string' && c.address !== 'dhcp' ? c.address.split('/')[0] : undefined;
        if (ip)
            claim('address', ip, ref);
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/environment-name.ts


// Workflows find an environment by its file name; a file that says another name is usually a copy-paste slip.
const environmentMatchesFile = (files) => {
    const findings = [];
    const seen = new Map();
    for (const parsed of files) {
        const name = (0,rule/* isRecord */.u4)(parsed.data) ? parsed.data.environment : undefined;
        if (typeof name !== 'string')
            continue;
        const stem = (0,external_node_path_.basename)(parsed.file).replace(/\.ya?ml$/, '');
        if (stem !== name)
            findings.push((0,rule.at)(parsed, ['environment'], 'warning', 'environment-name', `environment "${name}" is in a file named ${(0,external_node_path_.basename)(parsed.file)}; name the file ${name}.yaml so ` +
                `workflows find it`));
        const prior = seen.get(name);
        if (prior)
            findings.push((0,rule.at)(parsed, ['environment'], 'error', 'duplicate-environment', `environment "${name}" is also defined in ${prior}`));
        else
            seen.set(name, parsed.file);
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/host-clashes.ts

const describeClaim = (c) => (c.slot ? `${c.owner} (${c.slot})` : c.owner);
function claimsOf(ref) {
    const claims = [];
    const add = (value, path, kind, owner, slot) => {
        if (typeof value === 'number')
            claims.push({ ref, path: [...ref.path, ...path], port: value, kind, owner, slot });
    };
    const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : {};
    const components = (0,rule/* isRecord */.u4)(app.components) ? app.components : {};
    for (const [name, c] of Object.entries(components)) {
        const listen = (0,rule/* isRecord */.u4)(c) && (0,rule/* isRecord */.u4)(c.listen) ? c.listen : undefined;
        if (listen?.type !== 'tcp')
            continue;
        for (const slot of ['blue', 'green'])
            add(listen[slot], ['app', 'components', name, 'listen', slot], 'component', `component ${name}`, slot);
    }
    const nginx = (0,rule/* isRecord */.u4)(ref.inst.nginx) ? ref.inst.nginx : undefined;
    if (nginx) {
        add(nginx.http_port ?? 80, ['nginx'], 'nginx', 'nginx (http)');
        if ((0,rule/* isRecord */.u4)(nginx.tls) && nginx.tls.enabled === true)
            add(nginx.https_port ?? 443, ['nginx'], 'nginx', 'nginx (https)');
    }
    const target = (0,rule/* isRecord */.u4)(ref.inst.target) ? ref.inst.target : {};
    for (const kind of ['postgres', 'redis']) {
        const svc = ref.inst[kind === 'postgres' ? 'database' : 'redis'];
        if (!(0,rule/* isRecord */.u4)(svc) || typeof svc.host !== 'string')
            continue;
        const local = (0,rule/* isLocalHost */.mJ)(svc.host) || svc.host === target.host;
        if (local)
            add(svc.port, [kind === 'postgres' ? 'database' : 'redis', 'port'], kind, kind === 'postgres' ? 'PostgreSQL' : 'Redis');
    }
    return claims;
}
/** nginx, PostgreSQL and Redis may be shared by several instances on one host; a component's port is its own. */
function clash(a, b) {
    if (a.port !== b.port)
        return false;
    if (a.kind === 'component' || b.kind === 'component')
        return true;
    return a.kind !== b.kind;
}
// Port, slot and server-name clashes between instances, slots and components that share a host.
const hostClashes = (files) => {
    const findings = [];
    const byHost = new Map();
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const host = (0,rule/* hostKey */._9)(ref.inst);
        if (!host)
            continue;
        const entry = byHost.get(host) ?? { claims: [], names: new Map() };
        byHost.set(host, entry);
        for (const claim of claimsOf(ref)) {
            const prior = entry.claims.find((p) => clash(p, claim));
            if (prior) {
                const same = prior.ref === ref;
                const blueIsGreen = same && prior.owner === claim.owner;
                const message = blueIsGreen
                    ? `${claim.owner} uses port ${claim.port} for both blue and green: each slot needs its own port`
                    : `port ${claim.port} of ${describeClaim(claim)} is already used by ` +
                        (`${same ? '' : `instance "${prior.ref.id}" `}${describeClaim(prior)} (${(0,rule/* where */._M)(prior.ref)}) on ` +
                            `${(0,rule/* hostLabel */.vy)(host)}`);
                findings.push((0,rule.at)(ref.parsed, claim.path, 'error', blueIsGreen ? 'blue-equals-green' : 'port-clash', message));
            }
            entry.claims.push(claim);
        }
        const names = (0,rule/* isRecord */.u4)(ref.inst.nginx) && Array.isArray(ref.inst.nginx.server_names) ? ref.inst.nginx.server_names : [];
        names.forEach((name, i) => {
            if (typeof name !== 'string')
                return;
            const prior = entry.names.get(name.toLowerCase());
            if (prior && prior !== ref) {
                findings.push((0,rule.at)(ref.parsed, [...ref.path, 'nginx', 'server_names', i], 'error', 'server-name-clash', `server name "${name}" is already served by instance "${prior.id}" (${(0,rule/* where */._M)(prior)}) on ` +
                    `${(0,rule/* hostLabel */.vy)(host)}: nginx would send all its traffic to one of them`));
            }
            else
                entry.names.set(name.toLowerCase(), ref);
        });
    }
    return findings;
};

// EXTERNAL MODULE: ./src/presets/sizes.ts
var sizes = __webpack_require__(90698);
// EXTERNAL MODULE: ./src/render/tuning.ts
var tuning = __webpack_require__(82615);
;// CONCATENATED MODULE: ./src/validate/rules/memory-fit.ts



// During a deploy both slots run at once, and a build may run beside them: when that does not fit the container, the
// kernel's OOM killer picks a process, perhaps PostgreSQL. Counted from what the environment declares.
const SYSTEM_MIB = 128;
const memoryFit = (files, ctx) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const container = (0,rule/* isRecord */.u4)(ref.inst.container) ? ref.inst.container : undefined;
        const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : undefined;
        const components = app && (0,rule/* isRecord */.u4)(app.components) ? Object.values(app.components).filter(rule/* isRecord */.u4) : [];
        const limits = components.map((c) => typeof c.memory_max === 'string' ? ((0,sizes/* sizeBytes */.Vv)(c.memory_max) ?? 0) / 1048576 : 0);
        if (!container || typeof container.memory !== 'number' || !limits.some((l) => l > 0))
            continue;
        const memory = container.memory;
        const slot = limits.reduce((a, b) => a + b, 0);
        const build = (0,rule/* presetOf */.jE)(ref, ctx)?.build_memory ?? 0;
        const db = (0,rule/* isRecord */.u4)(ref.inst.database) ? ref.inst.database : undefined;
        const redis = (0,rule/* isRecord */.u4)(ref.inst.redis) ? ref.inst.redis : undefined;
        // A tuned PostgreSQL is given a quarter of the container (database.tune); an untuned one is counted at the floor.
        const postgres = db && (0,rule/* isLocalHost */.mJ)(db.host) ? (db.tune === true ? (0,tuning/* postgresShareMib */.$o)(memory) : tuning/* POSTGRES_FLOOR_MIB */.cr) : 0;
        // provision gives a local Redis an eighth of the container's memory as maxmemory.
        const redisMib = redis && (0,rule/* isLocalHost */.mJ)(redis.host) ? (0,tuning/* redisMaxmemoryMib */.H)(memory) : 0;
        const need = 2 * slot + build + postgres + redisMib + SYSTEM_MIB;
        if (need <= memory)
            continue;
        const parts = [
            `blue and green 2 x ${slot}`,
            build ? `build ${build}` : '',
            postgres ? `PostgreSQL ${postgres}` : '',
            redisMib ? `Redis ${redisMib}` : '',
            `system ${SYSTEM_MIB}`,
        ].filter(Boolean);
        findings.push((0,rule.at)(ref.parsed, [...ref.path, 'container', 'memory'], 'error', 'memory-fit', `both slots do not fit during a deploy: it needs ${need} MiB (${parts.join(', ')}) and the ` +
            `container has ${memory}: raise container.memory or lower the components' memory_max`));
    }
    return findings;
};
/** Tuning is sized from the instance's container and written into it: a server elsewhere is not provision's to tune. */
const tuningNeedsContainer = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        for (const [key, what] of [
            ['database', 'PostgreSQL'],
            ['redis', 'Redis'],
        ]) {
            const section = ref.inst[key];
            if (!(0,rule/* isRecord */.u4)(section) || section.tune !== true)
                continue;
            const why = !(0,rule/* isRecord */.u4)(ref.inst.container)
                ? 'the instance has no container section to size it from'
                : !(0,rule/* isLocalHost */.mJ)(section.host)
                    ? `${what} at ${String(section.host)} is not in the instance's container`
                    : '';
            if (why)
                findings.push((0,rule.at)(ref.parsed, [...ref.path, key, 'tune'], 'error', 'tuning', `${key}.tune: ${why}; tune that server where it runs, or remove tune`));
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/preset-checks.ts


const absolutePaths = (ref, preset, config) => preset.config.absolute_paths.flatMap((key) => {
    const e = config.get(key);
    if (!e || typeof e.value !== 'string' || e.value.startsWith('/'))
        return [];
    return [
        (0,rule.at)(ref.parsed, configPath(ref, e.written), 'error', 'absolute-path', `${key} must be an absolute path on persistent storage: "${e.value}" is relative to the release ` +
            `directory, so its data would be left behind by the next release`),
    ];
});
const needsRedis = (ref, preset, config) => Object.entries(preset.config.needs_redis).flatMap(([key, value]) => {
    const e = config.get(key);
    if (!e || String(e.value).toLowerCase() !== value || (0,rule/* isRecord */.u4)(ref.inst.redis))
        return [];
    return [
        (0,rule.at)(ref.parsed, configPath(ref, e.written), 'error', 'needs-redis', `${key}: ${value} needs Redis, but the instance has no redis section: add one (slotflip then sets ` +
            `redis.enabled, redis.host as host:port and redis.db)`),
    ];
});
const publicUrl = (ref, preset, config) => {
    const e = preset.config.public_url ? config.get(preset.config.public_url) : undefined;
    const nginx = (0,rule/* isRecord */.u4)(ref.inst.nginx) ? ref.inst.nginx : undefined;
    if (!e || !nginx)
        return [];
    const names = Array.isArray(nginx.server_names) ? nginx.server_names.map(String) : [];
    const scheme = (0,rule/* isRecord */.u4)(nginx.tls) && nginx.tls.enabled === true ? 'https' : 'http';
    const m = typeof e.value === 'string' ? /^(https?):\/\/([^/:]+)(:\d+)?(\/.*)?$/.exec(e.value) : null;
    const fail = (why) => [
        (0,rule.at)(ref.parsed, configPath(ref, e.written), 'error', 'public-url', `${preset.config.public_url} ${why} (leave it out: slotflip derives ` +
            `${scheme}://${names[0] ?? '<server name>'}/ from the nginx site)`),
    ];
    if (!m)
        return fail('must be a URL with its scheme, such as https://tasks.example.com/');
    if (m[1] !== scheme)
        return fail(`says ${m[1]} but the site serves ${scheme}`);
    if (!names.includes(m[2]))
        return fail(`names ${m[2]}, which is not one of the site's server names (${names.join(', ')})`);
    return [];
};
const sharedSecret = (ref, preset) => {
    const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : {};
    if (!preset.secret?.required || app.shared_secret !== undefined)
        return [];
    return [
        (0,rule.at)(ref.parsed, [...ref.path, 'app'], 'error', 'shared-secret', `${preset.app} signs sessions with ${preset.secret.key}; without one it makes a new one at every ` +
            (`start, so at each deploy ${preset.secret.on_change ?? 'everyone is signed out'}: name a secret in ` +
                `app.shared_secret`), 'key'),
    ];
};
const corsOrigins = (ref, preset, config) => {
    const e = preset.config.cors_origins ? config.get(preset.config.cors_origins) : undefined;
    if (!e || !Array.isArray(e.value) || !e.value.includes('*'))
        return [];
    const production = (0,rule/* isRecord */.u4)(ref.parsed.data) && ref.parsed.data.environment === 'production';
    return [
        (0,rule.at)(ref.parsed, configPath(ref, e.written), production ? 'error' : 'warning', 'cors-origins', `${preset.config.cors_origins} allows any origin (*)${production ? ' in production' : ''}: list the ` +
            `origins that may call the API, with their scheme`),
    ];
};
const postgresVersion = (ref, preset) => {
    const db = (0,rule/* isRecord */.u4)(ref.inst.database) ? ref.inst.database : undefined;
    const v = db?.server_version;
    if (!preset.postgres || typeof v !== 'number')
        return [];
    const { min, max } = preset.postgres;
    if (v >= min && (max === undefined || v <= max))
        return [];
    return [
        (0,rule.at)(ref.parsed, [...ref.path, 'database', 'server_version'], 'error', 'postgres-version', `${preset.app} ${preset.version} supports PostgreSQL ${min}${max ? `-${max}` : ' or newer'}, and this ` +
            `server is ${v}: its migrations would fail on it`),
    ];
};

;// CONCATENATED MODULE: ./src/validate/rules/preset-rules.ts





/** The key list belongs to one release: another release may have renamed or dropped keys. */
const pinnedRelease = (ref, preset) => {
    const release = (0,rule/* isRecord */.u4)(ref.inst.app) && (0,rule/* isRecord */.u4)(ref.inst.app.release) ? ref.inst.app.release : undefined;
    // Only a preset that lists the app's config keys is tied to one release; the others serve every release.
    if (!release ||
        typeof release.version !== 'string' ||
        release.version === preset.version ||
        Object.keys(preset.config.keys).length === 0)
        return [];
    const older = preset.older[release.version.toLowerCase()];
    if (older !== undefined)
        return [
            (0,rule.at)(ref.parsed, [...ref.path, 'app', 'release', 'version'], 'warning', 'preset-version', `${preset.app} ${release.version} is older than the ${preset.version} the preset describes: ${older}`),
        ];
    return [
        (0,rule.at)(ref.parsed, [...ref.path, 'app', 'release', 'version'], 'error', 'preset-version', `templates/${preset.app}/preset.yaml describes ${preset.app} ${preset.version}, and this release is ` +
            `${release.version}: update the preset (its version and key list) together with the release`),
    ];
};
const uploadLimit = (ref, preset) => {
    const nginx = (0,rule/* isRecord */.u4)(ref.inst.nginx) ? ref.inst.nginx : undefined;
    const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : {};
    const upload = (0,sizes/* maxUpload */.ye)(preset, app.config);
    const body = nginx ? (0,sizes/* sizeBytes */.Vv)(nginx.client_max_body_size) : undefined;
    if (upload === undefined || body === undefined || body >= upload)
        return [];
    return [
        (0,rule.at)(ref.parsed, [...ref.path, 'nginx', 'client_max_body_size'], 'error', 'upload-limit', `nginx refuses bodies over ${String(nginx.client_max_body_size)}, but ${preset.app} accepts uploads ` +
            (`up to ${(0,sizes/* nginxSize */.ku)(upload)} (${preset.config.max_upload.key}): larger uploads would fail with 413; raise ` +
                `it or leave it out (slotflip derives it)`)),
    ];
};
/** Backups archive backups.files_dir: it must be the directory the app writes its files to, or a restore loses them. */
const backedUpFiles = (ref, preset, config) => {
    const e = preset.config.data_dir ? config.get(preset.config.data_dir) : undefined;
    const backups = (0,rule/* isRecord */.u4)(ref.inst.backups) ? ref.inst.backups : undefined;
    if (!e || typeof e.value !== 'string' || !backups || backups.files_dir === e.value)
        return [];
    const why = backups.files_dir === undefined
        ? 'backups.files_dir is not set, so backups leave them out'
        : `backups archive ${String(backups.files_dir)} instead`;
    return [
        (0,rule.at)(ref.parsed, configPath(ref, e.written), 'error', 'backup-files', `${preset.app} writes its files to ${e.value}, but ${why}: set backups.files_dir to ${e.value}`),
    ];
};
/**
 * The preset's smoke flow runs only where the app lets it (Vikunja's registers a user: registration open, no mailer).
 */
const smokeSettings = (ref, preset, config) => {
    if (!preset.smoke || ref.inst.smoke !== undefined)
        return [];
    return Object.entries(preset.smoke_needs).flatMap(([key, need]) => {
        const e = config.get(key);
        const value = e ? e.value : need.default;
        if (value === need.value)
            return [];
        const where = e ? configPath(ref, e.written) : [...ref.path, 'app'];
        return [
            (0,rule.at)(ref.parsed, where, 'error', 'smoke-settings', `${key} is ${JSON.stringify(value)}${e ? '' : ` (${preset.app}'s default)`}, and the ${preset.app} ` +
                (`preset's smoke flow needs ${JSON.stringify(need.value)}: ${need.why}. Give the instance its own smoke: ` +
                    `(requests that work here, such as read-only ones) or smoke: false`), e ? 'value' : 'key'),
        ];
    });
};
const CHECKS = [
    smokeSettings,
    pinnedRelease,
    uploadLimit,
    backedUpFiles,
    absolutePaths,
    needsRedis,
    publicUrl,
    sharedSecret,
    corsOrigins,
    postgresVersion,
];
const presetRules = (files, ctx) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const preset = (0,rule/* presetOf */.jE)(ref, ctx);
        if (!preset)
            continue;
        const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : {};
        const config = new Map((0,config_walk/* configEntries */.ls)(app.config, preset).map((e) => [e.key, e]));
        for (const check of CHECKS)
            findings.push(...check(ref, preset, config));
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/instance-ids.ts

// Instance ids name directories, units and sockets on hosts: two instances with one id would overwrite each other.
const duplicateInstanceIds = (files) => {
    const first = new Map();
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        if (typeof ref.inst.id !== 'string')
            continue;
        const prior = first.get(ref.id);
        if (!prior) {
            first.set(ref.id, ref);
            continue;
        }
        findings.push((0,rule.at)(ref.parsed, [...ref.path, 'id'], 'error', 'duplicate-instance', `instance id "${ref.id}" is already used at ${(0,rule/* where */._M)(prior)}; instance ids must be unique across all ` +
            `environments`));
    }
    return findings;
};

// EXTERNAL MODULE: ./src/host/smoke-words.ts
var smoke_words = __webpack_require__(84819);
;// CONCATENATED MODULE: ./src/validate/rules/references.ts


// The seed's "undefined network" blocker, in our terms: a name used in one place and never defined where it must be.
const undefinedReferences = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : {};
        const components = (0,rule/* isRecord */.u4)(app.components) ? Object.keys(app.components) : [];
        const defined = components.length ? `defined: ${components.join(', ')}` : 'none are defined';
        const check = (value, path) => {
            if (typeof value === 'string' && !components.includes(value)) {
                findings.push((0,rule.at)(ref.parsed, [...ref.path, ...path], 'error', 'undefined-component', `component "${value}" is not defined in app.components (${defined})`));
            }
        };
        const locations = (0,rule/* isRecord */.u4)(ref.inst.nginx) && Array.isArray(ref.inst.nginx.locations) ? ref.inst.nginx.locations : [];
        locations.forEach((loc, i) => (0,rule/* isRecord */.u4)(loc) && check(loc.component, ['nginx', 'locations', i, 'component']));
        if ((0,rule/* isRecord */.u4)(ref.inst.smoke) && Array.isArray(ref.inst.smoke.steps)) {
            const problem = (0,smoke_words/* checkSmokeVariables */.D5)(ref.inst.smoke);
            if (problem)
                findings.push((0,rule.at)(ref.parsed, [...ref.path, 'smoke'], 'error', 'smoke-variable', problem, 'key'));
            check(ref.inst.smoke.component, ['smoke', 'component']);
        }
        const checks = (0,rule/* isRecord */.u4)(ref.inst.health) && Array.isArray(ref.inst.health.checks) ? ref.inst.health.checks : [];
        checks.forEach((c, i) => {
            if (!(0,rule/* isRecord */.u4)(c))
                return;
            check(c.component, ['health', 'checks', i, 'component']);
            for (const kind of ['postgres', 'redis']) {
                const section = kind === 'postgres' ? 'database' : 'redis';
                if (c.type === kind && !(0,rule/* isRecord */.u4)(ref.inst[section])) {
                    findings.push((0,rule.at)(ref.parsed, [...ref.path, 'health', 'checks', i, 'type'], 'error', 'undefined-service', `a ${kind} health check needs the instance's "${section}" section, which is missing`));
                }
            }
        });
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/promotion.ts

// `promote_from: staging` makes an environment deploy only what the other one pins: each instance's release (version
// and sha256) must be pinned by an instance of the same app there. Production then gets the exact archive staging
// ran, byte for byte; the deploy workflow deploys promoted environments after the others (deploy.yml).
const release = (inst) => {
    const app = (0,rule/* isRecord */.u4)(inst.app) ? inst.app : {};
    const r = (0,rule/* isRecord */.u4)(app.release) ? app.release : {};
    return { app: String(app.name ?? ''), version: String(r.version ?? ''), sha256: String(r.sha256 ?? '') };
};
const promotedReleases = (files, ctx) => {
    const findings = [];
    const all = (0,rule/* instancesOf */.sG)([...files, ...(ctx.context ?? [])]);
    for (const parsed of files) {
        const from = (0,rule/* isRecord */.u4)(parsed.data) ? parsed.data.promote_from : undefined;
        if (typeof from !== 'string')
            continue;
        const source = [...files, ...(ctx.context ?? [])].find((f) => (0,rule/* isRecord */.u4)(f.data) && f.data.environment === from);
        if (!source) {
            findings.push((0,rule.at)(parsed, ['promote_from'], 'error', 'promotion', `environment "${from}" is neither among the files validated with this one nor in ${from}.yaml ` +
                `beside it: add ${from}.yaml there, or validate the folder that holds it`));
            continue;
        }
        const pinned = all.filter((r) => r.parsed === source).map((r) => release(r.inst));
        for (const ref of all.filter((r) => r.parsed === parsed)) {
            const mine = release(ref.inst);
            if (pinned.some((p) => p.app === mine.app && p.version === mine.version && p.sha256 === mine.sha256))
                continue;
            const there = pinned
                .filter((p) => p.app === mine.app)
                .map((p) => `${p.version} (sha256 ${p.sha256.slice(0, 12)}…)`);
            findings.push((0,rule.at)(parsed, [...ref.path, 'app', 'release'], 'error', 'promotion', `${ref.id}: release ${mine.version} (sha256 ${mine.sha256.slice(0, 12)}…) is not what ${from} ` +
                (`runs${there.length ? `: ${from} pins ${there.join(', ')}` : `: ${from} has no ${mine.app} instance`}; ` +
                    `deploy it to ${from} first, then pin the same version and sha256 here`)));
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/release-pin.ts

// Digests that were written by hand and never computed from an archive: the one the examples once carried (first
// written for a URL that served nothing), a counting one and all zeros. A deploy would fail on the host at the
// download;
// said here, the pull request shows the command that pins the real one.
const PLACEHOLDERS = new Set([
    '6f1e9a52c2b8a7d2f0e4c1b3a5d7e9f0a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2',
    '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
]);
const isFiller = (s) => /^0{64}$/.test(s) || PLACEHOLDERS.has(s);
/** A release downloaded from a URL is pinned by the sha256 of the archive itself, which `slotflip pin` writes. */
const releasePinned = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const release = (0,rule/* isRecord */.u4)(ref.inst.app) && (0,rule/* isRecord */.u4)(ref.inst.app.release) ? ref.inst.app.release : undefined;
        if (release?.source !== 'url' || typeof release.url !== 'string')
            continue;
        const pin = `run \`slotflip pin ${ref.parsed.file}\` (it downloads the archive, checks the publisher's ` +
            `signature and writes its sha256 here)`;
        if (release.sha256 === undefined) {
            findings.push((0,rule.at)(ref.parsed, [...ref.path, 'app', 'release'], 'error', 'release-unpinned', `${ref.id}'s release ${String(release.version)} names no sha256: a download cannot be checked; ${pin}`, 'key'));
        }
        else if (typeof release.sha256 === 'string' && isFiller(release.sha256)) {
            findings.push((0,rule.at)(ref.parsed, [...ref.path, 'app', 'release', 'sha256'], 'error', 'release-unpinned', `this sha256 is a placeholder, not the digest of any archive; ${pin}`));
        }
    }
    return findings;
};

// EXTERNAL MODULE: ./src/secrets/name.ts
var secrets_name = __webpack_require__(60502);
;// CONCATENATED MODULE: ./src/validate/rules/secret-refs.ts



// The schema constrains every *_secret field; app.config is free-form (the app's own settings), so its
// { secret: NAME } references are held to the same pattern here. A name like "../id_ed25519" would otherwise be joined
// to the secrets directory and ship whatever file it reaches into the host's app.env.
const secretReferenceNames = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const app = (0,rule/* isRecord */.u4)(ref.inst.app) ? ref.inst.app : undefined;
        if (!app)
            continue;
        for (const s of (0,config_walk/* configSecrets */.Uf)(app.config)) {
            if ((0,secrets_name/* isSecretName */.eh)(s.name))
                continue;
            findings.push((0,rule.at)(ref.parsed, [...ref.path, 'app', 'config', ...s.written, 'secret'], 'error', 'secret-name', `${JSON.stringify(s.name)} is not a secret's name: write ${secrets_name/* SECRET_NAME_RULE */.yc} (slotflip reads ` +
                `SLOTFLIP_SECRET_<NAME> or <secrets-dir>/<NAME>, never a path)`));
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/tls.ts

// nginx refuses to start with `ssl` and no certificate; catch it in the pull request instead of on the host.
const tlsNeedsFiles = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const tls = (0,rule/* isRecord */.u4)(ref.inst.nginx) && (0,rule/* isRecord */.u4)(ref.inst.nginx.tls) ? ref.inst.nginx.tls : undefined;
        if (!tls || tls.enabled !== true)
            continue;
        for (const key of ['certificate', 'key']) {
            if (tls[key] === undefined) {
                findings.push((0,rule.at)(ref.parsed, [...ref.path, 'nginx', 'tls'], 'error', 'tls-files', `TLS is enabled but nginx.tls.${key} is missing: give the absolute path of the ` +
                    `${key === 'key' ? 'private key' : 'certificate (full chain)'} file on the target`));
            }
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/unpinned-host.ts

// An instance slotflip provisions may be committed before its container exists, so before its host key can be known:
// the schema lets it through, and this says in the pull request that deploys refuse it until the key is pinned.
const unpinnedHost = (files) => {
    const findings = [];
    for (const ref of (0,rule/* instancesOf */.sG)(files)) {
        const target = (0,rule/* isRecord */.u4)(ref.inst.target) ? ref.inst.target : undefined;
        if (!(0,rule/* isRecord */.u4)(ref.inst.container) || target?.transport !== 'ssh' || target.host_keys !== undefined)
            continue;
        findings.push((0,rule.at)(ref.parsed, [...ref.path, 'target'], 'warning', 'unpinned-host', `${ref.id} pins no host key: deploys refuse to connect until target.host_keys holds the container's ` +
            `fingerprint, which \`slotflip provision\` prints`, 'key'));
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/validate/rules/index.ts














const RULES = [
    duplicateInstanceIds,
    hostClashes,
    undefinedReferences,
    tlsNeedsFiles,
    environmentMatchesFile,
    promotedReleases,
    unpinnedHost,
    appConfigKeys,
    presetRules,
    memoryFit,
    tuningNeedsContainer,
    connectionBudget,
    containerClashes,
    secretReferenceNames,
    releasePinned,
];

// EXTERNAL MODULE: ./src/validate/job-secrets.ts
var job_secrets = __webpack_require__(90389);
// EXTERNAL MODULE: ./src/presets/load.ts + 1 modules
var load = __webpack_require__(92619);
;// CONCATENATED MODULE: ./src/presets/defaults.ts
// A preset's defaults sit under each instance of its app: the instance's own values win, a map is merged key by key,
// a list or a scalar is replaced whole. Applied to the parsed data before the schema check, so an environment names
// only what is its own (a server name, its secrets) and a finding in a default points at the instance that uses it.
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function underDefaults(defaults, own) {
    const out = structuredClone(defaults);
    for (const [k, v] of Object.entries(own))
        out[k] = isRecord(v) && isRecord(out[k]) ? underDefaults(out[k], v) : v;
    return out;
}
/** The parsed file with each instance of an app that has a preset with defaults placed over them (a new object). */
function withPresetDefaults(parsed, presets) {
    const data = parsed.data;
    if (!isRecord(data) || !Array.isArray(data.instances))
        return parsed;
    let changed = false;
    const instances = data.instances.map((inst) => {
        const app = isRecord(inst) && isRecord(inst.app) ? inst.app.name : undefined;
        const defaults = typeof app === 'string' ? presets.get(app)?.defaults : undefined;
        if (!defaults || !isRecord(inst))
            return inst;
        changed = true;
        return underDefaults(defaults, inst);
    });
    return changed ? { ...parsed, data: { ...data, instances } } : parsed;
}
/** The app names a parsed file's instances use. */
function appsOf(parsed) {
    const data = parsed?.data;
    if (!isRecord(data) || !Array.isArray(data.instances))
        return [];
    return data.instances.flatMap((i) => isRecord(i) && isRecord(i.app) && typeof i.app.name === 'string' ? [i.app.name] : []);
}

// EXTERNAL MODULE: ./src/config/schema.ts + 2 modules
var schema = __webpack_require__(56897);
;// CONCATENATED MODULE: ./src/config/schema-findings.ts



// Keys that hold a secret's value in other tools; here they are always a mistake.
const LITERAL_SECRET_KEY = /(^|_)(password|passwd|secret|token|private_key|api_key|apikey|jwtsecret)$/i;
// `then` subschemas mapped to their `if`, so a conditional requirement can say its condition. ajv hands us the
// very objects of the schema (parentSchema), so identity lookups work.
const conditionOfThen = new WeakMap();
(function index(node, owner) {
    if (!node || typeof node !== 'object')
        return;
    const s = node;
    const titled = typeof s.title === 'string' ? s : owner;
    if (s.if && s.then && typeof s.then === 'object')
        conditionOfThen.set(s.then, { condition: s.if, owner: titled });
    for (const v of Object.values(s))
        index(v, titled);
})(schema/* environmentSchema */.VW, schema/* environmentSchema */.VW);
/** "(required when transport is ssh)": read from the schema's own if/then. */
function conditionOf(thenSchema) {
    const cond = conditionOfThen.get(thenSchema)?.condition;
    const props = (cond?.properties ?? {});
    const parts = Object.entries(props)
        .filter(([, s]) => s.const !== undefined)
        .map(([k, s]) => `${k} is ${String(s.const)}`);
    return parts.length ? ` (required when ${parts.join(' and ')})` : '';
}
// What to do about a missing key, where the bare fact is not enough.
const REQUIRED_HINTS = {
    'Redis.port': 'the port is always explicit: Vikunja fails with "missing port in address" without it (e.g. port: 6379)',
    'Target.host_keys': 'pin the host key: `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the host prints it; slotflip ' +
        'never trusts a key on first use',
};
function shown(value) {
    const s = JSON.stringify(value) ?? String(value);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value}`;
}
function describe(e) {
    const path = (0,locate/* pointerToPath */.ox)(e.instancePath);
    const parent = (e.parentSchema ?? {});
    switch (e.keyword) {
        case 'if':
        case 'propertyNames':
            return undefined; // the nested errors say it better
        case 'required': {
            const key = String(e.params.missingProperty);
            const owner = conditionOfThen.get(parent)?.owner ?? parent;
            const hint = REQUIRED_HINTS[`${String(owner?.title)}.${key}`];
            return {
                path,
                at: 'value',
                rule: 'schema',
                message: `missing required key "${key}"${conditionOf(parent)}${hint ? `: ${hint}` : ''}`,
            };
        }
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const allowed = Object.keys((parent.properties ?? {}));
            const where = [...path, key];
            if (LITERAL_SECRET_KEY.test(key)) {
                const ref = allowed.find((k) => k.endsWith('_secret'));
                const hint = ref ? `name the secret with "${ref}: NAME"` : 'name secrets in the fields ending in _secret';
                return {
                    path: where,
                    at: 'key',
                    rule: 'literal-secret',
                    message: `"${key}" would hold a secret's value, which never belongs in an environment file: ` +
                        `${hint} and provide its value as SLOTFLIP_SECRET_NAME`,
                };
            }
            const guess = (0,suggest/* didYouMean */.a)(key, allowed);
            const hint = guess ? `did you mean "${guess}"?` : `expected one of: ${allowed.join(', ')}`;
            return { path: where, at: 'key', rule: 'unknown-key', message: `unknown key "${key}"; ${hint}` };
        }
        case 'enum': {
            const allowed = (e.params.allowedValues ?? []).map(String);
            const guess = typeof e.data === 'string' ? (0,suggest/* didYouMean */.a)(e.data, allowed) : undefined;
            return {
                path,
                at: 'value',
                rule: 'schema',
                message: `must be one of ${allowed.join(', ')}; got ` +
                    `${shown(e.data)}${guess ? ` (did you mean "${guess}"?)` : ''}`,
            };
        }
        case 'const':
            return {
                path,
                at: 'value',
                rule: 'schema',
                message: `must be ${shown(e.params.allowedValue)}; got ${shown(e.data)}`,
            };
        case 'type': {
            const wanted = String(e.params.type);
            const article = wanted === 'object' ? 'a mapping' : wanted === 'array' ? 'a list' : `a ${wanted}`;
            return { path, at: 'value', rule: 'schema', message: `must be ${article}, got ${typeName(e.data)}` };
        }
        case 'pattern': {
            const name = e.propertyName;
            const text = typeof parent.patternErrorMessage === 'string'
                ? parent.patternErrorMessage
                : `must match ${String(parent.pattern)}`;
            if (name !== undefined)
                return { path: [...path, name], at: 'key', rule: 'schema', message: `key "${name}" ${text}` };
            if (parent.title === 'Hostname' && typeof e.data === 'string' && /^[^:\s]+:[0-9]+$/.test(e.data)) {
                const [host, port] = e.data.split(':');
                return {
                    path,
                    at: 'value',
                    rule: 'host-with-port',
                    message: `must not include a port: write host: ${host} and port: ${port} (Vikunja fails with ` +
                        `"missing port in address" when they are mixed up)`,
                };
            }
            if (parent.title === 'SecretName') {
                // Never echo what may be a real secret.
                return {
                    path,
                    at: 'value',
                    rule: 'literal-secret',
                    message: `${text}. If this is the secret itself, remove it from the file now and rotate it: it is ` +
                        `in git history`,
                };
            }
            return { path, at: 'value', rule: 'schema', message: `${text}; got ${shown(e.data)}` };
        }
        default:
            return { path, at: 'value', rule: 'schema', message: e.message ?? `fails ${e.keyword}` };
    }
}
/** Checks one parsed file against the schema and reports every error at its line. */
async function checkSchema(parsed) {
    if ((0,schema/* environmentValidator */.AP)()(parsed.data))
        return { ok: true, env: parsed.data, findings: [] };
    // A file with errors is checked again by a validator compiled here from the schema itself: its errors hand back the
    // schema's own objects, which the messages look up (a conditional requirement names its condition).
    const validate = await (0,schema/* describingValidator */.ND)();
    validate(parsed.data);
    const seen = new Set();
    const findings = [];
    for (const e of validate.errors ?? []) {
        const d = describe(e);
        if (!d)
            continue;
        const key = `${(0,locate/* formatPath */.jV)(d.path)}|${d.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        findings.push({
            file: parsed.file,
            ...(0,locate/* locate */.x5)(parsed, d.path, d.at),
            severity: 'error',
            path: (0,locate/* formatPath */.jV)(d.path),
            rule: d.rule,
            message: d.message,
        });
    }
    return { ok: false, findings };
}

;// CONCATENATED MODULE: ./src/validate/validate.ts













async function loadParsed(file) {
    const read = await (0,config_read/* readEnvironmentFile */.S0)(file);
    if (!read.ok)
        return { findings: [read.finding] };
    const result = (0,parse/* parseEnvironmentYaml */.G)(file, read.text);
    return result.ok ? { parsed: result.parsed, findings: result.findings } : { findings: result.findings };
}
async function missingSecrets(parsed, source, unused) {
    const findings = [];
    const checked = new Map();
    for (const ref of (0,job_secrets/* secretRefsFor */.wK)(parsed.data, unused)) {
        if (typeof ref.name !== 'string')
            continue;
        const found = checked.get(ref.name) ?? (await (0,lookup/* lookupSecret */.b)(ref.name, source));
        checked.set(ref.name, found);
        if (!found.ok) {
            findings.push({
                file: parsed.file,
                ...(0,locate/* locate */.x5)(parsed, ref.path),
                severity: 'error',
                path: (0,locate/* formatPath */.jV)(ref.path),
                rule: 'missing-secret',
                message: `secret ${ref.name} ${found.reason}`,
            });
        }
    }
    return findings;
}
/**
 * A file with thousands of findings is one mistake repeated (or not an environment file): its first ones are enough.
 */
const MAX_FINDINGS_PER_FILE = 200;
function capPerFile(sorted) {
    const counts = new Map();
    for (const f of sorted)
        counts.set(f.file, (counts.get(f.file) ?? 0) + 1);
    if (![...counts.values()].some((n) => n > MAX_FINDINGS_PER_FILE))
        return sorted;
    const out = [];
    const seen = new Map();
    for (const f of sorted) {
        const n = (seen.get(f.file) ?? 0) + 1;
        seen.set(f.file, n);
        if (n <= MAX_FINDINGS_PER_FILE)
            out.push(f);
        else if (n === MAX_FINDINGS_PER_FILE + 1) {
            const rest = counts.get(f.file) - MAX_FINDINGS_PER_FILE;
            const errors = sorted
                .filter((x) => x.file === f.file)
                .slice(MAX_FINDINGS_PER_FILE)
                .some((x) => x.severity === 'error');
            out.push({
                ...f,
                severity: errors ? 'error' : 'warning',
                path: '',
                rule: 'too-many-findings',
                message: `${rest} more finding${rest === 1 ? '' : 's'} in this file from here on are not listed ` +
                    `(the first ${MAX_FINDINGS_PER_FILE} are): fix those and run again`,
            });
        }
    }
    return out;
}
/**
 * The environments that files of this run promote from but that are not among them, read from beside each file
 * (`<dir>/<name>.yaml`): only for the promotion rule, their own findings are not this run's.
 */
async function promotionSources(files, parsed) {
    const present = new Set(parsed.map((p) => (p && (0,rule/* isRecord */.u4)(p.data) ? p.data.environment : undefined)));
    const out = [];
    for (const [i, p] of parsed.entries()) {
        const from = p && (0,rule/* isRecord */.u4)(p.data) ? p.data.promote_from : undefined;
        if (typeof from !== 'string' || present.has(from) || !/^[a-z0-9][a-z0-9-]*$/.test(from))
            continue;
        const sibling = (await loadParsed((0,external_node_path_.join)((0,external_node_path_.dirname)(files[i]), `${from}.yaml`))).parsed;
        if (sibling) {
            out.push(sibling);
            present.add(from);
        }
    }
    return out;
}
/** Validates every environment file of a run: reading, YAML, schema, rules across all files, secrets, risky changes. */
async function validateEnvironments(req) {
    const discovery = await (0,config_read/* discoverEnvironmentFiles */.cw)(req.paths);
    const findings = [...discovery.findings];
    const parsedFiles = [];
    const environments = new Map();
    // Files are read concurrently (I/O waits overlap); everything after reading is CPU work, done in order.
    const loaded = await Promise.all(discovery.files.map(loadParsed));
    // The apps' presets first: their defaults sit under each instance before the schema sees it.
    const presets = await (0,load/* loadPresets */.V)(req.templatesDir ?? 'templates', loaded.flatMap((l) => appsOf(l.parsed)));
    const ctx = {
        presets: presets.presets,
        brokenPresets: presets.broken,
        context: await promotionSources(discovery.files, loaded.map((l) => l.parsed)),
    };
    // The base branch's files are read with the base branch's presets: a preset default the pull request changes (a
    // command, say) is then a change too, not the same on both sides.
    const templates = req.templatesDir ?? 'templates';
    const basePresets = req.baseDir !== undefined && !(0,external_node_path_.isAbsolute)(templates)
        ? (await (0,load/* loadPresets */.V)((0,external_node_path_.join)(req.baseDir, templates), loaded.flatMap((l) => appsOf(l.parsed)))).presets
        : presets.presets;
    for (const [i, file] of discovery.files.entries()) {
        const { parsed: read, findings: fileFindings } = loaded[i];
        findings.push(...fileFindings);
        if (!read)
            continue;
        const parsed = withPresetDefaults(read, presets.presets);
        parsedFiles.push(parsed);
        const schema = await checkSchema(parsed);
        findings.push(...schema.findings);
        if (schema.ok)
            environments.set(file, schema.env);
        if (req.secrets)
            findings.push(...(await missingSecrets(parsed, req.secrets, req.unusedSecretFields ?? (0,job_secrets/* unreadSecretFields */.Vf)('deploy'))));
        if (req.baseDir !== undefined) {
            const base = await loadParsed((0,external_node_path_.join)(req.baseDir, file));
            findings.push(...riskyChanges(parsed, base.parsed && withPresetDefaults(base.parsed, basePresets)));
        }
    }
    for (const rule of RULES)
        findings.push(...rule(parsedFiles, ctx));
    findings.sort(finding/* byLocation */.HC);
    const listed = capPerFile(findings);
    return {
        files: discovery.files,
        findings: listed,
        environments,
        valid: !findings.some((f) => f.severity === 'error'),
    };
}


/***/ }),

/***/ 69732:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://slotflip.dev/schema/environment.schema.json","title":"Environment","description":"One slotflip environment (for example production or staging): the instances it runs and where. Secrets are named here, never written here.","type":"object","additionalProperties":false,"required":["version","environment","instances"],"properties":{"version":{"description":"Format version of this file.","const":1},"environment":{"$ref":"#/definitions/identifier","description":"Name of the environment; the file is usually environments/<environment>.yaml."},"promote_from":{"$ref":"#/definitions/identifier","description":"Deploy only releases this other environment pins (same version and sha256): production gets the exact archive staging ran. The deploy workflow deploys it after the others."},"instances":{"type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/definitions/instance"}}},"definitions":{"identifier":{"title":"Identifier","type":"string","pattern":"^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$","patternErrorMessage":"must be a lowercase identifier: a-z, 0-9 and \'-\', starting with a letter, at most 40 characters"},"secretName":{"title":"SecretName","description":"The NAME of a secret, never its value. slotflip reads it from the environment variable SLOTFLIP_SECRET_<NAME>, from the file named by SLOTFLIP_SECRET_<NAME>_FILE, or from <secrets-dir>/<NAME>.","type":"string","pattern":"^[A-Z][A-Z0-9_]{0,63}$","patternErrorMessage":"must be the NAME of a secret (A-Z, 0-9, \'_\', starting with a letter), never the secret\'s value"},"command":{"title":"Command","description":"A shell command run by bash on the target, by design. Changes to command fields are flagged in pull requests because they run code on the host after merge.","type":"string","minLength":1,"maxLength":4096},"commandList":{"type":"array","maxItems":50,"items":{"$ref":"#/definitions/command"}},"hostname":{"title":"Hostname","description":"A DNS name, an IPv4 address or an IPv6 address.","type":"string","maxLength":253,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$","patternErrorMessage":"must be a hostname or an IP address (letters, digits, \'-\' and \'.\'; no port, scheme or path)"},"serverName":{"title":"ServerName","type":"string","maxLength":253,"pattern":"^(?:\\\\*\\\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","patternErrorMessage":"must be a DNS name such as tasks.example.com, optionally starting with \'*.\'"},"absolutePath":{"title":"AbsolutePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\\\.\\\\.?(?:/|$))/[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be an absolute path made of letters, digits and . _ @ + - (no spaces, quotes, \'..\' or trailing \'/\')"},"relativePath":{"title":"RelativePath","type":"string","maxLength":1024,"pattern":"^(?!.*(?:^|/)\\\\.\\\\.?(?:/|$))[A-Za-z0-9._@+-]+(?:/[A-Za-z0-9._@+-]+)*$","patternErrorMessage":"must be a relative path inside the repository, made of letters, digits and . _ @ + - (no \'..\', no leading \'/\')"},"urlPath":{"title":"UrlPath","type":"string","maxLength":256,"pattern":"^/[A-Za-z0-9._~/-]*$","patternErrorMessage":"must be a URL path starting with \'/\' (letters, digits and . _ ~ / -; no spaces, quotes, braces or \';\')"},"httpsUrl":{"title":"HttpsUrl","type":"string","maxLength":2048,"pattern":"^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%+@-]*)*$","patternErrorMessage":"must be an https:// URL with no query string, spaces or quotes"},"port":{"title":"Port","type":"integer","minimum":1,"maximum":65535},"duration":{"title":"Duration","type":"string","pattern":"^[0-9]{1,6}(?:ms|s|m|h)$","patternErrorMessage":"must be a duration such as 500ms, 30s, 5m or 1h"},"version":{"title":"ReleaseVersion","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$","patternErrorMessage":"must be a release version such as 1.0.0 or v2.1.0-rc.1 (letters, digits, . _ + -)"},"sha256":{"title":"Sha256","type":"string","pattern":"^[a-f0-9]{64}$","patternErrorMessage":"must be a sha256 digest: 64 lowercase hex characters"},"hostKeyFingerprint":{"title":"HostKeyFingerprint","type":"string","pattern":"^SHA256:[A-Za-z0-9+/]{43}$","patternErrorMessage":"must be an SSH host key fingerprint as printed by `ssh-keygen -lf`, e.g. SHA256: followed by 43 base64 characters"},"ageRecipient":{"title":"AgeRecipient","type":"string","pattern":"^age1[02-9ac-hj-np-z]{58}$","patternErrorMessage":"must be an age public key (age1 followed by 58 characters); never the private key"},"fileMode":{"title":"FileMode","type":"string","pattern":"^0[0-7]{3}$","patternErrorMessage":"must be an octal file mode written as a string, such as \\"0644\\""},"instance":{"title":"Instance","type":"object","additionalProperties":false,"required":["id","target","app","health"],"if":{"not":{"required":["container"]}},"then":{"properties":{"target":{"title":"Target","type":"object","if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host_keys"]}}}},"properties":{"id":{"$ref":"#/definitions/identifier","description":"Unique across every environment: names the host directories, units and sockets."},"target":{"$ref":"#/definitions/target"},"container":{"$ref":"#/definitions/container"},"app":{"$ref":"#/definitions/app"},"templates":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/template"}},"database":{"$ref":"#/definitions/database"},"redis":{"$ref":"#/definitions/redis"},"nginx":{"$ref":"#/definitions/nginx"},"health":{"$ref":"#/definitions/health"},"smoke":{"oneOf":[{"$ref":"#/definitions/smoke"},{"const":false}],"description":"A scripted HTTP flow run against the new slot after its health gate and before any traffic moves to it; false turns off the flow the app\'s preset brings."},"migrations":{"$ref":"#/definitions/migrations"},"backups":{"$ref":"#/definitions/backups"},"windows":{"$ref":"#/definitions/windows"},"hooks":{"$ref":"#/definitions/hooks"}}},"container":{"title":"Container","description":"The LXC container `slotflip provision` creates on the Proxmox host with `pct create` (target.vmid is its id); the target reaches it once it runs.","type":"object","additionalProperties":false,"required":["vmid","template","memory","disk","address"],"properties":{"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"The container\'s Proxmox id (the same as target.vmid when the target is pct)."},"template":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._+-]*\\\\.tar\\\\.(gz|xz|zst)$","patternErrorMessage":"must be a container template volume such as local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst","description":"The OS template (`pveam list local`)."},"hostname":{"$ref":"#/definitions/hostname","description":"Default: the instance id."},"unprivileged":{"type":"boolean","default":true,"description":"An unprivileged container (root inside is not root on the host)."},"nesting":{"type":"boolean","default":true,"description":"The nesting feature: systemd\'s sandboxing in the container needs it."},"cores":{"type":"integer","minimum":1,"maximum":8192,"default":2},"memory":{"type":"integer","minimum":256,"maximum":1048576,"description":"RAM in MiB: both slots, the build and the services must fit."},"swap":{"type":"integer","minimum":0,"maximum":1048576,"default":512,"description":"Swap in MiB."},"disk":{"type":"integer","minimum":2,"maximum":65536,"description":"Root disk in GiB."},"storage":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,63}$","patternErrorMessage":"must be a Proxmox storage id (a letter, then letters, digits, _ . or -; at most 64 characters)","default":"local-lvm"},"bridge":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,14}$","patternErrorMessage":"must be a Linux bridge name","default":"vmbr0"},"address":{"type":"string","pattern":"^(dhcp|(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2]))$","patternErrorMessage":"must be IPv4/CIDR such as 192.0.2.10/24, or dhcp"},"gateway":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"nameserver":{"type":"string","pattern":"^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address"},"onboot":{"type":"boolean","default":true,"description":"Start the container when the Proxmox host boots."},"packages":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9+.-]{1,62}$","patternErrorMessage":"must be a Debian package name such as nodejs"},"description":"Debian packages the app needs besides what slotflip installs (sshd, nginx, curl, age; PostgreSQL and Redis when they are local)."},"apt_proxy":{"type":"string","pattern":"^http://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$","patternErrorMessage":"must be an http:// URL such as http://192.0.2.1:3142 (an apt-cacher-ng)","description":"A package proxy the container\'s apt goes through."}}},"target":{"title":"Target","description":"Where the instance runs and how slotflip reaches it.","type":"object","additionalProperties":false,"required":["transport"],"properties":{"transport":{"enum":["ssh","pct","local"],"description":"ssh: to the container; pct: `pct exec` on the Proxmox host (locally or over ssh to it); local: slotflip runs inside the target."},"host":{"$ref":"#/definitions/hostname","description":"ssh: the container; pct over ssh: the Proxmox host."},"port":{"$ref":"#/definitions/port","default":22},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","default":"root"},"host_keys":{"type":"array","minItems":1,"maxItems":8,"uniqueItems":true,"items":{"$ref":"#/definitions/hostKeyFingerprint"},"description":"Pinned host key fingerprints; a host presenting any other key is refused."},"ssh_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the private SSH key."},"node":{"$ref":"#/definitions/hostname","description":"Proxmox node name (pct)."},"vmid":{"type":"integer","minimum":100,"maximum":999999999,"description":"Proxmox container id (pct)."},"pct_via":{"enum":["local","ssh"],"default":"local","description":"pct: run `pct` on this machine (a runner on the Proxmox host) or over ssh to `host`."}},"allOf":[{"if":{"properties":{"transport":{"const":"ssh"}},"required":["transport"]},"then":{"required":["host","ssh_key_secret"]}},{"if":{"properties":{"transport":{"const":"pct"}},"required":["transport"]},"then":{"required":["vmid"]}},{"if":{"properties":{"transport":{"const":"pct"},"pct_via":{"const":"ssh"}},"required":["transport","pct_via"]},"then":{"required":["host","host_keys","ssh_key_secret"]}}]},"app":{"title":"App","type":"object","additionalProperties":false,"required":["name","release","components"],"properties":{"config":{"type":"object","maxProperties":100,"description":"Settings for the app\'s own configuration file, nested as the app names them (Vikunja: service, cors, mailer, auth, webhooks, ...). With a preset (templates/<app>/preset.yaml) every key is checked against the pinned release\'s list, obsolete and misspelt keys are errors at their line, and a value that is a secret is written { secret: NAME } (it goes to the 0600 app.env, never into the file)."},"shared_secret":{"$ref":"#/definitions/secretName","description":"The secret both slots share (Vikunja\'s service.secret, which signs sessions): templates see it as app.shared_secret. `slotflip rotate app-secret` replaces it and prints what users notice (the app\'s preset says; Vikunja: tokens refresh from the session cookie, browsers stay signed in)."},"name":{"$ref":"#/definitions/identifier","description":"The app, and the folder templates/<name>/ its preset lives in."},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Unix user name","description":"Service user the slots run as."},"background_jobs":{"type":"boolean","default":false,"description":"The app runs scheduled work of its own in every process (Vikunja: reminders, e-mail, webhooks): after a flip the old slot is paused (SIGSTOP) once it has drained, so only the live slot runs jobs; a rollback or a flip back resumes it."},"release":{"$ref":"#/definitions/release"},"build":{"$ref":"#/definitions/commandList","description":"Commands run in the new release directory before its slot starts."},"components":{"type":"object","minProperties":1,"maxProperties":8,"propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"$ref":"#/definitions/component"}}}},"release":{"title":"Release","type":"object","additionalProperties":false,"required":["source","version"],"properties":{"source":{"enum":["upload","git","url"]},"version":{"$ref":"#/definitions/version"},"path":{"$ref":"#/definitions/relativePath","description":"upload: archive on the runner, relative to the repository."},"url":{"$ref":"#/definitions/httpsUrl","description":"url: archive downloaded on the host."},"sha256":{"$ref":"#/definitions/sha256","description":"Checksum the archive must match (url, upload); `slotflip pin` writes it for a url release. A url release without one is refused."},"repository":{"$ref":"#/definitions/httpsUrl","description":"git: repository to clone."},"commit":{"type":"string","pattern":"^[a-f0-9]{40}$","patternErrorMessage":"must be a full 40-character commit id: branches and tags move","description":"git: the exact commit."}},"allOf":[{"if":{"properties":{"source":{"const":"url"}},"required":["source"]},"then":{"required":["url"]}},{"if":{"properties":{"source":{"const":"upload"}},"required":["source"]},"then":{"required":["path"]}},{"if":{"properties":{"source":{"const":"git"}},"required":["source"]},"then":{"required":["repository","commit"]}}]},"component":{"title":"Component","type":"object","additionalProperties":false,"required":["start","listen"],"properties":{"start":{"$ref":"#/definitions/command","description":"How the slot starts this component (ExecStart), run from the release directory."},"listen":{"$ref":"#/definitions/listen"},"route":{"$ref":"#/definitions/urlPath","description":"nginx location that proxies to this component, e.g. / or /api."},"websocket":{"type":"boolean","default":false},"cpu_weight":{"type":"integer","minimum":1,"maximum":10000,"description":"systemd CPUWeight of each slot (default 100): a lower weight lets the serving slot win the CPU from a warming one."},"memory_max":{"type":"string","pattern":"^[0-9]{1,6}[KMG]$","patternErrorMessage":"must be a size such as 512M or 2G"},"stop_signal":{"enum":["SIGTERM","SIGINT","SIGQUIT","SIGHUP","SIGUSR1","SIGUSR2"],"default":"SIGTERM","description":"The signal that stops a slot gracefully (systemd KillSignal): the one the app handles. Vikunja\'s `web` shuts down (finishing requests, queued mail, cron) only on SIGINT; on SIGTERM it just exits."}}},"listen":{"title":"Listen","description":"unix: each slot listens on its own socket and nginx follows a symlink (zero-drop flip, no reload). tcp: blue and green ports (flip by upstream include and reload).","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["unix","tcp"]},"blue":{"$ref":"#/definitions/port"},"green":{"$ref":"#/definitions/port"}},"allOf":[{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["blue","green"]}}]},"template":{"title":"Template","type":"object","additionalProperties":false,"required":["source","dest"],"properties":{"source":{"$ref":"#/definitions/relativePath","description":"Relative to templates/."},"dest":{"$ref":"#/definitions/absolutePath","description":"Where the rendered file goes on the target."},"mode":{"$ref":"#/definitions/fileMode"}}},"database":{"title":"Database","type":"object","additionalProperties":false,"required":["engine","host","port","name","user","password_secret"],"properties":{"engine":{"const":"postgres"},"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port"},"name":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL identifier: a-z, 0-9 and \'_\'"},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and \'_\'"},"password_secret":{"$ref":"#/definitions/secretName"},"admin_user":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a PostgreSQL role name: a-z, 0-9 and \'_\'","default":"postgres","description":"The database admin role restore connects as (it creates and renames databases)."},"admin_secret":{"$ref":"#/definitions/secretName","description":"Password of admin_user, needed only by restore."},"pool":{"type":"integer","minimum":1,"maximum":1000,"default":10,"description":"Connections each slot may open."},"max_connections":{"type":"integer","minimum":10,"maximum":100000,"default":100,"description":"The server\'s max_connections. Every instance using this server, both slots at their pool plus slotflip\'s own, must fit (checked across all environment files)."},"server_version":{"type":"integer","minimum":9,"maximum":99,"description":"The server\'s major version (e.g. 15): checked against what the app\'s preset supports before any deploy."},"sslmode":{"enum":["disable","require","verify-ca","verify-full"],"default":"disable"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000\'s PostgreSQL tuning (templates/slotflip/postgresql-tuning.liquid), sized from the container\'s memory, cores and disk and max_connections. Only for a server in the instance\'s own container."}}},"redis":{"title":"Redis","type":"object","additionalProperties":false,"required":["host","port"],"properties":{"host":{"$ref":"#/definitions/hostname"},"port":{"$ref":"#/definitions/port","description":"Always explicit: Vikunja fails with \'missing port in address\' without it."},"db":{"type":"integer","minimum":0,"maximum":15,"default":0},"password_secret":{"$ref":"#/definitions/secretName"},"tune":{"type":"boolean","default":false,"description":"`slotflip provision` writes seed 000\'s Redis tuning (templates/slotflip/redis-tuning.liquid: eviction, snapshots, keepalive, lazy freeing) and applies it live. Only for a Redis in the instance\'s own container."}}},"nginx":{"title":"Nginx","type":"object","additionalProperties":false,"required":["server_names"],"properties":{"server_names":{"type":"array","minItems":1,"maxItems":20,"uniqueItems":true,"items":{"$ref":"#/definitions/serverName"}},"http_port":{"$ref":"#/definitions/port","default":80},"https_port":{"$ref":"#/definitions/port","default":443},"tls":{"type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"certificate":{"$ref":"#/definitions/absolutePath"},"key":{"$ref":"#/definitions/absolutePath"}}},"client_max_body_size":{"type":"string","pattern":"^[0-9]{1,6}[kmg]?$","patternErrorMessage":"must be an nginx size such as 20m"},"assets":{"type":"object","additionalProperties":false,"required":["path"],"description":"The frontend\'s hashed files (a Vite build\'s /assets/): each deploy copies the new release\'s from its slot before the flip, and nginx serves this release\'s and the previous ones\' from disk, so a browser tab opened before the flip still loads the chunks it asks for.","properties":{"path":{"type":"string","pattern":"^/([A-Za-z0-9._-]+/)+$","patternErrorMessage":"must be a URL directory such as /assets/","description":"Where the app serves them."},"component":{"$ref":"#/definitions/identifier","description":"The component serving the frontend (default: the one routed at /)."},"keep":{"type":"integer","minimum":2,"maximum":20,"default":3,"description":"Releases whose files are kept (the live one included)."}}},"locations":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["path","component"],"properties":{"path":{"$ref":"#/definitions/urlPath"},"component":{"$ref":"#/definitions/identifier"},"websocket":{"type":"boolean","default":false}}}}}},"smoke":{"title":"Smoke","type":"object","additionalProperties":false,"required":["steps"],"description":"Steps run in order against the new slot (never through nginx: no user sees it). ${run} is unique to the run (a throwaway user\'s name); `save` takes top-level fields of a JSON answer as ${name} for the steps after it. The cleanup runs whatever happened. A step that answers otherwise than expected fails the deploy before the flip (exit 10).","properties":{"component":{"$ref":"#/definitions/identifier","description":"The component the flow talks to (default: the one routed at /, else the first)."},"steps":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup":{"type":"array","maxItems":30,"items":{"$ref":"#/definitions/smokeStep"}},"cleanup_command":{"type":"string","maxLength":300,"pattern":"^([^$]|\\\\$\\\\{run\\\\})*$","patternErrorMessage":"may use ${run} and no other $","description":"Run on the host after the flow (whatever happened), as the app\'s user in the slot\'s release with its environment, time limit 60 s: for what the API cannot undo at once, such as deleting the throwaway user. ${run} is the flow\'s tag."}}},"smokeStep":{"title":"SmokeStep","type":"object","additionalProperties":false,"required":["name","method","path"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$","patternErrorMessage":"must be a short name: letters, digits, spaces and . _ -"},"method":{"enum":["GET","POST","PUT","PATCH","DELETE"]},"path":{"type":"string","maxLength":300,"pattern":"^/([A-Za-z0-9._~/?=&%-]|\\\\$\\\\{[a-z_][a-z0-9_]{0,30}\\\\})*$","patternErrorMessage":"must be a URL path (letters, digits and . _ ~ / ? = & % -) with ${name} for saved values"},"body":{"type":"object","maxProperties":50,"description":"Sent as JSON; strings may hold ${name}."},"bearer":{"type":"string","pattern":"^\\\\$\\\\{[a-z_][a-z0-9_]{0,30}\\\\}$","patternErrorMessage":"must be a saved value such as ${token}","description":"Sent as Authorization: Bearer <value>."},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"save":{"type":"object","maxProperties":10,"propertyNames":{"pattern":"^[a-z_][a-z0-9_]{0,30}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,60}$"},"description":"name: field, a top-level field of the JSON answer (a string or a number)."}}},"health":{"title":"Health","type":"object","additionalProperties":false,"required":["checks"],"properties":{"interval":{"$ref":"#/definitions/duration","default":"1s"},"timeout":{"$ref":"#/definitions/duration","default":"60s","description":"How long the gate waits for every check to pass."},"consecutive":{"type":"integer","minimum":1,"maximum":100,"default":3},"checks":{"type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/definitions/check"}},"after_flip":{"type":"array","maxItems":10,"description":"Checked through nginx right after traffic moved, as a browser would: a websocket handshake must answer 101 (nginx passes Upgrade and Connection), a CORS preflight from the site\'s own origin must be allowed; `cookies` replays the smoke flow on the slot and through nginx: every cookie attribute the app set must reach the browser, and on HTTPS every cookie must be Secure. A failure flips traffic back.","items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["websocket","cors","cookies"]},"path":{"$ref":"#/definitions/urlPath"}},"if":{"properties":{"type":{"enum":["websocket","cors"]}}},"then":{"required":["path"]}}}}},"check":{"title":"HealthCheck","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["http","tcp","postgres","redis"]},"component":{"$ref":"#/definitions/identifier"},"path":{"$ref":"#/definitions/urlPath"},"expect_status":{"type":"integer","minimum":100,"maximum":599,"default":200},"expect_body":{"type":"string","maxLength":200,"pattern":"^[^\\\\n\\\\r]*$","patternErrorMessage":"must be a single line"},"expect_version":{"description":"The JSON body\'s \\"version\\" must be the release\'s: true for the version exactly as the release names it (2.5.0), or how the app writes it, with {version} standing for it (Vikunja reports \\"v{version}\\", stamped from its git tag).","oneOf":[{"type":"boolean"},{"type":"string","pattern":"^[A-Za-z0-9._+-]*\\\\{version\\\\}[A-Za-z0-9._+-]*$","patternErrorMessage":"must contain {version} once, with only letters, digits and . _ + - around it (e.g. v{version})"}],"default":false},"timeout":{"$ref":"#/definitions/duration","default":"2s"}},"allOf":[{"if":{"properties":{"type":{"const":"http"}},"required":["type"]},"then":{"required":["component","path"]}},{"if":{"properties":{"type":{"const":"tcp"}},"required":["type"]},"then":{"required":["component"]}}]},"migrations":{"title":"Migrations","type":"object","additionalProperties":false,"required":["command"],"properties":{"command":{"$ref":"#/definitions/command"},"timeout":{"$ref":"#/definitions/duration","default":"5m"},"bookkeeping_tables":{"type":"array","uniqueItems":true,"maxItems":16,"items":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","patternErrorMessage":"must be a table name of the public schema: a-z, 0-9 and _, starting with a letter or _"},"default":["schema_migrations"],"description":"Tables the migration tool itself writes (which migrations ran). `rollback --restore-db if-safe` does not count their changes as the app\'s writes."}}},"backups":{"title":"Backups","type":"object","additionalProperties":false,"properties":{"keep":{"type":"integer","minimum":1,"maximum":1000,"default":7},"recipients":{"type":"array","minItems":1,"maxItems":10,"uniqueItems":true,"items":{"$ref":"#/definitions/ageRecipient"}},"restore_key_secret":{"$ref":"#/definitions/secretName","description":"Secret holding the age identity; only restore jobs have it."},"files_dir":{"$ref":"#/definitions/absolutePath","description":"The app\'s files directory, backed up with the database."},"stores":{"type":"array","maxItems":5,"items":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["host","local","artifact"]},"path":{"$ref":"#/definitions/absolutePath"},"retention_days":{"type":"integer","minimum":1,"maximum":90}},"allOf":[{"if":{"properties":{"type":{"const":"local"}},"required":["type"]},"then":{"required":["path"]}}]}}}},"windows":{"title":"Windows","type":"object","additionalProperties":false,"properties":{"observe":{"$ref":"#/definitions/duration","default":"30s","description":"Watch health after the flip; flip back when thresholds are crossed."},"keep_warm":{"$ref":"#/definitions/duration","default":"5m","description":"The old slot keeps running this long, so a rollback is only a flip. 0s for apps whose jobs must not run twice."},"drain":{"$ref":"#/definitions/duration","default":"10s","description":"Time the old slot gets to finish in-flight requests before it stops."},"max_error_rate":{"type":"number","minimum":0,"maximum":100,"default":5,"description":"Observe: flip back when more than this percentage of the requests through nginx since the flip failed with 5xx (the seed\'s warning level)."},"max_p95_latency":{"$ref":"#/definitions/duration","default":"500ms","description":"Observe: flip back when the 95th percentile of request times through nginx since the flip exceeds this (the seed\'s warning level; websocket upgrades are not counted)."},"receipt_rate":{"type":"number","minimum":0,"maximum":50,"default":4,"description":"Requests per second the host sends through nginx to the app\'s version route, from just before the flip to the end of the observe window, for the deploy\'s receipt (when the new release first answered, and whether any request failed). 0: none (the receipt then counts users\' requests only)."}}},"hooks":{"title":"Hooks","type":"object","additionalProperties":false,"properties":{"pre_deploy":{"$ref":"#/definitions/commandList"},"post_flip":{"$ref":"#/definitions/commandList"},"post_deploy":{"$ref":"#/definitions/commandList"}}}}}');

/***/ })

};
