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
