import type { WorkflowRun } from '../backup/trust.js';

// The two GitHub REST reads a restore from an artifact needs, over fetch: the run that stored the backup and the
// repository's default branch. GITHUB_API_URL is set by Actions (GitHub Enterprise included); tests point it at a
// loopback server that answers with the same JSON.

export interface GitHubApi {
  url: string;
  repo: string;
  token: string;
}

/** From the workflow's environment: GITHUB_API_URL, GITHUB_REPOSITORY and a token with actions:read. */
export function githubApiFrom(env: NodeJS.ProcessEnv): GitHubApi | { missing: string } {
  const token = env.SLOTFLIP_GITHUB_TOKEN ?? env.GITHUB_TOKEN;
  if (!env.GITHUB_REPOSITORY) return { missing: 'GITHUB_REPOSITORY (owner/name of this repository)' };
  if (!token) return { missing: 'a token with actions:read in GITHUB_TOKEN (the workflow passes github.token)' };
  return {
    url: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    repo: env.GITHUB_REPOSITORY,
    token,
  };
}

async function get<T>(api: GitHubApi, path: string): Promise<T> {
  return request<T>(api, 'GET', path);
}

/** One call to the repository's REST API; a non-2xx answer is an error naming the path and the status. */
export async function request<T>(api: GitHubApi, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${api.url}/repos/${api.repo}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${api.token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': 'slotflip',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`GitHub API ${path || '/'}: ${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}

export const getWorkflowRun = (api: GitHubApi, runId: number) => get<WorkflowRun>(api, `/actions/runs/${runId}`);
export const getDefaultBranch = async (api: GitHubApi) =>
  (await get<{ default_branch: string }>(api, '')).default_branch;
