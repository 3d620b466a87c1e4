import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';

/**
 * The fast path: js-yaml reads a plain YAML mapping as data three to five times faster than the yaml library, whose
 * document with positions the findings need. js-yaml 4 is used over 5: it reads a file two and a half times faster
 * (200 environment files: 87 ms against 218 ms).
 * Both read YAML 1.2's core schema below and agree on every scalar (a test holds them to it). Anything else goes the
 * careful way, whose messages say what is wrong:
 * - an error of any kind (a syntax error, a duplicate key, which js-yaml refuses, an unknown tag);
 * - any anchor: the careful way counts alias expansions, and without an anchor no alias can resolve;
 * - a collection as a key, which js-yaml would turn into a string of its own making;
 * - a document that is not a mapping;
 * - any directive: under `%YAML 1.1` the yaml library reads `yes` as true and `010` as 8.
 */
export function plainMapping(text: string): Record<string, unknown> | undefined {
  if (/^%/m.test(text)) return undefined;
  const collections: object[] = [];
  let anchors = false;
  let data: unknown;
  try {
    data = load(text, {
      schema: CORE_1_2,
      // Called after each node with the loader's state: its anchor map holds every anchor seen so far.
      listener(event, state) {
        if (event !== 'close') return;
        const { result, anchorMap } = state as unknown as { result: unknown; anchorMap: object };
        if (typeof result === 'object' && result !== null) collections.push(result);
        if (!anchors) for (const _ in anchorMap) anchors = true;
      },
    });
  } catch {
    return undefined;
  }
  if (anchors || typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  return collections.every(within(data)) ? (data as Record<string, unknown>) : undefined;
}

/** Whether a collection the loader made is in the data: one that is not was a key. */
function within(root: object): (c: object) => boolean {
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    for (const x of Object.values(v)) walk(x);
  };
  walk(root);
  return (c) => seen.has(c);
}

// YAML 1.2's core schema, as the yaml library reads it (js-yaml 4's own int and float are YAML 1.1's: 1_000, 0b101).
const scalar = (tag: string, test: RegExp, construct: (s: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (s: unknown) => typeof s === 'string' && test.test(s),
    construct,
  });
const CORE_1_2 = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|null|Null|NULL|)$/, () => null),
    scalar('bool', /^(?:true|True|TRUE|false|False|FALSE)$/, (s) => /^t/i.test(s)),
    scalar('int', /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (s) =>
      s.startsWith('0o') ? parseInt(s.slice(2), 8) : Number(s),
    ),
    scalar(
      'float',
      /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
      (s) => (/inf/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(s) ? NaN : Number(s)),
    ),
  ],
});
