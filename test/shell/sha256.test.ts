import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHA256_FILTER, sha256Into, sha256Matches } from '../../src/shell/sha256.js';
import { tempDir } from '../helpers.js';

const dir = tempDir();
const data = randomBytes(3 * 1024 * 1024 + 17);
const file = join(dir, 'part with space');
writeFileSync(file, data);
const want = createHash('sha256').update(data).digest('hex');

// A PATH with sha256sum and no OpenSSL: the fallback a host without it takes.
const noOpenssl = join(dir, 'bin');
mkdirSync(noOpenssl);
symlinkSync('/usr/bin/sha256sum', join(noOpenssl, 'sha256sum'));

const run = (script: string, path = process.env.PATH!) =>
  spawnSync('/bin/bash', ['-c', `set -euo pipefail\n${script}`], { encoding: 'utf8', env: { PATH: path } });

describe.each([
  ['OpenSSL', undefined],
  ['sha256sum, where OpenSSL is missing', noOpenssl],
])('sha256 on the host, by %s', (_, path) => {
  it('the filter prints the digest first', () => {
    const r = run(`${SHA256_FILTER} < ${JSON.stringify(file)}`, path);
    expect(r.stdout.split(/\s/)[0]).toBe(want);
    // Which tool answered: OpenSSL names stdin, sha256sum writes a dash.
    expect(r.stdout.trim().endsWith(path ? ' -' : ' *stdin')).toBe(true);
  });

  it('sha256Into sets the digest alone, and ends the script when the file cannot be read', () => {
    expect(run(`${sha256Into('h', JSON.stringify(file))}; echo "[$h]"`, path).stdout).toBe(`[${want}]\n`);
    const missing = run(`${sha256Into('h', JSON.stringify(join(dir, 'none')))}; echo "went on"`, path);
    expect(missing.status).not.toBe(0);
    expect(missing.stdout).not.toContain('went on');
  });

  it('sha256Matches is true for the digest only, false for another or an unreadable file', () => {
    const cond = (f: string, sha: string) =>
      `if ${sha256Matches(JSON.stringify(f), sha)}; then echo y; else echo n; fi`;
    expect(run(cond(file, want), path).stdout).toBe('y\n');
    expect(run(cond(file, want.slice(0, 63) + (want.endsWith('0') ? '1' : '0')), path).stdout).toBe('n\n');
    expect(run(cond(join(dir, 'none'), want), path).stdout).toBe('n\n');
  });
});
