import { isAlias, isMap, isScalar, visit, type Document } from 'yaml';

// Walks of a parsed document the careful way needs: its duplicate keys, and where its first alias is.

/** Every key that repeats one before it in the same map, in one pass over each map (scalar keys by type and value). */
export function duplicateKeys(doc: Document.Parsed): { code: string; message: string; pos: [number, number] }[] {
  const found: { code: string; message: string; pos: [number, number] }[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const id = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(id))
          found.push({
            code: 'DUPLICATE_KEY',
            message: 'Map keys must be unique',
            pos: [pair.key.range?.[0] ?? 0, pair.key.range?.[1] ?? 0],
          });
        seen.add(id);
      }
    },
  });
  return found;
}

export function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}
