import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execLocal } from './local.js';

/** fingerprint: the primary key's; signingKey: the (sub)key that signed, which a publisher may name instead. */
export type SignatureCheck = { ok: true; fingerprint: string; signingKey: string } | { ok: false; reason: string };

/**
 * Checks a detached OpenPGP signature with GnuPG, against the keys in one key file and nothing else: a keyring of its
 * own in a temporary home, so the operator's keyring (and whatever trust it holds) plays no part. Returns which key
 * made a good signature; the caller decides whether that key is the one it expects.
 */
export async function verifyDetached(data: string, signature: string, keyFile: string): Promise<SignatureCheck> {
  const home = await mkdtemp(join(tmpdir(), 'slotflip-gpg-'));
  const gpg = (args: string[]) =>
    execLocal(['gpg', '--homedir', home, '--batch', '--no-tty', '--no-autostart', ...args], { timeoutMs: 60_000 });
  try {
    let imported;
    try {
      imported = await gpg(['--import', keyFile]);
    } catch {
      return { ok: false, reason: 'gpg is not installed (Debian: apt-get install gpg)' };
    }
    if (imported.code !== 0)
      return {
        ok: false,
        reason: `${keyFile} holds no OpenPGP public key gpg can read: ${imported.stderr.trim().split('\n').pop()}`,
      };
    const r = await gpg(['--status-fd', '1', '--trust-model', 'always', '--verify', signature, data]);
    const status = r.stdout.split('\n').filter((l) => l.startsWith('[GNUPG:] '));
    const field = (name: string) => status.find((l) => l.startsWith(`[GNUPG:] ${name} `))?.split(' ');
    if (field('EXPKEYSIG')) return { ok: false, reason: 'signed with a key that has expired' };
    if (field('REVKEYSIG')) return { ok: false, reason: 'signed with a key that was revoked' };
    if (field('BADSIG'))
      return { ok: false, reason: 'the signature does not match the file (the file or its signature was changed)' };
    const noKey = field('NO_PUBKEY') ?? field('ERRSIG');
    if (noKey) return { ok: false, reason: `signed by key ${noKey[2]}, which ${keyFile} does not hold` };
    const valid = field('VALIDSIG');
    if (r.code !== 0 || !field('GOODSIG') || !valid)
      return {
        ok: false,
        reason: `gpg could not verify the signature: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`,
      };
    // VALIDSIG <signing key fpr> <date> <time> <expire> <version> <reserved> <algo> <hash> <class> <primary key fpr>
    return { ok: true, fingerprint: valid[valid.length - 1]!.toUpperCase(), signingKey: valid[2]!.toUpperCase() };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
