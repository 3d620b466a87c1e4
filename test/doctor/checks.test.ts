import { describe, expect, it } from 'vitest';
import { backupRow, diskRows, operationRows, lockRow } from '../../src/doctor/host-checks.js';
import { readProbe } from '../../src/facts/probe-output.js';
import { formatRows } from '../../src/doctor/format.js';
import { worst } from '../../src/doctor/rows.js';
import { nginxRows, unitRows } from '../../src/doctor/service-checks.js';
import { postgresRows, redisRows } from '../../src/doctor/data-checks.js';
import { labInstance } from '../plan/fixtures.js';

// The evaluators read the doctor script's output (`@tag value` lines). The lab end-to-end suite produces that output
// from real faults; these cases pin the thresholds and the wording of each verdict.

const NOW = 1_800_000_000;
const STATE = JSON.stringify({
  format: 1,
  instance: 'demo-lab-1',
  active: 'blue',
  slots: { blue: { release: 'r2', version: '2.0.0', since: 'x' } },
  releases: ['r2'],
  hold: null,
  history: [{ run: 'R2', op: 'deploy', release: 'r2', slot: 'blue', result: 'ok', at: 'x' }],
});
const UNIT_OK = 'ActiveState=active SubState=running NRestarts=0 Result=success ExecMainCode=0 ExecMainStatus=0';
const UNIT_OFF = 'ActiveState=inactive SubState=dead NRestarts=0 Result=success ExecMainCode=0 ExecMainStatus=0';

function healthy(): Record<string, string[]> {
  return {
    now: [String(NOW)],
    state: [STATE],
    lock: ['null'],
    maintenance: ['off'],
    disk: ['/ 41 80000000000'],
    unit: [`api blue ${UNIT_OK}`, `api green ${UNIT_OFF}`],
    'unit-exit': ['api blue', 'api green'],
    'unit-err': ['api blue 0 ', 'api green 0 '],
    socket: ['api /run/slotflip/demo-lab-1/api/blue/app.sock'],
    'nginx-active': ['active'],
    'nginx-t': ['0 nginx: configuration file /etc/nginx/nginx.conf test is successful'],
    'nginx-live': ['200'],
    'pg-ready': ['0'],
    pg: ['100 3 7 990000 10000 0 0 15.8 (Debian 15.8-0+deb12u1)'],
    'redis-ping': ['PONG'],
    'redis-info': ['used_memory:1048576 maxmemory:67108864 maxmemory_policy:allkeys-lru evicted_keys:0'],
  };
}

function probe(edit: (t: Record<string, string[]>) => void = () => undefined) {
  const tags = healthy();
  edit(tags);
  const text = Object.entries(tags)
    .flatMap(([k, vs]) => vs.map((v) => `@${k} ${v}`))
    .join('\n');
  return readProbe(labInstance(), text);
}

const all = (p: ReturnType<typeof probe>) => [
  ...diskRows(p),
  ...unitRows(p),
  ...nginxRows(p),
  ...postgresRows(p),
  ...redisRows(p),
  lockRow(p),
  ...operationRows(p),
];
const row = (p: ReturnType<typeof probe>, check: string) => all(p).find((r) => r.check === check);

describe('doctor verdicts', () => {
  it('a healthy instance is all OK', () => {
    const rows = all(probe());
    expect(rows.filter((r) => r.verdict !== 'OK')).toEqual([]);
    expect(row(probe(), 'unit api@blue')!.detail).toBe('running, live');
    expect(row(probe(), 'connections')!.detail).toBe(
      '7 of 97 connections in use (max_connections 100, 3 reserved), PostgreSQL 15.8',
    );
  });

  it("disk: WARN over 70 %, FAIL over 80 % (the runbook's alert), each with a way to free space", () => {
    expect(
      row(
        probe((t) => (t.disk = ['/ 75 5000000000'])),
        'disk',
      )!.verdict,
    ).toBe('WARN');
    const full = row(
      probe((t) => (t.disk = ['/opt/slotflip/demo-lab-1/backups 91 1000000'])),
      'disk',
    )!;
    expect(full.verdict).toBe('FAIL');
    expect(full.detail).toBe(
      '/opt/slotflip/demo-lab-1/backups: 91% used, 0.0 GiB free (over 80%: a backup or a release may not fit)',
    );
    expect(full.remedy).toContain('backups.keep');
  });

  it('units: a live slot that is down FAILs and points at rollback', () => {
    // A sandbox kill (status=31/SYS) FAILs on any slot.
    const down = row(
      probe((t) => {
        t.unit = [
          `api blue ActiveState=activating SubState=auto-restart NRestarts=4 Result=exit-code ` +
            `ExecMainCode=1 ExecMainStatus=1`,
          `api green ${UNIT_OFF}`,
        ];
        t['unit-exit'] = [
          'api blue slotflip-demo-lab-1-api@blue.service: Main process exited, code=exited, status=1/FAILURE',
          'api green',
        ];
      }),
      'unit api@blue',
    )!;
    expect(down.verdict).toBe('FAIL');
    expect(down.detail).toContain(
      'the live slot is activating (auto-restart): slotflip-demo-lab-1-api@blue.service: Main process ' +
        'exited, code=exited, status=1/FAILURE',
    );
    expect(down.remedy).toContain('slotflip rollback');
    const sys = row(
      probe((t) => {
        t.unit = [
          `api blue ${UNIT_OK}`,
          'api green ActiveState=failed SubState=failed NRestarts=5 Result=signal ExecMainCode=2 ExecMainStatus=31',
        ];
        t['unit-exit'] = [
          'api blue',
          'api green slotflip-demo-lab-1-api@green.service: Main process exited, code=killed, status=31/SYS',
        ];
      }),
      'unit api@green',
    )!;
    expect(sys.verdict).toBe('FAIL');
    expect(sys.detail).toBe(
      'killed by a system call its sandbox blocks (status=31/SYS) when it last ran; failed: ' +
        'slotflip-demo-lab-1-api@green.service: Main process exited, code=killed, status=31/SYS',
    );
    expect(sys.remedy).toContain('SystemCallFilter');
  });

  it('units: restarts and error lines on the live slot WARN; an idle slot that is stopped is fine', () => {
    const flaky = row(
      probe((t) => {
        t.unit = [
          'api blue ActiveState=active SubState=running NRestarts=2 Result=success ExecMainCode=0 ExecMainStatus=0',
          `api green ${UNIT_OFF}`,
        ];
        t['unit-err'] = ['api blue 3 upstream timed out', 'api green 0 '];
      }),
      'unit api@blue',
    )!;
    expect(flaky.verdict).toBe('WARN');
    expect(flaky.detail).toBe(
      'restarted 2 times; 3 error lines since it started (at most the last hour); last: upstream timed out',
    );
    expect(row(probe(), 'unit api@green')).toMatchObject({ verdict: 'OK', detail: 'stopped (idle)' });
  });

  it('nginx: stopped, a failing configuration test, a dead live route', () => {
    // …and a socket link to the wrong slot each FAIL.
    const p = probe((t) => {
      t['nginx-active'] = ['inactive'];
      t['nginx-t'] = ['1 nginx: [emerg] unknown directive "proxy_passs" in /etc/nginx/sites-enabled/x.conf:3'];
      t['nginx-live'] = ['000'];
      t.socket = ['api /run/slotflip/demo-lab-1/api/green/app.sock'];
    });
    const rows = nginxRows(p);
    expect(rows.map((r) => [r.check, r.verdict])).toEqual([
      ['nginx', 'FAIL'],
      ['nginx -t', 'FAIL'],
      ['live route', 'FAIL'],
      ['route api', 'FAIL'],
    ]);
    expect(rows[0]!.remedy).toContain('systemctl start nginx');
    expect(rows[1]!.detail).toContain('unknown directive "proxy_passs"');
    expect(rows[2]!.detail).toBe('the health path answers nothing through nginx');
  });

  it('PostgreSQL: down FAILs alone; connections WARN at 80 % and FAIL at 95 %', () => {
    // A cold cache WARNs only once it has read enough.
    const down = postgresRows(probe((t) => (t['pg-ready'] = ['2'])));
    expect(down).toHaveLength(1);
    expect(down[0]).toMatchObject({
      check: 'postgresql',
      verdict: 'FAIL',
      detail: '127.0.0.1:5432 does not accept connections',
    });
    expect(
      row(
        probe((t) => (t.pg = ['100 3 80 990000 10000 0 0 15.8'])),
        'connections',
      )!.verdict,
    ).toBe('WARN');
    expect(
      row(
        probe((t) => (t.pg = ['100 3 93 990000 10000 0 0 15.8'])),
        'connections',
      )!.verdict,
    ).toBe('FAIL');
    expect(
      row(
        probe((t) => (t.pg = ['100 3 7 8000 2000 0 0 15.8'])),
        'cache',
      )!.verdict,
    ).toBe('WARN');
    expect(
      row(
        probe((t) => (t.pg = ['100 3 7 800 200 0 0 15.8'])),
        'cache',
      )!.verdict,
    ).toBe('OK');
    expect(
      row(
        probe((t) => (t.pg = ['100 3 7 990000 10000 2 1 15.8'])),
        'idle sessions',
      ),
    ).toMatchObject({ verdict: 'WARN', detail: 'demo: 2 idle over 30 min, 1 idle in a transaction over 5 min' });
    expect(
      row(
        probe((t) => (t.pg = ['psql: error: FATAL: password authentication failed for user "demo"'])),
        'postgresql',
      )!.remedy,
    ).toContain('database.password_secret');
  });

  it('Redis: no PONG FAILs; no maxmemory, memory near it and evictions WARN', () => {
    expect(
      redisRows(
        probe((t) => (t['redis-ping'] = ['Could not connect to Redis at 127.0.0.1:6379: Connection refused'])),
      )[0],
    ).toMatchObject({
      verdict: 'FAIL',
      detail: '127.0.0.1:6379 does not answer PING: Could not connect to Redis at 127.0.0.1:6379: Connection refused',
    });
    const r = redisRows(
      probe((t) => (t['redis-info'] = ['used_memory:2000000 maxmemory:0 maxmemory_policy:noeviction evicted_keys:12'])),
    );
    expect(r.map((x) => [x.check, x.verdict])).toEqual([
      ['redis', 'OK'],
      ['redis memory', 'WARN'],
      ['redis evictions', 'WARN'],
    ]);
  });

  it('lock: a live lease is a run in progress; an expired one is stale, with how it clears', () => {
    expect(
      lockRow(probe((t) => (t.lock = [`{"run":"R9","owner":"ci","started":${NOW - 5},"expires":${NOW + 25}}`]))),
    ).toMatchObject({ verdict: 'OK', detail: 'held by run R9 (ci): a run is in progress' });
    const stale = lockRow(probe((t) => (t.lock = [`{"run":"R8","owner":"ci","started":1,"expires":${NOW - 600}}`])));
    expect(stale).toMatchObject({ verdict: 'WARN', detail: 'stale: run R8 (ci) stopped renewing it 10 min ago' });
    expect(stale.remedy).toContain('takes it over');
  });

  it('a hold WARNs with release-hold, the maintenance page FAILs, a failed last run WARNs', () => {
    const state = JSON.parse(STATE);
    state.hold = { release: 'r3', reason: 'flipped back: 500s', since: 'x' };
    state.history.push({ run: 'R3', op: 'deploy', release: 'r3', slot: 'green', result: 'rolled-back', at: 'y' });
    const rows = operationRows(
      probe((t) => {
        t.state = [JSON.stringify(state)];
        t.maintenance = ['on'];
      }),
    );
    expect(rows.map((r) => [r.check, r.verdict])).toEqual([
      ['hold', 'WARN'],
      ['maintenance', 'FAIL'],
      ['last run', 'WARN'],
    ]);
    expect(rows[0]!.remedy).toContain('slotflip release-hold');
  });

  it('backups: none configured or none on the host WARN; a week-old newest one WARNs', () => {
    // The table counts every verdict.
    expect(backupRow(probe()).detail).toContain('no backups.recipients');
    const inst = labInstance();
    inst.backups = {
      recipients: ['age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq'],
    } as never;
    const manifest = (created: string) =>
      JSON.stringify({
        format: 1,
        id: 'demo-lab-1-x',
        instance: 'demo-lab-1',
        created,
        release: 'r2',
        encrypted: { bytes: 1, sha256: 'a'.repeat(64) },
      });
    const at = (days: number) =>
      readProbe(inst, `@now ${NOW}\n@archive ${manifest(new Date((NOW - days * 86_400) * 1000).toISOString())}`);
    expect(backupRow(at(1))).toMatchObject({ verdict: 'OK', detail: 'newest demo-lab-1-x, 24 h old' });
    expect(backupRow(at(9)).verdict).toBe('WARN');
    expect(backupRow(readProbe(inst, `@now ${NOW}`)).detail).toBe('no backup archive on the host');
    const rows = all(probe((t) => (t['nginx-active'] = ['failed'])));
    expect(worst(rows)).toBe('FAIL');
    expect(formatRows(rows)).toMatch(/\ndoctor: \d+ OK, 0 WARN, 1 FAIL$/);
  });
});
