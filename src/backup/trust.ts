// Which workflow runs a restore may take a backup from (design §5): a backup is as trustworthy as the job that made
// it. Anyone who can open a pull request can make a workflow upload an artifact; only runs of this repository's own
// backup or deploy workflow, started by a trusted event on the default branch, ever wrote a real backup.

/** The fields of GitHub's workflow-run object (REST: GET /repos/{owner}/{repo}/actions/runs/{run_id}) judged here. */
export interface WorkflowRun {
  id: number;
  path: string;
  event: string;
  head_branch: string | null;
  status: string | null;
  conclusion: string | null;
  repository: { full_name: string };
  head_repository: { full_name: string } | null;
}

export const TRUSTED_WORKFLOWS = ['.github/workflows/backup.yml', '.github/workflows/deploy.yml'] as const;
const TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch'];

export type Verdict = { trusted: true } | { trusted: false; reason: string };

/** Pure: whether a run of `repo` could have made a real backup. */
export function judgeRun(
  run: WorkflowRun,
  repo: string,
  defaultBranch: string,
  workflows: readonly string[] = TRUSTED_WORKFLOWS,
): Verdict {
  const refuse = (reason: string): Verdict => ({ trusted: false, reason: `run ${run.id} ${reason}` });
  if (run.repository.full_name !== repo) return refuse(`belongs to ${run.repository.full_name}, not ${repo}`);
  if (run.head_repository?.full_name !== repo)
    return refuse(`ran code from ${run.head_repository?.full_name ?? 'an unknown repository'} (a fork)`);
  // The API reports a called workflow's path with its ref (`.github/workflows/x.yml@main`): the file is what counts.
  const path = run.path.replace(/@.*$/, '');
  if (!workflows.includes(path)) return refuse(`is ${path}, not one of ${workflows.join(', ')}`);
  if (!TRUSTED_EVENTS.includes(run.event))
    return refuse(`was started by ${run.event}; only ${TRUSTED_EVENTS.join(', ')} runs make backups`);
  if (run.head_branch !== defaultBranch)
    return refuse(`ran on ${run.head_branch ?? 'no branch'}, not the default branch ${defaultBranch}`);
  return { trusted: true };
}
