import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../config/suggest.js';
import { UsageError } from './usage-error.js';
import type { Verb } from './options.js';
import { verb as verbNamed } from './verbs.js';

export type Values = Record<string, string | boolean | undefined>;

/** A parsed command line, or the verb's help when it asked for it. */
export type Parsed = { help: string } | { help?: undefined; values: Values; positionals: string[] };

const HELP_OPTION = '-h, --help';

/** `slotflip deploy --env FILE [options]`, with the required options and the positionals. */
export function usageLine(v: Verb): string {
  const required = (v.required ?? []).map((name) => `--${name} ${v.options[name]?.value ?? ''}`.trim());
  const optional = Object.keys(v.options).length > (v.required?.length ?? 0) ? ['[options]'] : [];
  return ['slotflip', v.name, ...(v.args ? [v.args] : []), ...required, ...optional].join(' ');
}

/** One line: what is wrong with the command line, and how the verb is called. */
const misuse = (v: Verb, problem: string) =>
  new UsageError(`${problem} (usage: ${usageLine(v)}; --help lists the options)`);

/** `slotflip <verb> --help`: the usage line, what the verb does, and every option with its default. */
export function helpText(v: Verb): string {
  const rows = Object.entries(v.options).map(([name, o]) => {
    const left = `--${name}${o.value ? ` ${o.value}` : ''}`;
    const dflt = o.type === 'string' && o.default !== undefined ? ` (default ${o.default})` : '';
    return [left, `${o.help}${dflt}`] as const;
  });
  rows.push([HELP_OPTION, 'this help']);
  const width = Math.max(...rows.map(([l]) => l.length)) + 2;
  return [
    `usage: ${usageLine(v)}`,
    '',
    v.summary,
    '',
    'options:',
    ...rows.map(([l, r]) => `  ${l.padEnd(width)}${r}`),
  ].join('\n');
}

/**
 * The command line of one verb, read against its row of the table: -h/--help wins; an unknown option is named with
 * the closest known one; --format json|text is --json spelt the old way; a missing required option says which.
 */
export function parseVerb(name: string, args: string[]): Parsed {
  const v = verbNamed(name);
  if (args.includes('--help') || args.includes('-h')) return { help: helpText(v) };
  const known = Object.keys(v.options);
  for (const arg of args) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const option = arg.slice(2).split('=')[0]!;
    if (known.includes(option) || (option === 'format' && known.includes('json'))) continue;
    const near = didYouMean(option, known);
    throw misuse(v, `unknown option --${option}${near ? `; did you mean --${near}?` : ''}`);
  }
  const options = Object.fromEntries(
    Object.entries(v.options).map(([k, o]) => [
      k,
      { type: o.type, ...(o.default !== undefined ? { default: o.default } : {}) },
    ]),
  );
  if (known.includes('json')) options.format = { type: 'string' };
  const parsed = parseArgs({
    args,
    options: options as ParseArgsConfig['options'],
    allowPositionals: true,
    strict: true,
  });
  const values = { ...parsed.values } as Values;
  if (values.format !== undefined) {
    if (values.format !== 'json' && values.format !== 'text')
      throw new UsageError(`--format must be text or json, not "${values.format}"`);
    values.json = values.json === true || values.format === 'json';
    delete values.format;
  }
  const count = v.positionals ?? 0;
  if (count !== 'any' && parsed.positionals.length !== count) {
    const what = count === 0 ? `takes no arguments (got "${parsed.positionals.join(' ')}")` : `needs ${v.args}`;
    throw misuse(v, what);
  }
  const missing = (v.required ?? []).filter((r) => values[r] === undefined);
  if (missing.length) throw misuse(v, `missing ${missing.map((m) => `--${m}`).join(' and ')}`);
  return { values, positionals: parsed.positionals };
}

/** A string option's value (parseVerb checked its type). */
export const str = (values: Values, name: string): string | undefined => values[name] as string | undefined;
/** A boolean option's value. */
export const flag = (values: Values, name: string): boolean => values[name] === true;
