import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHOOSE_DUMP_PART,
  gunzipShell,
  gzipShell,
  packDumpShell,
  requireUnpacker,
  unpackDumpShell,
  unpackShell,
} from '../../src/host/dump-codec.js';
import { tempDir } from '../helpers.js';

// A backup's dump is compressed by zstd where the host has it, by pigz or gzip where not: real bash, real tools, in a
// PATH that holds only the tools each case names.
function pathWith(tools: string[]): string {
  const bin = join(tempDir('dump-codec-'), 'bin');
  mkdirSync(bin);
  for (const tool of ['cat', 'bash', ...tools])
    symlinkSync(execFileSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), join(bin, tool));
  return bin;
}
const gzipOnly = pathWith(['gzip']);
const withZstd = pathWith(['gzip', 'zstd']);
const data = Buffer.from(
  Array.from({ length: 4000 }, (_, i) => `row ${i}\ttask ${i % 97}\t${(i * 7919) % 1000}\n`).join(''),
);
const sh = (path: string, script: string, input: Buffer = Buffer.alloc(0)) =>
  execFileSync('bash', ['-c', script], { input, env: { PATH: path } });
/** The part this host would write, and the dump packed for it. */
const packed = (path: string) => {
  const part = sh(path, `${CHOOSE_DUMP_PART}; printf %s "$dumppart"`).toString();
  return { part, bytes: sh(path, `dumppart=${part}; ${packDumpShell}`, data) };
};

describe('the dump compression without zstd and pigz', () => {
  it("is gzip at level 6, pg_dump -Fc's own default: the same bytes as gzip -6, named db.dump.gz", () => {
    const { part, bytes } = packed(gzipOnly);
    expect(part).toBe('db.dump.gz');
    expect(bytes.subarray(0, 2).toString('hex')).toBe('1f8b');
    expect(bytes.equals(sh(gzipOnly, 'gzip -6', data))).toBe(true);
    expect(bytes.equals(sh(gzipOnly, 'gzip -1', data))).toBe(false);
  });

  it('reads back what it wrote', () => {
    const { bytes } = packed(gzipOnly);
    expect(sh(gzipOnly, gunzipShell, bytes).equals(data)).toBe(true);
    expect(sh(gzipOnly, `dumppart=db.dump.gz; ${unpackDumpShell}`, bytes).equals(data)).toBe(true);
    expect(sh(gzipOnly, unpackShell('db.dump.gz'), sh(gzipOnly, gzipShell, data)).equals(data)).toBe(true);
  });
});

describe('the dump compression where the host has zstd', () => {
  it('is zstd, named db.dump.zst, and reads back what it wrote', () => {
    const { part, bytes } = packed(withZstd);
    expect(part).toBe('db.dump.zst');
    expect(bytes.subarray(0, 4).toString('hex')).toBe('28b52ffd'); // zstd's frame magic
    expect(bytes.length).toBeLessThan(data.length / 2);
    expect(sh(withZstd, unpackShell('db.dump.zst'), bytes).equals(data)).toBe(true);
    expect(sh(withZstd, `dumppart=db.dump.zst; ${unpackDumpShell}`, bytes).equals(data)).toBe(true);
  });

  it('a damaged zstd dump fails to unpack rather than give back other bytes', () => {
    const bytes = Buffer.from(packed(withZstd).bytes);
    bytes[bytes.length - 2]! ^= 0xff; // in the frame's checksum
    const r = spawnSync('bash', ['-c', unpackShell('db.dump.zst')], { input: bytes, env: { PATH: withZstd } });
    expect(r.status).not.toBe(0);
  });

  it('a pg_dump custom-format dump (db.dump) passes to pg_restore as it is', () => {
    expect(unpackShell('db.dump')).toBe('');
  });
});

describe('a restore of a zstd dump on a host without zstd', () => {
  it('stops first, saying what to install; with zstd, and for other parts, it goes on', () => {
    const run = (path: string, part: Parameters<typeof requireUnpacker>[0]) =>
      spawnSync('bash', ['-c', `${requireUnpacker(part)}\necho went on`], { env: { PATH: path }, encoding: 'utf8' });
    const without = run(gzipOnly, 'db.dump.zst');
    expect(without.status).toBe(4);
    expect(without.stderr).toMatch(/zstd is not installed on the host.*apt-get install zstd/);
    expect(without.stdout).toBe('');
    expect(run(withZstd, 'db.dump.zst').stdout).toBe('went on\n');
    expect(run(gzipOnly, 'db.dump.gz').stdout).toBe('went on\n');
  });
});
