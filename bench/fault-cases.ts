// The faults of the benchmark, each made for real on the lab container (see fault-episode.ts for what every one must
// pass). Besides SIGKILL at each step boundary: a dropped SSH connection, `nginx -t` failing, a full backup disk,
// PostgreSQL or Redis stopped during the health gate, health flapping in the observe window, and SIGTERM.
import { envFor, slotflip } from '../test/e2e/deploy-helpers.js';
import { INSTANCE, sh, sleep, type Fault } from './fault-episode.js';

const root = `/opt/slotflip/${INSTANCE}`;
const site = `/etc/nginx/sites-available/slotflip-${INSTANCE}.conf`;
const brokenConf = '/etc/nginx/conf.d/zz-slotflip-fault-bench.conf';
const exitedWith = (codes: number[]) => (code: number | null) => code !== null && codes.includes(code);

export const killAt = (step: string): Fault => ({
  name: `SIGKILL after ${step}`,
  at: { step, event: 'end' },
  inject: async (run) => {
    run.child.kill('SIGKILL');
    run.measured.killedAt = Date.now();
    // What the lease alone would have made the next run wait: until the dead run's last renewal expires.
    const expires = Number(/"expires":(\d+)/.exec(await sh(`cat ${root}/lock/owner 2>/dev/null`))?.[1] ?? 0);
    if (expires) run.measured.leaseWaitMs = Math.max(0, expires * 1000 - run.measured.killedAt);
  },
  // Killed, or (after its last step) it had already ended on its own.
  expect: (code, signal) => signal === 'SIGKILL' || code === 0,
});

/**
 * A service stopped for a few seconds while the gate runs: the gate waits it out or fails (exit 10), never flips to a
 * broken slot.
 */
const serviceStopped = (name: string, unit: string, ready: string): Fault => ({
  name: `${name} stopped during the gate`,
  at: { step: 'gate', event: 'start' },
  inject: async ({ outage }) => {
    outage.from = Date.now();
    await sh(`systemctl stop ${unit}`);
    await sleep(3000);
    await sh(`systemctl start ${unit}; for i in $(seq 100); do ${ready} && break; sleep 0.1; done`);
    // A second for the slots' pools to open new connections in place of the ones the stop closed.
    outage.to = Date.now() + 1000;
  },
  expect: exitedWith([0, 10]),
  outage: true,
});

export const otherFaults: Fault[] = [
  {
    name: 'SSH connection dropped mid-gate',
    at: { step: 'gate', event: 'start' },
    // Every sshd session on the container is this run's (the benchmark itself attaches without SSH).
    inject: async () =>
      void (await sh('for p in $(ps -o pid= --ppid "$(cat /run/sshd.pid)"); do kill -KILL "$p"; done')),
    // Exit 3, saying the lock frees itself at the end of its lease and the next run takes it over.
    expect: exitedWith([3]),
  },
  {
    name: 'nginx -t failing on a site change',
    edit: (env) => (env.instances[0].nginx.client_max_body_size = '7m'),
    prepare: async () => {
      await sh(
        `sha256sum < ${site} > /tmp/site-before.sha; echo 'slotflip_fault_bench_not_a_directive on;' > ${brokenConf}`,
      );
    },
    expect: exitedWith([11]),
    heal: async (run) => {
      const restored =
        (await sh(`sha256sum < ${site} | cmp -s - /tmp/site-before.sha && echo same || echo changed`)) === 'same';
      await sh(`rm -f ${brokenConf} /tmp/site-before.sha`);
      return {
        'site file as before': restored,
        'the broken line named': run.stderr().includes('slotflip_fault_bench_not_a_directive'),
      };
    },
  },
  {
    name: 'backup disk full',
    prepare: async () =>
      void (await sh(
        `mount -t tmpfs -o size=4m slotflip-fault-bench ${root}/backups && (dd if=/dev/zero ` +
          `of=${root}/backups/filler bs=64k 2>/dev/null || true)`,
      )),
    // Refused by the preflight's disk check (4), or the dump fails on the full disk (11): nothing changed either way.
    expect: exitedWith([4, 11]),
    heal: async (run) => {
      const partial = await sh(`ls ${root}/backups | grep -F ${run.id} || true`);
      await sh(`umount ${root}/backups`);
      return { 'no partial backup': partial === '' };
    },
  },
  serviceStopped('PostgreSQL', 'postgresql', 'pg_isready -q'),
  serviceStopped('Redis', 'redis-server', 'redis-cli ping 2>&1 | grep -qE "PONG|NOAUTH"'),
  {
    name: 'health flapping in the observe window',
    version: () => '2.0.1-health-flap',
    // A window long enough for a dozen probes: the lab's 6 s holds five or six, of which an alternating health fails
    // two or three (flip-back needs three failures in the window, or three in a row).
    edit: (env) => (env.instances[0].windows = { ...env.instances[0].windows, observe: '12s' }),
    expect: exitedWith([11]),
    heal: async (run) => {
      const held = JSON.parse(await sh(`cat ${root}/state.json`)).hold?.release ?? '';
      const released = await slotflip([
        'release-hold',
        '--env',
        envFor('2.0.1-health-flap'),
        '--secrets-dir',
        'lab/state/secrets',
      ]);
      return {
        'flipped back on flapping': run.stderr().includes('flapping'),
        'release held': held.startsWith('2.0.1-health-flap'),
        'hold released': released.code === 0,
      };
    },
  },
  {
    name: 'SIGTERM during the gate',
    version: () => '2.0.1-slow-start',
    at: { step: 'gate', event: 'start' },
    inject: async (run) => {
      const at = Date.now();
      run.child.kill('SIGTERM');
      await new Promise((r) => run.child.once('close', r));
      run.measured.safeMs = Date.now() - at;
    },
    expect: exitedWith([11]),
    heal: async (run) => ({
      'safe within 5 s': run.measured.safeMs! < 5000,
      'lock given back at once': (await sh(`test -d ${root}/lock && echo held || echo free`)) === 'free',
    }),
  },
];
