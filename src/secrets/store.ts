import { open, rename, rm } from 'node:fs/promises';
import { envName, lookupSecret, type SecretSource } from './lookup.js';

// Writing a secret back (`slotflip rotate`): only where it was read from a file the operator keeps (the secrets
// directory, or SLOTFLIP_SECRET_<NAME>_FILE). A value passed in an environment variable came from somewhere slotflip
// cannot write (a GitHub secret, a vault): it refuses before anything changes, rather than rotate to a password
// nobody has. The new value is written beside the old one first (`<file>.next`, 0600), so it exists on disk before
// the database knows it, and replaces the old one in one rename once the database has it.

export type SecretFile = { ok: true; path: string } | { ok: false; reason: string };

export async function writableSecret(name: string, source: SecretSource): Promise<SecretFile> {
  const found = await lookupSecret(name, source);
  if (!found.ok) return { ok: false, reason: `secret ${name} ${found.reason}` };
  if (found.origin === envName(name)) {
    return {
      ok: false,
      reason:
        `secret ${name} comes from the environment variable ${envName(name)}, which slotflip cannot ` +
        (`write back: run the rotation where the secret is a 0600 file (--secrets-dir, or ${envName(name)}_FILE), ` +
          `then copy the new value to the secret store the workflows read`),
    };
  }
  return { ok: true, path: found.origin };
}

/**
 * `<file>.next`, created 0600 (never over an existing one: a rotation left unfinished is the operator's to look at).
 */
export async function stageSecret(path: string, value: string): Promise<string> {
  const next = `${path}.next`;
  const fh = await open(next, 'wx', 0o600);
  try {
    await fh.writeFile(`${value}\n`);
    await fh.sync();
  } finally {
    await fh.close();
  }
  return next;
}

export const commitSecret = (path: string) => rename(`${path}.next`, path);
export const dropStagedSecret = (path: string) => rm(`${path}.next`, { force: true });
