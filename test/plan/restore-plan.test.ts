import { describe, expect, it } from 'vitest';
import type { BackupManifest } from '../../src/backup/manifest.js';
import { emptyState, type HostState } from '../../src/shell/state.js';
import { formatPlan } from '../../src/plan/format.js';
import { buildRestorePlan, type RestoreRequest } from '../../src/plan/restore-plan.js';
import { DUMP_DAMAGED } from '../../src/host/restore-into.js';
import { labInstance } from './fixtures.js';

const instance = labInstance();
const v2 = '2.0.0-bbbbbbbb';
const live: HostState = {
  ...emptyState(instance.id),
  active: 'green',
  slots: { green: { release: v2, version: '2.0.0', since: 'b' } },
  releases: [v2],
};
const backup: BackupManifest = {
  format: 1,
  id: 'demo-lab-1-R1',
  instance: instance.id,
  release: v2,
  recipients: ['age1x'],
  made_by: {},
  schema: '3',
  created: '2026-11-26T00:00:00Z',
  sizes: { 'db.dump': 10, 'files.tar': 5, 'shared.tar': 5 },
  tools: '',
  encrypted: { sha256: 'a'.repeat(64), bytes: 30 },
};
const req = (over: Partial<RestoreRequest> = {}): RestoreRequest => ({
  run: '20261126T000000Z-ab12',
  owner: 'ops',
  now: 'now',
  instance: { ...instance, backups: { ...instance.backups, files_dir: '/srv/files' } },
  state: live,
  backup,
  dir: '/opt/slotflip/demo-lab-1/backups/.restore-20261126T000000Z-ab12',
  admin: { user: 'pgadmin', password: 'adm:in\\pw' },
  appPassword: "app'pw",
  ...over,
});
const planOf = (over: Partial<RestoreRequest> = {}) => {
  const r = buildRestorePlan(req(over));
  if (r.kind !== 'plan') throw new Error(r.message);
  return r.plan;
};

describe('buildRestorePlan', () => {
  it('restores into a new database while the live one serves', () => {
    // Only then quiesces, swaps, restores files, starts and gates.
    const plan = planOf();
    expect(plan.steps.map((s) => s.id)).toEqual([
      'lock',
      'stage',
      'restore-db',
      'quiesce',
      'swap',
      'files',
      'shared',
      'start',
      'gate',
      'reopen',
    ]);
    // Everything between the new database and the gate can be undone: the old database and files come back.
    for (const id of ['restore-db', 'quiesce', 'swap', 'files'])
      expect(plan.steps.find((s) => s.id === id)!.undo, id).toBeDefined();
    expect(plan.pointOfNoReturn).toBeUndefined();
    const text = formatPlan(plan, ['adm:in\\pw', "app'pw"]);
    expect(text).toContain('CREATE DATABASE demo_restore_20261126t000000zab12 OWNER demo');
    expect(text).toContain('ALTER DATABASE demo RENAME TO demo_before_20261126t000000zab12');
    expect(text).toContain('mv /srv/files /srv/files.before-20261126T000000Z-ab12');
    expect(text).not.toContain('adm:in');
    expect(text).not.toContain("app''pw");
    // The stage step makes the private directory and the FIFO the dump streams through, before anything is written.
    expect(plan.steps[1]!.ops[0]).toMatchObject({
      kind: 'sh',
      text: expect.stringMatching(
        /^install -d -m 0700 \S+\.restore-20261126T000000Z-ab12 && .*mkfifo -m 0600 \S+\/db\.fifo/,
      ),
    });
    // The restore step reads that FIFO, and passes only with the archive's verdict and the dump's own sum.
    const restoreStep = formatPlan({ ...plan, steps: [plan.steps[2]!] }, []);
    // This backup is from before pigz (db.dump): pg_restore reads it as it is; a db.dump.gz goes through pigz first.
    expect(restoreStep).toMatch(/tee -p \S+\/sum\.fifo < \S+\/db\.fifo \| PGPASSFILE=\S+ .*pg_restore/);
    // A dump unlike its line in SHA256SUMS ends the step with its own exit, after a failed pg_restore too.
    expect(restoreStep).toContain(`exit ${DUMP_DAMAGED}`);
    expect(restoreStep.match(/sf_dump_matches$/gm)).toHaveLength(2);
    const gz = planOf({ backup: { ...backup, sizes: { 'db.dump.gz': 10, 'shared.tar': 5 } } });
    expect(formatPlan({ ...gz, steps: [gz.steps[2]!] }, [])).toMatch(/db\.fifo \| \{ .*pigz -dc.* \} \| .*pg_restore/);
    // A db.dump.zst goes through zstd; on a host without zstd the step says what to install, before anything.
    const zst = planOf({ backup: { ...backup, sizes: { 'db.dump.zst': 10, 'shared.tar': 5 } } });
    const zstStep = formatPlan({ ...zst, steps: [zst.steps[2]!] }, []);
    expect(zstStep).toMatch(/db\.fifo \| zstd -d -q -c \| .*pg_restore/);
    expect(zstStep.indexOf('command -v zstd')).toBeLessThan(zstStep.indexOf('CREATE DATABASE'));
    expect(restoreStep).not.toContain('command -v zstd');
    expect(restoreStep).toContain('[ "$verdict" = ok ] ||');
    // The admin's pgpass line escapes ':' and '\'; it is a 0600 secret file in the private restore directory.
    const pgpass = plan.steps[1]!.ops[1] as { path: string; content: string; mode: string; secret: boolean };
    expect(pgpass).toMatchObject({
      path: '/opt/slotflip/demo-lab-1/backups/.restore-20261126T000000Z-ab12/admin.pgpass',
      content: '127.0.0.1:5432:*:pgadmin:adm\\:in\\\\pw\n',
      mode: '0600',
      secret: true,
    });
    // The private directory goes whatever happens.
    expect(formatPlan({ ...plan, steps: [plan.finally] }, [])).toContain(
      'rm -rf /opt/slotflip/demo-lab-1/backups/.restore-20261126T000000Z-ab12',
    );
    const recorded = JSON.parse((plan.steps.at(-1)!.ops[1] as { content: string }).content);
    expect(recorded.history.at(-1)).toMatchObject({ op: 'restore', result: 'ok', slot: 'green', release: v2 });
  });

  it('on a host the instance was never deployed to', () => {
    // No maintenance page, no start; shared config and state come back.
    const plan = planOf({ state: emptyState(instance.id) });
    expect(plan.steps.map((s) => s.id)).toEqual(['lock', 'stage', 'restore-db', 'swap', 'files', 'shared']);
  });

  it('a drill touches nothing live: scratch database, compared, dropped, no lock', () => {
    const plan = planOf({ drill: true });
    expect(plan.steps.map((s) => s.id)).toEqual(['stage', 'restore-db', 'drop']);
    expect(formatPlan(plan, [])).toContain('DROP DATABASE IF EXISTS demo_drill_20261126t000000zab12');
    expect(JSON.stringify(plan)).not.toMatch(/RENAME|maintenance(?!_work_mem)|systemctl/);
    // Its tables are unlogged, set up in the scratch database before pg_restore; a real restore's stay logged.
    const restoreDb = (p: typeof plan) => JSON.stringify(p.steps.find((s) => s.id === 'restore-db'));
    expect(restoreDb(plan)).toMatch(/connect demo_drill_20261126t000000zab12\\n.*CREATE EVENT TRIGGER.*pg_restore/);
    expect(restoreDb(planOf())).not.toContain('EVENT TRIGGER');
  });

  it('refuses a backup without a database dump, and an instance without a database', () => {
    expect(buildRestorePlan(req({ backup: { ...backup, sizes: { 'shared.tar': 1 } } }))).toMatchObject({
      kind: 'refused',
      message: 'backup demo-lab-1-R1 holds no database dump',
    });
    const { database: _, ...noDb } = instance;
    expect(buildRestorePlan(req({ instance: noDb }))).toMatchObject({ kind: 'refused' });
  });
});
