import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configEntries } from '../../src/presets/config-walk.js';
import { parsePreset } from '../../src/presets/parse-preset.js';
import { deployScripts, shippedExamples } from './examples.js';

const vikunja = parsePreset(readFileSync('templates/vikunja/preset.yaml', 'utf8'), 'templates/vikunja/preset.yaml');

describe('the shipped examples, rendered', () => {
  it('give the same bytes twice', async () => {
    const once = await shippedExamples();
    const twice = await shippedExamples();
    expect(once.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(twice.map((e) => e.files))).toBe(JSON.stringify(once.map((e) => e.files)));
  });

  it("every Vikunja config.yml uses only keys of the pinned release, typed as Vikunja's defaults", async () => {
    // …and holds no secret.
    const configs = (await shippedExamples()).flatMap((e) =>
      e.files.filter((f) => f.path.endsWith('/shared/config.yml')).map((f) => ({ e, f })),
    );
    expect(configs.length).toBeGreaterThanOrEqual(2);
    for (const { e, f } of configs) {
      const doc = parse(f.content, { version: '1.1' }) as Record<string, unknown>;
      const entries = configEntries(doc, vikunja);
      expect(entries.length, e.name).toBeGreaterThan(10);
      for (const entry of entries) {
        expect(vikunja.config.keys[entry.key], `${e.name}: ${entry.key}`).toBeDefined();
        expect(vikunja.config.obsolete[entry.key], `${e.name}: ${entry.key}`).toBeUndefined();
      }
      expect(f.secret, e.name).toBe(false);
      expect(f.content).not.toMatch(/<secret /);
      expect(doc.database).toMatchObject({ type: 'postgres', maxopenconnections: expect.any(Number) });
      // Read by Go's YAML 1.1 parser: "off" must stay a string, not become false.
      expect((doc.log as Record<string, unknown>).http).toBe('off');
    }
  });

  it('a setting written { secret: NAME } reaches only the 0600 app.env, under the variable Vikunja reads', async () => {
    const prod = (await shippedExamples()).find((e) => e.name.startsWith('environments/production.yaml'))!;
    const env = prod.files.find((f) => f.path.endsWith('/shared/app.env'))!;
    expect(env.mode).toBe('0600');
    expect(env.content).toContain('VIKUNJA_MAILER_PASSWORD="<secret PROD_SMTP_PASSWORD>"');
    expect(env.content).toContain('VIKUNJA_SERVICE_SECRET="<secret PROD_VIKUNJA_SECRET>"');
    const config = prod.files.find((f) => f.path.endsWith('/shared/config.yml'))!.content;
    expect(config).toContain('publicurl: https://tasks.example.com/');
    expect(
      config
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
    ).not.toMatch(/password|secret/i);
  });

  it('the site serves TLS 1.2/1.3 only, redirects HTTP, and sends HSTS and the security headers', async () => {
    const prod = (await shippedExamples()).find((e) => e.name.startsWith('environments/production.yaml'))!;
    const site = prod.files.find((f) => f.path.endsWith('.conf'))!.content;
    expect(site).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(site).toContain('location / { return 301 https://$host$request_uri; }');
    for (const h of [
      'Strict-Transport-Security "max-age=31536000" always',
      'X-Frame-Options SAMEORIGIN always',
      'X-Content-Type-Options nosniff always',
    ])
      expect(site).toContain(h);
    const block = (path: string) => site.slice(site.indexOf(`location ${path} {`)).split('\n  }')[0]!;
    for (const path of ['/api/v1/ws', '/mcp']) {
      for (const line of [
        'proxy_set_header Upgrade $http_upgrade;',
        'proxy_set_header Connection "upgrade";',
        'proxy_set_header X-Forwarded-Proto $scheme;',
      ])
        expect(block(path), path).toContain(line);
    }
  });

  it("Vikunja's units may write its files directory, wherever the environment puts it", async () => {
    // …and the deploy creates it for its user.
    const homelab = (await shippedExamples()).find((e) => e.name.startsWith('environments/homelab.yaml'))!;
    const unit = homelab.files.find((f) => f.path.endsWith('api@.service'))!.content;
    expect(unit).toContain('ReadWritePaths=-/var/lib/vikunja/files');
    const stage = deployScripts(homelab.prepared, homelab.files).find((s) => s.name === 'first stage')!.text;
    expect(stage).toContain(
      '[ -d /var/lib/vikunja/files ] || install -d -m 0750 -o vikunja -g vikunja /var/lib/vikunja/files',
    );
  });

  it('every unit passes systemd-analyze verify, without a warning', async () => {
    let checked = 0;
    for (const e of await shippedExamples()) {
      const dir = mkdtempSync(join(tmpdir(), 'slotflip-units-'));
      for (const f of e.files.filter((x) => x.path.endsWith('@.service'))) {
        const name = f.path.split('/').pop()!;
        writeFileSync(join(dir, name), f.content);
        // A template unit is verified through an instance of it: the blue slot.
        const r = spawnSync('systemd-analyze', ['verify', join(dir, name.replace('@.service', '@blue.service'))], {
          encoding: 'utf8',
        });
        expect(`${r.status} ${r.stdout}${r.stderr}`.trim(), `${e.name}: ${name}`).toBe('0');
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  // One shellcheck over 100+ scripts takes 6-30 s on 2 cores alone, longer in CI, where the unit tests run beside
  // end-to-end suites: far past the unit default of 20 s.
  it('every script a deploy of them runs passes shellcheck', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slotflip-shellcheck-'));
    const names = new Map<string, string>();
    const exitZero: string[] = [];
    const earlyReader: string[] = [];
    const examples = await shippedExamples();
    for (const e of examples) {
      for (const s of deployScripts(e.prepared, e.files)) {
        const file = join(dir, `${names.size}.sh`);
        writeFileSync(file, `#!/bin/bash\n${s.text}`);
        names.set(file, `${e.name}: ${s.name}`);
        // The checks below read the step's own lines, not the files it writes (the watch, a program checked as one
        // script of its own, is written by a step as one quoted word: writeFileScript).
        const own = s.text.replace(/printf '%s' '(?:[^']|'\\'')*' > "\$tmp"/g, 'printf FILE > "$tmp"');
        // A step runs its ops as one script: an op that ends with `exit 0` would skip the ops after it, silently.
        // (The host's watch is a whole program, not a step's ops: it ends with exit 0 where it is done.)
        if (/\bexit 0\b/.test(own) && !s.name.endsWith("the host's watch")) exitZero.push(`${e.name}: ${s.name}`);
        // Bash's printf and echo write line by line: a reader that stops early (head, grep -q) makes them SIGPIPE,
        // and under pipefail the step fails with 141 now and then (seen once in CI).
        if (/\b(printf|echo)\b[^|\n]*\|\s*(head|grep -q|grep -m)/.test(own)) earlyReader.push(`${e.name}: ${s.name}`);
      }
    }
    // One shellcheck for all of them; each finding is named by the example and step its script belongs to.
    const r = spawnSync('shellcheck', ['-s', 'bash', '-S', 'warning', '-f', 'gcc', ...names.keys()], {
      encoding: 'utf8',
    });
    const findings = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => `${names.get(l.split(':')[0]!)}: ${l.split(':').slice(1).join(':')}`);
    expect(findings).toEqual([]);
    expect(r.status).toBe(0);
    expect(exitZero).toEqual([]);
    expect(earlyReader).toEqual([]);
    expect(names.size).toBeGreaterThan(100);
    // The smoke flows are among them: an environment's own (production) and the preset's (the others).
    const smokes = examples.filter((e) => deployScripts(e.prepared, e.files).some((s) => s.name === 'first smoke'));
    expect(smokes.map((e) => e.name)).toContain('environments/production.yaml: vikunja-main');
    expect(smokes.map((e) => e.name)).toContain('environments/staging.yaml: vikunja-staging');
    expect(smokes).toHaveLength(examples.length - 1); // all but the lab's demo, which has none
  }, 180_000);
});
