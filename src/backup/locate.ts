import { join } from 'node:path';
import type { Instance } from '../config/environment.generated.js';
import { layout } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import type { Transport } from '../transport/transport.js';
import { listLocal } from './local-store.js';
import type { ArchiveSource } from './stream-archive.js';
import { archiveName, newestFirst, parseManifest, type BackupManifest } from './manifest.js';

// Finding a backup by id or `latest` in the stores that can list it without GitHub: the host's backup directory and
// the environment's local directories. (Artifacts are found by the run that stored them: `--from run:ID`.)

export interface Found {
  manifest: BackupManifest;
  store: { type: 'host' } | { type: 'local'; path: string };
}

/** The instance's backups on its host, newest first (from the plain manifests; no key needed). */
export async function listHost(transport: Transport, instance: string): Promise<BackupManifest[]> {
  const dir = layout(instance).backups;
  const r = await transport.script(
    `for f in ${quote(dir)}/*.manifest.json; do [ -e "$f" ] && [ -e "\${f%.manifest.json}.tar.age" ] && { ` +
      `tr -d '\\n' < "$f"; echo; }; done; true`,
    { timeoutMs: 30_000 },
  );
  if (r.code !== 0) throw new Error(`listing the backups on ${transport.label} failed: ${r.stderr.trim()}`);
  return r.stdout
    .split('\n')
    .map((l) => parseManifest(l))
    .filter((m): m is BackupManifest => m?.instance === instance)
    .sort(newestFirst);
}

const localDirs = (inst: Instance) =>
  (inst.backups?.stores ?? []).filter((s) => s.type === 'local' && s.path).map((s) => s.path!);

/**
 * Every backup a restore could take from the stores the environment names (host, local), newest first; one id listed
 * once.
 */
export async function listBackups(transport: Transport, inst: Instance): Promise<Found[]> {
  const stores = inst.backups?.stores;
  const onHost = !stores || stores.some((s) => s.type === 'host');
  const found: Found[] = onHost
    ? (await listHost(transport, inst.id)).map((manifest) => ({ manifest, store: { type: 'host' } }))
    : [];
  for (const path of localDirs(inst)) {
    for (const manifest of await listLocal(path, inst.id))
      if (!found.some((f) => f.manifest.id === manifest.id)) found.push({ manifest, store: { type: 'local', path } });
  }
  return found.sort((a, b) => newestFirst(a.manifest, b.manifest));
}

/** `ID` or `latest`. */
export function pick(found: readonly Found[], from: string): Found | undefined {
  return from === 'latest' ? found[0] : found.find((f) => f.manifest.id === from);
}

/**
 * Where a restore reads the archive from: the host's copy stays there (it is streamed from it), a local store's here.
 */
export function sourceOf(instance: string, f: Found): ArchiveSource {
  return f.store.type === 'host'
    ? { manifest: f.manifest, remote: `${layout(instance).backups}/${archiveName(f.manifest.id)}` }
    : { manifest: f.manifest, local: join(f.store.path, archiveName(f.manifest.id)) };
}
