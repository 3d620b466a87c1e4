import type { Instance } from '../config/environment.generated.js';
import { quote } from '../shell/quote.js';
import type { Provider } from '../provision/provider.js';
import { LabError } from '../errors.js';
import { PrefixTransport } from '../transport/local.js';
import { ensureAptProxy, runningPid } from './apt-proxy.js';
import { attach, containerDir } from './container.js';
import {
  bridgePresent,
  checkHost,
  ensureBridge,
  ensureIdMaps,
  ensureTools,
  idMapsPresent,
  missingTools,
} from './host-setup.js';
import { lxc, lxcConfig } from './lxc-config.js';
import { rootfsCached, rootfsDir } from './rootfs.js';
import { ensureRootfs } from './rootfs-build.js';
import { containerName, LAB } from './settings.js';

/** Lab container N is Proxmox's vmid 100+N, as the lab's `pct` stand-in maps them. */
export const labNumber = (vmid: number): number | undefined =>
  vmid > 100 && vmid <= 100 + 99 ? vmid - 100 : undefined;

/**
 * `provision --provider lab`: containers made the way the lab makes them (LXC, unprivileged, Proxmox's id map and
 * nesting), from the minimal rootfs, on the lab's bridge at the environment's address. The plan is the one Proxmox
 * gets; only these host commands differ from pct's.
 */
export function labProvider(): Provider {
  const n = (vmid: number) => {
    const k = labNumber(vmid);
    if (k === undefined)
      throw new LabError(
        `container.vmid ${vmid} is not a lab container`,
        'Lab containers are vmid 101 to 199 (lab container N is 100+N)',
      );
    return k;
  };
  return {
    name: 'the lab (LXC)',
    host: async () => new PrefixTransport('this machine', []),
    inside: async (vmid) => attach(n(vmid)),
    stateScript: (vmid) => `[ -f ${quote(`${containerDir(n(vmid))}/config`)} ] || { echo absent; exit 0; }
[ "$(${lxc.state(n(vmid)).map(quote).join(' ')} 2>/dev/null)" = RUNNING ] && echo running || echo stopped`,
    create(inst: Instance) {
      const c = inst.container!;
      const k = labNumber(c.vmid);
      if (k === undefined) return { ok: false, reason: `container.vmid ${c.vmid}: lab containers are 101 to 199` };
      if (!c.address.startsWith(`${LAB.subnetPrefix}.`) || c.address === 'dhcp')
        return {
          ok: false,
          reason: `container.address ${c.address} is not on the lab's network ${LAB.subnetPrefix}.0/24`,
        };
      const dir = containerDir(k);
      const rootfs = `${dir}/rootfs`;
      const name = c.hostname ?? inst.id;
      return {
        ok: true,
        ops: [
          {
            kind: 'sh',
            note: 'a copy of the minimal rootfs',
            text:
              `install -d -m 0700 ${quote(dir)}\ncp -a --reflink=auto ` +
              `${quote(`${rootfsDir('minimal')}/.`)} ${quote(`${rootfs}/`)}`,
          },
          { kind: 'write', path: `${rootfs}/etc/hostname`, content: `${name}\n`, mode: '0644', secret: false },
          {
            kind: 'write',
            path: `${rootfs}/etc/hosts`,
            content: `127.0.0.1 localhost\n127.0.1.1 ${name}\n::1 localhost\n`,
            mode: '0644',
            secret: false,
          },
          {
            kind: 'write',
            path: `${dir}/config`,
            content: lxcConfig(k, c.address, c.gateway),
            mode: '0644',
            secret: false,
          },
        ],
      };
    },
    start: (vmid) => [
      { kind: 'run', argv: lxc.start(n(vmid)) },
      { kind: 'run', argv: ['lxc-wait', '-P', LAB.lxcPath, '-n', containerName(n(vmid)), '-s', 'RUNNING', '-t', '30'] },
    ],
  };
}

/**
 * What a real run would prepare on this machine before provisioning, read without changing anything: a dry run says
 * this instead of installing, building or starting it.
 */
export async function labProviderPending(): Promise<string[]> {
  const pending: string[] = [];
  const tools = missingTools();
  if (tools.length) pending.push(`install ${tools.join(', ')} (apt-get)`);
  if (!idMapsPresent()) pending.push(`add root:${LAB.idBase}:${LAB.idCount} to /etc/subuid and /etc/subgid`);
  if (!rootfsCached('minimal'))
    pending.push(`build the minimal rootfs (debootstrap, about a minute) into ${rootfsDir('minimal')}`);
  if (!(await bridgePresent())) pending.push(`create the bridge ${LAB.bridge} (${LAB.subnetPrefix}.0/24)`);
  if (!runningPid()) pending.push('start the package proxy (apt-cacher-ng) on the bridge');
  return pending;
}

/** What the lab provider needs on this machine: LXC, the bridge, the minimal rootfs, the package proxy. */
export async function prepareLabProvider(log: (line: string) => void): Promise<{ aptProxy: string }> {
  checkHost();
  await ensureTools(log);
  ensureIdMaps();
  const built = await ensureRootfs(log, 'minimal');
  if (built.built) log(`minimal rootfs built in ${built.seconds.toFixed(1)} s`);
  await ensureBridge();
  return { aptProxy: await ensureAptProxy(log) };
}
