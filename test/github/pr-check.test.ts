import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT, minimalEnv, replaceLine, tempDir } from '../helpers.js';

// The PR check as GitHub runs it (.github/workflows/validate.yml): two jobs, each running a committed action bundle
// with its inputs as INPUT_* variables and the runner's GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. The pull
// request changes a pinned host key and also edits its own dist/ so that its slotflip no longer flags that.

type Step = { uses?: string; with?: Record<string, string> };
type Job = { steps: Step[]; outputs?: Record<string, string>; needs?: string };
const workflow = parse(readFileSync('.github/workflows/validate.yml', 'utf8')) as { jobs: Record<string, Job> };

/** Runs one `uses:` step of a job the way the runner does: the action.yml's defaults, the step's `with`, the files. */
function runStep(workspace: string, step: Step, expressions: Record<string, string>) {
  const actionDir = join(workspace, step.uses!);
  const action = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { main: string };
  };
  const dir = tempDir();
  const summary = join(dir, 'summary.md');
  const output = join(dir, 'output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_WORKSPACE: workspace,
  };
  for (const [name, spec] of Object.entries(action.inputs))
    if (spec.default !== undefined) env[`INPUT_${name.toUpperCase()}`] = spec.default;
  for (const [name, value] of Object.entries(step.with ?? {})) {
    env[`INPUT_${name.toUpperCase()}`] = String(value).replace(/\$\{\{[^}]*\}\}/g, (expr) => {
      if (!(expr in expressions)) throw new Error(`the test does not know ${expr}`);
      return expressions[expr]!;
    });
  }
  const r = spawnSync(process.execPath, [join(actionDir, action.runs.main)], {
    cwd: workspace,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  const outputs = Object.fromEntries(
    [...readFileSync(output, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
  );
  return { status: r.status, stdout: r.stdout, summary: readFileSync(summary, 'utf8'), outputs };
}

/** A runner's workspace after the job's checkouts: the pull request at the root, the base branch in .slotflip-base. */
function workspace(prDist: string): string {
  const ws = tempDir();
  for (const [root, dist, env] of [
    [ws, prDist, replaceLine(minimalEnv(), 8, `      host_keys: [${FINGERPRINT.replace('uNiV', 'AAAA')}]`)],
    [join(ws, '.slotflip-base'), 'dist', minimalEnv()],
  ] as const) {
    mkdirSync(join(root, 'environments'), { recursive: true });
    writeFileSync(join(root, 'environments/prod.yaml'), env);
    cpSync('action.yml', join(root, 'action.yml'));
    cpSync(dist, join(root, 'dist'), { recursive: true });
    cpSync('templates', join(root, 'templates'), { recursive: true });
  }
  return ws;
}

describe("the PR check is judged by the base branch's slotflip (issue: trusted PR check)", () => {
  // The pull request's dist/, edited to stay quiet about changed targets and host keys.
  const quiet = tempDir();
  cpSync('dist', quiet, { recursive: true });
  const rule = "path[2] === 'target' && path.length === 4)";
  // The chunk of the action's bundle that holds the rule.
  const bundle = readdirSync(join(quiet, 'action'))
    .map((f) => join(quiet, 'action', f))
    .find((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes(rule));
  expect(bundle).toBeDefined();
  const code = readFileSync(bundle!, 'utf8');
  writeFileSync(bundle!, code.replace(rule, 'false)'));

  const ws = workspace(quiet);
  const prStep = workflow.jobs['this-pr']!.steps.find((s) => s.uses === './')!;
  const trustedStep = workflow.jobs.validate!.steps.find((s) => s.uses === './.slotflip-base')!;
  const pr = runStep(ws, prStep, { '${{ github.event.pull_request.base.sha }}': 'base' });
  const findingsExpr = workflow.jobs['this-pr']!.outputs!.findings!;
  expect(findingsExpr).toBe('${{ steps.validate.outputs.findings }}');
  const trusted = runStep(ws, trustedStep, {
    "${{ needs.this-pr.outputs.findings || 'missing' }}": pr.outputs.findings ?? 'missing',
  });

  it("the pull request's own slotflip, edited, does not flag the changed host key", () => {
    expect(pr.status).toBe(0);
    expect(pr.stdout).not.toContain('pinned host key');
    expect(JSON.parse(pr.outputs.findings!)).toEqual([]);
  });

  it("the base branch's slotflip still flags it, annotated at its line", () => {
    expect(trusted.status).toBe(0);
    expect(trusted.stdout).toContain('::warning title=slotflip risky-change,file=environments/prod.yaml,line=8');
    expect(trusted.stdout).toContain('changed pinned host key');
  });

  it('and its summary says at the top that the two disagree, and on what', () => {
    const top = trusted.summary.split('\n').slice(0, 4).join('\n');
    expect(top).toContain(
      "**this PR's slotflip disagrees with the base branch's slotflip**: it does not report 1 finding that " +
        "the base branch's (the trusted one) reports",
    );
    expect(top).toContain(
      '`environments/prod.yaml:8` warning risky-change instances\\[0\\].target.host\\_keys: changed pinned host key',
    );
    expect(trusted.summary.indexOf('disagrees')).toBeLessThan(trusted.summary.indexOf('## slotflip validate'));
    expect(trusted.summary).toContain("### this PR's slotflip");
    expect(trusted.stdout).toContain(
      "::warning title=slotflip%3A the pull request changes what slotflip flags::this PR's slotflip does " +
        'not report 1 finding(s)',
    );
  });

  it('when both run the same code they agree, and a missing report is said, never taken for agreement', () => {
    const same = workspace('dist');
    const prSame = runStep(same, prStep, {});
    const agreed = runStep(same, trustedStep, {
      "${{ needs.this-pr.outputs.findings || 'missing' }}": prSame.outputs.findings!,
    });
    expect(agreed.summary.split('\n')[0]).toBe(
      "this PR's slotflip reports everything the base branch's slotflip reports.",
    );
    const missing = runStep(same, trustedStep, { "${{ needs.this-pr.outputs.findings || 'missing' }}": 'missing' });
    expect(missing.summary).toContain(
      'could not be compared: it produced no report (its job failed, was cancelled or did not run)',
    );
  });
});
