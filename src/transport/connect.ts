import type { Instance } from '../config/environment.generated.js';
import { PrefixTransport } from './local.js';
import { SshTransport } from './ssh.js';
import type { SshTarget } from './ssh-connect.js';
import type { Transport } from './transport.js';

// The one place a transport is chosen: a deploy's target (SSH, `pct exec` here or over SSH to the node, or this
// machine), and provision's Proxmox node and the containers on it. The caller's environment never crosses into them.

type Target = Instance['target'];

/** `pct exec` forwards the caller's environment unless told not to: --keep-env 0, always. */
export const pctExec = (vmid: number | string) => ['pct', 'exec', String(vmid), '--keep-env', '0', '--'];

const sshTo = (t: Target, privateKey: string): SshTarget => ({
  host: t.host!,
  port: t.port ?? 22,
  user: t.user ?? 'root',
  hostKeys: t.host_keys ?? [],
  privateKey,
});

/** A pct target reaches its node over SSH (a runner elsewhere), or runs pct on the node itself (a runner there). */
const pctViaSsh = (t: Target) => t.transport === 'pct' && t.pct_via === 'ssh';

/** The transport an instance's target names. */
export async function connectTarget(instance: Instance, secrets: Readonly<Record<string, string>>): Promise<Transport> {
  const t = instance.target;
  const key = secrets[t.ssh_key_secret!] ?? '';
  if (t.transport === 'ssh') return SshTransport.connect(sshTo(t, key));
  if (t.transport === 'pct') return connectContainer(t, t.vmid!, key);
  return new PrefixTransport('this machine', []);
}

/** The Proxmox node a pct target runs on: over SSH when `pct_via: ssh`, else this machine. */
export async function connectNode(t: Target, privateKey: string | undefined): Promise<Transport> {
  return pctViaSsh(t) ? SshTransport.connect(sshTo(t, privateKey ?? '')) : new PrefixTransport('this machine', []);
}

/** A shell inside container `vmid` on that node, through `pct exec`. */
export async function connectContainer(t: Target, vmid: number, privateKey: string | undefined): Promise<Transport> {
  return pctViaSsh(t)
    ? SshTransport.connect({ ...sshTo(t, privateKey ?? ''), remote: [...pctExec(vmid), 'bash', '-s'] })
    : new PrefixTransport(`pct exec ${vmid}`, pctExec(vmid));
}

/** What the node is called in messages. */
export const nodeName = (t: Target) => (pctViaSsh(t) ? `Proxmox node ${t.host}` : 'Proxmox (pct on this machine)');
