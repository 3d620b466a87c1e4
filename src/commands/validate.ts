import { validateEnvironments, type ValidateOutcome } from '../validate/validate.js';
import { stat } from 'node:fs/promises';
import { SlotflipError } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import type { SecretSource } from '../secrets/lookup.js';
import { unreadSecretFields, type Job } from '../validate/job-secrets.js';

export interface ValidateOptions {
  paths: string[];
  baseDir?: string;
  requireSecrets: boolean;
  /** The job the secrets are checked for (default deploy): only restore jobs are asked for the restore-only secrets. */
  job?: Job;
  secretsDir?: string;
  env: Record<string, string | undefined>;
}

export interface ValidateCommandResult extends ValidateOutcome {
  exitCode: ExitCodeValue;
}

export const DEFAULT_PATHS = ['environments'];

export async function runValidate(opts: ValidateOptions): Promise<ValidateCommandResult> {
  // A base that is not there would make every file "new": the risky-change check would flag everything and mean
  // nothing.
  if (opts.baseDir !== undefined && !(await stat(opts.baseDir).catch(() => undefined))?.isDirectory()) {
    throw new SlotflipError(
      'validate',
      `the base checkout ${opts.baseDir} is not a folder`,
      'Give --base (base-path) the folder where the base branch is checked out',
      ExitCode.usage,
    );
  }
  const secrets: SecretSource | undefined = opts.requireSecrets ? { env: opts.env, dir: opts.secretsDir } : undefined;
  const outcome = await validateEnvironments({
    paths: opts.paths.length ? opts.paths : DEFAULT_PATHS,
    baseDir: opts.baseDir,
    secrets,
    unusedSecretFields: unreadSecretFields(opts.job ?? 'deploy'),
  });
  return { ...outcome, exitCode: outcome.valid ? ExitCode.ok : ExitCode.invalidConfig };
}
