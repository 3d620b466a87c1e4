// Several instances at once, as deploy.yml's matrix runs them: one slotflip process per instance, each to its own lab
// container (each with its own PostgreSQL, Redis and nginx, as in environments/homelab.yaml), beside one instance
// alone. The same update (demo 1.0.0 -> 2.0.0, with its migration) in both; configured waits (observe, keep-warm,
// drain) are 0 so the figure is slotflip's and the app's work, not a timer.
//   one   wall time of one deploy alone
//   five  wall time of five deploys started together (the last to finish); each must exit 0
// Usage (root): npx tsx bench/fleet.ts [--instances N] [--json]
import { execFileSync } from 'node:child_process';
import { attach } from '../src/lab/container.js';
import { deploy, envFor, resetInstanceScript } from '../test/e2e/deploy-helpers.js';
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

/** Deploys `version` to the given containers at once, one process each; the wall time until the last one ends. */
async function deployAll(containers: number[], version: string): Promise<{ wallMs: number; eachMs: number[] }> {
  const started = Date.now();
  const runs = await Promise.all(containers.map((n) => deploy(envFor(version, n, noWaits))));
  const wallMs = Date.now() - started;
  runs.forEach((r, i) => {
    if (r.code !== 0)
      throw new Error(
        `deploy of ${version} to lab container ${containers[i]} exited ${r.code}:\n${r.stdout}\n${r.stderr}`,
      );
  });
  return { wallMs, eachMs: runs.map((r) => r.ms) };
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
};
if (json) console.log(JSON.stringify(figures));
else {
  console.log(
    `update 1.0.0 -> 2.0.0, waits 0    one alone ${(one.wallMs / 1000).toFixed(1)} s    ${N} at once ` +
      (`${(many.wallMs / 1000).toFixed(1)} s (each ${many.eachMs.map((m) => (m / 1000).toFixed(1)).join(', ')} s)  ` +
        `  ratio ${figures.ratio}`),
  );
  console.log(`first install, ${N} at once          ${(install.wallMs / 1000).toFixed(1)} s`);
}
