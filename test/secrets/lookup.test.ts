import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupSecret } from '../../src/secrets/lookup.js';
import { findingsFor, minimalEnv, tempDir, where } from '../helpers.js';

describe('lookupSecret', () => {
  it('reads SLOTFLIP_SECRET_<NAME> first', async () => {
    expect(await lookupSecret('DB', { env: { SLOTFLIP_SECRET_DB: 'pw' } })).toEqual({ ok: true, value: 'pw', origin: 'SLOTFLIP_SECRET_DB' });
  });

  it('reads a 0600 file named by _FILE, without its trailing newline', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'db'), 'pw\n', { mode: 0o600 });
    expect(await lookupSecret('DB', { env: { SLOTFLIP_SECRET_DB_FILE: join(dir, 'db') } })).toEqual({ ok: true, value: 'pw', origin: join(dir, 'db') });
  });

  it('names the promised file that never appeared (seed blocker 1)', async () => {
    const r = await lookupSecret('DB', { env: { SLOTFLIP_SECRET_DB_FILE: '/run/secrets/vikunja_db_password' } });
    expect(r).toEqual({ ok: false, reason: 'SLOTFLIP_SECRET_DB_FILE points to /run/secrets/vikunja_db_password, which does not exist (was the secret file ever written or mounted?)' });
  });

  it('refuses a secret file others can read, and an empty one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'DB'), 'pw');
    chmodSync(join(dir, 'DB'), 0o644);
    writeFileSync(join(dir, 'EMPTY'), '', { mode: 0o600 });
    expect(await lookupSecret('DB', { env: {}, dir })).toEqual({ ok: false, reason: `${join(dir, 'DB')} (the secrets directory) is readable by group or others (mode 644): chmod 600 it` });
    expect(await lookupSecret('EMPTY', { env: {}, dir })).toEqual({ ok: false, reason: `${join(dir, 'EMPTY')} (the secrets directory) is empty` });
  });

  it('says every way to provide a missing secret', async () => {
    const r = await lookupSecret('DB', { env: {}, dir: '/etc/slotflip/secrets' });
    expect(r.ok ? '' : r.reason).toBe('is not provided: set SLOTFLIP_SECRET_DB (in a workflow: `SLOTFLIP_SECRET_DB: ${{ secrets.DB }}`), or set SLOTFLIP_SECRET_DB_FILE to a 0600 file, or write it to /etc/slotflip/secrets/DB with mode 0600');
  });
});

describe('validate --require-secrets', () => {
  it('reports each missing secret at the line that names it, never a value', async () => {
    const text = minimalEnv().replace('    health:', '    redis: { host: 127.0.0.1, port: 6379, password_secret: REDIS_PW }\n    health:');
    const f = await findingsFor({ 'prod.yaml': text }, { secrets: { env: { SLOTFLIP_SECRET_SSH_KEY: 'not-printed-anywhere' } } });
    expect(f.map(where)).toEqual(['prod.yaml:17:60 missing-secret instances[0].redis.password_secret']);
    expect(f[0]?.message).toMatch(/^secret REDIS_PW is not provided: set SLOTFLIP_SECRET_REDIS_PW/);
    expect(JSON.stringify(f)).not.toContain('not-printed-anywhere');
  });

  it('passes when all are provided, and is skipped for PR checks', async () => {
    expect(await findingsFor({ 'prod.yaml': minimalEnv() }, { secrets: { env: { SLOTFLIP_SECRET_SSH_KEY: 'k' } } })).toEqual([]);
    expect(await findingsFor({ 'prod.yaml': minimalEnv() })).toEqual([]);
  });
});
