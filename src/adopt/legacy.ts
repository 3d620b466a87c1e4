import type { Instance } from '../config/environment.generated.js';
import { layout } from '../host/layout.js';
import { quote } from '../host/shell.js';
import { versionProbe } from '../host/health.js';
import { type NginxConfig, resolveProxyPass, type Upstream, upstreamLabel } from './nginx-config.js';

// What runs today for an instance slotflip is asked to adopt: the nginx site that serves its server names, where each
// of its components' routes is proxied, which systemd unit listens there, and the release it reports.

export interface LegacyComponent {
  component: string;
  upstream: Upstream;
  unit?: string;
  version?: string;
}

export interface LegacySite {
  file: string;
  names: string[];
  components: LegacyComponent[];
}

export type Found = { ok: true; site: LegacySite } | { ok: false; reason: string };

/** The one enabled site that serves the environment's server names, and each component's upstream in it. */
export function findLegacySite(inst: Instance, config: NginxConfig): Found {
  const wanted: readonly string[] = inst.nginx?.server_names ?? [];
  const ours = layout(inst.id).siteLink;
  const servers = config.servers.filter((s) => s.file !== ours && s.names.some((n) => wanted.includes(n)));
  const files = [...new Set(servers.map((s) => s.file))];
  if (files.length === 0) return { ok: false, reason: `no enabled nginx site serves ${wanted.join(', ') || '(no nginx.server_names)'}: adopt takes over an instance nginx already serves under the environment's server names` };
  if (files.length > 1) return { ok: false, reason: `${wanted.join(', ')} are served by more than one site (${files.join(', ')}): leave one, then adopt` };
  const components: LegacyComponent[] = [];
  for (const [name, c] of Object.entries(inst.app.components)) {
    if (!c?.route) continue;
    const loc = servers.flatMap((s) => s.locations).find((l) => l.path === c.route && ['', '=', '^~'].includes(l.modifier));
    if (!loc) return { ok: false, reason: `${files[0]} has no location ${c.route} for component ${name}` };
    if (!loc.proxyPass) return { ok: false, reason: `${files[0]}: location ${c.route} ${loc.root ? `serves files from ${loc.root}` : 'proxies nothing'}; adopt takes over proxied apps` };
    const upstream = resolveProxyPass(loc.proxyPass, config.upstreams);
    if (!upstream) return { ok: false, reason: `${files[0]}: location ${c.route} proxies to ${loc.proxyPass}, which slotflip cannot follow` };
    if (upstream.kind === 'tcp' && !['127.0.0.1', 'localhost', '[::1]'].includes(upstream.host)) {
      return { ok: false, reason: `${files[0]}: location ${c.route} proxies to ${upstreamLabel(upstream)}, another machine: adopt takes over an app running in this container` };
    }
    components.push({ component: name, upstream });
  }
  if (components.length === 0) return { ok: false, reason: `${inst.id} has no component with a route to take over` };
  return { ok: true, site: { file: files[0]!, names: servers.flatMap((s) => s.names), components } };
}

/** Read-only: for each upstream, the process listening there, its systemd unit, and the release it reports. */
export function listenersScript(inst: Instance, site: LegacySite): string {
  const probe = versionProbe(inst);
  const lines = ['set -u', 'command -v ss >/dev/null || { echo "adopt needs ss (iproute2) on the target" >&2; exit 3; }'];
  for (const c of site.components) {
    const u = c.upstream;
    const tag = `SLOTFLIP_LEGACY ${c.component}`;
    lines.push(
      u.kind === 'unix' ? `line=$(ss -xlpnH | awk -v p=${quote(u.path)} '$5 == p' | head -1)` : `line=$(ss -tlpnH ${quote(`sport = :${u.port}`)} | head -1)`,
      `pid=$(printf '%s' "$line" | sed -n 's/.*pid=\\([0-9]*\\).*/\\1/p')`,
      `if [ -n "$pid" ]; then unit=$(sed -n 's#^0::.*/\\([^/]*\\.service\\)$#\\1#p' "/proc/$pid/cgroup" | head -1); echo "${tag} unit $unit"; fi`,
    );
    if (probe?.path && probe.expect_version) {
      const curl = u.kind === 'unix' ? `curl -s --max-time 3 --unix-socket ${quote(u.path)} ${quote(`http://localhost${probe.path}`)}` : `curl -s --max-time 3 ${quote(`http://127.0.0.1:${u.port}${probe.path}`)}`;
      lines.push(`v=$(${curl} | sed -n 's/.*"version" *: *"\\([^"]*\\)".*/\\1/p' | head -1); [ -z "$v" ] || echo "${tag} version $v"`);
    }
  }
  return lines.join('\n');
}

export function withListeners(site: LegacySite, stdout: string): LegacySite {
  const components = site.components.map((c) => ({ ...c }));
  for (const m of stdout.matchAll(/^SLOTFLIP_LEGACY (\S+) (unit|version) (\S+)$/gm)) {
    const c = components.find((x) => x.component === m[1]);
    if (c) c[m[2] as 'unit' | 'version'] = m[3];
  }
  return { ...site, components };
}
