import { describe, expect, it } from 'vitest';
import { findLegacySite, withListeners } from '../../src/adopt/legacy.js';
import { parseNginxDump, resolveProxyPass } from '../../src/adopt/nginx-config.js';
import { layout } from '../../src/host/layout.js';
import { emptyState, type HostState } from '../../src/host/state.js';
import { buildAdoptPlan } from '../../src/plan/adopt-plan.js';
import { buildDeployPlan } from '../../src/plan/deploy-plan.js';
import { compileOp } from '../../src/plan/compile.js';
import { labInstance, renderLab } from '../plan/fixtures.js';

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
    expect(c.servers[1]!.locations).toEqual([{ modifier: '', path: '/', proxyPass: 'http://127.0.0.1:8080', root: undefined }, { modifier: '', path: '/mcp', proxyPass: 'http://mcp_blue', root: undefined }]);
    expect(resolveProxyPass('http://mcp_blue', c.upstreams)).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 3456 });
    expect(resolveProxyPass('http://unix:/run/app.sock:/api', c.upstreams)).toEqual({ kind: 'unix', path: '/run/app.sock' });
  });

  it('matches the environment\'s server names and component routes, and refuses what it cannot take over', () => {
    const found = findLegacySite(inst, parseNginxDump(DUMP));
    expect(found).toMatchObject({ ok: true, site: { file: '/etc/nginx/sites-enabled/vikunja', components: [{ component: 'api', upstream: { kind: 'tcp', host: '127.0.0.1', port: 8080 } }] } });
    const remote = findLegacySite(inst, parseNginxDump(DUMP.replace('127.0.0.1:8080', '192.0.2.7:8080')));
    expect(remote).toMatchObject({ ok: false, reason: expect.stringContaining('192.0.2.7:8080, another machine') });
    const none = findLegacySite({ ...inst, nginx: { ...inst.nginx!, server_names: ['other.example'] } }, parseNginxDump(DUMP));
    expect(none).toMatchObject({ ok: false, reason: expect.stringContaining('no enabled nginx site serves other.example') });
  });
});

describe('the adopt plan and the first deploy after it', () => {
  const site = withListeners((findLegacySite(inst, parseNginxDump(DUMP)) as { ok: true; site: never }).site, 'SLOTFLIP_LEGACY api unit vikunja-backend-blue.service\nSLOTFLIP_LEGACY api version 1.0.0\n');
  const adopt = buildAdoptPlan({ run: 'R0', owner: 'ops', now: '2026-11-27T00:00:00.000Z', instance: inst, site, siteFile });
  if (adopt.kind !== 'plan') throw new Error(adopt.message);

  it('a TCP app behind a unix component is bridged; the handover reloads once and puts the old site back if nginx refuses', () => {
    expect(adopt.plan.steps.map((s) => s.id)).toEqual(['lock', 'bridge', 'route', 'handover', 'confirm', 'record']);
    expect(adopt.adopted.components.api).toEqual({ unit: 'vikunja-backend-blue.service', upstream: '127.0.0.1:8080', bridge: { unit: `slotflip-${inst.id}-api-adopted`, socket: `/run/slotflip/${inst.id}/adopted-api.sock` } });
    const handover = adopt.plan.steps.find((s) => s.id === 'handover')!;
    const script = handover.ops.map(compileOp).join('\n');
    expect(script.match(/systemctl reload nginx/g)).toHaveLength(2); // the reload, and the one after putting the old site back
    expect(script).toContain('mv -f /etc/nginx/sites-enabled/vikunja /etc/nginx/slotflip/adopted/vikunja');
    expect(handover.undo?.map(compileOp).join('\n')).toContain('mv -f /etc/nginx/slotflip/adopted/vikunja /etc/nginx/sites-enabled/vikunja');
  });

  it('the next deploy flips back to the adopted app on failure and retires it after the observe window', () => {
    const state: HostState = { ...emptyState(inst.id), adopted: adopt.adopted };
    const r = buildDeployPlan({ run: 'R1', owner: 'ci', now: '2026-11-27T01:00:00.000Z', instance: inst, files: renderLab(inst), release: { version: '2.0.0', sha256: 'b'.repeat(64), bytes: Buffer.from('x'), breaking: false, format: 'tar.gz' as const }, state, allowBreaking: false });
    if (r.kind !== 'plan') throw new Error(r.message);
    const ids = r.plan.steps.map((s) => s.id);
    expect(ids.slice(ids.indexOf('flip'))).toEqual(['flip', 'observe', 'enable', 'retire-adopted', 'record']);
    const undo = r.plan.steps.find((s) => s.id === 'flip')!.undo!.map(compileOp).join('\n');
    expect(undo).toContain(`ln -sfn /run/slotflip/${inst.id}/adopted-api.sock`);
    const retire = r.plan.steps.find((s) => s.id === 'retire-adopted')!.ops.map(compileOp).join('\n');
    expect(retire).toContain('systemctl disable --now vikunja-backend-blue.service');
    const record = r.plan.steps.find((s) => s.id === 'record')!.ops[0]!;
    expect(record.kind === 'write' && JSON.parse(record.content)).toMatchObject({ active: 'blue' });
    expect(record.kind === 'write' && JSON.parse(record.content).adopted).toBeUndefined();
  });
});
