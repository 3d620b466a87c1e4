import type { Step } from '../plan/types.js';
import type { Op } from '../shell/ops.js';

/** A step inside the container: every one converges, so none has an undo. */
export const provisionStep = (id: string, title: string, ops: Op[], timeoutMs = 60_000): Step => ({
  id,
  phase: 'provision',
  title,
  ops,
  timeoutMs,
});
