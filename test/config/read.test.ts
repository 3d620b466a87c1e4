import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { discoverEnvironmentFiles, readEnvironmentFile } from '../../src/config/read.js';
import { tempDir } from '../helpers.js';

async function refusal(name: string, content: string | Buffer) {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, content);
  const r = await readEnvironmentFile(file);
  if (r.ok) throw new Error('expected a refusal');
  expect(r.finding.file).toBe(file);
  expect(r.finding.line).toBe(1);
  return r.finding;
}

describe('readEnvironmentFile', () => {
  it('reads a UTF-8 file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'version: 1 # ünïcode\n');
    expect(await readEnvironmentFile(join(dir, 'a.yaml'))).toEqual({ ok: true, text: 'version: 1 # ünïcode\n' });
  });

  it('refuses a binary file', async () => {
    const f = await refusal('bin.yaml', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
    expect(f.rule).toBe('binary');
    expect(f.message).toMatch(/binary file/);
  });

  it('refuses an empty or blank file', async () => {
    expect((await refusal('empty.yaml', '')).rule).toBe('empty');
    expect((await refusal('blank.yaml', '\n  \n')).rule).toBe('empty');
  });

  it('refuses a 10 MB file without reading it all', async () => {
    const f = await refusal('big.yaml', Buffer.alloc(10 * 1024 * 1024, 'a'));
    expect(f.rule).toBe('too-large');
    expect(f.message).toMatch(/10\.0 MiB.*limited to 1 MiB/);
  });

  it('refuses invalid UTF-8 and says where', async () => {
    const f = await refusal(
      'latin1.yaml',
      Buffer.concat([Buffer.from('name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    expect(f.rule).toBe('encoding');
    expect(f.message).toMatch(/not valid UTF-8 \(first bad byte at offset 9\)/);
  });

  it('refuses a directory, a FIFO and a missing file without hanging', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'dir.yaml'));
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.yaml'));
    const results = await Promise.all(
      ['dir.yaml', 'fifo.yaml', 'dangling.yaml'].map((n) => readEnvironmentFile(join(dir, n))),
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.finding.message))).toEqual([
      'is a directory, not an environment file',
      'is not a regular file',
      'no such file',
    ]);
  });

  it('refuses a file it may not read', async () => {
    const dir = tempDir();
    const file = join(dir, 'secret.yaml');
    writeFileSync(file, 'version: 1\n');
    chmodSync(file, 0o000);
    if (process.getuid?.() === 0) {
      // root reads anything: ask as an unprivileged user through the CLI instead (same code path).
      chmodSync(dir, 0o755);
      const cli = join(process.cwd(), 'dist/cli/index.js');
      const r = (() => {
        try {
          execFileSync(process.execPath, [cli, 'validate', file], {
            uid: 65534,
            gid: 65534,
            encoding: 'utf8',
            stdio: 'pipe',
          });
          return '';
        } catch (err) {
          return String((err as { stdout: string }).stdout);
        }
      })();
      expect(r).toContain(`${file}:1:1: error: permission denied`);
    } else {
      const r = await readEnvironmentFile(file);
      expect(r.ok ? '' : r.finding.message).toMatch(/permission denied/);
    }
  });
});

describe('discoverEnvironmentFiles', () => {
  it('takes the yaml files of a folder, sorted, and files as given', async () => {
    const dir = tempDir();
    for (const n of ['b.yaml', 'a.yml', 'notes.md']) writeFileSync(join(dir, n), 'x: 1\n');
    const d = await discoverEnvironmentFiles([dir, join(dir, 'notes.md')]);
    expect(d.files).toEqual([join(dir, 'a.yml'), join(dir, 'b.yaml'), join(dir, 'notes.md')]);
    expect(d.findings).toEqual([]);
  });

  it('reports a folder with no environment files and a missing path', async () => {
    const dir = tempDir();
    const d = await discoverEnvironmentFiles([dir, join(dir, 'missing')]);
    expect(d.files).toEqual([]);
    expect(d.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([
      `${dir} no-files`,
      `${join(dir, 'missing')} unreadable`,
    ]);
  });
});
