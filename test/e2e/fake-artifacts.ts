import { cpSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ArtifactStoreClient, FindBy } from '../../src/backup/artifact-store.js';

/**
 * GitHub's artifact service cannot run here: a thin stand-in for @actions/artifact's client with its contract.
 * Artifacts belong to a workflow run; upload stores files under their path relative to rootDirectory (a file outside
 * it is an error, as in the real client); list and download read the current run, or another run through findBy,
 * which needs a token and the repository, as the public API does.
 */
export class FakeArtifactClient implements ArtifactStoreClient {
  private nextId = 1;
  constructor(
    readonly root: string,
    private readonly currentRun: number,
    private readonly repo: string,
  ) {}

  private runDir(findBy?: FindBy): string {
    if (findBy) {
      if (!findBy.token) throw new Error('findBy needs a token with actions:read');
      if (`${findBy.repositoryOwner}/${findBy.repositoryName}` !== this.repo)
        throw new Error(`Not Found: no repository ${findBy.repositoryOwner}/${findBy.repositoryName}`);
    }
    return join(this.root, String(findBy?.workflowRunId ?? this.currentRun));
  }

  async uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number; compressionLevel?: number },
  ) {
    if (!/^[^"<>|*?\r\n\\/:]+$/.test(name)) throw new Error(`invalid artifact name ${name}`);
    const run = this.runDir();
    mkdirSync(run, { recursive: true });
    if (readdirSync(run).some((d) => d.replace(/^\d+-/, '') === name))
      throw new Error(`an artifact named ${name} already exists in run ${this.currentRun}`);
    const id = this.nextId++;
    const dir = join(run, `${id}-${name}`);
    let size = 0;
    for (const f of files) {
      const rel = relative(resolve(rootDirectory), resolve(f));
      if (rel.startsWith('..')) throw new Error(`${f} is not under the root directory ${rootDirectory}`);
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      cpSync(f, join(dir, rel));
      size += statSync(f).size;
    }
    this.retention.set(id, options?.retentionDays);
    return { id, size };
  }

  /** What each upload asked for, for assertions. */
  readonly retention = new Map<number, number | undefined>();

  async listArtifacts(options?: { latest?: boolean; findBy?: FindBy }) {
    const run = this.runDir(options?.findBy);
    const names = (() => {
      try {
        return readdirSync(run);
      } catch {
        return [];
      }
    })();
    return { artifacts: names.map((d) => ({ id: Number(d.split('-')[0]), name: d.replace(/^\d+-/, ''), size: 0 })) };
  }

  async downloadArtifact(artifactId: number, options?: { path?: string; findBy?: FindBy }) {
    const run = this.runDir(options?.findBy);
    const dir = readdirSync(run).find((d) => d.startsWith(`${artifactId}-`));
    if (!dir)
      throw new Error(`artifact ${artifactId} not found in run ${options?.findBy?.workflowRunId ?? this.currentRun}`);
    const path = options?.path ?? process.cwd();
    cpSync(join(run, dir), path, { recursive: true });
    return { downloadPath: path };
  }
}
