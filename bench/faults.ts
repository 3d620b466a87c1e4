// Fault injection under keep-alive load (each episode and its checks: fault-episode.ts; the faults: fault-cases.ts).
// SIGKILL at every step boundary of a deploy (walked from a normal deploy's journal), then a dropped SSH connection,
// `nginx -t` failing, a full backup disk, PostgreSQL and Redis stopped during the gate, flapping health in the observe
// window and SIGTERM. With --sample K: a seeded sample of K boundaries plus migrate and flip, and K of the other faults
// (the seed is printed; --seed S repeats a sample).
// Usage (root): npx tsx bench/faults.ts [--sample K] [--seed S] [--only RE] [--json]
import { execFileSync } from 'node:child_process';
import { deploy, envFor, resetInstanceScript } from '../test/e2e/deploy-helpers.js';
import { killAt, otherFaults } from './fault-cases.js';
import { episode, JOURNAL, lab, passed, sh, type Fault, type Row } from './fault-episode.js';
import { helpOr } from './help.js';

helpOr(`usage (root): npx tsx bench/faults.ts [--sample K] [--seed S] [--only RE] [--json]
Fault injection under keep-alive load: SIGKILL at every step boundary, then the other faults.
  --sample K   a seeded sample of K boundaries and K other faults
  --seed S     repeat a sample
  --only RE    only the faults whose name matches RE
  --json       one JSON line instead of the table`);

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

/** A small seeded generator (mulberry32), so a printed seed repeats its sample. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

execFileSync(process.execPath, ['bin/slotflip.js', 'lab', 'up'], { stdio: ['ignore', 'ignore', 'inherit'] });
await lab.script(resetInstanceScript('demo-lab-1'));
for (const v of ['1.0.0', '2.0.0']) {
  const r = await deploy(envFor(v));
  if (r.code !== 0) throw new Error(`setup deploy ${v} failed: ${r.stderr}`);
}
// The boundaries: the steps of the last normal deploy, in the order the host recorded them.
const lastRun = JSON.parse(await sh(`tail -1 ${JOURNAL}`)).run as string;
const steps = [
  ...new Set(
    (await sh(`grep -F '"run":"${lastRun}"' ${JOURNAL}`))
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((e) => e.event === 'end' && e.step)
      .map((e) => e.step as string),
  ),
];
const sample = arg('--sample');
const seed = Number(arg('--seed') ?? Math.floor(Math.random() * 2 ** 31));
let boundaries = steps;
let others = otherFaults;
if (sample) {
  const rnd = seeded(seed);
  const picked = steps
    .filter((s) => s !== 'migrate' && s !== 'flip')
    .sort(() => rnd() - 0.5)
    .slice(0, Number(sample));
  boundaries = steps.filter((s) => s === 'migrate' || s === 'flip' || picked.includes(s));
  others = [...otherFaults].sort(() => rnd() - 0.5).slice(0, Number(sample));
  console.log(
    `faults: seed ${seed} (repeat with --seed ${seed}): SIGKILL after ${boundaries.join(', ')} of ` +
      `${steps.join(', ')}; ${others.map((f) => f.name).join('; ')}`,
  );
} else console.log(`faults: every boundary (${steps.join(', ')}) and ${others.length} other faults`);

// --only RE: the faults whose name matches RE (one fault again, while working on it).
const only = arg('--only');
const faults: Fault[] = [...boundaries.map(killAt), ...others].filter((f) => !only || new RegExp(only).test(f.name));
const rows: Row[] = [];
for (const f of faults) {
  process.stderr.write(`faults: ${f.name}...\n`);
  rows.push(await episode(f));
}
await lab.script(resetInstanceScript('demo-lab-1'));

const yes = (b: boolean) => (b ? 'yes' : 'NO');
console.log(
  `${'fault'.padEnd(40)}exit   handled  failed  lost  rows kept  next exit  converged  lock free  s to converge`,
);
for (const r of rows) {
  const own = Object.entries(r.checks)
    .map(([k, v]) => `${k}: ${yes(v)}`)
    .join(', ');
  const notes = [
    r.injected ? '' : 'NOT INJECTED',
    r.outageFailed ? `${r.outageFailed} failed while the service itself was down` : '',
    own,
    r.nextError ?? '',
    r.firstFailure ? `first failure: ${JSON.stringify(r.firstFailure)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  console.log(
    [
      r.fault.padEnd(40),
      String(r.exit).padEnd(7),
      yes(r.handled).padEnd(9),
      String(r.failed).padStart(6),
      String(r.lost).padStart(6),
      `  ${yes(r.intact).padEnd(11)}`,
      String(r.nextExit).padStart(9),
      `  ${yes(r.converged).padEnd(11)}`,
      yes(r.lockFree).padEnd(11),
      r.seconds.toFixed(1).padStart(6),
      notes ? `   ${notes}` : '',
    ].join(''),
  );
}
// SIGKILL: how soon the next run held the lock, beside what the lease alone would have made it wait.
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]! : NaN);
const kills = rows.filter((r) => r.lockSeconds !== undefined);
const lockMedian = median(kills.map((r) => r.lockSeconds!));
const leaseMedian = median(rows.flatMap((r) => (r.leaseSeconds === undefined ? [] : [r.leaseSeconds])));
if (kills.length)
  console.log(
    `faults: from SIGKILL to the next run holding the lock: median ${lockMedian.toFixed(1)} s over ` +
      (`${kills.length} kills (max ${Math.max(...kills.map((r) => r.lockSeconds!)).toFixed(1)} s); the lease ` +
        `alone: median ${leaseMedian.toFixed(1)} s`),
  );
const allPassed = rows.every(passed);
console.log(
  `faults: ${rows.length} faults, ${allPassed ? 'all passed' : 'SOME FAILED'} (each handled, 0 failed ` +
    `requests, 0 lost writes, earlier rows unchanged, the next run converges, no lock left)`,
);
if (process.argv.includes('--json'))
  console.log(
    JSON.stringify({
      seed: sample ? seed : null,
      faults: rows,
      passed: allPassed,
      lockMedianSeconds: kills.length ? lockMedian : null,
      leaseMedianSeconds: kills.length ? leaseMedian : null,
    }),
  );
// Alone, a failed check fails the command; under npm run bench (--json) the table says so and that run fails.
if (!allPassed && !process.argv.includes('--json')) process.exitCode = 1;
