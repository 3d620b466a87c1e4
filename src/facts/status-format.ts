// The host's status as text for the terminal.
import { describeReceipt } from '../host/receipt.js';
import type { InstanceStatus, WatchStatus } from './status.js';

export function watchLine(w: WatchStatus): string {
  const at = (s: number) => new Date(s * 1000).toISOString();
  const receipt = w.receipt ? `\n          receipt: ${describeReceipt(w.receipt)}` : '';
  if (w.state === 'observing')
    return (
      `observing release ${w.release} on the ${w.slot} slot since ${at(w.since)} (until ` +
      `${at(w.until)}; run ${w.run}): a new run waits for it`
    );
  if (w.state === 'waiting')
    return `run ${w.run} is flipping to release ${w.release}; the host watches from the end of its flip`;
  if (w.state === 'passed')
    return `run ${w.run}: release ${w.release} passed its observe window; the host finished the deploy${receipt}`;
  if (w.state === 'flipped-back')
    return `run ${w.run}: the host flipped release ${w.release} back (${w.reason})${receipt}`;
  return `run ${w.run}: the watch of release ${w.release} ended before it decided (the next run converges)`;
}

export const human = (s: number | null) =>
  s === null ? '-' : s < 120 ? `${s}s` : s < 7200 ? `${Math.round(s / 60)}m` : `${Math.round(s / 3600)}h`;

export function formatStatus(s: InstanceStatus): string {
  const out = [
    `instance  ${s.instance}   target ${s.target}`,
    `live      ${s.active ?? 'none'} slot, release ${s.release ?? '-'}${s.since ? ` since ${s.since}` : ''}`,
    ...(s.adopted ? [`adopted   ${s.adopted}: serves until the next deploy moves it into slotflip's slots`] : []),
    '',
    'component  slot   state     uptime  memory   health',
    ...s.components.map(
      (c) =>
        `${c.component.padEnd(10)} ${c.slot.padEnd(6)} ${c.state.padEnd(9)} ` +
        (`${human(c.upSeconds).padStart(6)}  ` +
          (`${c.memoryBytes === null ? '     -' : `${(c.memoryBytes / 1048576).toFixed(0).padStart(4)}MB`}   ` +
            `${c.health}${c.live ? '   <- live' : ''}`)),
    ),
    '',
    `resources disk ${s.disk.usedPercent}% used (${(s.disk.freeBytes / 1073741824).toFixed(1)} GiB free), ` +
      `memory ${s.memory.availableMb} of ${s.memory.totalMb} MiB available`,
    `last      ` +
      `${
        s.last
          ? `${s.last.op} ${s.last.run}: ` +
            `${s.last.result}${s.last.seconds === null ? '' : ` in ${s.last.seconds} s`}`
          : 'none'
      }`,
    `releases  ${s.releases.join(', ') || '-'}`,
    `rollback  ` +
      `${
        s.rollback
          ? `to ${s.rollback.release} on ${s.rollback.slot} ` +
            `(${s.rollback.warm ? 'warm: only a flip' : 'cold: start and gate first'})`
          : 'none'
      }; any kept release with --to`,
    `backup    ` +
      `${s.backup ?? 'none'}${s.backup ? ' (taken before the live release migrated; rollback --restore-db)' : ''}`,
    `archives  ` +
      `${
        s.archives.length
          ? s.archives
              .map(
                (a) =>
                  `${a.id} (${a.created}, release ${a.release ?? '-'}, ` +
                  (`${(a.bytes / 1048576).toFixed(1)} ` + `MiB)`),
              )
              .join('\n          ')
          : 'none'
      }${s.archives.length ? '\n          (slotflip restore --from ID|latest)' : ''}`,
    `lock      ${s.lock ? JSON.stringify(s.lock) : 'free'}`,
    `watch     ${s.watch ? watchLine(s.watch) : 'none'}`,
    `hold      ` +
      `${
        s.hold ? `${s.hold.release} since ${s.hold.since}: ` + `${s.hold.reason}` : 'none'
      }${s.maintenance ? '   MAINTENANCE PAGE IS ON' : ''}`,
  ];
  return out.join('\n');
}
