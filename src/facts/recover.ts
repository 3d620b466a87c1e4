import type { HostProbe, JournalEntry } from './probe.js';
import { versionOf } from '../host/release.js';
import type { HostState } from '../shell/state.js';

// A run killed with SIGKILL (or a runner that died) cannot undo itself. The next run reads what it left and decides:
// - before its flip, nothing users see changed: the half-started idle slot is restarted by the new plan anyway;
// - after its flip, traffic already reaches the new slot: that slot is adopted as live, so the new plan never
//   restarts the slot that serves production (state.json alone would still name the old one);
// - a maintenance page it left up (a breaking migration) stays up until a deploy flips to a release that runs on
//   the migrated schema: turning it off would expose the old release to the new schema.

export interface Interrupted {
  run: string;
  /** The step it was in (a start without an end) or the last it finished. */
  step: string;
  running: boolean;
  at: number;
}

export interface Recovery {
  state: HostState;
  notes: string[];
  interrupted?: Interrupted;
  /** Why deploying the live release must still do something (finish what a run left); undefined when nothing. */
  converge?: string;
}

/**
 * The last run in the journal that acted on the host (runs refused at the lock are skipped: they did nothing), when
 * it neither finished (its unlock ended) nor is still alive (it holds an unexpired lease).
 */
export function interruptedRun(
  journal: readonly JournalEntry[],
  lock: HostProbe['lock'],
  now: number,
  watching = false,
): Interrupted | undefined {
  const runs = [...new Set(journal.map((e) => e.run))].reverse();
  for (const run of runs) {
    const own = journal.filter((e) => e.run === run);
    const tail = own.at(-1)!;
    const step = tail.step ?? tail.undo ?? '?';
    if (own.every((e) => e.step === 'lock') && tail.event === 'end' && tail.code !== 0) continue;
    // Alive (or the host watches its flip): the lock step waits for it.
    if (lock && lock.run === run && ((lock.expires >= now && !lock.sessionGone) || watching)) return undefined;
    // Finished: its lock was released (by the run, or by the host's watch after the run's own last step).
    if (own.some((e) => e.step === 'unlock' && e.event === 'end')) return undefined;
    return { run, step, running: tail.event === 'start', at: tail.at };
  }
  return undefined;
}

export function recover(probe: HostProbe): Recovery {
  const notes: string[] = [];
  let state = probe.state;
  const interrupted = interruptedRun(probe.journal, probe.lock, probe.now, probe.watching);
  if (interrupted) {
    const when = new Date(interrupted.at * 1000).toISOString();
    notes.push(
      `run ${interrupted.run} stopped ${interrupted.running ? 'during' : 'after'} its ${interrupted.step} ` +
        `step at ${when} without finishing; this run completes or replaces what it left`,
    );
  }
  const w = probe.unreportedWatch;
  if (w) {
    const did =
      w.state === 'passed'
        ? 'it passed its observe window and the host finished the deploy'
        : w.state === 'flipped-back'
          ? `the host flipped it back and held it (${w.reason})`
          : `the watch is ${w.state}`;
    notes.push(`run ${w.run} ended before it could report its flip to release ${w.release}: ${did}`);
  }
  const routed = probe.routed;
  if (routed && routed !== state.active) {
    const release = probe.slotRelease[routed] ?? 'unknown';
    const flippedAt = probe.journal.filter((e) => e.step === 'flip' && e.event === 'end' && e.code === 0).at(-1)?.at;
    state = {
      ...state,
      active: routed,
      slots: {
        ...state.slots,
        [routed]: {
          release,
          version: versionOf(release),
          since: flippedAt ? new Date(flippedAt * 1000).toISOString() : new Date(probe.now * 1000).toISOString(),
        },
      },
      releases: state.releases.includes(release) ? state.releases : [...state.releases, release],
    };
    notes.push(
      `nginx routes to the ${routed} slot (release ${release}), but state.json recorded ` +
        `${probe.state.active ?? 'no live slot'}: the ${routed} slot is taken as live`,
    );
  }
  const adopted = routed !== null && routed !== probe.state.active;
  const converge = interrupted
    ? `run ${interrupted.run} did not finish`
    : adopted
      ? 'state.json did not record the last flip'
      : probe.maintenance
        ? 'the maintenance page is on'
        : undefined;
  if (probe.maintenance)
    notes.push(
      "the maintenance page is on (a breaking migration's deploy did not finish): it stays on until a " +
        'deploy flips to a release that passes its health gate',
    );
  return { state, notes, interrupted, converge };
}
