import { resolved } from '../config/resolved.js';
import { finishHandoff } from '../host/handoff.js';
import { maintenanceOn } from '../host/maintenance.js';
import { backupDatabase, migrateDatabase } from '../host/postgres.js';
import { preflightChecks } from '../host/preflight.js';
import { fetchRelease, unpackRelease } from '../host/release.js';
import { startSlot, stopSlot } from '../host/slot-units.js';
import { smokeFlow } from '../host/smoke.js';
import { keepAssets } from '../host/assets.js';
import { markWatchesReported } from '../host/watch.js';
import type { RenderedFile } from '../shell/ops.js';
import { quote } from '../shell/quote.js';
import type { DeployContext } from './deploy-context.js';
import { siteOps, siteRestore, siteSnapshot, writeRendered } from './site-ops.js';
import { gateStep, lockStep, MIN } from './steps.js';
import type { Step } from './types.js';

/** What a URL-sourced archive is expected to weigh, for the disk check before it is downloaded. */
const URL_ARCHIVE_BYTES_ESTIMATE = 200 * 1048576;

/** A deploy up to its flip: lock, preflight, stage, backup, migrate, start and the checks on the new slot. */
export function stagingSteps(c: DeployContext): Step[] {
  const { req, inst, l, id, to } = c;
  const credentialFiles = req.files.filter((f) => f.path === l.pgpass || f.path === `${l.shared}/redis.pass`);
  const steps: Step[] = [
    lockStep(inst.id, req, {
      title: "take the lease lock; write slotflip's own credential files",
      before: [{ kind: 'run', argv: ['install', '-d', '-m', '0755', l.root] }],
      after: [
        markWatchesReported(inst.id),
        { kind: 'run', argv: ['install', '-d', '-m', '0750', l.shared] },
        ...credentialFiles.map((f) => writeRendered(f)),
      ],
    }),
    {
      id: 'preflight',
      phase: 'preflight',
      title: 'preflight: disk, memory, pg_dump, connection budget',
      timeoutMs: MIN,
      ops: [
        preflightChecks(
          inst,
          req.release.url ? URL_ARCHIVE_BYTES_ESTIMATE : req.release.bytes.length,
          req.release.format,
        ),
      ],
    },
    stageStep(c, credentialFiles),
  ];
  if (inst.database) {
    steps.push({
      id: 'backup',
      phase: 'backup',
      title: 'back up the database (pg_dump -Fc, verified, hashed)',
      timeoutMs: 60 * MIN,
      ops: [backupDatabase(l, inst.database, `${l.backups}/${req.run}.dump`)],
    });
  }
  if (inst.migrations && inst.database) {
    const migrate = migrateDatabase(l, inst.database, {
      user: c.user,
      releaseDir: l.release(id),
      slotEnv: l.slotEnv(to),
      command: inst.migrations.command,
      timeoutSeconds: Math.ceil(resolved(inst).migrationTimeout),
    });
    steps.push({
      id: 'migrate',
      phase: 'migrate',
      title: `migrate the database with release ${id}${c.breakingLive ? ' behind the maintenance page' : ''}`,
      timeoutMs: resolved(inst).migrationTimeout * 1000 + MIN,
      ops: c.breakingLive ? [maintenanceOn(inst.id), migrate] : [migrate],
    });
  }
  steps.push(
    {
      id: 'start',
      phase: 'start',
      title: `start the ${to} slot on ${id}`,
      timeoutMs: 2 * MIN,
      ops: [startSlot(inst.id, to, id, c.components)],
      undo: [stopSlot(inst.id, to, c.components)],
    },
    gateStep(inst, to, req.release.version),
  );
  if (req.smoke)
    steps.push({
      id: 'smoke',
      phase: 'gate',
      title: `smoke flow on the ${to} slot (${req.smoke.steps.length} steps)`,
      timeoutMs: 2 * MIN,
      ops: [smokeFlow(inst, req.smoke, to, c.runTag)],
    });
  const assets = keepAssets(inst, to, id);
  if (assets)
    steps.push({
      id: 'assets',
      phase: 'gate',
      title: `keep the frontend's files under ${inst.nginx!.assets!.path} (this release's and the last ones')`,
      timeoutMs: 5 * MIN,
      ops: [assets],
    });
  return steps;
}

/** The release on the host, unpacked, with its rendered files and the nginx site beside the one serving. */
function stageStep(c: DeployContext, credentialFiles: readonly RenderedFile[]): Step {
  const { req, inst, l, id, user, site } = c;
  const archive = `${l.releases}/.incoming-${req.run}.${req.release.format}`;
  const appFiles = req.files.filter((f) => !credentialFiles.includes(f) && !f.path.startsWith('/etc/'));
  const unitFiles = req.files.filter((f) => f.path.startsWith('/etc/systemd/'));
  const dataDir = req.dataDir
    ? [
        {
          kind: 'sh' as const,
          note: `the app's files directory, for ${user}`,
          text:
            `[ -d ${quote(req.dataDir)} ] || install -d -m 0750 -o ${quote(user)} -g ${quote(user)} ` +
            `${quote(req.dataDir)}`,
        },
      ]
    : [];
  return {
    id: 'stage',
    phase: 'stage',
    title: `stage release ${id}: ${req.release.url ? 'download' : 'upload'}, unpack, render configuration`,
    timeoutMs: 15 * MIN,
    ops: [
      req.release.url
        ? fetchRelease(inst.id, id, req.release.url, req.release.sha256, archive)
        : { kind: 'upload', path: archive, bytes: req.release.bytes, sha256: req.release.sha256 },
      unpackRelease(inst.id, id, archive, user, inst.app.build ?? [], req.release.format),
      ...dataDir,
      ...appFiles.map((f) => writeRendered(f)),
      ...unitFiles.map((f) => writeRendered(f, 'systemctl daemon-reload')),
      // A handoff left pending by the first deploy is finished before the site is touched (and before its snapshot).
      ...(site ? [...(c.from ? [finishHandoff(inst, false)] : []), siteSnapshot(l.site), ...siteOps(inst, site)] : []),
    ],
    // A failure after the stage (the gate, the flip, the checks after it) puts the site that served before back.
    ...(site ? { undo: [siteRestore(l.site)] } : {}),
  };
}
