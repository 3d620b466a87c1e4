import type { Phase } from '../errors.js';
import type { Slot } from '../shell/layout.js';
import type { Op } from '../shell/ops.js';

export interface Step {
  /** Stable name, used in the journal and for --resume: lock, stage, backup, migrate, start, gate, flip, ... */
  id: string;
  phase: Phase;
  title: string;
  ops: Op[];
  /** Undoes this step; run in reverse order for every completed step when a later one fails. */
  undo?: Op[];
  timeoutMs: number;
  /** From this step on, production traffic may be on the new slot. */
  movesTraffic?: boolean;
  /** With movesTraffic: the exit code of this step failing before it moves traffic (a check ahead of its flip). */
  exitBeforeTraffic?: number;
  /** Run on the host by its watch after the observe window (plan/watch-script.ts), not by the run itself. */
  onHost?: boolean;
  /**
   * The host acts on this step's failure itself: exit `code` means it undid what the run did and recorded it; any
   * other failure (a cancel, a lost connection) leaves the host to decide. Either way the run undoes nothing.
   */
  hostUndoes?: { code: number };
}

export interface Plan {
  format: 1;
  run: string;
  instance: string;
  release: { id: string; version: string };
  from: Slot | null;
  to: Slot;
  steps: Step[];
  /**
   * A step after which undo cannot restore service (a breaking migration: the old release cannot run on the new
   * schema). A failure there keeps the maintenance page up and needs an operator (exit 12).
   */
  pointOfNoReturn?: string;
  /** Who holds the lease lock; every step and the engine's heartbeat renew the lease (see host/lock.ts). */
  owner: string;
  /**
   * The lock was taken with the host read the plan was built from (a rollback): there is no lock step, and the
   * executor holds the lock from the first step (its heartbeat, the failure record, the final release).
   */
  lockTaken?: true;
  /** Always runs at the end, success or failure (releases the lock). */
  finally: Step;
  notes: string[];
}
