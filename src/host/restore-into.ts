import type { Op } from '../shell/ops.js';
import { UNLOGGED_TABLES_SQL } from './drill-unlogged.js';
import { requireUnpacker, unpackShell, type DumpPart } from './dump-codec.js';
import { fingerprintAs, fingerprintFromMarker, GENERATE_V1, MARKER_V2 } from './fingerprint.js';
import { adminConn, adminSql, adminTarget } from './pg-admin.js';
import type { RestoreDb } from './restore.js';
import { quote } from '../shell/quote.js';
import { SHA256_FILTER } from '../shell/sha256.js';
import { RECEIVED } from '../transport/transport.js';

// The restore's database step and its private directory: the archive streams into the directory (the dump through a
// FIFO) while the step restores the dump into a new database, which counts only once the restore job's verdict on
// the whole archive is in and every table compares equal (host/restore.ts has the steps around it).

/** Where the restore job writes its verdict on the archive: `ok`, or why it refused it. */
export const VERDICT = 'verdict';

/** The restore step's exit when the dump is unlike its line in SHA256SUMS: the backup is damaged, not the restore. */
export const DUMP_DAMAGED = 14;

/**
 * Bash: `sf_verdict SECONDS [receiver]` waits for the restore job's verdict (it comes once the whole archive has
 * arrived and been checked), then sets `verdict`: `ok`, or why the archive was refused. SECONDS bounds the wait; with
 * `receiver` it counts only once the archive's receiver has ended (the archive may take long to arrive).
 */
function waitForVerdict(dir: string): string {
  const d = quote(dir);
  return `sf_verdict() {
  local waited=0 p
  until [ -s ${d}/${VERDICT} ]; do
    p=$(cat ${d}/${RECEIVED.pid} 2>/dev/null || true)
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
function fingerprintRestored(r: RestoreDb, marker: string): string {
  const target = adminTarget(r, r.fresh);
  return `case "$(sed -n 2p ${marker})" in
  ${quote(MARKER_V2)})
    got=$(${fingerprintFromMarker(adminConn(r), target, `tail -n +3 ${marker}`)}) &&
      want=$(tail -n +3 ${marker} | LC_ALL=C sort) ;;
  clean)
    got=$(${fingerprintAs(adminConn(r), target, GENERATE_V1)}) && want=$(tail -n +3 ${marker}) ;;
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
export const receiveDir = (dir: string): Op => ({
  kind: 'sh',
  note: 'a private directory for the archive, and the FIFO its dump streams through',
  text: `install -d -m 0700 ${quote(dir)} && mkfifo -m 0600 ${quote(`${dir}/${RECEIVED.fifo}`)}`,
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
export function restoreIntoFresh(
  r: RestoreDb,
  dir: string,
  passwordFile: string,
  dumpPart: DumpPart,
  drill = false,
): Op {
  const d = quote(dir);
  // Nothing uses the new database until the swap, so its restore need not wait for each commit's flush (the swap's own
  // commit flushes everything before it), and its indexes build in memory where the host has it: measured in the lab,
  // 7.7 s become 6.1 s for 619 MB, as fast as a plain pg_restore of a file.
  const pgRestore =
    `${adminConn(r)} PGOPTIONS="-c synchronous_commit=off -c maintenance_work_mem=\${mwm:-64}MB" ` +
    `pg_restore --no-owner --no-acl --role=${quote(r.db.user)} --exit-on-error ${adminTarget(r, r.fresh)}`;
  const marker = `${d}/db.dump.marker`;
  const unpack = unpackShell(dumpPart) && `${unpackShell(dumpPart)} | `;
  return {
    kind: 'sh',
    note: `restore the dump into a new database ${r.fresh} as it arrives; compare every table with the backup`,
    text: `${requireUnpacker(dumpPart)}
${adminSql(r)} <<'SLOTFLIP_SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${r.db.user}') THEN CREATE ROLE ${r.db.user}; END IF;
END $$;
\\set pw \`cat ${quote(passwordFile)}\`
ALTER ROLE ${r.db.user} LOGIN PASSWORD :'pw';
DROP DATABASE IF EXISTS ${r.fresh};
CREATE DATABASE ${r.fresh} OWNER ${r.db.user};${drill ? `\n\\connect ${r.fresh}\n${UNLOGGED_TABLES_SQL}` : ''}
SLOTFLIP_SQL
${waitForVerdict(dir)}
rm -f ${d}/sum.fifo && mkfifo -m 0600 ${d}/sum.fifo
${SHA256_FILTER} < ${d}/sum.fifo > ${d}/db.sum & sum=$!
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
if ! tee -p ${d}/sum.fifo < ${d}/${RECEIVED.fifo} | ${unpack}${pgRestore}; then
  echo "pg_restore failed; the rest of the archive is read to tell a damaged backup from a failed restore" >&2
  sf_verdict 5 receiver
  [ "$verdict" = ok ] || { echo "the archive was refused: $verdict" >&2; exit 1; }
  wait "$sum"; sf_dump_matches
  echo "the restore into ${r.fresh} failed" >&2; exit 1
fi
wait "$sum"
# The marker arrives after the dump: once the receiver has ended every part is here, and the fingerprint runs while
# the restore job still judges the archive.
p=$(cat ${d}/${RECEIVED.pid} 2>/dev/null || true)
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
export const removeRestoreDir = (dir: string): Op => {
  const d = quote(dir);
  return {
    kind: 'sh',
    note: 'remove the unpacked backup (no plaintext stays)',
    text: `p=$(cat ${d}/${RECEIVED.pid} 2>/dev/null || true)
for _ in $(seq 50); do
  for f in ${d}/${RECEIVED.fifo} ${d}/sum.fifo; do [ ! -p "$f" ] || { exec 7<> "$f"; exec 7>&-; }; done
  { [ -n "$p" ] && kill -0 "$p" 2>/dev/null; } || break
  sleep 0.1
done
rm -rf ${d}`,
  };
};
