import { describe, expect, it } from 'vitest';
import { parseEnvironmentYaml } from '../../src/config/parse.js';

const errorsOf = (text: string) =>
  parseEnvironmentYaml('f.yaml', text).findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`);

describe('parseEnvironmentYaml', () => {
  it('keeps positions for later lookups', () => {
    const r = parseEnvironmentYaml('f.yaml', 'a: 1\nb:\n  c: yes\n');
    expect(r.ok && r.parsed.data).toEqual({ a: 1, b: { c: 'yes' } }); // YAML 1.2: yes stays a string
  });

  it('rejects duplicate keys at the second occurrence (seed blocker 4)', () => {
    const text =
      'depends_on:\n  vikunja-db:\n    condition: service_healthy\n  vikunja-db:\n    condition: service_healthy\n';
    expect(errorsOf(text)).toEqual([
      '4:3 duplicate-key duplicate key: YAML keeps only one of the two values, silently; remove or rename one of them',
    ]);
  });

  it('reports syntax errors at their line', () => {
    const [first] = errorsOf('a: 1\nb: [1, 2\nc: 3\n');
    expect(first).toMatch(/^\d+:\d+ yaml not valid YAML/);
    expect(first?.startsWith('1:')).toBe(false);
  });

  it('refuses a billion-laughs alias bomb quickly', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(',')}]`,
      );
    const started = Date.now();
    expect(errorsOf(lines.join('\n'))).toEqual([
      '2:8 alias-bomb too many alias expansions (limit 50): this looks like an alias bomb',
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses pathological nesting with one clear line', () => {
    const errs = errorsOf(`${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toBe('1:65 too-deep nesting is deeper than 64 levels: not an environment file');
  });

  it('refuses several documents in one file', () => {
    expect(errorsOf('a: 1\n---\nb: 2\n')[0]).toMatch(/holds several YAML documents/);
  });
});

describe('deep block nesting', () => {
  it('is one clear line, never a crash', () => {
    let text = '';
    for (let i = 0; i < 3000; i++) text += `${' '.repeat(i)}k:\n`;
    const r = parseEnvironmentYaml('f.yaml', text);
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      'too-deep: nesting is too deep to be an environment file',
    ]);
  });
});

describe('a file of tens of thousands of findings (outside review 11)', () => {
  it('lists the first 200 and counts the rest, and duplicate keys are still found among them', async () => {
    const { findingsFor, minimalEnv } = await import('../helpers.js');
    let text = minimalEnv();
    const keys: string[] = [];
    for (let i = 0, size = text.length; size < 1_000_000; i++) size += keys[keys.push(`    k${i}: 1\n`) - 1]!.length;
    text += keys.join('') + '    k7: 2\n';
    const f = await findingsFor({ 'prod.yaml': text });
    expect(f).toHaveLength(1); // the duplicate k7 stops the file before the schema: one finding, at its line
    expect(f[0]).toMatchObject({ rule: 'duplicate-key', line: text.split('\n').length - 1 });
    const unique = await findingsFor({ 'prod.yaml': text.replace(/ {4}k7: 2\n$/, '') });
    expect(unique).toHaveLength(201);
    expect(unique.slice(0, 200).every((x) => x.rule === 'unknown-key')).toBe(true);
    expect(unique[200]).toMatchObject({
      rule: 'too-many-findings',
      severity: 'error',
      line: 220,
      message:
        `${keys.length - 200} more findings in this file from here on are not listed (the first 200 ` +
        `are): fix those and run again`,
    });
  });
});
