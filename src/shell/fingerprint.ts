import { createHash } from 'node:crypto';

/** OpenSSH's fingerprint of a host key blob: what `ssh-keygen -lf` prints (SHA256:, base64 without padding). */
export function fingerprint(keyBlob: Buffer): string {
  return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}
