import { describe, expect, it } from 'vitest';
import { plainMapping } from '../../src/config/yaml-fast.js';

// What the fast path must leave to the careful way (parse.test.ts holds the two to the same data where both read).
describe('plainMapping', () => {
  it('reads a plain mapping with YAML 1.2 core scalars', () => {
    expect(plainMapping('a: 1_000\nb: 0o17\nc: 0b101\nd: [yes, ~, .5]\n')).toEqual({
      a: '1_000',
      b: 15,
      c: '0b101',
      d: ['yes', null, 0.5],
    });
  });

  it.each([
    ['an alias (its expansions are counted the careful way)', 'a: &x [1, 2]\nb: *x\n'],
    ['an anchor alone', 'a: &x 1\n'],
    ['a sequence as a key', '[1, 2]: x\n'],
    ['a mapping as a key, deeper down', 'a:\n  b: {{c: 1}: x}\n'],
    ['an explicit complex key', '? [1]\n: x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a list at the top', '- 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['an unknown tag', 'a: !custom 1\n'],
  ])('leaves %s to the careful way', (_what, text) => {
    expect(plainMapping(text)).toBeUndefined();
  });
});
