import type { PathSegment } from './locate.js';
import { environmentSchema } from './schema.js';

type Schema = {
  $ref?: string;
  title?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
};

function deref(schema: Schema | undefined): { schema: Schema | undefined; refs: string[] } {
  const refs: string[] = [];
  let s = schema;
  while (s?.$ref) {
    refs.push(s.$ref.replace('#/definitions/', ''));
    s = (environmentSchema.definitions as Record<string, Schema>)[s.$ref.replace('#/definitions/', '')];
  }
  return { schema: s, refs };
}

export interface Visited {
  path: PathSegment[];
  value: unknown;
  /** Definitions this value's schema refers to, outermost first, e.g. ['commandList'] or ['command']. */
  refs: string[];
}

/**
 * Walks a document together with the schema and calls `visit` for every value the schema describes.
 * This is how the code finds command fields and secret references: from the schema, never from a second list.
 */
export function walkWithSchema(data: unknown, visit: (v: Visited) => void): void {
  const go = (value: unknown, schema: Schema | undefined, path: PathSegment[]) => {
    const { schema: s, refs } = deref(schema);
    if (!s) return;
    visit({ path, value, refs });
    if (Array.isArray(value) && s.items) value.forEach((item, i) => go(item, s.items, [...path, i]));
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) {
        const child =
          s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        go(v, child, [...path, k]);
      }
    }
  };
  go(data, environmentSchema as Schema, []);
}

/** Every value whose schema is the named definition, with its path. */
export function valuesOfDefinition(data: unknown, definition: string): Visited[] {
  const found: Visited[] = [];
  walkWithSchema(data, (v) => {
    if (v.refs.includes(definition)) found.push(v);
  });
  return found;
}
