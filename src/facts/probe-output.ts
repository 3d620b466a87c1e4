import type { Instance } from '../config/environment.generated.js';
import { parseState, type HostState } from '../shell/state.js';
import { readSections } from './sections.js';

/**
 * The output of doctor's and status's scripts (host/doctor-probe.ts, host/status.ts) in the facts protocol
 * (facts/sections.ts), read once for every evaluator.
 */
export interface ProbeOutput {
  inst: Instance;
  /** The host's clock, so lease expiries are judged on the host's time, not ours. */
  now: number;
  state: HostState;
  tag(name: string): string[];
  first(name: string): string;
}

export function readProbe(inst: Instance, stdout: string): ProbeOutput {
  const { tag, first } = readSections(stdout);
  return {
    inst,
    now: Number(first('now')) || Date.now() / 1000,
    state: parseState(first('state') || 'null', inst.id),
    tag,
    first,
  };
}
