import type { Finding, Severity } from '../../report/finding.js';
import { formatPath, locate, type PathSegment } from '../../config/locate.js';
import type { ParsedFile } from '../../config/parse.js';
import type { Preset } from '../../presets/preset.js';

/** What rules know beyond the files: the presets of the apps they name (templates/<app>/preset.yaml). */
export interface RuleContext {
  presets: ReadonlyMap<string, Preset>;
  /** App → why its preset could not be read. */
  brokenPresets: ReadonlyMap<string, string>;
  /**
   * Files read only as context, not validated in this run: the environment a file promotes from, found beside it when
   * it was not among the files given (so `validate production.yaml` alone checks the promotion as deploy does).
   */
  context?: readonly ParsedFile[];
}

export const NO_PRESETS: RuleContext = { presets: new Map(), brokenPresets: new Map() };

/** A semantic rule sees every file of the run at once (clashes span files) and may not assume the schema passed. */
export type Rule = (files: readonly ParsedFile[], ctx: RuleContext) => Finding[];

export type Loose = Record<string, unknown>;

export function isRecord(v: unknown): v is Loose {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function at(
  parsed: ParsedFile,
  path: PathSegment[],
  severity: Severity,
  rule: string,
  message: string,
  where: 'value' | 'key' = 'value',
): Finding {
  return { file: parsed.file, ...locate(parsed, path, where), severity, path: formatPath(path), rule, message };
}

export interface InstanceRef {
  parsed: ParsedFile;
  index: number;
  path: PathSegment[];
  inst: Loose;
  id: string;
}

/** The instances of every file, as far as they are shaped like instances. */
export function instancesOf(files: readonly ParsedFile[]): InstanceRef[] {
  const out: InstanceRef[] = [];
  for (const parsed of files) {
    const list = isRecord(parsed.data) ? parsed.data.instances : undefined;
    if (!Array.isArray(list)) continue;
    list.forEach((inst, index) => {
      if (isRecord(inst))
        out.push({
          parsed,
          index,
          path: ['instances', index],
          inst,
          id: typeof inst.id === 'string' ? inst.id : `#${index}`,
        });
    });
  }
  return out;
}

export function where(ref: InstanceRef): string {
  return `${ref.parsed.file}:${locate(ref.parsed, ref.path).line}`;
}

/** Two instances share a machine when their targets name the same host (or the same Proxmox container). */
export function hostKey(inst: Loose): string | undefined {
  const t = isRecord(inst.target) ? inst.target : undefined;
  if (!t) return undefined;
  if (t.transport === 'pct' && typeof t.vmid === 'number')
    return `pct:${String(t.node ?? t.host ?? 'local')}:${t.vmid}`;
  if (t.transport === 'local') return 'local';
  return typeof t.host === 'string' ? t.host.toLowerCase() : undefined;
}

export function hostLabel(key: string): string {
  if (key.startsWith('pct:')) {
    const [, node, vmid] = key.split(':');
    return `container ${vmid} on ${node}`;
  }
  return key === 'local' ? 'the local machine' : `host ${key}`;
}

/**
 * A service on the instance's own machine (PostgreSQL or Redis at a loopback name): one address list for every rule.
 */
export const isLocalHost = (host: unknown) =>
  typeof host === 'string' && ['127.0.0.1', 'localhost', '::1'].includes(host);

/** The preset of an instance's app, if it has one. */
export function presetOf(ref: InstanceRef, ctx: RuleContext): Preset | undefined {
  const app = isRecord(ref.inst.app) ? ref.inst.app.name : undefined;
  return typeof app === 'string' ? ctx.presets.get(app) : undefined;
}
