import type { ArtifactStoreClient } from './artifact-store.js';
import type { WorkflowRun } from './trust.js';

/**
 * What backups and restores need from GitHub, handed in by the caller: only github/ talks to GitHub, so the CLI and
 * the action pass github/'s implementation (github/workflow-runs.ts) and tests pass their own.
 */
export interface GitHubPort {
  /** The workflow run that stored an artifact and the repository's default branch, to judge the run (trust.ts). */
  runs: (env: NodeJS.ProcessEnv) => WorkflowRuns | { missing: string };
  /** The artifact client of the current workflow run; undefined outside one (the artifact store is then skipped). */
  artifacts?: () => Promise<ArtifactStoreClient>;
}

export interface WorkflowRuns {
  /** owner/name */
  repo: string;
  token: string;
  run(id: number): Promise<WorkflowRun>;
  defaultBranch(): Promise<string>;
}

/** Without GitHub (a caller that gave none): `--from run:ID` says what is missing, the artifact store is skipped. */
export const NO_GITHUB: GitHubPort = {
  runs: () => ({ missing: 'access to GitHub (run it from the slotflip CLI or the action)' }),
};
