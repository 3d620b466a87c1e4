import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

// The house's rule, read from the imports themselves (test/architecture/layers.test.ts checks it). Folders of src/
// from the ground up: a folder may import its own files and any folder below it, never one above. `shell` and the
// root's basics (errors, exit codes) are the ground floor; `cli.ts` and `github/main.ts` are the two doors.
export const LAYERS = [
  'shell',
  'types',
  '(basics)',
  'report',
  'config',
  'secrets',
  'presets',
  'transport',
  'host',
  'render',
  'adopt',
  'backup',
  'facts',
  'doctor',
  'validate',
  'plan',
  'engine',
  'provision',
  'lab',
  'session',
  'commands',
  'github',
  'cli',
  '(entries)',
] as const;

const ENTRIES = ['cli.ts', 'github/main.ts'];

/** The layer a file of src/ belongs to. */
export function layerOf(file: string): string {
  if (ENTRIES.includes(file)) return '(entries)';
  return file.includes('/') ? file.split('/')[0]! : '(basics)';
}

export interface Import {
  /** The importing file, relative to src/. */
  from: string;
  /** A file of src/ (relative to it), or a package name. */
  to: string;
  /** The names imported (empty for a namespace or side-effect import). */
  names: string[];
  typeOnly: boolean;
  line: number;
}

/** Every .ts file of a tree, relative to it. */
export function sourceFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(root, path);
    return name.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

// The clause between `import` and `from` is names, braces, commas and `* as x` only: `export const f = () =>` is not
// one.
const IMPORT =
  /^\s*(?:import|export)\s+(type\s+)?(?:([\w$*{},\s]*?)\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The imports of one source text: static, re-exports and dynamic `import('...')`. */
export function importsOf(file: string, text: string): Import[] {
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4]!;
    const line = text.slice(0, m.index).split('\n').length;
    const clause = m[2] ?? '';
    const names = [...clause.matchAll(/(?:^|[{,\s])(?:type\s+)?([A-Za-z_$][\w$]*)(?:\s+as\s+[\w$]+)?\s*(?=[,}])/g)].map(
      (n) => n[1]!,
    );
    const to = spec.startsWith('.') ? normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts') : spec;
    out.push({ from: file, to, names, typeOnly: Boolean(m[1]), line });
  }
  return out;
}

/** Packages that start processes or open connections: only transport/ may import them. */
const PROCESS_OR_SOCKET = [
  'node:child_process',
  'child_process',
  'node:net',
  'node:tls',
  'node:http',
  'node:https',
  'node:dgram',
  'node-ssh',
];

/** What breaks the rule, one line each: `file:line: why`. */
export function violations(files: Map<string, string>): string[] {
  const rank = (layer: string) => LAYERS.indexOf(layer as (typeof LAYERS)[number]);
  const found: string[] = [];
  for (const [file, text] of files) {
    const layer = layerOf(file);
    if (rank(layer) < 0) found.push(`${file}:1: folder ${layer} has no place in the layers`);
    for (const imp of importsOf(file, text)) {
      const at = `${imp.from}:${imp.line}`;
      if (files.has(imp.to)) {
        const target = layerOf(imp.to);
        if (target !== layer && rank(target) > rank(layer))
          found.push(`${at}: ${layer} imports ${imp.to} from ${target}, a layer above it`);
        continue;
      }
      if (imp.to.endsWith('.json')) continue;
      const opensSomething =
        PROCESS_OR_SOCKET.includes(imp.to) ||
        (imp.to === 'ssh2' && !imp.typeOnly && imp.names.some((n) => n !== 'utils'));
      if (opensSomething && layer !== 'transport')
        found.push(`${at}: only transport/ starts processes or opens connections (${imp.to})`);
      if (imp.to.startsWith('@actions/') && layer !== 'github' && layer !== '(entries)')
        found.push(`${at}: only github/ talks to GitHub (${imp.to})`);
    }
    if (
      layer !== 'github' &&
      layer !== 'transport' &&
      /(?:^|[=(:,]\s*|\b(?:await|return)\s+)fetch\(/m.test(text.replace(/`(?:[^`\\]|\\.)*`/g, '``'))
    )
      found.push(`${file}:1: only github/ and transport/ call fetch`);
  }
  return found;
}

/** Files of src/ with their text. */
export function readTree(root: string): Map<string, string> {
  return new Map(sourceFiles(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]));
}

/** Circles among the files of src/ (type imports too), each as the files that form it; none is the rule. */
export function cycles(files: Map<string, string>): string[][] {
  const next = new Map(
    [...files].map(([f, t]) => [
      f,
      importsOf(f, t)
        .map((i) => i.to)
        .filter((to) => files.has(to)),
    ]),
  );
  // Tarjan's strongly connected components: a component of more than one file is a circle.
  let index = 0;
  const stack: string[] = [];
  const seen = new Map<string, { index: number; low: number; onStack: boolean }>();
  const found: string[][] = [];
  const visit = (f: string): void => {
    const me = { index, low: index++, onStack: true };
    seen.set(f, me);
    stack.push(f);
    for (const to of next.get(f) ?? []) {
      const other = seen.get(to);
      if (!other) {
        visit(to);
        me.low = Math.min(me.low, seen.get(to)!.low);
      } else if (other.onStack) me.low = Math.min(me.low, other.index);
    }
    if (me.low !== me.index) return;
    const component: string[] = [];
    for (let g = stack.pop()!; ; g = stack.pop()!) {
      seen.get(g)!.onStack = false;
      component.push(g);
      if (g === f) break;
    }
    if (component.length > 1) found.push(component.sort());
  };
  for (const f of files.keys()) if (!seen.has(f)) visit(f);
  return found;
}
