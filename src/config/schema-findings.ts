import type { Finding } from '../report/finding.js';
import { formatPath, locate, pointerToPath, type PathSegment } from './locate.js';
import type { ParsedFile } from './parse.js';
import {
  describingValidator,
  environmentSchema,
  environmentValidator,
  type Environment,
  type SchemaError,
} from './schema.js';
import { didYouMean } from './suggest.js';

// Keys that hold a secret's value in other tools; here they are always a mistake.
const LITERAL_SECRET_KEY = /(^|_)(password|passwd|secret|token|private_key|api_key|apikey|jwtsecret)$/i;

type Schema = Record<string, unknown>;

// `then` subschemas mapped to their `if`, so a conditional requirement can say its condition. ajv hands us the
// very objects of the schema (parentSchema), so identity lookups work.
const conditionOfThen = new WeakMap<object, { condition: Schema; owner: Schema }>();
(function index(node: unknown, owner: Schema): void {
  if (!node || typeof node !== 'object') return;
  const s = node as Schema;
  const titled = typeof s.title === 'string' ? s : owner;
  if (s.if && s.then && typeof s.then === 'object')
    conditionOfThen.set(s.then as object, { condition: s.if as Schema, owner: titled });
  for (const v of Object.values(s)) index(v, titled);
})(environmentSchema, environmentSchema);

/** "(required when transport is ssh)": read from the schema's own if/then. */
function conditionOf(thenSchema: object): string {
  const cond = conditionOfThen.get(thenSchema)?.condition;
  const props = (cond?.properties ?? {}) as Record<string, { const?: unknown }>;
  const parts = Object.entries(props)
    .filter(([, s]) => s.const !== undefined)
    .map(([k, s]) => `${k} is ${String(s.const)}`);
  return parts.length ? ` (required when ${parts.join(' and ')})` : '';
}

// What to do about a missing key, where the bare fact is not enough.
const REQUIRED_HINTS: Record<string, string> = {
  'Redis.port':
    'the port is always explicit: Vikunja fails with "missing port in address" without it (e.g. port: 6379)',
  'Target.host_keys':
    'pin the host key: `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the host prints it; slotflip ' +
    'never trusts a key on first use',
};

function shown(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

interface Located {
  path: PathSegment[];
  at: 'value' | 'key';
  rule: string;
  message: string;
}

function describe(e: SchemaError): Located | undefined {
  const path = pointerToPath(e.instancePath);
  const parent = (e.parentSchema ?? {}) as Schema;
  switch (e.keyword) {
    case 'if':
    case 'propertyNames':
      return undefined; // the nested errors say it better
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      const owner = conditionOfThen.get(parent)?.owner ?? parent;
      const hint = REQUIRED_HINTS[`${String(owner?.title)}.${key}`];
      return {
        path,
        at: 'value',
        rule: 'schema',
        message: `missing required key "${key}"${conditionOf(parent)}${hint ? `: ${hint}` : ''}`,
      };
    }
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((parent.properties ?? {}) as Schema);
      const where = [...path, key];
      if (LITERAL_SECRET_KEY.test(key)) {
        const ref = allowed.find((k) => k.endsWith('_secret'));
        const hint = ref ? `name the secret with "${ref}: NAME"` : 'name secrets in the fields ending in _secret';
        return {
          path: where,
          at: 'key',
          rule: 'literal-secret',
          message:
            `"${key}" would hold a secret's value, which never belongs in an environment file: ` +
            `${hint} and provide its value as SLOTFLIP_SECRET_NAME`,
        };
      }
      const guess = didYouMean(key, allowed);
      const hint = guess ? `did you mean "${guess}"?` : `expected one of: ${allowed.join(', ')}`;
      return { path: where, at: 'key', rule: 'unknown-key', message: `unknown key "${key}"; ${hint}` };
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const guess = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
      return {
        path,
        at: 'value',
        rule: 'schema',
        message:
          `must be one of ${allowed.join(', ')}; got ` +
          `${shown(e.data)}${guess ? ` (did you mean "${guess}"?)` : ''}`,
      };
    }
    case 'const':
      return {
        path,
        at: 'value',
        rule: 'schema',
        message: `must be ${shown((e.params as { allowedValue: unknown }).allowedValue)}; got ${shown(e.data)}`,
      };
    case 'type': {
      const wanted = String((e.params as { type: string }).type);
      const article = wanted === 'object' ? 'a mapping' : wanted === 'array' ? 'a list' : `a ${wanted}`;
      return { path, at: 'value', rule: 'schema', message: `must be ${article}, got ${typeName(e.data)}` };
    }
    case 'pattern': {
      const name = (e as SchemaError & { propertyName?: string }).propertyName;
      const text =
        typeof parent.patternErrorMessage === 'string'
          ? parent.patternErrorMessage
          : `must match ${String(parent.pattern)}`;
      if (name !== undefined)
        return { path: [...path, name], at: 'key', rule: 'schema', message: `key "${name}" ${text}` };
      if (parent.title === 'Hostname' && typeof e.data === 'string' && /^[^:\s]+:[0-9]+$/.test(e.data)) {
        const [host, port] = e.data.split(':');
        return {
          path,
          at: 'value',
          rule: 'host-with-port',
          message:
            `must not include a port: write host: ${host} and port: ${port} (Vikunja fails with ` +
            `"missing port in address" when they are mixed up)`,
        };
      }
      if (parent.title === 'SecretName') {
        // Never echo what may be a real secret.
        return {
          path,
          at: 'value',
          rule: 'literal-secret',
          message:
            `${text}. If this is the secret itself, remove it from the file now and rotate it: it is ` +
            `in git history`,
        };
      }
      return { path, at: 'value', rule: 'schema', message: `${text}; got ${shown(e.data)}` };
    }
    default:
      return { path, at: 'value', rule: 'schema', message: e.message ?? `fails ${e.keyword}` };
  }
}

export type SchemaResult = { ok: true; env: Environment; findings: [] } | { ok: false; findings: Finding[] };

/** Checks one parsed file against the schema and reports every error at its line. */
export async function checkSchema(parsed: ParsedFile): Promise<SchemaResult> {
  if (environmentValidator()(parsed.data)) return { ok: true, env: parsed.data, findings: [] };
  // A file with errors is checked again by a validator compiled here from the schema itself: its errors hand back the
  // schema's own objects, which the messages look up (a conditional requirement names its condition).
  const validate = await describingValidator();
  validate(parsed.data);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const e of validate.errors ?? []) {
    const d = describe(e);
    if (!d) continue;
    const key = `${formatPath(d.path)}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      file: parsed.file,
      ...locate(parsed, d.path, d.at),
      severity: 'error',
      path: formatPath(d.path),
      rule: d.rule,
      message: d.message,
    });
  }
  return { ok: false, findings };
}
