import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { secretRefsFor, unreadSecretFields, type Job } from '../../src/validate/job-secrets.js';

// The shipped workflows read as GitHub reads them: which jobs run on the self-hosted runner (with secrets), what each
// maps into slotflip's step, and which concurrency group each waits in.

type Step = {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
};
type Job_ = { 'runs-on'?: unknown; steps?: Step[]; concurrency?: { group?: string; 'cancel-in-progress'?: boolean } };

const dir = '.github/workflows';
const workflows = readdirSync(dir)
  .filter((n) => n.endsWith('.yml'))
  .map((n) => ({ name: n, doc: parse(readFileSync(join(dir, n), 'utf8')) as { jobs: Record<string, Job_> } }));

const selfHosted = workflows.flatMap((w) =>
  Object.entries(w.doc.jobs)
    .filter(([, j]) => JSON.stringify(j['runs-on'] ?? '').includes('self-hosted'))
    .map(([id, job]) => ({ where: `${w.name} ${id}`, job })),
);

const slotflipStep = (job: Job_) => job.steps?.find((s) => s.uses === './');
/** The kind of job, as far as secrets go: a drill is a restore. */
const kindOf = (step: Step): Job => String(step.with?.command) as Job;

const environments = readdirSync('environments')
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => ({ file: `environments/${n}`, data: parse(readFileSync(join('environments', n), 'utf8')) as unknown }));

describe('shipped workflows', () => {
  it('has self-hosted jobs to check', () => {
    expect(selfHosted.map((j) => j.where)).toEqual(
      expect.arrayContaining([
        'deploy.yml deploy',
        'rollback.yml rollback',
        'restore.yml restore',
        'backup.yml backup',
        'backup.yml drill',
        'doctor.yml doctor',
      ]),
    );
  });

  describe('every self-hosted job refuses refs other than the default branch, first (outside review 2)', () => {
    const guard = (job: Job_) => job.steps?.[0];
    const runGuard = (step: Step, env: Record<string, string>) => {
      // The step's env, with GitHub's expressions replaced as the runner would for this event.
      const values: Record<string, string> = {};
      for (const [k, v] of Object.entries(step.env ?? {})) {
        values[k] = String(v)
          .replace('${{ github.ref }}', env.ref!)
          .replace('${{ github.event.repository.default_branch }}', env.default!)
          .replace('${{ github.event_name }}', env.event!);
      }
      return spawnSync('bash', ['-e', '-c', step.run ?? ''], {
        env: { PATH: process.env.PATH ?? '', ...values },
        encoding: 'utf8',
      });
    };

    for (const { where, job } of selfHosted) {
      it(where, () => {
        const step = guard(job)!;
        expect(step.name).toBe('Only from the default branch');
        const branch = runGuard(step, { ref: 'refs/heads/feature', default: 'main', event: 'workflow_dispatch' });
        expect(branch.status).toBe(1);
        expect(branch.stdout).toContain(
          "::error title=slotflip::this job runs on the self-hosted runner with the environment's secrets, " +
            'so only from the default branch (main); it was started from refs/heads/feature',
        );
        expect(runGuard(step, { ref: 'refs/heads/main', default: 'main', event: 'workflow_dispatch' }).status).toBe(0);
        expect(runGuard(step, { ref: 'refs/tags/v1', default: 'main', event: 'push' }).status).toBe(1);
        // A scheduled run always runs the default branch's workflow.
        expect(runGuard(step, { ref: 'refs/heads/main', default: '', event: 'schedule' }).status).toBe(0);
      });
    }
  });

  describe('every self-hosted job maps each secret it reads', () => {
    // …and no restore-only secret outside restores (outside review 5).
    for (const { where, job } of selfHosted) {
      const step = slotflipStep(job);
      if (!step) continue;
      it(`${where} (${kindOf(step)})`, () => {
        const kind = kindOf(step);
        const mapped = new Map(
          Object.entries(step.env ?? {})
            .filter(([k]) => k.startsWith('SLOTFLIP_SECRET_'))
            .map(([k, v]) => [k.slice('SLOTFLIP_SECRET_'.length), v]),
        );
        const needed = new Map<string, string>();
        for (const e of environments)
          for (const r of secretRefsFor(e.data, unreadSecretFields(kind))) needed.set(String(r.name), e.file);
        const missing = [...needed]
          .filter(([n]) => !mapped.has(n))
          .map(([n, file]) => `SLOTFLIP_SECRET_${n}: \${{ secrets.${n} }}   # ${file}`);
        expect(missing, `add to the step's env:\n${missing.join('\n')}`).toEqual([]);
        for (const [name, value] of mapped) expect(value, name).toBe(`\${{ secrets.${name} }}`);
        const restoreOnly = new Set<string>();
        for (const e of environments)
          for (const r of secretRefsFor(e.data, [])) if (!needed.has(String(r.name))) restoreOnly.add(String(r.name));
        if (kind !== 'restore') expect([...mapped.keys()].filter((n) => restoreOnly.has(n))).toEqual([]);
      });
    }
  });

  it('a rollback or a restore waits in a group no other kind of job uses', () => {
    // …so nothing else can replace it (outside review 6).
    const groups = new Map<string, Set<string>>();
    for (const { where, job } of selfHosted) {
      const step = slotflipStep(job);
      const group = job.concurrency?.group;
      expect(group, where).toBeDefined();
      expect(job.concurrency?.['cancel-in-progress'], where).toBe(where.startsWith('doctor') ? true : false);
      const kind = `${step ? String(step.with?.command) : '?'}${step?.with?.drill === true ? ' drill' : ''}`;
      const key = group!.replace(/\$\{\{[^}]*\}\}/g, 'ENV');
      groups.set(key, (groups.get(key) ?? new Set()).add(kind));
    }
    for (const [group, kinds] of groups)
      if ([...kinds].some((k) => k === 'rollback' || k === 'restore')) expect([...kinds], group).toHaveLength(1);
  });
});

describe('action.yml', () => {
  it('declares only inputs the action reads (outside review 7)', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };
    const source = readdirSync('src/github')
      .map((n) => readFileSync(join('src/github', n), 'utf8'))
      .join('\n');
    const read = new Set(
      [...source.matchAll(/(?:get(?:Boolean)?Input|listInput|flag)\('([a-z-]+)'/g)].map((m) => m[1]),
    );
    expect(Object.keys(action.inputs).filter((i) => !read.has(i))).toEqual([]);
  });
});
