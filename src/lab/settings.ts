import { resolve } from 'node:path';

/**
 * The state folder inside the repository, as path segments spread at run time: the bundler copies into dist/ any path
 * it can evaluate (with the lab's keys and secrets in it), and it evaluated `resolve(process.cwd(), 'lab/state')`.
 */
const STATE_PATH: readonly string[] = Object.freeze(['lab', 'state']);

// Everything the lab creates is named here, so `down` can remove exactly that and nothing else.
export const LAB = {
  /** Containers live in their own lxcpath: `lxc-ls -P` there lists only ours. */
  lxcPath: process.env.SLOTFLIP_LAB_PATH ?? '/var/lib/slotflip-lab',
  /** The cached rootfs outlives `down` (it takes a minute to build); `down --purge` removes it. */
  cacheDir: process.env.SLOTFLIP_LAB_CACHE ?? '/var/cache/slotflip-lab',
  /**
   * Keys, secrets, environment files and releases of the running lab, inside the repository (git-ignored). Never
   * elsewhere: the lab's environment files name their releases by a path inside the repository, as a commit would.
   */
  stateDir: resolve(process.cwd(), ...STATE_PATH),
  bridge: 'slotflip0',
  /** The lab's own network: the bridge is .1, container N is .(10+N). Nothing outside it is ever addressed. */
  subnetPrefix: process.env.SLOTFLIP_LAB_SUBNET ?? '10.251.0',
  namePrefix: 'slotflip-lab-',
  suite: 'bookworm',
  maxCount: 5,
  /** Unprivileged, as Proxmox makes containers: container root is host uid 100000. */
  idBase: 100000,
  idCount: 65536,
  /** Free space the lab needs for the rootfs cache and one container copy. */
  minFreeBytes: 3 * 1024 ** 3,
} as const;

export const containerName = (n: number) => `${LAB.namePrefix}${n}`;
export const containerAddress = (n: number) => `${LAB.subnetPrefix}.${10 + n}`;
export const bridgeAddress = () => `${LAB.subnetPrefix}.1`;
/** Host-side veth name (at most 15 characters). */
export const vethName = (n: number) => `sflab${n}`;

export const ROOTFS_PACKAGES = [
  'systemd',
  'systemd-sysv',
  'dbus',
  'openssh-server',
  'iproute2',
  'procps',
  'nginx-light',
  'postgresql',
  'redis-server',
  'nodejs',
  'curl',
  'ca-certificates',
  'less',
  'age',
  'pigz',
  'zstd',
  'unzip',
  // nftables: adopting an app with no nginx in front hands its port to nginx through a redirect (host/handoff.ts).
  'nftables',
] as const;

/** The minimal rootfs provision starts from: an init and apt, nothing else (a Proxmox template has a little more). */
export const MINIMAL_PACKAGES = ['systemd', 'systemd-sysv', 'dbus'] as const;
