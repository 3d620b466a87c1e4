// Transports are the only code that starts processes or opens connections. A script always travels on stdin to
// `bash -s` on the other side, so no value in it (secrets included) ever appears in an argv that `ps` can show.

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
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
  /** Streams a file on the target to this machine (backups: never whole in memory). Rejects with the target's stderr. */
  pull(remotePath: string, localPath: string): Promise<void>;
  /** Streams a file from this machine to the target: written 0600 as `<path>.partial`, renamed only when complete. */
  push(localPath: string, remotePath: string): Promise<void>;
  close(): Promise<void>;
}

// The far side of a pull or a push: fixed programs, the path as their one argument (checked plain, so it needs no
// quoting on an ssh command line either). A push never leaves a file that looks complete when the stream breaks.
const PLAIN_PATH = /^\/[A-Za-z0-9_./@+-]+$/;
export function pullArgv(path: string): string[] {
  return ['cat', '--', plainPath(path)];
}
export function pushArgv(path: string): string[] {
  return ['sh', '-c', 'umask 077 && cat > "$0.partial" && mv -f "$0.partial" "$0"', plainPath(path)];
}
function plainPath(path: string): string {
  if (!PLAIN_PATH.test(path) || path.includes('..')) throw new Error(`not a plain absolute path: ${path}`);
  return path;
}
