import { observeSeconds } from '../host/observe.js';
import {
  abortWatch,
  followWatch,
  HOST_FLIPPED_BACK,
  letWatchGo,
  markReceiptStart,
  startWatch,
  watchUnit,
} from '../host/watch.js';
import type { DeployContext } from './deploy-context.js';
import { endsMaintenance } from './deploy-flip.js';
import { MIN } from './steps.js';
import type { Step } from './types.js';
import { REASON_TOKEN, watchScript } from './watch-script.js';

/**
 * The steps from the flip on when the host keeps watch (host/watch.ts): the observe window, the receipt, then the
 * tail or the flip back, in a unit of its own. The run follows it; the tail's steps stay in the plan, marked as the
 * host's. Answers the whole deploy: `steps` (up to the flip) with the watch's start right after the new slot's,
 * then the flip, the observe window and the tail.
 */
export function watchedFlip(
  c: DeployContext,
  steps: Step[],
  parts: { flip: Step; tail: Step[]; unlock: Step; recordFailure: (flippedBack: boolean, detail: string) => Step },
): Step[] {
  const { req, inst, l, id, to, served } = c;
  const { flip, tail } = parts;
  const ctx = { run: req.run, journal: l.journal, root: l.root, lock: l.lock, owner: req.owner };
  const migrateAt = steps.findIndex((s) => s.id === 'migrate');
  // As the engine undoes: the flip first, then every earlier step with an undo (past a breaking migration, none
  // before it: the old release cannot run on the new schema).
  const undo = [flip, ...[...steps].reverse()].filter(
    (s) => s.undo?.length && !(c.breakingLive && steps.indexOf(s) >= 0 && steps.indexOf(s) < migrateAt),
  );
  // The watch's unit costs a few hundred ms to start, which would otherwise sit between the gate and the flip; it
  // waits for the flip step's go, as long as the steps up to it may take.
  const startAt = steps.findIndex((s) => s.id === 'start') + 1;
  const waitSeconds = [...steps.slice(startAt), flip].reduce((n, s) => n + s.timeoutMs / 1000, 0);
  const script = watchScript({
    inst: served,
    run: req.run,
    release: { id, version: req.release.version },
    slot: to,
    ctx,
    undo,
    recordFailure: parts.recordFailure(true, REASON_TOKEN),
    tail,
    unlock: parts.unlock,
    waitSeconds,
  });
  const watch: Step = {
    id: 'watch',
    phase: 'start',
    title: `start the host's watch of the flip (${watchUnit(inst.id)}): it probes through nginx and waits for the flip`,
    timeoutMs: MIN,
    ops: startWatch(inst.id, req.run, script),
    undo: [abortWatch(inst.id, req.run)],
  };
  // The receipt counts from just before the flip; after a breaking migration, from once the maintenance page is off.
  const receiptStart = markReceiptStart(inst.id, req.run, l.accessLog);
  const ops = flip.ops;
  const observe = observeSeconds(served);
  return [
    ...steps.slice(0, startAt),
    watch,
    ...steps.slice(startAt),
    {
      ...flip,
      ops: [
        ...(endsMaintenance(c) ? [ops[0]!, ops[1]!, receiptStart, ...ops.slice(2)] : [receiptStart, ...ops]),
        letWatchGo(inst.id, req.run),
      ],
    },
    {
      id: 'observe',
      phase: 'observe',
      title:
        `the host observes the ${to} slot for ${observe} s, then finishes the deploy or flips back ` +
        `(this run follows it)`,
      timeoutMs: flip.timeoutMs + (observe + tail.reduce((n, t) => n + t.timeoutMs / 1000, 0)) * 1000 + MIN,
      ops: [followWatch(inst, req.run)],
      hostUndoes: { code: HOST_FLIPPED_BACK },
    },
    ...tail.map((t) => ({ ...t, onHost: true })),
  ];
}
