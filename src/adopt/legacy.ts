import type { Instance } from '../config/environment.generated.js';
import { layout } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { versionProbe } from '../host/health.js';
import { SPARE_PORTS } from '../host/handoff.js';
import { type NginxConfig, resolveProxyPass, type Upstream, upstreamLabel } from './nginx-config.js';

// What runs today for an instance slotflip is asked to adopt: the nginx site that serves its server names, where each
// of its components' routes is proxied, which systemd unit listens there, and the release it reports.

export interface LegacyComponent {
  component: string;
  upstream: Upstream;
  unit?: string;
  version?: string;
  /** SQLite databases the app's process has open (its data lives there, not in the environment's PostgreSQL). */
  sqlite?: string[];
}

export interface LegacySite {
  /** The enabled site that serves the app; null when the app listens on the site's port itself (no nginx in front). */
  file: string | null;
  names: string[];
  components: LegacyComponent[];
  /** No nginx in front: the port users reach the app on, what the host offers to hand it to nginx (host/handoff.ts). */
  direct?: { port: number; nft?: boolean; via?: number };
}

export type Found = { ok: true; site: LegacySite } | { ok: false; reason: string; noSite?: boolean };

/** The one enabled site that serves the environment's server names, and each component's upstream in it. */
export function findLegacySite(inst: Instance, config: NginxConfig): Found {
  const wanted: readonly string[] = inst.nginx?.server_names ?? [];
  const ours = layout(inst.id).siteLink;
  const servers = config.servers.filter((s) => s.file !== ours && s.names.some((n) => wanted.includes(n)));
  const files = [...new Set(servers.map((s) => s.file))];
  if (files.length === 0)
    return {
      ok: false,
      noSite: true,
      reason:
        `no enabled nginx site serves ${wanted.join(', ') || '(no nginx.server_names)'}: adopt takes ` +
        `over an instance nginx already serves under the environment's server names`,
    };
  if (files.length > 1)
    return {
      ok: false,
      reason: `${wanted.join(', ')} are served by more than one site (${files.join(', ')}): leave one, then adopt`,
    };
  const components: LegacyComponent[] = [];
  for (const [name, c] of Object.entries(inst.app.components)) {
    if (!c?.route) continue;
    const loc = servers
      .flatMap((s) => s.locations)
      .find((l) => l.path === c.route && ['', '=', '^~'].includes(l.modifier));
    if (!loc) return { ok: false, reason: `${files[0]} has no location ${c.route} for component ${name}` };
    if (!loc.proxyPass)
      return {
        ok: false,
        reason:
          `${files[0]}: location ${c.route} ` +
          `${loc.root ? `serves files from ${loc.root}` : 'proxies nothing'}; adopt takes over proxied apps`,
      };
    const upstream = resolveProxyPass(loc.proxyPass, config.upstreams);
    if (!upstream)
      return {
        ok: false,
        reason: `${files[0]}: location ${c.route} proxies to ${loc.proxyPass}, which slotflip cannot follow`,
      };
    if (upstream.kind === 'tcp' && !['127.0.0.1', 'localhost', '[::1]'].includes(upstream.host)) {
      return {
        ok: false,
        reason:
          `${files[0]}: location ${c.route} proxies to ${upstreamLabel(upstream)}, another machine: ` +
          `adopt takes over an app running in this container`,
      };
    }
    components.push({ component: name, upstream });
  }
  if (components.length === 0) return { ok: false, reason: `${inst.id} has no component with a route to take over` };
  return { ok: true, site: { file: files[0]!, names: servers.flatMap((s) => s.names), components } };
}

/**
 * No site serves the names: the app may listen on the site's port itself (a community-scripts container: Vikunja on
 * :3456, nothing in front). Then nginx.http_port is that port, and the one routed component is the app behind it.
 */
export function directApp(inst: Instance): Found {
  const port = inst.nginx?.http_port ?? 80;
  const routed = Object.entries(inst.app.components).filter(([, c]) => c?.route);
  if (routed.length !== 1)
    return {
      ok: false,
      reason:
        `an app with no nginx in front is one process on one port; ${inst.id} routes ${routed.length} ` +
        `components: put nginx in front of them first, then adopt`,
    };
  if (inst.app.components[routed[0]![0]]!.listen.type !== 'unix')
    return {
      ok: false,
      reason:
        `component ${routed[0]![0]} listens on TCP in the environment: adopting an app with no nginx ` +
        `in front needs a unix component (its listen: { type: unix })`,
    };
  return {
    ok: true,
    site: {
      file: null,
      names: [...(inst.nginx?.server_names ?? [])],
      components: [{ component: routed[0]![0], upstream: { kind: 'tcp', host: '127.0.0.1', port } }],
      direct: { port },
    },
  };
}

/** Read-only: for each upstream, the process listening there, its systemd unit, and the release it reports. */
export function listenersScript(inst: Instance, site: LegacySite): string {
  const probe = versionProbe(inst);
  const lines = [
    'set -u',
    'command -v ss >/dev/null || { echo "adopt needs ss (iproute2) on the target" >&2; exit 3; }',
  ];
  for (const c of site.components) {
    const u = c.upstream;
    const tag = `SLOTFLIP_LEGACY ${c.component}`;
    lines.push(
      u.kind === 'unix'
        ? `line=$(ss -xlpnH | awk -v p=${quote(u.path)} '$5 == p' | head -1)`
        : `line=$(ss -tlpnH ${quote(`sport = :${u.port}`)} | head -1)`,
      `pid=$(printf '%s' "$line" | sed -n 's/.*pid=\\([0-9]*\\).*/\\1/p')`,
      `if [ -n "$pid" ]; then unit=$(sed -n 's#^0::.*/\\([^/]*\\.service\\)$#\\1#p' "/proc/$pid/cgroup" | ` +
        `head -1); echo "${tag} unit $unit"; fi`,
      // An app that keeps its data in SQLite (a community-scripts Vikunja does) has the file open: its data is not in
      // the environment's database, and a deploy would start the new release on an empty one.
      `if [ -n "$pid" ]; then for fd in /proc/$pid/fd/*; do f=$(readlink "$fd" 2>/dev/null) || continue; ` +
        (`case "$f" in /*) [ -f "$f" ] && [ "$(head -c 15 "$f" 2>/dev/null)" = 'SQLite format 3' ] && echo "${tag} ` +
          `sqlite $f";; esac; done | sort -u; fi`),
    );
    if (probe?.path && probe.expect_version) {
      const curl =
        u.kind === 'unix'
          ? `curl -s --max-time 3 --unix-socket ${quote(u.path)} ${quote(`http://localhost${probe.path}`)}`
          : `curl -s --max-time 3 ${quote(`http://127.0.0.1:${u.port}${probe.path}`)}`;
      lines.push(
        `v=$(${curl} | sed -n 's/.*"version" *: *"\\([^"]*\\)".*/\\1/p' | head -1); [ -z "$v" ] || echo ` +
          `"${tag} version $v"`,
      );
    }
  }
  if (site.direct) {
    // The port goes to nginx through a redirect (nftables), and nginx listens on a spare port meanwhile.
    lines.push(
      'command -v nft >/dev/null && echo "SLOTFLIP_HANDOFF nft yes"',
      `for p in $(seq ${SPARE_PORTS.from} ${SPARE_PORTS.to}); do [ -n "$(ss -tlnH "sport = :$p")" ] || { ` +
        `echo "SLOTFLIP_HANDOFF via $p"; break; }; done`,
    );
  }
  return lines.join('\n');
}

export function withListeners(site: LegacySite, stdout: string): LegacySite {
  const components = site.components.map((c) => ({ ...c }));
  for (const m of stdout.matchAll(/^SLOTFLIP_LEGACY (\S+) (unit|version|sqlite) (.+)$/gm)) {
    const c = components.find((x) => x.component === m[1]);
    if (!c) continue;
    if (m[2] === 'sqlite') c.sqlite = [...(c.sqlite ?? []), m[3]!];
    else c[m[2] as 'unit' | 'version'] = m[3]!.trim();
  }
  if (!site.direct) return { ...site, components };
  const via = /^SLOTFLIP_HANDOFF via (\d+)$/m.exec(stdout)?.[1];
  return {
    ...site,
    components,
    direct: {
      port: site.direct.port,
      nft: /^SLOTFLIP_HANDOFF nft yes$/m.test(stdout),
      ...(via ? { via: Number(via) } : {}),
    },
  };
}
