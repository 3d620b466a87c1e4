import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { validateEnvironments } from '../validate/validate.js';
import { LabError } from '../errors.js';
import { writeFileScript } from '../shell/quote.js';
import { formatFinding } from '../report/text.js';
import { execLocal } from '../transport/local.js';
import {
  attach,
  containerState,
  createContainer,
  destroyContainer,
  existingContainers,
  hostKeyFingerprint,
  startContainer,
  waitForBoot,
} from './container.js';
import { labEnvironment, type LabRelease } from './env-file.js';
import { checkHost, checkRoot, ensureBridge, ensureIdMaps, ensureTools, removeBridge } from './host-setup.js';
import { rootfsCached } from './rootfs.js';
import { ensureRootfs } from './rootfs-build.js';
import { stopAptProxy } from './apt-proxy.js';
import { provisionScript } from './services.js';
import { containerAddress, containerName, LAB } from './settings.js';
import { ensureBackupKey, ensureLabKey, envDir, labSecret, secretNames, secretsDir } from './state-files.js';

type Log = (line: string) => void;

export interface LabUpResult {
  containers: { n: number; name: string; address: string; envFile: string; created: boolean }[];
  rootfsBuilt: boolean;
  seconds: number;
}

const releasesDir = () => join(LAB.stateDir, 'releases');

/**
 * The demo app's release archives, rebuilt at every `up` (a few seconds; reproducible, so unchanged sources give the
 * same bytes).
 */
async function ensureReleases(log: Log): Promise<Record<string, LabRelease>> {
  const manifestFile = join(releasesDir(), 'manifest.json');
  log('building the demo app releases');
  const r = await execLocal([process.execPath, 'lab/app/build.mjs', '--out', releasesDir()]);
  if (r.code !== 0)
    throw new LabError(`building the demo app failed: ${r.stderr.trim().split('\n').pop()}`, 'Run `npm ci` first');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
    string,
    { file: string; sha256: string; version: string }
  >;
  return Object.fromEntries(
    Object.entries(manifest).map(([v, m]) => [
      v,
      { version: m.version, sha256: m.sha256, path: relative(process.cwd(), m.file) },
    ]),
  );
}

async function bringUp(
  n: number,
  publicKey: string,
  release: LabRelease,
  log: Log,
): Promise<LabUpResult['containers'][number]> {
  const state = await containerState(n);
  const created = state === 'ABSENT';
  if (created) {
    log(`${containerName(n)}: creating from the cached rootfs`);
    await createContainer(n, publicKey);
  }
  if (state !== 'RUNNING') {
    log(`${containerName(n)}: starting at ${containerAddress(n)}`);
    await startContainer(n);
  }
  const boot = await waitForBoot(n);
  // The container may predate this state directory (a new clone, a deleted lab/state): authorize the current key.
  const authorize = await attach(n).script(
    writeFileScript('/root/.ssh/authorized_keys', `${publicKey.trim()}\n`, '0600'),
  );
  if (authorize.code !== 0)
    throw new LabError(`${containerName(n)}: installing the lab's SSH key failed: ${authorize.stderr.trim()}`);
  const names = secretNames(n);
  labSecret(names.app); // the demo's session secret: created once, like the others
  const provision = await attach(n).script(
    provisionScript({
      dbPassword: labSecret(names.db),
      dbAdminPassword: labSecret(names.dbAdmin),
      redisPassword: labSecret(names.redis),
    }),
    { timeoutMs: 60_000 },
  );
  if (provision.code !== 0)
    throw new LabError(
      `${containerName(n)}: setting up PostgreSQL and Redis failed: ` +
        `${provision.stderr.trim().split('\n').slice(-2).join(' | ')}`,
    );
  mkdirSync(envDir(), { recursive: true });
  const envFile = join(envDir(), `lab-${n}.yaml`);
  writeFileSync(envFile, labEnvironment(n, hostKeyFingerprint(n), release, (await ensureBackupKey()).recipient));
  log(`${containerName(n)}: ${boot}, PostgreSQL and Redis ready; environment file ${relative(process.cwd(), envFile)}`);
  return {
    n,
    name: containerName(n),
    address: containerAddress(n),
    envFile: relative(process.cwd(), envFile),
    created,
  };
}

/** `lab up`: idempotent. Running containers are only checked; missing ones are created; the cache is built once. */
export async function labUp(count: number, log: Log): Promise<LabUpResult> {
  if (!Number.isInteger(count) || count < 1 || count > LAB.maxCount)
    throw new LabError(`--count must be 1 to ${LAB.maxCount}`);
  const started = Date.now();
  checkHost();
  await ensureTools(log);
  ensureIdMaps();
  const wasCached = rootfsCached();
  const rootfs = await ensureRootfs(log);
  if (rootfs.built) log(`rootfs built in ${rootfs.seconds.toFixed(1)} s`);
  await ensureBridge();
  const { publicKey } = await ensureLabKey();
  const releases = await ensureReleases(log);
  const v1 = releases['1.0.0'];
  if (!v1) throw new LabError('the demo app manifest has no release 1.0.0');
  const containers = [];
  for (let n = 1; n <= count; n++) containers.push(await bringUp(n, publicKey, v1, log));
  // Every generated environment file must pass validation, like any other.
  const check = await validateEnvironments({
    paths: containers.map((c) => c.envFile),
    secrets: { env: {}, dir: secretsDir() },
  });
  if (!check.valid)
    throw new LabError(`a generated lab environment file is invalid:\n${check.findings.map(formatFinding).join('\n')}`);
  return { containers, rootfsBuilt: !wasCached, seconds: (Date.now() - started) / 1000 };
}

/** `lab down`: removes containers, the bridge (and so every veth and address), keys, secrets and environment files. */
export async function labDown(log: Log, purge = false): Promise<void> {
  checkRoot();
  for (const n of await existingContainers()) {
    log(`${containerName(n)}: stopping and removing`);
    await destroyContainer(n);
  }
  stopAptProxy(log);
  if (await removeBridge()) log(`removed bridge ${LAB.bridge}`);
  rmSync(LAB.stateDir, { recursive: true, force: true });
  if (purge) {
    rmSync(LAB.cacheDir, { recursive: true, force: true });
    log(`removed the rootfs cache ${LAB.cacheDir}`);
  }
}

/** Lab container N's environment file for one demo release, as a commit pinning that release would make it. */
export function labReleaseEnvironment(n: number, version: string): string {
  const envFile = join(envDir(), `lab-${n}.yaml`);
  const manifestFile = join(releasesDir(), 'manifest.json');
  if (!existsSync(envFile) || !existsSync(manifestFile))
    throw new LabError(`lab container ${n} is not up`, 'Run `slotflip lab up` first');
  const releases = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string; sha256: string }>;
  const release = releases[version];
  if (!release)
    throw new LabError(`the demo app has no release ${version}`, `Choose one of ${Object.keys(releases).join(', ')}`);
  const hostKey = (parse(readFileSync(envFile, 'utf8')) as { instances: [{ target: { host_keys: [string] } }] })
    .instances[0].target.host_keys[0];
  const recipient = (parse(readFileSync(envFile, 'utf8')) as { instances: [{ backups?: { recipients: [string] } }] })
    .instances[0].backups?.recipients[0];
  return labEnvironment(
    n,
    hostKey,
    { version, sha256: release.sha256, path: relative(process.cwd(), release.file) },
    recipient,
  );
}
