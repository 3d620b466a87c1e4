import type { Instance } from '../config/environment.generated.js';
import { PrefixTransport } from './local.js';
import { SshTransport } from './ssh.js';
import type { Transport } from './transport.js';

/** The transport an instance's target names. The caller's environment never crosses into the target. */
export async function connectTarget(instance: Instance, secrets: Readonly<Record<string, string>>): Promise<Transport> {
  const t = instance.target;
  const ssh = () => ({
    host: t.host!,
    port: t.port ?? 22,
    user: t.user ?? 'root',
    hostKeys: t.host_keys ?? [],
    privateKey: secrets[t.ssh_key_secret!] ?? '',
  });
  if (t.transport === 'ssh') return SshTransport.connect(ssh());
  if (t.transport === 'pct') {
    // `pct exec` forwards the caller's environment unless told not to: --keep-env 0, always.
    const pct = ['pct', 'exec', String(t.vmid), '--keep-env', '0', '--'];
    // Over SSH to the Proxmox host (a runner elsewhere), or on the host itself (a self-hosted runner there).
    if (t.pct_via === 'ssh') return SshTransport.connect({ ...ssh(), remote: [...pct, 'bash', '-s'] });
    return new PrefixTransport(`pct exec ${t.vmid}`, pct);
  }
  return new PrefixTransport('this machine', []);
}
