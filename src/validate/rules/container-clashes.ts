import type { Finding } from '../../report/finding.js';
import { at, instancesOf, isRecord, where, type InstanceRef, type Rule } from './rule.js';

// Several instances on one Proxmox host, each in its own container: a VMID is unique across a Proxmox cluster, and two
// containers with one static address take each other's traffic. Both are caught here, across every environment file,
// instead of by `pct create` failing (or worse, succeeding) on the node.

export const containerClashes: Rule = (files) => {
  const findings: Finding[] = [];
  const vmids = new Map<number, InstanceRef>();
  const addresses = new Map<string, InstanceRef>();
  // The first instance to claim a value keeps it; each later one is an error at its own line.
  const claim = <K>(claimed: Map<K, InstanceRef>, key: K, ref: InstanceRef, field: string, clash: string) => {
    const first = claimed.get(key);
    if (!first) return void claimed.set(key, ref);
    findings.push(
      at(ref.parsed, [...ref.path, 'container', field], 'error', clash, message(clash, String(key), first)),
    );
  };
  for (const ref of instancesOf(files)) {
    const c = isRecord(ref.inst.container) ? ref.inst.container : undefined;
    if (!c) continue;
    if (typeof c.vmid === 'number') claim(vmids, c.vmid, ref, 'vmid', 'vmid-clash');
    const ip = typeof c.address === 'string' && c.address !== 'dhcp' ? c.address.split('/')[0]! : undefined;
    if (ip) claim(addresses, ip, ref, 'address', 'address-clash');
  }
  return findings;
};

function message(clash: string, value: string, first: InstanceRef): string {
  return clash === 'vmid-clash'
    ? `container ${value} is already instance "${first.id}"'s (${where(first)}): a VMID is unique ` +
        `across a Proxmox cluster; give each instance its own`
    : `address ${value} is already instance "${first.id}"'s container (${where(first)}): two containers ` +
        `with one address take each other's traffic`;
}
