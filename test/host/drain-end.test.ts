import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Instance } from '../../src/config/environment.generated.js';
import { closeConnections, endDrain } from '../../src/host/drain-end.js';
import { tempDir } from '../helpers.js';

// The drain's end closes what the old slot still holds from outside its process. Here for real: an app process with a
// unix socket and a TCP port, clients that stay connected (as websockets do), and the closer as the host runs it.

const sock = join(tempDir('drain-end-'), 'app.sock');
let app: ChildProcess;
let port = 0;

beforeAll(async () => {
  // The "slot": accepts on both, answers nothing, never closes a connection by itself.
  const code = `const net = require('node:net'); const keep = [];
const a = net.createServer((s) => keep.push(s)).listen(process.argv[1]);
const b = net.createServer((s) => keep.push(s)).listen(0, '127.0.0.1', () => console.log(b.address().port));`;
  app = spawn(process.execPath, ['-e', code, sock], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(app.stdout!, 'data')) as [Buffer];
  port = Number(line.toString().trim());
});
afterAll(() => {
  app.kill();
});

function bash(script: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const p = spawn('bash', ['-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (out += c.toString()));
    p.on('close', (code) => resolve({ code: code ?? -1, out: out.trim() }));
  });
}

/** A client that stays connected and records when the other end closed it. */
async function client(
  to: { path: string } | { port: number; host: string },
): Promise<{ socket: Socket; closed: () => boolean }> {
  const socket = connect(to);
  await once(socket, 'connect');
  let closed = false;
  socket.on('end', () => {
    closed = true;
    socket.end();
  });
  socket.on('error', () => {
    closed = true;
  });
  return { socket, closed: () => closed };
}

const settle = () => new Promise((r) => setTimeout(r, 200));

describe('closing the connections a slot still holds', () => {
  it('closes the connections accepted on the slot socket, and only those', async () => {
    // The socket still accepts new ones.
    const [u1, u2, t1] = [
      await client({ path: sock }),
      await client({ path: sock }),
      await client({ port, host: '127.0.0.1' }),
    ];
    await settle();
    const r = await bash(closeConnections(String(app.pid), sock));
    expect(r).toEqual({ code: 0, out: '2' });
    await settle();
    expect([u1.closed(), u2.closed(), t1.closed()]).toEqual([true, true, false]);
    const again = await client({ path: sock }); // the listening socket is not a connection: untouched
    await settle();
    expect(again.closed()).toBe(false);
    again.socket.destroy();
    t1.socket.destroy();
  });

  it('closes the connections accepted on a TCP port', async () => {
    const t = await client({ port, host: '127.0.0.1' });
    await settle();
    const r = await bash(closeConnections(String(app.pid), String(port)));
    expect(r.code).toBe(0);
    expect(Number(r.out)).toBeGreaterThanOrEqual(1);
    await settle();
    expect(t.closed()).toBe(true);
  });

  it('a process that is gone: a failure that says why, so the timer can say the connections were left', async () => {
    const c = await client({ path: sock });
    await settle();
    const r = await bash(closeConnections('2147483646', sock));
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/^pidfd_open\(2147483646\): No such process$/);
    c.socket.destroy();
  });

  it('nothing open: 0, and no error', async () => {
    expect(await bash(closeConnections(String(app.pid), join(tempDir(), 'other.sock')))).toEqual({ code: 0, out: '0' });
  });
});

describe('the drain-end timer', () => {
  const inst = {
    id: 'd',
    app: {
      name: 'demo',
      components: { api: { listen: { type: 'unix' } }, mcp: { listen: { type: 'tcp', blue: 3456, green: 3457 } } },
    },
  } as unknown as Instance;

  it('closes every component of the slot, by its socket or its port, then pauses it only when asked', () => {
    const pause = endDrain(inst, 'blue', 7, true);
    const text = pause.kind === 'sh' ? pause.text : '';
    expect(text).toContain('--unit=slotflip-d-drained-blue --on-active=7 /bin/bash -c');
    expect(text).toContain('/run/slotflip/d/api/blue/app.sock');
    expect(text).toContain('3456');
    expect(text).not.toContain('3457');
    expect(text).toMatch(/SIGSTOP slotflip-d-api@blue slotflip-d-mcp@blue/);
    const only = endDrain(inst, 'green', 7, false);
    expect(only.kind === 'sh' && only.text).not.toContain('SIGSTOP');
    expect(only.kind === 'sh' && only.text).toContain('3457');
  });
});

describe("a flip back during the drain's end", () => {
  it('waits for a drain end already running (its service stopped) before traffic goes back to the slot', async () => {
    const { resumeSlot } = await import('../../src/host/slot-units.js');
    const text = (resumeSlot('demo-lab-1', 'green', ['api']) as { text: string }).text;
    expect(text).toContain(
      'systemctl stop slotflip-demo-lab-1-drained-green.timer slotflip-demo-lab-1-drained-green.service',
    );
    expect(text.indexOf('.service')).toBeLessThan(text.indexOf('SIGCONT'));
  });
});
