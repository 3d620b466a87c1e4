// The host's status as data: the status script's output parsed into what each slot, unit and watch is doing.
import { parseManifest } from '../backup/manifest.js';
import type { Instance } from '../config/environment.generated.js';
import { readProbe } from './probe-output.js';
import type { HostState } from '../shell/state.js';
import type { Receipt } from '../host/receipt.js';

/** `@watch <unit state> <watch.json>`: a watch whose unit is gone before it decided has ended without deciding. */
export function parseWatch(line: string | undefined): WatchStatus | null {
  const m = /^(\S*) (.*)$/.exec(line ?? '');
  if (!m) return null;
  try {
    const w = JSON.parse(m[2]!) as WatchStatus | null;
    if (!w?.run) return null;
    const running = m[1] === 'active' || m[1] === 'deactivating';
    return { ...w, state: !running && (w.state === 'waiting' || w.state === 'observing') ? 'ended' : w.state };
  } catch {
    return null;
  }
}

export function lastRun(journal: string, state: HostState): InstanceStatus['last'] {
  const entries = journal
    .split('\x1e')
    .filter(Boolean)
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as { run: string; at: number; event: string }];
      } catch {
        return [];
      }
    });
  const last = state.history.at(-1);
  if (!last) return null;
  const mine = entries.filter((e) => e.run === last.run);
  const seconds = mine.length ? Math.round((mine.at(-1)!.at - mine[0]!.at) * 10) / 10 : null;
  return { run: last.run, op: last.op, result: last.result, seconds };
}

export function parseStatus(inst: Instance, stdout: string, now = Date.now() / 1000): InstanceStatus {
  const { tag, state } = readProbe(inst, stdout);
  const [pcent, free] = (tag('disk')[0] ?? '0 0').trim().split(/\s+/).map(Number);
  const [total, avail] = (tag('mem')[0] ?? '0 0').split(' ').map(Number);
  const components = tag('unit').map((line) => {
    const [component, slot, st, since, mem, health] = line.split(' ');
    const started = Number(since);
    return {
      component: component!,
      slot: slot!,
      state: st || 'unknown',
      upSeconds: st === 'active' && started > 0 ? Math.round(now - started) : null,
      memoryBytes: /^\d+$/.test(mem ?? '') ? Number(mem) : null,
      health: health && health !== '000' ? health : '-',
      live: state.active === slot,
    };
  });
  const lockText = tag('lock')[0] ?? 'null';
  const active = state.active ? state.slots[state.active] : undefined;
  const other = state.active === 'blue' ? 'green' : state.active === 'green' ? 'blue' : null;
  const previous = other ? state.slots[other] : undefined;
  const otherUnits = components.filter((c) => c.slot === other);
  return {
    instance: inst.id,
    target: inst.target.transport === 'pct' ? `pct ${inst.target.vmid}` : `${inst.target.host ?? 'local'}`,
    active: state.active,
    release: active?.release ?? null,
    since: active?.since ?? null,
    components,
    disk: { usedPercent: pcent ?? 0, freeBytes: free ?? 0 },
    memory: { totalMb: total ?? 0, availableMb: avail ?? 0 },
    lock: lockText === 'null' ? null : JSON.parse(lockText),
    hold: state.hold,
    maintenance: tag('maintenance')[0] === 'on',
    last: lastRun(tag('journal')[0] ?? '', state),
    releases: state.releases,
    adopted: state.adopted
      ? `${Object.values(state.adopted.components)
          .map((c) => c.unit ?? c.upstream)
          .join(', ')} (release ${state.adopted.version ?? 'unknown'})${
          state.adopted.handoff
            ? `, on port ` + `${state.adopted.handoff.port} through nginx on ${state.adopted.handoff.via}`
            : ''
        }`
      : null,
    rollback:
      other && previous
        ? {
            release: previous.release,
            slot: other,
            warm: otherUnits.length > 0 && otherUnits.every((c) => c.state === 'active'),
          }
        : null,
    backup: active?.backup ?? null,
    watch: parseWatch(tag('watch')[0]),
    archives: tag('archive')
      .flatMap((l) => {
        const m = parseManifest(l);
        return m ? [{ id: m.id, created: m.created, release: m.release, bytes: m.encrypted.bytes }] : [];
      })
      .sort((a, b) => b.created.localeCompare(a.created)),
  };
}

export interface ComponentStatus {
  component: string;
  slot: string;
  state: string;
  upSeconds: number | null;
  memoryBytes: number | null;
  health: string;
  live: boolean;
}

export interface InstanceStatus {
  instance: string;
  target: string;
  active: string | null;
  release: string | null;
  since: string | null;
  components: ComponentStatus[];
  disk: { usedPercent: number; freeBytes: number };
  memory: { totalMb: number; availableMb: number };
  lock: unknown;
  hold: HostState['hold'];
  maintenance: boolean;
  last: { run: string; op: string; result: string; seconds: number | null } | null;
  releases: string[];
  /** An app slotflip adopted and has not deployed over yet: its units and the release it reported. */
  adopted: string | null;
  /** Where `slotflip rollback` would go now: the other slot's release, and whether that is only a flip. */
  rollback: { release: string; slot: string; warm: boolean } | null;
  /** The backup the live release's deploy took: what `rollback --restore-db` would restore. */
  backup: string | null;
  /** The host's watch of the last flip: what it decided, or that it still observes (a new run waits for it). */
  watch: WatchStatus | null;
  /** The encrypted backups on the host, newest first: what `slotflip restore --from ID` can take. */
  archives: { id: string; created: string; release: string | null; bytes: number }[];
}

export interface WatchStatus {
  run: string;
  release: string;
  slot: string;
  state: 'waiting' | 'observing' | 'passed' | 'flipped-back' | 'ended';
  since: number;
  until: number;
  reason: string;
  receipt?: Receipt;
}
