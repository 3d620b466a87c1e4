import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Position } from '../report/finding.js';
import { offsetsToPosition, type ParsedFile } from './parse.js';

export type PathSegment = string | number;

/** instances[0].target.port: how findings name a place in a document. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg),
    '',
  );
}

/** Parses an ajv instancePath (JSON pointer) into segments; numeric segments of arrays become numbers. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

// Each map's pairs by key, built on first use: locating thousands of findings in one large map stays linear.
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairsByKey.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items)
      if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p as Pair);
    pairsByKey.set(map, index);
  }
  return index.get(key);
}

function rangeOf(node: Node | null | undefined): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

/**
 * Where a path points in the YAML source. `at: 'key'` points at the key itself (unknown keys, risky changes);
 * otherwise a scalar points at its value and a map or list at the key that holds it, which is where an operator looks.
 * A path that does not exist (a missing key) points at the deepest part that does.
 */
export function locate(parsed: ParsedFile, path: readonly PathSegment[], at: 'value' | 'key' = 'value'): Position {
  let node: unknown = parsed.source.doc.contents;
  let holder: Pair | undefined;
  let best: [number, number] | undefined = rangeOf(node as Node) ?? [0, 0];
  for (const seg of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = pairOf(node as YAMLMap, String(seg));
      if (!pair) break;
      holder = pair;
      next = pair.value;
      best = rangeOf(pair.key as Node) ?? best;
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
      holder = undefined;
      if (!next) break;
      best = rangeOf(next as Node) ?? best;
    } else {
      break;
    }
    node = next;
  }
  const wantKey = at === 'key' || !(isScalar(node) || node === null);
  let range = best;
  if (!wantKey && isScalar(node)) range = rangeOf(node) ?? best;
  else if (holder && isPair(holder) && holder.key) range = rangeOf(holder.key as Node) ?? best;
  return offsetsToPosition(parsed.source.lines, range[0], range[1]);
}
