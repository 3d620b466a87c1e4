// Reading what a step printed: its structured result lines and its last line of output.
import type { RunResult } from '../transport/transport.js';

/** Structured lines a step prints: `SLOTFLIP_RESULT name {json}` and `SLOTFLIP_EVENT text`. */
export function collect(stdout: string, results: Record<string, unknown>, events: string[]): void {
  for (const line of stdout.split('\n')) {
    const r = /^SLOTFLIP_RESULT (\S+) (.*)$/.exec(line);
    if (r) {
      try {
        results[r[1]!] = JSON.parse(r[2]!);
      } catch {
        results[r[1]!] = r[2];
      }
    }
    const e = /^SLOTFLIP_EVENT (.*)$/.exec(line);
    if (e) events.push(e[1]!);
  }
}

/** The line that says why: a failing script's last words (its earlier output is logged as it happens). */
export const lastLine = (r: RunResult) => (r.stderr.trim() || r.stdout.trim()).split('\n').pop() ?? '';
