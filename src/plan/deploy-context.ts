import type { Instance } from '../config/environment.generated.js';
import { listenVia, portMoved, servedVia } from '../host/handoff.js';
import { releaseId } from '../host/release.js';
import { layout, otherSlot, type Layout, type Slot } from '../shell/layout.js';
import type { RenderedFile } from '../shell/ops.js';
import type { AdoptedApp } from '../shell/state.js';
import type { DeployRequest } from './deploy-request.js';

/** What every part of a deploy plan reads, worked out once from the request. */
export interface DeployContext {
  req: DeployRequest;
  inst: Instance;
  l: Layout;
  /** The release's id on the host (version and hash). */
  id: string;
  from: Slot | null;
  to: Slot;
  /** The app slotflip adopted, on the first deploy over it. */
  adopted: AdoptedApp | undefined;
  /** Breaking migrations while a release serves: the maintenance page covers them. */
  breakingLive: boolean;
  components: string[];
  user: string;
  /** The port an adopted app held itself and hands to nginx once it stops. */
  handoff: AdoptedApp['handoff'];
  /** The nginx site as written on the host (on the spare port during a handoff). */
  site: RenderedFile | undefined;
  /** The instance as users reach it now (through the spare port during a handoff). */
  served: Instance;
  /** The run's id as a short tag the smoke flow puts in what it creates. */
  runTag: string;
  /** Why the site cannot be served during a handoff (the adopted app's port moved), if it cannot. */
  siteRefusal?: string;
}

export function deployContext(req: DeployRequest): DeployContext {
  const { instance: inst, state } = req;
  const l = layout(inst.id);
  const from = state.active;
  const adopted = from === null ? state.adopted : undefined;
  // An adopted app that held the site's port itself keeps it until it stops: nginx serves on the spare port till then.
  const handoff = adopted?.handoff;
  const rendered = req.files.find((f) => f.path === l.site);
  const site = rendered && handoff ? listenVia(rendered, handoff) : rendered;
  return {
    req,
    inst,
    l,
    id: releaseId(req.release.version, req.release.sha256),
    from,
    to: from ? otherSlot(from) : 'blue',
    adopted,
    breakingLive: req.release.breaking && from !== null,
    components: Object.keys(inst.app.components),
    user: inst.app.user ?? inst.app.name,
    handoff,
    site,
    served: servedVia(inst, handoff),
    runTag: req.run
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(-16)
      .toLowerCase(),
    ...(rendered && handoff && !site ? { siteRefusal: portMoved(handoff, inst.nginx?.http_port) } : {}),
  };
}
