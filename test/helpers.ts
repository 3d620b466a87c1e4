import { mkdtempSync, writeFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseEnvironmentYaml } from '../src/config/parse.js';
import { applyPins } from '../src/config/pin-edit.js';
import { validateEnvironments, type ValidateRequest } from '../src/validate/validate.js';
import type { Finding } from '../src/report/finding.js';

export function tempDir(prefix = 'slotflip-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (relative path -> content) into a fresh temp dir and returns it. */
export function writeTree(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/**
 * Validates the given files as one run (files under base/ are the base branch's) and returns the findings, file names
 * relative to the temp dir.
 */
export async function findingsFor(
  files: Record<string, string>,
  extra: Omit<ValidateRequest, 'paths'> = {},
): Promise<Finding[]> {
  const dir = writeTree(files);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return (await validateEnvironments({ paths: Object.keys(files).filter((f) => !f.startsWith('base/')), ...extra }))
      .findings;
  } finally {
    process.chdir(cwd);
  }
}

/** A compact view for assertions: "file:line:col rule path". */
export function where(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.rule} ${f.path}`;
}

export const FINGERPRINT = 'SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s';

/** A minimal valid environment; tests replace lines in it. Line numbers are stable: see the comment per line. */
export function minimalEnv(name = 'prod', id = 'app-one', host = '192.0.2.10'): string {
  return `version: 1
environment: ${name}
instances:
  - id: ${id}
    target:
      transport: ssh
      host: ${host}
      host_keys: [${FINGERPRINT}]
      ssh_key_secret: SSH_KEY
    app:
      name: demo
      release: { source: url, version: 1.0.0, url: https://example.com/demo.tar.gz, sha256: ${'a'.repeat(64)} }
      components:
        api:
          start: ./demo serve
          listen: { type: tcp, blue: 8080, green: 8081 }
    health:
      checks:
        - { type: http, component: api, path: /health }
`;
}

/** Replaces 1-based line `n` of `text` (one or more new lines). */
export function replaceLine(text: string, n: number, replacement: string): string {
  const lines = text.split('\n');
  lines.splice(n - 1, 1, replacement);
  return lines.join('\n');
}

/** Appends lines at the end of the first instance (indentation included by the caller). */
export function withInstanceLines(text: string, ...lines: string[]): string {
  return `${text}${lines.join('\n')}\n`;
}

// The digest the pinned copies carry: a fixture's, computed, so no rule takes it for a placeholder.
export const EXAMPLE_PIN = createHash('sha256').update('a pinned example release').digest('hex');
let pinnedRoot: string | undefined;

/**
 * A folder laid out like the repository (templates/ and schema/ are the repository's own) whose environments/ holds
 * the shipped examples with every url release pinned, as `slotflip pin` would write them. The shipped examples carry
 * no sha256 (the official archives cannot be downloaded here), which validate refuses; tests that render or plan
 * them run in this folder, so file names in their output stay `environments/<name>.yaml`.
 */
export function pinnedExamplesRoot(): string {
  if (pinnedRoot) return pinnedRoot;
  const root = tempDir('pinned-examples-');
  mkdirSync(join(root, 'environments'));
  for (const name of readdirSync('environments')) {
    const text = readFileSync(join('environments', name), 'utf8');
    const parsed = parseEnvironmentYaml(name, text);
    if (!parsed.ok) throw new Error(`environments/${name} does not parse`);
    const instances = (parsed.parsed.data as { instances: { app: { release: { source: string } } }[] }).instances;
    const pins = instances.flatMap((inst, i) =>
      inst.app.release.source === 'url'
        ? [{ path: ['instances', i, 'app', 'release'], fields: { sha256: EXAMPLE_PIN } }]
        : [],
    );
    writeFileSync(join(root, 'environments', name), applyPins(text, parsed.parsed.source.doc, pins));
  }
  for (const d of ['templates', 'schema']) symlinkSync(resolve(d), join(root, d));
  return (pinnedRoot = root);
}

/** Runs the rest of a test file in pinnedExamplesRoot() (a vitest beforeAll/afterAll pair). */
export function inPinnedExamples(hooks: {
  beforeAll: (fn: () => void) => void;
  afterAll: (fn: () => void) => void;
}): void {
  const home = process.cwd();
  hooks.beforeAll(() => process.chdir(pinnedExamplesRoot()));
  hooks.afterAll(() => process.chdir(home));
}

/** Stops process `pid` with SIGSTOP and returns once /proc shows it stopped (the signal lands asynchronously). */
export function pauseProcess(pid: number): void {
  process.kill(pid, 'SIGSTOP');
  // The state follows the command name's last ") ": the name itself may hold ") T ".
  const stopped = () => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(') ') + 2] === 'T';
  };
  for (let i = 0; i < 100 && !stopped(); i++) spawnSync('sleep', ['0.01']);
}
