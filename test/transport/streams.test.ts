import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { receiveDir } from '../../src/host/restore-into.js';
import { compileOp } from '../../src/plan/compile.js';
import { PrefixTransport } from '../../src/transport/local.js';
import { pull, push, pushArgv, receiveArchiveArgv } from '../../src/transport/transport.js';
import { tempDir } from '../helpers.js';

// Pull and push stream through real processes (here a transport with no prefix: this machine).
describe('pull and push', () => {
  const t = new PrefixTransport('this machine', []);

  it('copy bytes exactly both ways; a push lands 0600 and only when complete', async () => {
    const dir = tempDir();
    const data = randomBytes(3 * 1024 * 1024 + 17);
    writeFileSync(join(dir, 'src'), data);
    await push(t, join(dir, 'src'), join(dir, 'pushed'));
    expect(readFileSync(join(dir, 'pushed')).equals(data)).toBe(true);
    expect(statSync(join(dir, 'pushed')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(dir, 'pushed.partial'))).toBe(false);
    await pull(t, join(dir, 'pushed'), join(dir, 'pulled'));
    expect(readFileSync(join(dir, 'pulled')).equals(data)).toBe(true);
  });

  it('a failing far side rejects with its message and leaves no file that looks complete', async () => {
    const dir = tempDir();
    await expect(pull(t, join(dir, 'missing'), join(dir, 'out'))).rejects.toThrow(/No such file/);
    writeFileSync(join(dir, 'src'), 'x');
    await expect(push(t, join(dir, 'src'), join(dir, 'no-such-dir', 'f'))).rejects.toThrow(/exited/);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });

  it("hands another program's output to the far side directly, whole, and not through this process", async () => {
    const dir = tempDir();
    const producer = spawn('seq', ['1', '100000'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const piped = t.pipe(['sh', '-c', `cat > ${join(dir, 'got')}`], { stdin: producer.stdout });
    // This process's copy of the pipe is closed at once: nothing here reads it, so nothing here copies it.
    expect(producer.stdout.destroyed).toBe(true);
    await piped;
    expect(readFileSync(join(dir, 'got'), 'utf8')).toBe(execFileSync('seq', ['1', '100000'], { encoding: 'utf8' }));
  });

  it('copies, rather than hands over, an output that already holds bytes read here (none of them lost)', async () => {
    const dir = tempDir();
    const producer = spawn('seq', ['1', '100000'], { stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise((resolve) => producer.stdout.once('readable', resolve));
    expect(producer.stdout.readableLength).toBeGreaterThan(0);
    await t.pipe(['sh', '-c', `cat > ${join(dir, 'got')}`], { stdin: producer.stdout });
    expect(readFileSync(join(dir, 'got'), 'utf8')).toBe(execFileSync('seq', ['1', '100000'], { encoding: 'utf8' }));
  });

  it('a far side that ends early ends the program feeding it (a broken pipe, not a wait for ever)', async () => {
    const producer = spawn('yes', [], { stdio: ['ignore', 'pipe', 'ignore'] });
    const ended = new Promise<string>((resolve) => producer.on('exit', (code, signal) => resolve(`${signal ?? code}`)));
    await t.pipe(['sh', '-c', 'head -c 10 > /dev/null'], { stdin: producer.stdout });
    const still = new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 5000).unref());
    const how = await Promise.race([ended, still]);
    if (how === 'still running') producer.kill();
    expect(how).toMatch(/^(SIGPIPE|1)$/);
  });

  it('refuses a path that is not plain (no shell words reach the far side)', () => {
    expect(() => pushArgv('/tmp/x; rm -rf /')).toThrow(/not a plain absolute path/);
    expect(() => pushArgv('relative')).toThrow(/not a plain absolute path/);
    expect(() => pushArgv('/opt/../etc/passwd')).toThrow(/not a plain absolute path/);
    expect(() => receiveArchiveArgv('/tmp/$(id)')).toThrow(/not a plain absolute path/);
  });
});

// Real GNU tar: what an archive's receiver writes is only ever the parts a backup has, in its own directory.
describe('the archive receiver', () => {
  const t = new PrefixTransport('this machine', []);

  it('writes the parts a backup has (0600) and refuses any other name', async () => {
    // Symbolic links and directories in the archive never land (a link named like a part, pointing outside).
    const work = tempDir();
    execFileSync(
      'bash',
      [
        '-c',
        `mkdir src && cd src && echo '{}' > manifest.json && ln -s ${work}/outside SHA256SUMS && mkdir sub && ` +
          'echo x > sub/f && tar -cf ../good.tar manifest.json SHA256SUMS && tar -cf ../bad.tar manifest.json sub',
      ],
      { cwd: work },
    );
    // The directory and its FIFO as the restore's stage step makes them.
    const out = join(work, 'out');
    const other = join(work, 'other');
    execFileSync('bash', ['-c', `${compileOp(receiveDir(out))}\n${compileOp(receiveDir(other))}`]);
    await t.pipe(receiveArchiveArgv(out), { stdin: createReadStream(join(work, 'good.tar')) });
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{}\n');
    expect(statSync(join(out, 'manifest.json')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(out, 'SHA256SUMS'))).toBe(false);
    expect(existsSync(join(work, 'outside'))).toBe(false);
    await expect(t.pipe(receiveArchiveArgv(other), { stdin: createReadStream(join(work, 'bad.tar')) })).rejects.toThrow(
      /the archive holds a part no backup has: sub\/f/,
    );
    expect(existsSync(join(other, 'sub'))).toBe(false);
  });

  it('ends at once when the restore has removed its directory, rather than make it again and wait', async () => {
    const gone = join(tempDir(), 'restore');
    await expect(t.pipe(receiveArchiveArgv(gone), { stdin: Readable.from([Buffer.alloc(0)]) })).rejects.toThrow(
      /exited 1/,
    );
    expect(existsSync(gone)).toBe(false);
  });
});
