// The plain manifest written beside every encrypted archive (host/backup.ts): enough to pick a backup and check its
// bytes without the key. It is not trusted on its own: the archive's sha256 is checked against it, then the age
// decryption authenticates every chunk, then the manifest inside the archive must name the same id.

export interface BackupManifest {
  format: 1;
  id: string;
  instance: string;
  release: string | null;
  /** age recipients (public keys): the key ids that can read the archive. */
  recipients: string[];
  made_by: Record<string, string>;
  schema: string;
  created: string;
  sizes: Record<string, number>;
  tools: string;
  encrypted: { sha256: string; bytes: number };
}

/** The two files of one backup, wherever they are. */
export interface BackupFiles {
  manifest: BackupManifest;
  /** Local paths (on this machine) once fetched. */
  archive: string;
  manifestFile: string;
}

export const archiveName = (id: string) => `${id}.tar.age`;
export const manifestName = (id: string) => `${id}.manifest.json`;

/**
 * Parses a manifest; undefined when it is not one (a stray file in a store is skipped, not fatal). The manifest sealed
 * inside an archive (`sealed`) was written before the archive existed, so it has no `encrypted` part.
 */
export function parseManifest(text: string, sealed = false): BackupManifest | undefined {
  try {
    const m = JSON.parse(text) as Partial<BackupManifest>;
    if (
      m.format !== 1 ||
      typeof m.id !== 'string' ||
      !/^[A-Za-z0-9_.-]+$/.test(m.id) ||
      typeof m.instance !== 'string' ||
      typeof m.created !== 'string'
    )
      return undefined;
    if (sealed) return m as BackupManifest;
    if (!m.encrypted || !/^[0-9a-f]{64}$/.test(String(m.encrypted.sha256))) return undefined;
    return m as BackupManifest;
  } catch {
    return undefined;
  }
}

/** Newest first (by creation time, then id so the order is stable). */
export function newestFirst(a: BackupManifest, b: BackupManifest): number {
  return b.created.localeCompare(a.created) || b.id.localeCompare(a.id);
}
