import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/engine.js';
import { RenderError, systemdShellCommand } from '../../src/render/escape.js';
import { renderLab, SECRETS } from '../plan/fixtures.js';

describe('rendering an instance', () => {
  it('gives the same bytes twice', () => {
    expect(JSON.stringify(renderLab())).toBe(JSON.stringify(renderLab()));
  });

  it('marks and protects every file that holds a secret, and only those', () => {
    const files = renderLab();
    const secretValues = Object.values(SECRETS);
    for (const f of files) {
      const holds = secretValues.some((v) => f.content.includes(v));
      expect(f.secret, f.path).toBe(holds);
      if (holds) expect(f.mode, f.path).toBe('0600');
    }
    expect(files.filter((f) => f.secret).map((f) => f.path)).toEqual([
      '/opt/slotflip/demo-lab-1/shared/app.env',
      '/opt/slotflip/demo-lab-1/shared/slot-blue.env',
      '/opt/slotflip/demo-lab-1/shared/slot-green.env',
      '/opt/slotflip/demo-lab-1/shared/pgpass',
      '/opt/slotflip/demo-lab-1/shared/redis.pass',
    ]);
  });

  it('gives each slot its own socket in its own runtime directory', () => {
    const files = renderLab();
    const blue = files.find((f) => f.path.endsWith('slot-blue.env'))!.content;
    expect(blue).toContain('DEMO_LISTEN="unix:/run/slotflip/demo-lab-1/api/blue/app.sock"');
    const unit = files.find((f) => f.path.endsWith('api@.service'))!.content;
    expect(unit).toContain('RuntimeDirectory=slotflip/demo-lab-1/api/%i');
    expect(unit).toContain('ExecStart=/bin/bash -c "exec node app.js serve"');
  });

  it('fails on an undefined variable, naming the template', () => {
    expect(() => renderText('x/site.nginx.liquid', 'listen {{ nope }};', 'nginx', {})).toThrow(
      /x\/site.nginx.liquid: undefined variable: nope/,
    );
  });

  it('escapes per format, and refuses what cannot be made safe', () => {
    expect(renderText('a.env.liquid', 'A={{ v }}', 'env', { v: 'p"a\\ss$x' })).toBe('A="p\\"a\\\\ss$x"');
    expect(() => renderText('a.env.liquid', 'A={{ v }}', 'env', { v: 'a\nB=evil' })).toThrow(RenderError);
    expect(() =>
      renderText('s.nginx.liquid', 'server_name {{ v }};', 'nginx', { v: 'a.com; include /etc/passwd' }),
    ).toThrow(/cannot be placed in nginx config/);
    expect(renderText('u.service.liquid', 'Description={{ v }}', 'systemd', { v: '100% \\ done' })).toBe(
      'Description=100%% \\\\ done',
    );
    expect(systemdShellCommand('echo "$HOME" 50%')).toBe('/bin/bash -c "exec echo \\"$$HOME\\" 50%%"');
  });
});

describe('each app is stopped with the signal it handles (Vikunja: SIGINT)', () => {
  it('the Vikunja preset renders KillSignal=SIGINT, the demo keeps SIGTERM', async () => {
    const { shippedExamples } = await import('./examples.js');
    const examples = await shippedExamples();
    const unitOf = (name: string) =>
      examples.find((e) => e.name.startsWith(name))!.files.find((f) => f.path.endsWith('-api@.service'))!.content;
    expect(unitOf('environments/production.yaml')).toMatch(/^KillSignal=SIGINT$/m);
    expect(unitOf('lab: demo-lab-1')).toMatch(/^KillSignal=SIGTERM$/m);
  });
});

describe("Vikunja's CORS origins", () => {
  it("are Vikunja's own (desktop app, publicurl) unless the environment sets them", async () => {
    const { parse } = await import('yaml');
    const { shippedExamples } = await import('./examples.js');
    const examples = await shippedExamples();
    const corsOf = (name: string) =>
      (
        parse(
          examples.find((e) => e.name.startsWith(name))!.files.find((f) => f.path.endsWith('/config.yml'))!.content,
        ) as { cors: unknown }
      ).cors;
    expect(corsOf('environments/production.yaml')).toEqual({ enable: true });
    expect(corsOf('environments/staging.yaml')).toEqual({
      enable: true,
      origins: ['http://tasks-staging.example.com'],
    });
  });
});

describe("Vikunja sees each client's own address", () => {
  it('reads X-Real-IP (nginx sets it on every route) and trusts it on the socket', async () => {
    // The environment may not change either.
    const { parse } = await import('yaml');
    const { shippedExamples } = await import('./examples.js');
    const examples = await shippedExamples();
    const files = examples.find((e) => e.name.startsWith('environments/production.yaml'))!.files;
    const service = (
      parse(files.find((f) => f.path.endsWith('/config.yml'))!.content) as { service: Record<string, unknown> }
    ).service;
    expect(service).toMatchObject({ ipextractionmethod: 'realip', trustedproxies: '0.0.0.0/0,::/0' });
    const site = files.find((f) => f.path.endsWith('.conf') && f.content.includes('proxy_pass'))!.content;
    const proxied = site.split('location ').filter((l) => l.includes('proxy_pass'));
    expect(proxied.length).toBeGreaterThan(1);
    for (const l of proxied) expect(l).toContain('proxy_set_header X-Real-IP $remote_addr;');
  });
});
