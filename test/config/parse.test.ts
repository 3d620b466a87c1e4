import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseEnvironmentYaml } from '../../src/config/parse.js';
import { plainMapping } from '../../src/config/yaml-fast.js';

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

// Valid files are read by js-yaml (the fast path) and located by the yaml library: the two must read every scalar the
// same, and whatever js-yaml takes differently from the yaml library must go the careful way.
describe('the fast path and the careful way read the same data', () => {
  const careful = (text: string) =>
    parse(text, { version: '1.2', strict: true, uniqueKeys: false, logLevel: 'error' }) as unknown;
  const scalars = [
    ...['1_000', '0o17', '017', '0x1F', '0b101', '+1', '-0', '1.', '.5', '1e3', '12e03', '+.inf', '-.Inf', '.NaN'],
    ...['~', 'null', 'Null', 'NULL', '', 'true', 'True', 'TRUE', 'tRue', 'yes', 'no', 'on', 'off', 'y'],
    ...['2001-12-14', '12:30', '1:20:30', '0.1.2', '"a\\x41"', "'it''s'", '!!str 1', '!!int "3"', '<<', '='],
    ...['0', '00', '-0x1', '0xg', '"\\u00e9"', '[1, 2]', '{a: 1}', '|\n  x\n', '>\n  a\n  b\n', '-.5', 'a # c'],
  ];
  it.each(scalars)('k: %s', (scalar) => {
    const text = `k: ${scalar}\n`;
    const r = parseEnvironmentYaml('f.yaml', text);
    expect(r.ok && r.parsed.data).toEqual(careful(text));
    expect(plainMapping(text)).toEqual(careful(text));
  });

  it('reads every example environment the same both ways', () => {
    for (const name of readdirSync('environments')) {
      const text = readFileSync(`environments/${name}`, 'utf8');
      expect(plainMapping(text), name).toEqual(careful(text));
    }
  });

  it('reads every shipped preset the same both ways (presets take the fast path too)', () => {
    const presets = readdirSync('templates').filter((app) => existsSync(`templates/${app}/preset.yaml`));
    expect(presets.length).toBeGreaterThan(0);
    for (const app of presets) {
      const text = readFileSync(`templates/${app}/preset.yaml`, 'utf8');
      expect(plainMapping(text), app).toEqual(careful(text));
    }
  });

  it.each([
    ['a key repeated', 'a: 1\na: 2\n', 'duplicate-key'],
    ['an alias', 'a: &x 1\nb: *x\n', undefined],
    ['a complex key', '? [1]\n: x\n', undefined],
    ['a flow sequence as a key', '[1, 2]: x\n', undefined],
    ['a flow mapping as a key, deeper down', 'a:\n  b: {{c: 1}: x}\n', undefined],
    ['an anchor without an alias', 'a: &x 1\nb: 2\n', undefined],
    ['an unknown tag', 'a: !custom 1\n', undefined],
    ['a list at the top', '- 1\n', undefined],
    // The directive makes the yaml library read YAML 1.1 (yes is true, 010 is 8): js-yaml would not.
    ['a %YAML 1.1 directive', '%YAML 1.1\n---\na: yes\nb: 010\n', undefined],
  ])('%s goes the careful way', (_what, text, rule) => {
    const r = parseEnvironmentYaml('f.yaml', text);
    // The careful way parsed it already: its document is there without a second parse.
    if (r.ok) expect(r.parsed.data).toEqual(careful(text));
    else expect(r.findings[0]?.rule).toBe(rule);
  });

  it('parses positions only when a finding asks for them, and then finds the line', () => {
    const r = parseEnvironmentYaml('f.yaml', 'a: 1\nb:\n  c: 2\n');
    if (!r.ok) throw new Error('parses');
    expect(r.parsed.source.doc.getIn(['b', 'c'])).toBe(2);
    expect(r.parsed.source.lines.linePos(9)).toEqual({ line: 3, col: 2 });
  });
});
