import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schemaJson from '../../schema/pct-create.schema.json' with { type: 'json' };

// Holds a `pct create` argv to the parameters Proxmox documents (schema/pct-create.schema.json): the argv is read the
// way pct reads it (positional vmid and ostemplate, `--option value` pairs, property strings such as
// `name=eth0,bridge=vmbr0,ip=dhcp` into objects, 0/1 and numbers as numbers) and checked against the schema.

/**
 * Options whose value is a property string; the key a bare first item stands for (`local-lvm:8` is the rootfs volume).
 */
const PROPERTY_STRINGS: Array<{ match: RegExp; defaultKey?: string }> = [
  { match: /^features$/ },
  { match: /^rootfs$/, defaultKey: 'volume' },
  { match: /^net[0-9]+$/ },
];

const scalar = (v: string): string | number => (/^-?[0-9]+(\.[0-9]+)?$/.test(v) ? Number(v) : v);

function propertyString(value: string, defaultKey?: string): Record<string, string | number> | string {
  const out: Record<string, string | number> = {};
  for (const [i, item] of value.split(',').entries()) {
    const eq = item.indexOf('=');
    if (eq < 0 && i === 0 && defaultKey) out[defaultKey] = item;
    else if (eq <= 0) return `"${item}" is not key=value`;
    else out[item.slice(0, eq)] = scalar(item.slice(eq + 1));
  }
  return out;
}

/** An ajv error in pct's terms: the option (and key) it is about, and what pct would refuse, without schema jargon. */
function describe(e: ErrorObject): string {
  const at = e.instancePath.split('/').filter(Boolean);
  const where = at.length ? `--${at[0]}${at.length > 1 ? ` ${at.slice(1).join('.')}` : ''}` : 'pct create';
  const p = e.params as { additionalProperty?: string; missingProperty?: string; allowedValues?: unknown[] };
  if (e.keyword === 'additionalProperties')
    return at.length
      ? `${where}: "${p.additionalProperty}" is not a key of this option`
      : `--${p.additionalProperty}: pct create has no such option`;
  if (e.keyword === 'required')
    return at.length ? `${where}: needs ${p.missingProperty}=` : `pct create needs <${p.missingProperty}>`;
  if (e.keyword === 'enum') return `${where}: must be one of ${p.allowedValues!.join(', ')}`;
  if (e.keyword === 'pattern' || e.keyword === 'anyOf')
    return `${where}: ${JSON.stringify(e.data)} is not a value pct accepts here`;
  return `${where}: ${e.message}`;
}

export type PctCheck = { ok: true; parameters: Record<string, unknown> } | { ok: false; errors: string[] };

let validator: ValidateFunction | undefined;

export function checkPctCreate(argv: readonly string[]): PctCheck {
  const [pct, command, vmid, ostemplate, ...rest] = argv;
  if (pct !== 'pct' || command !== 'create')
    return { ok: false, errors: [`not a pct create command: ${argv.slice(0, 2).join(' ')}`] };
  if (!vmid || !ostemplate || vmid.startsWith('--') || ostemplate.startsWith('--'))
    return { ok: false, errors: ['pct create needs <vmid> <ostemplate> first'] };
  const parameters: Record<string, unknown> = { vmid: scalar(vmid), ostemplate };
  const errors: string[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i]!;
    const value = rest[i + 1];
    if (!flag.startsWith('--') || value === undefined) {
      errors.push(`${flag}: expected --option value`);
      continue;
    }
    const name = flag.slice(2);
    if (name in parameters) errors.push(`--${name} given twice`);
    const ps = PROPERTY_STRINGS.find((p) => p.match.test(name));
    const parsed = ps ? propertyString(value, ps.defaultKey) : scalar(value);
    if (typeof parsed === 'string' && ps) errors.push(`--${name}: ${parsed}`);
    else parameters[name] = parsed;
  }
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    validator = ajv.compile(schemaJson);
  }
  if (!validator(parameters)) {
    const all = validator.errors ?? [];
    // A value that fails every branch of an anyOf (an IP, or dhcp) is reported once, by the anyOf.
    const either = new Set(all.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    errors.push(...all.filter((e) => e.keyword === 'anyOf' || !either.has(e.instancePath)).map(describe));
  }
  return errors.length ? { ok: false, errors } : { ok: true, parameters };
}
