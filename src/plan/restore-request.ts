import type { Instance } from '../config/environment.generated.js';
import type { BackupManifest } from '../backup/manifest.js';
import type { HostGuard, HostState } from '../shell/state.js';

export interface RestoreRequest {
  run: string;
  owner: string;
  now: string;
  instance: Instance;
  /** Reconciled state (host/recover.ts); no active slot means a host the instance was never deployed to. */
  state: HostState;
  /** The backup's manifest (the sealed copy is checked against it before the plan runs: backup/open-archive.ts). */
  backup: BackupManifest;
  /** The private directory on the host the checked archive is unpacked into; removed at the end whatever happens. */
  dir: string;
  /** The database admin named in the environment, and the app role's password (to create it on a new server). */
  admin: { user: string; password: string };
  appPassword: string;
  /** A drill: restore into a scratch database, prove it identical, drop it; nothing live is touched. */
  drill?: boolean;
  guard?: HostGuard;
}
