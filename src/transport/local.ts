import { spawn } from 'node:child_process';
import { Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { drainInto, type RunOptions, type RunResult, type Transport } from './transport.js';

export interface ExecOptions extends RunOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** Runs an argv on this machine (no shell). Resolves with the exit code; rejects only when the program cannot start. */
export function execLocal(argv: readonly string[], opts: ExecOptions = {}): Promise<RunResult> {
  const [cmd, ...args] = argv;
  if (!cmd) return Promise.reject(new Error('execLocal: empty argv'));
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: opts.env as NodeJS.ProcessEnv | undefined,
      cwd: opts.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 2000).unref();
        }, opts.timeoutMs)
      : undefined;
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({
        code: timedOut ? 124 : (code ?? (signal ? 128 + 15 : 1)),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.on('error', () => undefined); // the program may exit without reading its input
    child.stdin.end(opts.input ?? '');
  });
}

/**
 * Runs an argv with streams as its stdin and/or stdout (backups are never held whole in memory).
 * Rejects with the program's stderr when it exits non-zero.
 */
export async function streamLocal(
  argv: readonly string[],
  io: { stdin?: Readable; stdout?: Writable },
  env?: Record<string, string | undefined>,
): Promise<void> {
  const [cmd, ...args] = argv;
  if (!cmd) throw new Error('streamLocal: empty argv');
  // Another program's output (a child's stdout is a Socket over a pipe: a restore's decrypted archive) becomes this
  // program's stdin itself: the bytes go from one to the other, not through this process. Its copy here is closed,
  // so the writer meets a broken pipe, not a full one, if this program ends first. A Socket that already holds bytes
  // read here is copied as any stream is: handing its pipe over would lose them.
  const direct = io.stdin instanceof Socket && io.stdin.readableLength === 0 ? io.stdin : undefined;
  const child = spawn(cmd, args, {
    env: env as NodeJS.ProcessEnv | undefined,
    stdio: [direct ?? 'pipe', 'pipe', 'pipe'],
  });
  direct?.destroy();
  const err: Buffer[] = [];
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + 15 : 1)));
  });
  const flows = [
    direct ? Promise.resolve() : io.stdin ? pipeline(io.stdin, child.stdin!) : Promise.resolve(child.stdin!.end()),
    io.stdout ? drainInto(child.stdout!, io.stdout) : Promise.resolve(child.stdout!.resume()),
  ];
  const [code] = await Promise.all([exited, ...flows.map((f) => f.catch(() => undefined))]);
  if (code !== 0)
    throw new Error(`${argv.slice(0, 3).join(' ')} exited ${code}: ${Buffer.concat(err).toString('utf8').trim()}`);
}

/**
 * Starts a filter program on this machine: the caller streams into its stdin and out of its stdout. `secret` is
 * written to its file descriptor 3 (never in an argv, an environment or a file).
 */
export function filterLocal(
  argv: readonly string[],
  secret: string,
): { stdin: Writable; stdout: Readable; done: Promise<RunResult>; stop: () => void } {
  const [cmd, ...args] = argv;
  if (!cmd) throw new Error('filterLocal: empty argv');
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  const err: Buffer[] = [];
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  const fd3 = child.stdio[3] as Writable;
  fd3.on('error', () => undefined);
  fd3.end(secret);
  child.stdin!.on('error', () => undefined); // it may exit (a wrong key) before reading everything
  const done = new Promise<RunResult>((resolve) => {
    child.on('error', (e) => resolve({ code: 127, stdout: '', stderr: e.message }));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 128 + 15 : 1), stdout: '', stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
  return { stdin: child.stdin!, stdout: child.stdout!, done, stop: () => void child.kill('SIGTERM') };
}

/**
 * Runs scripts through a command prefix that ends in a shell on the target: [] for this machine,
 * ['lxc-attach', '-n', NAME, '--clear-env', '--'] for a lab container, ['pct', 'exec', ID, '--keep-env', '0', '--'] on
 * Proxmox.
 */
export class PrefixTransport implements Transport {
  constructor(
    readonly label: string,
    private readonly prefix: readonly string[],
    private readonly env: Record<string, string | undefined> = { PATH: process.env.PATH },
  ) {}

  script(script: string, opts: RunOptions = {}): Promise<RunResult> {
    return execLocal([...this.prefix, 'bash', '-s'], { input: script, timeoutMs: opts.timeoutMs, env: this.env });
  }

  pipe(argv: readonly string[], io: { stdin?: Readable; stdout?: Writable }): Promise<void> {
    return streamLocal([...this.prefix, ...argv], io, this.env);
  }

  async close(): Promise<void> {}
}
