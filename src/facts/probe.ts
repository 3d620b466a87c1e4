import type { Instance } from '../config/environment.generated.js';
import { SLOTS, type Slot } from '../shell/layout.js';
import { parseState, type HostState } from '../shell/state.js';
import { readSections } from './sections.js';

// What a run reads before it plans (host/probe.ts prints it): the recorded state, and the facts that can disagree
// with it after a run was killed. Parsed here, without a host, so every disagreement is tested as text.

export interface JournalEntry {
  run: string;
  step?: string;
  undo?: string;
  event: 'start' | 'end';
  at: number;
  code?: number;
}

export interface HostProbe {
  state: HostState;
  /** Where the flip symlink (or upstream include) of the first component points; null when nothing routes yet. */
  routed: Slot | null;
  slotRelease: Partial<Record<Slot, string>>;
  /** Every component's unit of that slot is active (a warm slot: a rollback to it is only a flip). */
  slotRunning: Record<Slot, boolean>;
  maintenance: boolean;
  /** sessionGone: the SSH session the holder's steps ran in has ended (host/lock.ts): the run is dead, lease or not. */
  lock: { run: string; owner: string; expires: number; sessionGone?: boolean } | null;
  journal: JournalEntry[];
  /** The host's watch of a flip still runs (host/watch.ts): its run holds the lock until the watch ends. */
  watching: boolean;
  /** The host's watch of the last flip, when no run has reported what it decided (its run died or was cut off). */
  unreportedWatch?: { run: string; release: string; state: string; reason: string };
  fingerprint: string;
  now: number;
}

/** Reads the probe's output. Pure, so every disagreement it can report is tested without a host. */
export function parseProbe(inst: Instance, stdout: string): HostProbe {
  const { body } = readSections(stdout);
  const state = parseState(body('state') || 'null', inst.id);
  const [, first] = Object.entries(inst.app.components)[0] ?? [];
  const routedText = body('routed');
  let routed: Slot | null = null;
  if (first?.listen.type === 'unix') routed = SLOTS.find((s) => routedText.endsWith(`/${s}/app.sock`)) ?? null;
  else if (first?.listen.type === 'tcp')
    routed = SLOTS.find((s) => routedText.includes(`:${first.listen[s]};`)) ?? null;
  const slotRelease: Partial<Record<Slot, string>> = {};
  for (const s of SLOTS) {
    const target = body(`slot-${s}`);
    if (target) slotRelease[s] = target.replace(/^.*\//, '');
  }
  let lock: HostProbe['lock'] = null;
  try {
    const raw = JSON.parse(body('lock') || 'null') as { run?: string; owner?: string; expires?: number } | null;
    if (raw?.run)
      lock = {
        run: raw.run,
        owner: raw.owner ?? '',
        expires: Number(raw.expires ?? 0),
        ...(body('lock-session') === 'gone' ? { sessionGone: true } : {}),
      };
  } catch {
    lock = { run: '?', owner: body('lock'), expires: 0 };
  }
  const journal: JournalEntry[] = [];
  for (const line of body('journal').split('\n')) {
    try {
      const e = JSON.parse(line) as JournalEntry;
      if (e.run && (e.event === 'start' || e.event === 'end')) journal.push(e);
    } catch {
      // a line cut by a full disk or a kill mid-write: the lines around it still count
    }
  }
  // In the order the script asks: blue's units, green's, then the watch. A slot runs when every unit of it is active.
  const states = body('units')
    .split('\n')
    .map((x) => x.trim());
  const n = Object.keys(inst.app.components).length;
  const allActive = (from: number) => n > 0 && states.slice(from, from + n).every((x) => x === 'active');
  const slotRunning = { blue: allActive(0), green: allActive(n) };
  let unreportedWatch: HostProbe['unreportedWatch'];
  try {
    const w = JSON.parse(body('watch') || 'null') as HostProbe['unreportedWatch'] | null;
    if (w?.run) unreportedWatch = { run: w.run, release: w.release, state: w.state, reason: w.reason ?? '' };
  } catch {
    // a watch file cut mid-write says nothing
  }
  return {
    state,
    routed,
    slotRelease,
    slotRunning,
    maintenance: body('maintenance') === 'on',
    lock,
    journal,
    watching: states[2 * n] === 'active',
    ...(unreportedWatch ? { unreportedWatch } : {}),
    fingerprint: body('fingerprint'),
    now: Number(body('now')),
  };
}
