import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { labReleaseEnvironment } from '../../src/lab/lab.js';
import { tempDir } from '../helpers.js';
import { LAB_N } from './pool.js';

/** An environment file for one demo release (written to a temp dir), optionally edited for a test case. */
export function envFor(version: string, n = LAB_N, edit?: (env: Record<string, any>) => void): string {
  const env = parse(labReleaseEnvironment(n, version)) as Record<string, any>;
  // A 3 s observe window keeps the suites short; the releases whose fault starts 3 s after their start keep the lab's
  // 6 s, so the window sees the fault (route-500, slow-route, health-flap).
  if (!/-(route-500|slow-route|health-flap)$/.test(version)) env.instances[0].windows.observe = '3s';
  // A release that never gets healthy fails its gate at the timeout: 10 s says the same as the lab's 30 s, sooner.
  if (/-health-fail$/.test(version)) env.instances[0].health.timeout = '10s';
  edit?.(env);
  const dir = join(tempDir('env-'), version);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `lab-${n}.yaml`);
  writeFileSync(file, stringify(env));
  return file;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** With `cpu`: the CPU seconds the process used (user and system), from bash's `times`. */
  cpuS?: number;
}

/**
 * Runs the bundled CLI as its own process (asynchronously, so a load generator in this process keeps running). With
 * `cpu`, under bash, whose `times` then reports the CPU the process used; its two lines are taken off stderr.
 */
export function slotflip(
  args: string[],
  env: Record<string, string> = {},
  opts: { cpu?: boolean; node?: string } = {},
): Promise<CliRun> {
  const started = Date.now();
  const argv = [opts.node ?? process.execPath, 'bin/slotflip.js', ...args];
  return new Promise((resolve) => {
    const child = opts.cpu
      ? spawn('bash', ['-c', '"$@"; rc=$?; times >&2; exit $rc', 'slotflip', ...argv], {
          env: { ...process.env, ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(argv[0]!, argv.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => {
      const ms = Date.now() - started;
      if (!opts.cpu) return resolve({ code, stdout, stderr, ms });
      // `times` prints the shell's own line, then its children's: "0m1.234s 0m0.123s".
      const lines = stderr.trimEnd().split('\n');
      const children = lines.at(-1) ?? '';
      const cpuS = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((t, m) => t + Number(m[1]) * 60 + Number(m[2]), 0);
      resolve({ code, stdout, stderr: `${lines.slice(0, -2).join('\n')}\n`, ms, cpuS });
    });
  });
}

export const deploy = (envFile: string, ...extra: string[]) =>
  slotflip(['deploy', '--env', envFile, '--secrets-dir', 'lab/state/secrets', ...extra]);

/** Removes everything slotflip put on the lab container for this instance, so a suite starts from a fresh host. */
export const resetInstanceScript = (instance: string) => `set -u
for u in $(systemctl list-units --all --plain --no-legend 'slotflip-${instance}-*' | awk '{print $1}'); do
  systemctl stop "$u" 2>/dev/null || true
done
for u in $(systemctl list-unit-files --plain --no-legend 'slotflip-${instance}-*' | awk '{print $1}'); do
  systemctl disable "$u" 2>/dev/null || true
done
rm -f /etc/systemd/system/slotflip-${instance}-*.service
rm -f /etc/nginx/sites-enabled/slotflip-${instance}.conf /etc/nginx/sites-available/slotflip-${instance}.conf
rm -rf /opt/slotflip/${instance} /var/lib/slotflip/${instance}
systemctl daemon-reload; systemctl reset-failed 2>/dev/null || true
systemctl reload nginx
runuser -u postgres -- psql -q -d demo -c 'DROP TABLE IF EXISTS tasks, job_runs, schema_migrations, bench_rows' \
  >/dev/null
for d in $(runuser -u postgres -- psql -At \
  -c "SELECT datname FROM pg_database WHERE datname ~ '^demo_(before|restore|drill)_'")
do runuser -u postgres -- psql -q -c "DROP DATABASE $d" >/dev/null; done
echo reset
`;

/**
 * Runs the committed action bundle as the runner would: inputs as INPUT_*, real GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files.
 */
export function runActionBundle(
  inputs: Record<string, string>,
): Promise<{ code: number | null; out: string; summary: string; outputs: string }> {
  const dir = tempDir('action-');
  writeFileSync(join(dir, 'summary.md'), '');
  writeFileSync(join(dir, 'output'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output'),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/action/index.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) =>
      resolve({
        code,
        out,
        summary: readFileSync(join(dir, 'summary.md'), 'utf8'),
        outputs: readFileSync(join(dir, 'output'), 'utf8'),
      }),
    );
  });
}
