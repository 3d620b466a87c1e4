import { describe, expect, it } from 'vitest';
import { findingsFor, minimalEnv, replaceLine, where, withInstanceLines } from '../../helpers.js';

const msg = (f: { message: string }) => f.message;

describe('duplicate instance ids', () => {
  it('are reported across files at the later one, naming the first', async () => {
    const f = await findingsFor({
      'prod.yaml': minimalEnv('prod', 'shared-id'),
      'staging.yaml': minimalEnv('staging', 'shared-id', '192.0.2.11'),
    });
    expect(f.map(where)).toEqual(['staging.yaml:4:9 duplicate-instance instances[0].id']);
    expect(f[0]?.message).toBe(
      'instance id "shared-id" is already used at prod.yaml:4; instance ids must be unique across all environments',
    );
  });
});

describe('clashes on one host', () => {
  it('blue equal to green', async () => {
    const f = await findingsFor({
      'prod.yaml': replaceLine(minimalEnv(), 16, '          listen: { type: tcp, blue: 8080, green: 8080 }'),
    });
    expect(f.map(where)).toEqual(['prod.yaml:16:51 blue-equals-green instances[0].app.components.api.listen.green']);
    expect(msg(f[0]!)).toBe('component api uses port 8080 for both blue and green: each slot needs its own port');
  });

  it('ports shared by two instances on the same host, across files', async () => {
    const f = await findingsFor({
      'prod.yaml': minimalEnv('prod', 'one'),
      'staging.yaml': minimalEnv('staging', 'two'),
    });
    expect(f.map(where)).toEqual([
      'staging.yaml:16:38 port-clash instances[0].app.components.api.listen.blue',
      'staging.yaml:16:51 port-clash instances[0].app.components.api.listen.green',
    ]);
    expect(msg(f[0]!)).toBe(
      'port 8080 of component api (blue) is already used by instance "one" component api (blue) ' +
        '(prod.yaml:4) on host 192.0.2.10',
    );
  });

  it('the same ports on different hosts are fine', async () => {
    expect(
      await findingsFor({
        'prod.yaml': minimalEnv('prod', 'one'),
        'staging.yaml': minimalEnv('staging', 'two', '192.0.2.99'),
      }),
    ).toEqual([]);
  });

  it('a component on the port of the local PostgreSQL or nginx', async () => {
    let text = replaceLine(minimalEnv(), 16, '          listen: { type: tcp, blue: 5432, green: 80 }');
    text = withInstanceLines(
      text,
      '    database: { engine: postgres, host: 127.0.0.1, port: 5432, name: demo, user: demo, ' +
        'password_secret: DB_PASSWORD }',
      '    nginx: { server_names: [demo.example.com] }',
    );
    const f = await findingsFor({ 'prod.yaml': text });
    expect(f.map((x) => `${where(x)}: ${x.message}`)).toEqual([
      'prod.yaml:20:58 port-clash instances[0].database.port: port 5432 of PostgreSQL is already used by ' +
        'component api (blue) (prod.yaml:4) on host 192.0.2.10',
      'prod.yaml:21:5 port-clash instances[0].nginx: port 80 of nginx (http) is already used by component ' +
        'api (green) (prod.yaml:4) on host 192.0.2.10',
    ]);
  });

  it('two instances may share the host PostgreSQL and nginx, but not a server name', async () => {
    const extra = (name: string) => [
      '    database: { engine: postgres, host: 127.0.0.1, port: 5432, name: demo, user: demo, ' +
        'password_secret: DB_PASSWORD }',
      `    nginx: { server_names: [${name}] }`,
    ];
    const one = withInstanceLines(minimalEnv('prod', 'one'), ...extra('a.example.com'));
    const two = withInstanceLines(
      replaceLine(minimalEnv('staging', 'two'), 16, '          listen: { type: unix }'),
      ...extra('A.example.com'),
    );
    const f = await findingsFor({ 'prod.yaml': one, 'staging.yaml': two });
    expect(f.map(where)).toEqual(['staging.yaml:21:29 server-name-clash instances[0].nginx.server_names[0]']);
    expect(msg(f[0]!)).toMatch(
      /server name "A.example.com" is already served by instance "one" \(prod.yaml:4\) on host 192.0.2.10/,
    );
  });

  it('two instances in the same Proxmox container clash; other containers do not', async () => {
    const pct = (vmid: number) => ['      transport: pct', '      node: pve01', `      vmid: ${vmid}`].join('\n');
    const make = (name: string, id: string, vmid: number) =>
      minimalEnv(name, id).replace(/ {6}transport: ssh\n.*\n.*\n.*ssh_key_secret: SSH_KEY/, pct(vmid));
    const f = await findingsFor({
      'a.yaml': make('a', 'one', 201),
      'b.yaml': make('b', 'two', 201),
      'c.yaml': make('c', 'three', 202),
    });
    expect(f.filter((x) => x.rule === 'port-clash').map((x) => x.file)).toEqual(['b.yaml', 'b.yaml']);
    expect(f.find((x) => x.rule === 'port-clash')?.message).toMatch(/on container 201 on pve01$/);
  });
});

describe('references (seed blocker 3: a name used but never defined)', () => {
  it('nginx locations and health checks must name defined components', async () => {
    let text = replaceLine(minimalEnv(), 19, '        - { type: tcp, component: mcp }\n        - { type: redis }');
    text = withInstanceLines(
      text,
      '    nginx:',
      '      server_names: [a.example.com]',
      '      locations: [{ path: /mcp, component: mcp }]',
    );
    const f = await findingsFor({ 'prod.yaml': text });
    expect(f.map((x) => `${where(x)}: ${x.message}`)).toEqual([
      'prod.yaml:19:35 undefined-component instances[0].health.checks[0].component: component "mcp" is not ' +
        'defined in app.components (defined: api)',
      'prod.yaml:20:19 undefined-service instances[0].health.checks[1].type: a redis health check needs the ' +
        'instance\'s "redis" section, which is missing',
      'prod.yaml:23:44 undefined-component instances[0].nginx.locations[0].component: component "mcp" is ' +
        'not defined in app.components (defined: api)',
    ]);
  });
});

describe('TLS', () => {
  it('on without certificate and key files', async () => {
    const f = await findingsFor({
      'prod.yaml': withInstanceLines(
        minimalEnv(),
        '    nginx:',
        '      server_names: [a.example.com]',
        '      tls: { enabled: true, key: /etc/ssl/a.key }',
      ),
    });
    expect(f.map((x) => `${where(x)}: ${x.message}`)).toEqual([
      'prod.yaml:22:7 tls-files instances[0].nginx.tls: TLS is enabled but nginx.tls.certificate is ' +
        'missing: give the absolute path of the certificate (full chain) file on the target',
    ]);
  });

  it('off needs no files', async () => {
    expect(
      await findingsFor({
        'prod.yaml': withInstanceLines(
          minimalEnv(),
          '    nginx:',
          '      server_names: [a.example.com]',
          '      tls: { enabled: false }',
        ),
      }),
    ).toEqual([]);
  });
});

describe('environment names', () => {
  it('warn when the file name differs, and fail when two files claim one name', async () => {
    const f = await findingsFor({
      'prod.yaml': minimalEnv('prod', 'one'),
      'copy.yaml': minimalEnv('prod', 'two', '192.0.2.20'),
    });
    expect(f.map((x) => `${where(x)} ${x.severity}`)).toEqual([
      'copy.yaml:2:14 duplicate-environment environment error',
      'copy.yaml:2:14 environment-name environment warning',
    ]);
  });
});

describe('promotion', () => {
  // Production names staging; a second line after `environment:` (line 3) holds promote_from.
  const promoted = (sha: string) =>
    minimalEnv('production', 'app-prod', '192.0.2.20')
      .replace('environment: production\n', 'environment: production\npromote_from: staging\n')
      .replace(`sha256: ${'a'.repeat(64)}`, `sha256: ${sha}`);
  it('passes when the release is the one staging pins, byte for byte', async () => {
    const f = await findingsFor({
      'staging.yaml': minimalEnv('staging', 'app-staging', '192.0.2.21'),
      'production.yaml': promoted('a'.repeat(64)),
    });
    expect(f.filter((x) => x.rule === 'promotion')).toEqual([]);
  });

  it('fails at the release line when staging pins another archive', async () => {
    // …and at promote_from when staging is missing.
    const f = await findingsFor({
      'staging.yaml': minimalEnv('staging', 'app-staging', '192.0.2.21'),
      'production.yaml': promoted('b'.repeat(64)),
    });
    expect(f.filter((x) => x.rule === 'promotion').map(where)).toEqual([
      'production.yaml:13:7 promotion instances[0].app.release',
    ]);
    expect(f.find((x) => x.rule === 'promotion')!.message).toBe(
      `app-prod: release 1.0.0 (sha256 bbbbbbbbbbbb…) is not what staging runs: staging pins 1.0.0 (sha256 ` +
        `aaaaaaaaaaaa…); deploy it to staging first, then pin the same version and sha256 here`,
    );
    const alone = await findingsFor({ 'production.yaml': promoted('a'.repeat(64)) });
    expect(alone.filter((x) => x.rule === 'promotion').map(where)).toEqual([
      'production.yaml:3:15 promotion promote_from',
    ]);
  });
});

describe('an instance provisioned before its host key is known', () => {
  const container = [
    '    container:',
    '      vmid: 120',
    '      template: local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
    '      memory: 2048',
    '      disk: 8',
    '      address: 192.0.2.10/24',
  ];
  const unpinned = (text: string) => text.replace(/^ {6}host_keys: .*\n/m, '');

  it('is a warning at its target (deploys refuse it until pinned), not an error', async () => {
    const f = await findingsFor({ 'prod.yaml': withInstanceLines(unpinned(minimalEnv()), ...container) });
    expect(f.map((x) => `${where(x)} ${x.severity}`)).toEqual([
      'prod.yaml:5:5 unpinned-host instances[0].target warning',
    ]);
    expect(msg(f[0]!)).toContain('`slotflip provision` prints');
  });

  it('without a container section, a missing host key stays a schema error with its remedy', async () => {
    const f = await findingsFor({ 'prod.yaml': unpinned(minimalEnv()) });
    expect(f.map((x) => `${where(x)} ${x.severity}`)).toEqual(['prod.yaml:5:5 schema instances[0].target error']);
    expect(msg(f[0]!)).toContain('slotflip never trusts a key on first use');
  });
});
