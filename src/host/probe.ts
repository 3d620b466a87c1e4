import type { Instance } from '../config/environment.generated.js';
import { layout, SLOTS, type Slot } from '../shell/layout.js';
import { sessionGone } from './lock.js';
import { quote } from '../shell/quote.js';
import { slotUnits } from './slot-units.js';
import { watchUnit } from './watch.js';
import { parseState, type HostState } from '../shell/state.js';

// What a run reads before it plans, in one round trip: the recorded state, and the facts that can disagree with it
// after a run was killed (where nginx really sends traffic, what each slot points at, the maintenance flag, the lock,
// the journal's tail). The fingerprint covers what a plan depends on; the lock step compares it again (host/lock.ts).

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

const MARK = '--- slotflip probe';

/** Where nginx sends a component's traffic: the flip's symlink (unix sockets) or its upstream include (TCP). */
function routeCommand(inst: Instance, component: string, listen: 'unix' | 'tcp' | undefined): string {
  return listen === 'unix'
    ? `readlink ${quote(layout(inst.id).currentSocket(component))}`
    : `cat ${quote(layout(inst.id).upstreamFile(component))}`;
}

/** A shell command printing the fingerprint of everything a deploy plan is built from. */
export function fingerprintCommand(inst: Instance): string {
  const l = layout(inst.id);
  const routes = Object.entries(inst.app.components).map(([name, c]) => routeCommand(inst, name, c?.listen.type));
  return (
    `{ cat ${quote(l.state)}; ${routes.join('; ')}; ls ${quote(l.maintenanceFlag)}; } 2>/dev/null | ` +
    `sha256sum | cut -c1-64`
  );
}

export function probeScript(inst: Instance): string {
  const l = layout(inst.id);
  const [name, first] = Object.entries(inst.app.components)[0] ?? [];
  const route = name && first ? routeCommand(inst, name, first.listen.type) : 'true';
  const components = Object.keys(inst.app.components);
  return [
    `cat ${quote(l.state)} 2>/dev/null || echo null`,
    `echo '${MARK} routed'; ${route} 2>/dev/null || true`,
    ...SLOTS.map((s) => `echo '${MARK} slot ${s}'; readlink ${quote(l.slotLink(s))} 2>/dev/null || true`),
    // One systemctl for every unit (it costs 14 ms a call in a container): each slot's units, then the watch's, one
    // state a line.
    `echo '${MARK} units'; systemctl is-active ${SLOTS.map((s) => slotUnits(inst.id, s, components)).join(' ')} ` +
      `${quote(watchUnit(inst.id))} 2>/dev/null || true`,
    `echo '${MARK} maintenance'; [ -e ${quote(l.maintenanceFlag)} ] && echo on || true`,
    `echo '${MARK} lock'; cat ${quote(`${l.lock}/owner`)} 2>/dev/null || true`,
    `echo '${MARK} lock-session'; ${sessionGone(quote(l.lock))}; [ -z "$gone" ] || echo gone`,
    `echo '${MARK} watch'; w=$(cat ${quote(`${l.root}/watch.json`)} 2>/dev/null || true); r=$(printf '%s' ` +
      (`"$w" | sed -n 's/^{"run":"\\([^"]*\\)".*/\\1/p'); [ -z "$r" ] || [ -e ` +
        `${quote(`${l.root}/watch`)}/"$r"/reported ] || printf '%s\\n' "$w"`),
    `echo '${MARK} journal'; tail -n 200 ${quote(l.journal)} 2>/dev/null || true`,
    `echo '${MARK} fingerprint'; ${fingerprintCommand(inst)}`,
    `echo '${MARK} now'; date +%s`,
  ].join('\n');
}

/** Reads the probe's output. Pure, so every disagreement it can report is tested without a host. */
export function parseProbe(inst: Instance, stdout: string): HostProbe {
  const parts = new Map<string, string>();
  const chunks = stdout.split(`${MARK} `);
  const stateText = chunks.shift() ?? '';
  for (const chunk of chunks) {
    const nl = chunk.indexOf('\n');
    parts.set(nl < 0 ? chunk : chunk.slice(0, nl), nl < 0 ? '' : chunk.slice(nl + 1).trim());
  }
  const state = parseState(stateText, inst.id);
  const [, first] = Object.entries(inst.app.components)[0] ?? [];
  const routedText = parts.get('routed') ?? '';
  let routed: Slot | null = null;
  if (first?.listen.type === 'unix') routed = SLOTS.find((s) => routedText.endsWith(`/${s}/app.sock`)) ?? null;
  else if (first?.listen.type === 'tcp')
    routed = SLOTS.find((s) => routedText.includes(`:${first.listen[s]};`)) ?? null;
  const slotRelease: Partial<Record<Slot, string>> = {};
  for (const s of SLOTS) {
    const target = parts.get(`slot ${s}`);
    if (target) slotRelease[s] = target.replace(/^.*\//, '');
  }
  let lock: HostProbe['lock'] = null;
  try {
    const raw = JSON.parse(parts.get('lock') || 'null') as { run?: string; owner?: string; expires?: number } | null;
    if (raw?.run)
      lock = {
        run: raw.run,
        owner: raw.owner ?? '',
        expires: Number(raw.expires ?? 0),
        ...(parts.get('lock-session') === 'gone' ? { sessionGone: true } : {}),
      };
  } catch {
    lock = { run: '?', owner: parts.get('lock') ?? '', expires: 0 };
  }
  const journal: JournalEntry[] = [];
  for (const line of (parts.get('journal') ?? '').split('\n')) {
    try {
      const e = JSON.parse(line) as JournalEntry;
      if (e.run && (e.event === 'start' || e.event === 'end')) journal.push(e);
    } catch {
      // a line cut by a full disk or a kill mid-write: the lines around it still count
    }
  }
  // In the order the script asks: blue's units, green's, then the watch. A slot runs when every unit of it is active.
  const states = (parts.get('units') ?? '').split('\n').map((x) => x.trim());
  const n = Object.keys(inst.app.components).length;
  const allActive = (from: number) => n > 0 && states.slice(from, from + n).every((x) => x === 'active');
  const slotRunning = { blue: allActive(0), green: allActive(n) };
  let unreportedWatch: HostProbe['unreportedWatch'];
  try {
    const w = JSON.parse(parts.get('watch') || 'null') as HostProbe['unreportedWatch'] | null;
    if (w?.run) unreportedWatch = { run: w.run, release: w.release, state: w.state, reason: w.reason ?? '' };
  } catch {
    // a watch file cut mid-write says nothing
  }
  return {
    state,
    routed,
    slotRelease,
    slotRunning,
    maintenance: parts.get('maintenance') === 'on',
    lock,
    journal,
    watching: states[2 * n] === 'active',
    ...(unreportedWatch ? { unreportedWatch } : {}),
    fingerprint: parts.get('fingerprint') ?? '',
    now: Number(parts.get('now') ?? 0),
  };
}
