import { createHash, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';

/**
 * Whether a PostgreSQL password verifier (pg_authid.rolpassword) is the one for `password`: SCRAM-SHA-256 per
 * RFC 5802 (StoredKey = H(HMAC(SaltedPassword, "Client Key")), ServerKey = HMAC(SaltedPassword, "Server Key")), or
 * the older md5 form. Provision learns whether a role's password is the environment's without sending the password
 * to the host or trying a login. (PostgreSQL runs SASLprep on the password first; for ASCII passwords it is the
 * identity, and slotflip's generated secrets are ASCII.)
 */
export function verifierMatches(verifier: string, password: string, role: string): boolean {
  const scram = /^SCRAM-SHA-256\$(\d+):([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$/.exec(verifier);
  if (scram) {
    const salted = pbkdf2Sync(password, Buffer.from(scram[2]!, 'base64'), Number(scram[1]), 32, 'sha256');
    const stored = createHash('sha256').update(createHmac('sha256', salted).update('Client Key').digest()).digest();
    const server = createHmac('sha256', salted).update('Server Key').digest();
    return same(stored, Buffer.from(scram[3]!, 'base64')) && same(server, Buffer.from(scram[4]!, 'base64'));
  }
  if (/^md5[0-9a-f]{32}$/.test(verifier))
    return same(
      Buffer.from(
        `md5${createHash('md5')
          .update(password + role)
          .digest('hex')}`,
      ),
      Buffer.from(verifier),
    );
  return false;
}

const same = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);
