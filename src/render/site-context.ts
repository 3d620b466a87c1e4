// The nginx site's routes, static assets and upload limit, as the templates see them.
import type { Instance } from '../config/environment.generated.js';
import type { Preset } from '../presets/preset.js';
import { layout } from '../shell/layout.js';
import { RenderError } from './escape.js';
import { maxUpload, nginxSize } from '../presets/sizes.js';
import { assetsComponent } from '../host/assets.js';

/** Without an explicit limit, nginx accepts what the app accepts (its upload setting), else 10m. */
export function bodyLimit(instance: Instance, preset: Preset | undefined): string {
  const upload = preset ? maxUpload(preset, instance.app.config) : undefined;
  return upload ? nginxSize(upload) : '10m';
}

/**
 * Each location the site proxies: a component's own route, then the environment's extra locations (e.g. a websocket).
 */
export function siteRoutes(instance: Instance): { path: string; component: string; websocket: boolean }[] {
  const routes = Object.entries(instance.app.components).flatMap(([name, c]) =>
    c?.route ? [{ path: c.route, component: name, websocket: c.websocket ?? false }] : [],
  );
  for (const l of instance.nginx?.locations ?? [])
    routes.push({ path: l.path, component: l.component, websocket: l.websocket ?? false });
  const seen = new Set<string>();
  for (const r of routes) {
    if (seen.has(r.path))
      throw new RenderError(
        `${instance.id}: two nginx locations for ${r.path} (a component's route and nginx.locations, or a ` +
          `location twice)`,
      );
    seen.add(r.path);
  }
  return routes;
}

/** The kept frontend files nginx serves before asking the app (nginx.assets), or false. */
export function siteAssets(instance: Instance): { path: string; root: string; component: string } | false {
  const a = instance.nginx?.assets;
  if (!a) return false;
  if (siteRoutes(instance).some((r) => r.path === a.path))
    throw new RenderError(
      `${instance.id}: nginx.assets.path ${a.path} is also a route; the kept files are served at that path, ` +
        `so leave it out of the routes`,
    );
  return { path: a.path, root: layout(instance.id).assets, component: assetsComponent(instance) };
}
