import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/session/prepare.js';
import { labEnvironment } from '../../src/lab/env-file.js';
import { tempDir } from '../helpers.js';

// Which secrets a job must have: a deploy, backup, rollback or doctor job never holds the backup identity or the
// database admin (the workflows do not pass them), so neither validation nor rendering may ask for them there.

// An environment naming every kind of secret: SSH key, database, database admin, Redis, backup identity.
const envFile = join(tempDir('env-'), 'lab-1.yaml');
writeFileSync(
  envFile,
  labEnvironment(
    1,
    'SHA256:DZY2JjkrirMV60uY6+K7wHh5Oz3i4LAkZ8ZHHHjBSuw',
    { version: '2.0.0', path: 'x.tar.gz', sha256: 'b'.repeat(64) },
    'age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq',
  ),
);
const JOB_SECRETS = {
  SLOTFLIP_SECRET_LAB_SSH_KEY: 'k',
  SLOTFLIP_SECRET_LAB_1_DB_PASSWORD: 'db-pw-1234',
  SLOTFLIP_SECRET_LAB_1_REDIS_PASSWORD: 'redis-pw-1234',
  SLOTFLIP_SECRET_LAB_1_APP_SECRET: 'app-secret-1234',
};
const ADMIN = { SLOTFLIP_SECRET_LAB_1_DB_ADMIN_PASSWORD: 'admin-pw-1234' };
const run = (env: Record<string, string>, extra: { restoreSecrets?: boolean; adminSecret?: boolean } = {}) =>
  prepare({ envFile, secrets: { env }, render: false, ...extra });

describe('prepare: the secrets a job needs', () => {
  it('a deploy job: neither the admin nor the backup identity is asked for, or resolved', async () => {
    const p = await run(JOB_SECRETS);
    expect(Object.keys(p.secrets).sort()).toEqual([
      'LAB_1_APP_SECRET',
      'LAB_1_DB_PASSWORD',
      'LAB_1_REDIS_PASSWORD',
      'LAB_SSH_KEY',
    ]);
  });

  it('a rotation needs the admin but not the backup identity; a restore needs both', async () => {
    await expect(run(JOB_SECRETS, { adminSecret: true })).rejects.toThrow(/LAB_1_DB_ADMIN_PASSWORD is not provided/);
    const rotation = await run({ ...JOB_SECRETS, ...ADMIN }, { adminSecret: true });
    expect(rotation.secrets.LAB_1_DB_ADMIN_PASSWORD).toBe('admin-pw-1234');
    expect(rotation.secrets.LAB_BACKUP_IDENTITY).toBeUndefined();
    await expect(run({ ...JOB_SECRETS, ...ADMIN }, { restoreSecrets: true })).rejects.toThrow(
      /LAB_BACKUP_IDENTITY is not provided/,
    );
  });
});

describe('prepare: the after-flip cookies check', () => {
  it('is refused before anything renders when there is no smoke flow to replay, with what to do', async () => {
    const file = join(tempDir('env-'), 'lab-1.yaml');
    const env = parse(
      labEnvironment(1, 'SHA256:DZY2JjkrirMV60uY6+K7wHh5Oz3i4LAkZ8ZHHHjBSuw', {
        version: '2.0.0',
        path: 'x.tar.gz',
        sha256: 'b'.repeat(64),
      }),
    );
    env.instances[0].health.after_flip.push({ type: 'cookies' });
    writeFileSync(file, stringify(env));
    const err = await prepare({ envFile: file, secrets: { env: JOB_SECRETS } }).then(
      () => undefined,
      (e: unknown) => e as { message: string; remedy: string },
    );
    expect(err?.message).toBe(
      'demo-lab-1: health.after_flip has { type: cookies }, which replays the smoke flow, and the instance has none',
    );
    expect(err?.remedy).toBe(
      'Give the instance a smoke flow that logs in (so the app sets its cookies), or remove the cookies check',
    );
  });
});
