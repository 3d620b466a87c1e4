import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetInstanceScript, deploy, envFor } from '../e2e/deploy-helpers.js';
import { INSTANCE, LAB_N } from '../e2e/pool.js';
import { containerName } from '../../src/lab/settings.js';
import { connect, http, labTarget, secret } from '../e2e/lab.js';
import { tempDir } from '../helpers.js';
import { SshTransport } from '../../src/transport/ssh.js';

// The pct transport, both ways the product card names: on the Proxmox host itself, and over SSH to it. This machine
// plays the Proxmox host: a real OpenSSH server on loopback (started here, stopped by its pid) and the lab's `pct`
// stand-in (lab/pct), which keeps pct's argv contract and runs lxc-attach underneath, as pct does.

const MARKER = 'marker-from-the-proxmox-host-61b2';
let sshd: ChildProcess;
let port: number;
let hostKey: string;
let fakeBin: string;

async function listening(p: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((r) =>
      createConnection({ host: '127.0.0.1', port: p })
        .on('connect', function (this: { end(): void }) {
          this.end();
          r(true);
        })
        .on('error', () => r(false)),
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`sshd did not listen on 127.0.0.1:${p}`);
}

beforeAll(async () => {
  if (!existsSync('/usr/sbin/sshd'))
    throw new Error(
      "these tests need OpenSSH's server (Debian package openssh-server); `bash scripts/dev.sh test` installs it",
    );
  const dir = tempDir('proxmox-host-');
  fakeBin = join(dir, 'bin');
  mkdirSync(fakeBin);
  symlinkSync(resolve('lab/pct'), join(fakeBin, 'pct'));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_key')]);
  hostKey = execFileSync('ssh-keygen', ['-lf', join(dir, 'host_key.pub')], { encoding: 'utf8' }).split(' ')[1]!;
  writeFileSync(join(dir, 'deploy_key'), `${secret('LAB_SSH_KEY')}\n`, { mode: 0o600 });
  writeFileSync(
    join(dir, 'authorized_keys'),
    execFileSync('ssh-keygen', ['-y', '-f', join(dir, 'deploy_key')], { encoding: 'utf8' }),
    { mode: 0o600 },
  );
  port = 20000 + Math.floor(Math.random() * 10000);
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      `PidFile ${join(dir, 'sshd.pid')}`,
      `SetEnv PATH=${fakeBin}:/usr/sbin:/usr/bin:/sbin:/bin SLOTFLIP_MARKER=${MARKER}`,
    ].join('\n') + '\n',
  );
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  sshd = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  await listening(port, 10_000);
  const t = labTarget();
  const ssh = await connect(t);
  expect((await ssh.script(resetInstanceScript(INSTANCE))).stdout).toContain('reset');
  await ssh.close();
});

afterAll(() => {
  if (sshd?.pid) process.kill(sshd.pid, 'SIGTERM'); // only the sshd this file started
});

const viaHost = (remote: string[]) =>
  SshTransport.connect({
    host: '127.0.0.1',
    port,
    user: 'root',
    hostKeys: [hostKey],
    privateKey: secret('LAB_SSH_KEY'),
    remote,
  });
const probe = 'echo "host=$(hostname) marker=${SLOTFLIP_MARKER:-none} uid=$(id -u)"';
/** The vmid the lab's `pct` stand-in maps to this suite's container (lab/pct: 100 + N). */
const VMID = String(100 + LAB_N);

describe('pct exec over SSH to the Proxmox host', () => {
  it('reaches the container', async () => {
    // …and the host's environment stays out of it (a control without --keep-env 0 lets it in).
    const kept = await viaHost(['pct', 'exec', VMID, '--keep-env', '0', '--', 'bash', '-s']);
    expect(kept.label).toBe(`pct exec ${VMID} via root@127.0.0.1:${port}`);
    expect((await kept.script(probe)).stdout.trim()).toBe(`host=${containerName(LAB_N)} marker=none uid=0`);
    await kept.close();
    const leaky = await viaHost(['pct', 'exec', VMID, '--', 'bash', '-s']);
    expect((await leaky.script(probe)).stdout.trim()).toBe(`host=${containerName(LAB_N)} marker=${MARKER} uid=0`);
    await leaky.close();
  });

  it('deploys the demo app through pct over SSH, then through pct on the host itself', async () => {
    const t = labTarget();
    const overSsh = envFor(
      '1.0.0',
      LAB_N,
      (env) =>
        (env.instances[0].target = {
          transport: 'pct',
          pct_via: 'ssh',
          vmid: Number(VMID),
          host: '127.0.0.1',
          port,
          user: 'root',
          host_keys: [hostKey],
          ssh_key_secret: 'LAB_SSH_KEY',
        }),
    );
    const first = await deploy(overSsh);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse((await http(t.host, '/api/v1/info', { hostHeader: t.serverName })).body)).toMatchObject({
      version: '1.0.0',
      slot: 'blue',
    });

    const onHost = envFor(
      '2.0.0',
      LAB_N,
      (env) => (env.instances[0].target = { transport: 'pct', vmid: Number(VMID) }),
    );
    const { slotflip } = await import('../e2e/deploy-helpers.js');
    const second = await slotflip(['deploy', '--env', onHost, '--secrets-dir', 'lab/state/secrets'], {
      PATH: `${fakeBin}:${process.env.PATH}`,
    });
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse((await http(t.host, '/api/v1/info', { hostHeader: t.serverName })).body)).toMatchObject({
      version: '2.0.0',
      slot: 'green',
    });
  });
});
