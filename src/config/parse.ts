import { LineCounter, parseDocument, type Document } from 'yaml';
import { duplicateKeys, firstAliasOffset } from './yaml-walk.js';
import { plainMapping } from './yaml-fast.js';
import type { Finding, Position } from '../report/finding.js';

// YAML 1.2 core schema: `yes`/`no`/`on` stay strings and leading zeros stay numbers-as-written, so nothing changes
// meaning silently.
// Duplicate keys are found by duplicateKeys() (yaml-walk.ts) in one pass: the library's own check compares every key
// of a map with every other (a 1 MiB file of 75 000 keys took minutes).
const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true, version: '1.2' } as const;
// Aliases are legitimate for sharing blocks, but a handful per file is plenty; more is a resource-exhaustion attack.
const MAX_ALIAS_COUNT = 50;

/** The file as a YAML document with positions: where findings point, and what `pin` edits keeping comments. */
export interface YamlSource {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

export interface ParsedFile {
  file: string;
  data: unknown;
  source: YamlSource;
}

/**
 * The document is parsed with positions on first use only. A valid file is read as data by the faster parser and
 * never needs them; a finding's line, or an edit, asks for them.
 */
function lazySource(text: string): YamlSource {
  let parsed: YamlSource | undefined;
  const get = (): YamlSource => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { doc: parseDocument(text, { ...PARSE_OPTIONS, lineCounter: lines }), lines };
    }
    return parsed;
  };
  return {
    get doc() {
      return get().doc;
    },
    get lines() {
      return get().lines;
    },
  };
}

export type ParseResult = { ok: true; parsed: ParsedFile; findings: Finding[] } | { ok: false; findings: Finding[] };

export function offsetsToPosition(lines: LineCounter, start: number, end: number): Position {
  const a = lines.linePos(start);
  const b = lines.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

function yamlMessage(code: string, message: string): { rule: string; text: string } {
  // The yaml library appends " at line X, column Y:" and a source excerpt; we report the position ourselves.
  const text = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
  if (code === 'DUPLICATE_KEY') {
    return {
      rule: 'duplicate-key',
      text: 'duplicate key: YAML keeps only one of the two values, silently; remove or rename one of them',
    };
  }
  if (code === 'MULTIPLE_DOCS')
    return { rule: 'yaml', text: 'holds several YAML documents (---); an environment file holds exactly one' };
  if (/Maximum call stack/.test(message))
    return { rule: 'too-deep', text: 'nesting is too deep to be an environment file' };
  return { rule: 'yaml', text: `not valid YAML: ${text}` };
}

// Environment files nest a handful of levels; hundreds is an attack on the parser's stack, refused before parsing.
const MAX_FLOW_DEPTH = 64;

function flowDepthExceeded(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth -= 1;
  }
  return undefined;
}

export function parseEnvironmentYaml(file: string, text: string): ParseResult {
  const tooDeep = flowDepthExceeded(text);
  if (tooDeep !== undefined) {
    const lines = new LineCounter();
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1 && i < tooDeep; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
    return {
      ok: false,
      findings: [
        {
          file,
          ...offsetsToPosition(lines, tooDeep, tooDeep),
          severity: 'error',
          path: '',
          rule: 'too-deep',
          message: `nesting is deeper than ${MAX_FLOW_DEPTH} levels: not an environment file`,
        },
      ],
    };
  }
  const source = lazySource(text);
  const fast = plainMapping(text);
  if (fast) return { ok: true, parsed: { file, data: fast, source }, findings: [] };
  // The careful way: the same document with positions, parsed now.
  let doc: Document.Parsed;
  try {
    doc = source.doc;
  } catch (err) {
    return {
      ok: false,
      findings: [
        {
          file,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          severity: 'error',
          path: '',
          rule: 'yaml',
          message: `not valid YAML: ${String(err)}`,
        },
      ],
    };
  }
  const { lines } = source;
  const toFinding =
    (severity: 'error' | 'warning') =>
    (e: { code: string; message: string; pos: [number, number] }): Finding => {
      const { rule, text: message } = yamlMessage(e.code, e.message);
      return { file, ...offsetsToPosition(lines, e.pos[0], e.pos[1]), severity, path: '', rule, message };
    };
  // Duplicate keys are independent mistakes: report each. A syntax error makes the parser stumble on for a while:
  // only its first error is the operator's; the rest (one per level for a stack overflow) are echoes.
  const errors = [...doc.errors, ...duplicateKeys(doc)].map(toFinding('error'));
  const firstSyntax = errors.find((f) => f.rule !== 'duplicate-key');
  const findings = [
    ...errors.filter((f) => f.rule === 'duplicate-key' || f === firstSyntax),
    ...doc.warnings.map(toFinding('warning')),
  ];
  if (errors.length > 0) return { ok: false, findings };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const pos = firstAliasOffset(doc);
    const message =
      err instanceof ReferenceError && /alias/i.test(err.message)
        ? `too many alias expansions (limit ${MAX_ALIAS_COUNT}): this looks like an alias bomb`
        : /call stack/i.test(String(err))
          ? 'nesting is too deep to be an environment file'
          : `cannot be read as data: ${err instanceof Error ? err.message : String(err)}`;
    const rule = /alias/.test(message) ? 'alias-bomb' : 'yaml';
    findings.push({ file, ...offsetsToPosition(lines, pos, pos), severity: 'error', path: '', rule, message });
    return { ok: false, findings };
  }
  return { ok: true, parsed: { file, data, source }, findings };
}
