import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthCheck } from '../../src/config/environment.generated.js';
import { healthGateScript } from '../../src/host/health.js';
import { pauseProcess } from '../helpers.js';
import { labInstance } from '../plan/fixtures.js';

// The health gate as the host runs it, in a real bash with real curl: a real HTTP server on loopback stands in for
// the slot, and the slot's "main process" is a real one, running or paused by SIGSTOP. systemctl and journalctl are
// shell functions answering as systemd does for an active unit.

let server: Server;
let sleeper: ChildProcess;
beforeAll(async () => {
  // Takes the connection and never answers: an app whose process does nothing.
  server = createServer(() => undefined).listen(0, '127.0.0.1');
  await once(server, 'listening');
  sleeper = spawn('sleep', ['300'], { stdio: 'ignore' });
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  sleeper.kill('SIGCONT');
  sleeper.kill();
});

function gate(): { code: number | null; err: string } {
  const inst = labInstance();
  const port = (server.address() as AddressInfo).port;
  inst.app.components = { api: { ...inst.app.components.api!, listen: { type: 'tcp', blue: port, green: port + 1 } } };
  inst.health = {
    ...inst.health,
    interval: '100ms',
    timeout: '1s',
    checks: [{ type: 'http', component: 'api', path: '/health', timeout: '1s' } as HealthCheck],
  };
  const fakes = `systemctl() {
  case "$*" in
    'show -p NRestarts -p ActiveState '*) printf 'NRestarts=0\\nActiveState=active\\n' ;;
    'show -p MainPID --value '*) echo ${sleeper.pid} ;;
  esac
}
journalctl() { echo "journal of $2"; }
`;
  const r = spawnSync('bash', ['-c', `${fakes}set -euo pipefail\n${healthGateScript(inst, 'blue', '1.0.0')}`], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: r.status, err: r.stderr };
}

describe('the health gate, when a slot takes connections and answers none', () => {
  it('says so, with how long it waited and where', () => {
    const { code, err } = gate();
    const port = (server.address() as AddressInfo).port;
    expect(code).toBe(10);
    expect(err).toContain(`gate: failed: /health: no answer within 1 s from 127.0.0.1:${port}`);
    expect(err).toContain('journal of slotflip-demo-lab-1-api@blue');
    expect(err).not.toContain('is paused');
  });

  it('says when the main process is paused', () => {
    pauseProcess(sleeper.pid!);
    const { code, err } = gate();
    expect(code).toBe(10);
    expect(err).toContain(
      `gate: slotflip-demo-lab-1-api@blue: its main process (${sleeper.pid}) is paused (stopped by a signal)`,
    );
  });
});

describe('the health gate, when a slot starts answering soon after it starts', () => {
  // Refuses the first requests, as a slot does while its app starts; then answers, each answer's time kept.
  let starting: Server;
  const answered: number[] = [];
  let refusals = 0;
  beforeAll(async () => {
    starting = createServer((_req, res) => {
      if (refusals-- > 0) return res.writeHead(503).end('starting');
      answered.push(Date.now());
      res.writeHead(200).end('OK');
    }).listen(0, '127.0.0.1');
    await once(starting, 'listening');
  });
  afterAll(() => starting.close());

  async function gateOn(interval: string) {
    const inst = labInstance();
    const port = (starting.address() as AddressInfo).port;
    inst.app.components = { api: { ...inst.app.components.api!, listen: { type: 'tcp', blue: port, green: port } } };
    inst.health = {
      ...inst.health,
      interval,
      timeout: '30s',
      consecutive: 2,
      checks: [{ type: 'http', component: 'api', path: '/health' } as HealthCheck],
    };
    const fakes = `systemctl() { printf 'NRestarts=0\\nActiveState=active\\n'; }\n`;
    const started = Date.now();
    const p = spawn('bash', ['-c', `${fakes}set -euo pipefail\n${healthGateScript(inst, 'blue', '1.0.0')}`]);
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const [code] = (await once(p, 'close')) as [number];
    return { code, out, started };
  }

  it('asks sooner than the interval until the first pass; the passes that count stay an interval apart', async () => {
    refusals = 2;
    answered.length = 0;
    const { code, out, started } = await gateOn('2s');
    expect(code, out).toBe(0);
    expect(out).toContain('gate: every check passed 2 times in a row');
    // Two refusals, then the first pass after 0.1 + 0.2 s of waiting, not after two whole intervals (4 s)...
    expect(answered[0]! - started).toBeLessThan(1500);
    // ... and the passes that count an interval apart.
    expect(answered[1]! - answered[0]!).toBeGreaterThanOrEqual(1900);
  });
});
