import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
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
});
