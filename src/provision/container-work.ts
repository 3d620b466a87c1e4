import type { Step } from '../plan/types.js';

/** What provision does to one container: its steps, and what differs (changed or left alone). */
export interface ContainerWork {
  steps: Step[];
  /** What differs, one line each: what the steps change. */
  changes: string[];
  /** What differs and provision leaves alone, with what to do instead. */
  left: string[];
}
