import type { Finding } from '../../report/finding.js';
import { configEntries, envName, type ConfigEntry } from '../../presets/config-walk.js';
import type { KeyType, Preset } from '../../presets/preset.js';
import { didYouMean } from '../../config/suggest.js';
import { at, instancesOf, isRecord, presetOf, type InstanceRef, type Rule } from './rule.js';

// An app silently ignores a key it does not know (Vikunja: a misspelt or renamed key, or a VIKUNJA_* variable, just has
// no effect). With a preset, every key of app.config is checked against the pinned release's list, at its own line.

const SECRET_NAMES =
  /(^|[._])(password|secret|secretkey|clientsecret|apikey|accesstoken|bindpassword|proxypassword|testingtoken)$/;

function typeOk(t: KeyType, v: unknown): boolean {
  if (t === 'boolean') return typeof v === 'boolean';
  if (t === 'integer') return Number.isInteger(v);
  if (t === 'string') return typeof v === 'string' || typeof v === 'number';
  if (t === 'list') return Array.isArray(v) && v.every((x) => typeof x === 'string');
  return isRecord(v);
}

/** A key written the way the app's environment variables are (SERVICE_PUBLICURL, VIKUNJA_SERVICE_PUBLICURL). */
function asEnvName(preset: Preset, e: ConfigEntry): string | undefined {
  if (e.written.length !== 1 || !preset.config.env_prefix || !/^[A-Z0-9_]+$/.test(e.written[0]!)) return undefined;
  const name = e.written[0]!.startsWith(preset.config.env_prefix)
    ? e.written[0]!
    : `${preset.config.env_prefix}${e.written[0]}`;
  return Object.keys(preset.config.keys).find((k) => envName(preset.config.env_prefix!, k) === name);
}

function suggestion(preset: Preset, e: ConfigEntry): string {
  const keys = Object.keys(preset.config.keys);
  const parent = e.key.split('.').slice(0, -1).join('.');
  const siblings = keys.filter((k) => k.split('.').slice(0, -1).join('.') === parent).map((k) => k.split('.').at(-1)!);
  const leaf = e.key.split('.').at(-1)!;
  const near = didYouMean(leaf, siblings);
  if (near) return `; did you mean ${parent ? `${parent}.` : ''}${near}?`;
  const anywhere = didYouMean(
    leaf.replace(/_/g, ''),
    keys.map((k) => k.split('.').at(-1)!),
  );
  const full = anywhere ? keys.find((k) => k.endsWith(`.${anywhere}`) || k === anywhere) : undefined;
  return full ? `; did you mean ${full}?` : '';
}

function check(preset: Preset, e: ConfigEntry): { message: string; where: 'key' | 'value' } | undefined {
  const { owned, obsolete, keys } = preset.config;
  const app = `${preset.app} ${preset.version}`;
  const replaced = obsolete[e.key] ?? obsolete[e.written.join('.').toLowerCase()];
  if (replaced) return { message: `${e.key} is not a setting of ${app}: use ${replaced}`, where: 'key' };
  const env = asEnvName(preset, e);
  if (env) {
    const nested = env.split('.');
    return {
      message:
        `${e.written[0]} is written as an environment variable, which app.config does not take: ` +
        (`write it nested ` +
          `(${nested
            .map((s, i) => (i === nested.length - 1 ? `${s}: ` + `…` : `${s}:`))
            .join(' ')})${owned[env] ? `; but slotflip sets ${env} itself: ${owned[env]}` : ''}`),
      where: 'key',
    };
  }
  const type = keys[e.key];
  if (!type)
    return {
      message: `${e.key} is not a setting of ${app} (${preset.app} would silently ignore it)${suggestion(preset, e)}`,
      where: 'key',
    };
  if (owned[e.key]) return { message: `${e.key} is set by slotflip: ${owned[e.key]}`, where: 'key' };
  if (e.secret !== undefined) return undefined;
  if (typeof e.value === 'string' && e.value !== '' && SECRET_NAMES.test(e.key)) {
    return {
      message:
        `${e.key} holds a secret in the repository: write it as { secret: NAME } and provide NAME as ` +
        `a secret (it goes to the 0600 app.env only)`,
      where: 'value',
    };
  }
  if (!typeOk(type, e.value))
    return {
      message:
        `${e.key} must be ` +
        `${
          type === 'integer'
            ? 'an integer'
            : type === 'list'
              ? 'a list of ' + 'strings'
              : type === 'map'
                ? 'a map'
                : `a ${type}`
        }`,
      where: 'value',
    };
  return undefined;
}

export const appConfigKeys: Rule = (files, ctx) => {
  const findings: Finding[] = [];
  for (const ref of instancesOf(files)) {
    const app = isRecord(ref.inst.app) ? ref.inst.app : undefined;
    if (!app) continue;
    const broken = typeof app.name === 'string' ? ctx.brokenPresets.get(app.name) : undefined;
    if (broken)
      findings.push(
        at(
          ref.parsed,
          [...ref.path, 'app', 'name'],
          'error',
          'preset',
          `the preset of ${String(app.name)} cannot be read: ${broken}`,
        ),
      );
    const preset = presetOf(ref, ctx);
    if (!preset || !isRecord(app.config)) continue;
    for (const e of configEntries(app.config, preset)) {
      const problem = check(preset, e);
      if (problem)
        findings.push(
          at(ref.parsed, configPath(ref, e.written), 'error', 'app-config', problem.message, problem.where),
        );
    }
  }
  return findings;
};

export const configPath = (ref: InstanceRef, written: string[]) => [...ref.path, 'app', 'config', ...written];
