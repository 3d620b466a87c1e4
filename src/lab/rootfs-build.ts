import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LabError } from '../errors.js';
import { execLocal } from '../transport/local.js';
import {
  COMPLETE_MARKER,
  debianMirror,
  flavorOf,
  rootfsBuildCommands,
  rootfsCached,
  rootfsDir,
  type Flavor,
} from './rootfs.js';
import { LAB } from './settings.js';

type Log = (line: string) => void;

/**
 * Builds the bookworm rootfs once and caches it. It is built in a temporary directory and renamed into place only
 * when complete, so an interrupted build (Ctrl-C, full disk) never leaves a cache that looks usable.
 */
export async function ensureRootfs(log: Log, flavor: Flavor = 'full'): Promise<{ built: boolean; seconds: number }> {
  if (rootfsCached(flavor)) return { built: false, seconds: 0 };
  const mirror = debianMirror();
  if (!mirror)
    throw new LabError('no Debian mirror found in /etc/apt', 'Set SLOTFLIP_LAB_MIRROR to a Debian mirror URL');
  const started = Date.now();
  const final = rootfsDir(flavor);
  const { prefix, setup: script } = flavorOf(flavor);
  const tmp = `${final}.partial-${process.pid}`;
  mkdirSync(LAB.cacheDir, { recursive: true });
  rmSync(tmp, { recursive: true, force: true });
  log(`building the ${flavor} ${LAB.suite} rootfs (first run only, about a minute) into ${final}`);
  const [debootstrap, setup] = rootfsBuildCommands(tmp, mirror, flavor);
  // debootstrap is quiet for long stretches: say that it is still working.
  const ticker = setInterval(
    () => log(`  still building the rootfs (${Math.round((Date.now() - started) / 1000)} s)`),
    15_000,
  );
  try {
    const r = await execLocal(debootstrap!, { env: { PATH: process.env.PATH }, timeoutMs: 20 * 60_000 });
    if (r.code !== 0) {
      const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-3).join(' | ');
      throw new LabError(
        `debootstrap failed (exit ${r.code}): ${tail}`,
        'Check the mirror (SLOTFLIP_LAB_MIRROR) and free disk space, then run `slotflip lab up` again',
      );
    }
    const s = await execLocal(setup!, { input: script, env: { PATH: process.env.PATH } });
    if (s.code !== 0)
      throw new LabError(`configuring the rootfs failed (exit ${s.code}): ${s.stderr.trim().split('\n').pop()}`);
    writeFileSync(join(tmp, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
    renameSync(tmp, final);
    // Caches built from an older package list or setup are never used again: they only fill the disk (~500 MB each).
    for (const old of readdirSync(LAB.cacheDir).filter(
      (n) => n.startsWith(`${prefix}-`) && join(LAB.cacheDir, n) !== final,
    )) {
      rmSync(join(LAB.cacheDir, old), { recursive: true, force: true });
      log(`removed the outdated rootfs cache ${old}`);
    }
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  } finally {
    clearInterval(ticker);
  }
  return { built: true, seconds: (Date.now() - started) / 1000 };
}
