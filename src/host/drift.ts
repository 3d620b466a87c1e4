import type { HostState } from '../shell/state.js';
import { quote } from '../shell/quote.js';

/** Prints `sha256  path` for every file slotflip rendered last time (or `missing  path`). Read-only. */
export function driftScript(state: HostState): string | undefined {
  const paths = Object.keys(state.rendered ?? {});
  if (paths.length === 0) return undefined;
  return paths
    .map((p) => `if [ -f ${quote(p)} ]; then sha256sum ${quote(p)}; else echo "missing  ${p}"; fi`)
    .join('\n');
}

/** Files that differ from what slotflip last rendered: someone edited them on the host. */
export function parseDrift(state: HostState, stdout: string): string[] {
  const drift: string[] = [];
  for (const line of stdout.trim().split('\n').filter(Boolean)) {
    const [hash, path] = line.split(/\s+/, 2);
    const expected = path ? state.rendered?.[path] : undefined;
    if (!path || !expected) continue;
    if (hash === 'missing') drift.push(`${path} was removed from the host`);
    else if (hash !== expected) drift.push(`${path} was changed on the host since slotflip rendered it`);
  }
  return drift;
}
