import type { Instance } from '../config/environment.generated.js';
import type { HostGuard, HostState } from '../shell/state.js';
import type { RenderedFile } from '../shell/ops.js';

export interface RotateRequest {
  run: string;
  owner: string;
  now: string;
  instance: Instance;
  state: HostState;
  admin: { user: string; password: string };
  newPassword: string;
  /**
   * The files to write, each rendered three ways: `old` (today's: the old password everywhere), `moving` (the idle
   * slot on the temporary login with the new password) and `rotated` (the app's role with the new password everywhere).
   */
  files: { old: readonly RenderedFile[]; moving: readonly RenderedFile[]; rotated: readonly RenderedFile[] };
  guard?: HostGuard;
}
