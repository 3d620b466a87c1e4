import { createHash } from 'node:crypto';
import type { DeployPlanResult, DeployRequest } from './deploy-request.js';
import { confirmThroughNginx, flipTo } from '../host/flip.js';
import { afterFlipWindows, siteBefore, siteOps, siteRestore, siteSnapshot, writeRendered } from './site-ops.js';
import { seconds } from '../config/duration.js';
import { healthGate } from '../host/health.js';
import { retireAdopted, routeToAdopted } from '../host/adopt.js';
import { finishHandoff, listenVia, portMoved, servedVia } from '../host/handoff.js';
import { layout, otherSlot, type Slot } from '../shell/layout.js';
import { maintenanceOff, maintenanceOn } from '../host/maintenance.js';
import { acquireLock, LEASE_SECONDS, releaseLock } from '../host/lock.js';
import { observeFunction, observeSeconds } from '../host/observe.js';
import {
  abortWatch,
  followWatch,
  markWatchesReported,
  HOST_FLIPPED_BACK,
  letWatchGo,
  markReceiptStart,
  startWatch,
  unlockAfterWatch,
  watchUnit,
} from '../host/watch.js';
import { REASON_TOKEN, watchScript } from './watch-script.js';
import { preflightChecks } from '../host/preflight.js';
import { backupDatabase, migrateDatabase } from '../host/postgres.js';
import { endDrain } from '../host/drain-end.js';
import {
  enableOnly,
  fetchRelease,
  pruneDeployDumps,
  pruneReleases,
  releaseId,
  resumeSlot,
  retireSlot,
  startSlot,
  stopSlot,
  unpackRelease,
} from '../host/release.js';
import { quote } from '../shell/quote.js';
import { smokeFlow } from '../host/smoke.js';
import { afterFlipChecks } from '../host/after-flip.js';
import { keepAssets } from '../host/assets.js';
import { withHistory, type HostState } from '../shell/state.js';
import { publicUrl } from '../config/public-url.js';
import type { RenderedFile } from '../shell/ops.js';
import { buildConvergePlan } from './converge-plan.js';
import type { Step } from './types.js';
import type { Op } from '../shell/ops.js';

/** What a URL-sourced archive is expected to weigh, for the disk check before it is downloaded. */
const URL_ARCHIVE_BYTES_ESTIMATE = 200 * 1048576;

const MIN = 60_000;

/** Builds the whole deploy as data: no I/O, the same input gives the same plan. */
export function buildDeployPlan(req: DeployRequest): DeployPlanResult {
  const { instance: inst, state } = req;
  const l = layout(inst.id);
  const id = releaseId(req.release.version, req.release.sha256);
  const from: Slot | null = state.active;
  const adopted = from === null ? state.adopted : undefined;
  const to: Slot = from ? otherSlot(from) : 'blue';
  if (from && state.slots[from]?.release === id) {
    const reason = req.converge;
    if (!reason) return { kind: 'nothing-to-do', message: `release ${id} is already live on the ${from} slot` };
    const plan = buildConvergePlan({
      ...req,
      live: from,
      release: { id, version: req.release.version },
      reason,
      maintenance: req.maintenance === true,
    });
    return {
      kind: 'plan',
      plan,
      recordFailure: () => ({
        id: 'record-failure',
        phase: 'record',
        title: 'nothing to record',
        timeoutMs: MIN,
        ops: [],
      }),
    };
  }
  if (state.hold?.release === id) {
    return {
      kind: 'held',
      message: `release ${id} was flipped back at ${state.hold.since} (${state.hold.reason}); it stays refused until the hold is released with \`slotflip release-hold\``,
    };
  }
  const breakingLive = req.release.breaking && from !== null;
  if (breakingLive && !req.allowBreaking) {
    return {
      kind: 'refused',
      message: `release ${id} declares migrations that break the running release; deploying it serves a maintenance page (503) while it migrates. Pass --allow-breaking to accept that`,
    };
  }
  const components = Object.keys(inst.app.components);
  const user = inst.app.user ?? inst.app.name;
  const lock = { run: req.run, owner: req.owner, leaseSeconds: LEASE_SECONDS };
  const byPath = (p: string) => req.files.find((f) => f.path === p);
  const credentialFiles = req.files.filter((f) => f.path === l.pgpass || f.path === `${l.shared}/redis.pass`);
  const appFiles = req.files.filter((f) => !credentialFiles.includes(f) && !f.path.startsWith('/etc/'));
  const unitFiles = req.files.filter((f) => f.path.startsWith('/etc/systemd/'));
  // An adopted app that held the site's port itself keeps it until it stops: nginx serves on the spare port till then.
  const handoff = adopted?.handoff;
  const rendered = byPath(l.site);
  const site = rendered && handoff ? listenVia(rendered, handoff) : rendered;
  if (rendered && handoff && !site) return { kind: 'refused', message: portMoved(handoff, inst.nginx?.http_port) };
  const served = servedVia(inst, handoff);
  const archive = `${l.releases}/.incoming-${req.run}.${req.release.format}`;

  const steps: Step[] = [
    {
      id: 'lock',
      phase: 'lock',
      title: "take the lease lock; write slotflip's own credential files",
      timeoutMs: MIN,
      ops: [
        { kind: 'run', argv: ['install', '-d', '-m', '0755', l.root] },
        acquireLock(l, lock, req.guard),
        markWatchesReported(inst.id),
        { kind: 'run', argv: ['install', '-d', '-m', '0750', l.shared] },
        ...credentialFiles.map((f) => writeRendered(f)),
      ],
    },
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
    {
      id: 'stage',
      phase: 'stage',
      title: `stage release ${id}: ${req.release.url ? 'download' : 'upload'}, unpack, render configuration`,
      timeoutMs: 15 * MIN,
      ops: [
        req.release.url
          ? fetchRelease(inst.id, id, req.release.url, req.release.sha256, archive)
          : { kind: 'upload', path: archive, bytes: req.release.bytes, sha256: req.release.sha256 },
        unpackRelease(inst.id, id, archive, user, inst.app.build ?? [], req.release.format),
        ...(req.dataDir
          ? [
              {
                kind: 'sh' as const,
                note: `the app's files directory, for ${user}`,
                text: `[ -d ${quote(req.dataDir)} ] || install -d -m 0750 -o ${quote(user)} -g ${quote(user)} ${quote(req.dataDir)}`,
              },
            ]
          : []),
        ...appFiles.map((f) => writeRendered(f)),
        ...unitFiles.map((f) => writeRendered(f, 'systemctl daemon-reload')),
        // A handoff left pending by the first deploy is finished before the site is touched (and before its snapshot).
        ...(site ? [...(from ? [finishHandoff(inst, false)] : []), siteSnapshot(l.site), ...siteOps(inst, site)] : []),
      ],
      // A failure after the stage (the gate, the flip, the checks after it) puts the site that served before back.
      ...(site ? { undo: [siteRestore(l.site)] } : {}),
    },
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
      user,
      releaseDir: l.release(id),
      slotEnv: l.slotEnv(to),
      command: inst.migrations.command,
      timeoutSeconds: Math.ceil(seconds(inst.migrations.timeout, 300)),
    });
    steps.push({
      id: 'migrate',
      phase: 'migrate',
      title: `migrate the database with release ${id}${breakingLive ? ' behind the maintenance page' : ''}`,
      timeoutMs: seconds(inst.migrations.timeout, 300) * 1000 + MIN,
      ops: breakingLive ? [maintenanceOn(inst.id), migrate] : [migrate],
    });
  }
  steps.push(
    {
      id: 'start',
      phase: 'start',
      title: `start the ${to} slot on ${id}`,
      timeoutMs: 2 * MIN,
      ops: [startSlot(inst.id, to, id, components)],
      undo: [stopSlot(inst.id, to, components)],
    },
    {
      id: 'gate',
      phase: 'gate',
      title: `health gate on the ${to} slot`,
      timeoutMs: seconds(inst.health.timeout, 60) * 1000 + MIN,
      ops: [healthGate(inst, to, req.release.version)],
    },
  );
  const runTag = `${req.run}`
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(-16)
    .toLowerCase();
  if (req.smoke)
    steps.push({
      id: 'smoke',
      phase: 'gate',
      title: `smoke flow on the ${to} slot (${req.smoke.steps.length} steps)`,
      timeoutMs: 2 * MIN,
      ops: [smokeFlow(inst, req.smoke, to, runTag)],
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
  const { drain, keepWarm, outlivesDrain, pausesOld } = afterFlipWindows(inst);
  const drainEnds = !!from && outlivesDrain;
  const confirm = confirmThroughNginx(served, req.release.version);
  const afterFlip = afterFlipChecks(served, {
    live: to,
    smoke: req.smoke,
    runTag,
    ...(handoff ? { origin: publicUrl(inst) } : {}),
  });
  // The first deploy over an adopted app flips back to that app if anything after the flip fails; a slot that was
  // paused after the flip is resumed before traffic goes back to it.
  const flipBack: Op[] = from
    ? [...(drainEnds ? [resumeSlot(inst.id, from, components)] : []), flipTo(inst, from)]
    : adopted
      ? [routeToAdopted(inst, adopted, true)]
      : [];
  const flipOps: Op[] = [
    flipTo(inst, to),
    ...(breakingLive || req.maintenance ? [maintenanceOff(inst.id)] : []),
    ...(confirm ? [confirm] : []),
    ...(afterFlip ? [afterFlip] : []),
    ...(drainEnds ? [endDrain(inst, from!, drain, pausesOld)] : []),
  ];
  const flip: Step = {
    id: 'flip',
    phase: 'flip',
    title: `flip traffic to the ${to} slot`,
    timeoutMs: MIN,
    movesTraffic: true,
    ops: flipOps,
    undo: flipBack,
  };

  const tail: Step[] = [
    {
      id: 'enable',
      phase: 'drain',
      title: `start the ${to} slot at boot`,
      timeoutMs: MIN,
      ops: [enableOnly(inst.id, to, components)],
    },
  ];
  if (adopted)
    tail.push({
      id: 'retire-adopted',
      phase: 'drain',
      title: 'drain and stop the app slotflip adopted',
      timeoutMs: 5 * MIN,
      ops: [
        retireAdopted(
          adopted,
          drain,
          Object.fromEntries(Object.entries(inst.app.components).map(([n, c]) => [n, c?.stop_signal])),
        ),
      ],
    });
  if (handoff)
    tail.push({
      id: 'handoff',
      phase: 'drain',
      title: `nginx takes port ${handoff.port} over from the stopped app (the redirect to ${handoff.via} goes)`,
      timeoutMs: MIN,
      ops: [finishHandoff(inst, true)],
    });
  if (from) {
    tail.push({
      id: 'retire',
      phase: 'drain',
      title:
        keepWarm > 0
          ? `schedule the ${from} slot to stop in ${Math.max(keepWarm, drain)} s (warm for a rollback until then; a timer on the host)`
          : `drain the ${from} slot for ${drain} s, then stop it`,
      timeoutMs: 5 * MIN,
      ops: [retireSlot(inst.id, from, components, keepWarm, drain)],
    });
  }
  const keep = [...new Set([...state.releases, id])].slice(-(req.keepReleases ?? 5));
  const liveIds = [id, ...(from && state.slots[from] ? [state.slots[from]!.release] : [])];
  const kept = [...new Set([...keep, ...liveIds])];
  const success: HostState = withHistory(
    {
      ...state,
      adopted: undefined,
      active: to,
      slots: {
        ...state.slots,
        [to]: {
          release: id,
          version: req.release.version,
          since: req.now,
          ...(inst.database ? { backup: `${l.backups}/${req.run}.dump` } : {}),
        },
      },
      releases: kept,
      hold: state.hold?.release === id ? null : state.hold,
      rendered: renderedHashes(req.files),
    },
    {
      run: req.run,
      op: 'deploy',
      release: id,
      slot: to,
      result: 'ok',
      at: req.now,
      ...(adopted ? { detail: `took over from the adopted app (${adopted.version ?? 'version unknown'})` } : {}),
    },
  );
  tail.push({
    id: 'record',
    phase: 'record',
    title: 'record state and history; keep the newest releases',
    timeoutMs: MIN,
    ops: [
      stateWrite(l.state, success),
      pruneReleases(inst.id, kept),
      pruneDeployDumps(
        inst.id,
        Object.values(success.slots).flatMap((slot) => (slot?.backup ? [slot.backup] : [])),
      ),
      ...(site ? [{ kind: 'run' as const, argv: ['rm', '-f', siteBefore(l.site)] }] : []),
    ],
  });

  const recordFailure = (flippedBack: boolean, detail: string): Step => {
    const failed: HostState = withHistory(
      { ...state, hold: flippedBack ? { release: id, reason: detail, since: req.now } : state.hold },
      {
        run: req.run,
        op: flippedBack ? 'flip-back' : 'deploy',
        release: id,
        slot: to,
        result: 'rolled-back',
        at: req.now,
        detail,
      },
    );
    return {
      id: 'record-failure',
      phase: 'record',
      title: 'record the failed deploy',
      timeoutMs: MIN,
      ops: [...(breakingLive || req.maintenance ? [] : [maintenanceOff(inst.id)]), stateWrite(l.state, failed)],
    };
  };
  const unlock: Step = {
    id: 'unlock',
    phase: 'record',
    title: 'release the lock',
    timeoutMs: MIN,
    ops: [releaseLock(l.lock, req.run)],
  };

  // The host keeps watch after the flip (host/watch.ts): the observe window, the receipt, then the tail above or the
  // flip back, in a unit of its own. The run follows it; the tail's steps stay in the plan, marked as the host's.
  if (observeFunction(served)) {
    const ctx = { run: req.run, journal: l.journal, root: l.root, lock: l.lock, owner: req.owner };
    const migrateAt = steps.findIndex((s) => s.id === 'migrate');
    // As the engine undoes: the flip first, then every earlier step with an undo (past a breaking migration, none
    // before it: the old release cannot run on the new schema).
    const undo = [flip, ...[...steps].reverse()].filter(
      (s) => s.undo?.length && !(breakingLive && steps.indexOf(s) >= 0 && steps.indexOf(s) < migrateAt),
    );
    const maintenanceEnds = breakingLive || req.maintenance === true;
    const receiptStart = markReceiptStart(inst.id, req.run, l.accessLog);
    // The watch starts right after the new slot does (its unit's start costs a few hundred ms, which would otherwise
    // sit between the gate and the flip); it waits for the flip step's go, as long as the steps up to it may take.
    const startAt = steps.findIndex((s) => s.id === 'start') + 1;
    const waitSeconds = [...steps.slice(startAt), flip].reduce((n, s) => n + s.timeoutMs / 1000, 0);
    const script = watchScript({
      inst: served,
      run: req.run,
      release: { id, version: req.release.version },
      slot: to,
      ctx,
      undo,
      recordFailure: recordFailure(true, REASON_TOKEN),
      tail,
      unlock,
      waitSeconds,
    });
    steps.splice(startAt, 0, {
      id: 'watch',
      phase: 'start',
      title: `start the host's watch of the flip (${watchUnit(inst.id)}): it probes through nginx and waits for the flip`,
      timeoutMs: MIN,
      ops: startWatch(inst.id, req.run, script),
      undo: [abortWatch(inst.id, req.run)],
    });
    steps.push(
      {
        ...flip,
        ops: [
          ...(maintenanceEnds
            ? [flipOps[0]!, flipOps[1]!, receiptStart, ...flipOps.slice(2)]
            : [receiptStart, ...flipOps]),
          letWatchGo(inst.id, req.run),
        ],
      },
      {
        id: 'observe',
        phase: 'observe',
        title: `the host observes the ${to} slot for ${observeSeconds(served)} s, then finishes the deploy or flips back (this run follows it)`,
        timeoutMs:
          flip.timeoutMs + (observeSeconds(served) + tail.reduce((n, t) => n + t.timeoutMs / 1000, 0)) * 1000 + MIN,
        ops: [followWatch(inst, req.run)],
        hostUndoes: { code: HOST_FLIPPED_BACK },
      },
      ...tail.map((t) => ({ ...t, onHost: true })),
    );
  } else {
    steps.push(flip, ...tail);
  }
  const notes = [
    ...(breakingLive
      ? [
          `release ${id} declares breaking migrations: users see a maintenance page (503, Retry-After) from the migration until the flip`,
        ]
      : []),
    ...(adopted
      ? [
          `first deploy over the adopted app (${adopted.version ?? 'version unknown'}): it serves until the flip, is the flip's way back, and is stopped after the observe window`,
        ]
      : from
        ? []
        : ['first deploy: there is no live slot to fall back to']),
  ];
  return {
    kind: 'plan',
    plan: {
      format: 1,
      run: req.run,
      instance: inst.id,
      release: { id, version: req.release.version },
      from,
      to,
      steps,
      pointOfNoReturn: breakingLive ? 'migrate' : undefined,
      owner: req.owner,
      finally: { ...unlock, ops: [unlockAfterWatch(inst.id, req.run)] },
      notes,
    },
    recordFailure,
  };
}

function stateWrite(path: string, state: HostState): Op {
  return { kind: 'write', path, content: `${JSON.stringify(state, null, 2)}\n`, mode: '0644', secret: false };
}

function renderedHashes(files: readonly RenderedFile[]): Record<string, string> {
  return Object.fromEntries(
    files.filter((f) => !f.secret).map((f) => [f.path, createHash('sha256').update(f.content).digest('hex')]),
  );
}
