import { describe, expect, it } from 'vitest';
import { directApp, findLegacySite, listenersScript, withListeners } from '../../src/adopt/legacy.js';
import { handoffFile, handoffTable, listenVia, SPARE_PORTS } from '../../src/host/handoff.js';
import { parseNginxDump, resolveProxyPass } from '../../src/adopt/nginx-config.js';
import { layout } from '../../src/shell/layout.js';
import { emptyState, type HostState } from '../../src/shell/state.js';
import { buildAdoptPlan } from '../../src/plan/adopt-plan.js';
import { buildDeployPlan } from '../../src/plan/deploy-plan.js';
import { compileOp } from '../../src/plan/compile.js';
import type { Op } from '../../src/shell/ops.js';
import { labInstance, renderLab } from '../plan/fixtures.js';
import { joinedRegex } from '../regex.js';

// What `nginx -T` prints on a container set up the seed's way: the main file, an unrelated default site, and the
// app's site proxying straight to the blue backend port (comments and quoting as people write them).
const DUMP = `nginx: the configuration file /etc/nginx/nginx.conf syntax is ok
# configuration file /etc/nginx/nginx.conf:
user www-data;
http {
    upstream "mcp_blue" { server 127.0.0.1:3456; }
    include /etc/nginx/sites-enabled/*;
}

# configuration file /etc/nginx/sites-enabled/default:
server { listen 80 default_server; server_name _; root /var/www/html; location / { try_files $uri $uri/ =404; } }

# configuration file /etc/nginx/sites-enabled/vikunja:
server {
    listen 80;
    server_name demo-lab-1.lab.invalid www.demo-lab-1.lab.invalid; # both names
    location / {
        proxy_pass http://127.0.0.1:8080;  # Blue deployment
        proxy_set_header Host $host;
    }
    location /mcp { proxy_pass http://mcp_blue; proxy_set_header Connection "upgrade"; }
}
`;

const inst = labInstance();
const siteFile = renderLab(inst).find((f) => f.path === layout(inst.id).site)!;

describe('reading what runs from nginx -T', () => {
  it('finds each server block in the file that holds it, with its locations', () => {
    const c = parseNginxDump(DUMP);
    expect(c.servers.map((s) => [s.file, s.names])).toEqual([
      ['/etc/nginx/sites-enabled/default', ['_']],
      ['/etc/nginx/sites-enabled/vikunja', ['demo-lab-1.lab.invalid', 'www.demo-lab-1.lab.invalid']],
    ]);
    expect(c.servers[1]!.locations).toEqual([
      { modifier: '', path: '/', proxyPass: 'http://127.0.0.1:8080', root: undefined },
      { modifier: '', path: '/mcp', proxyPass: 'http://mcp_blue', root: undefined },
    ]);
    expect(resolveProxyPass('http://mcp_blue', c.upstreams)).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 3456 });
    expect(resolveProxyPass('http://unix:/run/app.sock:/api', c.upstreams)).toEqual({
      kind: 'unix',
      path: '/run/app.sock',
    });
  });

  it("matches the environment's server names and component routes, and refuses what it cannot take over", () => {
    const found = findLegacySite(inst, parseNginxDump(DUMP));
    expect(found).toMatchObject({
      ok: true,
      site: {
        file: '/etc/nginx/sites-enabled/vikunja',
        components: [{ component: 'api', upstream: { kind: 'tcp', host: '127.0.0.1', port: 8080 } }],
      },
    });
    const remote = findLegacySite(inst, parseNginxDump(DUMP.replace('127.0.0.1:8080', '192.0.2.7:8080')));
    expect(remote).toMatchObject({ ok: false, reason: expect.stringContaining('192.0.2.7:8080, another machine') });
    const none = findLegacySite(
      { ...inst, nginx: { ...inst.nginx!, server_names: ['other.example'] } },
      parseNginxDump(DUMP),
    );
    expect(none).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no enabled nginx site serves other.example'),
    });
  });
});

describe('the adopt plan and the first deploy after it', () => {
  const site = withListeners(
    (findLegacySite(inst, parseNginxDump(DUMP)) as { ok: true; site: never }).site,
    'SLOTFLIP_LEGACY api unit vikunja-backend-blue.service\nSLOTFLIP_LEGACY api version 1.0.0\n',
  );
  const adopt = buildAdoptPlan({
    run: 'R0',
    owner: 'ops',
    now: '2026-11-27T00:00:00.000Z',
    instance: inst,
    site,
    siteFile,
  });
  if (adopt.kind !== 'plan') throw new Error(adopt.message);

  it('a TCP app behind a unix component is bridged', () => {
    // The handover reloads once and puts the old site back if nginx refuses.
    expect(adopt.plan.steps.map((s) => s.id)).toEqual(['lock', 'bridge', 'route', 'handover', 'confirm', 'record']);
    expect(adopt.adopted.components.api).toEqual({
      unit: 'vikunja-backend-blue.service',
      upstream: '127.0.0.1:8080',
      bridge: { unit: `slotflip-${inst.id}-api-adopted`, socket: `/run/slotflip/${inst.id}/adopted-api.sock` },
    });
    const handover = adopt.plan.steps.find((s) => s.id === 'handover')!;
    const script = handover.ops.map(compileOp).join('\n');
    // The reload, and the one after putting the old site back.
    expect(script.match(/sf_nginx_reload/g)).toHaveLength(2);
    expect(script).toContain('mv -f /etc/nginx/sites-enabled/vikunja /etc/nginx/slotflip/adopted/vikunja');
    expect(handover.undo?.map(compileOp).join('\n')).toContain(
      'mv -f /etc/nginx/slotflip/adopted/vikunja /etc/nginx/sites-enabled/vikunja',
    );
  });

  it('the next deploy flips back to the adopted app on failure and retires it after the observe window', () => {
    const state: HostState = { ...emptyState(inst.id), adopted: adopt.adopted };
    const r = buildDeployPlan({
      run: 'R1',
      owner: 'ci',
      now: '2026-11-27T01:00:00.000Z',
      instance: inst,
      files: renderLab(inst),
      release: {
        version: '2.0.0',
        sha256: 'b'.repeat(64),
        bytes: Buffer.from('x'),
        breaking: false,
        format: 'tar.gz' as const,
      },
      state,
      allowBreaking: false,
    });
    if (r.kind !== 'plan') throw new Error(r.message);
    const ids = r.plan.steps.map((s) => s.id);
    expect(ids.slice(ids.indexOf('flip'))).toEqual(['flip', 'observe', 'enable', 'retire-adopted', 'record']);
    const undo = r.plan.steps
      .find((s) => s.id === 'flip')!
      .undo!.map(compileOp)
      .join('\n');
    expect(undo).toContain(`ln -sfn /run/slotflip/${inst.id}/adopted-api.sock`);
    const retire = r.plan.steps
      .find((s) => s.id === 'retire-adopted')!
      .ops.map(compileOp)
      .join('\n');
    expect(retire).toContain('systemctl disable --now vikunja-backend-blue.service');
    const record = r.plan.steps.find((s) => s.id === 'record')!.ops[0]!;
    expect(record.kind === 'write' && JSON.parse(record.content)).toMatchObject({ active: 'blue' });
    expect(record.kind === 'write' && JSON.parse(record.content).adopted).toBeUndefined();
  });
});

// A community-scripts container: Vikunja itself on :3456, no nginx in front, the environment's site on that port.
describe("an app with no nginx in front (it listens on the site's port itself)", () => {
  const direct = { ...inst, nginx: { ...inst.nginx!, http_port: 3456 } };
  const directSite = renderLab(direct).find((f) => f.path === layout(direct.id).site)!;
  const dump = DUMP.replace(/# configuration file \/etc\/nginx\/sites-enabled\/vikunja:[\s\S]*$/, '');
  const siteWritten = (ops: readonly Op[]) =>
    ops.flatMap((o) => (o.kind === 'write' && o.path === directSite.path ? [o.content] : [])).join('\n');
  const probed = (extra: string) => {
    const found = findLegacySite(direct, parseNginxDump(dump));
    expect(found).toMatchObject({ ok: false, noSite: true });
    const d = directApp(direct);
    if (!d.ok) throw new Error(d.reason);
    return withListeners(
      d.site,
      `SLOTFLIP_LEGACY api unit vikunja.service\nSLOTFLIP_LEGACY api version v2.4.0\n${extra}`,
    );
  };

  it('reads the port from nginx.http_port, the SQLite files the app holds open', () => {
    // …and what the host offers for the handoff.
    const site = probed(
      'SLOTFLIP_LEGACY api sqlite /opt/vikunja/my data/vikunja.db\nSLOTFLIP_HANDOFF nft ' +
        'yes\nSLOTFLIP_HANDOFF via 18001\n',
    );
    expect(site).toMatchObject({
      file: null,
      direct: { port: 3456, nft: true, via: 18001 },
      components: [
        {
          component: 'api',
          upstream: { kind: 'tcp', host: '127.0.0.1', port: 3456 },
          unit: 'vikunja.service',
          version: 'v2.4.0',
          sqlite: ['/opt/vikunja/my data/vikunja.db'],
        },
      ],
    });
    const script = listenersScript(direct, site);
    expect(script).toContain("ss -tlpnH 'sport = :3456'");
    expect(script).toContain("'SQLite format 3'");
    expect(script).toContain(`seq ${SPARE_PORTS.from} ${SPARE_PORTS.to}`);
  });

  it('is refused without nft, with the package to install', () => {
    const r = buildAdoptPlan({
      run: 'R0',
      owner: 'ops',
      now: '2026-12-05T00:00:00.000Z',
      instance: direct,
      site: probed('SLOTFLIP_HANDOFF via 18000\n'),
      siteFile: directSite,
    });
    expect(r).toMatchObject({ kind: 'refused', message: expect.stringContaining('apt-get install nftables') });
  });

  const adopt = buildAdoptPlan({
    run: 'R0',
    owner: 'ops',
    now: '2026-12-05T00:00:00.000Z',
    instance: direct,
    site: probed('SLOTFLIP_HANDOFF nft yes\nSLOTFLIP_HANDOFF via 18000\n'),
    siteFile: directSite,
  });
  if (adopt.kind !== 'plan') throw new Error(adopt.message);

  it("nginx serves the site on a spare port, checked there, before the kernel redirects the app's port to it", () => {
    expect(adopt.plan.steps.map((s) => s.id)).toEqual(['lock', 'bridge', 'route', 'confirm', 'handoff', 'record']);
    expect(adopt.adopted).toMatchObject({ version: 'v2.4.0', handoff: { port: 3456, via: 18000 } });
    expect(adopt.adopted.site).toBeUndefined();
    const route = siteWritten(adopt.plan.steps.find((s) => s.id === 'route')!.ops);
    expect(route).toContain('listen 18000;');
    expect(route).not.toContain('listen 3456;');
    expect(
      adopt.plan.steps
        .find((s) => s.id === 'confirm')!
        .ops.map(compileOp)
        .join('\n'),
    ).toContain('http://127.0.0.1:18000/api/v1/info');
    const handoff = adopt.plan.steps.find((s) => s.id === 'handoff')!;
    expect(handoff.movesTraffic).toBe(true);
    expect(handoff.ops.map(compileOp).join('\n')).toContain(
      'tcp dport 3456 tcp flags & (syn | ack) == syn redirect to :18000',
    );
    expect(handoff.undo!.map(compileOp).join('\n')).toContain(`nft delete table inet ${handoffTable(direct.id)}`);
  });

  it('the first deploy keeps the spare port until the app has stopped, then nginx takes the port', () => {
    // Later deploys finish a pending handoff first.
    const files = renderLab(direct);
    const release = { sha256: 'b'.repeat(64), bytes: Buffer.from('x'), breaking: false, format: 'tar.gz' as const };
    const r = buildDeployPlan({
      run: 'R1',
      owner: 'ci',
      now: '2026-12-05T01:00:00.000Z',
      instance: direct,
      files,
      release: { ...release, version: '2.0.0' },
      state: { ...emptyState(direct.id), adopted: adopt.adopted },
      allowBreaking: false,
    });
    if (r.kind !== 'plan') throw new Error(r.message);
    const ids = r.plan.steps.map((s) => s.id);
    expect(ids.slice(ids.indexOf('flip'))).toEqual([
      'flip',
      'observe',
      'enable',
      'retire-adopted',
      'handoff',
      'record',
    ]);
    const text = (id: string) =>
      r.plan.steps
        .find((s) => s.id === id)!
        .ops.map(compileOp)
        .join('\n');
    const stageOps = r.plan.steps.find((s) => s.id === 'stage')!.ops;
    expect(siteWritten(stageOps)).toContain('listen 18000;');
    expect(siteWritten(stageOps)).not.toContain('listen 3456;');
    expect(text('stage')).not.toContain(handoffFile(direct.id));
    // Checks through nginx go to the spare port, with the site's own origin for CORS.
    expect(text('flip')).toContain('http://127.0.0.1:18000/api/v1/info');
    expect(text('handoff')).toContain('SLOTFLIP_EVENT port $port is not nginx');
    expect(text('handoff')).not.toMatch(/keeps serving it" >&2; exit 1/);
    const later = buildDeployPlan({
      run: 'R2',
      owner: 'ci',
      now: '2026-12-05T02:00:00.000Z',
      instance: direct,
      files,
      release: { ...release, version: '3.0.0', sha256: 'c'.repeat(64) },
      state: {
        ...emptyState(direct.id),
        active: 'blue',
        slots: { blue: { release: '2.0.0-bbbbbbbbbbbb', version: '2.0.0', since: 'x' } },
      },
      allowBreaking: false,
    });
    if (later.kind !== 'plan') throw new Error(later.message);
    const stage = later.plan.steps
      .find((s) => s.id === 'stage')!
      .ops.map(compileOp)
      .join('\n');
    expect(stage.indexOf(handoffFile(direct.id))).toBeGreaterThan(-1);
    expect(stage.indexOf(handoffFile(direct.id))).toBeLessThan(stage.indexOf('.slotflip-before'));
    expect(siteWritten(later.plan.steps.find((s) => s.id === 'stage')!.ops)).toContain('listen 3456;');
    expect(stage).toMatch(/keeps serving it" >&2; exit 1/);
  });

  it("the handoff's end keeps connection tracking on until no redirected connection is left", () => {
    // The app stops with its stop signal.
    const files = renderLab(direct);
    const withSignal = {
      ...direct,
      app: { ...direct.app, components: { api: { ...direct.app.components.api!, stop_signal: 'SIGINT' as const } } },
    };
    const r = buildDeployPlan({
      run: 'R1',
      owner: 'ci',
      now: '2026-12-05T01:00:00.000Z',
      instance: withSignal,
      files,
      release: {
        sha256: 'b'.repeat(64),
        bytes: Buffer.from('x'),
        breaking: false,
        format: 'tar.gz' as const,
        version: '2.0.0',
      },
      state: { ...emptyState(direct.id), adopted: adopt.adopted },
      allowBreaking: false,
    });
    if (r.kind !== 'plan') throw new Error(r.message);
    const finish = r.plan.steps
      .find((s) => s.id === 'handoff')!
      .ops.map(compileOp)
      .join('\n');
    // One nft load swaps the redirect for a rule that keeps tracking (deleting it reset every redirected connection).
    expect(finish).toMatch(
      joinedRegex(
        /nft -f - <<'SLOTFLIP_NFT'\nflush chain inet \S+ prerouting\n/,
        /add rule inet \S+ prerouting ct state established counter\nSLOTFLIP_NFT/,
      ),
    );
    expect(finish.indexOf('ct state established')).toBeLessThan(finish.indexOf('nft delete table'));
    expect(finish).toContain('ss -tnH state established "( sport = :$via )"');
    const retire = r.plan.steps
      .find((s) => s.id === 'retire-adopted')!
      .ops.map(compileOp)
      .join('\n');
    expect(retire).toContain(
      "printf '[Service]\\nKillSignal=%s\\n' SIGINT > /run/systemd/system/vikunja.service.d/slotflip-stop-signal.conf",
    );
    expect(retire.indexOf('KillSignal')).toBeLessThan(retire.indexOf('systemctl disable --now vikunja.service'));
  });

  it('confirms the version as the app reported it ("v2.4.0"), not formatted again as a release', () => {
    const vik = {
      ...direct,
      health: {
        ...direct.health,
        checks: [
          { type: 'http' as const, component: 'api', path: '/api/v1/info', expect_version: 'v{version}' },
        ] as typeof direct.health.checks,
      },
    };
    const r = buildAdoptPlan({
      run: 'R0',
      owner: 'ops',
      now: '2026-12-05T00:00:00.000Z',
      instance: vik,
      site: probed('SLOTFLIP_HANDOFF nft yes\nSLOTFLIP_HANDOFF via 18000\n'),
      siteFile: directSite,
    });
    if (r.kind !== 'plan') throw new Error(r.message);
    const confirm = r.plan.steps
      .find((s) => s.id === 'confirm')!
      .ops.map(compileOp)
      .join('\n');
    expect(confirm).toContain('"version" *: *"v2\\.4\\.0"');
    expect(confirm).not.toContain('vv2');
  });

  it('a first deploy whose site no longer listens on the adopted port is refused with what to do', () => {
    // …before anything runs.
    expect(
      listenVia(
        { ...directSite, content: directSite.content.replace(/listen 3456;/g, 'listen 80;') },
        { port: 3456, via: 18000 },
      ),
    ).toBeUndefined();
    // The operator moved nginx.http_port to 80 between adopt and the first deploy: the adopted app still holds 3456.
    const moved = { ...direct, nginx: { ...direct.nginx, http_port: 80 } };
    const r = buildDeployPlan({
      run: 'R1',
      owner: 'ci',
      now: '2026-12-05T01:00:00.000Z',
      instance: moved,
      files: renderLab(moved),
      release: {
        sha256: 'b'.repeat(64),
        bytes: Buffer.from('x'),
        breaking: false,
        format: 'tar.gz' as const,
        version: '2.0.0',
      },
      state: { ...emptyState(direct.id), adopted: adopt.adopted },
      allowBreaking: false,
    });
    expect(r).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('deploy once with nginx.http_port: 3456'),
    });
  });
});
