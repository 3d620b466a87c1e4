import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAB, MINIMAL_PACKAGES, ROOTFS_PACKAGES } from './settings.js';

// Mounts an unprivileged container may not make: masking them lets systemd reach "running". Then no apt cache or
// package lists in the image. (The text is part of the rootfs cache's key: keep its bytes unless the image changes.)
const MASKED_UNITS = [
  'sys-kernel-debug.mount',
  'sys-kernel-tracing.mount',
  'sys-kernel-config.mount',
  'sys-fs-fuse-connections.mount',
  'systemd-journald-audit.socket',
];
const MASK_AND_CLEAN = `for unit in ${MASKED_UNITS.join(' ')}; do
  ln -sf /dev/null "/etc/systemd/system/$unit"
done
apt-get clean
rm -rf /var/lib/apt/lists/*
`;

// Configuration baked into the cached rootfs, shared by every container. Per-container identity (host keys,
// machine id, hostname, passwords) is set at create time, never here.
export const ROOTFS_SETUP = `set -eu
export DEBIAN_FRONTEND=noninteractive
# SSH: keys only; each container gets its own host keys when it is created.
mkdir -p /etc/ssh/sshd_config.d
printf 'PermitRootLogin prohibit-password\\nPasswordAuthentication no\\nLogLevel VERBOSE\\n' \
> /etc/ssh/sshd_config.d/slotflip-lab.conf
rm -f /etc/ssh/ssh_host_*
# A fresh machine id per container (systemd makes one at first boot).
: > /etc/machine-id
rm -f /var/lib/dbus/machine-id
# PostgreSQL and Redis answer on the lab network too, with passwords only.
conf=$(ls -d /etc/postgresql/*/main | head -1)
sed -i "s/^#\\?listen_addresses.*/listen_addresses = '*'/" "$conf/postgresql.conf"
echo 'host all all samenet scram-sha-256' >> "$conf/pg_hba.conf"
sed -i 's/^bind .*/bind 0.0.0.0 ::/' /etc/redis/redis.conf
# Mounts an unprivileged container may not make; masking them lets systemd reach "running".
${MASK_AND_CLEAN}`;

/**
 * The minimal rootfs `slotflip provision` starts from in the lab, as bare as a container template gets: systemd and
 * apt, no sshd, nginx, PostgreSQL or Redis (provision installs them), and no package lists (provision fetches them).
 */
export const MINIMAL_SETUP = `set -eu
: > /etc/machine-id
rm -f /var/lib/dbus/machine-id
${MASK_AND_CLEAN}`;

/** full: every service baked in (the deploy lab, fast to start); minimal: what provision starts from. */
export type Flavor = 'full' | 'minimal';
const FLAVORS = {
  full: { packages: ROOTFS_PACKAGES, setup: ROOTFS_SETUP, prefix: 'rootfs' },
  minimal: { packages: MINIMAL_PACKAGES, setup: MINIMAL_SETUP, prefix: 'minimal' },
} as const;
export const flavorOf = (f: Flavor) => FLAVORS[f];

/** The cache key: a different package list or setup script builds a different rootfs. */
export function rootfsKey(flavor: Flavor = 'full'): string {
  const { packages, setup } = FLAVORS[flavor];
  return createHash('sha256')
    .update(JSON.stringify([LAB.suite, packages, setup]))
    .digest('hex')
    .slice(0, 12);
}

export const rootfsDir = (flavor: Flavor = 'full') =>
  join(LAB.cacheDir, `${FLAVORS[flavor].prefix}-${LAB.suite}-${rootfsKey(flavor)}`);
export const COMPLETE_MARKER = '.slotflip-complete';

export function rootfsCached(flavor: Flavor = 'full'): boolean {
  return existsSync(join(rootfsDir(flavor), COMPLETE_MARKER));
}

/** The Debian mirror this machine's apt already uses (override: SLOTFLIP_LAB_MIRROR). */
export function debianMirror(): string | undefined {
  if (process.env.SLOTFLIP_LAB_MIRROR) return process.env.SLOTFLIP_LAB_MIRROR;
  for (const file of ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const deb822 = /^URIs:\s*(\S+\/debian)\/?\s*$/m.exec(text);
    const oneLine = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+\/debian)\/?\s+\S+/m.exec(text);
    const found = deb822?.[1] ?? oneLine?.[1];
    if (found) return found;
  }
  return undefined;
}

/** The steps that build the cache, as argv arrays (debootstrap, then the setup script inside the new root). */
export function rootfsBuildCommands(tmp: string, mirror: string, flavor: Flavor = 'full'): string[][] {
  return [
    ['debootstrap', '--variant=minbase', `--include=${FLAVORS[flavor].packages.join(',')}`, LAB.suite, tmp, mirror],
    ['chroot', tmp, 'bash', '-s'],
  ];
}
