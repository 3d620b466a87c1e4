import { copyFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  archiveName,
  manifestName,
  newestFirst,
  parseManifest,
  type BackupFiles,
  type BackupManifest,
} from './manifest.js';

// A directory on the machine slotflip runs on (a NAS mount on the runner). It holds only encrypted archives and their
// plain manifests, so the mount needs no more trust than the host's own backup directory.

/** Copies one backup in (archive first, as .partial then renamed; the manifest last: a listed backup is complete). */
export async function putLocal(dir: string, files: BackupFiles, keep: number): Promise<string[]> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const archive = join(dir, archiveName(files.manifest.id));
  await copyFile(files.archive, `${archive}.partial`);
  await rename(`${archive}.partial`, archive);
  const manifest = join(dir, manifestName(files.manifest.id));
  await copyFile(files.manifestFile, `${manifest}.partial`);
  await rename(`${manifest}.partial`, manifest);
  const removed: string[] = [];
  for (const old of (await listLocal(dir, files.manifest.instance)).slice(keep)) {
    await rm(join(dir, archiveName(old.id)), { force: true });
    await rm(join(dir, manifestName(old.id)), { force: true });
    removed.push(old.id);
  }
  return removed;
}

/** The instance's backups in the directory, newest first; a missing directory holds none. */
export async function listLocal(dir: string, instance: string): Promise<BackupManifest[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const found: BackupManifest[] = [];
  for (const name of names.filter((n) => n.endsWith('.manifest.json'))) {
    const m = parseManifest(await readFile(join(dir, name), 'utf8').catch(() => ''));
    if (m && m.instance === instance && name === manifestName(m.id)) found.push(m);
  }
  return found.sort(newestFirst);
}
