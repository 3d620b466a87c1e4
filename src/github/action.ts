import * as core from '@actions/core';
import { runValidate } from '../commands/validate.js';
import { annotate } from './annotations.js';
import { validationSummary } from './summary.js';

const COMMANDS = ['validate', 'plan', 'deploy', 'rollback', 'backup', 'restore', 'status'] as const;

function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\s,]+/)
    .filter(Boolean);
}

async function validate(): Promise<void> {
  const base = core.getInput('base-path');
  const result = await runValidate({
    paths: listInput('paths'),
    baseDir: base || undefined,
    requireSecrets: core.getBooleanInput('require-secrets'),
    secretsDir: core.getInput('secrets-dir') || undefined,
    env: process.env,
  });
  const { omitted } = annotate(result.findings);
  await core.summary.addRaw(validationSummary(result.files, result.findings, omitted)).write();
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  core.setOutput('valid', String(result.valid));
  core.setOutput('errors', String(errors));
  core.setOutput('warnings', String(result.findings.filter((f) => f.severity === 'warning').length));
  if (!result.valid) core.setFailed(`${errors} error${errors === 1 ? '' : 's'} in environment files; each is annotated at its line and listed in the job summary`);
}

/** The action: inputs to a command, outputs and summary back. Only this folder and main.ts import @actions/*. */
export async function runAction(): Promise<void> {
  const command = core.getInput('command') || 'validate';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    core.setFailed(`input "command" must be one of ${COMMANDS.join(', ')}; got "${command}"`);
    return;
  }
  if (command !== 'validate') {
    core.setFailed(`command "${command}" is not available in this version of slotflip yet`);
    return;
  }
  await validate();
}
