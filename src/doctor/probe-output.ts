import type { Instance } from '../config/environment.generated.js';
import { parseState, type HostState } from '../shell/state.js';

/**
 * The output of a probe script (`@tag value` lines: host/doctor-probe.ts, host/status.ts), read once for every
 * evaluator.
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
  const lines = stdout.split('\n');
  const tag = (name: string) =>
    lines.filter((l) => l.startsWith(`@${name} `) || l === `@${name}`).map((l) => l.slice(name.length + 2).trim());
  const first = (name: string) => tag(name)[0] ?? '';
  return {
    inst,
    now: Number(first('now')) || Date.now() / 1000,
    state: parseState(first('state') || 'null', inst.id),
    tag,
    first,
  };
}

/** `Key=Value Key=Value` (systemctl show) into a record. */
export function keyValues(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split(/\s+/)
      .filter((w) => w.includes('='))
      .map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]),
  );
}

/** `key:value key:value` (redis INFO) into a record. */
export function colonValues(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split(/\s+/)
      .filter((w) => w.includes(':'))
      .map((w) => [w.slice(0, w.indexOf(':')), w.slice(w.indexOf(':') + 1)]),
  );
}

export const ago = (seconds: number) =>
  seconds < 120
    ? `${Math.round(seconds)} s`
    : seconds < 7200
      ? `${Math.round(seconds / 60)} min`
      : seconds < 172_800
        ? `${Math.round(seconds / 3600)} h`
        : `${Math.round(seconds / 86_400)} days`;
