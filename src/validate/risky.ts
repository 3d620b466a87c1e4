import type { Finding } from '../report/finding.js';
import { formatPath, locate, type PathSegment } from '../config/locate.js';
import type { ParsedFile } from '../config/parse.js';
import { isRecord } from './rules/rule.js';
import { walkWithSchema } from '../config/schema-walk.js';
import { configSecrets } from '../presets/config-walk.js';

// After merge, a changed command runs on the host, a changed host or host key receives the deploy's secrets, and a
// changed secret reference decides which secret the deploy reads and ships to the host. Such changes deserve a
// reviewer's eyes: they are flagged at their line, compared by instance id (not list position).

interface Sensitive {
  path: PathSegment[];
  value: unknown;
  kind: 'command' | 'target' | 'secret';
}

function sensitiveValues(parsed: ParsedFile): Map<string, Sensitive> {
  const out = new Map<string, Sensitive>();
  walkWithSchema(parsed.data, ({ path, value, refs }) => {
    if (path[0] !== 'instances' || typeof path[1] !== 'number') return;
    const list = (parsed.data as { instances: unknown[] }).instances;
    const inst = list[path[1]];
    const id = isRecord(inst) && typeof inst.id === 'string' ? inst.id : `#${path[1]}`;
    const key = `${id}|${formatPath(path.slice(2))}`;
    if (refs.includes('command') && typeof value === 'string') out.set(key, { path, value, kind: 'command' });
    else if (refs.includes('secretName')) out.set(key, { path, value, kind: 'secret' });
    else if (path[2] === 'target' && path.length === 4) out.set(key, { path, value, kind: 'target' });
  });
  // app.config is free-form to the schema: its { secret: NAME } references are found by the config walk.
  const list = isRecord(parsed.data) && Array.isArray(parsed.data.instances) ? parsed.data.instances : [];
  list.forEach((inst, i) => {
    if (!isRecord(inst) || !isRecord(inst.app)) return;
    const id = typeof inst.id === 'string' ? inst.id : `#${i}`;
    for (const ref of configSecrets(inst.app.config)) {
      const path: PathSegment[] = ['instances', i, 'app', 'config', ...ref.written, 'secret'];
      out.set(`${id}|${formatPath(path.slice(2))}`, { path, value: ref.name, kind: 'secret' });
    }
  });
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function message(s: Sensitive, isNew: boolean): string {
  const field = formatPath(s.path.slice(2));
  if (s.kind === 'command')
    return `${isNew ? 'new' : 'changed'} command (${field}): it will run on the host after merge; review it`;
  if (s.kind === 'secret')
    return (
      `${isNew ? 'new' : 'changed'} secret reference (${field}: ${String(s.value)}): the deploy will ` +
      `read this secret and send it to the host after merge; confirm it is the secret meant`
    );
  const what =
    field === 'target.host_keys'
      ? 'pinned host key'
      : field === 'target.host'
        ? 'target host'
        : `target setting ${field}`;
  return (
    `${isNew ? 'new' : 'changed'} ${what}: the deploy will send its secrets to this target after ` +
    `merge; confirm it with the host's owner`
  );
}

export function riskyChanges(current: ParsedFile, base: ParsedFile | undefined): Finding[] {
  if (!base) {
    return [
      {
        file: current.file,
        ...locate(current, []),
        severity: 'warning',
        path: '',
        rule: 'risky-change',
        message: 'new environment file: review its targets, host keys and commands before merging',
      },
    ];
  }
  const before = sensitiveValues(base);
  const findings: Finding[] = [];
  for (const [key, s] of sensitiveValues(current)) {
    const old = before.get(key);
    if (old && same(old.value, s.value)) continue;
    findings.push({
      file: current.file,
      ...locate(current, s.path),
      severity: 'warning',
      path: formatPath(s.path),
      rule: 'risky-change',
      message: message(s, !old),
    });
  }
  return findings;
}
