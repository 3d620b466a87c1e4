import type { Instance } from '../config/environment.generated.js';
import { layout } from '../shell/layout.js';
import { configEntries } from './config-walk.js';
import type { Preset } from './preset.js';

/**
 * Where the app keeps its files (Vikunja's files.basepath): the environment's setting, else the backups' files_dir,
 * else the instance's shared directory. The units may write there (ReadWritePaths), the deploy creates it for the
 * service user, and backups must archive this same directory (a rule holds backups.files_dir to it).
 */
export function dataDir(instance: Instance, preset: Preset | undefined): string {
  const key = preset?.config.data_dir;
  const set = key ? configEntries(instance.app.config, preset).find((e) => e.key === key)?.value : undefined;
  return typeof set === 'string' && set.startsWith('/')
    ? set
    : (instance.backups?.files_dir ?? `${layout(instance.id).shared}/files`);
}

/**
 * The files directory a deploy creates for the service user: only when the preset names the setting or backups archive
 * one.
 */
export function filesDirToCreate(instance: Instance, preset: Preset | undefined): string | undefined {
  return preset?.config.data_dir || instance.backups?.files_dir ? dataDir(instance, preset) : undefined;
}
