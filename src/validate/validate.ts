import { dirname, isAbsolute, join } from 'node:path';
import { byLocation, type Finding } from '../report/finding.js';
import { lookupSecret, type SecretSource } from '../secrets/lookup.js';
import { formatPath, locate } from '../config/locate.js';
import { parseEnvironmentYaml, type ParsedFile } from '../config/parse.js';
import { discoverEnvironmentFiles, readEnvironmentFile } from '../config/read.js';
import { riskyChanges } from './risky.js';
import { RULES } from './rules/index.js';
import { isRecord } from './rules/rule.js';
import { secretRefsFor, unreadSecretFields } from './job-secrets.js';
import { loadPresets } from '../presets/load.js';
import { appsOf, withPresetDefaults } from '../presets/defaults.js';
import { checkSchema } from '../config/schema-findings.js';
import type { Environment } from '../config/schema.js';

export interface ValidateRequest {
  /** Files or folders; folders contribute their *.yaml and *.yml. */
  paths: readonly string[];
  /** A checkout of the base branch: files are compared with the same relative path under it. */
  baseDir?: string;
  /**
   * Secrets every referenced name must resolve from (before a deploy); undefined skips the check (PR checks have none).
   */
  secrets?: SecretSource;
  /**
   * Secret fields this job does not read, left out of that check: a deploy or backup job never has the backup identity
   * or the database admin (restore_key_secret, admin_secret), and must not be asked for them. Default: a deploy's.
   */
  unusedSecretFields?: readonly string[];
  /** Where the apps' presets are (templates/<app>/preset.yaml); default: templates/ in the working directory. */
  templatesDir?: string;
}

export interface ValidateOutcome {
  files: string[];
  findings: Finding[];
  /** Files that passed the schema, by file name. */
  environments: Map<string, Environment>;
  valid: boolean;
}

async function loadParsed(file: string): Promise<{ parsed?: ParsedFile; findings: Finding[] }> {
  const read = await readEnvironmentFile(file);
  if (!read.ok) return { findings: [read.finding] };
  const result = parseEnvironmentYaml(file, read.text);
  return result.ok ? { parsed: result.parsed, findings: result.findings } : { findings: result.findings };
}

async function missingSecrets(parsed: ParsedFile, source: SecretSource, unused: readonly string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const checked = new Map<string, Awaited<ReturnType<typeof lookupSecret>>>();
  for (const ref of secretRefsFor(parsed.data, unused)) {
    if (typeof ref.name !== 'string') continue;
    const found = checked.get(ref.name) ?? (await lookupSecret(ref.name, source));
    checked.set(ref.name, found);
    if (!found.ok) {
      findings.push({
        file: parsed.file,
        ...locate(parsed, ref.path),
        severity: 'error',
        path: formatPath(ref.path),
        rule: 'missing-secret',
        message: `secret ${ref.name} ${found.reason}`,
      });
    }
  }
  return findings;
}

/**
 * A file with thousands of findings is one mistake repeated (or not an environment file): its first ones are enough.
 */
export const MAX_FINDINGS_PER_FILE = 200;

function capPerFile(sorted: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const f of sorted) counts.set(f.file, (counts.get(f.file) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > MAX_FINDINGS_PER_FILE)) return sorted;
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  for (const f of sorted) {
    const n = (seen.get(f.file) ?? 0) + 1;
    seen.set(f.file, n);
    if (n <= MAX_FINDINGS_PER_FILE) out.push(f);
    else if (n === MAX_FINDINGS_PER_FILE + 1) {
      const rest = counts.get(f.file)! - MAX_FINDINGS_PER_FILE;
      const errors = sorted
        .filter((x) => x.file === f.file)
        .slice(MAX_FINDINGS_PER_FILE)
        .some((x) => x.severity === 'error');
      out.push({
        ...f,
        severity: errors ? 'error' : 'warning',
        path: '',
        rule: 'too-many-findings',
        message:
          `${rest} more finding${rest === 1 ? '' : 's'} in this file from here on are not listed ` +
          `(the first ${MAX_FINDINGS_PER_FILE} are): fix those and run again`,
      });
    }
  }
  return out;
}

/**
 * The environments that files of this run promote from but that are not among them, read from beside each file
 * (`<dir>/<name>.yaml`): only for the promotion rule, their own findings are not this run's.
 */
async function promotionSources(
  files: readonly string[],
  parsed: readonly (ParsedFile | undefined)[],
): Promise<ParsedFile[]> {
  const present = new Set(parsed.map((p) => (p && isRecord(p.data) ? p.data.environment : undefined)));
  const out: ParsedFile[] = [];
  for (const [i, p] of parsed.entries()) {
    const from = p && isRecord(p.data) ? p.data.promote_from : undefined;
    if (typeof from !== 'string' || present.has(from) || !/^[a-z0-9][a-z0-9-]*$/.test(from)) continue;
    const sibling = (await loadParsed(join(dirname(files[i]!), `${from}.yaml`))).parsed;
    if (sibling) {
      out.push(sibling);
      present.add(from);
    }
  }
  return out;
}

/** Validates every environment file of a run: reading, YAML, schema, rules across all files, secrets, risky changes. */
export async function validateEnvironments(req: ValidateRequest): Promise<ValidateOutcome> {
  const discovery = await discoverEnvironmentFiles(req.paths);
  const findings: Finding[] = [...discovery.findings];
  const parsedFiles: ParsedFile[] = [];
  const environments = new Map<string, Environment>();
  // Files are read concurrently (I/O waits overlap); everything after reading is CPU work, done in order.
  const loaded = await Promise.all(discovery.files.map(loadParsed));
  // The apps' presets first: their defaults sit under each instance before the schema sees it.
  const presets = await loadPresets(
    req.templatesDir ?? 'templates',
    loaded.flatMap((l) => appsOf(l.parsed)),
  );
  const ctx = {
    presets: presets.presets,
    brokenPresets: presets.broken,
    context: await promotionSources(
      discovery.files,
      loaded.map((l) => l.parsed),
    ),
  };
  // The base branch's files are read with the base branch's presets: a preset default the pull request changes (a
  // command, say) is then a change too, not the same on both sides.
  const templates = req.templatesDir ?? 'templates';
  const basePresets =
    req.baseDir !== undefined && !isAbsolute(templates)
      ? (
          await loadPresets(
            join(req.baseDir, templates),
            loaded.flatMap((l) => appsOf(l.parsed)),
          )
        ).presets
      : presets.presets;
  for (const [i, file] of discovery.files.entries()) {
    const { parsed: read, findings: fileFindings } = loaded[i]!;
    findings.push(...fileFindings);
    if (!read) continue;
    const parsed = withPresetDefaults(read, presets.presets);
    parsedFiles.push(parsed);
    const schema = await checkSchema(parsed);
    findings.push(...schema.findings);
    if (schema.ok) environments.set(file, schema.env);
    if (req.secrets)
      findings.push(
        ...(await missingSecrets(parsed, req.secrets, req.unusedSecretFields ?? unreadSecretFields('deploy'))),
      );
    if (req.baseDir !== undefined) {
      const base = await loadParsed(join(req.baseDir, file));
      findings.push(...riskyChanges(parsed, base.parsed && withPresetDefaults(base.parsed, basePresets)));
    }
  }
  for (const rule of RULES) findings.push(...rule(parsedFiles, ctx));
  findings.sort(byLocation);
  const listed = capPerFile(findings);
  return {
    files: discovery.files,
    findings: listed,
    environments,
    valid: !findings.some((f) => f.severity === 'error'),
  };
}
