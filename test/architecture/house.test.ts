import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The house's sizes as a test (docs/architecture.md): small files in src/ and no code line wider than the formatter's
// print width, in every folder of code. Generated files are the generator's to shape and are left out.

const ROOT = process.cwd();
const CODE = /\.(ts|js|mjs|sh|yml)$/;
const MAX_FILE_LINES = 200;
const MAX_LINE = 120;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'state' ? [] : files(path);
    return CODE.test(e.name) && !e.name.includes('.generated.') ? [path] : [];
  });
}

/** file:line of every line wider than the limit. */
export function wideLines(paths: readonly string[], read: (path: string) => string): string[] {
  return paths.flatMap((p) =>
    read(p)
      .split('\n')
      .flatMap((l, i) => ([...l].length > MAX_LINE ? [`${p}:${i + 1} (${[...l].length} characters)`] : [])),
  );
}

/** Each file longer than the limit, with its length. */
export function longFiles(paths: readonly string[], read: (path: string) => string): string[] {
  return paths.flatMap((p) => {
    const n = read(p).replace(/\n$/, '').split('\n').length;
    return n > MAX_FILE_LINES ? [`${p} (${n} lines)`] : [];
  });
}

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('the house keeps its sizes', () => {
  it(`no file of src/ is longer than ${MAX_FILE_LINES} lines`, () => {
    expect(longFiles(files('src'), read)).toEqual([]);
  });

  it(`no line of code is wider than ${MAX_LINE} characters (src, test, bench, lab, scripts, workflows, action)`, () => {
    const code = [...['src', 'test', 'bench', 'lab', 'scripts', '.github'].flatMap(files), 'action.yml'];
    expect(code.length).toBeGreaterThan(300);
    expect(wideLines(code, read)).toEqual([]);
  });

  it('the checks catch what they are for (planted files)', () => {
    const planted: Record<string, string> = {
      'src/wide.ts': `const a = 1;\nexport const b = '${'x'.repeat(120)}';\n`,
      'src/long.ts': 'export const a = 1;\n'.repeat(201),
      'src/fits.ts': `export const b = '${'é'.repeat(100)}';\n`,
    };
    const get = (p: string) => planted[p]!;
    expect(wideLines(Object.keys(planted), get)).toEqual(['src/wide.ts:2 (140 characters)']);
    expect(longFiles(Object.keys(planted), get)).toEqual(['src/long.ts (201 lines)']);
  });
});
