import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { BackupManifest } from '../../src/backup/manifest.js';
import type { Instance } from '../../src/config/environment.generated.js';
import { doctorScript } from '../../src/host/doctor-probe.js';
import { driftScript } from '../../src/host/drift.js';
import { probeScript } from '../../src/host/probe.js';
import { emptyState, type HostState } from '../../src/shell/state.js';
import { statusScript } from '../../src/host/status.js';
import { buildBackupPlan } from '../../src/plan/backup-plan.js';
import { compileOp, compileStep } from '../../src/plan/compile.js';
import { buildConvergePlan } from '../../src/plan/converge-plan.js';
import { buildReleaseHoldPlan } from '../../src/plan/hold-plan.js';
import { buildRestorePlan } from '../../src/plan/restore-plan.js';
import { buildRollbackPlan } from '../../src/plan/rollback-plan.js';
import { buildRotatePlan } from '../../src/plan/rotate-plan.js';
import { buildSecretRotationPlan } from '../../src/plan/rotate-secret-plan.js';
import type { Plan } from '../../src/plan/types.js';
import { NO_FACTS } from '../../src/provision/facts.js';
import { buildProvisionPlan } from '../../src/provision/plan.js';
import { proxmoxProvider } from '../../src/provision/proxmox.js';
import { renderInstanceFiles, templateNames } from '../../src/render/instance-files.js';
import { labInstance, renderLab, SECRETS } from '../plan/fixtures.js';

// Deploy's scripts are shellchecked with the examples (test/render/presets.test.ts). These are every other command's:
// rollback (warm, cold, with the database restored), restore, backup, both rotations, the release hold, converge,
// provision, and the scripts that read a host (probe, status, doctor, drift).

const v1 = '1.0.0-aaaaaaaa';
const v2 = '2.0.0-bbbbbbbb';
const ctx = (id: string) => ({
  run: 'R1',
  journal: `/opt/slotflip/${id}/journal.jsonl`,
  root: `/opt/slotflip/${id}`,
  lock: `/opt/slotflip/${id}/lock`,
  owner: 'ci',
});

function planScripts(label: string, plan: Plan): { name: string; text: string }[] {
  return plan.steps.flatMap((s) => [
    { name: `${label} ${s.id}`, text: compileStep(s, ctx(plan.instance)) },
    ...(s.undo?.length
      ? [{ name: `${label} ${s.id} undo`, text: compileStep(s, ctx(plan.instance), s.undo, 'undo') }]
      : []),
  ]);
}

function planOf<T extends { kind: string }>(label: string, r: T): Plan {
  if (r.kind !== 'plan') throw new Error(`${label}: ${r.kind} ${(r as { message?: string }).message ?? ''}`);
  return (r as unknown as { plan: Plan }).plan;
}

function allScripts(): { name: string; text: string }[] {
  const inst = labInstance();
  const production = (parse(readFileSync('environments/production.yaml', 'utf8')) as { instances: Instance[] })
    .instances[0]!;
  const both: HostState = {
    ...emptyState(inst.id),
    active: 'green',
    slots: {
      blue: { release: v1, version: '1.0.0', since: 'a' },
      green: { release: v2, version: '2.0.0', since: 'b' },
    },
    releases: [v1, v2],
  };
  const live: HostState = {
    ...emptyState(inst.id),
    active: 'green',
    slots: { green: { release: v2, version: '2.0.0', since: 'b' } },
    releases: [v2],
  };
  const base = { run: 'R1', owner: 'ci', now: '2026-12-04T00:00:00.000Z', instance: inst };
  const out: { name: string; text: string }[] = [];
  out.push(
    ...planScripts(
      'rollback warm',
      planOf('rollback', buildRollbackPlan({ ...base, state: both, running: { blue: true, green: true } })),
    ),
  );
  out.push(
    ...planScripts(
      'rollback cold',
      planOf('rollback', buildRollbackPlan({ ...base, state: both, running: { blue: false, green: true } })),
    ),
  );
  for (const mode of ['if-safe', 'force'] as const) {
    const restore = { mode, dump: `/opt/slotflip/${inst.id}/backups/${v2}.dump`, db: inst.database! };
    out.push(
      ...planScripts(
        `rollback restore-db ${mode}`,
        planOf('rollback', buildRollbackPlan({ ...base, state: both, running: { blue: true, green: true }, restore })),
      ),
    );
  }
  const backup: BackupManifest = {
    format: 1,
    id: `${inst.id}-R1`,
    instance: inst.id,
    release: v2,
    recipients: ['age1x'],
    made_by: {},
    schema: '3',
    created: '2026-12-04T00:00:00Z',
    sizes: { 'db.dump.gz': 10, 'files.tar': 5, 'shared.tar': 5 },
    tools: '',
    encrypted: { sha256: 'a'.repeat(64), bytes: 30 },
  };
  const restore = {
    ...base,
    instance: { ...inst, backups: { ...inst.backups, files_dir: '/srv/files' } },
    state: live,
    backup,
    dir: `/opt/slotflip/${inst.id}/backups/.restore-R1`,
    admin: { user: 'pgadmin', password: 'adm:in\\pw' },
    appPassword: "app'pw",
  };
  out.push(...planScripts('restore', planOf('restore', buildRestorePlan(restore))));
  out.push(...planScripts('restore drill', planOf('restore', buildRestorePlan({ ...restore, drill: true }))));
  const backups: Instance['backups'] = {
    keep: 3,
    recipients: ['age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq'],
    stores: [{ type: 'host' }],
  };
  out.push(
    ...planScripts(
      'backup',
      planOf(
        'backup',
        buildBackupPlan({ run: 'R1', owner: 'ci', instance: { ...inst, backups }, state: live, madeBy: { by: 'ci' } }),
      ),
    ),
  );
  const templates = Object.fromEntries(templateNames(inst).map((n) => [n, readFileSync(`templates/${n}`, 'utf8')]));
  const render = (
    secrets: Record<string, string>,
    slotDatabase?: Parameters<typeof renderInstanceFiles>[0]['slotDatabase'],
  ) => renderInstanceFiles({ instance: inst, secrets: { ...SECRETS, ...secrets }, templates, slotDatabase });
  const files = {
    old: renderLab(inst),
    moving: render({}, { blue: { user: 'demo_rotating', password: 'new-pass' } }),
    rotated: render({ LAB_1_DB_PASSWORD: 'new-pass', LAB_1_APP_SECRET: 'new-secret' }),
  };
  out.push(
    ...planScripts(
      'rotate db-password',
      planOf(
        'rotate',
        buildRotatePlan({
          ...base,
          state: live,
          admin: { user: 'slotflip_admin', password: SECRETS.LAB_1_DB_ADMIN_PASSWORD },
          newPassword: 'new-pass',
          files,
        }),
      ),
    ),
  );
  out.push(
    ...planScripts(
      'rotate app-secret',
      planOf(
        'rotate',
        buildSecretRotationPlan({ ...base, state: live, files: { old: files.old, rotated: files.rotated } }),
      ),
    ),
  );
  out.push(
    ...planScripts(
      'release-hold',
      buildReleaseHoldPlan({
        ...base,
        state: { ...live, hold: { release: v2, reason: 'observe failed', since: 'x' } },
      })!,
    ),
  );
  out.push(
    ...planScripts(
      'converge',
      buildConvergePlan({
        ...base,
        state: live,
        live: 'green',
        release: { id: v2, version: '2.0.0' },
        reason: 'an interrupted run',
        maintenance: true,
      }),
    ),
  );
  const provision = buildProvisionPlan({
    inst: production,
    provider: proxmoxProvider(production, undefined),
    state: 'absent',
    facts: NO_FACTS,
    keyLine: 'ssh-ed25519 AAAA key',
    secrets: { db: 'pw', dbAdmin: 'admin', redis: 'rpw' },
  });
  if (!provision.ok) throw new Error(provision.reason);
  for (const s of [...provision.plan.host, ...provision.plan.container])
    out.push({ name: `provision ${s.id}`, text: s.ops.map(compileOp).join('\n') });
  for (const i of [inst, production]) {
    out.push(
      { name: `probe ${i.id}`, text: probeScript(i) },
      { name: `status ${i.id}`, text: statusScript(i) },
      { name: `doctor ${i.id}`, text: doctorScript(i) },
    );
  }
  out.push({ name: 'drift', text: driftScript(both) ?? '' });
  return out;
}

describe("every command's scripts", () => {
  it('pass shellcheck, each finding named by command and step', () => {
    // shellcheck over every script: 6-30 s alone, longer in CI, where the unit tests run beside end-to-end suites.
    const dir = mkdtempSync(join(tmpdir(), 'slotflip-shellcheck-'));
    const names = new Map<string, string>();
    for (const s of allScripts()) {
      const file = join(dir, `${names.size}.sh`);
      writeFileSync(file, `#!/bin/bash\n${s.text}`);
      names.set(file, s.name);
    }
    const r = spawnSync('shellcheck', ['-s', 'bash', '-S', 'warning', '-f', 'gcc', ...names.keys()], {
      encoding: 'utf8',
    });
    const findings = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => `${names.get(l.split(':')[0]!)}: ${l.split(':').slice(1).join(':')}`);
    expect(findings).toEqual([]);
    expect(r.status).toBe(0);
    expect([...names.values()]).toEqual(
      expect.arrayContaining([
        'rollback restore-db if-safe db-check',
        'restore swap',
        'backup backup',
        'rotate db-password lock',
        'probe demo-lab-1',
        'provision database',
      ]),
    );
  }, 180_000);
});
