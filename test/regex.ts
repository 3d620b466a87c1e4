/**
 * One pattern written in parts, each a regex literal of its own, so a long expected message keeps its escapes and
 * still fits a line: the parts' sources in order, with the last part's flags.
 */
export function joinedRegex(...parts: RegExp[]): RegExp {
  return new RegExp(parts.map((p) => p.source).join(''), parts.at(-1)?.flags ?? '');
}
