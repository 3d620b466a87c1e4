import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isSecretName, SECRET_NAME_RULE } from './name.js';

// How secrets arrive: SLOTFLIP_SECRET_<NAME> (a workflow maps ${{ secrets.NAME }} into it), or a 0600 file named by
// SLOTFLIP_SECRET_<NAME>_FILE or found as <secrets-dir>/<NAME>. A file that was promised but never appeared is the
// seed's first blocker: we say exactly which path is missing instead of starting an app without its password.

export interface SecretSource {
  env: Record<string, string | undefined>;
  dir?: string;
}

export type SecretLookup = { ok: true; value: string; origin: string } | { ok: false; reason: string };

export const envName = (name: string) => `SLOTFLIP_SECRET_${name}`;

// Who may have planted or changed a secret: only the user slotflip runs as. A file owned by another user, or a
// directory others can write into (they could swap a file in), is refused before it is read.
const myUid = () => process.getuid?.();

async function fromFile(path: string, via: string): Promise<SecretLookup> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return {
      ok: false,
      reason: `${via} points to ${path}, which does not exist (was the secret file ever written or mounted?)`,
    };
  }
  if (!info.isFile()) return { ok: false, reason: `${via} points to ${path}, which is not a regular file` };
  if ((info.mode & 0o077) !== 0) {
    return {
      ok: false,
      reason: `${path} (${via}) is readable by group or others (mode ${(info.mode & 0o777).toString(8)}): chmod 600 it`,
    };
  }
  const uid = myUid();
  if (uid !== undefined && info.uid !== uid) {
    return {
      ok: false,
      reason:
        `${path} (${via}) is owned by uid ${info.uid}, not by the user slotflip runs as (uid ${uid}): ` +
        `chown it to that user, or write the secret again as that user`,
    };
  }
  const value = (await readFile(path, 'utf8')).replace(/\r?\n$/, '');
  if (value === '') return { ok: false, reason: `${path} (${via}) is empty` };
  return { ok: true, value, origin: path };
}

/** The secrets directory itself: nobody but its owner (slotflip's user) may add or replace a file in it. */
async function checkDirectory(dir: string): Promise<string | undefined> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    return undefined; // a missing directory is reported per secret, with every other way to provide it
  }
  if (!info.isDirectory()) return `the secrets directory ${dir} is not a directory`;
  if ((info.mode & 0o022) !== 0) {
    return (
      `the secrets directory ${dir} is writable by group or others (mode ` +
      `${(info.mode & 0o777).toString(8)}), so someone else could replace a secret in it: chmod 700 ${dir}`
    );
  }
  const uid = myUid();
  if (uid !== undefined && info.uid !== uid) {
    return (
      `the secrets directory ${dir} is owned by uid ${info.uid}, not by the user slotflip runs as (uid ` +
      `${uid}): chown it to that user`
    );
  }
  return undefined;
}

export async function lookupSecret(name: string, source: SecretSource): Promise<SecretLookup> {
  // Checked here as well as by validation: whatever calls the lookup, a name never becomes a path elsewhere.
  if (!isSecretName(name))
    return { ok: false, reason: `is not a valid secret name (${JSON.stringify(name)}): write ${SECRET_NAME_RULE}` };
  const direct = source.env[envName(name)];
  if (direct !== undefined && direct !== '') return { ok: true, value: direct, origin: envName(name) };
  const file = source.env[`${envName(name)}_FILE`];
  if (file) return fromFile(file, `${envName(name)}_FILE`);
  if (source.dir) {
    const unsafe = await checkDirectory(source.dir);
    if (unsafe) return { ok: false, reason: unsafe };
    const path = join(source.dir, name);
    const found = await fromFile(path, 'the secrets directory');
    if (found.ok || !/does not exist/.test(found.reason)) return found;
  }
  const ways = [
    `set ${envName(name)} (in a workflow: \`${envName(name)}: \${{ secrets.${name} }}\`)`,
    `set ${envName(name)}_FILE to a 0600 file`,
  ];
  if (source.dir) ways.push(`write it to ${join(source.dir, name)} with mode 0600`);
  return { ok: false, reason: `${direct === '' ? 'is empty' : 'is not provided'}: ${ways.join(', or ')}` };
}
