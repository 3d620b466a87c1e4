import type { VerbResult } from '../session/verb.js';
import { describeReceipt } from '../host/receipt.js';
import { request, type GitHubApi } from './rest.js';

// The deployment record that carries the receipt. A job's `environment:` makes GitHub record a deployment, but its
// statuses are GitHub's own (no description, nothing a step can add), so the receipt could not ride on it. With the
// action's `deployment-environment` input set, the action records the deployment itself (REST: a deployment for the
// commit, then one status with the receipt as its description and the run's log as its log_url).

export interface DeploymentRecord {
  environment: string;
  sha: string;
  /** The run's page (GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID). */
  logUrl: string;
}

/** GitHub caps a status description at 140 characters. */
const MAX_DESCRIPTION = 140;

export function statusOf(command: string, r: VerbResult): { state: 'success' | 'failure'; description: string } {
  const ok = r.exitCode === 0 || r.exitCode === 20;
  const what = r.receipt ? `receipt: ${describeReceipt(r.receipt)}` : r.summary;
  const text = `${command} ${r.release ?? ''}: ${what}`.replace(/\s+/g, ' ');
  return {
    state: ok ? 'success' : 'failure',
    description: text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text,
  };
}

/** Records the deployment and its one status; returns the deployment's id. */
export async function recordDeployment(
  api: GitHubApi,
  d: DeploymentRecord,
  command: string,
  r: VerbResult,
): Promise<number> {
  const { state, description } = statusOf(command, r);
  const created = await request<{ id: number }>(api, 'POST', '/deployments', {
    ref: d.sha,
    environment: d.environment,
    task: `slotflip:${command}`,
    auto_merge: false,
    required_contexts: [],
    description: `slotflip ${command} ${r.release ?? ''}`.trim(),
    payload: { release: r.release ?? null, slot: r.slot ?? null, receipt: r.receipt ?? null },
  });
  await request(api, 'POST', `/deployments/${created.id}/statuses`, {
    state,
    description,
    log_url: d.logUrl,
    ...(r.url ? { environment_url: r.url } : {}),
    auto_inactive: true,
  });
  return created.id;
}
