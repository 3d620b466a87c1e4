import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Instance } from '../../src/config/environment.generated.js';
import { factsScript, NO_FACTS, parseFacts, type ContainerFacts } from '../../src/provision/facts.js';
import { buildProvisionPlan, formatProvisionPlan, planIsEmpty } from '../../src/provision/plan.js';
import { proxmoxProvider } from '../../src/provision/proxmox.js';
import { checkPctCreate } from '../../src/provision/pct-check.js';
import { verifierMatches } from '../../src/provision/scram.js';
import { layout } from '../../src/shell/layout.js';
import { compileOp } from '../../src/plan/compile.js';
import { labInstance, renderLab } from '../plan/fixtures.js';

// Verifiers PostgreSQL 15 itself made for the password 'correct horse battery' (scram-sha-256, and md5 for a role
// named fixture_md5), so the check is held to the server's own output, not to a second copy of the formula.
const PG_SCRAM =
  'SCRAM-SHA-256$4096:8dfV3WpauuPLmQAMMuyp2g==$SR4A11kaGAOkNW4AvK+lGDV59cGPo6wdcvhaerfOTIE=:' +
  'jakKaN8S4knPkmfL0xc7NYYn/2yX1kRVhPUTa79NpOs=';
const PG_MD5 = 'md5cbdb634abf667fe0d22581fad8a95255';
const PASSWORD = 'correct horse battery';

const production = () =>
  (parse(readFileSync('environments/production.yaml', 'utf8')) as { instances: Instance[] }).instances[0]!;
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDKxxXNymgqLKKTqi2wYfX8aIAWgzVUetVjnM619jB43';
const SECRETS = { db: PASSWORD, dbAdmin: 'admin-secret-value', redis: 'redis-secret-value' };
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** What a fully provisioned production container reports (every fact as the environment wants it). */
function complete(inst: Instance, over: Partial<ContainerFacts> = {}): ContainerFacts {
  const facts = parseFacts(
    [
      ...[
        'openssh-server',
        'nginx',
        'curl',
        'ca-certificates',
        'age',
        'zstd',
        'postgresql',
        'redis-server',
        'openssl',
        'unzip',
        ...(inst.container?.packages ?? []),
      ].map((p) => `@fact pkg ${p}`),
      `@fact sshdConf ` +
        `${sha('PermitRootLogin prohibit-password\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n')}`,
      '@fact user yes',
      '@fact authorized yes',
      '@fact tls yes',
      '@fact pg up',
      '@fact pgDatabase yes',
      ...['ssh', 'nginx', 'postgresql', 'redis-server'].map((u) => `@fact up ${u}`),
      `@fact redisPass ${sha(SECRETS.redis)}`,
      `@fact redisMaxmemory ${Math.floor(inst.container!.memory / 8)}mb`,
      `@fact pgRole ${inst.database!.user} ${PG_SCRAM}`,
      '@fact hostKey ssh-ed25519 AAAA',
    ].join('\n'),
  );
  return { ...facts, ...over };
}

describe('PostgreSQL password verifiers', () => {
  it('recognises the password in a verifier PostgreSQL made, and nothing else', () => {
    expect(verifierMatches(PG_SCRAM, PASSWORD, 'demo')).toBe(true);
    expect(verifierMatches(PG_SCRAM, 'correct horse batterY', 'demo')).toBe(false);
    expect(verifierMatches(PG_MD5, PASSWORD, 'fixture_md5')).toBe(true);
    expect(verifierMatches(PG_MD5, PASSWORD, 'other_role')).toBe(false);
    expect(verifierMatches('none', PASSWORD, 'demo')).toBe(false);
  });
});

describe('provision plan', () => {
  it('an absent container: created with a checked pct create, started, booted, then every step inside', () => {
    const inst = production();
    const built = buildProvisionPlan({
      inst,
      provider: proxmoxProvider(inst, undefined),
      state: 'absent',
      facts: NO_FACTS,
      keyLine: KEY,
      secrets: SECRETS,
    });
    if (!built.ok) throw new Error(built.reason);
    const { plan } = built;
    expect(plan.host.map((s) => s.id)).toEqual(['create', 'start']);
    expect(plan.container.map((s) => s.id)).toEqual([
      'boot',
      'packages',
      'sshd',
      'services',
      'user',
      'ssh-key',
      'tls',
      'database',
      'redis',
    ]);
    const create = plan.host[0]!.ops.find((o) => o.kind === 'sh')!;
    const argv = /pct create .*$/m.exec(create.kind === 'sh' ? create.text : '')![0].split(' ');
    expect(checkPctCreate(argv)).toMatchObject({ ok: true });
    expect(plan.assumed).toBe(true);
  });

  it('a pct target (staging) is reached without a key: no key goes into pct create or the container', () => {
    const inst = (parse(readFileSync('environments/staging.yaml', 'utf8')) as { instances: Instance[] }).instances[0]!;
    expect(inst.target.transport).toBe('pct');
    const built = buildProvisionPlan({
      inst,
      provider: proxmoxProvider(inst, undefined),
      state: 'absent',
      facts: NO_FACTS,
      keyLine: undefined,
      secrets: SECRETS,
    });
    if (!built.ok) throw new Error(built.reason);
    const create = built.plan.host[0]!.ops;
    expect(create).toHaveLength(1);
    const argv = create[0]!.kind === 'run' ? create[0]!.argv : [];
    expect(argv).not.toContain('--ssh-public-keys');
    expect(checkPctCreate(argv)).toMatchObject({ ok: true });
    expect(built.plan.container.map((s) => s.id)).not.toContain('ssh-key');
    expect(factsScript(inst, undefined)).not.toContain('authorized_keys');
  });

  it('secrets never reach the printed plan or an argv: they travel in 0600 files marked secret', () => {
    const inst = production();
    const built = buildProvisionPlan({
      inst,
      provider: proxmoxProvider(inst, undefined),
      state: 'running',
      facts: NO_FACTS,
      keyLine: KEY,
      secrets: SECRETS,
    });
    if (!built.ok) throw new Error(built.reason);
    const text = formatProvisionPlan(built.plan, Object.values(SECRETS));
    for (const value of Object.values(SECRETS)) expect(text).not.toContain(value);
    const ops = built.plan.container.flatMap((s) => s.ops);
    for (const op of ops) {
      const visible =
        op.kind === 'write'
          ? op.secret
            ? ''
            : op.content
          : op.kind === 'sh'
            ? op.text
            : op.kind === 'run'
              ? op.argv.join(' ')
              : '';
      for (const value of Object.values(SECRETS)) expect(visible).not.toContain(value);
    }
    expect(ops.filter((o) => o.kind === 'write' && o.secret).map((o) => o.kind === 'write' && o.mode)).toEqual([
      '0600',
      '0600',
    ]);
  });

  it('a container that has everything: nothing to do', () => {
    const inst = production();
    const built = buildProvisionPlan({
      inst,
      provider: proxmoxProvider(inst, undefined),
      state: 'running',
      facts: complete(inst),
      settings: 'cores: 2\nmemory: 3072\nswap: 512\nonboot: 1\nrootfs: local-lvm:vm-110-disk-0,size=16G\n',
      keyLine: KEY,
      secrets: SECRETS,
    });
    if (!built.ok) throw new Error(built.reason);
    expect(built.plan.changes).toEqual([]);
    expect(planIsEmpty(built.plan)).toBe(true);
  });

  it('only what differs: a missing package, a settings change applied live, a disk that grows', () => {
    const inst = production();
    const facts = complete(inst);
    facts.packages.delete('curl');
    const built = buildProvisionPlan({
      inst,
      provider: proxmoxProvider(inst, undefined),
      state: 'running',
      facts,
      settings: 'cores: 1\nmemory: 3072\nswap: 512\nonboot: 1\nrootfs: local-lvm:vm-110-disk-0,size=8G\n',
      keyLine: KEY,
      secrets: SECRETS,
    });
    if (!built.ok) throw new Error(built.reason);
    expect(built.plan.changes).toEqual(['cores: 1 -> 2', 'disk: 8 GiB -> 16 GiB', 'packages to install: curl']);
    expect(built.plan.host[0]!.ops).toEqual([
      { kind: 'run', argv: ['pct', 'set', '110', '--cores', '2'] },
      { kind: 'run', argv: ['pct', 'resize', '110', 'rootfs', '16G'] },
    ]);
    expect(built.plan.container.map((s) => s.id)).toEqual(['packages']);
  });

  it('a password in use is never changed', () => {
    // On a deployed container it is reported with the remedy, before a deploy it is set.
    const inst = production();
    const other = { ...SECRETS, db: 'another password', redis: 'another redis password' };
    const roles = new Map([[inst.database!.user, PG_SCRAM]]);
    const deployed = buildProvisionPlan({
      inst,
      provider: proxmoxProvider(inst, undefined),
      state: 'running',
      facts: complete(inst, { pgRoles: roles, deployed: true }),
      keyLine: KEY,
      secrets: other,
    });
    if (!deployed.ok) throw new Error(deployed.reason);
    expect(deployed.plan.container).toEqual([]);
    expect(deployed.plan.left.join('\n')).toMatch(/role vikunja: its password is not the secret .*rotate db-password/);
    expect(deployed.plan.left.join('\n')).toMatch(/Redis: requirepass is not the secret/);
    const fresh = buildProvisionPlan({
      inst,
      provider: proxmoxProvider(inst, undefined),
      state: 'running',
      facts: complete(inst, { pgRoles: roles }),
      keyLine: KEY,
      secrets: other,
    });
    if (!fresh.ok) throw new Error(fresh.reason);
    expect(fresh.plan.container.map((s) => s.id)).toEqual(['database', 'redis']);
    expect(fresh.plan.container[0]!.ops[0]).toMatchObject({
      kind: 'write',
      secret: true,
      content: expect.stringContaining(`ALTER ROLE ${inst.database!.user} PASSWORD 'another password';`),
    });
  });

  it('the nginx site: written and enabled when missing or different, left alone when it is the rendered one', () => {
    const inst: Instance = {
      ...labInstance(),
      container: {
        vmid: 101,
        template: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
        memory: 1024,
        disk: 4,
        address: '10.251.0.11/24',
      },
    };
    const site = renderLab(inst).find((f) => f.path === layout(inst.id).site)!;
    const base = {
      inst,
      provider: proxmoxProvider(inst, undefined),
      state: 'running' as const,
      keyLine: KEY,
      secrets: SECRETS,
      site,
    };
    const none = buildProvisionPlan({ ...base, facts: NO_FACTS });
    expect(none.ok && none.plan.changes).toContain('no nginx site for the instance');
    expect(
      none.ok &&
        none.plan.container
          .find((s) => s.id === 'site')!
          .ops.map(compileOp)
          .join('\n'),
    ).toContain(`ln -sfn ${layout(inst.id).site} ${layout(inst.id).siteLink}`);
    const facts = (siteSha: string, enabled: boolean) => ({
      ...NO_FACTS,
      files: { ...NO_FACTS.files, site: siteSha },
      siteEnabled: enabled,
    });
    const same = buildProvisionPlan({ ...base, facts: facts(sha(site.content), true) });
    expect(same.ok && same.plan.container.map((s) => s.id)).not.toContain('site');
    const disabled = buildProvisionPlan({ ...base, facts: facts(sha(site.content), false) });
    expect(disabled.ok && disabled.plan.changes).toContain('the nginx site is not enabled');
  });

  it('the facts script reads only: no write, install, create or restart in it', () => {
    const script = factsScript(production(), KEY);
    expect(script).not.toMatch(/apt-get|useradd|CREATE|ALTER|systemctl (start|restart|enable)|>\s*\/etc|install -/);
    expect(script).toMatch(
      /select rolname, coalesce\(rolpassword, .*none.*\) from pg_authid where rolname in \(.*vikunja.*\)/,
    );
  });
});
