export const id = 751;
export const ids = [751];
export const modules = {

/***/ 58751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backupCommand: () => (/* binding */ backupCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/config/resolved.ts
var resolved = __webpack_require__(31328);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/backup/artifact-store.ts
var artifact_store = __webpack_require__(19958);
// EXTERNAL MODULE: ./src/backup/local-store.ts
var local_store = __webpack_require__(64869);
// EXTERNAL MODULE: ./src/backup/manifest.ts
var backup_manifest = __webpack_require__(6345);
// EXTERNAL MODULE: ./src/engine/outcome.ts
var engine_outcome = __webpack_require__(938);
// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/transport/transport.ts
var transport_transport = __webpack_require__(91588);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/host/db-marker.ts
var db_marker = __webpack_require__(65229);
// EXTERNAL MODULE: ./src/host/dump-codec.ts
var dump_codec = __webpack_require__(49501);
// EXTERNAL MODULE: ./src/host/psql.ts
var psql = __webpack_require__(32748);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/shell/sha256.ts
var sha256 = __webpack_require__(69183);
;// CONCATENATED MODULE: ./src/host/backup.ts





const conn = (l) => `PGPASSFILE=${(0,quote/* quote */.hD)(l.pgpass)} PGCONNECT_TIMEOUT=5 PGAPPNAME=slotflip`;
/**
 * One encrypted archive of everything needed to rebuild the instance: the database (`pg_dump -Fc` compressed by
 * zstd or pigz, dump-codec.ts says why; checked with `pg_restore --list`, with its per-table fingerprint from
 * db-marker.ts so a restore can prove it is identical, and its roles), the app's files, the shared config and
 * secrets, state.json, a manifest and SHA256SUMS.
 * The parts are written to a 0700 work directory beside the backups (never in memory), then streamed through
 * `tar | age` to a .partial file, hashed and renamed: a full disk or a failed dump leaves nothing that looks complete,
 * and nothing unencrypted stays. A plain manifest beside it (sizes, hashes, schema, release, key ids; no secret) lets
 * `status` and a restore pick a backup without the key. The newest `keep` backups stay.
 */
function backupArchive(l, spec) {
    const out = `${l.backups}/${spec.id}`;
    const db = spec.db;
    const target = db ? `-h ${(0,quote/* quote */.hD)(db.host)} -p ${db.port} -U ${(0,quote/* quote */.hD)(db.user)} -d ${(0,quote/* quote */.hD)(db.name)} --no-password` : '';
    // A fixed work directory (the id is unique per run), so the marker's paths are plain words in the script.
    const w = `${l.backups}/.work-${spec.id}`;
    const meta = JSON.stringify({
        format: 1,
        id: spec.id,
        instance: spec.instance,
        release: spec.release,
        recipients: spec.recipients,
        made_by: spec.madeBy,
    });
    return {
        kind: 'sh',
        note: `back up ${db ? 'the database, ' : ''}${spec.filesDir ? 'the files, ' : ''}shared config and ` +
            `state; encrypt to ${spec.recipients.length} recipient(s); keep ${spec.keep}`,
        text: `command -v age >/dev/null ||
  { echo "age is not installed on the host (Debian: apt-get install age)" >&2; exit 4; }
install -d -m 0700 ${(0,quote/* quote */.hD)(l.backups)}
rm -rf ${(0,quote/* quote */.hD)(w)} && install -d -m 0700 ${(0,quote/* quote */.hD)(w)}
w=${(0,quote/* quote */.hD)(w)}
trap 'rm -rf "$w" ${(0,quote/* quote */.hD)(`${out}.tar.age.partial`)}' EXIT
# A part's line in SHA256SUMS, as sha256sum writes it.
sha_line() { local h; h=$(${sha256/* SHA256_FILTER */.H$} < "$1") || return 1; echo "\${h%% *}  $1"; }
parts='' dumppart=''
${db
            ? `${dump_codec/* CHOOSE_DUMP_PART */.T7}
${(0,db_marker/* dumpWithMarker */.HP)(l, db, `${w}/db.dump`, '"$w/$dumppart"', dump_codec/* packDumpShell */.Q9)}
# The dump's hash is taken while the small parts are made (one read of the dump; the page cache serves the next).
(cd "$w" && sha_line "$dumppart" > dump.sha256) & dumpsum=$!
# pg_restore reads the archive's table of contents and stops: a dump pg_restore cannot read is not a backup.
pg_restore --list < <(${dump_codec/* unpackDumpShell */.Z4} < "$w/$dumppart" 2>/dev/null) > /dev/null || {
  echo "pg_restore cannot read the dump just written (its message is above): no backup was kept" >&2; exit 1
}
schema=$(${(0,psql/* schemaHeadShell */.eJ)(l, db)})
# The roles the database needs (attributes and memberships; passwords stay in the shared secrets): readable by the
# app's own role.
${conn(l)} pg_dumpall --roles-only --no-role-passwords ${target.replace('-d ', '-l ')} > "$w/roles.sql"
parts="$parts $dumppart db.dump.marker roles.sql"`
            : 'schema='}
${spec.filesDir ? `tar -C ${(0,quote/* quote */.hD)(spec.filesDir)} -cf "$w/files.tar" .\nparts="$parts files.tar"` : ''}
with_state=(); [ -e ${(0,quote/* quote */.hD)(l.state)} ] && with_state=(state.json)
tar -C ${(0,quote/* quote */.hD)(l.root)} -cf "$w/shared.tar" shared "\${with_state[@]}"
parts="$parts shared.tar"
${db ? 'wait ' + '"$dumpsum"\n' : ''}(cd "$w" && { ${db ? 'cat ' + 'dump.sha256; ' : ''}for p in $parts; do [ "$p" = "$dumppart" ] || sha_line "$p" || exit 1; done; } > SHA256SUMS && rm -f dump.sha256)
sizes=$(cd "$w" && for p in $parts; do printf '"%s":%s,' "$p" "$(stat -c %s "$p")"; done)
tools="$(pg_dump --version 2>/dev/null | head -n 1); $(age --version 2>/dev/null)"
base=${(0,quote/* quote */.hD)(meta)}
printf '%s,"schema":"%s","created":"%s","sizes":{%s},"tools":"%s"}\\n' \\
  "\${base%\\}}" "$schema" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "\${sizes%,}" "$tools" > "$w/manifest.json"
# Encrypted and hashed in the same pass.
tar -C "$w" -cf - manifest.json SHA256SUMS $parts | age ${spec.recipients
            .map((r) => `-r ` + `${(0,quote/* quote */.hD)(r)}`)
            .join(' ')} | tee ${(0,quote/* quote */.hD)(`${out}.tar.age.partial`)} | ${sha256/* SHA256_FILTER */.H$} > "$w/archive.sha256"
sha=$(cut -d' ' -f1 "$w/archive.sha256")
bytes=$(stat -c %s ${(0,quote/* quote */.hD)(`${out}.tar.age.partial`)})
printf '%s,"encrypted":{"sha256":"%s","bytes":%s}}\\n' "$(sed 's/}$//' "$w/manifest.json")" "$sha" "$bytes" \\
  > ${(0,quote/* quote */.hD)(`${out}.manifest.json`)}
mv -f ${(0,quote/* quote */.hD)(`${out}.tar.age.partial`)} ${(0,quote/* quote */.hD)(`${out}.tar.age`)}
ls -1t ${(0,quote/* quote */.hD)(l.backups)}/*.tar.age 2>/dev/null | tail -n +${spec.keep + 1} | while read -r old; do
  rm -f "$old" "\${old%.tar.age}.manifest.json"; echo "removed the older backup $(basename "$old")"
done
echo "SLOTFLIP_RESULT archive {\\"id\\":\\"${spec.id}\\",\\"sha256\\":\\"$sha\\",\\"bytes\\":$bytes}"
echo "backup ${spec.id}: $bytes bytes encrypted, sha256 $sha"`,
    };
}

// EXTERNAL MODULE: ./src/plan/steps.ts
var steps = __webpack_require__(62960);
;// CONCATENATED MODULE: ./src/plan/backup-plan.ts




/**
 * `slotflip backup`: under the lock (never in the middle of a deploy's migration), one encrypted archive on the host.
 */
function buildBackupPlan(req) {
    const inst = req.instance;
    const b = inst.backups;
    if (!b?.recipients?.length)
        return {
            kind: 'refused',
            message: `${inst.id} names no backup recipients: add backups.recipients (age public keys) to the environment`,
        };
    const l = (0,layout/* layout */.Zp)(inst.id);
    const release = req.state.active ? (req.state.slots[req.state.active]?.release ?? null) : null;
    const id = `${inst.id}-${req.run}`;
    return {
        kind: 'plan',
        id,
        plan: (0,steps/* planOf */.XC)(req, inst.id, {
            release: { id: release ?? 'none', version: release ?? 'none' },
            from: req.state.active,
            to: req.state.active ?? 'blue',
            steps: [
                (0,steps/* lockStep */.s9)(inst.id, req),
                {
                    id: 'backup',
                    phase: 'backup',
                    title: `back up ${inst.id} to ${id}.tar.age (encrypted)`,
                    timeoutMs: 120 * steps/* MIN */.pH,
                    ops: [
                        backupArchive(l, {
                            id,
                            instance: inst.id,
                            release,
                            recipients: b.recipients,
                            db: inst.database,
                            filesDir: b.files_dir,
                            keep: (0,resolved/* resolved */.L$)(inst).backupsKeep,
                            madeBy: req.madeBy,
                        }),
                    ],
                },
            ],
            finally: (0,steps/* unlockStep */.Rl)(inst.id, req.run),
            notes: [
                `encrypted on the host to ${b.recipients.length} age recipient(s); only the identity ` +
                    `(${b.restore_key_secret ?? 'kept where restores run'}) can read it`,
            ],
        }),
    };
}

// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
// EXTERNAL MODULE: ./src/transport/connect.ts + 3 modules
var connect = __webpack_require__(14519);
// EXTERNAL MODULE: ./src/session/verb.ts
var verb = __webpack_require__(87731);
// EXTERNAL MODULE: ./src/session/prepare.ts
var prepare = __webpack_require__(80295);
// EXTERNAL MODULE: ./src/commands/restore.ts + 10 modules
var restore = __webpack_require__(52564);
// EXTERNAL MODULE: ./src/session/run-context.ts + 3 modules
var run_context = __webpack_require__(28493);
// EXTERNAL MODULE: ./src/session/plan-run.ts + 1 modules
var plan_run = __webpack_require__(71475);
;// CONCATENATED MODULE: ./src/commands/backup.ts



















/** Where a backup was made, for its manifest: the workflow run when in GitHub, else who and where. */
function madeBy(env) {
    const pick = (k) => (env[k] ? { [k.replace(/^GITHUB_/, '').toLowerCase()]: env[k] } : {});
    return {
        by: (0,run_context/* owner */.eC)(),
        ...pick('GITHUB_RUN_ID'),
        ...pick('GITHUB_WORKFLOW'),
        ...pick('GITHUB_EVENT_NAME'),
        ...pick('GITHUB_REF_NAME'),
        ...pick('GITHUB_REPOSITORY'),
    };
}
/**
 * The archive made on the host goes to the environment's other stores: local directories on this machine and the
 * workflow run's artifacts. It stays on the host too unless `stores` leaves the host out.
 */
async function copyToStores(transport, inst, id, opts) {
    const stores = inst.backups?.stores ?? [{ type: 'host' }];
    const elsewhere = stores.filter((s) => s.type !== 'host');
    if (elsewhere.length === 0)
        return [];
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slotflip-backup-'));
    const stored = [];
    try {
        const l = (0,layout/* layout */.Zp)(inst.id);
        const archive = (0,external_node_path_.join)(work, (0,backup_manifest/* archiveName */.uv)(id));
        const manifestFile = (0,external_node_path_.join)(work, (0,backup_manifest/* manifestName */.vS)(id));
        await (0,transport_transport/* pull */.a$)(transport, `${l.backups}/${(0,backup_manifest/* archiveName */.uv)(id)}`, archive);
        await (0,transport_transport/* pull */.a$)(transport, `${l.backups}/${(0,backup_manifest/* manifestName */.vS)(id)}`, manifestFile);
        const manifest = (0,backup_manifest/* parseManifest */.Ng)(await (0,promises_.readFile)(manifestFile, 'utf8'));
        if (!manifest)
            throw new Error(`the manifest of ${id} on the host is unreadable`);
        const files = { manifest, archive, manifestFile };
        for (const s of elsewhere) {
            if (s.type === 'local') {
                const removed = await (0,local_store/* putLocal */.J)(s.path, files, (0,resolved/* resolved */.L$)(inst).backupsKeep);
                opts.log(`stored ${id} in ${s.path}${removed.length ? `; removed the older ${removed.join(', ')}` : ''}`);
                stored.push(`local:${s.path}`);
            }
            else if (opts.github?.artifacts) {
                const a = await (0,artifact_store/* putArtifact */.qg)(await opts.github.artifacts(), files, work, s.retention_days);
                opts.log(`stored ${id} as the workflow artifact ` +
                    `${a.name}${s.retention_days ? ` (kept ${s.retention_days} days)` : ''}`);
                stored.push(`artifact:${a.name}`);
            }
            else {
                opts.log(`note: the artifact store is skipped outside a GitHub workflow run`);
            }
        }
        if (!stores.some((s) => s.type === 'host'))
            await transport.script(`rm -f ${l.backups}/${id}.tar.age ${l.backups}/${id}.manifest.json`);
        return stored;
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** `slotflip backup`: one encrypted archive of the instance, made on its host, copied to the environment's stores. */
async function runBackup(opts) {
    const prepared = await (0,prepare/* prepare */.i)({ ...opts, render: false });
    const mask = (0,format/* masker */.KB)(Object.values(prepared.secrets));
    const transport = await (0,connect/* connectTarget */.u)(prepared.instance, prepared.secrets);
    try {
        const host = await (0,run_context/* readHostWhenFree */.vP)(transport, prepared.instance, Date.now() + opts.lockWaitMs, (l) => opts.log(`waiting for the lock: ${mask(l)}`));
        const result = buildBackupPlan({
            run: (0,run_context/* newRunId */.F$)(),
            owner: (0,run_context/* owner */.eC)(),
            instance: prepared.instance,
            state: host.recovery.state,
            madeBy: madeBy(process.env),
            guard: host.guard,
        });
        if (result.kind !== 'plan')
            return { exitCode: exit_codes/* ExitCode */.y.invalidConfig, summary: result.message };
        const planText = (0,format/* formatPlan */.nT)(result.plan, Object.values(prepared.secrets));
        if (opts.dryRun)
            return (0,plan_run/* dryRunResult */.Y)(result.plan, Object.values(prepared.secrets), `backup plan ${result.id}`);
        const outcome = await (0,plan_run/* runWithProgress */.v)(result.plan, transport, opts, mask);
        const archive = outcome.kind === 'completed' ? outcome.results.archive : undefined;
        const summary = summaryOf(outcome, archive, mask);
        const exitCode = outcome.kind === 'failed' && !outcome.disconnected ? exit_codes/* ExitCode */.y.rolledBackAfterFailure : (0,verb/* exitCodeFor */.Rr)(outcome);
        if (!archive)
            return { exitCode, summary, outcome, planText };
        const stored = await copyToStores(transport, prepared.instance, archive.id, opts).catch((e) => e);
        if (stored instanceof Error)
            return {
                exitCode: exit_codes/* ExitCode */.y.preflight,
                summary: `${summary}; copying it to the stores failed: ${mask(stored.message)} (the host keeps it)`,
                outcome,
                planText,
                backup: archive,
            };
        if (opts.verifyRestore) {
            const drill = await (0,restore/* runRestore */.Y)({ ...opts, from: archive.id, drill: true, dryRun: false });
            if (drill.exitCode !== exit_codes/* ExitCode */.y.ok)
                return {
                    exitCode: drill.exitCode,
                    summary: `${summary}; the restore drill failed: ${drill.summary}`,
                    outcome,
                    planText,
                    backup: archive,
                    stored,
                };
            return {
                exitCode,
                summary: `${summary}; restore drill passed: every table matched`,
                outcome,
                planText,
                backup: archive,
                stored,
            };
        }
        return { exitCode, summary, outcome, planText, backup: archive, stored };
    }
    finally {
        await transport.close();
    }
}
function summaryOf(outcome, archive, mask) {
    if (outcome.kind === 'completed' && archive)
        return `backup ${archive.id}: ${archive.bytes} bytes encrypted, sha256 ${archive.sha256}`;
    if (outcome.kind === 'failed' && outcome.disconnected)
        return (0,engine_outcome/* lostConnectionAdvice */.V)(outcome.step.id);
    if (outcome.kind === 'failed')
        return `backup failed: ${mask(outcome.detail)}; no partial backup was left`;
    if (outcome.kind === 'locked')
        return `locked by ${mask(outcome.holder)}`;
    if (outcome.kind === 'stale')
        return 'the host changed while this run waited for the lock; run it again';
    return 'the backup step reported no archive';
}

// EXTERNAL MODULE: ./src/github/port.ts + 1 modules
var port = __webpack_require__(66111);
// EXTERNAL MODULE: ./src/cli/cancel.ts
var cancel = __webpack_require__(84558);
// EXTERNAL MODULE: ./src/cli/outcome.ts
var outcome = __webpack_require__(76358);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/cli/host-options.ts + 1 modules
var host_options = __webpack_require__(67487);
;// CONCATENATED MODULE: ./src/cli/backup.ts






/** `slotflip backup --env FILE`: one encrypted archive of the instance in the host's backup directory. */
async function backupCommand(values, _args, io) {
    const dryRun = (0,parse/* flag */.Jt)(values, 'dry-run');
    return (0,cancel/* cancellable */.n)(io, async (signal) => {
        const r = await runBackup({
            ...(0,host_options/* hostOptions */.t)(values, io, signal),
            verifyRestore: (0,parse/* flag */.Jt)(values, 'verify-restore'),
            env: io.env,
            github: (0,port/* githubPort */.F)(io.env),
        });
        return (0,outcome/* report */.z)(io, 'backup', r, { json: (0,parse/* flag */.Jt)(values, 'json'), dryRun });
    });
}


/***/ })

};
