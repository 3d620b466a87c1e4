import type { Slot } from './layout.js';

// ONE schema for what is on a host (lesson 2: four schemas, and the update never found its config). Versioned.
export interface SlotState {
  release: string;
  version: string;
  since: string;
  /** The backup the deploy of this release took before migrating (with its marker): what a rollback may restore. */
  backup?: string;
}

export interface HistoryEntry {
  run: string;
  op: 'deploy' | 'rollback' | 'flip-back' | 'release-hold' | 'restore' | 'rotate' | 'adopt';
  release: string;
  slot: Slot;
  result: 'ok' | 'failed' | 'rolled-back';
  at: string;
  detail?: string;
}

export interface HostState {
  format: 1;
  instance: string;
  active: Slot | null;
  slots: Partial<Record<Slot, SlotState>>;
  /** Release ids on the host, oldest first; the last `keep` are kept. */
  releases: string[];
  /** Set after an automatic flip-back: the same release is refused until an operator releases the hold. */
  hold: { release: string; reason: string; since: string } | null;
  history: HistoryEntry[];
  /**
   * An app installed before slotflip, serving until the first deploy moves it into slotflip's slots (host/adopt.ts).
   */
  adopted?: AdoptedApp;
  /** sha256 of every file slotflip last rendered (files holding secrets excluded): the base for drift detection. */
  rendered?: Record<string, string>;
}

export interface AdoptedApp {
  since: string;
  /** What the app reported at adoption (its version probe), if it has one. */
  version: string | null;
  /** The site nginx served it with: where it was, and where slotflip moved it (out of nginx's includes, kept). None
   * when the app had no nginx in front (it listened on the site's port itself). */
  site?: { path: string; savedAt: string };
  /**
   * An app that listened on the site's port itself: nginx serves that port through a redirect until the first deploy.
   */
  handoff?: { port: number; via: number };
  /** Per component: the unit that serves it, where it listens, and slotflip's bridge to a TCP listener if any. */
  components: Record<string, { unit: string | null; upstream: string; bridge?: { unit: string; socket: string } }>;
}

export const HISTORY_LIMIT = 50;

export function emptyState(instance: string): HostState {
  return { format: 1, instance, active: null, slots: {}, releases: [], hold: null, history: [] };
}

/** Reads state.json as the host has it; anything else is an error naming the file, never a guess. */
export function parseState(text: string, instance: string): HostState {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'null') return emptyState(instance);
  const raw = JSON.parse(trimmed) as Partial<HostState>;
  if (raw.format !== 1) throw new Error(`state.json has format ${String(raw.format)}; this slotflip reads format 1`);
  return { ...emptyState(instance), ...raw } as HostState;
}

export function withHistory(state: HostState, entry: HistoryEntry): HostState {
  return { ...state, history: [...state.history, entry].slice(-HISTORY_LIMIT) };
}

/**
 * The host state's fingerprint when a plan was built, and the command that reads it again: the lock step refuses to
 * go on if the host changed in between (host/lock.ts).
 */
export interface HostGuard {
  fingerprint: string;
  expect: string;
}
