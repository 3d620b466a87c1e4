// Several instances at once, as deploy.yml's matrix runs them: one slotflip process per instance, each to its own lab
// container (each with its own PostgreSQL, Redis and nginx, as in environments/homelab.yaml), beside one instance
// alone. The same update (demo 1.0.0 -> 2.0.0, with its migration) in both; configured waits (observe, keep-warm,
// drain) are 0 so the figure is slotflip's and the app's work, not a timer.
//   one   wall time of one deploy alone
//   five  wall time of five deploys started together (the last to finish); each must exit 0
// Beside each: CPU seconds per deploy, on the runner (the slotflip process, from bash's `times`) and in the container
// (its cgroup's usage), so a reader sees whether the machine or slotflip is the limit.
// Usage (root): npx tsx bench/fleet.ts [--instances N] [--json]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { attach } from '../src/lab/container.js';
import { envFor, resetInstanceScript, slotflip } from '../test/e2e/deploy-helpers.js';
import { helpOr } from './help.js';

helpOr(`usage (root): npx tsx bench/fleet.ts [--instances N] [--json]
N instances deployed at once (one slotflip process each, one lab container each) beside one alone.
  --instances N  how many at once (default 5); leaves the lab containers up, \`slotflip lab down\` takes them down
  --json         one JSON line instead of the table`);

const N = Number(process.argv[process.argv.indexOf('--instances') + 1]) || 5;
const json = process.argv.includes('--json');
const say = (line: string) => process.stderr.write(`fleet: ${line}\n`);

const noWaits = (env: Record<string, any>) => {
  env.instances[0].windows = { ...env.instances[0].windows, observe: '0s', keep_warm: '0s', drain: '0s' };
};

/** A lab container's CPU time so far, in seconds (cgroup v2, or the unified half of a hybrid hierarchy). */
function containerCpuS(n: number): number {
  for (const root of ['/sys/fs/cgroup', '/sys/fs/cgroup/unified']) {
    try {
      const stat = readFileSync(`${root}/lxc.payload.slotflip-lab-${n}/cpu.stat`, 'utf8');
      return Number(/^usage_usec (\d+)/m.exec(stat)?.[1] ?? NaN) / 1e6;
    } catch {
      // the other layout
    }
  }
  return NaN;
}

interface Round {
  wallMs: number;
  eachMs: number[];
  /** CPU seconds per deploy: the slotflip process on the runner, and the container it deployed to. */
  runnerCpuS: number;
  containerCpuS: number;
}

/** Deploys `version` to the given containers at once, one process each; the wall time until the last one ends. */
async function deployAll(containers: number[], version: string): Promise<Round> {
  const before = containers.map(containerCpuS);
  const started = Date.now();
  const runs = await Promise.all(
    containers.map((n) =>
      slotflip(
        ['deploy', '--env', envFor(version, n, noWaits), '--secrets-dir', 'lab/state/secrets'],
        {},
        { cpu: true },
      ),
    ),
  );
  const wallMs = Date.now() - started;
  const containerCpu = containers.reduce((t, n, i) => t + containerCpuS(n) - before[i]!, 0);
  runs.forEach((r, i) => {
    if (r.code !== 0)
      throw new Error(
        `deploy of ${version} to lab container ${containers[i]} exited ${r.code}:\n${r.stdout}\n${r.stderr}`,
      );
  });
  const per = (x: number) => Number((x / containers.length).toFixed(2));
  return {
    wallMs,
    eachMs: runs.map((r) => r.ms),
    runnerCpuS: per(runs.reduce((t, r) => t + (r.cpuS ?? NaN), 0)),
    containerCpuS: per(containerCpu),
  };
}

async function reset(containers: number[]): Promise<void> {
  await Promise.all(
    containers.map(async (n) => {
      const r = await attach(n).script(resetInstanceScript(`demo-lab-${n}`), { timeoutMs: 60_000 });
      if (!r.stdout.includes('reset')) throw new Error(`resetting lab container ${n} failed: ${r.stderr}`);
    }),
  );
}

const all = Array.from({ length: N }, (_, i) => i + 1);
say(`bringing up ${N} lab containers`);
execFileSync(process.execPath, ['bin/slotflip.js', 'lab', 'up', '--count', String(N)], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

await reset(all);
say(`installing 1.0.0 on ${N} instances at once`);
const install = await deployAll(all, '1.0.0');
say(`one instance: 1.0.0 -> 2.0.0 alone`);
const one = await deployAll([1], '2.0.0');
await reset([1]);
await deployAll([1], '1.0.0');
say(`${N} instances: 1.0.0 -> 2.0.0 at once`);
const many = await deployAll(all, '2.0.0');
await reset(all);

const figures = {
  instances: N,
  one_ms: one.wallMs,
  many_ms: many.wallMs,
  ratio: Number((many.wallMs / one.wallMs).toFixed(2)),
  many_each_ms: many.eachMs,
  install_many_ms: install.wallMs,
  one_runner_cpu_s: one.runnerCpuS,
  one_container_cpu_s: one.containerCpuS,
  many_runner_cpu_s: many.runnerCpuS,
  many_container_cpu_s: many.containerCpuS,
  cores: availableParallelism(),
};
if (json) console.log(JSON.stringify(figures));
else {
  console.log(
    `update 1.0.0 -> 2.0.0, waits 0    one alone ${(one.wallMs / 1000).toFixed(1)} s    ${N} at once ` +
      (`${(many.wallMs / 1000).toFixed(1)} s (each ${many.eachMs.map((m) => (m / 1000).toFixed(1)).join(', ')} s)  ` +
        `  ratio ${figures.ratio}`),
  );
  console.log(`first install, ${N} at once          ${(install.wallMs / 1000).toFixed(1)} s`);
  console.log(
    `CPU per deploy (runner / container): one alone ${one.runnerCpuS} s / ${one.containerCpuS} s; ` +
      `${N} at once ${many.runnerCpuS} s / ${many.containerCpuS} s; ${N} at once need ` +
      `${((N * (many.runnerCpuS + many.containerCpuS)) / (many.wallMs / 1000)).toFixed(1)} of ` +
      `${figures.cores} cores for ${(many.wallMs / 1000).toFixed(1)} s`,
  );
}
