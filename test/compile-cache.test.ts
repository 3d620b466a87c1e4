import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enableCompileCache } from '../src/compile-cache.js';

describe('enableCompileCache', () => {
  const calls: (string | undefined)[] = [];
  const enable = (dir?: string) => void calls.push(dir);

  it("keeps the cache in the user's own cache directory, or XDG_CACHE_HOME's", () => {
    expect(enableCompileCache({}, enable)).toBe(join(homedir(), '.cache', 'slotflip', 'compile-cache'));
    expect(enableCompileCache({ XDG_CACHE_HOME: '/srv/cache' }, enable)).toBe('/srv/cache/slotflip/compile-cache');
    expect(calls).toEqual([
      join(homedir(), '.cache', 'slotflip', 'compile-cache'),
      '/srv/cache/slotflip/compile-cache',
    ]);
  });

  it('does nothing on a Node without the cache, when the operator turns it off, or when Node refuses it', () => {
    expect(enableCompileCache({}, undefined)).toBeUndefined();
    expect(enableCompileCache({ NODE_DISABLE_COMPILE_CACHE: '1' }, enable)).toBeUndefined();
    expect(
      enableCompileCache({}, () => {
        throw new Error('EACCES');
      }),
    ).toBeUndefined();
  });

  // The cache serves only what is compiled after it is on: each door is the switch and one import of a chunk.
  it.each(['dist/cli/index.js', 'dist/action/index.js'])('%s turns it on and loads everything else after', (f) => {
    const entry = readFileSync(f, 'utf8');
    expect(entry.length).toBeLessThan(40_000);
    const on = entry.indexOf('\nenableCompileCache();\n');
    expect(on).toBeGreaterThan(0);
    // The one import of chunks (webpack's `import()`) comes after it.
    expect(entry.indexOf('/* import() */')).toBeGreaterThan(on);
  });
});
