import { RELOAD_NGINX } from '../host/nginx-reload.js';
import type { Instance } from '../config/environment.generated.js';
import { handOverSite, removeBridges, routeToAdopted } from '../host/adopt.js';
import { confirmThroughNginx } from '../host/flip.js';
import { throughNginx, versionProbe } from '../host/health.js';
import { layout } from '../shell/layout.js';
import { emptyState, withHistory, type AdoptedApp, type HostState } from '../shell/state.js';
import { quote, retryUntil } from '../shell/quote.js';
import { listenVia, portMoved, servedVia, startHandoff, stopHandoff } from '../host/handoff.js';
import { siteOps } from './site-ops.js';
import type { Plan, Step } from './types.js';
import { adoptedSite, type AdoptRequest } from './adopt-app.js';
import { lockStep, MIN, recordStep, unlockStep, planOf } from './steps.js';

export type { AdoptRequest };

export type AdoptPlanResult = { kind: 'plan'; plan: Plan; adopted: AdoptedApp } | { kind: 'refused'; message: string };

/**
 * `slotflip adopt`: slotflip's site takes the server names over from the site that serves the app today (one nginx
 * reload), its routes pointing at the app that runs, and its state records what it adopted. Nothing of the app is
 * stopped or moved: the next deploy builds a slot beside it, flips to it without a reload and then retires it.
 */
export function buildAdoptPlan(req: AdoptRequest): AdoptPlanResult {
  const inst = req.instance;
  const l = layout(inst.id);
  const found = adoptedSite(req);
  if (found.kind === 'refused') return found;
  const { adopted, bridges, version } = found.site;
  const { components, handoff } = adopted;
  const from = adopted.site;
  const took = from ? from.path : `port ${handoff!.port}`;
  const state: HostState = withHistory(
    { ...emptyState(inst.id), adopted },
    {
      run: req.run,
      op: 'adopt',
      release: version ?? 'unknown',
      slot: 'blue',
      result: 'ok',
      at: req.now,
      detail: `took over ${took} (${Object.values(components)
        .map((c) => c.unit ?? c.upstream)
        .join(', ')})`,
    },
  );
  const site = handoff ? listenVia(req.siteFile, handoff) : req.siteFile;
  if (!site) return { kind: 'refused', message: portMoved(handoff!, inst.nginx?.http_port) };
  const steps: Step[] = [
    lockStep(inst.id, req, { before: [{ kind: 'run', argv: ['install', '-d', '-m', '0755', l.root] }] }),
    ...(bridges.length
      ? [
          {
            id: 'bridge',
            phase: 'stage' as const,
            title: 'a unix socket in front of each app that listens on TCP only (systemd-socket-proxyd)',
            timeoutMs: MIN,
            ops: bridges,
            undo: [{ kind: 'sh' as const, text: removeBridges(adopted).join('\n') }],
          },
        ]
      : []),
    {
      id: 'route',
      phase: 'stage',
      title: `slotflip's routes to the running app (${Object.entries(components)
        .map(([n, c]) => `${n}: ${c.upstream}`)
        .join(', ')})${handoff ? `, its site on port ${handoff.via} for now` : ''}`,
      timeoutMs: MIN,
      ops: [
        routeToAdopted(inst, adopted),
        ...(handoff
          ? siteOps(inst, site)
          : [{ kind: 'write' as const, path: site.path, content: site.content, mode: site.mode, secret: false }]),
      ],
      ...(handoff
        ? {
            undo: [
              {
                kind: 'sh' as const,
                text: `rm -f ${quote(l.siteLink)} ${quote(l.site)}\nnginx -t -q && ${RELOAD_NGINX}`,
              },
            ],
          }
        : {}),
    },
  ];
  if (from) {
    const handover = handOverSite(inst, from);
    steps.push({
      id: 'handover',
      phase: 'flip',
      title: `hand ${req.site.names.join(', ')} over from ${from.path} to slotflip's site (one nginx reload)`,
      timeoutMs: MIN,
      movesTraffic: true,
      ops: handover.ops,
      undo: handover.undo,
    });
  }
  const check = confirmStep(inst, version, handoff);
  if (check) steps.push(check);
  if (handoff) {
    steps.push({
      id: 'handoff',
      phase: 'flip',
      title:
        `connections for port ${handoff.port} go to nginx on ${handoff.via} (an nftables redirect; ` +
        `open ones stay with the app)`,
      timeoutMs: MIN,
      movesTraffic: true,
      ops: [startHandoff(inst.id, handoff)],
      undo: [stopHandoff(inst.id)],
    });
  }
  steps.push(recordStep(inst.id, state, 'record the adopted app in state.json'));
  const plan: Plan = planOf(req, inst.id, {
    release: { id: version ?? 'adopted', version: version ?? 'adopted' },
    from: null,
    to: 'blue',
    steps,
    finally: unlockStep(inst.id, req.run),
    notes: [
      `the app keeps running as it is; the next deploy starts a slot beside it, flips to it without a reload and ` +
        `then stops ${Object.values(components)
          .map((c) => c.unit ?? c.upstream)
          .join(', ')}`,
      ...(handoff
        ? [
            `port ${handoff.port} stays the app's own until then: nginx serves it through the redirect, and ` +
              `takes it over once the app has stopped`,
          ]
        : []),
    ],
  });
  return { kind: 'plan', plan, adopted };
}

/** The check that the app still answers through nginx once slotflip's site serves it: its version if it reports one. */
function confirmStep(inst: Instance, version: string | null, handoff: AdoptedApp['handoff']): Step | undefined {
  // During a handoff nginx serves on the spare port: the checks through nginx go there.
  const served = servedVia(inst, handoff);
  const probe = versionProbe(inst);
  // The version as the app reported it (Vikunja's "v2.4.0"): matched as it is, not formatted as a release.
  const confirm = version ? confirmThroughNginx(served, version, true) : undefined;
  const health = throughNginx(served, inst.health.checks.find((c) => c.type === 'http')?.path ?? '/');
  if (confirm)
    return {
      id: 'confirm',
      phase: handoff ? 'stage' : 'flip',
      title:
        `confirm through nginx that ${probe?.path} ` +
        `${handoff ? `on port ${handoff.via} reaches` : 'still reaches'} ${version}`,
      timeoutMs: MIN,
      ops: [confirm],
    };
  if (health)
    return {
      id: 'confirm',
      phase: handoff ? 'stage' : 'flip',
      title: 'confirm through nginx that the app still answers',
      timeoutMs: MIN,
      ops: [
        {
          kind: 'sh',
          text: retryUntil(
            `[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 ${health.curl})" = 200 ]`,
            50,
            '0.1',
            "the app does not answer through slotflip's site",
          ),
        },
      ],
    };
  return undefined;
}
