import type { Database } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import type { Layout } from '../shell/layout.js';
import { dumpWithMarker } from './db-marker.js';
import { CHOOSE_DUMP_PART, packDumpShell, unpackDumpShell } from './dump-codec.js';
import { schemaHeadShell } from './psql.js';
import { quote } from '../shell/quote.js';
import { SHA256_FILTER } from '../shell/sha256.js';

export interface BackupSpec {
  /** Names the files: `<id>.tar.age` and `<id>.manifest.json` in the host's backup directory. */
  id: string;
  instance: string;
  release: string | null;
  /** age public keys: the host can write backups but never read them; the identity lives where restores run. */
  recipients: readonly string[];
  db?: Database;
  filesDir?: string;
  keep: number;
  /** Where it was made: run id, workflow, event, branch (from the runner's environment). */
  madeBy: Record<string, string>;
}

const conn = (l: Layout) => `PGPASSFILE=${quote(l.pgpass)} PGCONNECT_TIMEOUT=5 PGAPPNAME=slotflip`;

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
export function backupArchive(l: Layout, spec: BackupSpec): Op {
  const out = `${l.backups}/${spec.id}`;
  const db = spec.db;
  const target = db ? `-h ${quote(db.host)} -p ${db.port} -U ${quote(db.user)} -d ${quote(db.name)} --no-password` : '';
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
    note:
      `back up ${db ? 'the database, ' : ''}${spec.filesDir ? 'the files, ' : ''}shared config and ` +
      `state; encrypt to ${spec.recipients.length} recipient(s); keep ${spec.keep}`,
    text: `command -v age >/dev/null ||
  { echo "age is not installed on the host (Debian: apt-get install age)" >&2; exit 4; }
install -d -m 0700 ${quote(l.backups)}
rm -rf ${quote(w)} && install -d -m 0700 ${quote(w)}
w=${quote(w)}
trap 'rm -rf "$w" ${quote(`${out}.tar.age.partial`)}' EXIT
# A part's line in SHA256SUMS, as sha256sum writes it.
sha_line() { local h; h=$(${SHA256_FILTER} < "$1") || return 1; echo "\${h%% *}  $1"; }
parts='' dumppart=''
${
  db
    ? `${CHOOSE_DUMP_PART}
${dumpWithMarker(l, db, `${w}/db.dump`, '"$w/$dumppart"', packDumpShell)}
# The dump's hash is taken while the small parts are made (one read of the dump; the page cache serves the next).
(cd "$w" && sha_line "$dumppart" > dump.sha256) & dumpsum=$!
# pg_restore reads the archive's table of contents and stops: a dump pg_restore cannot read is not a backup.
pg_restore --list < <(${unpackDumpShell} < "$w/$dumppart" 2>/dev/null) > /dev/null || {
  echo "pg_restore cannot read the dump just written (its message is above): no backup was kept" >&2; exit 1
}
schema=$(${schemaHeadShell(l, db)})
# The roles the database needs (attributes and memberships; passwords stay in the shared secrets): readable by the
# app's own role.
${conn(l)} pg_dumpall --roles-only --no-role-passwords ${target.replace('-d ', '-l ')} > "$w/roles.sql"
parts="$parts $dumppart db.dump.marker roles.sql"`
    : 'schema='
}
${spec.filesDir ? `tar -C ${quote(spec.filesDir)} -cf "$w/files.tar" .\nparts="$parts files.tar"` : ''}
with_state=(); [ -e ${quote(l.state)} ] && with_state=(state.json)
tar -C ${quote(l.root)} -cf "$w/shared.tar" shared "\${with_state[@]}"
parts="$parts shared.tar"
${db ? 'wait ' + '"$dumpsum"\n' : ''}(cd "$w" && { ${
      db ? 'cat ' + 'dump.sha256; ' : ''
    }for p in $parts; do [ "$p" = "$dumppart" ] || sha_line "$p" || exit 1; done; } > SHA256SUMS && rm -f dump.sha256)
sizes=$(cd "$w" && for p in $parts; do printf '"%s":%s,' "$p" "$(stat -c %s "$p")"; done)
tools="$(pg_dump --version 2>/dev/null | head -n 1); $(age --version 2>/dev/null)"
base=${quote(meta)}
printf '%s,"schema":"%s","created":"%s","sizes":{%s},"tools":"%s"}\\n' \\
  "\${base%\\}}" "$schema" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "\${sizes%,}" "$tools" > "$w/manifest.json"
# Encrypted and hashed in the same pass.
tar -C "$w" -cf - manifest.json SHA256SUMS $parts | age ${spec.recipients
      .map((r) => `-r ` + `${quote(r)}`)
      .join(' ')} | tee ${quote(`${out}.tar.age.partial`)} | ${SHA256_FILTER} > "$w/archive.sha256"
sha=$(cut -d' ' -f1 "$w/archive.sha256")
bytes=$(stat -c %s ${quote(`${out}.tar.age.partial`)})
printf '%s,"encrypted":{"sha256":"%s","bytes":%s}}\\n' "$(sed 's/}$//' "$w/manifest.json")" "$sha" "$bytes" \\
  > ${quote(`${out}.manifest.json`)}
mv -f ${quote(`${out}.tar.age.partial`)} ${quote(`${out}.tar.age`)}
ls -1t ${quote(l.backups)}/*.tar.age 2>/dev/null | tail -n +${spec.keep + 1} | while read -r old; do
  rm -f "$old" "\${old%.tar.age}.manifest.json"; echo "removed the older backup $(basename "$old")"
done
echo "SLOTFLIP_RESULT archive {\\"id\\":\\"${spec.id}\\",\\"sha256\\":\\"$sha\\",\\"bytes\\":$bytes}"
echo "backup ${spec.id}: $bytes bytes encrypted, sha256 $sha"`,
  };
}
