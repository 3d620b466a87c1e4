import { randomBytes } from 'node:crypto';
import type { RunResult } from './transport.js';

/** What the runner needs of an ssh2 connection and its channels (ssh2 ships no types of its own). */
interface Channel {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  stderr: { on(event: 'data', listener: (chunk: Buffer) => void): unknown };
  write(data: Buffer): boolean;
  close(): void;
}
export interface ExecClient {
  exec(command: string, callback: (err: Error | undefined, channel: Channel) => void): unknown;
}

// Every SSH exec is a new session on the host, and sshd sets each one up (PAM, a logind session): measured about
// 130 ms for `true` in the lab, more than most steps take. A runner is one long-lived session that runs scripts one
// after another: each arrives framed on stdin (`SF <token> <length>` then the script), runs as its own `bash -s`
// (stdin is only its script; `$$` is its own, so cancelling by pid works as before), with its stdout and stderr
// captured in a private directory, and comes back framed (`SF-DONE <token> <code> <stdout bytes> <stderr bytes>`).
// The loop itself is a constant: no script and no secret is ever in an argv.
// SLOTFLIP_RUNNER: this session's pid, for the lock (host/lock.ts): it lives as long as the connection and its step.
// Each process started costs 3-5 ms in a container, so the loop starts three a step (bash, stat, cat): bash's `read`
// takes the script (its -N counts bytes under LC_ALL=C) and one stat measures both outputs. Scripts are text (a NUL
// byte, which no bash word holds, never reaches one). A here-string longer than a pipe holds goes into a file, so
// TMPDIR points at the private directory while it is made; both variables are as they were when the script starts.
const LOOP = `export SLOTFLIP_RUNNER=$$
d=$(mktemp -d /run/slotflip-runner.XXXXXX 2>/dev/null || mktemp -d) || exit 90
trap 'rm -rf "$d"' EXIT
sf_lc=\${LC_ALL-} sf_lc_set=\${LC_ALL+1} sf_tmp=\${TMPDIR-} sf_tmp_set=\${TMPDIR+1}
sf_env() {
  if [ -n "$sf_lc_set" ]; then LC_ALL=$sf_lc; else unset LC_ALL; fi
  if [ -n "$sf_tmp_set" ]; then TMPDIR=$sf_tmp; else unset TMPDIR; fi
}
while IFS=' ' read -r tag tok len; do
  [ "$tag" = SF ] || exit 91
  LC_ALL=C TMPDIR=$d
  IFS= read -r -N "$len" s
  [ \${#s} -eq "$len" ] || exit 92
  { sf_env; bash -s > "$d/o" 2> "$d/e"; } <<< "$s"
  rc=$?
  sizes=$(stat -c %s "$d/o" "$d/e")
  printf 'SF-DONE %s %s %s\\n' "$tok" "$rc" "\${sizes//$'\\n'/ }"
  cat "$d/o" "$d/e"
done`;

export const RUNNER_COMMAND = `bash -c '${LOOP.replace(/'/g, `'\\''`)}'`;

/** What a run gets when the runner's session closes before answering (the connection broke, or sshd ended it). */
export const CLOSED = 'the runner session closed';

export class SshRunner {
  busy = false;
  dead = false;
  private buf = Buffer.alloc(0);
  private waiting?: { token: string; resolve: (r: RunResult) => void };

  private constructor(private readonly channel: Channel) {
    channel.on('data', (chunk: Buffer) => {
      this.buf = Buffer.concat([this.buf, chunk]);
      this.drain();
    });
    channel.on('close', () => this.fail(CLOSED));
    channel.stderr.on('data', () => undefined); // the loop's own complaints; scripts' stderr comes framed
  }

  static open(client: ExecClient): Promise<SshRunner> {
    return new Promise((resolve, reject) =>
      client.exec(RUNNER_COMMAND, (err, channel) => (err ? reject(err) : resolve(new SshRunner(channel)))),
    );
  }

  run(script: string, timeoutMs?: number): Promise<RunResult> {
    this.busy = true;
    const token = randomBytes(8).toString('hex');
    const body = Buffer.from(script, 'utf8');
    return new Promise<RunResult>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      this.waiting = {
        token,
        resolve: (r) => {
          clearTimeout(timer);
          this.busy = false;
          this.waiting = undefined;
          resolve(r);
        },
      };
      if (timeoutMs) {
        // Abandoned, like an exec that timed out: the script may still run on the host, so this runner is done.
        timer = setTimeout(() => {
          this.close();
          this.waiting?.resolve({ code: 124, stdout: '', stderr: `timed out after ${timeoutMs} ms` });
        }, timeoutMs);
      }
      this.channel.write(Buffer.concat([Buffer.from(`SF ${token} ${body.length}\n`), body]));
    });
  }

  close(): void {
    this.dead = true;
    this.channel.close();
  }

  private drain(): void {
    const nl = this.buf.indexOf(10);
    if (nl < 0 || !this.waiting) return;
    const m = /^SF-DONE (\w+) (\d+) (\d+) (\d+)$/.exec(this.buf.subarray(0, nl).toString('utf8'));
    if (!m || m[1] !== this.waiting.token) return this.fail('the runner answered out of turn');
    const [code, outLen, errLen] = [Number(m[2]), Number(m[3]), Number(m[4])];
    if (this.buf.length < nl + 1 + outLen + errLen) return;
    const out = this.buf.subarray(nl + 1, nl + 1 + outLen).toString('utf8');
    const err = this.buf.subarray(nl + 1 + outLen, nl + 1 + outLen + errLen).toString('utf8');
    this.buf = this.buf.subarray(nl + 1 + outLen + errLen);
    this.waiting.resolve({ code, stdout: out, stderr: err });
  }

  private fail(why: string): void {
    this.dead = true;
    this.waiting?.resolve({ code: 255, stdout: '', stderr: why });
  }
}
