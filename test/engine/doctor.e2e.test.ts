import { describe, expect, it } from 'vitest';
import type { DoctorRow } from '../../src/doctor/rows.js';
import { deploy, envFor, runActionBundle, slotflip } from '../e2e/deploy-helpers.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { leaks } from '../e2e/lab.js';
import { joinedRegex } from '../regex.js';

// `slotflip doctor` against the lab: each fault is really made (a service stopped, a filesystem filled, a lock left
// by a killed run, a slot killed by its own sandbox), found, and named with its remedy; then put right again.

const suite = deploySuite();
const INSTANCE = suite.instance;

async function doctor(): Promise<{ code: number | null; rows: DoctorRow[]; text: string }> {
  const r = await slotflip(['doctor', '--env', envFor('2.0.0'), '--secrets-dir', 'lab/state/secrets', '--json']);
  let parsed: { rows: DoctorRow[] };
  try {
    parsed = JSON.parse(r.stdout);
  } catch {
    throw new Error(`doctor printed no JSON (exit ${r.code}): ${r.stderr}`);
  }
  return { code: r.code, rows: parsed.rows, text: r.stdout };
}
const rowOf = (rows: DoctorRow[], check: string) => rows.find((r) => r.check === check);
const sh = async (script: string) => {
  const r = await suite.ssh.script(script);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

describe('doctor', () => {
  it('a freshly deployed instance has no FAIL, and the checks that matter read OK', async () => {
    expect((await deploy(envFor('2.0.0'))).code).toBe(0);
    const d = await doctor();
    expect(d.code, d.text).toBe(0);
    expect(d.rows.filter((r) => r.verdict === 'FAIL')).toEqual([]);
    const live = (await suite.state()).active as string;
    for (const check of [
      'reach',
      'clock',
      'disk',
      `unit api@${live}`,
      'nginx',
      'live route',
      'connections',
      'redis',
      'lock',
      'hold',
      'last run',
    ]) {
      expect(rowOf(d.rows, check), `${check} in ${d.text}`).toMatchObject({ verdict: 'OK' });
    }
    expect(rowOf(d.rows, `unit api@${live}`)!.detail).toBe('running, live');
    expect(rowOf(d.rows, 'live route')!.detail).toBe('the health path answers 200 through nginx');
  });

  it('nginx stopped: FAIL for nginx and for the live route, exit 15, with how to start it', async () => {
    await sh('systemctl stop nginx');
    try {
      const d = await doctor();
      expect(d.code).toBe(15);
      expect(rowOf(d.rows, 'nginx')).toMatchObject({
        verdict: 'FAIL',
        detail: 'nginx is inactive: nothing reaches the app',
      });
      expect(rowOf(d.rows, 'nginx')!.remedy).toContain('systemctl start nginx');
      expect(rowOf(d.rows, 'live route')).toMatchObject({
        verdict: 'FAIL',
        detail: 'the health path answers nothing through nginx',
      });
      // As the scheduled workflow runs it: the step fails with exit 15, FAIL rows first in the job summary.
      const action = await runActionBundle({
        command: 'doctor',
        env: envFor('2.0.0'),
        'secrets-dir': 'lab/state/secrets',
      });
      expect(action.code).toBe(15);
      expect(action.out).toContain(
        `::error::slotflip doctor: ${INSTANCE} nginx: nginx is inactive: nothing reaches the app`,
      );
      expect(action.outputs).toMatch(/verdict<<.*\nFAIL\n/s);
      expect(leaks(action.summary + action.outputs)).toEqual([]);
      expect(action.summary).toMatch(
        joinedRegex(
          /^## slotflip doctor: FAIL\n\n\| \| instance \| check \| seen \| remedy \|\n/,
          /\|---\|---\|---\|---\|---\|\n\| ❌ FAIL \| /,
          new RegExp(`${INSTANCE} \\| nginx \\|`),
        ),
      );
    } finally {
      await sh('systemctl start nginx');
    }
  });

  it('a lock left by a killed run: WARN "stale", with how it clears; the doctor itself never takes it', async () => {
    const now = Math.floor(Date.now() / 1000);
    await sh(
      `mkdir -p /opt/slotflip/${INSTANCE}/lock && echo ` +
        (`'{"run":"killed-run","owner":"ci","started":${now - 400},"expires":${now - 370}}' > ` +
          `/opt/slotflip/${INSTANCE}/lock/owner`),
    );
    try {
      const d = await doctor();
      expect(d.code).toBe(0);
      expect(rowOf(d.rows, 'lock')!.verdict).toBe('WARN');
      expect(rowOf(d.rows, 'lock')!.detail).toMatch(/^stale: run killed-run \(ci\) stopped renewing it \d+ min ago$/);
      expect(rowOf(d.rows, 'lock')!.remedy).toContain('the next deploy, rollback or backup takes it over');
      expect(await sh(`cat /opt/slotflip/${INSTANCE}/lock/owner`)).toContain('killed-run');
    } finally {
      await sh(`rm -rf /opt/slotflip/${INSTANCE}/lock`);
    }
  });

  it('the backups filesystem filled past 80 %: FAIL for that filesystem, with what to free', async () => {
    const dir = `/opt/slotflip/${INSTANCE}/backups`;
    // A small filesystem of its own over the backup directory (the lab's disk is the host's, far too big to fill).
    await sh(`mkdir -p ${dir} && mount -t tmpfs -o size=8m tmpfs ${dir} && head -c 7500000 /dev/zero > ${dir}/filler`);
    try {
      const d = await doctor();
      expect(d.code).toBe(15);
      const disk = d.rows.find((r) => r.check === 'disk' && r.detail.startsWith(dir));
      expect(disk, d.text).toBeDefined();
      expect(disk!.verdict).toBe('FAIL');
      expect(disk!.detail).toMatch(/: 9\d% used, 0\.0 GiB free \(over 80%/);
      expect(disk!.remedy).toContain('backups.keep');
      expect(d.rows.filter((r) => r.check === 'disk' && r !== disk).every((r) => r.verdict === 'OK')).toBe(true);
    } finally {
      await sh(`umount ${dir}`);
    }
  });

  it('a slot killed by its own sandbox (status=31/SYS)', async () => {
    // FAIL with the unit, and SystemCallFilter as the remedy.
    // The idle slot (holding the previous release after a second deploy), started with a drop-in that forbids the
    // calls it needs to listen (stopped first: it is kept warm after a deploy): systemd's hardening kills it.
    for (const version of ['2.0.0', '1.0.0']) expect([0, 20]).toContain((await deploy(envFor(version))).code);
    const live = (await suite.state()).active as string;
    const idle = live === 'blue' ? 'green' : 'blue';
    const unit = `slotflip-${INSTANCE}-api@${idle}.service`;
    const dropIn = `/etc/systemd/system/${unit}.d`;
    await sh(
      `systemctl stop ${unit} && mkdir -p ${dropIn} && printf ` +
        (`'[Service]\\nSystemCallFilter=~@network-io\\nRestart=no\\n' > ${dropIn}/fault.conf && systemctl ` +
          `daemon-reload && (systemctl start ${unit} || true) && sleep 1`),
    );
    try {
      const d = await doctor();
      expect(d.code).toBe(15);
      const row = rowOf(d.rows, `unit api@${idle}`)!;
      expect(row.verdict, d.text).toBe('FAIL');
      expect(row.detail).toContain('killed by a system call its sandbox blocks (status=31/SYS) when it last ran');
      expect(row.remedy).toContain('SystemCallFilter');
      expect(rowOf(d.rows, `unit api@${live}`)).toMatchObject({ verdict: 'OK', detail: 'running, live' });
      expect(rowOf(d.rows, 'live route')!.verdict).toBe('OK');
    } finally {
      await sh(`rm -rf ${dropIn} && systemctl daemon-reload && systemctl reset-failed ${unit} 2>/dev/null; true`);
    }
  });

  it('PostgreSQL stopped: FAIL for the database with how to bring it back', async () => {
    // …and nothing else about it is guessed.
    await sh('systemctl stop postgresql');
    try {
      const d = await doctor();
      expect(d.code).toBe(15);
      expect(rowOf(d.rows, 'postgresql')).toMatchObject({
        verdict: 'FAIL',
        detail: '127.0.0.1:5432 does not accept connections',
      });
      expect(rowOf(d.rows, 'postgresql')!.remedy).toContain('start PostgreSQL');
      expect(rowOf(d.rows, 'connections')).toBeUndefined();
    } finally {
      await sh('systemctl start postgresql');
    }
  });
});
