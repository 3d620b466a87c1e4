// Which kept release a rollback goes to.
import { versionOf } from '../host/release.js';
import { type HostState } from '../shell/state.js';

/** Which kept release `to` names: an exact id, or the newest kept release of that version. */
export function resolveTarget(state: HostState, to: string): string | undefined {
  if (state.releases.includes(to)) return to;
  return [...state.releases].reverse().find((id) => versionOf(id) === to);
}
