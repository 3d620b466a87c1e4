import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LabError } from '../errors.js';
import { execLocal } from '../transport/local.js';
import { bridgeAddress, LAB } from './settings.js';

type Log = (line: string) => void;

// The lab's package proxy (apt-cacher-ng) on the lab bridge: provisioned containers install from Debian through it,
// as a homelab's containers often do, so the install path is exercised for real. It listens on the bridge address
// only (no container can reach anything else), and its cache outlives `lab down` like the rootfs cache.

export const APT_PROXY_PORT = 3142;
export const aptProxyUrl = () => `http://${bridgeAddress()}:${APT_PROXY_PORT}`;
const dir = () => join(LAB.stateDir, 'apt-proxy');
const pidFile = () => join(dir(), 'pid');
export const aptProxyLogDir = () => join(dir(), 'log');
const cacheDir = () => join(LAB.cacheDir, 'apt');
const BINARY = '/usr/sbin/apt-cacher-ng';

/** The pid of the proxy this lab started, if it still runs (checked by name: a recycled pid is not ours). */
/** The pid of the package proxy this lab started, while it runs. */
export function runningPid(): number | undefined {
  if (!existsSync(pidFile())) return undefined;
  const pid = Number(readFileSync(pidFile(), 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 1) return undefined;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'apt-cacher-ng' ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function install(log: Log): Promise<void> {
  if (existsSync(BINARY)) return;
  log("installing apt-cacher-ng (the lab's package proxy)");
  // policy-rc.d: the package's own service must not start on this machine; the lab runs its own instance.
  const policy = '/usr/sbin/policy-rc.d';
  const ours = !existsSync(policy);
  if (ours) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { PATH: process.env.PATH, DEBIAN_FRONTEND: 'noninteractive' };
    const r = await execLocal(['apt-get', 'install', '-y', '-qq', 'apt-cacher-ng'], { env, timeoutMs: 10 * 60_000 });
    if (r.code !== 0)
      throw new LabError(
        `installing apt-cacher-ng failed: ${r.stderr.trim().split('\n').pop()}`,
        'Run `apt-get update`, then try again',
      );
  } finally {
    if (ours) rmSync(policy, { force: true });
  }
}

/** Starts the proxy on the lab bridge unless it runs; returns its URL. The bridge must exist (lab up). */
export async function ensureAptProxy(log: Log): Promise<string> {
  if (runningPid()) return aptProxyUrl();
  await install(log);
  for (const d of [dir(), aptProxyLogDir(), cacheDir()]) mkdirSync(d, { recursive: true });
  writeFileSync(
    join(dir(), 'acng.conf'),
    [
      `CacheDir: ${cacheDir()}`,
      `LogDir: ${aptProxyLogDir()}`,
      'SupportDir: /usr/lib/apt-cacher-ng',
      `BindAddress: ${bridgeAddress()}`,
      `Port: ${APT_PROXY_PORT}`,
      `PidFile: ${pidFile()}`,
      'ExThreshold: 4',
      'VerboseLog: 1',
      '',
    ].join('\n'),
  );
  // It daemonizes itself once it listens and writes its pid file.
  const r = await execLocal([BINARY, '-c', dir(), 'ForeGround=0'], { timeoutMs: 30_000 });
  if (r.code !== 0)
    throw new LabError(`apt-cacher-ng did not start: ${(r.stderr || r.stdout).trim().split('\n').pop()}`);
  for (let i = 0; i < 50 && !runningPid(); i++) await new Promise((res) => setTimeout(res, 100));
  if (!runningPid()) throw new LabError('apt-cacher-ng started but wrote no pid file', `See ${aptProxyLogDir()}`);
  log(`package proxy: ${aptProxyUrl()} (apt-cacher-ng, cache ${cacheDir()})`);
  return aptProxyUrl();
}

/** Stops the proxy this lab started (by its pid, checked to be apt-cacher-ng). */
export function stopAptProxy(log: Log): void {
  const pid = runningPid();
  if (!pid) return;
  process.kill(pid, 'SIGTERM');
  log(`stopped the package proxy (pid ${pid})`);
}
