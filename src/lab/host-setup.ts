import { statfsSync, existsSync, readFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { LabError } from '../errors.js';
import { execLocal } from '../transport/local.js';
import { bridgeAddress, LAB } from './settings.js';

type Log = (line: string) => void;

export function checkRoot(): void {
  if (process.getuid?.() !== 0)
    throw new LabError(
      'the lab needs root (it creates containers, a bridge and id maps)',
      'Run it as root, e.g. `sudo npx slotflip lab up`',
    );
}

/** Root, user namespaces, disk: each missing one is one line that says what to do. */
export function checkHost(): void {
  checkRoot();
  const userns = existsSync('/proc/sys/user/max_user_namespaces')
    ? Number(readFileSync('/proc/sys/user/max_user_namespaces', 'utf8'))
    : 0;
  if (!(userns > 0))
    throw new LabError(
      'this kernel has user namespaces disabled, so unprivileged containers cannot run',
      'Enable them: `sysctl -w user.max_user_namespaces=15000`',
    );
  mkdirSync(LAB.cacheDir, { recursive: true });
  const fs = statfsSync(LAB.cacheDir);
  const free = fs.bavail * fs.bsize;
  if (free < LAB.minFreeBytes) {
    throw new LabError(
      `only ${(free / 1024 ** 3).toFixed(1)} GiB free under ${LAB.cacheDir}; the lab needs ` +
        `${LAB.minFreeBytes / 1024 ** 3} GiB`,
      'Free some space, or point SLOTFLIP_LAB_CACHE and SLOTFLIP_LAB_PATH at a larger disk',
    );
  }
}

/** The lab's tools this machine lacks (read only). */
export const missingTools = () =>
  ['lxc-start', 'debootstrap', 'ssh-keygen', 'age-keygen'].filter(
    (t) => !['/usr/bin', '/usr/sbin', '/bin', '/sbin'].some((d) => existsSync(`${d}/${t}`)),
  );

/** Whether /etc/subuid and /etc/subgid hold the lab's id map (read only). */
export const idMapsPresent = () =>
  ['/etc/subuid', '/etc/subgid'].every(
    (f) => existsSync(f) && readFileSync(f, 'utf8').split('\n').includes(`root:${LAB.idBase}:${LAB.idCount}`),
  );

/** Whether the lab's bridge exists (read only). */
export const bridgePresent = async () => (await ip(['-br', 'link', 'show', 'dev', LAB.bridge])).code === 0;

/** Installs LXC, debootstrap and age when missing (Debian's packages; age makes the lab's backup key). */
export async function ensureTools(log: Log): Promise<void> {
  const missing = missingTools();
  if (missing.length === 0) return;
  log(`installing lxc, debootstrap, openssh-client and age (missing: ${missing.join(', ')})`);
  const env = { PATH: process.env.PATH, DEBIAN_FRONTEND: 'noninteractive' };
  for (const argv of [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', 'lxc', 'debootstrap', 'openssh-client', 'age'],
  ]) {
    const r = await execLocal(argv, { env });
    if (r.code !== 0)
      throw new LabError(
        `${argv.join(' ')} failed: ${r.stderr.trim().split('\n').pop()}`,
        'Install lxc, debootstrap, openssh-client and age by hand and run again',
      );
  }
}

/** Proxmox's id map for unprivileged containers: root may map 65536 ids from 100000. */
export function ensureIdMaps(): void {
  const line = `root:${LAB.idBase}:${LAB.idCount}`;
  for (const file of ['/etc/subuid', '/etc/subgid']) {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (!text.split('\n').includes(line)) appendFileSync(file, `${text && !text.endsWith('\n') ? '\n' : ''}${line}\n`);
  }
}

async function ip(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return execLocal(['ip', ...args]);
}

/** The lab's bridge and address; refuses when the subnet is already routed elsewhere on this machine. */
export async function ensureBridge(): Promise<void> {
  const link = await ip(['-br', 'link', 'show', 'dev', LAB.bridge]);
  if (link.code !== 0) {
    const routes = await ip(['-4', 'route', 'show', `${LAB.subnetPrefix}.0/24`]);
    if (routes.stdout.trim()) {
      throw new LabError(
        `the lab subnet ${LAB.subnetPrefix}.0/24 is already in use on this machine (${routes.stdout.trim()})`,
        'Choose another with SLOTFLIP_LAB_SUBNET=10.x.y',
      );
    }
    for (const args of [
      ['link', 'add', LAB.bridge, 'type', 'bridge'],
      ['addr', 'add', `${bridgeAddress()}/24`, 'dev', LAB.bridge],
      ['link', 'set', LAB.bridge, 'up'],
    ]) {
      const r = await ip(args);
      if (r.code !== 0) throw new LabError(`ip ${args.join(' ')} failed: ${r.stderr.trim()}`);
    }
  }
}

export async function removeBridge(): Promise<boolean> {
  return (await ip(['link', 'del', LAB.bridge])).code === 0;
}
