import * as core from '@actions/core';
import { githubPort } from './port.js';
import { flag, jobInput, listInput, lockWaitInput, restoreDbInput } from './inputs.js';
import { randomBytes } from 'node:crypto';
import { runDeploy } from '../commands/deploy.js';
import { runValidate } from '../commands/validate.js';
import type { StepEvent } from '../engine/outcome.js';
import { SlotflipError } from '../errors.js';
import { deploySummary } from './deploy-summary.js';
import { annotate } from './annotations.js';
import { validationSummary } from './summary.js';
import { comparisonHead, compareWith, otherSection, parseOtherReport, toReported } from './compare.js';
import { recordDeployment } from './deployment.js';
import { githubApiFrom } from './rest.js';
import { status, doctor } from './action-hosts.js';
import { common } from './action-hosts.js';

const COMMANDS = ['validate', 'plan', 'deploy', 'rollback', 'backup', 'restore', 'status', 'doctor'] as const;

async function validate(): Promise<void> {
  const base = core.getInput('base-path');
  const result = await runValidate({
    paths: listInput('paths'),
    baseDir: base || undefined,
    requireSecrets: core.getBooleanInput('require-secrets'),
    job: jobInput(),
    secretsDir: core.getInput('secrets-dir') || undefined,
    env: process.env,
  });
  const { omitted } = annotate(result.findings);
  const reported = result.findings.map(toReported);
  // The other run's findings (the PR check's trusted job reads the pull request's run): the comparison goes first.
  const compareInput = core.getInput('compare-findings');
  const other = compareInput ? parseOtherReport(compareInput) : undefined;
  const label = core.getInput('compare-label') || "this PR's slotflip";
  const cmp = other && compareWith(reported, other);
  if (other) {
    core.summary.addRaw(comparisonHead(other, cmp, label));
    const onlyTrusted = cmp?.onlyTrusted ?? [];
    if (onlyTrusted.length)
      core.warning(
        `${label} does not report ${onlyTrusted.length} finding(s) that the base branch's slotflip reports; ` +
          `see the job summary`,
        { title: 'slotflip: the pull request changes what slotflip flags' },
      );
  }
  core.summary.addRaw(validationSummary(result.files, result.findings, omitted));
  if (other) core.summary.addRaw(otherSection(other, cmp, label));
  // The reviewer sees what the PR changes on the hosts, not only in YAML (lazily loaded: LiquidJS and the differ).
  if (base && result.valid) {
    const { renderedDiff, renderedDiffMarkdown } = await import('../session/render-diff.js');
    core.summary.addRaw(
      renderedDiffMarkdown(
        await renderedDiff({ files: result.files, environments: result.environments, baseDir: base }),
      ),
    );
  }
  await core.summary.write();
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  core.setOutput('findings', JSON.stringify(reported));
  core.setOutput('valid', String(result.valid));
  core.setOutput('errors', String(errors));
  core.setOutput('warnings', String(result.findings.filter((f) => f.severity === 'warning').length));
  if (!result.valid)
    core.setFailed(
      `${errors} error${errors === 1 ? '' : 's'} in environment files; each is annotated at its line and ` +
        `listed in the job summary`,
    );
}

/** The action: inputs to a command, outputs and summary back. Only this folder imports @actions/*. */
export async function runAction(): Promise<void> {
  const command = core.getInput('command') || 'validate';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    core.setFailed(`input "command" must be one of ${COMMANDS.join(', ')}; got "${command}"`);
    return;
  }
  try {
    if (command === 'validate') await validate();
    else if (command === 'plan' || command === 'deploy') await deploy(command);
    else if (command === 'rollback' || command === 'backup' || command === 'restore') await deploy(command);
    else if (command === 'status') await status();
    else if (command === 'doctor') await doctor();
    else core.setFailed(`command "${command}" is not available in this version of slotflip yet`);
  } catch (err) {
    if (!(err instanceof SlotflipError)) throw err;
    core.setFailed(`slotflip ${command}: ${err.describe()}`);
    process.exitCode = err.exitCode;
  }
}

/** A group per step; what the host printed is fenced with stop-commands, so it can never issue workflow commands. */
function groupedSteps(e: StepEvent, mask: (t: string) => string): void {
  if (e.kind === 'start') core.startGroup(`[${e.index + 1}/${e.total}] ${e.step.title}`);
  else if (e.kind === 'done') {
    const token = randomBytes(16).toString('hex');
    const remote = mask(`${e.result.stdout}${e.result.stderr}`.trim());
    if (remote) core.info(`::stop-commands::${token}\n${remote}\n::${token}::`);
    core.info(`${e.result.code === 0 ? 'ok' : `failed (exit ${e.result.code})`} in ${(e.ms / 1000).toFixed(1)} s`);
    core.endGroup();
  } else if (e.kind === 'note') core.notice(mask(e.text));
  else if (e.kind === 'undo') core.warning(`undo ${e.step.id}: ${e.result.code === 0 ? 'ok' : 'FAILED'}`);
  else core.info(`waiting for the lock: ${mask(e.holder)}`);
}

async function deploy(command: 'plan' | 'deploy' | 'rollback' | 'backup' | 'restore'): Promise<void> {
  const abort = new AbortController();
  const cancel = () => abort.abort();
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  const run = {
    ...common(),
    lockWaitMs: lockWaitInput(),
    dryRun: command === 'plan',
    log: core.info,
    signal: abort.signal,
    onEvent: groupedSteps,
  };
  const r = await runCommand(command, run);
  if (command === 'plan' && r.planText) core.info(r.planText);
  await core.summary.addRaw(deploySummary(command, r)).write();
  if (r.release) core.setOutput('release', r.release);
  if (r.slot) core.setOutput('slot', r.slot);
  if (r.url) core.setOutput('url', r.url);
  if (r.receipt) core.setOutput('receipt', JSON.stringify(r.receipt));
  core.setOutput('exit-code', String(r.exitCode));
  if ((command === 'deploy' || command === 'rollback') && core.getInput('deployment-environment'))
    await recordOnGitHub(command, r);
  if (r.exitCode !== 0 && r.exitCode !== 20) {
    core.setFailed(`slotflip ${command}: ${r.summary}`);
    process.exitCode = r.exitCode;
  } else core.notice(`slotflip ${command}: ${r.summary}`);
}

/** The deployment and its status with the receipt (github/deployment.ts); a failure to record it is a warning only. */
async function recordOnGitHub(command: string, r: Awaited<ReturnType<typeof runCommand>>): Promise<void> {
  const api = githubApiFrom(process.env);
  if ('missing' in api)
    return core.warning(`deployment-environment is set, but ${api.missing}: no deployment recorded`);
  const env = process.env;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const logUrl = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
  try {
    const id = await recordDeployment(
      api,
      { environment: core.getInput('deployment-environment'), sha: env.GITHUB_SHA ?? '', logUrl },
      command,
      r,
    );
    core.info(`recorded deployment ${id} in ${core.getInput('deployment-environment')}`);
  } catch (e) {
    core.warning(
      `recording the deployment failed (the job needs permissions: deployments: write): ${(e as Error).message}`,
    );
  }
}

type RunInput = Parameters<typeof runDeploy>[0];

/** The command's own code, loaded when it runs (as in the CLI). */
async function runCommand(
  command: 'plan' | 'deploy' | 'rollback' | 'backup' | 'restore',
  run: Omit<RunInput, 'allowBreaking'>,
) {
  if (command === 'backup')
    return (await import('../commands/backup.js')).runBackup({
      ...run,
      verifyRestore: flag('verify-restore'),
      github: githubPort(process.env),
    });
  // The artifacts of other runs are read with the job's token (permissions: actions: read).
  if (command === 'restore')
    return (await import('../commands/restore.js')).runRestore({
      ...run,
      from: core.getInput('from') || 'latest',
      drill: flag('drill'),
      github: githubPort(process.env),
    });
  if (command === 'rollback') {
    const to = core.getInput('to');
    return (await import('../commands/rollback.js')).runRollback({
      ...run,
      to: ['', 'previous'].includes(to) ? undefined : to,
      restoreDb: restoreDbInput(),
    });
  }
  return runDeploy({ ...run, allowBreaking: flag('allow-breaking') });
}
