// How a backup's dump is compressed. pg_dump writes it uncompressed (`-Z0`) and a tool beside it compresses, since
// pg_dump's own deflate runs in one thread and is most of a dump's time (15.3 s against 3.4 s uncompressed for 619 MB,
// measured in the lab). The part's name says which tool, so a restore knows how to read it:
// - db.dump.zst: zstd at its default level 3, on every core. Where the host has zstd (provision installs it).
//   Against deflate it writes 619 MB in a third of pigz's time and reads it back in a quarter (0.65 s against 2.4 s
//   in a lab container, 7 % smaller), and a restore shares its cores with PostgreSQL.
// - db.dump.gz: deflate at level 6 (pg_dump -Fc's own), by pigz on every core, or gzip: hosts without zstd.
// - db.dump: backups from before either, compressed by pg_dump itself; pg_restore reads them as they are.

export type DumpPart = 'db.dump.zst' | 'db.dump.gz' | 'db.dump';

/** Every name a dump has had, the newest first (a backup holds one of them). */
export const DUMP_PARTS: readonly DumpPart[] = ['db.dump.zst', 'db.dump.gz', 'db.dump'];

/** Shell: compress stdin to stdout at deflate level 6, on every core when pigz is there. */
export const gzipShell = '{ if command -v pigz >/dev/null; then pigz -6; else gzip -6; fi; }';
/**
 * Shell: its reverse. Inflating is serial whatever the tool; pigz's own inflate is faster than gzip's, and with one
 * thread it reads, writes and checks in that thread: 619 MB out took 2.4 CPU seconds (and 2.4 s) so, against 3.9
 * (3.1 s) with its helper threads and 4.4 for gzip, measured in a lab container. A restore shares its cores with
 * PostgreSQL, so CPU is what counts.
 */
export const gunzipShell = '{ if command -v pigz >/dev/null; then pigz -dc -p 1; else gzip -dc; fi; }';

/** Bash for a backup: `dumppart` names the part this host writes (zstd's where it has zstd). */
export const CHOOSE_DUMP_PART =
  'if command -v zstd >/dev/null; then dumppart=db.dump.zst; else dumppart=db.dump.gz; fi';

/** Shell: compress stdin to stdout for the part `$dumppart` names. */
export const packDumpShell = `{ if [ "$dumppart" = db.dump.zst ]; then zstd -3 -T0 -q -c; else ${gzipShell}; fi; }`;

/** Shell: a filter turning the part back into pg_dump's custom format ('' for db.dump, which already is). */
export function unpackShell(part: DumpPart): string {
  if (part === 'db.dump.zst') return 'zstd -d -q -c';
  return part === 'db.dump.gz' ? gunzipShell : '';
}

/** Shell: `unpackShell` for the part `$dumppart` names (the backup's own check of what it wrote). */
const unzstd = unpackShell('db.dump.zst');
export const unpackDumpShell = `{ if [ "$dumppart" = db.dump.zst ]; then ${unzstd}; else ${gunzipShell}; fi; }`;

/** Bash: fails with a message saying what to install when the host lacks the tool that reads `part`. */
export function requireUnpacker(part: DumpPart): string {
  if (part !== 'db.dump.zst') return '';
  return (
    'command -v zstd >/dev/null || { echo "zstd is not installed on the host, and this backup\'s dump is ' +
    'compressed with it (Debian: apt-get install zstd)" >&2; exit 4; }'
  );
}
