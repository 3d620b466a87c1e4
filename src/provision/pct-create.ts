import type { Instance } from '../config/environment.generated.js';

// The `pct create` command for an instance's container, as data: built without I/O, printable in a plan, checked
// against Proxmox's documented parameters (pct-check.ts) before it runs. The container is what slotflip's engine
// expects: unprivileged with nesting (systemd's sandboxing needs it), started at boot, reachable with the deploy key.

export type PctCreate = { ok: true; argv: string[] } | { ok: false; reason: string };

/**
 * `keysFile`: where the deploy key's public half is on the Proxmox host (pct reads the file); none for a pct target.
 */
export function pctCreateArgv(inst: Instance, keysFile: string | undefined): PctCreate {
  const c = inst.container;
  if (!c) return { ok: false, reason: `${inst.id} has no container section: nothing to create` };
  if (inst.target.vmid !== undefined && inst.target.vmid !== c.vmid) {
    return {
      ok: false,
      reason: `${inst.id}: container.vmid ${c.vmid} and target.vmid ${inst.target.vmid} name different containers`,
    };
  }
  const net = [
    `name=eth0`,
    `bridge=${c.bridge ?? 'vmbr0'}`,
    `ip=${c.address}`,
    ...(c.gateway ? [`gw=${c.gateway}`] : []),
    'type=veth',
  ].join(',');
  // pct detects the OS from the template; naming it for the two templates slotflip knows keeps the setup explicit.
  const ostype = /(?:^|\/)(debian|ubuntu)-/.exec(c.template)?.[1];
  const flag = (b: boolean | undefined, fallback: boolean) => ((b ?? fallback) ? '1' : '0');
  const argv = [
    'pct',
    'create',
    String(c.vmid),
    c.template,
    '--hostname',
    c.hostname ?? inst.id,
    '--unprivileged',
    flag(c.unprivileged, true),
    '--features',
    `nesting=${flag(c.nesting, true)}`,
    '--cores',
    String(c.cores ?? 2),
    '--memory',
    String(c.memory),
    '--swap',
    String(c.swap ?? 512),
    '--rootfs',
    `${c.storage ?? 'local-lvm'}:${c.disk}`,
    '--net0',
    net,
    ...(c.nameserver ? ['--nameserver', c.nameserver] : []),
    '--onboot',
    flag(c.onboot, true),
    ...(ostype ? ['--ostype', ostype] : []),
    ...(keysFile ? ['--ssh-public-keys', keysFile] : []),
  ];
  return { ok: true, argv };
}
