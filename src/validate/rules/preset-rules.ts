import type { Finding } from '../../report/finding.js';
import { configEntries } from '../../presets/config-walk.js';
import { maxUpload, nginxSize, sizeBytes } from '../../presets/sizes.js';
import { configPath } from './app-config.js';
import { at, instancesOf, isRecord, presetOf, type Rule, type RuleContext } from './rule.js';
import {
  type Check,
  absolutePaths,
  needsRedis,
  publicUrl,
  sharedSecret,
  corsOrigins,
  postgresVersion,
} from './preset-checks.js';

/** The key list belongs to one release: another release may have renamed or dropped keys. */
const pinnedRelease: Check = (ref, preset) => {
  const release = isRecord(ref.inst.app) && isRecord(ref.inst.app.release) ? ref.inst.app.release : undefined;
  // Only a preset that lists the app's config keys is tied to one release; the others serve every release.
  if (
    !release ||
    typeof release.version !== 'string' ||
    release.version === preset.version ||
    Object.keys(preset.config.keys).length === 0
  )
    return [];
  const older = preset.older[release.version.toLowerCase()];
  if (older !== undefined)
    return [
      at(
        ref.parsed,
        [...ref.path, 'app', 'release', 'version'],
        'warning',
        'preset-version',
        `${preset.app} ${release.version} is older than the ${preset.version} the preset describes: ${older}`,
      ),
    ];
  return [
    at(
      ref.parsed,
      [...ref.path, 'app', 'release', 'version'],
      'error',
      'preset-version',
      `templates/${preset.app}/preset.yaml describes ${preset.app} ${preset.version}, and this release is ` +
        `${release.version}: update the preset (its version and key list) together with the release`,
    ),
  ];
};

const uploadLimit: Check = (ref, preset) => {
  const nginx = isRecord(ref.inst.nginx) ? ref.inst.nginx : undefined;
  const app = isRecord(ref.inst.app) ? ref.inst.app : {};
  const upload = maxUpload(preset, app.config);
  const body = nginx ? sizeBytes(nginx.client_max_body_size) : undefined;
  if (upload === undefined || body === undefined || body >= upload) return [];
  return [
    at(
      ref.parsed,
      [...ref.path, 'nginx', 'client_max_body_size'],
      'error',
      'upload-limit',
      `nginx refuses bodies over ${String(nginx!.client_max_body_size)}, but ${preset.app} accepts uploads ` +
        (`up to ${nginxSize(upload)} (${preset.config.max_upload!.key}): larger uploads would fail with 413; raise ` +
          `it or leave it out (slotflip derives it)`),
    ),
  ];
};

/** Backups archive backups.files_dir: it must be the directory the app writes its files to, or a restore loses them. */
const backedUpFiles: Check = (ref, preset, config) => {
  const e = preset.config.data_dir ? config.get(preset.config.data_dir) : undefined;
  const backups = isRecord(ref.inst.backups) ? ref.inst.backups : undefined;
  if (!e || typeof e.value !== 'string' || !backups || backups.files_dir === e.value) return [];
  const why =
    backups.files_dir === undefined
      ? 'backups.files_dir is not set, so backups leave them out'
      : `backups archive ${String(backups.files_dir)} instead`;
  return [
    at(
      ref.parsed,
      configPath(ref, e.written),
      'error',
      'backup-files',
      `${preset.app} writes its files to ${e.value}, but ${why}: set backups.files_dir to ${e.value}`,
    ),
  ];
};

/**
 * The preset's smoke flow runs only where the app lets it (Vikunja's registers a user: registration open, no mailer).
 */
const smokeSettings: Check = (ref, preset, config) => {
  if (!preset.smoke || ref.inst.smoke !== undefined) return [];
  return Object.entries(preset.smoke_needs).flatMap(([key, need]) => {
    const e = config.get(key);
    const value = e ? e.value : need.default;
    if (value === need.value) return [];
    const where = e ? configPath(ref, e.written) : [...ref.path, 'app'];
    return [
      at(
        ref.parsed,
        where,
        'error',
        'smoke-settings',
        `${key} is ${JSON.stringify(value)}${e ? '' : ` (${preset.app}'s default)`}, and the ${preset.app} ` +
          (`preset's smoke flow needs ${JSON.stringify(need.value)}: ${need.why}. Give the instance its own smoke: ` +
            `(requests that work here, such as read-only ones) or smoke: false`),
        e ? 'value' : 'key',
      ),
    ];
  });
};

const CHECKS: readonly Check[] = [
  smokeSettings,
  pinnedRelease,
  uploadLimit,
  backedUpFiles,
  absolutePaths,
  needsRedis,
  publicUrl,
  sharedSecret,
  corsOrigins,
  postgresVersion,
];

export const presetRules: Rule = (files, ctx: RuleContext) => {
  const findings: Finding[] = [];
  for (const ref of instancesOf(files)) {
    const preset = presetOf(ref, ctx);
    if (!preset) continue;
    const app = isRecord(ref.inst.app) ? ref.inst.app : {};
    const config = new Map(configEntries(app.config, preset).map((e) => [e.key, e]));
    for (const check of CHECKS) findings.push(...check(ref, preset, config));
  }
  return findings;
};
