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
  close(): Promise<void>;
}
