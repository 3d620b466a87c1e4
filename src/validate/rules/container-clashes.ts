import type { Finding } from '../../report/finding.js';
import { at, instancesOf, isRecord, where, type InstanceRef, type Rule } from './rule.js';

// Several instances on one Proxmox host, each in its own container: a VMID is unique across a Proxmox cluster, and two
// containers with one static address take each other's traffic. Both are caught here, across every environment file,
// instead of by `pct create` failing (or worse, succeeding) on the node.

export const containerClashes: Rule = (files) => {
  const findings: Finding[] = [];
  const vmids = new Map<number, InstanceRef>();
  const addresses = new Map<string, InstanceRef>();
  for (const ref of instancesOf(files)) {
    const c = isRecord(ref.inst.container) ? ref.inst.container : undefined;
    if (!c) continue;
    if (typeof c.vmid === 'number') {
      const first = vmids.get(c.vmid);
      if (first)
        findings.push(
          at(
            ref.parsed,
            [...ref.path, 'container', 'vmid'],
            'error',
            'vmid-clash',
            `container ${c.vmid} is already instance "${first.id}"'s (${where(first)}): a VMID is unique ` +
              `across a Proxmox cluster; give each instance its own`,
          ),
        );
      else vmids.set(c.vmid, ref);
    }
    const ip = typeof c.address === 'string' && c.address !== 'dhcp' ? c.address.split('/')[0]! : undefined;
    if (ip) {
      const first = addresses.get(ip);
      if (first)
        findings.push(
          at(
            ref.parsed,
            [...ref.path, 'container', 'address'],
            'error',
            'address-clash',
            `address ${ip} is already instance "${first.id}"'s container (${where(first)}): two containers ` +
              `with one address take each other's traffic`,
          ),
        );
      else addresses.set(ip, ref);
    }
  }
  return findings;
};
