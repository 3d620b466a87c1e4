import type { Finding } from '../../report/finding.js';
import type { PathSegment } from '../../config/locate.js';
import {
  at,
  hostKey,
  hostLabel,
  instancesOf,
  isRecord,
  where,
  type InstanceRef,
  type Rule,
  isLocalHost,
} from './rule.js';

type Kind = 'component' | 'nginx' | 'postgres' | 'redis';

interface Claim {
  ref: InstanceRef;
  path: PathSegment[];
  port: number;
  kind: Kind;
  /** The component or service that listens, e.g. "component backend" or "PostgreSQL". */
  owner: string;
  slot?: 'blue' | 'green';
}

const describeClaim = (c: Claim) => (c.slot ? `${c.owner} (${c.slot})` : c.owner);

function claimsOf(ref: InstanceRef): Claim[] {
  const claims: Claim[] = [];
  const add = (value: unknown, path: PathSegment[], kind: Kind, owner: string, slot?: 'blue' | 'green') => {
    if (typeof value === 'number') claims.push({ ref, path: [...ref.path, ...path], port: value, kind, owner, slot });
  };
  const app = isRecord(ref.inst.app) ? ref.inst.app : {};
  const components = isRecord(app.components) ? app.components : {};
  for (const [name, c] of Object.entries(components)) {
    const listen = isRecord(c) && isRecord(c.listen) ? c.listen : undefined;
    if (listen?.type !== 'tcp') continue;
    for (const slot of ['blue', 'green'] as const)
      add(listen[slot], ['app', 'components', name, 'listen', slot], 'component', `component ${name}`, slot);
  }
  const nginx = isRecord(ref.inst.nginx) ? ref.inst.nginx : undefined;
  if (nginx) {
    add(nginx.http_port ?? 80, ['nginx'], 'nginx', 'nginx (http)');
    if (isRecord(nginx.tls) && nginx.tls.enabled === true)
      add(nginx.https_port ?? 443, ['nginx'], 'nginx', 'nginx (https)');
  }
  const target = isRecord(ref.inst.target) ? ref.inst.target : {};
  for (const kind of ['postgres', 'redis'] as const) {
    const svc = ref.inst[kind === 'postgres' ? 'database' : 'redis'];
    if (!isRecord(svc) || typeof svc.host !== 'string') continue;
    const local = isLocalHost(svc.host) || svc.host === target.host;
    if (local)
      add(
        svc.port,
        [kind === 'postgres' ? 'database' : 'redis', 'port'],
        kind,
        kind === 'postgres' ? 'PostgreSQL' : 'Redis',
      );
  }
  return claims;
}

/** nginx, PostgreSQL and Redis may be shared by several instances on one host; a component's port is its own. */
function clash(a: Claim, b: Claim): boolean {
  if (a.port !== b.port) return false;
  if (a.kind === 'component' || b.kind === 'component') return true;
  return a.kind !== b.kind;
}

// Port, slot and server-name clashes between instances, slots and components that share a host.
export const hostClashes: Rule = (files) => {
  const findings: Finding[] = [];
  const byHost = new Map<string, { claims: Claim[]; names: Map<string, InstanceRef> }>();
  for (const ref of instancesOf(files)) {
    const host = hostKey(ref.inst);
    if (!host) continue;
    const entry = byHost.get(host) ?? { claims: [] as Claim[], names: new Map<string, InstanceRef>() };
    byHost.set(host, entry);
    for (const claim of claimsOf(ref)) {
      const prior = entry.claims.find((p) => clash(p, claim));
      if (prior) {
        const same = prior.ref === ref;
        const blueIsGreen = same && prior.owner === claim.owner;
        const message = blueIsGreen
          ? `${claim.owner} uses port ${claim.port} for both blue and green: each slot needs its own port`
          : `port ${claim.port} of ${describeClaim(claim)} is already used by ` +
            (`${same ? '' : `instance "${prior.ref.id}" `}${describeClaim(prior)} (${where(prior.ref)}) on ` +
              `${hostLabel(host)}`);
        findings.push(at(ref.parsed, claim.path, 'error', blueIsGreen ? 'blue-equals-green' : 'port-clash', message));
      }
      entry.claims.push(claim);
    }
    const names =
      isRecord(ref.inst.nginx) && Array.isArray(ref.inst.nginx.server_names) ? ref.inst.nginx.server_names : [];
    names.forEach((name, i) => {
      if (typeof name !== 'string') return;
      const prior = entry.names.get(name.toLowerCase());
      if (prior && prior !== ref) {
        findings.push(
          at(
            ref.parsed,
            [...ref.path, 'nginx', 'server_names', i],
            'error',
            'server-name-clash',
            `server name "${name}" is already served by instance "${prior.id}" (${where(prior)}) on ` +
              `${hostLabel(host)}: nginx would send all its traffic to one of them`,
          ),
        );
      } else entry.names.set(name.toLowerCase(), ref);
    });
  }
  return findings;
};
