import { bridgeName, bridgeSocket, bridgeUnits, savedSitesDir } from '../host/adopt.js';
import { SPARE_PORTS } from '../host/handoff.js';
import type { AdoptedApp } from '../shell/state.js';
import type { Op } from '../shell/ops.js';
import { upstreamLabel } from '../adopt/nginx-config.js';
import type { Instance } from '../config/environment.generated.js';
import type { LegacySite } from '../adopt/legacy.js';
import type { HostGuard } from '../shell/state.js';
import type { RenderedFile } from '../shell/ops.js';

export interface AdoptRequest {
  run: string;
  owner: string;
  now: string;
  instance: Instance;
  site: LegacySite;
  /** slotflip's rendered nginx site for the instance (the one every deploy writes). */
  siteFile: RenderedFile;
  guard?: HostGuard;
}

export interface AdoptedSite {
  adopted: AdoptedApp;
  /** systemd-socket-proxyd units for apps that listen on TCP behind a unix component. */
  bridges: Op[];
  version: string | null;
}

/**
 * What `slotflip adopt` takes over, read from the site that serves the app today: each component's unit and upstream
 * (with a socket bridge where the environment wants unix and the app listens on TCP), the site file it saves, the
 * port it takes over. Refused when nginx cannot reach the app the way the environment says.
 */
export function adoptedSite(
  req: AdoptRequest,
): { kind: 'site'; site: AdoptedSite } | { kind: 'refused'; message: string } {
  const inst = req.instance;
  const components: AdoptedApp['components'] = {};
  const bridges: Op[] = [];
  for (const c of req.site.components) {
    const listen = inst.app.components[c.component]!.listen;
    const tcpBehindUnix = c.upstream.kind === 'tcp' && listen.type === 'unix';
    if (c.upstream.kind === 'unix' && listen.type !== 'unix') {
      return {
        kind: 'refused',
        message:
          `component ${c.component} listens on TCP in the environment, but the app runs on ` +
          `unix:${c.upstream.path}: nginx can reach a socket only through a unix component; set its listen to unix`,
      };
    }
    components[c.component] = {
      unit: c.unit ?? null,
      upstream: upstreamLabel(c.upstream),
      ...(tcpBehindUnix
        ? { bridge: { unit: bridgeName(inst.id, c.component), socket: bridgeSocket(inst.id, c.component) } }
        : {}),
    };
    if (tcpBehindUnix && c.upstream.kind === 'tcp') bridges.push(...bridgeUnits(inst.id, c.component, c.upstream.port));
  }
  const version = req.site.components.find((c) => c.version)?.version ?? null;
  const direct = req.site.direct;
  if (direct && (!direct.nft || !direct.via)) {
    return {
      kind: 'refused',
      message: direct.nft
        ? `no free port between ${SPARE_PORTS.from} and ${SPARE_PORTS.to} for nginx while it takes port ` +
          `${direct.port} over`
        : `nginx takes port ${direct.port} over from the app through an nftables redirect, and nft is not ` +
          `installed on the host: apt-get install nftables, then adopt`,
    };
  }
  const handoff = direct ? { port: direct.port, via: direct.via! } : undefined;
  const from = req.site.file
    ? { path: req.site.file, savedAt: `${savedSitesDir}/${req.site.file.split('/').pop()!}` }
    : undefined;
  const adopted: AdoptedApp = {
    since: req.now,
    version,
    ...(from ? { site: from } : {}),
    ...(handoff ? { handoff } : {}),
    components,
  };
  return { kind: 'site', site: { adopted, bridges, version } };
}
