import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandLine, quote, writeFileScript } from '../../src/shell/quote.js';
import { tempDir } from '../helpers.js';

const bash = (script: string) => execFileSync('bash', ['-s'], { input: script, encoding: 'utf8' });

describe('quote', () => {
  const hostile = [
    "it's",
    '$(touch /tmp/pwned)',
    '`id`',
    'a b\tc\nd',
    '"; rm -rf / #',
    '\\',
    '!',
    '*',
    '',
    '-n',
    'ünïcödé',
    "''",
  ];

  it('gives bash back every word exactly, running nothing', () => {
    for (const word of hostile) {
      expect(bash(`printf '%s' ${quote(word)}`), JSON.stringify(word)).toBe(word);
    }
  });

  it('keeps safe words readable', () => {
    expect(commandLine(['lxc-attach', '-n', 'slotflip-lab-1', '--', 'bash', '-s'])).toBe(
      'lxc-attach -n slotflip-lab-1 -- bash -s',
    );
    expect(quote("it's")).toBe(`'it'\\''s'`);
  });
});

describe('writeFileScript', () => {
  it('writes the exact bytes and mode, whatever the content, through a temporary file', () => {
    const dir = tempDir();
    const path = join(dir, 'sub', 'conf');
    const content = "line with 'quotes' and $HOME and `id`\nSLOTFLIP_EOF\n\u0000binary\n";
    bash(writeFileScript(path, content, '0600'));
    expect(readFileSync(path, 'utf8')).toBe(content);
    expect((statSync(path).mode & 0o777).toString(8)).toBe('600');
  });

  it('writes text with no process but chmod and mv, and leaves the umask as it found it', () => {
    // Only these tools on PATH: the old script's mktemp and base64 (two more processes per file) would fail here.
    const dir = tempDir();
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const tool of ['chmod', 'mv'])
      symlinkSync(
        execFileSync('bash', ['-c', `command -v ${tool}`])
          .toString()
          .trim(),
        join(bin, tool),
      );
    mkdirSync(join(dir, 'etc'));
    const path = join(dir, 'etc', 'app.conf');
    const content = "it's $HOME `id` \\n\n\n  trailing newlines and spaces kept  \n\n";
    const out = execFileSync(
      '/bin/bash',
      [
        '-c',
        `set -euo pipefail; umask 027; ${writeFileScript(path, content, '0640')}
umask`,
      ],
      { env: { PATH: bin }, encoding: 'utf8' },
    );
    expect(readFileSync(path, 'utf8')).toBe(content);
    expect((statSync(path).mode & 0o777).toString(8)).toBe('640');
    expect(out.trim()).toBe('0027');
    expect(readdirSync(join(dir, 'etc'))).toEqual(['app.conf']);
  });

  it('puts bytes that are not UTF-8 through base64, exactly', () => {
    const path = join(tempDir(), 'blob');
    const bytes = Buffer.from([0xff, 0xfe, 0x27, 0x0a, 0xc3]);
    expect(writeFileScript(path, bytes)).toContain('base64 -d');
    bash(writeFileScript(path, bytes));
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});
