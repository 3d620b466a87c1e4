// Backup and restore throughput against the plain tools, on the same database, disk and compression (pg_dump -Fc's
// default level for both), in lab container 1:
//   backup   slotflip backup (snapshot fingerprint, dump, roles, tar, sha256, age encryption, manifest)
//            against pg_dump -Fc of the same database to the same directory                     target >= 0.9
//   restore  slotflip restore --drill (fetch, sha256, full age decryption here, SHA256SUMS, push, restore into a new
//            database, per-table comparison, drop) against createdb + pg_restore of the plain dump     target >= 0.9
// Both sides are timed from outside, as wall time of the whole command. Ratios are plain time / slotflip time.
// Usage (root): npx tsx bench/backup.ts [--mb 500] [--json]
import { execFileSync } from 'node:child_process';
import { attach } from '../src/lab/container.js';
import { LAB_DB } from '../src/lab/services.js';
import { deploy, envFor, resetInstanceScript, slotflip } from '../test/e2e/deploy-helpers.js';
import { labTarget } from '../test/e2e/lab.js';

const INSTANCE = 'demo-lab-1';
const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const MB = Number(process.argv.includes('--mb') ? arg('--mb') : 500);
const lab = attach(1);
const backups = `/opt/slotflip/${INSTANCE}/backups`;
const asPostgres = (sql: string, db: string = LAB_DB.name) => `runuser -u postgres -- psql -qAt -v ON_ERROR_STOP=1 -d ${db} -c "${sql}"`;

async function sh(script: string): Promise<string> {
  const r = await lab.script(`set -euo pipefail\n${script}`, { timeoutMs: 3_600_000 });
  if (r.code !== 0) throw new Error(`${script.split('\n')[0]}: exit ${r.code}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Milliseconds a shell command takes in the container. */
async function timed(script: string): Promise<number> {
  return Number(await sh(`s=$(date +%s%N)\n${script}\necho $(( ($(date +%s%N) - s) / 1000000 ))`).then((o) => o.split('\n').at(-1)));
}

execFileSync(process.execPath, ['bin/slotflip.js', 'lab', 'up'], { stdio: ['ignore', 'ignore', 'inherit'] });
await lab.script(resetInstanceScript(INSTANCE));
const first = await deploy(envFor('1.0.0'));
if (first.code !== 0) throw new Error(`deploy failed: ${first.stderr}`);

// The data: rows of hex text (compressible about as much as real app data), until the database holds MB megabytes.
process.stderr.write(`generating a ${MB} MB database in ${INSTANCE}... `);
await sh(`${asPostgres(`CREATE TABLE IF NOT EXISTS bench_rows (id bigint PRIMARY KEY, owner int, title text, body text, created timestamptz); ALTER TABLE bench_rows OWNER TO ${LAB_DB.user}`)}
while [ "$(${asPostgres('SELECT pg_database_size(current_database()) / 1048576')})" -lt ${MB} ]; do
  ${asPostgres("INSERT INTO bench_rows SELECT n, n % 997, 'task ' || n, md5(n::text) || md5(random()::text) || repeat(md5((n * 7)::text), 2) || md5(random()::text), now() - (n || ' s')::interval FROM generate_series((SELECT coalesce(max(id), 0) + 1 FROM bench_rows), (SELECT coalesce(max(id), 0) + 500000 FROM bench_rows)) n")}
done
${asPostgres('VACUUM ANALYZE bench_rows')}`);
const dbBytes = Number(await sh(asPostgres('SELECT pg_database_size(current_database())')));
process.stderr.write(`${(dbBytes / 1048576).toFixed(0)} MB\n`);

const conn = `PGPASSFILE=/opt/slotflip/${INSTANCE}/shared/pgpass`;
const plainDumpMs = await timed(`${conn} pg_dump -Fc -h 127.0.0.1 -U ${LAB_DB.user} -d ${LAB_DB.name} -f ${backups}/plain.dump`);
const plainDumpBytes = Number(await sh(`stat -c %s ${backups}/plain.dump`));
// The plain restore connects as slotflip's restore does: the database admin over TCP, with a 0600 pgpass file.
const adminPass = '/root/.bench-admin.pgpass';
await sh(`umask 077; cat > ${adminPass} <<'EOF'\n127.0.0.1:5432:*:${LAB_DB.admin}:${labTarget(1).dbAdminPassword}\nEOF`);
const admin = `PGPASSFILE=${adminPass} psql -h 127.0.0.1 -U ${LAB_DB.admin} -d postgres -qAt -v ON_ERROR_STOP=1`;
await sh(`${admin} -c 'DROP DATABASE IF EXISTS bench_plain'`);
const plainRestoreMs = await timed(`${admin} -c 'CREATE DATABASE bench_plain OWNER ${LAB_DB.user}'
PGPASSFILE=${adminPass} pg_restore --no-owner --no-acl --role=${LAB_DB.user} --exit-on-error -h 127.0.0.1 -U ${LAB_DB.admin} -d bench_plain ${backups}/plain.dump
${admin} -c 'DROP DATABASE bench_plain'`);
await sh(`rm -f ${adminPass}`);

const env = envFor('1.0.0');
let b, r, m;
try {
  b = await slotflip(['backup', '--env', env, '--secrets-dir', 'lab/state/secrets']);
  if (b.code !== 0) throw new Error(`slotflip backup failed: ${b.stderr}`);
  m = /backup (\S+): (\d+) bytes encrypted/.exec(b.stderr)!;
  r = await slotflip(['restore', '--env', env, '--from', m[1]!, '--drill', '--secrets-dir', 'lab/state/secrets']);
  if (r.code !== 0) throw new Error(`slotflip restore --drill failed: ${r.stderr}`);
} finally {
  // The lab goes back to its usual size whatever happened (the tests back it up many times).
  await sh(`rm -f ${backups}/plain.dump ${m ? `${backups}/${m[1]}.tar.age ${backups}/${m[1]}.manifest.json` : ''}\n${asPostgres('DROP TABLE IF EXISTS bench_rows')}`);
}

const mbps = (ms: number) => dbBytes / 1048576 / (ms / 1000);
const rows = [
  { what: 'backup', plainSeconds: plainDumpMs / 1000, slotflipSeconds: b.ms / 1000, plainMBps: mbps(plainDumpMs), slotflipMBps: mbps(b.ms), plainBytes: plainDumpBytes, slotflipBytes: Number(m[2]), ratio: plainDumpMs / b.ms },
  { what: 'restore', plainSeconds: plainRestoreMs / 1000, slotflipSeconds: r.ms / 1000, plainMBps: mbps(plainRestoreMs), slotflipMBps: mbps(r.ms), plainBytes: plainDumpBytes, slotflipBytes: Number(m[2]), ratio: plainRestoreMs / r.ms },
];
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ databaseBytes: dbBytes, rows }));
} else {
  console.log(`database ${(dbBytes / 1048576).toFixed(0)} MB (pg_database_size); throughput = database size / wall time; ratio = plain time / slotflip time (target >= 0.9)`);
  console.log('          plain tools              slotflip (hash + age + verify)     bytes plain / slotflip      ratio');
  for (const x of rows) {
    console.log(`${x.what.padEnd(8)}  ${x.plainSeconds.toFixed(1).padStart(6)} s ${x.plainMBps.toFixed(0).padStart(5)} MB/s     ${x.slotflipSeconds.toFixed(1).padStart(6)} s ${x.slotflipMBps.toFixed(0).padStart(5)} MB/s           ${(x.plainBytes / 1048576).toFixed(1).padStart(7)} / ${(x.slotflipBytes / 1048576).toFixed(1).padStart(7)} MB   ${x.ratio.toFixed(2).padStart(5)} ${x.ratio >= 0.9 ? 'met' : 'NOT met'}`);
  }
}
