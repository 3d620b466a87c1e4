import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthCheck } from '../../src/config/environment.generated.js';
import { checkLines } from '../../src/host/health-checks.js';
import { labInstance } from '../plan/fixtures.js';

// The slot's http checks as the host runs them: real bash, real curl, a real HTTP server on loopback standing in
// for the slot. Adjacent checks that reach the slot the same way share one curl; each still judges its own answer.

let server: Server;
const asked: string[] = [];
let info = '{"version": "1.0.0"}';
let healthStatus = 200;

beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push(req.url!);
    if (req.url === '/health') return res.writeHead(healthStatus).end('OK\n@sf 200\nnot a marker');
    if (req.url === '/api/v1/info') return res.writeHead(200).end(info);
    if (req.url === '/hang') return; // accepted, never answered
    if (req.url === '/close') return req.socket.destroy();
    res.writeHead(404).end('no');
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function checksFor(port: number, checks: HealthCheck[]) {
  const inst = labInstance();
  inst.app.components.api!.listen = { type: 'tcp', blue: port, green: port + 1 };
  return checkLines(inst, checks, 'blue', '1.0.0');
}

const http = (path: string, more: Partial<HealthCheck> = {}) =>
  ({ type: 'http', component: 'api', path, ...more }) as HealthCheck;
const both = [http('/health', { expect_body: 'OK' }), http('/api/v1/info', { expect_version: true })];

async function run(lines: string[]): Promise<string> {
  const p = spawn('bash', ['-c', `set -euo pipefail\nwhy=''\n${lines.join('\n')}\nprintf '%s' "$why"`]);
  let out = '';
  p.stdout.on('data', (c: Buffer) => (out += c.toString()));
  p.stderr.on('data', (c: Buffer) => (out += c.toString()));
  await once(p, 'close');
  return out;
}

describe('http checks sharing one curl', () => {
  const port = () => (server.address() as AddressInfo).port;

  it('two checks of one slot: one curl, both answers judged (a body that looks like the marker included)', async () => {
    const lines = checksFor(port(), both);
    expect(lines.join('\n').match(/\$\(curl /g)).toHaveLength(1);
    asked.length = 0;
    expect(await run(lines)).toBe('');
    expect(asked).toEqual(['/health', '/api/v1/info']);
  });

  it('each check fails on its own answer, in order', async () => {
    info = '{"version": "2.0.0"}';
    expect(await run(checksFor(port(), both))).toBe('/api/v1/info does not report version 1.0.0');
    healthStatus = 503;
    expect(await run(checksFor(port(), both))).toBe('/health answered 503');
    healthStatus = 200;
    info = '{"version": "1.0.0"}';
  });

  it('a slot that does not listen: the first check says so, and where it asked', async () => {
    expect(await run(checksFor(port() + 1000, both))).toBe(
      `/health: nothing accepts connections on 127.0.0.1:${port() + 1000}`,
    );
  });

  it('a slot that accepts but never answers, or hangs up: said apart from one that is not there', async () => {
    const one = (path: string) => checksFor(port(), [http(path, { timeout: '1s' }), http('/api/v1/info')]);
    expect(await run(one('/hang'))).toBe(
      `/hang: no answer within 1 s from 127.0.0.1:${port()} (it accepted the connection)`,
    );
    expect(await run(one('/close'))).toBe(`/close: 127.0.0.1:${port()} closed the connection without an answer`);
    // Sharing one curl: the second check's answer is still its own when the first got none.
    const shared = checksFor(port(), [http('/close'), http('/api/v1/info', { expect_version: true })]);
    expect(shared.join('\n').match(/\$\(curl /g)).toHaveLength(1);
    expect(await run(shared)).toBe(`/close: 127.0.0.1:${port()} closed the connection without an answer`);
  });

  it('a version check alone on a slot that does not answer says why (under set -u, as the gate runs)', async () => {
    const lines = checksFor(port() + 1000, [http('/api/v1/info', { expect_version: true })]);
    expect(await run(lines)).toBe(`/api/v1/info: nothing accepts connections on 127.0.0.1:${port() + 1000}`);
  });

  it("a slot on a unix socket that is not there: the socket's path in the reason", async () => {
    const inst = labInstance();
    const lines = checkLines(inst, [http('/health')], 'green', '1.0.0');
    expect(await run(lines)).toBe(`/health: there is no socket at /run/slotflip/${inst.id}/api/green/app.sock`);
  });

  it('checks with another timeout, or not over http, keep their own lines', () => {
    const lines = checksFor(port(), [
      http('/health'),
      http('/api/v1/info', { timeout: '9s' }),
      { type: 'tcp', component: 'api' } as HealthCheck,
      http('/health'),
    ]);
    expect(lines).toHaveLength(4);
    expect(lines.join('\n').match(/\$\(curl /g)).toHaveLength(3);
  });
});
