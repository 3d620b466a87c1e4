// Reads what `nginx -T` prints (every configuration file, each after a `# configuration file PATH:` line) into the
// server blocks and upstreams an adoption needs. Pure: a small tokenizer for nginx's syntax, no I/O.

export interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

export interface ServerBlock {
  /** The file the block is in, as nginx included it (for a site: its link in sites-enabled). */
  file: string;
  names: string[];
  locations: { modifier: string; path: string; proxyPass?: string; root?: string }[];
}

export interface NginxConfig {
  servers: ServerBlock[];
  upstreams: Map<string, string[]>;
}

function tokens(text: string): string[] {
  const out: string[] = [];
  const re = /\s+|#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};"'#][^\s{};]*)/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(m[2]);
    else if (m[3] !== undefined) out.push(m[3]);
    else if (m[4] !== undefined) out.push(m[4]);
  }
  return out;
}

function parseBlock(t: string[], at: { i: number }): Directive[] {
  const out: Directive[] = [];
  let words: string[] = [];
  while (at.i < t.length) {
    const tok = t[at.i++]!;
    if (tok === ';') {
      if (words.length) out.push({ name: words[0]!, args: words.slice(1) });
      words = [];
    } else if (tok === '{') {
      out.push({ name: words[0] ?? '', args: words.slice(1), block: parseBlock(t, at) });
      words = [];
    } else if (tok === '}') return out;
    else words.push(tok);
  }
  return out;
}

export function parseDirectives(text: string): Directive[] {
  return parseBlock(tokens(text), { i: 0 });
}

function walk(ds: Directive[], visit: (d: Directive) => void): void {
  for (const d of ds) {
    visit(d);
    if (d.block && d.name !== 'server' && d.name !== 'upstream') walk(d.block, visit);
  }
}

export function parseNginxDump(dump: string): NginxConfig {
  const servers: ServerBlock[] = [];
  const upstreams = new Map<string, string[]>();
  const parts = dump.split(/^# configuration file (.+):$/m);
  for (let k = 1; k < parts.length; k += 2) {
    const file = parts[k]!;
    walk(parseDirectives(parts[k + 1] ?? ''), (d) => {
      if (d.name === 'upstream' && d.block)
        upstreams.set(
          d.args[0] ?? '',
          d.block.filter((x) => x.name === 'server').map((x) => x.args[0] ?? ''),
        );
      if (d.name !== 'server' || !d.block) return;
      const names = d.block.filter((x) => x.name === 'server_name').flatMap((x) => x.args);
      const locations = d.block
        .filter((x) => x.name === 'location' && x.block)
        .map((x) => {
          const [modifier, path] = x.args.length > 1 ? [x.args[0]!, x.args[1]!] : ['', x.args[0] ?? ''];
          return {
            modifier,
            path,
            proxyPass: x.block!.find((y) => y.name === 'proxy_pass')?.args[0],
            root: x.block!.find((y) => y.name === 'root' || y.name === 'alias')?.args[0],
          };
        });
      servers.push({ file, names, locations });
    });
  }
  return { servers, upstreams };
}

export type Upstream = { kind: 'unix'; path: string } | { kind: 'tcp'; host: string; port: number };

/**
 * Where a proxy_pass sends requests: a unix socket or a host:port, through a named upstream's first server if it names
 * one.
 */
export function resolveProxyPass(url: string, upstreams: ReadonlyMap<string, string[]>): Upstream | undefined {
  const m = /^https?:\/\/(unix:([^:]+):?|[^/]+)/.exec(url);
  if (!m) return undefined;
  if (m[2]) return { kind: 'unix', path: m[2] };
  const hostPort = m[1]!;
  const server = upstreams.get(hostPort)?.[0];
  if (server !== undefined)
    return server.startsWith('unix:') ? { kind: 'unix', path: server.slice(5) } : hostPortOf(server, 80);
  return hostPortOf(hostPort, url.startsWith('https') ? 443 : 80);
}

function hostPortOf(s: string, fallback: number): Upstream {
  const m = /^(.*?)(?::(\d+))?$/.exec(s)!;
  return { kind: 'tcp', host: m[1]!, port: m[2] ? Number(m[2]) : fallback };
}

export const upstreamLabel = (u: Upstream) => (u.kind === 'unix' ? `unix:${u.path}` : `${u.host}:${u.port}`);
