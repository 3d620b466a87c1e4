import type { Instance } from '../config/environment.generated.js';
import { ensureAppUser } from '../host/release.js';
import { quote } from '../shell/quote.js';
import { siteOps } from '../plan/site-ops.js';
import type { ContainerWork } from './container-work.js';
import type { RenderedFile } from '../shell/ops.js';
import type { TuningFiles } from '../render/tuning-files.js';
import { type ContainerFacts, PATHS, sha256, wantedUnits } from './facts.js';
import { provisionPackages } from './packages.js';
import { provisionStep as step } from './step.js';
import { tuningWork } from './tuning-steps.js';
import { databaseWork, redisWork } from './service-work.js';
import type { ProvisionSecrets } from './service-work.js';

// sshd: keys only. The deploy logs in with its key; a password prompt on a container's sshd only invites guessing.
const SSHD_CONF = 'PermitRootLogin prohibit-password\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n';
/** A file holding a secret for one step: written 0600, read once, removed whatever happens. */

/** The steps inside the container, each only when the facts say it differs. Pure: no I/O. */
export function containerSteps(
  inst: Instance,
  facts: ContainerFacts,
  keyLine: string | undefined,
  secrets: ProvisionSecrets,
  site?: RenderedFile,
  tuning: TuningFiles = {},
): ContainerWork {
  const out: ContainerWork = { steps: [], changes: [], left: [] };
  const c = inst.container;
  if (c?.apt_proxy) {
    const content =
      `// slotflip provision: packages come through the operator's package ` +
      `proxy\nAcquire::http::Proxy "${c.apt_proxy}";\n`;
    if (facts.files.aptProxy !== sha256(content)) {
      out.changes.push(`apt goes through ${c.apt_proxy}`);
      out.steps.push(
        step('apt-proxy', `apt through ${c.apt_proxy}`, [
          { kind: 'write', path: PATHS.aptProxy, content, mode: '0644', secret: false },
        ]),
      );
    }
  }
  const missing = provisionPackages(inst).filter((p) => !facts.packages.has(p));
  if (missing.length) {
    out.changes.push(`packages to install: ${missing.join(' ')}`);
    out.steps.push(
      step(
        'packages',
        `install ${missing.join(', ')}`,
        [
          {
            kind: 'sh',
            note: "from the container's Debian sources; no recommends, so a minimal template stays minimal",
            text:
              `export DEBIAN_FRONTEND=noninteractive\napt-get update -q\napt-get install -y -q ` +
              `--no-install-recommends ${missing.map(quote).join(' ')}`,
          },
        ],
        15 * 60_000,
      ),
    );
  }
  if (facts.files.sshdConf !== sha256(SSHD_CONF)) {
    out.changes.push('sshd: keys only');
    out.steps.push(
      step('sshd', 'sshd: keys only, no passwords', [
        {
          kind: 'write',
          path: PATHS.sshdConf,
          content: SSHD_CONF,
          mode: '0644',
          secret: false,
          onChange: 'sshd -t && { systemctl reload ssh 2>/dev/null || true; }',
        },
      ]),
    );
  }
  const down = wantedUnits(inst).filter((u) => !facts.up.has(u));
  if (down.length) {
    out.changes.push(`not enabled and running: ${down.join(', ')}`);
    out.steps.push(
      step('services', `enable and start ${down.join(', ')}`, [
        { kind: 'run', argv: ['systemctl', 'enable', '--now', ...down] },
      ]),
    );
  }
  const user = inst.app.user ?? inst.app.name;
  if (!facts.user) {
    out.changes.push(`service user ${user} missing`);
    out.steps.push(
      step('user', `create the service user ${user}`, [{ kind: 'sh', text: ensureAppUser(inst.id, user) }]),
    );
  }
  if (keyLine && !facts.authorized) {
    const login = inst.target.user ?? 'root';
    out.changes.push(`deploy key not authorized for ${login}`);
    out.steps.push(
      step('ssh-key', `authorize the deploy key for ${login}`, [{ kind: 'sh', text: authorizeKey(login, keyLine) }]),
    );
  }
  const tls = inst.nginx?.tls;
  if (tls?.enabled && tls.certificate && tls.key && !facts.tls) {
    out.changes.push(`no TLS certificate at ${tls.certificate}: a self-signed placeholder until yours is installed`);
    out.steps.push(
      step('tls', 'a self-signed placeholder certificate (replace it with your own)', [
        { kind: 'sh', text: placeholderCertificate(tls.certificate, tls.key, inst.nginx?.server_names ?? [inst.id]) },
      ]),
    );
  }
  // After TLS: a site that names certificate files needs them for `nginx -t`.
  if (site && (facts.files.site !== sha256(site.content) || !facts.siteEnabled)) {
    out.changes.push(
      facts.files.site === 'none'
        ? 'no nginx site for the instance'
        : facts.siteEnabled
          ? 'the nginx site differs from the one rendered'
          : 'the nginx site is not enabled',
    );
    out.steps.push(
      step('site', `the nginx site for ${(inst.nginx?.server_names ?? []).join(', ')}`, siteOps(inst, site)),
    );
  }
  databaseWork(inst, facts, secrets, out);
  redisWork(inst, facts, secrets, out);
  // After Redis's password and PostgreSQL's roles: the tuning steps log in with them.
  tuningWork(inst, facts, tuning, out);
  return out;
}

function authorizeKey(login: string, keyLine: string): string {
  return `home=$(getent passwd ${quote(login)} | cut -d: -f6)
install -d -m 0700 -o ${quote(login)} "$home/.ssh"
grep -qF ${quote(keyLine)} "$home/.ssh/authorized_keys" 2>/dev/null ||
  printf '%s slotflip-deploy\\n' ${quote(keyLine)} >> "$home/.ssh/authorized_keys"
chown ${quote(login)} "$home/.ssh/authorized_keys"; chmod 0600 "$home/.ssh/authorized_keys"`;
}

function placeholderCertificate(cert: string, key: string, names: readonly string[]): string {
  const san = names.map((n) => `DNS:${n}`).join(',');
  return `install -d -m 0755 "$(dirname ${quote(cert)})"; install -d -m 0700 "$(dirname ${quote(key)})"
(umask 077; openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
  -subj ${quote(`/CN=${names[0]}`)} -addext ${quote(`subjectAltName=${san}`)} \
  -keyout ${quote(key)} -out ${quote(cert)} 2>/dev/null)
chmod 0644 ${quote(cert)}`;
}
