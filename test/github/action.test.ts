import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labEnvironment } from '../../src/lab/env-file.js';
import { FINGERPRINT, minimalEnv, replaceLine, tempDir, writeTree } from '../helpers.js';

// Runs the committed action bundle the way the runner does: inputs as INPUT_* variables, files for outputs and summary.
function runAction(inputs: Record<string, string>, cwd: string) {
  const dir = tempDir();
  const summary = join(dir, 'summary.md');
  const output = join(dir, 'output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [join(process.cwd(), 'dist/action/index.js')], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 20_000,
  });
  const outputs = Object.fromEntries(
    [...readFileSync(output, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
  );
  return { status: r.status, stdout: r.stdout, summary: readFileSync(summary, 'utf8'), outputs };
}

describe('action: command validate', () => {
  it('annotates the first ten errors at their lines and lists all of them in the summary', () => {
    let text = minimalEnv();
    // Twelve bad fields: twelve errors.
    text = text.replace(
      '    health:',
      `${Array.from({ length: 12 }, (_, i) => `    bad_key_${i}: 1`).join('\n')}\n    health:`,
    );
    const cwd = writeTree({ 'environments/prod.yaml': text });
    const r = runAction({ command: 'validate', paths: 'environments', 'require-secrets': 'false' }, cwd);
    expect(r.status).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error title=slotflip'));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toBe(
      '::error title=slotflip ' +
        ('unknown-key,file=environments/prod.yaml,line=17,endLine=17,col=5,endColumn=14::instances[0].bad_key_0: ' +
          ('unknown key "bad_key_0"; expected one of: id, target, container, app, templates, database, redis, nginx, ' +
            'health, smoke, migrations, backups, windows, hooks')),
    );
    expect(r.stdout).toContain('::error::12 errors in environment files');
    expect(r.summary.match(/^\| ❌ \|/gm)).toHaveLength(12);
    expect(r.summary).toContain('2 more are listed only here');
    expect(r.outputs).toMatchObject({ valid: 'false', errors: '12', warnings: '0' });
    expect(JSON.parse(r.outputs.findings!)).toHaveLength(12);
  });

  it('passes on valid files and warns about risky changes against the base checkout', () => {
    const cwd = writeTree({
      'environments/prod.yaml': replaceLine(minimalEnv(), 7, '      host: 192.0.2.77'),
      'base/environments/prod.yaml': minimalEnv(),
    });
    const r = runAction(
      { command: 'validate', paths: 'environments', 'base-path': 'base', 'require-secrets': 'false' },
      cwd,
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::warning title=slotflip risky-change,file=environments\/prod.yaml,line=7,/m);
    expect(r.summary).toContain('### Changes that need a reviewer');
    expect(r.outputs).toMatchObject({ valid: 'true', errors: '0', warnings: '1' });
    expect(JSON.parse(r.outputs.findings!)).toEqual([
      expect.objectContaining({ rule: 'risky-change', file: 'environments/prod.yaml', line: 7 }),
    ]);
  });

  it('shows in the summary what the PR changes in the rendered files on the hosts, against the base branch', () => {
    const env = labEnvironment(1, FINGERPRINT, { version: '2.0.0', path: 'demo.tar.gz', sha256: 'b'.repeat(64) });
    const tree = (head: string) => {
      const cwd = writeTree({ 'environments/lab-1.yaml': head, 'base/environments/lab-1.yaml': env });
      cpSync('templates', join(cwd, 'templates'), { recursive: true });
      cpSync('templates', join(cwd, 'base/templates'), { recursive: true });
      return cwd;
    };
    const r = runAction(
      { command: 'validate', paths: 'environments', 'base-path': 'base', 'require-secrets': 'false' },
      tree(env.replace('demo-lab-1.lab.invalid', 'tasks.lab.invalid')),
    );
    expect(r.status).toBe(0);
    expect(r.summary).toContain('\n### Rendered changes\n');
    expect(r.summary).toContain(
      '<code>demo-lab-1</code>: <code>/etc/nginx/sites-available/slotflip-demo-lab-1.conf</code> (changed)',
    );
    expect(r.summary).toMatch(/^-\s+server_name demo-lab-1\.lab\.invalid;$/m);
    expect(r.summary).toMatch(/^\+\s+server_name tasks\.lab\.invalid;$/m);
    expect(r.summary).not.toContain('Not rendered');
    // The same YAML on both sides: nothing to show.
    const same = runAction(
      { command: 'validate', paths: 'environments', 'base-path': 'base', 'require-secrets': 'false' },
      tree(env),
    );
    expect(same.summary).toContain('No rendered file changes on any host.');
  });

  it('refuses an unknown command', () => {
    const r = runAction({ command: 'explode', 'require-secrets': 'false' }, tempDir());
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '::error::input "command" must be one of validate, plan, deploy, rollback, backup, restore, status, ' +
        'doctor; got "explode"',
    );
  });
});
