import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WorkflowRun } from '../../src/backup/trust.js';

/**
 * GitHub's REST API cannot run here: a loopback server answering the two reads a restore makes, with GitHub's JSON
 * shapes (GET /repos/{owner}/{repo} and GET /repos/{owner}/{repo}/actions/runs/{id}), 401 without a token, 404 else.
 */
export async function fakeGitHub(
  repo: string,
  token: string,
  runs: WorkflowRun[],
  defaultBranch = 'main',
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${token}`) return send(401, { message: 'Bad credentials' });
    if (req.url === `/repos/${repo}`)
      return send(200, { full_name: repo, default_branch: defaultBranch, private: true });
    const m = new RegExp(`^/repos/${repo}/actions/runs/(\\d+)$`).exec(req.url ?? '');
    const run = m ? runs.find((r) => r.id === Number(m[1])) : undefined;
    return run ? send(200, run) : send(404, { message: 'Not Found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** A workflow run as GitHub reports it, trusted unless overridden. */
export function run(id: number, repo: string, over: Partial<WorkflowRun> = {}): WorkflowRun {
  return {
    id,
    path: '.github/workflows/backup.yml',
    event: 'schedule',
    head_branch: 'main',
    status: 'completed',
    conclusion: 'success',
    repository: { full_name: repo },
    head_repository: { full_name: repo },
    ...over,
  };
}
