import type { HostState } from '../shell/state.js';
import { readSections } from './sections.js';

/** Files that differ from what slotflip last rendered (host/drift.ts prints them): someone edited them on the host. */
export function parseDrift(state: HostState, stdout: string): string[] {
  const drift: string[] = [];
  for (const line of readSections(stdout).tag('file')) {
    const space = line.indexOf(' ');
    const [hash, path] = space < 0 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
    const expected = path ? state.rendered?.[path] : undefined;
    if (!expected) continue;
    if (hash === 'missing') drift.push(`${path} was removed from the host`);
    else if (hash !== expected) drift.push(`${path} was changed on the host since slotflip rendered it`);
  }
  return drift;
}
