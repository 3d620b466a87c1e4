// Several instances at once, as deploy.yml's matrix runs them: one slotflip process per instance, each to its own lab
// container (each with its own PostgreSQL, Redis and nginx, as in environments/homelab.yaml), beside one instance
// alone. The same update in both (the demo's 1.0.0 -> 2.0.0, or real Vikunja's 2.4.0 -> 2.5.0 with `--app vikunja`,
// each with its migration); configured waits (observe, keep-warm, drain) are 0 so the figure is slotflip's and the
// app's work, not a timer.
//   one   wall time of one deploy alone
//   five  wall time of five deploys started together (the last to finish); each must exit 0
// Beside each: CPU seconds per deploy, on the runner (the slotflip process, from bash's `times`) and in the container
// (its cgroup's usage), so a reader sees whether the machine or slotflip is the limit.
// Usage (root): npx tsx bench/fleet.ts [--instances N] [--app demo|vikunja] [--json]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { slotflip } from '../test/e2e/deploy-helpers.js';
import { demoApp, reset, vikunjaApp, type FleetApp } from './fleet-apps.js';
import { helpOr } from './help.js';

helpOr(`usage (root): npx tsx bench/fleet.ts [--instances N] [--app demo|vikunja] [--json]
N instances deployed at once (one slotflip process each, one lab container each) beside one alone.
  --instances N  how many at once (default 5); leaves the lab containers up, \`slotflip lab down\` takes them down
  --app vikunja  real Vikunja 2.4.0 -> 2.5.0 from the archives in the folder SLOTFLIP_VIKUNJA_RELEASES names
                 (without it: one line saying so, and nothing deployed); default: the demo, 1.0.0 -> 2.0.0
  --json         one JSON line instead of the table`);

const N = Number(process.argv[process.argv.indexOf('--instances') + 1]) || 5;
const json = process.argv.includes('--json');
const say = (line: string) => process.stderr.write(`fleet: ${line}\n`);
const chosen = process.argv.includes('--app') ? process.argv[process.argv.indexOf('--app') + 1] : 'demo';
if (chosen !== 'demo' && chosen !== 'vikunja') throw new Error(`--app: demo or vikunja, not ${chosen}`);
const picked = chosen === 'vikunja' ? vikunjaApp() : demoApp;
if ('skipped' in picked) {
  console.log(json ? JSON.stringify({ skipped: picked.skipped }) : `skipped: ${picked.skipped}`);
  process.exit(0);
}
const app: FleetApp = picked;

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
      slotflip(['deploy', '--env', app.envFor(version, n), '--secrets-dir', app.secretsDir], {}, { cpu: true }),
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

const all = Array.from({ length: N }, (_, i) => i + 1);
say(`bringing up ${N} lab containers`);
execFileSync(process.execPath, ['bin/slotflip.js', 'lab', 'up', '--count', String(N)], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

const update = `${app.from} -> ${app.to}`;
await reset(app, all);
say(`${app.label}: installing ${app.from} on ${N} instances at once`);
const install = await deployAll(all, app.from);
say(`${app.label}: one instance, ${update} alone`);
const one = await deployAll([1], app.to);
await reset(app, [1]);
await deployAll([1], app.from);
say(`${app.label}: ${N} instances, ${update} at once`);
const many = await deployAll(all, app.to);
await reset(app, all);

const figures = {
  app: app.label,
  update,
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
    `${app.label} ${update}, waits 0    one alone ${(one.wallMs / 1000).toFixed(1)} s    ${N} at once ` +
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
