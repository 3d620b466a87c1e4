import type { Instance } from '../config/environment.generated.js';

import { isLocalHost } from '../validate/rules/rule.js';

/**
 * Local to the container (isLocalHost): the services slotflip provisions there. Anything else is a server of its own.
 */
export { isLocalHost };

/**
 * The Debian packages an instance needs in its container: what slotflip's own steps run (sshd for the deploy,
 * nginx, curl for health checks, age and zstd for backups, the PostgreSQL and Redis clients or servers), then the app's
 * own.
 * `--no-install-recommends` keeps a minimal template minimal.
 */
export function provisionPackages(inst: Instance): string[] {
  const out = ['openssh-server', 'nginx', 'curl', 'ca-certificates'];
  // zstd compresses a backup's dump on every core (host/dump-codec.ts); without it pigz or gzip does.
  if (inst.backups) out.push('age', 'zstd');
  if (inst.database) out.push(isLocalHost(inst.database.host) ? 'postgresql' : 'postgresql-client');
  if (inst.redis) out.push(isLocalHost(inst.redis.host) ? 'redis-server' : 'redis-tools');
  if (inst.nginx?.tls?.enabled) out.push('openssl');
  // Vikunja publishes zips; a release unpacked on the host needs unzip.
  if (/\.zip$/i.test(inst.app.release.url ?? inst.app.release.path ?? '')) out.push('unzip');
  out.push(...(inst.container?.packages ?? []));
  return [...new Set(out)];
}
