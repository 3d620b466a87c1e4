import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { inPinnedExamples, minimalEnv, pinnedExamplesRoot, replaceLine, tempDir, writeTree } from '../helpers.js';
import { joinedRegex } from '../regex.js';

async function cli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const CLI = join(process.cwd(), 'dist/cli/index.js');

describe('slotflip validate', () => {
  it('the shipped examples', async () => {
    // Only their unpinned url releases are refused, each with the command that pins it.
    const r = await cli(['validate']);
    expect(r.code).toBe(2);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(8);
    for (const l of lines) {
      const found = joinedRegex(
        /^environments\/(\S+)\.yaml:\d+:7: error: instances\[\d\]\.app\.release: /,
        /\S+'s release 2\.5\.0 names no sha256: a download cannot be checked; /,
        /run `slotflip pin environments\/(\S+)\.yaml`/,
      ).exec(l);
      expect(found, l).not.toBeNull();
      expect(found![2], 'the command pins the file the finding is in').toBe(found![1]);
    }
  });

  it('exits 0 on the examples once pinned', async () => {
    const home = process.cwd();
    process.chdir(pinnedExamplesRoot());
    try {
      expect(await cli(['validate'])).toEqual({ code: 0, out: '', err: '4 environment files valid' });
    } finally {
      process.chdir(home);
    }
  });

  it('prints compiler-style lines and exits 2 when invalid', async () => {
    const dir = writeTree({ 'prod.yaml': replaceLine(minimalEnv(), 7, '      host: "bad host"') });
    const r = await cli(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.out).toBe(
      `${join(dir, 'prod.yaml')}:7:13: error: instances[0].target.host: must be a hostname or an IP address ` +
        `(letters, digits, '-' and '.'; no port, scheme or path); got "bad host"`,
    );
    expect(r.err).toBe('1 environment file checked: 1 error, 0 warnings');
  });

  it('prints the same findings as JSON', async () => {
    const dir = writeTree({ 'prod.yaml': replaceLine(minimalEnv(), 7, '      host: "bad host"') });
    const r = await cli(['validate', '--format', 'json', dir]);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({
      valid: false,
      files: [join(dir, 'prod.yaml')],
      counts: { error: 1, warning: 0, notice: 0 },
    });
    expect(json.findings[0]).toMatchObject({
      line: 7,
      column: 13,
      severity: 'error',
      rule: 'schema',
      path: 'instances[0].target.host',
    });
  });

  it('--require-secrets fails on a missing secret and passes when it is there', async () => {
    const dir = writeTree({ 'prod.yaml': minimalEnv() });
    expect((await cli(['validate', '--require-secrets', dir])).code).toBe(2);
    expect((await cli(['validate', '--require-secrets', dir], { SLOTFLIP_SECRET_SSH_KEY: 'k' })).code).toBe(0);
  });

  it('rejects bad usage with exit 1 and one line', async () => {
    expect(await cli(['validate', '--format', 'xml'])).toEqual({
      code: 1,
      out: '',
      err: 'slotflip validate: --format must be text or json, not "xml"',
    });
    expect((await cli(['validate', '--nope'])).err).toBe(
      'slotflip validate: unknown option --nope (usage: slotflip validate [PATH...] [options]; --help lists ' +
        'the options)',
    );
    expect((await cli(['frobnicate'])).err).toBe(
      'slotflip: unknown command "frobnicate" (`slotflip --help` lists the commands)',
    );
    expect((await cli([])).code).toBe(1);
    expect((await cli(['--help'])).out).toMatch(/^slotflip \d+\.\d+\.\d+: /);
  });
});

describe('the bundled CLI as a process', () => {
  it('answers every kind of bad input with one line per file and no stack trace', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-binary.yaml'), Buffer.from([1, 2, 0, 3]));
    writeFileSync(join(dir, 'b-empty.yaml'), '');
    writeFileSync(join(dir, 'c-latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'd-notyaml.yaml'), 'a: [1, 2\n  b: }\n');
    writeFileSync(join(dir, 'e-deep.yaml'), `${'{a: '.repeat(500)}1${'}'.repeat(500)}`);
    writeFileSync(join(dir, 'f-big.yaml'), Buffer.alloc(10 * 1024 * 1024, 0x20));
    const r = spawnSync(process.execPath, [CLI, 'validate', dir], { encoding: 'utf8', timeout: 10_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('6 environment files checked: 6 errors, 0 warnings\n');
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.slice(dir.length + 1).replace(/:\d+:\d+: error: .*/, ''))).toEqual([
      'a-binary.yaml',
      'b-empty.yaml',
      'c-latin1.yaml',
      'd-notyaml.yaml',
      'e-deep.yaml',
      'f-big.yaml',
    ]);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('validates the (pinned) examples from a fresh process', () => {
    expect(
      execFileSync(process.execPath, [CLI, 'validate', 'environments'], {
        cwd: pinnedExamplesRoot(),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ).toBe('');
  });
});

describe('slotflip validate --require-secrets --job (outside review 5)', () => {
  inPinnedExamples({ beforeAll, afterAll });
  // The production example names restore-only secrets (the database admin, the backup identity): a deploy job never
  // holds them, a restore job must.
  const deploySecrets = [
    'PROD_SSH_KEY',
    'PROD_VIKUNJA_SECRET',
    'PROD_DB_PASSWORD',
    'PROD_REDIS_PASSWORD',
    'PROD_SMTP_PASSWORD',
  ];
  const env = Object.fromEntries(deploySecrets.map((n) => [`SLOTFLIP_SECRET_${n}`, 'x']));
  const args = ['validate', '--require-secrets', 'environments/production.yaml', 'environments/staging.yaml'];
  const stagingEnv = {
    SLOTFLIP_SECRET_STAGING_VIKUNJA_SECRET: 'x',
    SLOTFLIP_SECRET_STAGING_DB_PASSWORD: 'x',
    SLOTFLIP_SECRET_STAGING_REDIS_PASSWORD: 'x',
  };

  it("asks a deploy job (the default) only for a deploy's secrets", async () => {
    expect((await cli(args, { ...env, ...stagingEnv })).code).toBe(0);
    expect((await cli([...args, '--job', 'backup'], { ...env, ...stagingEnv })).code).toBe(0);
  });

  it('asks a restore job for the database admin and the backup identity too, at their lines', async () => {
    const r = await cli([...args, '--job', 'restore'], { ...env, ...stagingEnv });
    expect(r.code).toBe(2);
    expect(r.out.split('\n').map((l) => l.replace(/: error: .*? (secret \S+) .*/, ' $1'))).toEqual([
      'environments/production.yaml:79:21 secret PROD_DB_ADMIN_PASSWORD',
      'environments/production.yaml:126:27 secret BACKUP_AGE_IDENTITY',
    ]);
  });

  it('refuses an unknown job, and --job without --require-secrets', async () => {
    expect(await cli([...args, '--job', 'deploys'])).toMatchObject({
      code: 1,
      err: expect.stringContaining(
        '--job must be one of deploy, rollback, backup, doctor, restore, rotate, not "deploys"',
      ),
    });
    expect(await cli(['validate', '--job', 'restore'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('--job says which secrets --require-secrets asks for'),
    });
  });
});

describe('no silent fallbacks (outside review 10)', () => {
  inPinnedExamples({ beforeAll, afterAll });
  it('--lock-wait that is not a duration is refused before anything connects; 10min is understood', async () => {
    for (const bad of ['banana', '10x', '5', '']) {
      const r = await cli(['deploy', '--env', 'environments/production.yaml', '--lock-wait', bad]);
      expect(r.code, bad).toBe(1);
      expect(r.err, bad).toContain(
        `slotflip deploy: --lock-wait "${bad}" is not a duration: write a number and a unit, e.g. 0, 30s, ` +
          `10m, 10min or 1h`,
      );
    }
    const { parseLockWait } = await import('../../src/config/duration.js');
    expect(['0', '500ms', '30s', '10m', '10min', '1h'].map((t) => parseLockWait(t))).toEqual(
      [0, 500, 30_000, 600_000, 600_000, 3_600_000].map((ms) => ({ ok: true, ms })),
    );
  });

  it('plan --env with a folder says to give one file, not an internal error', async () => {
    const r = await cli(['plan', '--env', 'environments', '--offline']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'slotflip plan: validate: --env names one environment file, and environments is a folder. Give the ' +
        'file of the environment to act on, e.g. environments/production.yaml',
    );
  });

  it('validate --base with a folder that is not there is refused, not "every file is new"', async () => {
    const r = await cli(['validate', '--base', '/nonexistent', 'environments']);
    expect(r).toEqual({
      code: 1,
      out: '',
      err:
        'slotflip validate: the base checkout /nonexistent is not a folder. Give --base (base-path) the ' +
        'folder where the base branch is checked out',
    });
  });

  it('validate production.yaml alone reads the environment it promotes from beside it, as deploy does', async () => {
    expect(await cli(['validate', 'environments/production.yaml'])).toEqual({
      code: 0,
      out: '',
      err: '1 environment file valid',
    });
    const dir = writeTree({
      'production.yaml': readFileSync('environments/production.yaml', 'utf8'),
      'staging.yaml': readFileSync('environments/staging.yaml', 'utf8').replace(
        /sha256: [0-9a-f]{64}/,
        `sha256: ${'e'.repeat(64)}`,
      ),
    });
    const r = await cli(['validate', join(dir, 'production.yaml')]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      joinedRegex(
        /production\.yaml:\d+:\d+: error: instances\[0\]\.app\.release: /,
        /vikunja-main: release .* is not what staging runs: staging pins/,
      ),
    );
    const alone = writeTree({ 'production.yaml': readFileSync('environments/production.yaml', 'utf8') });
    expect((await cli(['validate', join(alone, 'production.yaml')])).out).toContain(
      'environment "staging" is neither among the files validated with this one nor in staging.yaml beside it',
    );
  });
});

describe('status --watch (outside review 12)', () => {
  it('clears the screen only on a terminal; a pipe gets a dated separator, --json nothing', async () => {
    const { watchFrame } = await import('../../src/cli/status.js');
    const now = new Date('2026-12-04T10:00:00Z');
    expect(watchFrame(true, false, now)).toBe('\x1b[2J\x1b[H');
    expect(watchFrame(false, false, now)).toBe('--- 2026-12-04T10:00:00.000Z ---');
    expect(watchFrame(false, true, now)).toBeUndefined();
  });
});
