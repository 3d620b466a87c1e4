import type { Instance } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import type { Transport } from '../transport/transport.js';
import { retryUntil } from '../shell/quote.js';

export type ContainerState = 'absent' | 'stopped' | 'running';

/**
 * Where containers come from: Proxmox (`pct`) in production, plain LXC in the lab. A provider builds the host-side
 * commands as data and hands out the two transports they run on; the provision plan is the same for both.
 */
export interface Provider {
  readonly name: string;
  /** The machine the containers run on (the Proxmox node, or this machine). */
  host(): Promise<Transport>;
  /** A shell inside the container, with a clean environment (`pct exec --keep-env 0`). */
  inside(vmid: number): Promise<Transport>;
  /** A host script printing `absent`, `stopped` or `running`. */
  stateScript(vmid: number): string;
  create(inst: Instance, keyLine: string | undefined): { ok: true; ops: Op[] } | { ok: false; reason: string };
  start(vmid: number): Op[];
  /** A host script printing the container's settings, for `settings`. */
  settingsScript?(vmid: number): string;
  /** What differs from the environment in the printed settings: applied live where the provider can. */
  settings?(inst: Instance, printed: string): { changes: string[]; left: string[]; ops: Op[] };
}

export function parseContainerState(stdout: string): ContainerState | undefined {
  const s = stdout.trim().split('\n').pop();
  return s === 'absent' || s === 'stopped' || s === 'running' ? s : undefined;
}

/** Waits inside the container for systemd to finish booting (degraded counts: a unit a container cannot run). */
export const waitForBootOp: Op = {
  kind: 'sh',
  note: 'until systemd has booted',
  text: `s=''
${retryUntil(
  's=$(systemctl is-system-running 2>/dev/null || true); [ "$s" = running ] || [ "$s" = degraded ' + ']',
  240,
  '0.5',
  'the container did not finish booting in 120 s',
  '"systemd: $s"',
)}`,
};
