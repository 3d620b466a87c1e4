export const id = 596;
export const ids = [596];
export const modules = {

/***/ 19958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qg: () => (/* binding */ putArtifact),
/* harmony export */   t2: () => (/* binding */ fetchArtifact)
/* harmony export */ });
/* unused harmony export artifactName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6345);



const artifactName = (backupId) => `slotflip-backup-${backupId}`;
/** Uploads the encrypted archive and its manifest as one artifact (no compression: ciphertext does not shrink). */
async function putArtifact(client, files, dir, retentionDays) {
    const name = artifactName(files.manifest.id);
    const r = await client.uploadArtifact(name, [files.archive, files.manifestFile], dir, {
        compressionLevel: 0,
        ...(retentionDays ? { retentionDays } : {}),
    });
    return { name, id: r.id, size: r.size };
}
/** Downloads the instance's backup a workflow run stored; the run must have been judged trusted before (trust.ts). */
async function fetchArtifact(client, instance, findBy, workDir) {
    const { artifacts } = await client.listArtifacts({ latest: true, findBy });
    const mine = artifacts.filter((a) => a.name.startsWith(artifactName(`${instance}-`)));
    if (mine.length === 0)
        throw new Error(`run ${findBy.workflowRunId} stored no backup of ${instance} (artifacts: ` +
            `${artifacts.map((a) => a.name).join(', ') || 'none'})`);
    if (mine.length > 1)
        throw new Error(`run ${findBy.workflowRunId} stored ${mine.length} backups of ${instance}: ${mine.map((a) => a.name).join(', ')}`);
    const path = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workDir, 'artifact-'));
    const got = await client.downloadArtifact(mine[0].id, {
        path,
        findBy,
        ...(mine[0].digest ? { expectedHash: mine[0].digest } : {}),
    });
    if (got.digestMismatch)
        throw new Error(`artifact ${mine[0].name} of run ${findBy.workflowRunId} does not match its digest`);
    const dir = got.downloadPath ?? path;
    const manifestFile = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).find((n) => n.endsWith('.manifest.json'));
    const manifest = manifestFile ? (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, manifestFile), 'utf8')) : undefined;
    if (!manifest || manifest.instance !== instance || manifestFile !== (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestName */ .vS)(manifest.id))
        throw new Error(`artifact ${mine[0].name} holds no manifest of a backup of ${instance}`);
    return { manifest, archive: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveName */ .uv)(manifest.id)), manifestFile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, manifestFile) };
}


/***/ }),

/***/ 64869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ putLocal),
/* harmony export */   W: () => (/* binding */ listLocal)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6345);



// A directory on the machine slotflip runs on (a NAS mount on the runner). It holds only encrypted archives and their
// plain manifests, so the mount needs no more trust than the host's own backup directory.
/** Copies one backup in (archive first, as .partial then renamed; the manifest last: a listed backup is complete). */
async function putLocal(dir, files, keep) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true, mode: 0o700 });
    const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveName */ .uv)(files.manifest.id));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(files.archive, `${archive}.partial`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(`${archive}.partial`, archive);
    const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestName */ .vS)(files.manifest.id));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(files.manifestFile, `${manifest}.partial`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(`${manifest}.partial`, manifest);
    const removed = [];
    for (const old of (await listLocal(dir, files.manifest.instance)).slice(keep)) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveName */ .uv)(old.id)), { force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestName */ .vS)(old.id)), { force: true });
        removed.push(old.id);
    }
    return removed;
}
/** The instance's backups in the directory, newest first; a missing directory holds none. */
async function listLocal(dir, instance) {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch {
        return [];
    }
    const found = [];
    for (const name of names.filter((n) => n.endsWith('.manifest.json'))) {
        const m = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), 'utf8').catch(() => ''));
        if (m && m.instance === instance && name === (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestName */ .vS)(m.id))
            found.push(m);
    }
    return found.sort(_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .newestFirst */ .ll);
}


/***/ }),

/***/ 6345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   uv: () => (/* binding */ archiveName),
/* harmony export */   vS: () => (/* binding */ manifestName)
/* harmony export */ });
// The plain manifest written beside every encrypted archive (host/backup.ts): enough to pick a backup and check its
// bytes without the key. It is not trusted on its own: the archive's sha256 is checked against it, then the age
// decryption authenticates every chunk, then the manifest inside the archive must name the same id.
const archiveName = (id) => `${id}.tar.age`;
const manifestName = (id) => `${id}.manifest.json`;
/**
 * Parses a manifest; undefined when it is not one (a stray file in a store is skipped, not fatal). The manifest sealed
 * inside an archive (`sealed`) was written before the archive existed, so it has no `encrypted` part.
 */
function parseManifest(text, sealed = false) {
    try {
        const m = JSON.parse(text);
        if (m.format !== 1 ||
            typeof m.id !== 'string' ||
            !/^[A-Za-z0-9_.-]+$/.test(m.id) ||
            typeof m.instance !== 'string' ||
            typeof m.created !== 'string')
            return undefined;
        if (sealed)
            return m;
        if (!m.encrypted || !/^[0-9a-f]{64}$/.test(String(m.encrypted.sha256)))
            return undefined;
        return m;
    }
    catch {
        return undefined;
    }
}
/** Newest first (by creation time, then id so the order is stable). */
function newestFirst(a, b) {
    return b.created.localeCompare(a.created) || b.id.localeCompare(a.id);
}


/***/ }),

/***/ 52564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ runRestore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/host/drill-unlogged.ts
// A drill's scratch database holds its tables unlogged: PostgreSQL writes no WAL for their rows and indexes, and a
// checkpoint never flushes them. The drill reads them once (the comparison with the backup) and drops them, so it
// needs no crash safety, and the live database's server is spared a backup's worth of WAL, with what it sends to
// replicas and archives. Measured in a lab container: 619 MB restored in 5.2 s against 6.0 s, and dropped in 0.16 s
// against 0.3 s. A real restore keeps its tables logged: they become the live database.
//
// pg_restore creates every table (pre-data) before it loads any row, so an event trigger that turns each new table
// unlogged as it is created changes nothing but where the rows go. A partitioned table cannot be unlogged, and a
// logged table may not reference an unlogged one: once one appears, every table goes back to logged (they are still
// empty then) and stays so. Only a superuser may create an event trigger; for another admin the drill runs logged.
/** psql input, run as the admin in the scratch database before pg_restore. */
const UNLOGGED_TABLES_SQL = `SELECT rolsuper AS sf_super FROM pg_roles WHERE rolname = current_user \\gset
\\if :sf_super
CREATE SCHEMA slotflip_drill;
GRANT USAGE ON SCHEMA slotflip_drill TO PUBLIC;
CREATE FUNCTION slotflip_drill.unlogged() RETURNS event_trigger LANGUAGE plpgsql AS $sf$
DECLARE t oid;
BEGIN
  IF EXISTS (SELECT FROM pg_class WHERE relkind = 'p') THEN
    FOR t IN SELECT oid FROM pg_class WHERE relkind = 'r' AND relpersistence = 'u' LOOP
      EXECUTE format('ALTER TABLE %s SET LOGGED', t::regclass);
    END LOOP;
    RETURN;
  END IF;
  FOR t IN SELECT c.oid FROM pg_event_trigger_ddl_commands() d JOIN pg_class c ON c.oid = d.objid
    WHERE d.classid = 'pg_class'::regclass AND c.relkind = 'r' AND c.relpersistence = 'p' LOOP
    EXECUTE format('ALTER TABLE %s SET UNLOGGED', t::regclass);
  END LOOP;
END $sf$;
CREATE EVENT TRIGGER slotflip_drill_unlogged ON ddl_command_end WHEN TAG IN ('CREATE TABLE')
  EXECUTE FUNCTION slotflip_drill.unlogged();
\\else
\\echo 'the database admin is not a superuser: the drill restores into logged tables (slower, same result)'
\\endif`;

// EXTERNAL MODULE: ./src/host/dump-codec.ts
var dump_codec = __webpack_require__(49501);
// EXTERNAL MODULE: ./src/host/fingerprint.ts
var fingerprint = __webpack_require__(49838);
// EXTERNAL MODULE: ./src/host/pg-admin.ts
var pg_admin = __webpack_require__(3699);
// EXTERNAL MODULE: ./src/shell/quote.ts
var quote = __webpack_require__(61250);
// EXTERNAL MODULE: ./src/shell/sha256.ts
var sha256 = __webpack_require__(69183);
// EXTERNAL MODULE: ./src/transport/transport.ts
var transport_transport = __webpack_require__(91588);
;// CONCATENATED MODULE: ./src/host/restore-into.ts







// The restore's database step and its private directory: the archive streams into the directory (the dump through a
// FIFO) while the step restores the dump into a new database, which counts only once the restore job's verdict on
// the whole archive is in and every table compares equal (host/restore.ts has the steps around it).
/** Where the restore job writes its verdict on the archive: `ok`, or why it refused it. */
const VERDICT = 'verdict';
/** The restore step's exit when the dump is unlike its line in SHA256SUMS: the backup is damaged, not the restore. */
const DUMP_DAMAGED = 14;
/**
 * Bash: `sf_verdict SECONDS [receiver]` waits for the restore job's verdict (it comes once the whole archive has
 * arrived and been checked), then sets `verdict`: `ok`, or why the archive was refused. SECONDS bounds the wait; with
 * `receiver` it counts only once the archive's receiver has ended (the archive may take long to arrive).
 */
function waitForVerdict(dir) {
    const d = (0,quote/* quote */.hD)(dir);
    return `sf_verdict() {
  local waited=0 p
  until [ -s ${d}/${VERDICT} ]; do
    p=$(cat ${d}/${transport_transport/* RECEIVED */.iD.pid} 2>/dev/null || true)
    if [ "\${2:-}" != receiver ] || [ -z "$p" ] || ! kill -0 "$p" 2>/dev/null; then
      waited=$((waited + 1)); [ "$waited" -le $(($1 * 10)) ] || break
    fi
    sleep 0.1
  done
  verdict=$(head -n 1 ${d}/${VERDICT} 2>/dev/null ||
    echo 'refused: no verdict on the archive came from the restore job (its connection may have broken)')
  verdict=\${verdict#refused: }
}`;
}
/**
 * Bash: fingerprint the restored database (`got`) as the marker taken at the dump says (`want`), by the marker's
 * version (fingerprint.ts). A marker taken around a dump rather than in its snapshot (`dirty`) cannot be compared row
 * for row. The marker's lines reach SQL only as data, so it may run before the archive is judged; it fails (status)
 * rather than end the script, so a refused archive's message comes first.
 */
function fingerprintRestored(r, marker) {
    const target = (0,pg_admin/* adminTarget */.rz)(r, r.fresh);
    return `case "$(sed -n 2p ${marker})" in
  ${(0,quote/* quote */.hD)(fingerprint/* MARKER_V2 */.G8)})
    got=$(${(0,fingerprint/* fingerprintFromMarker */.Fq)((0,pg_admin/* adminConn */.GL)(r), target, `tail -n +3 ${marker}`)}) &&
      want=$(tail -n +3 ${marker} | LC_ALL=C sort) ;;
  clean)
    got=$(${(0,fingerprint/* fingerprintAs */.xT)((0,pg_admin/* adminConn */.GL)(r), target, fingerprint/* GENERATE_V1 */.y$)}) && want=$(tail -n +3 ${marker}) ;;
  *) got=dirty ;;
esac`;
}
/** Bash: `got` against `want` (fingerprintRestored), once the archive's verdict is in. */
const COMPARE = `if [ "$got" = failed ]; then
  echo "fingerprinting the restored database failed (the message above says why)" >&2; exit 1
elif [ "$got" = dirty ]; then
  echo "SLOTFLIP_EVENT the app wrote while this backup was taken: its tables cannot be compared row for row"
elif [ "$got" != "$want" ]; then
  echo "the restored database differs from the backup:" >&2
  diff <(printf '%s\\n' "$want") <(printf '%s\\n' "$got") >&2; exit 1
else
  printf '%s\\n' "$got" | awk -F'|' '{ printf "SLOTFLIP_EVENT verified %s: %s rows, checksum %s\\n", $1, $3, $4 }'
fi`;
/** The restore's private directory (the stage step makes it), with the FIFO the archive's dump streams through. */
const receiveDir = (dir) => ({
    kind: 'sh',
    note: 'a private directory for the archive, and the FIFO its dump streams through',
    text: `install -d -m 0700 ${(0,quote/* quote */.hD)(dir)} && mkfifo -m 0600 ${(0,quote/* quote */.hD)(`${dir}/${transport_transport/* RECEIVED */.iD.fifo}`)}`,
});
/**
 * Restore the dump into a new database owned by the app's role (created when the server lacks it: a new container;
 * its password is the environment's secret, which the restored shared config also holds: read by psql from a 0600
 * file, so neither it nor an escaped copy of it is ever in a script), as it streams in through the receiver's FIFO
 * (transport.ts), its sha256 taken on the way. Then wait for the restore job's verdict on the whole archive (every
 * byte authenticated, every part matching SHA256SUMS, the sealed manifest the right one), check the dump's own sum,
 * and fingerprint every table and compare with the fingerprint taken at the dump. Until all of that passed, the new
 * database is only a new database: the step fails and its undo drops it. A drill's tables are unlogged
 * (drill-unlogged.ts).
 */
function restoreIntoFresh(r, dir, passwordFile, dumpPart, drill = false) {
    const d = (0,quote/* quote */.hD)(dir);
    // Nothing uses the new database until the swap, so its restore need not wait for each commit's flush (the swap's own
    // commit flushes everything before it), and its indexes build in memory where the host has it: measured in the lab,
    // 7.7 s become 6.1 s for 619 MB, as fast as a plain pg_restore of a file.
    const pgRestore = `${(0,pg_admin/* adminConn */.GL)(r)} PGOPTIONS="-c synchronous_commit=off -c maintenance_work_mem=\${mwm:-64}MB" ` +
        `pg_restore --no-owner --no-acl --role=${(0,quote/* quote */.hD)(r.db.user)} --exit-on-error ${(0,pg_admin/* adminTarget */.rz)(r, r.fresh)}`;
    const marker = `${d}/db.dump.marker`;
    const unpack = (0,dump_codec/* unpackShell */.Zt)(dumpPart) && `${(0,dump_codec/* unpackShell */.Zt)(dumpPart)} | `;
    return {
        kind: 'sh',
        note: `restore the dump into a new database ${r.fresh} as it arrives; compare every table with the backup`,
        text: `${(0,dump_codec/* requireUnpacker */.Tl)(dumpPart)}
${(0,pg_admin/* adminSql */.GG)(r)} <<'SLOTFLIP_SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${r.db.user}') THEN CREATE ROLE ${r.db.user}; END IF;
END $$;
\\set pw \`cat ${(0,quote/* quote */.hD)(passwordFile)}\`
ALTER ROLE ${r.db.user} LOGIN PASSWORD :'pw';
DROP DATABASE IF EXISTS ${r.fresh};
CREATE DATABASE ${r.fresh} OWNER ${r.db.user};${drill ? `\n\\connect ${r.fresh}\n${UNLOGGED_TABLES_SQL}` : ''}
SLOTFLIP_SQL
${waitForVerdict(dir)}
rm -f ${d}/sum.fifo && mkfifo -m 0600 ${d}/sum.fifo
${sha256/* SHA256_FILTER */.H$} < ${d}/sum.fifo > ${d}/db.sum & sum=$!
# A quarter of the memory available, between PostgreSQL's default (64 MB) and 256 MB.
mwm=$(awk '/^MemAvailable:/ { m = int($2 / 4096); print (m > 256 ? 256 : (m < 64 ? 64 : m)) }' \\
  /proc/meminfo 2>/dev/null || true)
sf_dump_matches() {
  [ "$(cut -d' ' -f1 ${d}/db.sum)" = "$(awk '$2 == "${dumpPart}" { print $1 }' ${d}/SHA256SUMS)" ] || {
    echo "${dumpPart} does not match its line in SHA256SUMS: the backup's dump is damaged" >&2; exit ${DUMP_DAMAGED}
  }
}
echo "restoring ${dumpPart} into ${r.fresh} as it arrives"
# tee -p goes on into the dump's hash when pg_restore stops: a failed restore can then tell a damaged dump apart.
if ! tee -p ${d}/sum.fifo < ${d}/${transport_transport/* RECEIVED */.iD.fifo} | ${unpack}${pgRestore}; then
  echo "pg_restore failed; the rest of the archive is read to tell a damaged backup from a failed restore" >&2
  sf_verdict 5 receiver
  [ "$verdict" = ok ] || { echo "the archive was refused: $verdict" >&2; exit 1; }
  wait "$sum"; sf_dump_matches
  echo "the restore into ${r.fresh} failed" >&2; exit 1
fi
wait "$sum"
# The marker arrives after the dump: once the receiver has ended every part is here, and the fingerprint runs while
# the restore job still judges the archive.
p=$(cat ${d}/${transport_transport/* RECEIVED */.iD.pid} 2>/dev/null || true)
while [ -n "$p" ] && kill -0 "$p" 2>/dev/null && [ ! -s ${d}/${VERDICT} ]; do sleep 0.05; done
if ! { ${fingerprintRestored(r, marker)}; }; then got=failed; fi
sf_verdict 900 receiver
[ "$verdict" = ok ] || { echo "the archive was refused: $verdict" >&2; exit 1; }
sf_dump_matches
${COMPARE}`,
    };
}
/**
 * The restore's directory removed. A writer still waiting to open its FIFO (the receiver, when the restore step ended
 * before reading the dump; or the restore job's end-of-stream after a refused archive) is let go first: opened and
 * closed here, the FIFO has had a reader, and the writer's next write fails instead of waiting for ever. That repeats
 * while the receiver lives (for at most 5 s), since it may reach its FIFO only after the first time; a FIFO removed
 * under a writer could never be opened again to let it go.
 */
const removeRestoreDir = (dir) => {
    const d = (0,quote/* quote */.hD)(dir);
    return {
        kind: 'sh',
        note: 'remove the unpacked backup (no plaintext stays)',
        text: `p=$(cat ${d}/${transport_transport/* RECEIVED */.iD.pid} 2>/dev/null || true)
for _ in $(seq 50); do
  for f in ${d}/${transport_transport/* RECEIVED */.iD.fifo} ${d}/sum.fifo; do [ ! -p "$f" ] || { exec 7<> "$f"; exec 7>&-; }; done
  { [ -n "$p" ] && kill -0 "$p" 2>/dev/null; } || break
  sleep 0.1
done
rm -rf ${d}`,
    };
};

// EXTERNAL MODULE: ./src/transport/local.ts
var local = __webpack_require__(2042);
// EXTERNAL MODULE: ./src/backup/manifest.ts
var manifest = __webpack_require__(6345);
;// CONCATENATED MODULE: ./src/backup/stream-archive.ts










const ageError = (stderr) => stderr
    .split('\n')
    .find((l) => l.startsWith('age: error:'))
    ?.replace('age: error: ', '') ?? stderr.trim();
/** The dump's part streamed to the restore step, which checks its sum itself; every other part is checked here. */
const DUMP_LINE = /^[0-9a-f]{64} [ *]db\.dump(\.gz|\.zst)?$/;
function streamArchiveToHost(src, identity, transport, dir, onBytes) {
    const cipher = src.remote ? new external_node_stream_.PassThrough() : (0,external_node_fs_.createReadStream)(src.local);
    const fetched = src.remote
        ? transport.pipe((0,transport_transport/* pullArgv */.W8)(src.remote), { stdout: cipher })
        : Promise.resolve();
    // The identity arrives on fd 3 (a socket under Node, which age cannot open by path): bash turns it into a pipe.
    const age = (0,local/* filterLocal */.Kf)(['bash', '-c', 'exec age --decrypt --identity <(cat <&3)'], identity);
    // Every byte is hashed even after age stops (a flipped byte, a wrong key): the message can then say which it was.
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let ageStopped = false;
    let bytes = 0;
    age.stdin.on('error', () => (ageStopped = true));
    const toAge = new external_node_stream_.Writable({
        write(chunk, _e, cb) {
            hash.update(chunk);
            onBytes?.((bytes += chunk.length));
            if (ageStopped)
                return cb();
            age.stdin.write(chunk, (err) => ((ageStopped ||= Boolean(err)), cb()));
        },
        final(cb) {
            if (!ageStopped)
                age.stdin.end();
            cb();
        },
    });
    const fed = (0,external_node_stream_promises_.pipeline)(cipher, toAge);
    const received = transport.pipe((0,transport_transport/* receiveArchiveArgv */.MY)(dir), { stdin: age.stdout });
    let stopped = false;
    const verdict = Promise.allSettled([fetched, fed, age.done, received]).then(async ([f, , dec, u]) => {
        const judged = await judge(src.manifest, transport, dir, { f, sha: hash.digest('hex'), dec, u, stopped });
        await tell(transport, dir, judged);
        return judged;
    });
    return {
        verdict,
        stop: () => {
            stopped = true;
            age.stop();
            cipher.destroy();
        },
    };
}
/** age's exit when this side stopped it (SIGTERM): says nothing about the archive. */
const STOPPED_HERE = 128 + 15;
async function judge(m, transport, dir, end) {
    const { f, sha, dec, u, stopped } = end;
    const refuse = (reason, remedy, cause = 'archive') => ({
        ok: false,
        cause,
        reason: `backup ${m.id}: ${reason}`,
        remedy,
    });
    const decrypted = dec.status === 'fulfilled' ? dec.value : { code: 127, stderr: String(dec.reason) };
    const undecryptable = () => {
        if (decrypted.code === 0)
            return undefined;
        const why = ageError(decrypted.stderr);
        const remedy = decrypted.code === 127
            ? 'Install age on this machine (Debian: apt-get install age)'
            : /no identity matched/.test(why)
                ? `The restore key is not one of the backup's recipients (${m.recipients.join(', ')}); use the ` +
                    `identity that matches`
                : 'The archive is damaged: restore another backup';
        return refuse(`it cannot be decrypted: ${why}`, remedy);
    };
    // Stopped here, the archive was cut short on purpose (its fetch broken off, its hash of a part): only an error age
    // found before then (a wrong key, a damaged chunk) says something about the archive itself.
    if (stopped)
        return ((decrypted.code !== STOPPED_HERE ? undecryptable() : undefined) ??
            refuse('the restore ended before the archive had arrived', "The restore step's own message says why", 'delivery'));
    if (f.status === 'rejected')
        return refuse(`fetching the archive failed: ${f.reason.message}`, 'Check the store and run again', 'delivery');
    if (sha !== m.encrypted.sha256)
        return refuse(`the archive's sha256 is ${sha}, its manifest says ${m.encrypted.sha256} (damaged or altered)`, 'Restore another backup (`slotflip status` lists them); this one stays untouched for inspection');
    const cannotDecrypt = undecryptable();
    if (cannotDecrypt)
        return cannotDecrypt;
    if (u.status === 'rejected')
        return refuse(`receiving it on ${transport.label} failed: ${u.reason.message}`, 'Check the disk space in the backup directory on the host', 'delivery');
    // The parts but the dump (whose sum was taken on its way to pg_restore), each against its line; none is a failure.
    const check = await transport.script(`cd ${(0,quote/* quote */.hD)(dir)} && { sums=$(grep -vE ${(0,quote/* quote */.hD)(DUMP_LINE.source)} SHA256SUMS) || ` +
        `{ echo 'SHA256SUMS lists no part but the dump' >&2; exit 1; }; } && while read -r want name; do ` +
        `${(0,sha256/* sha256Matches */.pd)('"$name"', '"$want"')} || { echo "$name: FAILED" >&2; exit 1; }; ` +
        `done <<< "$sums" && cat manifest.json`);
    if (check.code !== 0)
        return refuse(`its parts do not match their SHA256SUMS: ${check.stderr.trim()}`, 'Restore another backup');
    const inner = (0,manifest/* parseManifest */.Ng)(check.stdout, true);
    if (!inner ||
        inner.id !== m.id ||
        inner.instance !== m.instance ||
        JSON.stringify(inner.sizes) !== JSON.stringify(m.sizes)) {
        return refuse(`the manifest sealed in the archive names ${inner ? `${inner.instance}/${inner.id}` : 'nothing'}, not ` +
            `${m.instance}/${m.id} with the same parts`, 'The outer manifest was swapped: restore another backup');
    }
    return { ok: true, inner };
}
/**
 * The verdict, where the restore step waits for it. After a refusal the step may still be waiting to open the dump's
 * FIFO, which nothing will ever write: a writer that opens and closes it (in the background, holding no output of
 * this script) gives the step its end of file.
 */
// One process in the background, its output not this script's (a background list would be a subshell holding it).
const releaseReader = (fifo) => `sh -c 'exec 7> "$0"' ${fifo} < /dev/null > /dev/null 2>&1 &`;
async function tell(transport, dir, v) {
    const d = (0,quote/* quote */.hD)(dir);
    const text = v.ok ? 'ok' : `refused: ${v.reason.replace(/\s+/g, ' ')}`;
    await transport.script(`[ -d ${d} ] || exit 0
printf '%s\\n' ${(0,quote/* quote */.hD)(text)} > ${d}/${VERDICT}.tmp && mv -f ${d}/${VERDICT}.tmp ${d}/${VERDICT}
${v.ok ? '' : `if [ -p ${d}/${transport_transport/* RECEIVED */.iD.fifo} ]; then ${releaseReader(`${d}/${transport_transport/* RECEIVED */.iD.fifo}`)} fi`}`);
}

// EXTERNAL MODULE: ./src/engine/outcome.ts
var engine_outcome = __webpack_require__(938);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/shell/layout.ts
var layout = __webpack_require__(50418);
// EXTERNAL MODULE: ./src/plan/format.ts
var format = __webpack_require__(80216);
// EXTERNAL MODULE: ./src/host/maintenance.ts
var maintenance = __webpack_require__(62357);
// EXTERNAL MODULE: ./src/host/release.ts
var release = __webpack_require__(97043);
;// CONCATENATED MODULE: ./src/host/restore.ts



/** Drop the drill's scratch database. */
function dropFresh(r) {
    return {
        kind: 'sh',
        note: `drop the scratch database ${r.fresh}`,
        text: `${(0,pg_admin/* adminSql */.GG)(r)} -c ${(0,quote/* quote */.hD)(`DROP DATABASE IF EXISTS ${r.fresh}`)}`,
    };
}
/**
 * The swap: no new connections to the live database, the stragglers ended, then two renames (the live database kept
 * as `aside`). On a server without the live database (a fresh container) it is one rename.
 */
function swapIn(r) {
    return {
        kind: 'sh',
        note: `swap ${r.fresh} in as ${r.db.name}; the old one stays as ${r.aside}`,
        text: `if [ "$(${(0,pg_admin/* adminSql */.GG)(r)} -c ${(0,quote/* quote */.hD)(`SELECT count(*) FROM pg_database WHERE datname = ` + `'${r.db.name}'`)})" = 1 ]; then
${(0,pg_admin/* adminSql */.GG)(r)} <<'SLOTFLIP_SQL'
ALTER DATABASE ${r.db.name} ALLOW_CONNECTIONS false;
SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
  WHERE datname = '${r.db.name}' AND pid <> pg_backend_pid();
ALTER DATABASE ${r.db.name} RENAME TO ${r.aside};
ALTER DATABASE ${r.aside} ALLOW_CONNECTIONS true;
SLOTFLIP_SQL
fi
${(0,pg_admin/* adminSql */.GG)(r)} -c ${(0,quote/* quote */.hD)(`ALTER DATABASE ${r.fresh} RENAME TO ${r.db.name}`)}
echo "SLOTFLIP_EVENT the database before the restore is kept as ${r.aside} (drop it once the restore is confirmed)"`,
    };
}
/** Undo of the swap: the restored database goes back to its own name, the old one returns. */
function swapBack(r) {
    return {
        kind: 'sh',
        note: `put ${r.aside} back as ${r.db.name}`,
        text: `${(0,pg_admin/* adminSql */.GG)(r)} <<'SLOTFLIP_SQL'
SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
  WHERE datname = '${r.db.name}' AND pid <> pg_backend_pid();
ALTER DATABASE ${r.db.name} RENAME TO ${r.fresh};
SLOTFLIP_SQL
[ "$(${(0,pg_admin/* adminSql */.GG)(r)} -c ${(0,quote/* quote */.hD)(`SELECT count(*) FROM pg_database WHERE datname = ` + `'${r.aside}'`)})" = 1 ] && ${(0,pg_admin/* adminSql */.GG)(r)} -c ${(0,quote/* quote */.hD)(`ALTER DATABASE ${r.aside} RENAME TO ${r.db.name}`)} || true`,
    };
}
/**
 * The files directory: the current one moved aside (kept), the backup's unpacked with owners and modes. The app's user
 * is created first on a new container, so files keep their owner by name rather than by a number nobody has.
 */
function restoreFiles(app, filesDir, dir, aside) {
    return {
        op: {
            kind: 'sh',
            note: `restore ${filesDir} (the current one is kept as ${aside})`,
            text: `${(0,release/* ensureAppUser */.$F)(app.instance, app.user)}
owner=$(stat -c %U:%G ${(0,quote/* quote */.hD)(filesDir)} 2>/dev/null || echo ${(0,quote/* quote */.hD)(`${app.user}:${app.user}`)})
[ -e ${(0,quote/* quote */.hD)(filesDir)} ] && mv ${(0,quote/* quote */.hD)(filesDir)} ${(0,quote/* quote */.hD)(aside)}
install -d ${(0,quote/* quote */.hD)(filesDir)} && chown "$owner" ${(0,quote/* quote */.hD)(filesDir)}
tar -xpf ${(0,quote/* quote */.hD)(`${dir}/files.tar`)} --same-owner -C ${(0,quote/* quote */.hD)(filesDir)}
echo "restored $(find ${(0,quote/* quote */.hD)(filesDir)} -type f | wc -l) files into ${filesDir}"`,
        },
        undo: {
            kind: 'sh',
            note: `put ${aside} back`,
            text: `if [ -e ${(0,quote/* quote */.hD)(aside)} ]; then rm -rf ${(0,quote/* quote */.hD)(filesDir)} && mv ${(0,quote/* quote */.hD)(aside)} ${(0,quote/* quote */.hD)(filesDir)}; fi`,
        },
    };
}
/**
 * Shared config, secrets and state.json: restored only on a host that has no state of the instance (a new
 * container); on the instance's own host they describe what is installed there and stay.
 */
function restoreShared(l, dir) {
    return {
        kind: 'sh',
        note: 'restore the shared config, secrets and state.json on a host that has none',
        text: `if [ -e ${(0,quote/* quote */.hD)(l.state)} ]; then
  echo "SLOTFLIP_EVENT kept this host's shared config and state (they describe what is installed here)"
else
  install -d -m 0755 ${(0,quote/* quote */.hD)(l.root)}
  tar -xpf ${(0,quote/* quote */.hD)(`${dir}/shared.tar`)} --same-owner -C ${(0,quote/* quote */.hD)(l.root)}
  echo "SLOTFLIP_EVENT restored the shared config, secrets and state.json of the backup"
fi`,
    };
}

// EXTERNAL MODULE: ./src/shell/state.ts
var state = __webpack_require__(55547);
// EXTERNAL MODULE: ./src/plan/steps.ts
var plan_steps = __webpack_require__(62960);
;// CONCATENATED MODULE: ./src/plan/restore-reopen.ts




/**
 * After the swap: the live slot started on its release again and gated, the maintenance page off, the restore
 * recorded.
 */
function liveSlotBack(req, r, live, liveRelease, files, unitsOf) {
    const inst = req.instance;
    const version = (0,release/* versionOf */.E4)(liveRelease);
    const restored = (0,state/* withHistory */.$k)(req.state, {
        run: req.run,
        op: 'restore',
        release: liveRelease,
        slot: live,
        result: 'ok',
        at: req.now,
        detail: `database${files ? ' and files' : ''} from backup ${req.backup.id} (made ` +
            `${req.backup.created}); the previous database is kept as ${r.aside}`,
    });
    return [
        {
            id: 'start',
            phase: 'start',
            title: `start the ${live} slot on ${liveRelease}`,
            timeoutMs: 2 * plan_steps/* MIN */.pH,
            ops: [
                {
                    kind: 'sh',
                    text: `systemctl reset-failed ${unitsOf([live])} 2>/dev/null || true\nsystemctl start ${unitsOf([live])}`,
                },
            ],
        },
        { ...(0,plan_steps/* gateStep */.sf)(inst, live, version), timeoutMs: 5 * plan_steps/* MIN */.pH },
        {
            id: 'reopen',
            phase: 'record',
            title: 'maintenance page off; record the restore',
            timeoutMs: plan_steps/* MIN */.pH,
            ops: [(0,maintenance/* maintenanceOff */.F)(inst.id), (0,plan_steps/* stateWrite */.$D)(inst.id, restored)],
        },
    ];
}

;// CONCATENATED MODULE: ./src/plan/restore-plan.ts










/** A PostgreSQL identifier made of the database name and the run (at most 63 bytes). */
const dbName = (name, what, run) => `${name.slice(0, 33)}_${what}_${run
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 20)}`;
/**
 * `slotflip restore`: the backup into a new database while the live one serves, then behind the maintenance page the
 * live slot stops, the databases swap by renames, the files and (on a new host) the shared config and state come
 * back, the slot starts and is gated. Every step before the last has an undo: a failure puts the old database and
 * files back and the old slot serving. A drill restores into a scratch database only, compares and drops it.
 */
function buildRestorePlan(req) {
    const inst = req.instance;
    const db = inst.database;
    if (!db)
        return { kind: 'refused', message: `${inst.id} has no database to restore` };
    const dumpPart = dump_codec/* DUMP_PARTS */.q9.find((p) => req.backup.sizes[p]);
    if (!dumpPart)
        return { kind: 'refused', message: `backup ${req.backup.id} holds no database dump` };
    const l = (0,layout/* layout */.Zp)(inst.id);
    const dir = req.dir;
    const r = {
        db,
        admin: { user: req.admin.user, pgpass: `${dir}/admin.pgpass` },
        fresh: dbName(db.name, req.drill ? 'drill' : 'restore', req.run),
        aside: dbName(db.name, 'before', req.run),
    };
    const pgpass = {
        kind: 'write',
        path: r.admin.pgpass,
        content: (0,pg_admin/* pgpassLine */.xV)(db.host, db.port, req.admin.user, req.admin.password),
        mode: '0600',
        secret: true,
    };
    const appPassword = {
        kind: 'write',
        path: `${dir}/app.password`,
        content: req.appPassword,
        mode: '0600',
        secret: true,
    };
    const stage = {
        id: 'stage',
        phase: 'stage',
        title: 'a private directory for the archive; the credentials the restore connects with (0600)',
        timeoutMs: plan_steps/* MIN */.pH,
        ops: [receiveDir(dir), pgpass, appPassword],
    };
    const intoFresh = {
        id: 'restore-db',
        phase: 'backup',
        title: `restore into ${r.fresh} and compare with the backup`,
        timeoutMs: 120 * plan_steps/* MIN */.pH,
        ops: [restoreIntoFresh(r, dir, `${dir}/app.password`, dumpPart, req.drill)],
        undo: [dropFresh(r)],
    };
    const common = {
        format: 1,
        run: req.run,
        instance: inst.id,
        release: { id: req.backup.release ?? 'none', version: req.backup.release ? (0,release/* versionOf */.E4)(req.backup.release) : 'none' },
        owner: req.owner,
    };
    if (req.drill) {
        return {
            kind: 'plan',
            plan: {
                ...common,
                from: req.state.active,
                to: req.state.active ?? 'blue',
                steps: [
                    stage,
                    intoFresh,
                    {
                        id: 'drop',
                        phase: 'record',
                        title: `drop the scratch database ${r.fresh}`,
                        timeoutMs: 10 * plan_steps/* MIN */.pH,
                        ops: [dropFresh(r)],
                    },
                ],
                finally: {
                    id: 'cleanup',
                    phase: 'record',
                    title: 'remove the unpacked backup',
                    timeoutMs: plan_steps/* MIN */.pH,
                    ops: [dropFresh(r), removeRestoreDir(dir)],
                },
                notes: [
                    `restore drill: backup ${req.backup.id} into the scratch database ${r.fresh}, compared table by ` +
                        `table, then dropped; nothing live is touched`,
                ],
            },
        };
    }
    const live = req.state.active;
    const liveRelease = live ? req.state.slots[live]?.release : undefined;
    const components = Object.keys(inst.app.components);
    const unitsOf = (slots) => slots.flatMap((s) => components.map((c) => (0,quote/* quote */.hD)(`${l.unit(c)}${s}`))).join(' ');
    const files = req.backup.sizes['files.tar'] !== undefined && inst.backups?.files_dir
        ? restoreFiles({ instance: inst.id, user: inst.app.user ?? inst.app.name }, inst.backups.files_dir, dir, `${inst.backups.files_dir}.before-${req.run}`)
        : undefined;
    const steps = [(0,plan_steps/* lockStep */.s9)(inst.id, req), stage, intoFresh];
    if (live && liveRelease) {
        steps.push({
            id: 'quiesce',
            phase: 'migrate',
            title: 'maintenance page on; stop both slots (no writes during the swap)',
            timeoutMs: 2 * plan_steps/* MIN */.pH,
            ops: [(0,maintenance/* maintenanceOn */.v)(inst.id), { kind: 'sh', text: `systemctl stop ${unitsOf(layout/* SLOTS */._f)}` }],
            undo: [{ kind: 'sh', text: `systemctl start ${unitsOf([live])}` }, (0,maintenance/* maintenanceOff */.F)(inst.id)],
        });
    }
    steps.push({
        id: 'swap',
        phase: 'migrate',
        title: `swap ${r.fresh} in as ${db.name}`,
        timeoutMs: 5 * plan_steps/* MIN */.pH,
        ops: [swapIn(r)],
        undo: [swapBack(r)],
    });
    if (files)
        steps.push({
            id: 'files',
            phase: 'migrate',
            title: `restore ${inst.backups.files_dir}`,
            timeoutMs: 60 * plan_steps/* MIN */.pH,
            ops: [files.op],
            undo: [files.undo],
        });
    steps.push({
        id: 'shared',
        phase: 'migrate',
        title: 'shared config, secrets and state (a new host only)',
        timeoutMs: plan_steps/* MIN */.pH,
        ops: [restoreShared(l, dir)],
    });
    if (live && liveRelease)
        steps.push(...liveSlotBack(req, r, live, liveRelease, files !== undefined, unitsOf));
    return {
        kind: 'plan',
        plan: {
            ...common,
            from: live,
            to: live ?? 'blue',
            steps,
            finally: (0,plan_steps/* unlockStep */.Rl)(inst.id, req.run, 'remove the unpacked backup; release the lock', [removeRestoreDir(dir)]),
            notes: [
                `backup ${req.backup.id} (release ${req.backup.release ?? 'none'}, schema ` +
                    (`${req.backup.schema || 'none'}, made ${req.backup.created}) into a new database, swapped in ` +
                        (`${live ? 'behind the maintenance page' : '(nothing is deployed on this host yet)'}; the ` +
                            `current database ` +
                            `is kept as ${r.aside}`)),
            ],
        },
    };
}

// EXTERNAL MODULE: ./src/plan/compile.ts + 1 modules
var compile = __webpack_require__(73509);
// EXTERNAL MODULE: ./src/transport/connect.ts + 3 modules
var connect = __webpack_require__(14519);
// EXTERNAL MODULE: ./src/session/verb.ts
var verb = __webpack_require__(87731);
// EXTERNAL MODULE: ./src/session/prepare.ts
var prepare = __webpack_require__(80295);
// EXTERNAL MODULE: ./src/session/run-context.ts + 3 modules
var run_context = __webpack_require__(28493);
// EXTERNAL MODULE: ./src/session/plan-run.ts + 1 modules
var plan_run = __webpack_require__(71475);
// EXTERNAL MODULE: ./src/backup/artifact-store.ts
var artifact_store = __webpack_require__(19958);
;// CONCATENATED MODULE: ./src/backup/github-port.ts
/** Without GitHub (a caller that gave none): `--from run:ID` says what is missing, the artifact store is skipped. */
const NO_GITHUB = {
    runs: () => ({ missing: 'access to GitHub (run it from the slotflip CLI or the action)' }),
};

// EXTERNAL MODULE: ./src/backup/local-store.ts
var local_store = __webpack_require__(64869);
;// CONCATENATED MODULE: ./src/backup/locate.ts





/** The instance's backups on its host, newest first (from the plain manifests; no key needed). */
async function listHost(transport, instance) {
    const dir = (0,layout/* layout */.Zp)(instance).backups;
    const r = await transport.script(`for f in ${(0,quote/* quote */.hD)(dir)}/*.manifest.json; do [ -e "$f" ] && [ -e "\${f%.manifest.json}.tar.age" ] && { ` +
        `tr -d '\\n' < "$f"; echo; }; done; true`, { timeoutMs: 30_000 });
    if (r.code !== 0)
        throw new Error(`listing the backups on ${transport.label} failed: ${r.stderr.trim()}`);
    return r.stdout
        .split('\n')
        .map((l) => (0,manifest/* parseManifest */.Ng)(l))
        .filter((m) => m?.instance === instance)
        .sort(manifest/* newestFirst */.ll);
}
const localDirs = (inst) => (inst.backups?.stores ?? []).filter((s) => s.type === 'local' && s.path).map((s) => s.path);
/**
 * Every backup a restore could take from the stores the environment names (host, local), newest first; one id listed
 * once.
 */
async function listBackups(transport, inst) {
    const stores = inst.backups?.stores;
    const onHost = !stores || stores.some((s) => s.type === 'host');
    const found = onHost
        ? (await listHost(transport, inst.id)).map((manifest) => ({ manifest, store: { type: 'host' } }))
        : [];
    for (const path of localDirs(inst)) {
        for (const manifest of await (0,local_store/* listLocal */.W)(path, inst.id))
            if (!found.some((f) => f.manifest.id === manifest.id))
                found.push({ manifest, store: { type: 'local', path } });
    }
    return found.sort((a, b) => (0,manifest/* newestFirst */.ll)(a.manifest, b.manifest));
}
/** `ID` or `latest`. */
function pick(found, from) {
    return from === 'latest' ? found[0] : found.find((f) => f.manifest.id === from);
}
/**
 * Where a restore reads the archive from: the host's copy stays there (it is streamed from it), a local store's here.
 */
function sourceOf(instance, f) {
    return f.store.type === 'host'
        ? { manifest: f.manifest, remote: `${(0,layout/* layout */.Zp)(instance).backups}/${(0,manifest/* archiveName */.uv)(f.manifest.id)}` }
        : { manifest: f.manifest, local: (0,external_node_path_.join)(f.store.path, (0,manifest/* archiveName */.uv)(f.manifest.id)) };
}

;// CONCATENATED MODULE: ./src/backup/trust.ts
// Which workflow runs a restore may take a backup from (design §5): a backup is as trustworthy as the job that made
// it. Anyone who can open a pull request can make a workflow upload an artifact; only runs of this repository's own
// backup or deploy workflow, started by a trusted event on the default branch, ever wrote a real backup.
const TRUSTED_WORKFLOWS = ['.github/workflows/backup.yml', '.github/workflows/deploy.yml'];
const TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
/** Pure: whether a run of `repo` could have made a real backup. */
function judgeRun(run, repo, defaultBranch, workflows = TRUSTED_WORKFLOWS) {
    const refuse = (reason) => ({ trusted: false, reason: `run ${run.id} ${reason}` });
    if (run.repository.full_name !== repo)
        return refuse(`belongs to ${run.repository.full_name}, not ${repo}`);
    if (run.head_repository?.full_name !== repo)
        return refuse(`ran code from ${run.head_repository?.full_name ?? 'an unknown repository'} (a fork)`);
    // The API reports a called workflow's path with its ref (`.github/workflows/x.yml@main`): the file is what counts.
    const path = run.path.replace(/@.*$/, '');
    if (!workflows.includes(path))
        return refuse(`is ${path}, not one of ${workflows.join(', ')}`);
    if (!TRUSTED_EVENTS.includes(run.event))
        return refuse(`was started by ${run.event}; only ${TRUSTED_EVENTS.join(', ')} runs make backups`);
    if (run.head_branch !== defaultBranch)
        return refuse(`ran on ${run.head_branch ?? 'no branch'}, not the default branch ${defaultBranch}`);
    return { trusted: true };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/session/restore-source.ts






/** A restore that will not go ahead: nothing was touched. */
const refused = (summary) => ({ exitCode: exit_codes/* ExitCode */.y.backupRefused, summary });
/** The environment or the command line does not give what a restore needs. */
const bad = (message, remedy) => new errors/* SlotflipError */.u0('validate', message, remedy, exit_codes/* ExitCode */.y.invalidConfig);
/** `--from run:ID`: only from this repository's own backup or deploy workflow, on the default branch, never a PR's. */
async function fromRun(runId, inst, opts, workDir) {
    const github = opts.github ?? NO_GITHUB;
    const api = github.runs(opts.env ?? process.env);
    if ('missing' in api)
        throw bad(`--from run:${runId} needs ${api.missing}`, 'Run the restore in a workflow, or set GITHUB_REPOSITORY and GITHUB_TOKEN');
    const run = await api.run(runId);
    const verdict = judgeRun(run, api.repo, await api.defaultBranch());
    if (!verdict.trusted)
        return refused(`refusing the artifact of ${verdict.reason}; nothing was touched`);
    const [owner_, name] = api.repo.split('/');
    if (!github.artifacts)
        throw bad(`--from run:${runId} reads a workflow artifact`, 'Run the restore inside a workflow run (the artifact client needs ACTIONS_RUNTIME_TOKEN)');
    const client = await github.artifacts();
    const files = await (0,artifact_store/* fetchArtifact */.t2)(client, inst.id, { token: api.token, workflowRunId: runId, repositoryOwner: owner_, repositoryName: name }, workDir);
    return { manifest: files.manifest, local: files.archive };
}
async function locateBackup(transport, inst, opts, workDir) {
    const run = /^run:(\d+)$/.exec(opts.from);
    if (run)
        return fromRun(Number(run[1]), inst, opts, workDir);
    const found = await listBackups(transport, inst);
    const f = pick(found, opts.from);
    if (!f)
        return {
            exitCode: exit_codes/* ExitCode */.y.invalidConfig,
            summary: `no backup "${opts.from}" of ${inst.id} on the host or in the local stores ` +
                `(${found.map((x) => x.manifest.id).join(', ') || 'none'})`,
        };
    opts.log(`backup ${f.manifest.id} from the ${f.store.type} store: release ${f.manifest.release ?? 'none'}, made ` +
        `${f.manifest.created}, ${f.manifest.encrypted.bytes} bytes`);
    return sourceOf(inst.id, f);
}

;// CONCATENATED MODULE: ./src/commands/restore.ts

















/** The restore-only credentials: the backup identity and the database admin. */
function credentials(inst, secrets) {
    const keyName = inst.backups?.restore_key_secret;
    if (!keyName)
        throw bad(`${inst.id} names no backups.restore_key_secret`, 'Name the secret that holds the age identity of the backup recipients');
    const adminName = inst.database?.admin_secret;
    if (!adminName)
        throw bad(`${inst.id} names no database.admin_secret`, 'A restore creates and renames databases: name the secret holding the password of database.admin_user');
    return {
        identity: secrets[keyName],
        admin: { user: inst.database.admin_user ?? 'postgres', password: secrets[adminName] },
        appPassword: secrets[inst.database.password_secret],
    };
}
/**
 * `slotflip restore`: find the backup and run the restore plan while the archive streams to the host, decrypted here
 * (where the key is); the plan's restore step reads the dump as it arrives.
 * Nothing the instance uses changes before the archive has passed every check (the restore step waits for the
 * stream's verdict).
 */
async function runRestore(opts) {
    const prepared = await (0,prepare/* prepare */.i)({ ...opts, render: false, restoreSecrets: true });
    const inst = prepared.instance;
    const cred = credentials(inst, prepared.secrets);
    const mask = (0,format/* masker */.KB)(Object.values(prepared.secrets));
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slotflip-restore-'));
    const transport = await (0,connect/* connectTarget */.u)(inst, prepared.secrets);
    let dir;
    let stream;
    try {
        const src = await locateBackup(transport, inst, opts, workDir).catch((e) => refused(`fetching backup ${opts.from} failed: ${mask(e.message)}`));
        if ('exitCode' in src)
            return src;
        const host = await (0,run_context/* readHostWhenFree */.vP)(transport, inst, Date.now() + opts.lockWaitMs, (l) => opts.log(`waiting for the lock: ${mask(l)}`));
        const run = (0,run_context/* newRunId */.F$)();
        dir = `${(0,layout/* layout */.Zp)(inst.id).backups}/.restore-${run}`;
        // The plan is made from the plain manifest (a dry run needs no key); the sealed one must agree before it runs.
        const result = buildRestorePlan({
            run,
            owner: (0,run_context/* owner */.eC)(),
            now: new Date().toISOString(),
            instance: inst,
            state: host.recovery.state,
            backup: src.manifest,
            dir,
            admin: cred.admin,
            appPassword: cred.appPassword,
            drill: opts.drill,
            guard: host.guard,
        });
        if (result.kind !== 'plan')
            return { exitCode: exit_codes/* ExitCode */.y.preflight, summary: result.message };
        const planText = (0,format/* formatPlan */.nT)(result.plan, Object.values(prepared.secrets));
        if (opts.dryRun)
            return (0,plan_run/* dryRunResult */.Y)(result.plan, Object.values(prepared.secrets), `restore plan for backup ${src.manifest.id}`, {
                backup: src.manifest.id,
            });
        opts.log(`backup ${src.manifest.id} streams to ${transport.label} as it is restored, decrypted here; the restore ` +
            `counts only once every byte is authenticated (sha256, age, SHA256SUMS, sealed manifest)`);
        let seen = 0;
        const ticker = setInterval(() => {
            if (seen)
                opts.log(`  ... ${(seen / 1048576).toFixed(0)} of ${(src.manifest.encrypted.bytes / 1048576).toFixed(0)} ` +
                    `MiB decrypted`);
        }, 10_000);
        // The stream starts once the stage step has made the private directory and its FIFO; the dump waits there until
        // the restore step reads it.
        const outcome = await (0,plan_run/* runWithProgress */.v)(result.plan, transport, opts, mask, {
            watch: (e) => {
                if (e.kind === 'done' && e.step.id === 'stage' && e.result.code === 0)
                    stream = streamArchiveToHost(src, cred.identity, transport, dir, (bytes) => (seen = bytes));
            },
        }).finally(() => clearInterval(ticker));
        // A restore that ended early needs no more of the archive (one that completed had its verdict already): the
        // stream stops, and a receiver still waiting for the restore step to read the dump is let go.
        if (outcome.kind !== 'completed' && stream) {
            stream.stop();
            await transport.script((0,compile/* compileOp */.Zm)(removeRestoreDir(dir)));
        }
        const verdict = await stream?.verdict;
        if (verdict && !verdict.ok && verdict.cause === 'archive')
            return refused(`${verdict.reason}; nothing the instance uses was touched (the new database was dropped). ${verdict.remedy}`);
        // The archive arrived whole, but its dump is unlike its line in SHA256SUMS: the backup, not the restore, failed.
        if (outcome.kind === 'failed' && outcome.step.id === 'restore-db' && outcome.code === DUMP_DAMAGED)
            return refused(`backup ${src.manifest.id}: ${mask(outcome.detail)}; nothing the instance uses was touched (the new ` +
                'database was dropped). Restore another backup (`slotflip status` lists them)');
        const what = opts.drill ? 'restore drill' : 'restore';
        const summary = outcome.kind === 'completed'
            ? `${what} of backup ${src.manifest.id} ` +
                `done${opts.drill ? ': every table matched and the scratch database was dropped' : ''}`
            : outcome.kind === 'failed' && outcome.disconnected
                ? (0,engine_outcome/* lostConnectionAdvice */.V)(outcome.step.id)
                : outcome.kind === 'failed'
                    ? `${what} failed at ${outcome.step.id}: ` +
                        `${mask(outcome.detail)}${opts.drill
                            ? ''
                            : outcome.undone
                                ? '; the previous database and files are back ' + 'and serving'
                                : '; undoing it failed too: an operator is needed (the journal has each step)'}`
                    : outcome.kind === 'locked'
                        ? `locked by ${mask(outcome.holder)}`
                        : 'the host changed while this run waited for the lock; run it again';
        const exitCode = outcome.kind === 'failed' && !outcome.disconnected
            ? outcome.undone
                ? exit_codes/* ExitCode */.y.rolledBackAfterFailure
                : exit_codes/* ExitCode */.y.rollbackFailed
            : (0,verb/* exitCodeFor */.Rr)(outcome);
        return { exitCode, summary, outcome, planText, backup: src.manifest.id };
    }
    finally {
        // An error above leaves the stream running: it stops, and its verdict is no longer anyone's concern.
        stream?.stop();
        stream?.verdict.catch(() => undefined);
        // Nothing decrypted outlives the command: the unpacked backup on the host (the plan removes it too) and downloads
        // here.
        if (dir)
            await transport.script((0,compile/* compileOp */.Zm)(removeRestoreDir(dir))).catch(() => undefined);
        await transport.close();
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 66111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ githubPort)
});

;// CONCATENATED MODULE: ./src/github/rest.ts
/** From the workflow's environment: GITHUB_API_URL, GITHUB_REPOSITORY and a token with actions:read. */
function githubApiFrom(env) {
    const token = env.SLOTFLIP_GITHUB_TOKEN ?? env.GITHUB_TOKEN;
    if (!env.GITHUB_REPOSITORY)
        return { missing: 'GITHUB_REPOSITORY (owner/name of this repository)' };
    if (!token)
        return { missing: 'a token with actions:read in GITHUB_TOKEN (the workflow passes github.token)' };
    return {
        url: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
        repo: env.GITHUB_REPOSITORY,
        token,
    };
}
async function get(api, path) {
    return request(api, 'GET', path);
}
/** One call to the repository's REST API; a non-2xx answer is an error naming the path and the status. */
async function request(api, method, path, body) {
    const res = await fetch(`${api.url}/repos/${api.repo}${path}`, {
        method,
        headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${api.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'slotflip',
            ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok)
        throw new Error(`GitHub API ${path || '/'}: ${res.status} ${res.statusText}`);
    return (await res.json());
}
const getWorkflowRun = (api, runId) => get(api, `/actions/runs/${runId}`);
const getDefaultBranch = async (api) => (await get(api, '')).default_branch;

;// CONCATENATED MODULE: ./src/github/port.ts

/**
 * GitHub as backups and restores reach it: the REST reads that judge a run, and @actions/artifact's client inside a
 * workflow run (ACTIONS_RUNTIME_TOKEN set), loaded only when used.
 */
function githubPort(env) {
    return {
        runs: (e) => {
            const api = githubApiFrom(e);
            if ('missing' in api)
                return api;
            return {
                repo: api.repo,
                token: api.token,
                run: (id) => getWorkflowRun(api, id),
                defaultBranch: () => getDefaultBranch(api),
            };
        },
        ...(env.ACTIONS_RUNTIME_TOKEN
            ? { artifacts: async () => new (await __webpack_require__.e(/* import() */ 854).then(__webpack_require__.bind(__webpack_require__, 41854))).DefaultArtifactClient() }
            : {}),
    };
}


/***/ }),

/***/ 49501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q9: () => (/* binding */ packDumpShell),
/* harmony export */   T7: () => (/* binding */ CHOOSE_DUMP_PART),
/* harmony export */   Tl: () => (/* binding */ requireUnpacker),
/* harmony export */   Z4: () => (/* binding */ unpackDumpShell),
/* harmony export */   Zt: () => (/* binding */ unpackShell),
/* harmony export */   q9: () => (/* binding */ DUMP_PARTS)
/* harmony export */ });
/* unused harmony exports gzipShell, gunzipShell */
// How a backup's dump is compressed. pg_dump writes it uncompressed (`-Z0`) and a tool beside it compresses, since
// pg_dump's own deflate runs in one thread and is most of a dump's time (15.3 s against 3.4 s uncompressed for 619 MB,
// measured in the lab). The part's name says which tool, so a restore knows how to read it:
// - db.dump.zst: zstd at its default level 3, on every core. Where the host has zstd (provision installs it).
//   Against deflate it writes 619 MB in a third of pigz's time and reads it back in a quarter (0.65 s against 2.4 s
//   in a lab container, 7 % smaller), and a restore shares its cores with PostgreSQL.
// - db.dump.gz: deflate at level 6 (pg_dump -Fc's own), by pigz on every core, or gzip: hosts without zstd.
// - db.dump: backups from before either, compressed by pg_dump itself; pg_restore reads them as they are.
/** Every name a dump has had, the newest first (a backup holds one of them). */
const DUMP_PARTS = ['db.dump.zst', 'db.dump.gz', 'db.dump'];
/** Shell: compress stdin to stdout at deflate level 6, on every core when pigz is there. */
const gzipShell = '{ if command -v pigz >/dev/null; then pigz -6; else gzip -6; fi; }';
/**
 * Shell: its reverse. Inflating is serial whatever the tool; pigz's own inflate is faster than gzip's, and with one
 * thread it reads, writes and checks in that thread: 619 MB out took 2.4 CPU seconds (and 2.4 s) so, against 3.9
 * (3.1 s) with its helper threads and 4.4 for gzip, measured in a lab container. A restore shares its cores with
 * PostgreSQL, so CPU is what counts.
 */
const gunzipShell = '{ if command -v pigz >/dev/null; then pigz -dc -p 1; else gzip -dc; fi; }';
/** Bash for a backup: `dumppart` names the part this host writes (zstd's where it has zstd). */
const CHOOSE_DUMP_PART = 'if command -v zstd >/dev/null; then dumppart=db.dump.zst; else dumppart=db.dump.gz; fi';
/** Shell: compress stdin to stdout for the part `$dumppart` names. */
const packDumpShell = `{ if [ "$dumppart" = db.dump.zst ]; then zstd -3 -T0 -q -c; else ${gzipShell}; fi; }`;
/** Shell: a filter turning the part back into pg_dump's custom format ('' for db.dump, which already is). */
function unpackShell(part) {
    if (part === 'db.dump.zst')
        return 'zstd -d -q -c';
    return part === 'db.dump.gz' ? gunzipShell : '';
}
/** Shell: `unpackShell` for the part `$dumppart` names (the backup's own check of what it wrote). */
const unzstd = unpackShell('db.dump.zst');
const unpackDumpShell = `{ if [ "$dumppart" = db.dump.zst ]; then ${unzstd}; else ${gunzipShell}; fi; }`;
/** Bash: fails with a message saying what to install when the host lacks the tool that reads `part`. */
function requireUnpacker(part) {
    if (part !== 'db.dump.zst')
        return '';
    return ('command -v zstd >/dev/null || { echo "zstd is not installed on the host, and this backup\'s dump is ' +
        'compressed with it (Debian: apt-get install zstd)" >&2; exit 4; }');
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


/***/ })

};
