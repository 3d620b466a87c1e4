import type { Instance } from '../config/environment.generated.js';
import { PrefixTransport } from './local.js';
import { SshTransport } from './ssh.js';
import type { Transport } from './transport.js';

/** The transport an instance's target names. The caller's environment never crosses into the target. */
export async function connectTarget(instance: Instance, secrets: Readonly<Record<string, string>>): Promise<Transport> {
  const t = instance.target;
  if (t.transport === 'ssh') {
    return SshTransport.connect({ host: t.host!, port: t.port ?? 22, user: t.user ?? 'root', hostKeys: t.host_keys ?? [], privateKey: secrets[t.ssh_key_secret!] ?? '' });
  }
  if (t.transport === 'pct') {
    // On the Proxmox host itself (a self-hosted runner there); the lab tests the same path with lxc-attach.
    return new PrefixTransport(`pct exec ${t.vmid}`, ['pct', 'exec', String(t.vmid), '--keep-env', '0', '--']);
  }
  return new PrefixTransport('this machine', []);
}
