import type { Instance, Smoke } from '../config/environment.generated.js';
import type { ArchiveFormat } from '../host/release.js';
import type { RenderedFile } from '../shell/ops.js';
import type { HostState, HostGuard } from '../shell/state.js';
import type { Plan, Step } from './types.js';

// What a deploy plan is built from (everything read before it: the release, the rendered files, the host's state)
// and what building it answers.

export interface ReleaseArtifact {
  version: string;
  sha256: string;
  /** The archive from the runner (source: upload); empty when the host downloads it. */
  bytes: Buffer;
  /** source: url: the host downloads the archive itself, and checks it against sha256 before unpacking. */
  url?: string;
  format: ArchiveFormat;
  /** Declared by the release: its migrations break the release that is running now. */
  breaking: boolean;
}

export interface DeployRequest {
  run: string;
  owner: string;
  now: string;
  instance: Instance;
  files: readonly RenderedFile[];
  release: ReleaseArtifact;
  state: HostState;
  allowBreaking: boolean;
  keepReleases?: number;
  /** The host state's fingerprint when it was read, and the command that reads it again under the lock. */
  guard?: HostGuard;
  /** The maintenance page was already on (an interrupted breaking migration): only a successful flip turns it off. */
  maintenance?: boolean;
  /** Set when a run left work unfinished (host/recover.ts): deploying the live release then finishes it. */
  converge?: string;
  /** The smoke flow run on the new slot before the flip (the environment's, else its app preset's). */
  smoke?: Smoke;
  /** The directory the app writes its files to (presets/data-dir.ts): created for the service user if missing. */
  dataDir?: string;
}

export type DeployPlanResult =
  | { kind: 'plan'; plan: Plan; recordFailure: (flippedBack: boolean, detail: string) => Step }
  | { kind: 'nothing-to-do'; message: string }
  | { kind: 'held'; message: string }
  | { kind: 'refused'; message: string };
