// `npm run bench`: every benchmark against the lab in one run, and one table with the baseline measured the same way
// in the same run beside each figure. Each benchmark runs as its own process (as CI runs them) with --json; this file
// only collects and prints. `--json` prints the collected figures with stable keys instead of the table.
// Usage (root): npm run bench [-- --deploys N] [-- --mb M] [-- --rounds R] [-- --faults | --faults-sample K] [--
// --json]
import { spawnSync } from 'node:child_process';
import { helpOr } from './help.js';

helpOr(`usage (root): npm run bench [-- --deploys N] [-- --mb M] [-- --rounds R] [-- --faults | --faults-sample K]
                         [-- --instances N] [-- --json]
Every benchmark against the lab in one run, each figure beside its baseline.
SLOTFLIP_BENCH_NODE=PATH also validates, and rolls back, with that Node (the action runs on Node 24).`);

const arg = (name: string, fallback: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback;
const json = process.argv.includes('--json');

/** Runs one benchmark with --json; its progress goes to stderr, its last JSON line is its result. */
function run(label: string, command: string, args: string[]): Record<string, any> {
  process.stderr.write(`bench: ${label}...\n`);
  const started = Date.now();
  const r = spawnSync(command, [...args, '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    timeout: 1_800_000,
  });
  if (r.status !== 0) throw new Error(`bench ${label} failed (exit ${r.status}):\n${r.stdout}`);
  const line = r.stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  if (!line) throw new Error(`bench ${label} printed no JSON:\n${r.stdout}`);
  // Its own detailed table, for the log; the summary below is the one to compare.
  process.stderr.write(`${r.stdout.replace(line, '').trim()}\n`);
  process.stderr.write(`bench: ${label} took ${Math.round((Date.now() - started) / 1000)} s\n`);
  return JSON.parse(line);
}

const validate = run('validate', process.execPath, ['bench/validate.mjs']);
const deploy = run('deploy', 'npx', ['tsx', 'bench/deploy.ts', '--deploys', arg('--deploys', '4')]);
const backup = run('backup', 'npx', [
  'tsx',
  'bench/backup.ts',
  '--mb',
  arg('--mb', '500'),
  '--rounds',
  arg('--rounds', '3'),
]);
const fleet = run('fleet', 'npx', ['tsx', 'bench/fleet.ts', '--instances', '5']);
// The same with real Vikunja where its archives are on this machine; otherwise a line saying so.
const fleetVikunja = run('fleet-vikunja', 'npx', ['tsx', 'bench/fleet.ts', '--instances', '5', '--app', 'vikunja']);

// Fault injection only when asked: --faults runs every boundary, --faults-sample K a seeded sample (CI).
const faultArgs = process.argv.includes('--faults')
  ? []
  : process.argv.includes('--faults-sample')
    ? ['--sample', arg('--faults-sample', '1')]
    : undefined;
const faults = faultArgs && run('faults', 'npx', ['tsx', 'bench/faults.ts', ...faultArgs]);

const rows = deploy.deploys as Array<Record<string, number>>;
const inPlace = deploy.baselines.inPlace;
const reload = deploy.baselines.reload;
const b = Object.fromEntries((backup.rows as Array<Record<string, any>>).map((x) => [x.what, x]));
/** bench/fleet.ts's JSON as the summary keeps it. */
function fleetFigures(fleet: Record<string, any>) {
  return {
    app: fleet.app as string,
    update: fleet.update as string,
    instances: fleet.instances as number,
    one: fleet.one_ms / 1000,
    all: fleet.many_ms / 1000,
    ratio: fleet.ratio as number,
    cpu_per_deploy: {
      one: { runner: fleet.one_runner_cpu_s as number, container: fleet.one_container_cpu_s as number },
      all: { runner: fleet.many_runner_cpu_s as number, container: fleet.many_container_cpu_s as number },
    },
    cores: fleet.cores as number,
  };
}

const figures = {
  deploys: rows.length,
  failed_requests: {
    slotflip: deploy.medians.failed,
    slotflip_requests: deploy.requests,
    in_place: inPlace.failed,
    in_place_requests: inPlace.requests,
    nginx_reload: reload.failed,
    nginx_reload_requests: reload.requests,
  },
  lost_acknowledged_writes: { slotflip: deploy.medians.lost, in_place: inPlace.lost, nginx_reload: reload.lost },
  switch_ms: {
    slotflip_flip: deploy.medians.flipMs,
    in_place_downtime: inPlace.medianMs,
    nginx_reload: reload.medianMs,
  },
  rollback_ms: {
    slotflip_warm: deploy.medians.warmRollbackMs,
    node: deploy.rollbackNode as string,
    slotflip_cold: deploy.medians.coldRollbackMs,
    in_place_downtime: inPlace.medianMs,
  },
  engine_seconds_per_deploy: deploy.medians.engineSeconds,
  receipt_off_percent: deploy.medians.receiptOffPercent,
  ssh_connections_per_deploy: deploy.medians.sshConnections,
  validate_ms: {
    files_200: validate.validate_200_files_ms,
    file_1: validate.validate_1_file_ms,
    node_start: validate.node_start_ms,
    // Set only where NODE_EXTRA_CA_CERTS is (bench/validate.mjs): the same two without it.
    file_1_no_extra_ca: validate.validate_1_file_no_extra_ca_ms as number | undefined,
    node_start_no_extra_ca: validate.node_start_no_extra_ca_ms as number | undefined,
    // Set only with SLOTFLIP_BENCH_NODE (bench/validate.mjs): the same with that Node.
    other_node: validate.other_node as string | undefined,
    file_1_other_node: validate.other_validate_1_file_ms as number | undefined,
    files_200_other_node: validate.other_validate_200_files_ms as number | undefined,
  },
  backup_seconds: { slotflip: b.backup.slotflipSeconds, pg_dump: b.backup.plainSeconds, ratio: b.backup.ratio },
  restore_seconds: { slotflip: b.restore.slotflipSeconds, pg_restore: b.restore.plainSeconds, ratio: b.restore.ratio },
  restore_pct_seconds: {
    slotflip: b['restore-pct'].slotflipSeconds,
    pg_restore: b['restore-pct'].plainSeconds,
    ratio: b['restore-pct'].ratio,
  },
  database_mb: Math.round(backup.databaseBytes / 1048576),
  fleet_seconds: fleetFigures(fleet),
  fleet_vikunja_seconds: fleetVikunja.skipped ? { skipped: fleetVikunja.skipped } : fleetFigures(fleetVikunja),
  ...(faults
    ? {
        faults: {
          seed: faults.seed,
          passed: faults.passed,
          faults: faults.faults,
          lockMedianSeconds: faults.lockMedianSeconds,
          leaseMedianSeconds: faults.leaseMedianSeconds,
        },
      }
    : {}),
};

if (json) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const f = figures;
  const line = (what: string, ours: string, base: string, ratio = '') =>
    // A cell wider than its column still leaves a space before the next.
    console.log(`${`${what} `.padEnd(36)}${`${ours} `.padEnd(22)}${`${base} `.padEnd(52)}${ratio}`);
  const fleetLines = (fl: ReturnType<typeof fleetFigures>, label: string) => {
    line(
      `${fl.instances} at once, ${label} ${fl.update}`,
      `${fl.all.toFixed(1)} s`,
      `one alone ${fl.one.toFixed(1)} s (one slotflip process each, own container each)`,
      fl.ratio.toFixed(2),
    );
    const cpu = fl.cpu_per_deploy;
    line(
      `  CPU s per deploy (runner/container)`,
      `${cpu.all.runner}/${cpu.all.container} (${fl.instances} at once)`,
      `${cpu.one.runner}/${cpu.one.container} alone, on ${fl.cores} cores`,
      '',
    );
  };
  console.log('');
  line('figure', 'slotflip', 'baseline, measured the same way in this run', 'ratio');
  line(
    `failed requests, ${f.deploys} cycles each`,
    `${f.failed_requests.slotflip} of ${f.failed_requests.slotflip_requests}`,
    `in place ${f.failed_requests.in_place} of ${f.failed_requests.in_place_requests}; nginx reload ` +
      `${f.failed_requests.nginx_reload} of ${f.failed_requests.nginx_reload_requests}`,
  );
  line(
    'lost acknowledged writes',
    String(f.lost_acknowledged_writes.slotflip),
    `in place ${f.lost_acknowledged_writes.in_place}; nginx reload ${f.lost_acknowledged_writes.nginx_reload}`,
  );
  line(
    'switch (median)',
    `${f.switch_ms.slotflip_flip.toFixed(0)} ms flip`,
    `in place ${f.switch_ms.in_place_downtime} ms down; nginx reload ${f.switch_ms.nginx_reload} ms`,
  );
  line(
    `rollback, warm (median, ${f.rollback_ms.node})`,
    `${f.rollback_ms.slotflip_warm} ms`,
    `in place: the same stop and start back, ${f.rollback_ms.in_place_downtime} ms down`,
  );
  line(
    'rollback, cold',
    `${f.rollback_ms.slotflip_cold} ms`,
    '(the previous slot stopped: started and gated first, then flipped)',
  );
  line(
    'engine time per deploy (median)',
    `${f.engine_seconds_per_deploy.toFixed(2)} s`,
    '(build, migration and configured waits excluded)',
  );
  line('SSH connections per deploy (max)', String(f.ssh_connections_per_deploy), '');
  line(
    "receipt vs the load's own count",
    `within ${f.receipt_off_percent.toFixed(2)}%`,
    "users' requests in the receipt's window (target 1%)",
  );
  line(
    'validate, 200 files',
    `${f.validate_ms.files_200.toFixed(0)} ms`,
    `1 file ${f.validate_ms.file_1.toFixed(0)} ms; node -e 0 ${f.validate_ms.node_start.toFixed(0)} ms` +
      (f.validate_ms.file_1_no_extra_ca === undefined
        ? ''
        : ` (without NODE_EXTRA_CA_CERTS: ${f.validate_ms.file_1_no_extra_ca.toFixed(0)} and ` +
          `${f.validate_ms.node_start_no_extra_ca!.toFixed(0)} ms)`),
  );
  if (f.validate_ms.other_node)
    line(
      `validate, 200 files (${f.validate_ms.other_node})`,
      `${f.validate_ms.files_200_other_node!.toFixed(0)} ms`,
      `1 file ${f.validate_ms.file_1_other_node!.toFixed(0)} ms (SLOTFLIP_BENCH_NODE)`,
    );
  line(
    `backup, ${f.database_mb} MB database`,
    `${f.backup_seconds.slotflip.toFixed(1)} s`,
    `pg_dump -Fc ${f.backup_seconds.pg_dump.toFixed(1)} s`,
    f.backup_seconds.ratio.toFixed(2),
  );
  line(
    `restore, ${f.database_mb} MB database, SSH`,
    `${f.restore_seconds.slotflip.toFixed(1)} s`,
    `createdb + pg_restore ${f.restore_seconds.pg_restore.toFixed(1)} s`,
    f.restore_seconds.ratio.toFixed(2),
  );
  line(
    `restore, ${f.database_mb} MB database, pct`,
    `${f.restore_pct_seconds.slotflip.toFixed(1)} s`,
    `createdb + pg_restore ${f.restore_pct_seconds.pg_restore.toFixed(1)} s`,
    f.restore_pct_seconds.ratio.toFixed(2),
  );
  fleetLines(f.fleet_seconds, 'demo');
  if ('skipped' in f.fleet_vikunja_seconds) line('at once, real Vikunja', 'skipped (SLOTFLIP_VIKUNJA_RELEASES)', '');
  else fleetLines(f.fleet_vikunja_seconds, 'real Vikunja');
  if (faults) {
    const all = faults.faults as Array<Record<string, any>>;
    const kills = all.filter((f) => f.fault.startsWith('SIGKILL')).length;
    line(
      `${all.length} faults (${kills} SIGKILL boundaries)`,
      `${all.reduce((s, b) => s + b.failed, 0)} failed, ${all.reduce((s, b) => s + b.lost, 0)} lost`,
      `${
        faults.passed
          ? 'each handled, every next run converged, no lock ' + 'left'
          : 'FAILED: see the faults table above'
      }${faults.seed === null ? '' : ` (seed ${faults.seed})`}`,
    );
    if (faults.lockMedianSeconds !== null && faults.lockMedianSeconds !== undefined)
      line(
        'SIGKILL to the next run holding the lock',
        `median ${faults.lockMedianSeconds.toFixed(1)} s`,
        `the lease alone: median ${faults.leaseMedianSeconds.toFixed(1)} s`,
        (faults.lockMedianSeconds / faults.leaseMedianSeconds).toFixed(2),
      );
  }
}
if (faults && !faults.passed) process.exitCode = 1;
