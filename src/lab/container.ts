import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LabError } from '../errors.js';
import { execLocal, PrefixTransport } from '../transport/local.js';
import { fingerprint } from '../shell/fingerprint.js';
import { lxc, lxcConfig } from './lxc-config.js';
import { rootfsDir } from './rootfs.js';
import { containerAddress, containerName, LAB } from './settings.js';

export const containerDir = (n: number) => join(LAB.lxcPath, containerName(n));
const rootfsOf = (n: number) => join(containerDir(n), 'rootfs');

export async function containerState(n: number): Promise<'RUNNING' | 'STOPPED' | 'ABSENT' | string> {
  if (!existsSync(join(containerDir(n), 'config'))) return 'ABSENT';
  const r = await execLocal(lxc.state(n));
  return r.code === 0 ? r.stdout.trim() : 'ABSENT';
}

/** Copies the cached rootfs and gives the copy its own identity: host keys, hostname, the lab's SSH key. */
export async function createContainer(n: number, publicKey: string): Promise<void> {
  const dir = containerDir(n);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rootfs = rootfsOf(n);
  const copy = await execLocal(['cp', '-a', '--reflink=auto', `${rootfsDir()}/.`, `${rootfs}/`]);
  if (copy.code !== 0)
    throw new LabError(
      `copying the rootfs failed: ${copy.stderr.trim()}`,
      'Check free disk space under SLOTFLIP_LAB_PATH',
    );
  const keys = await execLocal(['ssh-keygen', '-A', '-f', rootfs]);
  if (keys.code !== 0) throw new LabError(`generating host keys failed: ${keys.stderr.trim()}`);
  writeFileSync(join(rootfs, 'etc/hostname'), `${containerName(n)}\n`);
  writeFileSync(join(rootfs, 'etc/hosts'), `127.0.0.1 localhost\n127.0.1.1 ${containerName(n)}\n::1 localhost\n`);
  mkdirSync(join(rootfs, 'root/.ssh'), { recursive: true, mode: 0o700 });
  writeFileSync(join(rootfs, 'root/.ssh/authorized_keys'), `${publicKey.trim()}\n`, { mode: 0o600 });
  writeFileSync(join(dir, 'config'), lxcConfig(n));
  // A container made before MAC addresses were fixed (lxc-config.ts) left the host a neighbour entry naming its
  // random MAC: forgotten, so the first handshake to the new one does not wait for the entry to go stale.
  await execLocal(['ip', 'neigh', 'flush', 'to', containerAddress(n), 'dev', LAB.bridge]);
}

/** The container's SSH host key fingerprint, read from its rootfs: pinned, never learned over the network. */
export function hostKeyFingerprint(n: number): string {
  const line = readFileSync(join(rootfsOf(n), 'etc/ssh/ssh_host_ed25519_key.pub'), 'utf8').trim();
  const blob = line.split(/\s+/)[1];
  if (!blob) throw new LabError(`unreadable host key in ${containerName(n)}`);
  return fingerprint(Buffer.from(blob, 'base64'));
}

export async function startContainer(n: number): Promise<void> {
  const r = await execLocal(lxc.start(n));
  if (r.code !== 0) {
    const log = existsSync(join(containerDir(n), 'lxc.log'))
      ? readFileSync(join(containerDir(n), 'lxc.log'), 'utf8')
          .trim()
          .split('\n')
          .slice(-3)
          .join(' | ')
      : '';
    throw new LabError(
      `lxc-start ${containerName(n)} failed: ${r.stderr.trim() || log}`,
      'See the container log with `slotflip lab status`, or run `lxc-start -F` by hand to watch it boot',
    );
  }
}

/** pct exec's equivalent for the lab: a shell in the container with a clean environment. */
export const attach = (n: number) => new PrefixTransport(`lxc-attach ${containerName(n)}`, lxc.attachPrefix(n));

/** Waits until systemd has finished booting (running, or degraded by a unit that cannot work in a container). */
export async function waitForBoot(n: number, timeoutMs = 120_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const r = await attach(n).script('systemctl is-system-running --wait 2>/dev/null || true', {
      timeoutMs: Math.max(1000, deadline - Date.now()),
    });
    last = r.stdout.trim().split('\n').pop() ?? '';
    if (last === 'running' || last === 'degraded') return last;
    await new Promise((res) => setTimeout(res, 500));
  }
  const failed = await attach(n).script('systemctl --failed --no-legend --plain | head -5');
  throw new LabError(
    `${containerName(n)} did not finish booting in ${timeoutMs / 1000} s (systemd: ${last || 'no answer'}; ` +
      `failed units: ${failed.stdout.trim().replace(/\n/g, ', ') || 'none'})`,
  );
}

export async function destroyContainer(n: number): Promise<void> {
  await execLocal(lxc.stop(n));
  await execLocal(lxc.destroy(n));
  rmSync(containerDir(n), { recursive: true, force: true });
}

/** Numbers of the lab containers that exist, from the lab's own lxcpath. */
export async function existingContainers(): Promise<number[]> {
  if (!existsSync(LAB.lxcPath)) return [];
  const r = await execLocal(lxc.list());
  return r.stdout
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.startsWith(LAB.namePrefix))
    .map((s) => Number(s.slice(LAB.namePrefix.length)))
    .filter((x) => Number.isInteger(x) && x > 0)
    .sort((a, b) => a - b);
}
