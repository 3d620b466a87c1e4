import type { GitHubPort } from '../backup/github-port.js';
import { getDefaultBranch, getWorkflowRun, githubApiFrom } from './rest.js';

/**
 * GitHub as backups and restores reach it: the REST reads that judge a run, and @actions/artifact's client inside a
 * workflow run (ACTIONS_RUNTIME_TOKEN set), loaded only when used.
 */
export function githubPort(env: NodeJS.ProcessEnv): GitHubPort {
  return {
    runs: (e) => {
      const api = githubApiFrom(e);
      if ('missing' in api) return api;
      return {
        repo: api.repo,
        token: api.token,
        run: (id) => getWorkflowRun(api, id),
        defaultBranch: () => getDefaultBranch(api),
      };
    },
    ...(env.ACTIONS_RUNTIME_TOKEN
      ? { artifacts: async () => new (await import('@actions/artifact')).DefaultArtifactClient() }
      : {}),
  };
}
