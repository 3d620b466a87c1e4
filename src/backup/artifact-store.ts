import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { archiveName, manifestName, parseManifest, type BackupFiles } from './manifest.js';

// GitHub workflow artifacts through @actions/artifact. Only the slice of its client slotflip uses is named here, with
// the real signatures, so tests can hand in a thin fake that keeps the same contract (upload, list, download by run).

export interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

export interface ArtifactStoreClient {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number; compressionLevel?: number },
  ): Promise<{ id?: number; size?: number; digest?: string }>;
  listArtifacts(options?: {
    latest?: boolean;
    findBy?: FindBy;
  }): Promise<{ artifacts: { name: string; id: number; size: number; createdAt?: Date; digest?: string }[] }>;
  downloadArtifact(
    artifactId: number,
    options?: { path?: string; findBy?: FindBy; expectedHash?: string },
  ): Promise<{ downloadPath?: string; digestMismatch?: boolean }>;
}

export const artifactName = (backupId: string) => `slotflip-backup-${backupId}`;

/** Uploads the encrypted archive and its manifest as one artifact (no compression: ciphertext does not shrink). */
export async function putArtifact(
  client: ArtifactStoreClient,
  files: BackupFiles,
  dir: string,
  retentionDays?: number,
): Promise<{ name: string; id?: number; size?: number }> {
  const name = artifactName(files.manifest.id);
  const r = await client.uploadArtifact(name, [files.archive, files.manifestFile], dir, {
    compressionLevel: 0,
    ...(retentionDays ? { retentionDays } : {}),
  });
  return { name, id: r.id, size: r.size };
}

/** Downloads the instance's backup a workflow run stored; the run must have been judged trusted before (trust.ts). */
export async function fetchArtifact(
  client: ArtifactStoreClient,
  instance: string,
  findBy: FindBy,
  workDir: string,
): Promise<BackupFiles> {
  const { artifacts } = await client.listArtifacts({ latest: true, findBy });
  const mine = artifacts.filter((a) => a.name.startsWith(artifactName(`${instance}-`)));
  if (mine.length === 0)
    throw new Error(
      `run ${findBy.workflowRunId} stored no backup of ${instance} (artifacts: ` +
        `${artifacts.map((a) => a.name).join(', ') || 'none'})`,
    );
  if (mine.length > 1)
    throw new Error(
      `run ${findBy.workflowRunId} stored ${mine.length} backups of ${instance}: ${mine.map((a) => a.name).join(', ')}`,
    );
  const path = await mkdtemp(join(workDir, 'artifact-'));
  const got = await client.downloadArtifact(mine[0]!.id, {
    path,
    findBy,
    ...(mine[0]!.digest ? { expectedHash: mine[0]!.digest } : {}),
  });
  if (got.digestMismatch)
    throw new Error(`artifact ${mine[0]!.name} of run ${findBy.workflowRunId} does not match its digest`);
  const dir = got.downloadPath ?? path;
  const manifestFile = (await readdir(dir)).find((n) => n.endsWith('.manifest.json'));
  const manifest = manifestFile ? parseManifest(await readFile(join(dir, manifestFile), 'utf8')) : undefined;
  if (!manifest || manifest.instance !== instance || manifestFile !== manifestName(manifest.id))
    throw new Error(`artifact ${mine[0]!.name} holds no manifest of a backup of ${instance}`);
  return { manifest, archive: join(dir, archiveName(manifest.id)), manifestFile: join(dir, manifestFile) };
}
