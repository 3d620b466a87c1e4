import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoctorRow } from '../../src/doctor/rows.js';
import { existsSync, renameSync } from 'node:fs';
import { aptProxyLogDir, aptProxyUrl, runningPid } from '../../src/lab/apt-proxy.js';
import { rootfsDir } from '../../src/lab/rootfs.js';
import { attach, containerState, destroyContainer, hostKeyFingerprint } from '../../src/lab/container.js';
import { bridgeAddress, containerAddress, LAB } from '../../src/lab/settings.js';
import type { Instance } from '../../src/config/environment.generated.js';
import { compileOp } from '../../src/plan/compile.js';
import { NO_FACTS } from '../../src/provision/facts.js';
import { buildProvisionPlan } from '../../src/provision/plan.js';
import { proxmoxProvider } from '../../src/provision/proxmox.js';
import { deploy, envFor, slotflip } from '../e2e/deploy-helpers.js';
import { http, leaks, SECRETS_DIR } from '../e2e/lab.js';
import { LAB_N, PROVISION_N } from '../e2e/pool.js';

// `slotflip provision` from the lab's minimal rootfs (systemd and apt, nothing else): a new container, packages
// really installed from Debian through the lab's package proxy, the deploy key authorized, PostgreSQL and Redis set
// up, the host key printed for pinning; then a real deploy to it, a second provision that finds nothing to do, and
// a doctor with no FAIL.

const N = PROVISION_N;
const VMID = 100 + N;
const INSTANCE = 'demo-provisioned';
const SERVER_NAME = 'demo-provisioned.lab.invalid';

function provisionEnv(): string {
  return envFor('1.0.0', LAB_N, (env) => {
    const inst = env.instances[0];
    inst.id = INSTANCE;
    inst.target = {
      transport: 'ssh',
      host: containerAddress(N),
      port: 22,
      user: 'root',
      ssh_key_secret: inst.target.ssh_key_secret,
    };
    inst.container = {
      vmid: VMID,
      template: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
      hostname: INSTANCE,
      memory: 2048,
      disk: 8,
      bridge: LAB.bridge,
      address: `${containerAddress(N)}/24`,
      gateway: bridgeAddress(),
      packages: ['nodejs'],
      apt_proxy: aptProxyUrl(),
    };
    inst.nginx.server_names = [SERVER_NAME];
    // Seed 000's tuning, sized for this 2048 MiB, 2-core, 8 GiB container.
    inst.database.tune = true;
    inst.redis.tune = true;
  });
}

const provision = (file: string, ...extra: string[]) =>
  slotflip(['provision', '--env', file, '--provider', 'lab', '--secrets-dir', SECRETS_DIR, ...extra]);
const inside = async (script: string) => (await attach(N).script(script)).stdout.trim();

describe('provision (lab provider, minimal rootfs)', () => {
  let file = '';
  beforeAll(async () => {
    // A container left by an earlier, interrupted run of this suite (ours by name) goes first.
    if ((await containerState(N)) !== 'ABSENT') await destroyContainer(N);
    file = provisionEnv();
  });
  afterAll(async () => {
    await destroyContainer(N);
  });

  it('--dry-run shows every step for a container that does not exist, and creates nothing', async () => {
    // Nothing on this machine is prepared by a dry run either: with the minimal rootfs not built yet (moved aside
    // here), the dry run says it would build it, and builds nothing; the package proxy is neither started nor stopped.
    const minimal = rootfsDir('minimal');
    const aside = `${minimal}.aside-${process.pid}`;
    const hadRootfs = existsSync(minimal);
    if (hadRootfs) renameSync(minimal, aside);
    const proxy = runningPid();
    let r;
    try {
      r = await provision(file, '--dry-run');
      expect(existsSync(minimal)).toBe(false);
      expect(runningPid()).toBe(proxy);
    } finally {
      if (hadRootfs) renameSync(aside, minimal);
    }
    expect(r.stderr).toContain('dry run: this machine is not prepared for the lab provider; a real run would first');
    expect(r.stderr).toContain(`build the minimal rootfs (debootstrap, about a minute) into ${minimal}`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`differs: container ${VMID} does not exist`);
    for (const step of [
      'create container',
      'start container',
      'wait for the container to boot',
      'install openssh-server',
      'PostgreSQL: CREATE ROLE',
      'Redis: requirepass from the secret, maxmemory 256mb',
      `the nginx site for ${SERVER_NAME}`,
    ])
      expect(r.stdout).toContain(step);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
    expect(await containerState(N)).toBe('ABSENT');
  });

  it('creates the container, installs through the package proxy, and pins the host key it read inside', async () => {
    const before = readFileSync(file, 'utf8');
    expect(parse(before).instances[0].target.host_keys).toBeUndefined();
    const r = await provision(file, '--write-host-key');
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    console.log(
      `provision from the minimal rootfs: ${r.ms} ms ` +
        (`(${/install [^\n]*\n(?:[^\n]*\.\.\. packages[^\n]*\n)*\s+ok in ([0-9.]+ s)/.exec(r.stderr)?.[1] ?? '?'} ` +
          `installing packages)`),
    );
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
    // The fingerprint it printed and pinned is the container's own key, read here from its rootfs independently.
    const fp = hostKeyFingerprint(N);
    expect(r.stdout).toContain(`host key: ${fp}`);
    expect(r.stdout).toMatch(
      new RegExp(
        `^--- ${file}\\n\\+\\+\\+ ${file}\\n@@[^\\n]*\\n(?: .*\\n)*\\+ +host_keys:\\n\\+ +- ` +
          `${fp.replace(/[+/]/g, '\\$&')}$`,
        'm',
      ),
    );
    expect(parse(readFileSync(file, 'utf8')).instances[0].target.host_keys).toEqual([fp]);
    // The rest of the file is untouched (comments, order): only the host_keys lines were added.
    const added = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => !before.split('\n').includes(l));
    expect(added.map((l) => l.trim())).toEqual(['host_keys:', `- ${fp}`]);
    // Packages came from Debian through the proxy: its log names them, and the container's apt is set to use it.
    const proxyLog = readFileSync(join(aptProxyLogDir(), 'apt-cacher.log'), 'utf8');
    expect(proxyLog).toContain(
      `|${containerAddress(N)}|deb.debian.org/debian/pool/main/p/postgresql-15/postgresql-15_`,
    );
    expect(await inside(`cat /etc/apt/apt.conf.d/80slotflip-proxy`)).toContain(aptProxyUrl());
    for (const unit of ['ssh', 'nginx', 'postgresql', 'redis-server'])
      expect(await inside(`systemctl is-active ${unit}`)).toBe('active');
    expect(await inside('id -u demo >/dev/null && echo yes')).toBe('yes');
    expect(await inside(`grep -c 'PasswordAuthentication no' /etc/ssh/sshd_config.d/slotflip.conf`)).toBe('1');
    // The tuning is in effect: PostgreSQL was restarted with it (nothing was deployed yet), Redis took it live.
    const show = (name: string) => inside(`runuser -u postgres -- psql -d postgres -Atqc 'show ${name}'`);
    expect([
      await show('shared_buffers'),
      await show('work_mem'),
      await show('max_wal_size'),
      await show('shared_preload_libraries'),
    ]).toEqual(['128MB', '5MB', '1GB', 'pg_stat_statements']);
    expect(
      await inside(
        `runuser -u postgres -- psql -d postgres -Atqc 'select count(*) from pg_settings where pending_restart'`,
      ),
    ).toBe('0');
    const redisGet = (key: string) =>
      inside(
        `REDISCLI_AUTH="$(sed -n 's/^requirepass //p' /etc/redis/redis.conf)" redis-cli --no-auth-warning ` +
          `CONFIG GET ${key} | tail -1`,
      );
    expect([await redisGet('maxmemory-policy'), await redisGet('tcp-keepalive'), await redisGet('save')]).toEqual([
      'allkeys-lru',
      '300',
      '900 1 300 10 60 10000',
    ]);
    // ... and lasts: Redis restarted reads it through the include.
    await inside('systemctl restart redis-server && sleep 1');
    expect(await redisGet('maxmemory-policy')).toBe('allkeys-lru');
  });

  it('the provisioned container takes a real deploy of v1, served through its nginx', async () => {
    const r = await deploy(file);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    const info = await http(containerAddress(N), '/api/v1/info', { hostHeader: SERVER_NAME });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body).version).toBe('1.0.0');
  });

  it('a second provision finds nothing to change (exit 20), after the deploy too', async () => {
    const r = await provision(file);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(20);
    console.log(`provision with nothing to change: ${r.ms} ms`);
    expect(r.stdout).toContain('nothing differs from the environment');
    expect(r.stderr).toContain('nothing changed');
  });

  it('what drifted is put back, and only that: a package removed, sshd config edited', async () => {
    await inside(
      'apt-get remove -y -q curl >/dev/null 2>&1; echo "PasswordAuthentication yes" > ' +
        '/etc/ssh/sshd_config.d/slotflip.conf',
    );
    const r = await provision(file);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stderr).toContain('differs: packages to install: curl');
    expect(r.stderr).toContain('differs: sshd: keys only');
    expect(r.stderr).not.toContain('PostgreSQL');
    expect(await inside('command -v curl')).toBe('/usr/bin/curl');
    expect((await provision(file)).code).toBe(20);
  });

  it('an edited tuning file is put back on the serving container by a reload, not a restart', async () => {
    const pid = () => inside('systemctl show -p MainPID --value postgresql@15-main');
    const before = await pid();
    await inside(
      `echo 'work_mem = 64MB' >> /etc/postgresql/15/main/conf.d/60-slotflip-tuning.conf && runuser -u ` +
        `postgres -- psql -d postgres -Atqc 'select pg_reload_conf()'`,
    );
    const r = await provision(file);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stderr).toContain('differs: the PostgreSQL tuning file differs from the one rendered');
    expect(await inside(`runuser -u postgres -- psql -d postgres -Atqc 'show work_mem'`)).toBe('5MB');
    expect(await pid()).toBe(before);
  });

  it('a tuning file PostgreSQL refuses changes nothing', async () => {
    // The file in place stays, the server keeps its settings.
    const inst = (parse(readFileSync(file, 'utf8')) as { instances: Instance[] }).instances[0]!;
    const conf = '/etc/postgresql/15/main/conf.d/60-slotflip-tuning.conf';
    const shaBefore = await inside(`sha256sum < ${conf}`);
    const built = buildProvisionPlan({
      inst,
      provider: proxmoxProvider(inst, undefined),
      state: 'running',
      facts: { ...NO_FACTS, deployed: true },
      keyLine: undefined,
      secrets: {},
      tuning: { postgres: 'shared_buffers = 256MB\nwork_mem = plenty\n' },
    });
    if (!built.ok) throw new Error(built.reason);
    const step = built.plan.container.find((x) => x.id === 'postgres-tuning')!;
    const r = await attach(N).script(step.ops.map(compileOp).join('\n'));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'PostgreSQL refuses the tuning file, nothing changed: invalid value for parameter "work_mem": ' +
        '"plenty";configuration file "/etc/postgresql/15/main/conf.d/60-slotflip-tuning.conf" contains errors',
    );
    expect(await inside(`sha256sum < ${conf}`)).toBe(shaBefore);
    expect(await inside(`runuser -u postgres -- psql -d postgres -Atqc 'show work_mem'`)).toBe('5MB');
    expect((await provision(file)).code).toBe(20);
  });

  it('after its first backup, doctor reads every row OK (Redis has the memory limit provision set)', async () => {
    expect((await slotflip(['backup', '--env', file, '--secrets-dir', SECRETS_DIR])).code).toBe(0);
    const r = await slotflip(['doctor', '--env', file, '--secrets-dir', SECRETS_DIR, '--json']);
    const rows = (JSON.parse(r.stdout) as { rows: DoctorRow[] }).rows;
    expect(
      rows.filter((x) => x.verdict !== 'OK'),
      r.stdout,
    ).toEqual([]);
    expect(rows.length).toBeGreaterThan(10);
    expect(r.code).toBe(0);
    expect(rows.find((x) => x.check === 'redis')?.detail).toContain('of 256.0 MiB');
  });

  it('an environment that pins another host key is refused after provisioning (exit 3)', async () => {
    const text = readFileSync(file, 'utf8');
    const other = file.replace(/\.yaml$/, '-wrong.yaml');
    writeFileSync(other, text.replace(hostKeyFingerprint(N), 'SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s'));
    const r = await provision(other);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`host key is ${hostKeyFingerprint(N)}`);
  });
});
