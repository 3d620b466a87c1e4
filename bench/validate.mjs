// Wall time to validate 200 environment files in one run of the CLI, process start included (target: under 0.5 s),
// and one file (target: under 150 ms). Beside them, `node -e 0`: the part of each that is Node's own start, which no
// change to slotflip can remove. The difference between the two runs is what 199 more files cost.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// --help before anything runs (every bench script answers it; bench/help.ts for the TypeScript ones).
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(
    [
      'usage: node bench/validate.mjs [--json]',
      'Wall time to validate 200 environment files in one CLI run, beside one file.',
      '  --json  one JSON line instead of the table',
      'SLOTFLIP_BENCH_NODE=PATH also times them with that Node (the action runs on Node 24).',
    ].join('\n'),
  );
  process.exit(0);
}

const RUNS = 11;
const FILES = 200;
// The shipped example names no sha256 (it is pinned by `slotflip pin` where the official zip can be downloaded): the
// copies carry one, as a pin writes it, so that they validate.
const PIN = 'e3'.repeat(32);
const example = readFileSync('environments/production.yaml', 'utf8').replace(
  /^(\s+)(url: https:\/\/dl\.vikunja\.io\/\S+\n)/m,
  `$1$2$1sha256: ${PIN}\n`,
);
if (!example.includes(PIN)) throw new Error('bench/validate: the production example has no release url to pin');

function makeDir(count) {
  const dir = mkdtempSync(join(tmpdir(), 'slotflip-bench-'));
  for (let i = 0; i < count; i++) {
    // Distinct environments, ids, hosts and server names, so the cross-file rules do real work and find nothing.
    const text = example
      .replace('environment: production', `environment: env-${i}`)
      // Each copy stands alone (the example promotes from staging, which is not among the copies).
      .replace(/^promote_from: .*\n/m, '')
      .replace('id: vikunja-main', `id: vikunja-${i}`)
      .replace('host: 192.0.2.10', `host: 10.${Math.floor(i / 250)}.${i % 250}.10`)
      // Each in its own container: a VMID and an address once across all files.
      .replace('vmid: 110', `vmid: ${1000 + i}`)
      .replace('address: 192.0.2.10/24', `address: 10.${Math.floor(i / 250)}.${i % 250}.10/24`)
      .replace('[tasks.example.com]', `[tasks-${i}.example.com]`);
    writeFileSync(join(dir, `env-${i}.yaml`), text);
  }
  return dir;
}

// Node reads the CA bundle NODE_EXTRA_CA_CERTS names at every start, whatever the script: on a machine that sets it
// (a proxy's certificate, say), `node -e 0` took 75-100 ms here instead of 28-35. Where it is set, Node's start and one
// file are also timed without it, as a runner without one (GitHub's) starts them.
const extraCa = process.env.NODE_EXTRA_CA_CERTS;
const withoutExtraCa = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));

// Another Node to time the same with: the action's runtime is Node 24, which keeps compiled code on disk
// (src/compile-cache.ts) and reads NODE_EXTRA_CA_CERTS only when a TLS connection needs it.
const otherNode = process.env.SLOTFLIP_BENCH_NODE;

function time(args, env = process.env, node = process.execPath) {
  const samples = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    execFileSync(node, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { min: samples[0], median: samples[Math.floor(RUNS / 2)] };
}

const one = makeDir(1);
const many = makeDir(FILES);
try {
  const node = time(['-e', '0']);
  const a = time(['bin/slotflip.js', 'validate', one]);
  const b = time(['bin/slotflip.js', 'validate', many]);
  const bare = extraCa
    ? { node: time(['-e', '0'], withoutExtraCa), a: time(['bin/slotflip.js', 'validate', one], withoutExtraCa) }
    : undefined;
  const other = otherNode
    ? {
        version: execFileSync(otherNode, ['--version'], { encoding: 'utf8' }).trim(),
        node: time(['-e', '0'], process.env, otherNode),
        a: time(['bin/slotflip.js', 'validate', one], process.env, otherNode),
        b: time(['bin/slotflip.js', 'validate', many], process.env, otherNode),
      }
    : undefined;
  const row = (label, t) =>
    `${label.padEnd(28)} ${t.median.toFixed(0).padStart(6)} ms  ${t.min.toFixed(0).padStart(6)} ms`;
  console.log(`validate: ${RUNS} runs each, wall time of one CLI process`);
  console.log(`${''.padEnd(28)} ${'median'.padStart(9)}  ${'min'.padStart(9)}`);
  console.log(row('node -e 0 (Node alone)', node));
  console.log(row('1 file', a));
  console.log(row(`${FILES} files`, b));
  if (bare) {
    console.log(row('node -e 0, no extra CA', bare.node));
    console.log(row('1 file, no extra CA', bare.a));
  }
  if (other) {
    console.log(row(`node -e 0, Node ${other.version}`, other.node));
    console.log(row(`1 file, Node ${other.version}`, other.a));
    console.log(row(`${FILES} files, Node ${other.version}`, other.b));
  }
  const met = (ms, target) => `< ${target} ms -> ${ms < target ? 'met' : 'MISSED'}`;
  console.log(
    `per additional file: ${((b.median - a.median) / (FILES - 1)).toFixed(2)} ms; ` +
      `1 file: ${met(a.median, 150)} (${(a.median - node.median).toFixed(0)} ms beyond Node's start); ` +
      `${FILES} files: ${met(b.median, 500)}`,
  );
  if (bare)
    console.log(
      `NODE_EXTRA_CA_CERTS is set (${extraCa}): Node's start takes ${(node.median - bare.node.median).toFixed(0)} ms ` +
        `longer with it; without it, 1 file: ${met(bare.a.median, 150)} ` +
        `(${(bare.a.median - bare.node.median).toFixed(0)} ms beyond Node's start)`,
    );
  if (other)
    console.log(
      `with Node ${other.version} (SLOTFLIP_BENCH_NODE): 1 file: ${met(other.a.median, 150)}; ` +
        `${FILES} files: ${met(other.b.median, 500)}`,
    );
  if (process.argv.includes('--json'))
    console.log(
      JSON.stringify({
        node_start_ms: node.median,
        validate_1_file_ms: a.median,
        validate_200_files_ms: b.median,
        ...(bare ? { node_start_no_extra_ca_ms: bare.node.median, validate_1_file_no_extra_ca_ms: bare.a.median } : {}),
        ...(other
          ? {
              other_node: other.version,
              other_node_start_ms: other.node.median,
              other_validate_1_file_ms: other.a.median,
              other_validate_200_files_ms: other.b.median,
            }
          : {}),
      }),
    );
} finally {
  rmSync(one, { recursive: true, force: true });
  rmSync(many, { recursive: true, force: true });
}
