import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gunzipShell, gzipShell } from '../../src/host/db-marker.js';
import { tempDir } from '../helpers.js';

// A backup's dump is compressed by pigz where the host has it, by gzip where not: real bash, real gzip.
const bin = join(tempDir('no-pigz-'), 'bin');
mkdirSync(bin);
for (const tool of ['gzip', 'cat', 'bash'])
  symlinkSync(execFileSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), join(bin, tool));
const data = Buffer.from(
  Array.from({ length: 4000 }, (_, i) => `row ${i}\ttask ${i % 97}\t${(i * 7919) % 1000}\n`).join(''),
);
const sh = (script: string, input: Buffer) => execFileSync('bash', ['-c', script], { input, env: { PATH: bin } });

describe('the dump compression without pigz', () => {
  it("is gzip at level 6, pg_dump -Fc's own default: the same bytes as gzip -6", () => {
    const packed = sh(gzipShell, data);
    expect(packed.subarray(0, 2).toString('hex')).toBe('1f8b');
    expect(packed.equals(sh('gzip -6', data))).toBe(true);
    expect(packed.equals(sh('gzip -1', data))).toBe(false);
  });

  it('reads back what it wrote', () => {
    expect(sh(gunzipShell, sh(gzipShell, data)).equals(data)).toBe(true);
  });
});
