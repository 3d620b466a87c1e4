import { describe, expect, it } from 'vitest';
import { FINGERPRINT, findingsFor, minimalEnv, replaceLine, where, withInstanceLines } from '../helpers.js';

const one = async (text: string) => findingsFor({ 'prod.yaml': text });

describe('schema findings', () => {
  it('accepts the minimal environment', async () => {
    expect(await one(minimalEnv())).toEqual([]);
  });

  it('reports every error, not only the first, each at its line and column', async () => {
    let text = replaceLine(minimalEnv(), 6, '      transport: sssh');
    text = replaceLine(text, 16, '          listen: { type: tcp, blue: 80800, green: 8081 }');
    const f = await one(text);
    expect(f.map(where)).toEqual([
      'prod.yaml:6:18 schema instances[0].target.transport',
      'prod.yaml:16:38 schema instances[0].app.components.api.listen.blue',
    ]);
    expect(f[0]?.message).toBe('must be one of ssh, pct, local; got "sssh" (did you mean "ssh"?)');
    expect(f[1]?.message).toBe('must be <= 65535');
  });

  it('suggests the key that was meant', async () => {
    const f = await one(replaceLine(minimalEnv(), 8, `      hostkeys: [${FINGERPRINT}]`));
    expect(f.map((x) => `${where(x)}: ${x.message}`)).toEqual([
      'prod.yaml:5:5 schema instances[0].target: missing required key "host_keys" (required when transport ' +
        ('is ssh): pin the host key: `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the host prints it; ' +
          'slotflip never trusts a key on first use'),
      'prod.yaml:8:7 unknown-key instances[0].target.hostkeys: unknown key "hostkeys"; did you mean "host_keys"?',
    ]);
  });

  it('lists the allowed keys when nothing is close', async () => {
    const f = await one(withInstanceLines(minimalEnv(), '    flavour: vanilla'));
    expect(f[0]?.message).toMatch(/^unknown key "flavour"; expected one of: id, target, container, app, templates/);
    expect(f[0]?.line).toBe(20);
  });

  it('says which condition made a key required', async () => {
    const f = await one(replaceLine(minimalEnv(), 12, '      release: { source: git, version: 1.0.0 }'));
    expect(f.map((x) => x.message)).toEqual([
      'missing required key "commit" (required when source is git)',
      'missing required key "repository" (required when source is git)',
    ]);
    expect(f.every((x) => x.line === 12 && x.column === 7)).toBe(true);
  });

  it('refuses a literal secret where a reference belongs, without echoing it', async () => {
    const f = await one(replaceLine(minimalEnv(), 9, '      ssh_key_secret: "-----BEGIN OPENSSH PRIVATE KEY-----"'));
    expect(f.map(where)).toEqual(['prod.yaml:9:23 literal-secret instances[0].target.ssh_key_secret']);
    expect(f[0]?.message).not.toContain('BEGIN');
    expect(f[0]?.message).toMatch(/never the secret's value.*rotate it/);
  });

  it('refuses a secret value under a key of its own', async () => {
    const f = await one(
      withInstanceLines(
        minimalEnv(),
        '    redis:',
        '      host: 127.0.0.1',
        '      port: 6379',
        '      password: hunter2',
      ),
    );
    expect(f.map(where)).toEqual(['prod.yaml:23:7 literal-secret instances[0].redis.password']);
    expect(f[0]?.message).toMatch(/name the secret with "password_secret: NAME"/);
    expect(f[0]?.message).not.toContain('hunter2');
  });

  it('requires an explicit Redis port and says why (seed blocker 2)', async () => {
    const f = await one(withInstanceLines(minimalEnv(), '    redis:', '      host: redis'));
    expect(f.map(where)).toEqual(['prod.yaml:20:5 schema instances[0].redis']);
    expect(f[0]?.message).toMatch(/missing required key "port".*missing port in address/);
  });

  it('catches the port written into the host (seed blocker 2, other form)', async () => {
    const f = await one(withInstanceLines(minimalEnv(), '    redis:', '      host: redis:6379', '      port: 6379'));
    expect(f.map((x) => `${where(x)}: ${x.message}`)).toEqual([
      'prod.yaml:21:13 host-with-port instances[0].redis.host: must not include a port: write host: redis ' +
        'and port: 6379 (Vikunja fails with "missing port in address" when they are mixed up)',
    ]);
  });

  it('names the wrong type', async () => {
    const f = await one(replaceLine(minimalEnv(), 16, '          listen: { type: tcp, blue: "8080", green: 8081 }'));
    expect(f[0]?.message).toBe('must be a integer, got a string');
  });

  it('rejects a wrong format version', async () => {
    const f = await one(replaceLine(minimalEnv(), 1, 'version: 2'));
    expect(f.map((x) => `${where(x)}: ${x.message}`)).toEqual(['prod.yaml:1:10 schema version: must be 1; got 2']);
  });

  it('rejects a document that is not a mapping', async () => {
    const f = await one('- just\n- a list\n');
    expect(f.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual(['1:1 must be a mapping, got a list']);
  });

  it('reports bad component names at the key', async () => {
    const f = await one(replaceLine(minimalEnv(), 14, '        API_Server:'));
    expect(f.map(where)).toContain('prod.yaml:14:9 schema instances[0].app.components.API_Server');
  });
});

// Every value that ends up in nginx config, a unit file or a shell command is constrained; this corpus must not pass.
describe('injection corpus', () => {
  const corpus = [
    'a.example.com; include /etc/passwd',
    'x\nlocation / { return 200; }',
    '$(touch /tmp/pwned)',
    '`id`',
    "a' || true",
    'tаsks.example.com' /* Cyrillic a */,
    'a b',
    '../../etc',
    '{{ secret }}',
  ];
  const fields: Array<[string, number, (v: string) => string]> = [
    ['host', 7, (v) => `      host: ${JSON.stringify(v)}`],
    ['instance id', 4, (v) => `  - id: ${JSON.stringify(v)}`],
    ['route', 15, (v) => `          start: ./demo serve\n          route: ${JSON.stringify(v)}`],
    ['health path', 19, (v) => `        - { type: http, component: api, path: ${JSON.stringify(v)} }`],
    [
      'release version',
      12,
      (v) =>
        `      release: { source: url, version: ${JSON.stringify(v)}, url: https://example.com/demo.tar.gz, ` +
        `sha256: ${'a'.repeat(64)} }`,
    ],
  ];
  for (const [name, line, make] of fields) {
    it(`rejects every corpus entry in ${name}`, async () => {
      for (const value of corpus) {
        const f = await one(replaceLine(minimalEnv(), line, make(value)));
        expect(f.length, `${name} = ${JSON.stringify(value)}`).toBeGreaterThan(0);
      }
    });
  }

  it('rejects nginx directives in server names and paths outside the expected shape', async () => {
    for (const value of ['tasks.example.com; return 301 https://evil', '*.*.example.com', 'tasks.example.com\n']) {
      const f = await one(
        withInstanceLines(minimalEnv(), '    nginx:', `      server_names: [${JSON.stringify(value)}]`),
      );
      expect(
        f.map((x) => x.rule),
        value,
      ).toEqual(['schema']);
    }
    const f = await one(
      withInstanceLines(minimalEnv(), '    templates:', '      - { source: ../secrets.env, dest: /etc/x }'),
    );
    expect(f.map(where)).toEqual(['prod.yaml:21:19 schema instances[0].templates[0].source']);
  });
});

describe('container.storage has a length limit (outside review 12)', () => {
  it('refuses a storage id over 64 characters, at its line', async () => {
    const { findingsFor, minimalEnv } = await import('../helpers.js');
    const withStorage = (id: string) =>
      minimalEnv().replace(
        '    app:',
        `    container: { vmid: 120, template: local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst, ` +
          `memory: 2048, cores: 2, disk: 8, storage: ${id} }\n    app:`,
      );
    expect(
      (await findingsFor({ 'prod.yaml': withStorage(`s${'x'.repeat(63)}`) })).filter((f) => f.path.endsWith('storage')),
    ).toEqual([]);
    const long = await findingsFor({ 'prod.yaml': withStorage(`s${'x'.repeat(64)}`) });
    expect(long.filter((f) => f.path === 'instances[0].container.storage').map((f) => f.message)).toEqual([
      expect.stringContaining(
        'must be a Proxmox storage id (a letter, then letters, digits, _ . or -; at most 64 characters)',
      ),
    ]);
  });
});
