import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Smoke } from '../../src/config/environment.generated.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterFlipChecks } from '../../src/host/after-flip.js';
import { compileOp } from '../../src/plan/compile.js';
import { labInstance } from '../plan/fixtures.js';

// The checks after a flip as the host runs them: real bash and curl against real HTTP servers on loopback standing in
// for nginx and the slot. Vikunja answers the websocket handshake and then says nothing until the client sends its
// token.

let server: Server;
const held: Socket[] = [];
let answer = 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n';

beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (_req, socket: Socket) => {
    held.push(socket);
    socket.on('error', () => undefined);
    socket.write(answer); // and the socket stays open
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
});
afterAll(() => {
  for (const s of held) s.destroy();
  server.close();
});

async function check(): Promise<{ out: string; code: number; ms: number }> {
  const inst = labInstance();
  inst.nginx!.http_port = (server.address() as AddressInfo).port;
  inst.health.after_flip = [{ type: 'websocket', path: '/api/v1/ws' }];
  const op = afterFlipChecks(inst, { live: 'blue', runTag: 't1' })!;
  const started = Date.now();
  const p = spawn('bash', ['-c', `set -euo pipefail\n${compileOp(op)}`]);
  let out = '';
  p.stdout.on('data', (c: Buffer) => (out += c.toString()));
  p.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const [code] = (await once(p, 'close')) as [number];
  return { out, code, ms: Date.now() - started };
}

describe('the websocket check after a flip', () => {
  it('passes on the 101 as it arrives, and leaves no curl holding the socket', async () => {
    const r = await check();
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('through nginx after the flip: websocket /api/v1/ws ok');
    // It read the status line and stopped its curl; it did not wait for curl's 3 s limit (the check used to).
    expect(r.ms).toBeLessThan(2500);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(held.at(-1)!.readableEnded || held.at(-1)!.destroyed).toBe(true);
  });

  it('names what answered instead of 101', async () => {
    answer = 'HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n';
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'after the flip: websocket /api/v1/ws: the handshake through nginx answered HTTP/1.1 404 Not Found, not 101',
    );
  });
});

// The cookies check: the smoke flow on the slot's own socket and through nginx, here one server playing both (its
// answers slow enough that two passes at once meet), which tells the passes apart by their loopback address.
let cookieServer: Server;
let inFlight = 0;
let mostAtOnce = 0;
let failNginxPass = false;
let failSlotPass = false;
const passOf = (from = '') => (from.endsWith('.3') ? 'nginx' : 'slot');

beforeAll(async () => {
  cookieServer = createServer((req, res) => {
    inFlight++;
    mostAtOnce = Math.max(mostAtOnce, inFlight);
    setTimeout(() => {
      inFlight--;
      const pass = passOf(req.socket.remoteAddress);
      if ((failNginxPass && pass === 'nginx') || (failSlotPass && pass === 'slot'))
        return res.writeHead(500).end('{"message":"no"}');
      res.writeHead(200, { 'set-cookie': 'session=abc; Path=/; HttpOnly', 'content-type': 'application/json' });
      res.end('{}');
    }, 300);
  });
  cookieServer.listen(0, '127.0.0.1');
  await once(cookieServer, 'listening');
});
afterAll(() => cookieServer.close());

const FLOW: Smoke = { steps: [{ name: 'log in', method: 'POST', path: '/api/v1/login', body: { user: 'u' } }] };

async function cookies(): Promise<{ out: string; code: number }> {
  const port = (cookieServer.address() as AddressInfo).port;
  const inst = labInstance();
  inst.app.components.api!.listen = { type: 'tcp', blue: port, green: port };
  inst.nginx!.http_port = port;
  inst.health.after_flip = [{ type: 'cookies' }];
  const op = afterFlipChecks(inst, { live: 'blue', runTag: 't1', smoke: FLOW })!;
  const p = spawn('bash', ['-c', `set -euo pipefail\n${compileOp(op)}`]);
  let out = '';
  p.stdout.on('data', (c: Buffer) => (out += c.toString()));
  p.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const [code] = (await once(p, 'close')) as [number];
  return { out, code };
}

describe('the cookies check after a flip', () => {
  it('runs the flow on the slot and through nginx side by side, and compares what each got', async () => {
    mostAtOnce = 0;
    failNginxPass = false;
    const r = await cookies();
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('through nginx after the flip: cookies ok');
    expect(mostAtOnce).toBe(2);
  });

  it('names the pass that failed', async () => {
    failNginxPass = true;
    const r = await cookies();
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/after the flip: cookies: the smoke flow on nginx failed: .*log in/);
    // Both failed: the slot's pass is named (it says more about the release than nginx's).
    failSlotPass = true;
    const both = await cookies();
    expect(both.code).toBe(1);
    expect(both.out).toMatch(/after the flip: cookies: the smoke flow on the blue slot failed: .*log in/);
    failSlotPass = failNginxPass = false;
  });
});
