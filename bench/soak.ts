// The soak: deploy/rollback cycles under a bounded keep-alive load (250 requests/s, 10 of them writes), looking for
// an outage no single run shows (issue: once, port 80 refused every connection for ~20 s right after a deploy exited).
// Around any refused or failed request it captures nginx as it was: `systemctl status nginx`, its journal since the
// cycle began, the listening sockets, the error log's tail, and whether the site's config still passes `nginx -t`.
// Usage (root): npx tsx bench/soak.ts [--cycles N] [--json]     (npm run bench:soak)
import { execFileSync } from 'node:child_process';
import { attach } from '../src/lab/container.js';
import { deploy, envFor, resetInstanceScript, slotflip } from '../test/e2e/deploy-helpers.js';
import { labTarget } from '../test/e2e/lab.js';
import { startLoad } from '../test/e2e/load.js';
import { helpOr } from './help.js';
import { lostWrites } from './ledger.js';

helpOr(`usage (root): npx tsx bench/soak.ts [--cycles N] [--json]
Deploy 2.0.0 over 1.0.0 and roll back, N times (default 200), each under 250 requests/s of keep-alive load with
10 writes/s, in lab container 1. Any failed request stops the soak after capturing nginx's state and journal.
  --cycles N  how many deploy/rollback cycles
  --json      one JSON line at the end`);

const INSTANCE = 'demo-lab-1';
const arg = (name: string, d: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : d;
const N = Number(arg('--cycles', '200'));
const lab = attach(1);
const sh = async (script: string) => (await lab.script(script, { timeoutMs: 60_000 })).stdout.trim();

execFileSync(process.execPath, ['bin/slotflip.js', 'lab', 'up'], { stdio: ['ignore', 'ignore', 'inherit'] });
const t = labTarget(1);
await lab.script(resetInstanceScript(INSTANCE));
// A 1 s observe window and a short keep-warm: a cycle is what a deploy and a rollback do, without the waits.
const edit = (env: Record<string, any>) =>
  (env.instances[0].windows = { ...env.instances[0].windows, observe: '1s', drain: '1s', keep_warm: '1m' });
const env1 = envFor('1.0.0', 1, edit);
const env2 = envFor('2.0.0', 1, edit);
const first = await deploy(env1);
if (first.code !== 0) throw new Error(`first deploy failed: ${first.stderr}`);

/** nginx as it was when a request failed: what an outage leaves behind for its explanation. */
async function capture(since: number): Promise<string> {
  return sh(`echo '--- systemctl status nginx'; systemctl status nginx --no-pager -n 0 2>&1 | head -20
echo '--- journalctl -u nginx since the cycle began'
journalctl -u nginx --since @${since} --no-pager -o short-precise 2>&1 | tail -50
echo '--- listening on :80'; ss -ltnp 'sport = :80' 2>&1
echo '--- nginx -t'; nginx -t 2>&1
echo '--- error log'; tail -n 30 /var/log/nginx/error.log 2>&1
echo '--- slotflip units'; systemctl list-units --no-pager --plain --no-legend 'slotflip-${INSTANCE}-*' 2>&1`);
}

const started = Date.now();
let requests = 0;
let failed = 0;
let lost = 0;
let cycles = 0;
let stopped:
  { cycle: number; step: string; failures: unknown[]; exit?: number | null; said?: string; nginx: string } | undefined;
for (let i = 1; i <= N && !stopped; i++) {
  const since = Math.floor(Date.now() / 1000) - 1;
  const load = startLoad({
    host: t.host,
    hostHeader: t.serverName,
    ratePerSecond: 250,
    connections: 20,
    writeShare: 10 / 250,
    maxSeconds: 120,
  });
  await new Promise((r) => setTimeout(r, 300));
  const d = await deploy(env2);
  // Within the second after a deploy exits, where the outage was once seen: keep the load on across it.
  await new Promise((r) => setTimeout(r, 1000));
  const rb = d.code === 0 ? await slotflip(['rollback', '--env', env2, '--secrets-dir', 'lab/state/secrets']) : d;
  const held =
    rb.code === 0 ? await slotflip(['release-hold', '--env', env2, '--secrets-dir', 'lab/state/secrets']) : rb;
  await new Promise((r) => setTimeout(r, 300));
  const report = await load.stop();
  cycles = i;
  requests += report.requests;
  failed += report.failures.length;
  const lostNow = await lostWrites(report);
  lost += lostNow;
  const bad =
    d.code !== 0
      ? { step: 'deploy', r: d }
      : rb.code !== 0
        ? { step: 'rollback', r: rb }
        : held.code !== 0
          ? { step: 'release-hold', r: held }
          : undefined;
  if (report.failures.length || lostNow || bad) {
    stopped = {
      cycle: i,
      step: bad?.step ?? 'load',
      failures: report.failures.slice(0, 5),
      exit: bad?.r.code,
      said: bad?.r.stderr.trim().split('\n').slice(-3).join(' | '),
      nginx: await capture(since),
    };
  }
  if (i % 10 === 0 || stopped)
    process.stderr.write(
      `soak: ${i} of ${N} cycles, ${requests} requests, ${failed} failed, ${lost} lost writes, ` +
        `${((Date.now() - started) / 60000).toFixed(1)} min\n`,
    );
}
await lab.script(resetInstanceScript(INSTANCE));

console.log(
  `soak: ${cycles} deploy/rollback cycles under 250 requests/s (10 writes/s): ${requests} requests, ` +
    `${failed} failed, ${lost} lost writes, in ${((Date.now() - started) / 60000).toFixed(1)} min`,
);
if (stopped) {
  console.log(
    `soak: STOPPED at cycle ${stopped.cycle} ` +
      (`(${stopped.step}${stopped.exit !== undefined ? `, exit ${stopped.exit}` : ''}): ` +
        `${JSON.stringify(stopped.failures)}${stopped.said ? `\n${stopped.said}` : ''}`),
  );
  console.log(stopped.nginx);
}
if (process.argv.includes('--json'))
  console.log(JSON.stringify({ cycles, requests, failed, lost, stopped: stopped ?? null }));
if (stopped) process.exitCode = 1;
