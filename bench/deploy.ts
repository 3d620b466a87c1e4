// Measures blue-green deploys from outside the engine, against the lab, under keep-alive load:
//   engine time  = the run's span in the host journal, minus the migration, the health gate's wait and the observe
//                  window (the app's time and configured waits, not slotflip's)             target < 5 s
//   ssh          = connections per deploy, counted in the container's sshd log              target 1
//   flip         = from the end of the health gate (green healthy) to the end of the flip step, which ends only
//                  when nginx has routed a request to the new release                        target < 1 s
//   failed       = failed or non-2xx responses through nginx during the deploy              target 0
//   rollback     = after each deploy, `slotflip rollback` under the same load (warm: only a flip), timed from the
//                  command's start until nginx routes to the previous release; once at the end a cold rollback
//                  (the previous slot stopped: started and gated first). Its failures count with the deploy's.
// Beside them, the same number of updates the usual ways (bench/baselines.ts), on the same instance under the same
// load:
//   in place  stop, replace, start: failed requests, and the downtime from the stop until it answers again
//   reload    nginx's upstream rewritten and reloaded between two running slots: failed requests, reload time
// Usage (root): npx tsx bench/deploy.ts [--deploys N] [--json]
import { execFileSync } from 'node:child_process';
import { attach } from '../src/lab/container.js';
import { deploy, envFor, resetInstanceScript, slotflip } from '../test/e2e/deploy-helpers.js';
import { labTarget } from '../test/e2e/lab.js';
import { startLoad, type LoadReport } from '../test/e2e/load.js';
import { bothSlotsScript, inPlaceScript, reloadFlipScript } from './baselines.js';
import { lostWrites } from './ledger.js';
import { helpOr } from './help.js';

helpOr(`usage (root): npx tsx bench/deploy.ts [--deploys N] [--json]
Blue-green deploys under keep-alive load in lab container 1, beside the usual ways to update (in place, reload).
  --deploys N  deploys to measure (default 4)
  --json       one JSON line instead of the table
SLOTFLIP_BENCH_NODE=PATH runs the rollbacks with that Node (the action runs on Node 24).`);

const INSTANCE = 'demo-lab-1';
const N = Number(process.argv[process.argv.indexOf('--deploys') + 1]) || 4;

interface Entry {
  run: string;
  step?: string;
  event: string;
  at: number;
  code?: number;
}

async function journalOf(run: string): Promise<Entry[]> {
  const r = await attach(1).script(`grep -F '"run":"${run}"' /opt/slotflip/${INSTANCE}/journal.jsonl`);
  return r.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Entry);
}

function span(entries: Entry[], step: string): number {
  const start = entries.find((e) => e.step === step && e.event === 'start');
  const end = entries.find((e) => e.step === step && e.event === 'end');
  return start && end ? end.at - start.at : 0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const LOAD = { ratePerSecond: 250, connections: 20, maxSeconds: 120 };

/** One update under keep-alive load, with half a second of load before and after it. */
async function underLoad<T>(fn: () => Promise<T>): Promise<{ result: T; report: LoadReport }> {
  const load = startLoad({ host: t.host, hostHeader: t.serverName, ...LOAD });
  await new Promise((r) => setTimeout(r, 500));
  const result = await fn();
  await new Promise((r) => setTimeout(r, 500));
  return { result, report: await load.stop() };
}

/** A baseline's script on the container; its last line is the milliseconds it measured. */
async function onHost(script: string): Promise<number> {
  const r = await attach(1).script(script, { timeoutMs: 120_000 });
  if (r.code !== 0) throw new Error(`baseline failed (exit ${r.code}): ${r.stderr}`);
  return Number(r.stdout.trim().split('\n').at(-1));
}

execFileSync(process.execPath, ['bin/slotflip.js', 'lab', 'up'], { stdio: ['ignore', 'ignore', 'inherit'] });
const t = labTarget(1);
await attach(1).script(resetInstanceScript(INSTANCE));
const first = await deploy(envFor('1.0.0'));
if (first.code !== 0) throw new Error(`first deploy failed: ${first.stderr}`);

const cli = (command: string, env: string, node?: string) =>
  slotflip([command, '--env', env, '--secrets-dir', 'lab/state/secrets'], {}, { node });
// The rollbacks with another Node where SLOTFLIP_BENCH_NODE names one: the action runs on Node 24.
const rollbackNode = process.env.SLOTFLIP_BENCH_NODE;
const rollbackNodeVersion = rollbackNode
  ? execFileSync(rollbackNode, ['--version'], { encoding: 'utf8' }).trim()
  : process.version;
const trafficMovedMs = (stderr: string) =>
  Number(/traffic on \S+ (\d+) ms after the command started/.exec(stderr)?.[1] ?? NaN);

/** A rollback under load, then the hold it leaves released (so the next cycle can deploy that release again). */
async function rollbackUnderLoad(env: string) {
  const { result: r, report } = await underLoad(() => cli('rollback', env, rollbackNode));
  if (r.code !== 0) throw new Error(`rollback failed (exit ${r.code}): ${r.stderr}`);
  const released = await cli('release-hold', env);
  if (released.code !== 0) throw new Error(`release-hold failed: ${released.stderr}`);
  return {
    ms: trafficMovedMs(r.stderr),
    warm: r.stderr.includes('(warm: only a flip)'),
    requests: report.requests,
    failed: report.failures.length,
    lost: await lostWrites(report),
  };
}

const rows: Array<Record<string, number>> = [];
for (let i = 0; i < N; i++) {
  // A cycle: deploy 2.0.0 over 1.0.0, then roll back to 1.0.0.
  const version = '2.0.0';
  const env = envFor(version);
  let started = 0;
  let ended = 0;
  const { result: r, report } = await underLoad(async () => {
    started = Date.now() / 1000;
    const out = await deploy(env, '--json');
    ended = Date.now() / 1000;
    return out;
  });
  if (r.code !== 0) throw new Error(`deploy ${i + 1} failed (exit ${r.code}): ${r.stderr}`);
  const run = /^deploy (\S+):/m.exec(r.stderr)?.[1];
  if (!run) throw new Error('no run id in the deploy output');
  const entries = await journalOf(run);
  const total = entries.at(-1)!.at - entries[0]!.at;
  // The observe step spans the host's window and the steps the host runs after it (journaled by themselves).
  const waits =
    span(entries, 'migrate') +
    span(entries, 'gate') +
    span(entries, 'observe') -
    span(entries, 'enable') -
    span(entries, 'retire') -
    span(entries, 'record');
  // The receipt's count of users' requests against the load generator's answers in the same window (nginx logs a
  // request when it has answered it: $msec, the receipt's from and to).
  const receipt = JSON.parse(/"receipt": (\{[^}]*\})/.exec(r.stdout)?.[1] ?? 'null') as {
    requests: number;
    failed: number;
    from: number;
    to: number;
    p95Ms: number;
    firstNewMs: number;
  } | null;
  if (!receipt) throw new Error(`deploy ${i + 1} printed no receipt`);
  const loadInWindow = report.answeredAt.filter(
    (at) => at >= receipt.from * 1000 - 5 && at <= receipt.to * 1000 + 5,
  ).length;
  const gateEnd = entries.find((e) => e.step === 'gate' && e.event === 'end')!.at;
  const flipEnd = entries.find((e) => e.step === 'flip' && e.event === 'end')!.at;
  const ssh = Number(
    // Logins from the deploy's own start to its end, by the log's microsecond times: a whole-second bound counted
    // the previous cycle's release-hold when it ended in the same second.
    (
      await attach(1).script(
        `journalctl -u ssh --since @${Math.floor(started) - 1} -o short-unix | ` +
          `awk -v from=${started.toFixed(3)} -v to=${ended.toFixed(3)} ` +
          `'$1 >= from && $1 <= to && /Accepted publickey/' | ` +
          `wc -l`,
      )
    ).stdout.trim(),
  );
  const rb = await rollbackUnderLoad(env);
  if (!rb.warm) throw new Error('the rollback right after a deploy was not warm');
  rows.push({
    deploy: i + 1,
    wallSeconds: r.ms / 1000,
    engineSeconds: total - waits,
    flipMs: (flipEnd - gateEnd) * 1000,
    sshConnections: ssh,
    requestsPerSecond: report.requests / report.seconds,
    requests: report.requests + rb.requests,
    failed: report.failures.length + rb.failed,
    lost: (await lostWrites(report)) + rb.lost,
    rollbackMs: rb.ms,
    receiptRequests: receipt.requests,
    loadRequests: loadInWindow,
    receiptFailed: receipt.failed,
    receiptOffPercent: (Math.abs(receipt.requests - loadInWindow) / Math.max(1, loadInWindow)) * 100,
    firstNewMs: receipt.firstNewMs,
  });
}
// The cold rollback: no keep-warm window, so the previous slot has stopped when the rollback starts.
const noWarm = envFor(
  '2.0.0',
  1,
  (env) => (env.instances[0].windows = { ...env.instances[0].windows, keep_warm: '0s', drain: '1s' }),
);
const coldDeploy = await underLoad(() => deploy(noWarm));
if (coldDeploy.result.code !== 0)
  throw new Error(`deploy before the cold rollback failed: ${coldDeploy.result.stderr}`);
const cold = await rollbackUnderLoad(noWarm);
if (cold.warm) throw new Error('the rollback meant to be cold found the previous slot warm');
const extra = {
  requests: coldDeploy.report.requests + cold.requests,
  failed: coldDeploy.report.failures.length + cold.failed,
  lost: (await lostWrites(coldDeploy.report)) + cold.lost,
};

console.log(
  `deploy: ${N} cycles of a blue-green deploy (2.0.0 over 1.0.0) and a warm rollback, then a cold rollback, ` +
    `in the lab, under keep-alive load`,
);
console.log('cycle   wall s   engine s   flip ms   ssh conns   rollback ms   requests   req/s   failed');
for (const r of rows) {
  console.log(
    `${String(r.deploy).padStart(5)}   ${r.wallSeconds!.toFixed(1).padStart(6)}   ` +
      (`${r.engineSeconds!.toFixed(2).padStart(8)}   ${r.flipMs!.toFixed(0).padStart(7)}   ` +
        (`${String(r.sshConnections).padStart(9)}   ${r.rollbackMs!.toFixed(0).padStart(11)}   ` +
          (`${String(r.requests).padStart(8)}   ${r.requestsPerSecond!.toFixed(0).padStart(5)}   ` +
            `${String(r.failed).padStart(6)}`))),
  );
}
console.log('cycle   receipt: requests   load generator, same window   off by   failed   new release first answered');
for (const r of rows)
  console.log(
    `${String(r.deploy).padStart(5)}   ${String(r.receiptRequests).padStart(17)}   ` +
      (`${String(r.loadRequests).padStart(28)}   ${r.receiptOffPercent!.toFixed(2).padStart(5)}%   ` +
        `${String(r.receiptFailed).padStart(6)}   ${r.firstNewMs} ms after the flip`),
  );
console.log(
  ` cold   rollback ${cold.ms} ms (start and gate the stopped slot, then flip)        ` +
    `${String(extra.requests).padStart(8)}           ${String(extra.failed).padStart(6)}`,
);
const m = {
  engineSeconds: median(rows.map((r) => r.engineSeconds!)),
  flipMs: median(rows.map((r) => r.flipMs!)),
  sshConnections: Math.max(...rows.map((r) => r.sshConnections!)),
  receiptOffPercent: Math.max(...rows.map((r) => r.receiptOffPercent!)),
  failed: rows.reduce((s, r) => s + r.failed!, extra.failed),
  lost: rows.reduce((s, r) => s + r.lost!, extra.lost),
  warmRollbackMs: median(rows.map((r) => r.rollbackMs!)),
  coldRollbackMs: cold.ms,
};
console.log(
  `receipt: its count of users' requests is within ${m.receiptOffPercent.toFixed(2)}% of the load ` +
    `generator's in the same window (target 1%: ${m.receiptOffPercent <= 1 ? 'met' : 'MISSED'})`,
);
console.log(
  `median warm rollback ${m.warmRollbackMs} ms with Node ${rollbackNodeVersion} (target <= 500 ms: ` +
    `${m.warmRollbackMs <= 500 ? 'met' : 'MISSED'}); cold rollback ${m.coldRollbackMs} ms`,
);
console.log(
  `median engine time ${m.engineSeconds.toFixed(2)} s (target < 5 s: ` +
    (`${m.engineSeconds < 5 ? 'met' : 'MISSED'}); median flip ${m.flipMs.toFixed(0)} ms (target < 1000 ms: ` +
      (`${m.flipMs < 1000 ? 'met' : 'MISSED'}); ssh connections per deploy at most ${m.sshConnections} (target 1: ` +
        (`${m.sshConnections === 1 ? 'met' : 'MISSED'}); failed requests ${m.failed} (target 0: ` +
          `${m.failed === 0 ? 'met' : 'MISSED'})`))),
);

// The baselines, on the two releases slotflip left on the host, the same number of cycles (an update and its
// rollback, the same operation back) under the same load.
const state = JSON.parse((await attach(1).script(`cat /opt/slotflip/${INSTANCE}/state.json`)).stdout) as {
  active: 'blue' | 'green';
  slots: Record<'blue' | 'green', { release: string }>;
};
const live = state.active;
const idle = live === 'blue' ? 'green' : 'blue';
const releases = [state.slots[idle].release, state.slots[live].release];
interface Baseline {
  requests: number;
  failed: number;
  lost: number;
  ms: number[];
}
const inPlace: Baseline = { requests: 0, failed: 0, lost: 0, ms: [] };
for (let i = 0; i < 2 * N; i++) {
  const { result, report } = await underLoad(() => onHost(inPlaceScript(INSTANCE, live, releases[i % 2]!)));
  inPlace.requests += report.requests;
  inPlace.failed += report.failures.length;
  inPlace.lost += await lostWrites(report);
  inPlace.ms.push(result);
}
await onHost(`${bothSlotsScript(INSTANCE)}\necho 0`);
const reload: Baseline = { requests: 0, failed: 0, lost: 0, ms: [] };
for (let i = 0; i < 2 * N; i++) {
  const { result, report } = await underLoad(() => onHost(reloadFlipScript(INSTANCE, i % 2 === 0 ? idle : live)));
  reload.requests += report.requests;
  reload.failed += report.failures.length;
  reload.lost += await lostWrites(report);
  reload.ms.push(result);
}
// The baselines edited the host by hand: leave nothing of it for whatever runs next.
await attach(1).script(resetInstanceScript(INSTANCE));

const slotflipRequests = rows.reduce((s, r) => s + r.requests!, extra.requests);
const col = (x: string) => x.padEnd(26);
console.log('');
console.log(
  `side by side: ${N} cycles each, an update and its rollback (slotflip: and one more cold); same instance, ` +
    `same load (${LOAD.ratePerSecond} req/s, ${LOAD.connections} keep-alive connections, reads and writes)`,
);
console.log(
  `${''.padEnd(22)}${col('slotflip blue-green')}${col('in place (stop/start)')}${col('nginx upstream + reload')}`,
);
console.log(
  `${('failed ' + 'requests').padEnd(22)}${col(`${m.failed} of ` + `${slotflipRequests}`)}${col(
    `${inPlace.failed} of ` + `${inPlace.requests}`,
  )}${col(`${reload.failed} of ${reload.requests}`)}`,
);
console.log(
  `${'lost acked writes'.padEnd(22)}${col(String(m.lost))}${col(String(inPlace.lost))}${col(String(reload.lost))}`,
);
console.log(
  `${('switch, ' + 'median').padEnd(22)}${col(
    `${m.flipMs.toFixed(0)} ms ` + `flip`,
  )}${col(`${median(inPlace.ms).toFixed(0)} ms down`)}${col(`${median(reload.ms).toFixed(0)} ms reload`)}`,
);
if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({
      deploys: rows,
      requests: slotflipRequests,
      cold: { ...cold, deploy: extra },
      medians: m,
      rollbackNode: rollbackNodeVersion,
      baselines: {
        inPlace: { ...inPlace, medianMs: median(inPlace.ms) },
        reload: { ...reload, medianMs: median(reload.ms) },
      },
    }),
  );
}
