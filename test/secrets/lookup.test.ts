import { chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupSecret } from '../../src/secrets/lookup.js';
import { findingsFor, minimalEnv, tempDir, where } from '../helpers.js';

describe('lookupSecret', () => {
  it('reads SLOTFLIP_SECRET_<NAME> first', async () => {
    expect(await lookupSecret('DB', { env: { SLOTFLIP_SECRET_DB: 'pw' } })).toEqual({
      ok: true,
      value: 'pw',
      origin: 'SLOTFLIP_SECRET_DB',
    });
  });

  it('reads a 0600 file named by _FILE, without its trailing newline', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'db'), 'pw\n', { mode: 0o600 });
    expect(await lookupSecret('DB', { env: { SLOTFLIP_SECRET_DB_FILE: join(dir, 'db') } })).toEqual({
      ok: true,
      value: 'pw',
      origin: join(dir, 'db'),
    });
  });

  it('names the promised file that never appeared (seed blocker 1)', async () => {
    const r = await lookupSecret('DB', { env: { SLOTFLIP_SECRET_DB_FILE: '/run/secrets/vikunja_db_password' } });
    expect(r).toEqual({
      ok: false,
      reason:
        'SLOTFLIP_SECRET_DB_FILE points to /run/secrets/vikunja_db_password, which does not exist (was the ' +
        'secret file ever written or mounted?)',
    });
  });

  it('refuses a secret file others can read, and an empty one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'DB'), 'pw');
    chmodSync(join(dir, 'DB'), 0o644);
    writeFileSync(join(dir, 'EMPTY'), '', { mode: 0o600 });
    expect(await lookupSecret('DB', { env: {}, dir })).toEqual({
      ok: false,
      reason: `${join(dir, 'DB')} (the secrets directory) is readable by group or others (mode 644): chmod 600 it`,
    });
    expect(await lookupSecret('EMPTY', { env: {}, dir })).toEqual({
      ok: false,
      reason: `${join(dir, 'EMPTY')} (the secrets directory) is empty`,
    });
  });

  it('says every way to provide a missing secret', async () => {
    const r = await lookupSecret('DB', { env: {}, dir: '/etc/slotflip/secrets' });
    expect(r.ok ? '' : r.reason).toBe(
      'is not provided: set SLOTFLIP_SECRET_DB (in a workflow: `SLOTFLIP_SECRET_DB: ${{ secrets.DB }}`), or ' +
        'set SLOTFLIP_SECRET_DB_FILE to a 0600 file, or write it to /etc/slotflip/secrets/DB with mode 0600',
    );
  });
});

describe('validate --require-secrets', () => {
  it('reports each missing secret at the line that names it, never a value', async () => {
    const text = minimalEnv().replace(
      '    health:',
      '    redis: { host: 127.0.0.1, port: 6379, password_secret: REDIS_PW }\n    health:',
    );
    const f = await findingsFor(
      { 'prod.yaml': text },
      { secrets: { env: { SLOTFLIP_SECRET_SSH_KEY: 'not-printed-anywhere' } } },
    );
    expect(f.map(where)).toEqual(['prod.yaml:17:60 missing-secret instances[0].redis.password_secret']);
    expect(f[0]?.message).toMatch(/^secret REDIS_PW is not provided: set SLOTFLIP_SECRET_REDIS_PW/);
    expect(JSON.stringify(f)).not.toContain('not-printed-anywhere');
  });

  it('passes when all are provided, and is skipped for PR checks', async () => {
    expect(
      await findingsFor({ 'prod.yaml': minimalEnv() }, { secrets: { env: { SLOTFLIP_SECRET_SSH_KEY: 'k' } } }),
    ).toEqual([]);
    expect(await findingsFor({ 'prod.yaml': minimalEnv() })).toEqual([]);
  });
});

describe('secret names never become paths (outside review 1)', () => {
  const withConfigSecret = (name: string) =>
    minimalEnv().replace(
      '      components:',
      `      config:\n        mailer:\n          password: { secret: ${JSON.stringify(name)} }\n      components:`,
    );

  it('validate refuses a { secret: NAME } in app.config that is not a name, at its line', async () => {
    const f = await findingsFor({ 'prod.yaml': withConfigSecret('../outside.txt') });
    expect(f.map(where)).toEqual(['prod.yaml:15:31 secret-name instances[0].app.config.mailer.password.secret']);
    expect(f[0]?.message).toMatch(/^"\.\.\/outside\.txt" is not a secret's name: write a secret's NAME: A-Z/);
    expect(await findingsFor({ 'prod.yaml': withConfigSecret('SMTP_PASSWORD') })).toEqual([]);
  });

  it('the lookup itself refuses a name with a path in it, even where the file exists and is 0600', async () => {
    const root = tempDir();
    const dir = join(root, 'secrets');
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(root, 'outside.txt'), 'the runner key', { mode: 0o600 });
    for (const name of ['../outside.txt', 'a/b', '', '.', 'lower']) {
      const r = await lookupSecret(name, { env: {}, dir });
      expect(r.ok, name).toBe(false);
      expect(JSON.stringify(r)).not.toContain('the runner key');
    }
    expect(await lookupSecret('../outside.txt', { env: {}, dir })).toEqual({
      ok: false,
      reason:
        "is not a valid secret name (\"../outside.txt\"): write a secret's NAME: A-Z, 0-9 and '_', starting " +
        'with a letter, at most 64 characters',
    });
  });

  it('validate --require-secrets does not read through a path name either', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'secrets'), { mode: 0o700 });
    writeFileSync(join(root, 'outside.txt'), 'the runner key', { mode: 0o600 });
    const f = await findingsFor(
      { 'prod.yaml': withConfigSecret('../outside.txt') },
      { secrets: { env: { SLOTFLIP_SECRET_SSH_KEY: 'k' }, dir: join(root, 'secrets') } },
    );
    expect(f.map((x) => x.rule).sort()).toEqual(['missing-secret', 'secret-name']);
    expect(JSON.stringify(f)).not.toContain('the runner key');
  });
});

describe('who may write secrets (outside review 4)', () => {
  it('refuses a secrets directory others can write to, with the remedy', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'DB'), 'pw', { mode: 0o600 });
    chmodSync(dir, 0o777);
    expect(await lookupSecret('DB', { env: {}, dir })).toEqual({
      ok: false,
      reason:
        `the secrets directory ${dir} is writable by group or others (mode 777), so someone else ` +
        `could replace a secret in it: chmod 700 ${dir}`,
    });
    chmodSync(dir, 0o700);
    expect(await lookupSecret('DB', { env: {}, dir })).toMatchObject({ ok: true, value: 'pw' });
  });

  it('refuses a secret file owned by another user (root test: chown to nobody)', async (t) => {
    if (process.getuid?.() !== 0) t.skip();
    const dir = tempDir();
    writeFileSync(join(dir, 'DB'), 'pw', { mode: 0o600 });
    chownSync(join(dir, 'DB'), 65534, 65534);
    const r = await lookupSecret('DB', { env: {}, dir });
    expect(r).toEqual({
      ok: false,
      reason:
        `${join(dir, 'DB')} (the secrets directory) is owned by uid 65534, not by the user slotflip ` +
        `runs as (uid 0): chown it to that user, or write the secret again as that user`,
    });
    const viaFile = await lookupSecret('DB', { env: { SLOTFLIP_SECRET_DB_FILE: join(dir, 'DB') } });
    expect(viaFile.ok).toBe(false);
  });
});
