import { spawn } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SshRunner, type ExecClient } from '../../src/transport/ssh-runner.js';
import { tempDir } from '../helpers.js';

// The runner's loop in a real bash on this machine, as sshd would start it: its stdin and stdout are the channel.
const started: SshRunner[] = [];
afterEach(() => {
  for (const r of started.splice(0)) r.close();
});

function localClient(env: NodeJS.ProcessEnv): ExecClient {
  return {
    exec(command, callback) {
      const child = spawn('bash', ['-c', command], { env, stdio: ['pipe', 'pipe', 'pipe'] });
      callback(undefined, {
        on: (event: 'data' | 'close', listener: (chunk: Buffer) => void) =>
          event === 'data' ? child.stdout.on('data', listener) : child.on('close', () => (listener as () => void)()),
        stderr: { on: (_event: 'data', listener: (chunk: Buffer) => void) => child.stderr.on('data', listener) },
        write: (data: Buffer) => child.stdin.write(data),
        close: () => child.kill(),
      } as never);
      return undefined;
    },
  };
}

async function runner(env: NodeJS.ProcessEnv = { PATH: process.env.PATH }): Promise<SshRunner> {
  const r = await SshRunner.open(localClient(env));
  started.push(r);
  return r;
}

describe('the SSH runner loop', () => {
  it('runs scripts one after another and frames their output, multi-byte text counted in bytes', async () => {
    const r = await runner({ PATH: process.env.PATH, LC_ALL: 'C.UTF-8' });
    const first = await r.run(`printf 'é ✓ %s\\n' "$LC_ALL"; echo 'to stderr ü' >&2; exit 3`);
    expect(first).toEqual({ code: 3, stdout: 'é ✓ C.UTF-8\n', stderr: 'to stderr ü\n' });
    expect(await r.run('echo "${#SLOTFLIP_RUNNER}" | grep -qv "^0$" && echo has-runner')).toEqual({
      code: 0,
      stdout: 'has-runner\n',
      stderr: '',
    });
  });

  it('gives each script the locale and TMPDIR it was started with, set or unset', async () => {
    const unset = await runner({ PATH: process.env.PATH });
    expect((await unset.run('echo "${LC_ALL-unset} ${TMPDIR-unset}"')).stdout).toBe('unset unset\n');
    const set = await runner({ PATH: process.env.PATH, LC_ALL: 'C.UTF-8', TMPDIR: '/var/tmp' });
    expect((await set.run('echo "$LC_ALL $TMPDIR"')).stdout).toBe('C.UTF-8 /var/tmp\n');
  });

  it('runs a script larger than a pipe holds', async () => {
    const r = await runner();
    const line = `# ${'x'.repeat(1000)}\n`;
    const script = `${line.repeat(300)}echo done\n`;
    expect(await r.run(script)).toEqual({ code: 0, stdout: 'done\n', stderr: '' });
  });

  it('starts only bash, stat and cat for a step (each process costs milliseconds in a container)', async () => {
    // A PATH holding only what the loop and the script need: `head`, which the loop once used, is not among them.
    const bin = join(tempDir(), 'bin');
    mkdirSync(bin);
    for (const tool of ['bash', 'stat', 'cat', 'mktemp', 'rm']) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
    const r = await runner({ PATH: bin });
    expect(await r.run('echo ok')).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });
});
