import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What ships (dist/) and what it needs (package.json's engines) say what they mean (outside review 12).

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

/** Whether a Node version satisfies an engines range of the forms packages use: >=X, >= X.Y, ^X.Y.Z, X || Y. */
function satisfies(version: string, range: string): boolean {
  const v = version.split('.').map(Number);
  const cmp = (a: number[], b: number[]) => a[0]! - b[0]! || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
  return range.split('||').some((alt) =>
    alt
      .trim()
      .split(/\s+(?=[<>^~=])/)
      .every((part) => {
        const m = /^(>=|>|\^|~|<=|<|=)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(part.trim());
        if (!m) return true; // '*' and the like
        const w = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
        const c = cmp(v, w);
        if (m[1] === '>=') return c >= 0;
        if (m[1] === '>') return c > 0;
        if (m[1] === '<') return c < 0;
        if (m[1] === '<=') return c <= 0;
        if (m[1] === '^') return c >= 0 && v[0] === w[0];
        if (m[1] === '~') return c >= 0 && v[0] === w[0] && v[1] === w[1];
        return c === 0;
      }),
  );
}

describe('bundle hygiene', () => {
  it('dist/ ships no Windows binary (ssh2 Pageant helper)', () => {
    expect(files('dist').filter((f) => /\.(exe|dll)$/i.test(f))).toEqual([]);
  });

  it("every runtime dependency runs on the lowest Node package.json's engines allows", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    const lowest = /(\d+\.\d+(?:\.\d+)?)/.exec(pkg.engines.node)![1]!.split('.').concat('0').slice(0, 3).join('.');
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { dev?: boolean; engines?: { node?: string } }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path && !p.dev && p.engines?.node && !satisfies(lowest, p.engines.node))
      .map(([path, p]) => `${path} wants node ${p.engines!.node}`);
    expect(refusing).toEqual([]);
    // The check itself tells the forms apart.
    expect([
      satisfies('20.19.0', '>=22'),
      satisfies('20.19.0', '^20.19.0 || >=22.12.0'),
      satisfies('20.19.0', '>= 18'),
      satisfies('20.19.0', '>=20.20'),
    ]).toEqual([false, true, true, false]);
  });
});
