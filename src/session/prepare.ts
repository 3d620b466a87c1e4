import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Instance, Smoke } from '../config/environment.generated.js';
import { checkSmokeVariables } from '../host/smoke-words.js';
import { RESTORE_ONLY_FIELDS, secretRefsFor } from '../validate/job-secrets.js';
import { validateEnvironments } from '../validate/validate.js';
import { SlotflipError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { ReleaseArtifact } from '../plan/deploy-request.js';
import type { TemplateSet } from '../render/template-set.js';
import type { RenderedFile } from '../shell/ops.js';
import { formatFinding } from '../report/text.js';
import { lookupSecret, type SecretSource } from '../secrets/lookup.js';
import { execLocal } from '../transport/local.js';
import { archiveFormat } from '../host/release.js';
import { loadPresets } from '../presets/load.js';
import type { Preset } from '../presets/preset.js';

export interface Prepared {
  file: string;
  instance: Instance;
  secrets: Record<string, string>;
  files: RenderedFile[];
  /** The templates the files were rendered from (a rotation renders them again with other credentials). */
  templates: TemplateSet;
  /** The app's preset, when it has one (rendered again with the templates). */
  preset?: Preset;
  /** The smoke flow a deploy runs before its flip: the environment's, else the preset's; none with smoke: false. */
  smoke?: Smoke;
}

export interface PrepareOptions {
  envFile: string;
  instanceId?: string;
  /** undefined: offline, no secrets (placeholders are rendered instead). */
  secrets?: SecretSource;
  templatesDir?: string;
  /** Called with every resolved secret value before anything is logged (the action masks them). */
  onSecrets?: (values: string[]) => void;
  /** false: skip loading and rendering templates (a rollback changes no file; it should start fast). */
  render?: boolean;
  /**
   * Resolve the restore-only secrets too: the backup identity and the database admin (deploy and backup jobs never have
   * them).
   */
  restoreSecrets?: boolean;
  /** Resolve the database admin only (a password rotation needs it, not the backup identity). */
  adminSecret?: boolean;
}

const invalid = (message: string, remedy = '') =>
  new SlotflipError('validate', message, remedy, ExitCode.invalidConfig);

/** Validate, pick the instance, resolve its secrets, load and render its templates. Local work only. */
export async function prepare(opts: PrepareOptions): Promise<Prepared> {
  if ((await stat(opts.envFile).catch(() => undefined))?.isDirectory()) {
    throw invalid(
      `--env names one environment file, and ${opts.envFile} is a folder`,
      `Give the file of the environment to act on, e.g. ${join(opts.envFile, 'production.yaml')}`,
    );
  }
  const unusedSecretFields = opts.restoreSecrets
    ? []
    : RESTORE_ONLY_FIELDS.filter((k) => !(k === 'admin_secret' && opts.adminSecret));
  const outcome = await validateEnvironments({
    paths: [opts.envFile],
    secrets: opts.secrets,
    unusedSecretFields,
    templatesDir: opts.templatesDir,
  });
  // Promotion is checked against the environment it promotes from, which validation reads from beside this file.
  const errors = outcome.findings.filter((f) => f.severity === 'error');
  if (errors.length) throw invalid(`${opts.envFile} is not valid:\n${errors.map(formatFinding).join('\n')}`);
  const env = outcome.environments.get(opts.envFile)!;
  const instances = env.instances;
  const instance = opts.instanceId
    ? instances.find((i) => i.id === opts.instanceId)
    : instances.length === 1
      ? instances[0]
      : undefined;
  if (!instance) {
    throw invalid(
      opts.instanceId
        ? `no instance "${opts.instanceId}" in ${opts.envFile}`
        : `${opts.envFile} holds ${instances.length} instances`,
      `Choose one with --instance (${instances.map((i) => i.id).join(', ')})`,
    );
  }
  const secrets: Record<string, string> = {};
  // The schema walk starts at the document root, so the instance is looked at as the one instance of a document.
  // The backup identity and the database admin are read only where restores run: deploy and backup jobs never have them
  // (design §5).
  const names = secretRefsFor({ instances: [instance] }, unusedSecretFields).map((ref) => String(ref.name));
  for (const name of names) {
    if (!opts.secrets) secrets[name] = `<secret ${name}>`;
    else {
      const found = await lookupSecret(name, opts.secrets);
      if (!found.ok) throw invalid(`secret ${name} ${found.reason}`);
      secrets[name] = found.value;
    }
  }
  if (opts.secrets) opts.onSecrets?.(Object.values(secrets));
  if (opts.render === false) return { file: opts.envFile, instance, secrets, files: [], templates: {} };
  // The template engine loads only here: a rollback, which renders nothing, starts without it.
  const { renderInstanceFiles, templateNames } = await import('../render/instance-files.js');
  const dir = resolve(opts.templatesDir ?? 'templates');
  const presets = await loadPresets(dir, [instance.app.name]);
  const broken = presets.broken.get(instance.app.name);
  if (broken) throw invalid(broken);
  const preset = presets.presets.get(instance.app.name);
  const templates: Record<string, string> = {};
  for (const name of templateNames(instance, preset)) {
    try {
      templates[name] = await readFile(join(dir, name), 'utf8');
    } catch {
      throw invalid(
        `template ${name} is missing from ${dir}`,
        `Add it, or check app.name (${instance.app.name}) and the instance's templates`,
      );
    }
  }
  // The flow is checked before rendering, so its errors are not reported as a rendering failure.
  const smoke = instance.smoke === false ? undefined : (instance.smoke ?? preset?.smoke);
  const problem = smoke ? checkSmokeVariables(smoke) : undefined;
  if (problem)
    throw invalid(
      `the smoke flow of ` +
        `${instance.id}${instance.smoke ? '' : ` (templates/${instance.app.name}/preset.yaml)`}: ${problem}`,
    );
  if (!smoke && instance.health.after_flip?.some((c) => c.type === 'cookies')) {
    throw invalid(
      `${instance.id}: health.after_flip has { type: cookies }, which replays the smoke flow, and the ` +
        `instance has none`,
      'Give the instance a smoke flow that logs in (so the app sets its cookies), or remove the cookies check',
    );
  }
  try {
    return {
      file: opts.envFile,
      instance,
      secrets,
      files: renderInstanceFiles({ instance, secrets, templates, preset }),
      templates,
      ...(preset ? { preset } : {}),
      ...(smoke ? { smoke } : {}),
    };
  } catch (err) {
    throw invalid(`rendering ${instance.id} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The release archive on the runner, checked against the sha256 the environment pins, and what it declares. */
export async function loadRelease(instance: Instance): Promise<ReleaseArtifact> {
  const r = instance.app.release;
  // The host downloads it and checks the pinned sha256 before unpacking (host/release.ts): nothing to read here.
  if (r.source === 'url' && r.url && r.sha256)
    return {
      version: r.version,
      sha256: r.sha256,
      bytes: Buffer.alloc(0),
      url: r.url,
      format: archiveFormat(r.url),
      breaking: false,
    };
  if (r.source !== 'upload' || !r.path || !r.sha256) {
    throw invalid(
      `release source "${r.source}" is not supported by this version of slotflip yet`,
      'Use source: upload with path and sha256, or source: url with url and sha256',
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(r.path));
  } catch {
    throw invalid(
      `release archive ${r.path} does not exist on this machine`,
      'Build it first, or fix app.release.path (relative to the repository)',
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== r.sha256)
    throw invalid(
      `release archive ${r.path} has sha256 ${sha256}, but the environment pins ${r.sha256}`,
      'Rebuild it, or update app.release.sha256 if this archive is the one you meant',
    );
  const format = archiveFormat(r.path);
  // A release says it breaks the running one in its release.json (an app may ship without one).
  const meta =
    format === 'zip' ? { code: 1, stdout: '' } : await execLocal(['tar', '-xzOf', resolve(r.path), './release.json']);
  let breaking = false;
  if (meta.code === 0) {
    try {
      breaking = (JSON.parse(meta.stdout) as { breaking?: unknown }).breaking === true;
    } catch {
      throw invalid(`release.json in ${r.path} is not valid JSON`);
    }
  }
  return { version: r.version, sha256, bytes, format, breaking };
}
