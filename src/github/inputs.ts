import * as core from '@actions/core';
import { parseLockWait } from '../config/duration.js';
import { SlotflipError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { JOBS, isJob, type Job } from '../validate/job-secrets.js';

// The action's inputs as values, each checked where it is read: a bad one stops the step with its name.

export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\s,]+/)
    .filter(Boolean);
}

export function lockWaitInput(): number {
  const wait = parseLockWait(core.getInput('lock-wait') || '0');
  if (!wait.ok)
    throw new SlotflipError('lock', `input ${wait.message}`, 'Fix the lock-wait input of this step', ExitCode.usage);
  return wait.ms;
}

export function jobInput(): Job {
  const job = core.getInput('job') || 'deploy';
  if (!isJob(job))
    throw new SlotflipError(
      'validate',
      `input "job" must be one of ${JOBS.join(', ')}; got "${job}"`,
      'Name the kind of job whose secrets validate should require',
      ExitCode.usage,
    );
  return job;
}

export function restoreDbInput(): 'never' | 'if-safe' | 'force' {
  const v = core.getInput('restore-db') || 'never';
  if (v === 'never' || v === 'if-safe' || v === 'force') return v;
  throw new SlotflipError(
    'validate',
    `input "restore-db" must be never, if-safe or force; got "${v}"`,
    'Fix the workflow input',
    ExitCode.usage,
  );
}

/** A boolean input; unset is false (a runner fills in action.yml's defaults, a direct call may not). */
export const flag = (name: string) => core.getInput(name) !== '' && core.getBooleanInput(name);
