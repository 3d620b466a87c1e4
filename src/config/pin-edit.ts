import { isMap, isScalar, type Document, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { PathSegment } from './locate.js';

/** What `slotflip pin` writes into one release map. */
export interface ReleasePin {
  /** Where the release map is: ['instances', 0, 'app', 'release']. */
  path: PathSegment[];
  fields: { version?: string; url?: string; sha256: string };
}

interface Edit {
  at: number;
  end: number;
  text: string;
}

// A plain scalar when YAML reads it back as the same string; double-quoted (JSON is valid YAML) otherwise.
const scalar = (v: string) => (/^[A-Za-z0-9][A-Za-z0-9:/._~%+=?&-]*$/.test(v) && !/: /.test(v) ? v : JSON.stringify(v));

/**
 * Writes each pin's fields into the file's text in place: a value that is there is replaced where it stands, a missing
 * one is added after the release's last field, in the map's own style (flow or block, the same indentation). Every
 * other byte (comments, blank lines, quoting, order) stays as it was: the diff of a pin is the pin.
 */
export function applyPins(text: string, doc: Document.Parsed, pins: readonly ReleasePin[]): string {
  const edits: Edit[] = [];
  for (const pin of pins) {
    const map = doc.getIn(pin.path, true);
    if (!isMap(map)) throw new Error(`${pin.path.join('.')} is not a map`);
    for (const [key, value] of Object.entries(pin.fields)) {
      if (value === undefined) continue;
      const pair = (map as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key) as
        Pair<Scalar, Scalar> | undefined;
      if (pair?.value?.range) edits.push({ at: pair.value.range[0], end: pair.value.range[1], text: scalar(value) });
      else edits.push(insertion(text, map as YAMLMap, key, scalar(value)));
    }
  }
  // From the end backwards, so earlier offsets stay true; two insertions at one place keep their order.
  edits.sort((a, b) => b.at - a.at);
  let out = text;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return out;
}

function insertion(text: string, map: YAMLMap, key: string, value: string): Edit {
  const last = map.items[map.items.length - 1] as Pair<Scalar, Scalar> | undefined;
  const lastEnd = last?.value?.range?.[1] ?? last?.key?.range?.[1];
  if (!last || lastEnd === undefined || !last.key?.range)
    throw new Error('an empty release map: write its fields by hand');
  if (map.flow) return { at: lastEnd, end: lastEnd, text: `, ${key}: ${value}` };
  // Block style: a new line after the last field's line (after any comment on it), at that field's indentation.
  const lineStart = text.lastIndexOf('\n', last.key.range[0] - 1) + 1;
  const indent = text.slice(lineStart, last.key.range[0]);
  const eol = text.indexOf('\n', lastEnd);
  const at = eol === -1 ? text.length : eol + 1;
  return { at, end: at, text: `${eol === -1 ? '\n' : ''}${indent}${key}: ${value}\n` };
}
