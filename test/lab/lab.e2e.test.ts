import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attach } from '../../src/lab/container.js';
import { lxc } from '../../src/lab/lxc-config.js';
import { bridgeAddress, containerName, LAB } from '../../src/lab/settings.js';
import { ConnectionError } from '../../src/errors.js';
import { PrefixTransport } from '../../src/transport/local.js';
import type { SshTransport } from '../../src/transport/ssh.js';
import { BY_HAND_SERVER_NAME, installDemoScript, uninstallDemoScript } from '../e2e/install-demo-by-hand.js';
import { connect, http, LAB_ENV_FILE, labTarget, type LabTarget } from '../e2e/lab.js';

const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['bin/slotflip.js', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 600_000,
  });

let target: LabTarget;
let ssh: SshTransport;

beforeAll(async () => {
  target = labTarget(1);
  ssh = await connect(target);
});
afterAll(async () => {
  await ssh?.close();
});

describe('the lab container', () => {
  it("is unprivileged with Proxmox's id map, and runs systemd, sshd, nginx, PostgreSQL and Redis", async () => {
    const r = await ssh.script('cat /proc/self/uid_map; systemctl is-system-running');
    expect(r.stdout.trim().split(/\s+/)).toEqual(['0', '100000', '65536', 'running']);
    const status = JSON.parse(cli('lab', 'status', '--json'));
    expect(status[0]).toMatchObject({
      name: containerName(1),
      state: 'RUNNING',
      services: { ssh: 'active', nginx: 'active', postgresql: 'active', 'redis-server': 'active' },
      envFile: LAB_ENV_FILE,
    });
  });

  it('writes an environment file that passes validate with its secrets', () => {
    expect(cli('validate', '--require-secrets', '--secrets-dir', 'lab/state/secrets', LAB_ENV_FILE)).toBe('');
  });

  it('refuses a host key that is not pinned (exit 3 material), naming the key it saw', async () => {
    const wrong = 'SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const err = await connect(target, [wrong]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).reason).toBe('host-key');
    expect((err as ConnectionError).exitCode).toBe(3);
    expect((err as ConnectionError).message).toContain(`presented host key ${target.hostKey}, which is not pinned`);
  });
});

describe('the pct-equivalent path', () => {
  it('gives the same result over SSH and over lxc-attach', async () => {
    // …and passes no caller environment through attach.
    const script =
      `hostname; id -u; systemctl is-active nginx; sha256sum /etc/os-release | cut -c1-16; ` +
      `printf 'marker=%s\\n' "\${SLOTFLIP_MARKER:-absent}"`;
    const viaSsh = await ssh.script(script);
    // The caller's environment holds a marker, as a runner's would hold job secrets: --clear-env must drop it.
    const viaAttach = await new PrefixTransport('attach', lxc.attachPrefix(1), {
      PATH: process.env.PATH,
      SLOTFLIP_MARKER: 'leaked',
    }).script(script);
    expect(viaAttach).toEqual(viaSsh);
    expect(viaSsh.stdout).toMatch(new RegExp(`^${containerName(1)}\\n0\\nactive\\n[0-9a-f]{16}\\nmarker=absent\\n$`));
  });
});

describe('demo app v1 installed by hand', () => {
  afterAll(async () => {
    await ssh.script(uninstallDemoScript);
  });

  it('answers /api/v1/info and /health through nginx, and runs unprivileged under systemd hardening', async () => {
    const manifest = JSON.parse(readFileSync('lab/state/releases/manifest.json', 'utf8'));
    const r = await ssh.script(installDemoScript(target, manifest['1.0.0'].file, '1.0.0'), { timeoutMs: 120_000 });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.stdout.trim().split('\n').pop()).toBe('installed');
    const info = await http(target.host, '/api/v1/info', { hostHeader: BY_HAND_SERVER_NAME });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ version: '1.0.0', slot: 'blue' });
    expect(info.headers['x-release-version']).toBe('1.0.0');
    const health = await http(target.host, '/health', { hostHeader: BY_HAND_SERVER_NAME });
    expect([health.status, health.body]).toEqual([200, 'OK']);
    const who = await ssh.script('ps -o user= -p "$(systemctl show -p MainPID --value demo@blue)"');
    expect(who.stdout.trim()).toBe('demo');
  });
});

describe('lab down, then up again', () => {
  it('down leaves no container, veth, address, key or process; a warm up brings it back', async () => {
    await ssh.close();
    const pid = execFileSync(lxc.pid(1)[0]!, lxc.pid(1).slice(1), { encoding: 'utf8' }).trim();
    expect(Number(pid)).toBeGreaterThan(1);
    cli('lab', 'down');
    expect(existsSync(join(LAB.lxcPath, containerName(1)))).toBe(false);
    expect(execFileSync('lxc-ls', ['-P', LAB.lxcPath, '-1'], { encoding: 'utf8' }).trim()).toBe('');
    const links = execFileSync('ip', ['-br', 'link'], { encoding: 'utf8' });
    expect(links).not.toMatch(new RegExp(`^(${LAB.bridge}|sflab\\d)`, 'm'));
    expect(execFileSync('ip', ['-4', '-br', 'addr'], { encoding: 'utf8' })).not.toContain(bridgeAddress());
    expect(existsSync('lab/state')).toBe(false);
    expect(existsSync(`/proc/${pid}`)).toBe(false);
    // No process of the container survives: container uids map to 100000..165535 on this machine.
    const leftovers = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          const uid = Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1]);
          return uid >= LAB.idBase && uid < LAB.idBase + LAB.idCount;
        } catch {
          return false;
        }
      });
    expect(leftovers).toEqual([]);

    const started = Date.now();
    const out = execFileSync(process.execPath, ['bin/slotflip.js', 'lab', 'up'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 600_000,
    });
    const seconds = (Date.now() - started) / 1000;
    console.log(`warm lab up (rootfs cached, new container): ${seconds.toFixed(1)} s`);
    expect(out).toContain(`${containerName(1)}  ${LAB.subnetPrefix}.11  ${LAB_ENV_FILE}`);
    const again = await attach(1).script('systemctl is-system-running');
    expect(again.stdout.trim()).toBe('running');
  });
});
