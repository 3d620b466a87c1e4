import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Sessions signed with the app's shared secret, as Vikunja signs its JWTs with service.secret: every slot holding the
// same secret accepts the same sessions, and a new secret ends every session signed with the old one.
export function sessions(secret) {
  const sign = (id) => createHmac('sha256', secret).update(id).digest('base64url');
  return {
    issue: () => {
      const id = randomBytes(12).toString('base64url');
      return `${id}.${sign(id)}`;
    },
    verify: (header) => {
      const m = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(header ?? '');
      if (!m) return undefined;
      const [want, got] = [Buffer.from(sign(m[1])), Buffer.from(m[2])];
      return want.length === got.length && timingSafeEqual(want, got) ? m[1] : undefined;
    },
  };
}
