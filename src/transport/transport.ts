import { createReadStream, createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
// Transports are the only code that starts processes or opens connections. A script always travels on stdin to
// `bash -s` on the other side, so no value in it (secrets included) ever appears in an argv that `ps` can show.

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The connection to the target broke while the script ran (or before it started): how it ended is unknown. */
  lost?: boolean;
}

export interface RunOptions {
  /** Milliseconds before the remote script is abandoned (the result's code is then 124, like timeout(1)). */
  timeoutMs?: number;
}

export interface Transport {
  /** Human-readable target, for messages: "root@10.251.0.11:22", "lxc-attach slotflip-lab-1". */
  readonly label: string;
  /** Runs a bash script on the target with `bash -s`. Never rejects for a non-zero exit: check `code`. */
  script(script: string, opts?: RunOptions): Promise<RunResult>;
  /**
   * Runs a fixed program on the target (never a script: its argv is checked plain) with streams as its stdin and/or
   * stdout: backups move through it and are never whole in memory. Rejects with the program's stderr on failure.
   */
  pipe(argv: readonly string[], io: { stdin?: Readable; stdout?: Writable }): Promise<void>;
  close(): Promise<void>;
  /** Sets up now what the first script would otherwise wait for (over SSH: the runner's session). */
  warmUp?(): void;
}

// The far side of a pull, a push or an unpack: fixed programs, the path as their one argument (checked plain, so
// it needs no quoting on an ssh command line either). A push never leaves a file that looks complete when the stream
// breaks.
const PLAIN_PATH = /^\/[A-Za-z0-9_./@+-]+$/;
export function pullArgv(path: string): string[] {
  return ['cat', '--', plainPath(path)];
}
export function pushArgv(path: string): string[] {
  return ['sh', '-c', 'umask 077 && cat > "$0.partial" && mv -f "$0.partial" "$0"', plainPath(path)];
}
/** What an archive's receiver makes in its directory (the restore step reads them: host/restore-into.ts). */
export const RECEIVED = {
  /** The dump (db.dump.zst, db.dump.gz, or db.dump from before both) goes into this FIFO as it arrives. */
  fifo: 'db.fifo',
  /** The receiver's pid, while it lives. */
  pid: 'receiver.pid',
} as const;

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
export function receiveArchiveArgv(dir: string): string[] {
  return ['bash', '-c', RECEIVE, plainPath(dir)];
}
function plainPath(path: string): string {
  if (!PLAIN_PATH.test(path) || path.includes('..')) throw new Error(`not a plain absolute path: ${path}`);
  return path;
}

/**
 * Pipes a program's output into `dest` and settles when `dest` has taken all of it ('finish'). pipeline() would also
 * wait for the readable end of a duplex `dest` (a PassThrough feeding a decryption) and close it early.
 */
export function drainInto(src: Readable, dest: Writable): Promise<void> {
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
export function feed(src: Readable, dest: Writable): Promise<void> {
  return pipeline(src, dest).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw e;
  });
}

/** A file on the target copied to this machine (0600). */
export const pull = (t: Transport, remotePath: string, localPath: string) =>
  t.pipe(pullArgv(remotePath), { stdout: createWriteStream(localPath, { mode: 0o600 }) });
/** A file from this machine copied to the target. */
export const push = (t: Transport, localPath: string, remotePath: string) =>
  t.pipe(pushArgv(remotePath), { stdin: createReadStream(localPath) });
