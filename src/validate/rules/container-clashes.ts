import type { Finding } from '../../report/finding.js';
import { at, instancesOf, isRecord, where, type InstanceRef, type Rule } from './rule.js';

// Several instances on one Proxmox host, each in its own container: a VMID is unique across a Proxmox cluster, and two
// containers with one static address take each other's traffic. Both are caught here, across every environment file,
// instead of by `pct create` failing (or worse, succeeding) on the node.

// Each value an instance claims for its container alone: the finding's rule, and why a second claim is wrong.
const CLAIMS = {
  vmid: {
    rule: 'vmid-clash',
    says: (value: string, first: InstanceRef) =>
      `container ${value} is already instance "${first.id}"'s (${where(first)}): a VMID is unique across a ` +
      `Proxmox cluster; give each instance its own`,
  },
  address: {
    rule: 'address-clash',
    says: (value: string, first: InstanceRef) =>
      `address ${value} is already instance "${first.id}"'s container (${where(first)}): two containers with ` +
      `one address take each other's traffic`,
  },
};

export const containerClashes: Rule = (files) => {
  const findings: Finding[] = [];
  const claimed = { vmid: new Map<string, InstanceRef>(), address: new Map<string, InstanceRef>() };
  // The first instance to claim a value keeps it; each later one is an error at its own line.
  const claim = (field: keyof typeof CLAIMS, value: string, ref: InstanceRef) => {
    const first = claimed[field].get(value);
    if (!first) claimed[field].set(value, ref);
    else
      findings.push(
        at(
          ref.parsed,
          [...ref.path, 'container', field],
          'error',
          CLAIMS[field].rule,
          CLAIMS[field].says(value, first),
        ),
      );
  };
  for (const ref of instancesOf(files)) {
    const c = isRecord(ref.inst.container) ? ref.inst.container : undefined;
    if (!c) continue;
    if (typeof c.vmid === 'number') claim('vmid', String(c.vmid), ref);
    const ip = typeof c.address === 'string' && c.address !== 'dhcp' ? c.address.split('/')[0]! : undefined;
    if (ip) claim('address', ip, ref);
  }
  return findings;
};
