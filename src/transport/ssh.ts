import type { Socket } from 'node:net';
import type { Duplex, Readable, Writable } from 'node:stream';
import { NodeSSH } from 'node-ssh';
import { quote } from '../shell/quote.js';
import { fingerprint } from '../shell/fingerprint.js';
import { CLOSED, SshRunner, type ExecClient } from './ssh-runner.js';
import { classify, openSocket, type SshTarget } from './ssh-connect.js';
import { drainInto, feed, type RunOptions, type RunResult, type Transport } from './transport.js';

export type { SshTarget } from './ssh-connect.js';

/** The slice of ssh2's client a pull or a push uses (its own types are not installed). */
interface StreamClient {
  exec(
    command: string,
    callback: (
      err: Error | undefined,
      channel: Duplex & { stderr: NodeJS.ReadableStream; on(e: 'exit', l: (code: number | null) => void): unknown },
    ) => void,
  ): unknown;
}

/** One SSH connection, reused for every script of a run. */
export class SshTransport implements Transport {
  readonly label: string;
  private readonly remote: string;
  /** The remote command without its `bash -s`: what a pull or a push runs its fixed program through. */
  private readonly prefix: string;
  /** One long-lived session that runs scripts in turn (ssh-runner.ts); scripts that overlap it use their own exec. */
  private runner?: Promise<SshRunner | undefined>;
  private readonly useRunner: boolean;
  private constructor(
    private readonly ssh: NodeSSH,
    target: SshTarget,
  ) {
    const remote = target.remote ?? ['bash', '-s'];
    this.label = `${
      remote[0] === 'pct' ? `${remote.slice(0, 3).join(' ')} ` + `via ` : ''
    }${target.user}@${target.host}:${target.port}`;
    // A fixed argv of plain words (checked here): nothing in it needs quoting, and no value from a script is in it.
    if (!remote.every((w) => /^[A-Za-z0-9_./=-]+$/.test(w)))
      throw new Error(`remote command words must be plain: ${remote.join(' ')}`);
    this.remote = remote.join(' ');
    this.prefix = remote.slice(0, -2).join(' ');
    this.useRunner = target.remote === undefined;
  }

  static async connect(target: SshTarget): Promise<SshTransport> {
    const ssh = new NodeSSH();
    let presented: string | undefined;
    let sock: Socket | undefined;
    try {
      // One budget for the TCP connection and the handshake together, as when ssh2 opened the socket itself.
      const deadline = Date.now() + (target.readyTimeoutMs ?? 10_000);
      sock = await openSocket(target.host, target.port, deadline - Date.now());
      await ssh.connect({
        sock,
        host: target.host,
        port: target.port,
        username: target.user,
        privateKey: target.privateKey,
        // The key is the only way in: asking for "none" first costs a round trip and is always refused.
        authHandler: ['publickey'],
        readyTimeout: Math.max(1, deadline - Date.now()),
        hostVerifier: (key: Buffer) => {
          presented = fingerprint(key);
          return target.hostKeys.includes(presented);
        },
      });
    } catch (err) {
      ssh.dispose();
      sock?.destroy(); // if node-ssh failed before ssh2 took it, nothing else would close it
      throw classify(err, target, presented);
    }
    return new SshTransport(ssh, target);
  }

  async script(script: string, opts: RunOptions = {}): Promise<RunResult> {
    const lost = (): RunResult => ({
      code: 255,
      stdout: '',
      stderr: `the SSH connection to ${this.label} was lost`,
      lost: true,
    });
    if (!this.ssh.isConnected()) return lost();
    const runner = await this.idleRunner();
    if (runner) {
      const r = await runner.run(script, opts.timeoutMs);
      // The runner's session closed without an answer: the connection broke (or sshd ended the session) mid-script.
      return r.code === 255 && r.stderr === CLOSED ? lost() : r;
    }
    const run = this.ssh.execCommand(this.remote, { stdin: script, noTrim: true }).then(normalise, (err: unknown) => {
      if (!this.ssh.isConnected()) return lost();
      throw err;
    });
    if (!opts.timeoutMs) return run;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<RunResult>((resolve) => {
      timer = setTimeout(
        () => resolve({ code: 124, stdout: '', stderr: `timed out after ${opts.timeoutMs} ms` }),
        opts.timeoutMs,
      );
    });
    try {
      return await Promise.race([run, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** One exec channel with streams into and out of it; rejects with the far side's stderr on a non-zero exit. */
  pipe(argv: readonly string[], io: { stdin?: Readable; stdout?: Writable }): Promise<void> {
    const command = [this.prefix, ...argv.map(quote)].filter(Boolean).join(' ');
    const client = this.ssh.connection as unknown as StreamClient | null;
    if (!client) return Promise.reject(new Error(`${this.label}: not connected`));
    return new Promise((resolve, reject) => {
      client.exec(command, (err, channel) => {
        if (err) return reject(err);
        const stderr: Buffer[] = [];
        channel.stderr.on('data', (c: Buffer) => stderr.push(c));
        let code: number | undefined;
        channel.on('exit', (c: number | null) => (code = c ?? 255));
        const flows = [
          io.stdin ? feed(io.stdin, channel) : Promise.resolve(channel.end()),
          io.stdout ? drainInto(channel, io.stdout) : Promise.resolve(channel.resume()),
        ];
        const closed = new Promise<void>((r) => channel.on('close', () => r()));
        Promise.all([closed, ...flows])
          .then(() =>
            code === 0
              ? resolve()
              : reject(
                  new Error(
                    `${argv[0]} on ${this.label} exited ${code}: ${Buffer.concat(stderr).toString('utf8').trim()}`,
                  ),
                ),
          )
          .catch(reject);
      });
    });
  }

  /** Opens the runner's session now: sshd takes 20-70 ms to set one up (PAM, a logind session), more when busy. */
  warmUp(): void {
    if (this.useRunner && this.ssh.connection && !this.runner) this.runner = this.openRunner();
  }

  private openRunner(): Promise<SshRunner | undefined> {
    return SshRunner.open(this.ssh.connection as unknown as ExecClient).catch(() => undefined);
  }

  private async idleRunner(): Promise<SshRunner | undefined> {
    if (!this.useRunner || !this.ssh.connection) return undefined;
    let runner = await this.runner;
    if (runner?.busy) return undefined;
    if (!runner || runner.dead) {
      const opening = this.openRunner();
      this.runner = opening;
      runner = await opening;
      if (!runner || runner.busy) return undefined;
    }
    runner.busy = true; // claimed before any other caller can see it idle
    return runner;
  }

  async close(): Promise<void> {
    (await this.runner)?.close();
    this.ssh.dispose();
  }
}

function normalise(r: { stdout: string; stderr: string; code: number | null; signal: string | null }): RunResult {
  return { code: r.code ?? (r.signal ? 255 : 0), stdout: r.stdout, stderr: r.stderr };
}
