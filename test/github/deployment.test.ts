import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDeployment, statusOf } from '../../src/github/deployment.js';
import { ExitCode } from '../../src/exit-codes.js';

// GitHub's REST API cannot exist here: a loopback server answers as its deployments endpoints do (201 with the new
// record's id), and keeps what it was sent.
const calls: { method: string; url: string; body: any; auth: string }[] = [];
const server = createServer((req: IncomingMessage, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    calls.push({
      method: req.method!,
      url: req.url!,
      body: JSON.parse(body || 'null'),
      auth: req.headers.authorization ?? '',
    });
    if (req.url === '/repos/o/r/deployments' && req.method === 'POST')
      return void res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":42}');
    if (req.url === '/repos/o/r/deployments/42/statuses' && req.method === 'POST')
      return void res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":7}');
    res.writeHead(404).end('{}');
  });
});
let api: { url: string; repo: string; token: string };
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, repo: 'o/r', token: 'test-token' };
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const receipt = {
  requests: 7412,
  failed: 0,
  non2xx: 3,
  p50Ms: 4,
  p95Ms: 12,
  p99Ms: 31,
  from: 1,
  to: 31,
  flipAt: 2,
  probes: 120,
  probeFailed: 0,
  firstNewMs: 6,
};

describe('the deployment record', () => {
  it('records a deployment for the commit', async () => {
    // …then one status whose description is the receipt and whose log is the run.
    const id = await recordDeployment(
      api,
      { environment: 'production', sha: 'abc123', logUrl: 'https://github.com/o/r/actions/runs/9' },
      'deploy',
      {
        exitCode: ExitCode.ok,
        summary: 'deployed',
        release: '2.5.0-3349b373',
        slot: 'green',
        url: 'https://tasks.example.org',
        receipt,
      },
    );
    expect(id).toBe(42);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /repos/o/r/deployments',
      'POST /repos/o/r/deployments/42/statuses',
    ]);
    expect(calls[0]!.body).toMatchObject({
      ref: 'abc123',
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
      payload: { receipt: { requests: 7412 } },
    });
    expect(calls[1]!.body).toMatchObject({
      state: 'success',
      log_url: 'https://github.com/o/r/actions/runs/9',
      environment_url: 'https://tasks.example.org',
    });
    expect(calls[1]!.body.description).toMatch(
      /^deploy 2\.5\.0-3349b373: receipt: 7412 requests through nginx across the flip, 0 failed/,
    );
    expect(calls[1]!.body.description.length).toBeLessThanOrEqual(140);
    expect(calls[0]!.auth).toBe('Bearer test-token');
  });

  it('a failed deploy is a failure status that says why; a refused call is an error naming the path', async () => {
    expect(
      statusOf('deploy', {
        exitCode: ExitCode.rolledBackAfterFailure,
        summary: 'observe failed: receipt: 3 requests failed across the flip; flipped back to the blue slot',
        release: 'x',
      }),
    ).toMatchObject({ state: 'failure', description: expect.stringContaining('3 requests failed') });
    await expect(
      recordDeployment({ ...api, repo: 'o/other' }, { environment: 'p', sha: 's', logUrl: 'l' }, 'deploy', {
        exitCode: 0,
        summary: 'ok',
      }),
    ).rejects.toThrow('GitHub API /deployments: 404');
  });
});
