import type { HostState } from '../shell/state.js';
import { quote } from '../shell/quote.js';

/**
 * Prints `@file <sha256> <path>` for every file slotflip rendered last time (`@file missing <path>` for one that is
 * gone), in the facts protocol (facts/sections.ts; facts/drift.ts reads it). Read-only.
 */
export function driftScript(state: HostState): string | undefined {
  const paths = Object.keys(state.rendered ?? {});
  if (paths.length === 0) return undefined;
  return paths
    .map(
      (p) =>
        `if [ -f ${quote(p)} ]; then echo "@file $(sha256sum < ${quote(p)} | cut -c1-64) "${quote(p)}; ` +
        `else echo "@file missing "${quote(p)}; fi`,
    )
    .join('\n');
}
