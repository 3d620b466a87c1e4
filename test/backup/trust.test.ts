import { describe, expect, it } from 'vitest';
import { judgeRun } from '../../src/backup/trust.js';
import { run } from '../e2e/fake-github.js';

const repo = 'owner/app';

describe('judgeRun', () => {
  it("trusts this repository's backup and deploy workflows on the default branch, from push", () => {
    // …schedule or dispatch.
    for (const event of ['push', 'schedule', 'workflow_dispatch'])
      expect(judgeRun(run(1, repo, { event }), repo, 'main')).toEqual({ trusted: true });
    expect(judgeRun(run(1, repo, { path: '.github/workflows/deploy.yml@refs/heads/main' }), repo, 'main')).toEqual({
      trusted: true,
    });
  });

  it.each([
    [
      { event: 'pull_request' },
      'run 7 was started by pull_request; only push, schedule, workflow_dispatch runs make backups',
    ],
    [
      { event: 'pull_request_target' },
      'run 7 was started by pull_request_target; only push, schedule, workflow_dispatch runs make backups',
    ],
    [{ head_repository: { full_name: 'fork/app' } }, 'run 7 ran code from fork/app (a fork)'],
    [{ head_repository: null }, 'run 7 ran code from an unknown repository (a fork)'],
    [{ repository: { full_name: 'other/app' } }, 'run 7 belongs to other/app, not owner/app'],
    [
      { path: '.github/workflows/ci.yml' },
      'run 7 is .github/workflows/ci.yml, not one of .github/workflows/backup.yml, .github/workflows/deploy.yml',
    ],
    [{ head_branch: 'dev' }, 'run 7 ran on dev, not the default branch main'],
  ])('refuses %j', (over, reason) => {
    expect(judgeRun(run(7, repo, over), repo, 'main')).toEqual({ trusted: false, reason });
  });
});
