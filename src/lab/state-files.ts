import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LabError } from '../errors.js';
import { execLocal } from '../transport/local.js';
import { LAB } from './settings.js';

// The lab's keys and passwords live in lab/state (git-ignored) as 0600 files named after the secret,
// which is exactly the secrets directory format `--secrets-dir` reads.
export const secretsDir = () => join(LAB.stateDir, 'secrets');
export const keysDir = () => join(LAB.stateDir, 'keys');
export const envDir = () => join(LAB.stateDir, 'environments');
export const LAB_SSH_SECRET = 'LAB_SSH_KEY';

export const secretNames = (n: number) => ({
  db: `LAB_${n}_DB_PASSWORD`,
  dbAdmin: `LAB_${n}_DB_ADMIN_PASSWORD`,
  redis: `LAB_${n}_REDIS_PASSWORD`,
  app: `LAB_${n}_APP_SECRET`,
});

/** A stored secret, created once with a random value; later runs reuse it. */
export function labSecret(name: string): string {
  mkdirSync(secretsDir(), { recursive: true, mode: 0o700 });
  const file = join(secretsDir(), name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const value = randomBytes(24).toString('base64url');
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}

/** The lab's SSH key pair (ed25519); its private half is also the secret LAB_SSH_KEY. */
export async function ensureLabKey(): Promise<{ publicKey: string }> {
  mkdirSync(keysDir(), { recursive: true, mode: 0o700 });
  const key = join(keysDir(), 'lab_ed25519');
  if (!existsSync(key)) {
    const r = await execLocal(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', 'slotflip-lab', '-f', key]);
    if (r.code !== 0) throw new LabError(`ssh-keygen failed: ${r.stderr.trim()}`);
  }
  mkdirSync(secretsDir(), { recursive: true, mode: 0o700 });
  writeFileSync(join(secretsDir(), LAB_SSH_SECRET), readFileSync(key));
  chmodSync(join(secretsDir(), LAB_SSH_SECRET), 0o600);
  return { publicKey: readFileSync(`${key}.pub`, 'utf8') };
}

export const LAB_BACKUP_SECRET = 'LAB_BACKUP_IDENTITY';

/**
 * The lab's backup key pair (age X25519). Backups are encrypted on the host to the public half (in the environment
 * file); the private half is the secret LAB_BACKUP_IDENTITY, which only restores read.
 */
export async function ensureBackupKey(): Promise<{ recipient: string }> {
  mkdirSync(secretsDir(), { recursive: true, mode: 0o700 });
  const file = join(secretsDir(), LAB_BACKUP_SECRET);
  if (!existsSync(file)) {
    const r = await execLocal(['age-keygen', '-o', file]);
    if (r.code !== 0) throw new LabError(`age-keygen failed: ${r.stderr.trim()}`);
    chmodSync(file, 0o600);
  }
  const r = await execLocal(['age-keygen', '-y', file]);
  if (r.code !== 0) throw new LabError(`age-keygen -y failed: ${r.stderr.trim()}`);
  return { recipient: r.stdout.trim() };
}
