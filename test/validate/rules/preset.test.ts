import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsFor, FINGERPRINT, writeTree } from '../../helpers.js';
import type { Finding } from '../../../src/report/finding.js';
import { validateEnvironments } from '../../../src/validate/validate.js';
import { join } from 'node:path';
import { joinedRegex } from '../../regex.js';

const TEMPLATES = { templatesDir: resolve('templates') };

/** A Vikunja instance; `config` lines go under app.config (indented by the caller), `extra` at the instance's end. */
function vikunja(
  opts: {
    config?: string[];
    extra?: string[];
    environment?: string;
    app?: string[];
    id?: string;
    nginx?: string[];
  } = {},
): string {
  return [
    'version: 1',
    `environment: ${opts.environment ?? 'prod'}`,
    'instances:',
    `  - id: ${opts.id ?? 'tasks'}`,
    '    target: { transport: ssh, host: 192.0.2.10, host_keys: [' + FINGERPRINT + '], ssh_key_secret: SSH_KEY }',
    '    app:',
    '      name: vikunja',
    ...(opts.app ?? ['      shared_secret: VIKUNJA_SECRET']),
    `      release: { source: url, version: 2.5.0, url: ` +
      `https://dl.vikunja.io/vikunja/2.5.0/vikunja-v2.5.0-linux-amd64-full.zip, sha256: ${'a'.repeat(64)} }`,
    '      components:',
    '        api: { start: ./vikunja web, listen: { type: unix }, route: / }',
    ...(opts.config ? ['      config:', ...opts.config] : []),
    ...(opts.nginx ?? [
      '    nginx: { server_names: [tasks.example.com], tls: { enabled: true, certificate: /etc/ssl/t.pem, ' +
        'key: /etc/ssl/t.key } }',
    ]),
    '    health: { checks: [{ type: http, component: api, path: /health }] }',
    ...(opts.extra ?? []),
    '',
  ].join('\n');
}

/** 1-based line of the first line containing `text`. */
const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((l) => l.includes(text)) + 1;

async function check(yaml: string, rule: string, file = 'prod.yaml'): Promise<Finding[]> {
  const f = await findingsFor({ [file]: yaml }, TEMPLATES);
  return f.filter((x) => x.rule === rule);
}

describe('app.config against the pinned Vikunja release (templates/vikunja/preset.yaml)', () => {
  it('a complete, valid configuration has no findings', async () => {
    const yaml = vikunja({
      config: [
        '        service: { enableregistration: false, timezone: Europe/Berlin, jwtttl: 86400 }',
        '        mailer: { enabled: true, password: { secret: SMTP_PASSWORD } }',
        '        auth: { openid: { enabled: true, providers: { sso: { name: SSO, clientsecret: { secret: ' +
          'OIDC_SECRET } } } } }',
      ],
      extra: ['    smoke: { steps: [{ name: info, method: GET, path: /api/v1/info }] }'],
    });
    expect(await findingsFor({ 'prod.yaml': yaml }, TEMPLATES)).toEqual([]);
  });

  const obsolete: [string, string[], string, RegExp][] = [
    [
      'frontendurl (renamed publicurl in 0.23.0)',
      ['        service: { frontendurl: https://tasks.example.com }'],
      'frontendurl',
      /service\.frontendurl is not a setting of vikunja 2\.5\.0: use service\.publicurl/,
    ],
    [
      'jwtsecret (renamed service.secret in 2.x)',
      ['        service:', '          JWTSecret: abc'],
      'JWTSecret',
      /service\.jwtsecret is not a setting of vikunja 2\.5\.0: use service\.secret .*app\.shared_secret/,
    ],
    [
      "seed 004's ENOBLEREGISTRATION",
      ['        ENOBLEREGISTRATION: false'],
      'ENOBLEREGISTRATION',
      /enobleregistration is not a setting .*did you mean service\.enableregistration\?/,
    ],
    [
      "seed 004's SERVICE_URL",
      ['        SERVICE_URL: https://tasks.example.com'],
      'SERVICE_URL',
      /service_url is not a setting of vikunja 2\.5\.0: use service\.publicurl/,
    ],
    [
      "seed 004's PUBLIC_URL",
      ['        PUBLIC_URL: https://tasks.example.com'],
      'PUBLIC_URL',
      /public_url is not a setting of vikunja 2\.5\.0: use service\.publicurl/,
    ],
    [
      'an environment variable name',
      ['        VIKUNJA_SERVICE_TIMEZONE: Europe/Berlin'],
      'VIKUNJA_SERVICE_TIMEZONE',
      /written as an environment variable.*\(service: timezone: …\)/,
    ],
    [
      'a misspelt key',
      ['        service: { enableregistraton: true }'],
      'enableregistraton',
      /service\.enableregistraton is not a setting .*silently ignore.*did you mean service\.enableregistration\?/,
    ],
  ];
  for (const [name, config, marker, message] of obsolete) {
    it(`${name}: an error at its own line`, async () => {
      const yaml = vikunja({ config });
      const f = await check(yaml, 'app-config');
      expect(f.map((x) => x.line)).toEqual([lineOf(yaml, marker)]);
      expect(f[0]!.message).toMatch(message);
    });
  }

  it('typed values, keys slotflip owns, and a secret written in the clear', async () => {
    const config = [
      '        service:',
      '          enableregistration: "yes"',
      '          jwtttl: 1d',
      '          unixsocket: /tmp/v.sock',
      '        mailer: { password: hunter2 }',
      '        cors: { origins: https://a.example.com }',
    ];
    const yaml = vikunja({ config });
    const f = await check(yaml, 'app-config');
    expect(f.map((x) => `${x.line} ${x.message}`)).toEqual([
      `${lineOf(yaml, 'enableregistration')} service.enableregistration must be a boolean`,
      `${lineOf(yaml, 'jwtttl')} service.jwtttl must be an integer`,
      `${lineOf(yaml, 'unixsocket')} service.unixsocket is set by slotflip: each slot listens on its own unix socket`,
      `${lineOf(yaml, 'hunter2')} mailer.password holds a secret in the repository: write it as { secret: ` +
        `NAME } and provide NAME as a secret (it goes to the 0600 app.env only)`,
      `${lineOf(yaml, 'cors:')} cors.origins must be a list of strings`,
    ]);
  });

  it('a preset that cannot be read is an error at app.name, not silently no checks', async () => {
    const dir = writeTree({ 'vikunja/preset.yaml': 'app: vikunja\nversion: [' });
    const yaml = vikunja();
    const f = (await findingsFor({ 'prod.yaml': yaml }, { templatesDir: dir })).filter((x) => x.rule === 'preset');
    expect(f.map((x) => x.line)).toEqual([lineOf(yaml, 'name: vikunja')]);
    expect(f[0]!.message).toMatch(/templates\/vikunja\/preset\.yaml: not valid YAML/);
  });
});

describe('rules that prevent the failures Vikunja operators report', () => {
  it('data paths must be absolute', async () => {
    const yaml = vikunja({ config: ['        files: { basepath: ./files }'] });
    const f = await check(yaml, 'absolute-path');
    expect(f.map((x) => x.line)).toEqual([lineOf(yaml, 'basepath')]);
    expect(f[0]!.message).toMatch(/files\.basepath must be an absolute path .*"\.\/files"/);
  });

  it('keyvalue.type: redis needs the instance to have Redis', async () => {
    const yaml = vikunja({ config: ['        keyvalue: { type: redis }'] });
    const f = await check(yaml, 'needs-redis');
    expect(f.map((x) => x.line)).toEqual([lineOf(yaml, 'keyvalue')]);
    const withRedis = vikunja({
      config: ['        keyvalue: { type: redis }'],
      extra: ['    redis: { host: 127.0.0.1, port: 6379 }'],
    });
    expect(await check(withRedis, 'needs-redis')).toEqual([]);
  });

  it("publicurl needs its scheme, the site's scheme, and one of its server names", async () => {
    for (const [value, why] of [
      ['tasks.example.com', /must be a URL with its scheme/],
      ['http://tasks.example.com/', /says http but the site serves https/],
      [
        'https://other.example.com/',
        /names other\.example\.com, which is not one of the site's server names \(tasks\.example\.com\)/,
      ],
    ] as const) {
      const yaml = vikunja({ config: [`        service: { publicurl: "${value}" }`] });
      const f = await check(yaml, 'public-url');
      expect(f.map((x) => x.line)).toEqual([lineOf(yaml, 'publicurl')]);
      expect(f[0]!.message).toMatch(why);
    }
    expect(
      await check(vikunja({ config: ['        service: { publicurl: "https://tasks.example.com/" }'] }), 'public-url'),
    ).toEqual([]);
  });

  it('the shared secret must be named (else every deploy signs everyone out)', async () => {
    const yaml = vikunja({ app: [] });
    const f = await check(yaml, 'shared-secret');
    expect(f.map((x) => x.line)).toEqual([lineOf(yaml, '    app:')]);
    expect(f[0]!.message).toMatch(
      joinedRegex(
        /service\.secret; without one it makes a new one at every start, /,
        /so at each deploy every token signed before is refused \(401\); /,
        /the web app gets a new one from its session cookie/,
      ),
    );
  });

  it('CORS open to any origin: an error in production, a warning elsewhere', async () => {
    const config = ['        cors: { origins: ["*"] }'];
    const prod = vikunja({ config, environment: 'production' });
    const f = await check(prod, 'cors-origins', 'production.yaml');
    expect(f.map((x) => `${x.line} ${x.severity}`)).toEqual([`${lineOf(prod, 'origins')} error`]);
    const staging = vikunja({ config, environment: 'staging' });
    expect((await check(staging, 'cors-origins', 'staging.yaml')).map((x) => x.severity)).toEqual(['warning']);
  });

  it('a PostgreSQL older than the release supports', async () => {
    const db = (v: number) => [
      `    database: { engine: postgres, host: 127.0.0.1, port: 5432, name: tasks, user: tasks, ` +
        `password_secret: DB_PASSWORD, server_version: ${v} }`,
    ];
    const yaml = vikunja({ extra: db(11) });
    const f = await check(yaml, 'postgres-version');
    expect(f.map((x) => x.line)).toEqual([lineOf(yaml, 'server_version')]);
    expect(f[0]!.message).toBe(
      'vikunja 2.5.0 supports PostgreSQL 12 or newer, and this server is 11: its migrations would fail on it',
    );
    expect(await check(vikunja({ extra: db(15) }), 'postgres-version')).toEqual([]);
  });

  it('a release other than the one the preset describes', async () => {
    const yaml = vikunja().replace('version: 2.5.0', 'version: 2.6.0');
    const f = await check(yaml, 'preset-version');
    expect(f.map((x) => x.line)).toEqual([lineOf(yaml, 'release:')]);
  });

  it('2.4.0 is accepted with a warning saying why not to stay on it (the upgrade test starts there)', async () => {
    const f = await check(vikunja().replace('version: 2.5.0', 'version: 2.4.0'), 'preset-version');
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      [
        'warning',
        expect.stringContaining(
          'vikunja 2.4.0 is older than the 2.5.0 the preset describes: its migrations drop unique indexes',
        ),
      ],
    ]);
  });

  it("the preset's smoke flow needs registration open and the mailer off", async () => {
    // An instance with its own flow is not held to that.
    const mailer = vikunja({ config: ['        mailer: { enabled: true, host: smtp.example.com }'] });
    const f = await check(mailer, 'smoke-settings');
    expect(f.map((x) => [x.line, x.message])).toEqual([
      [
        lineOf(mailer, 'mailer:'),
        expect.stringContaining(
          "mailer.enabled is true, and the vikunja preset's smoke flow needs false: with the mailer on, " +
            'Vikunja asks a new user to confirm their e-mail',
        ),
      ],
    ]);
    const closed = vikunja({ config: ['        service: { enableregistration: false }'] });
    expect((await check(closed, 'smoke-settings')).map((x) => x.message)).toEqual([
      expect.stringContaining(
        "service.enableregistration is false, and the vikunja preset's smoke flow needs true: it registers " +
          'a throwaway user',
      ),
    ]);
    const own = vikunja({
      config: ['        mailer: { enabled: true, host: smtp.example.com }'],
      extra: ['    smoke: { steps: [{ name: info, method: GET, path: /api/v1/info }] }'],
    });
    expect(await check(own, 'smoke-settings')).toEqual([]);
    expect(
      await check(
        vikunja({ extra: ['    smoke: false'], config: ['        service: { enableregistration: false }'] }),
        'smoke-settings',
      ),
    ).toEqual([]);
    expect(await check(vikunja(), 'smoke-settings')).toEqual([]);
  });

  it('backups must archive the directory Vikunja writes its files to', async () => {
    const backups = (dir?: string) => [
      `    backups: { recipients: ` +
        `[age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p]${dir ? `, files_dir: ${dir}` : ''} }`,
    ];
    const config = ['        files: { basepath: /var/lib/vikunja/files }'];
    for (const [dir, why] of [
      [undefined, /backups\.files_dir is not set, so backups leave them out/],
      ['/srv/other', /backups archive \/srv\/other instead/],
    ] as const) {
      const yaml = vikunja({ config, extra: backups(dir) });
      const f = await check(yaml, 'backup-files');
      expect(f.map((x) => x.line)).toEqual([lineOf(yaml, 'basepath')]);
      expect(f[0]!.message).toMatch(why);
    }
    expect(await check(vikunja({ config, extra: backups('/var/lib/vikunja/files') }), 'backup-files')).toEqual([]);
  });

  it('nginx must accept the uploads the app accepts', async () => {
    const nginx = ['    nginx: { server_names: [tasks.example.com], client_max_body_size: 10m }'];
    const yaml = vikunja({ nginx, config: ['        files: { maxsize: 50MB }'] });
    const f = await check(yaml, 'upload-limit');
    expect(f.map((x) => x.line)).toEqual([lineOf(yaml, 'client_max_body_size')]);
    expect(f[0]!.message).toMatch(
      /nginx refuses bodies over 10m, but vikunja accepts uploads up to 50m \(files\.maxsize\)/,
    );
    // Vikunja's default (20MB) counts when the setting is left out.
    expect(await check(vikunja({ nginx }), 'upload-limit')).toHaveLength(1);
    expect(
      await check(
        vikunja({ nginx: ['    nginx: { server_names: [tasks.example.com], client_max_body_size: 20m }'] }),
        'upload-limit',
      ),
    ).toEqual([]);
  });
});

describe('resources several instances share', () => {
  it('blue, green and the services must fit the container', async () => {
    const container = (memory: number) => [
      `    container: { vmid: 120, template: local:vztmpl/debian-12.tar.zst, memory: ${memory} }`,
      '    database: { engine: postgres, host: 127.0.0.1, port: 5432, name: tasks, user: tasks, ' +
        'password_secret: DB_PASSWORD }',
      '    redis: { host: 127.0.0.1, port: 6379 }',
    ];
    const big = (yaml: string) => yaml.replace('route: / }', 'route: /, memory_max: 512M }');
    const yaml = big(vikunja({ extra: container(1536) }));
    const f = await check(yaml, 'memory-fit');
    expect(f.map((x) => x.line)).toEqual([lineOf(yaml, 'container:')]);
    expect(f[0]!.message).toBe(
      'both slots do not fit during a deploy: it needs 1600 MiB (blue and green 2 x 512, PostgreSQL 256, ' +
        "Redis 192, system 128) and the container has 1536: raise container.memory or lower the components' memory_max",
    );
    expect(await check(big(vikunja({ extra: container(2048) })), 'memory-fit')).toEqual([]);
    // A tuned PostgreSQL (database.tune) is given a quarter of the container: 1792 holds both slots untuned, not tuned.
    expect(await check(big(vikunja({ extra: container(1792) })), 'memory-fit')).toEqual([]);
    const tuned = big(vikunja({ extra: container(1792) })).replace(
      'password_secret: DB_PASSWORD }',
      'password_secret: DB_PASSWORD, tune: true }',
    );
    expect((await check(tuned, 'memory-fit'))[0]!.message).toContain(
      'it needs 1824 MiB (blue and green 2 x 512, PostgreSQL 448, Redis 224, system 128) and the container has 1792',
    );
  });

  it("tuning is for servers in the instance's own container", async () => {
    // Elsewhere, or without a container, it is an error at tune.
    const db = (host: string) =>
      `    database: { engine: postgres, host: ${host}, port: 5432, name: tasks, user: tasks, ` +
      `password_secret: DB_PASSWORD, tune: true }`;
    const redis = '    redis: { host: 192.0.2.50, port: 6379, tune: true }';
    const bare = vikunja({ extra: [db('127.0.0.1')] });
    const f = await check(bare, 'tuning');
    expect(f.map((x) => [x.line, x.message])).toEqual([
      [
        lineOf(bare, 'tune: true'),
        'database.tune: the instance has no container section to size it from; tune that server where it ' +
          'runs, or remove tune',
      ],
    ]);
    const remote = vikunja({
      extra: [
        '    container: { vmid: 120, template: local:vztmpl/debian-12.tar.zst, memory: 2048 }',
        db('192.0.2.40'),
        redis,
      ],
    });
    expect((await check(remote, 'tuning')).map((x) => [x.line, x.message])).toEqual([
      [
        lineOf(remote, 'database:'),
        "database.tune: PostgreSQL at 192.0.2.40 is not in the instance's container; tune that server where " +
          'it runs, or remove tune',
      ],
      [
        lineOf(remote, 'redis:'),
        "redis.tune: Redis at 192.0.2.50 is not in the instance's container; tune that server where it " +
          'runs, or remove tune',
      ],
    ]);
    expect(
      await check(
        vikunja({
          extra: [
            '    container: { vmid: 120, template: local:vztmpl/debian-12.tar.zst, memory: 2048 }',
            db('127.0.0.1'),
          ],
        }),
        'tuning',
      ),
    ).toEqual([]);
  });

  it('apps sharing one PostgreSQL server share its max_connections, across files', async () => {
    const db = (name: string, pool: number) => [
      `    database: { engine: postgres, host: 127.0.0.1, port: 5432, name: ${name}, user: ${name}, ` +
        `password_secret: DB_PASSWORD, pool: ${pool} }`,
    ];
    const a = vikunja({ id: 'one', extra: db('one', 20) });
    const b = vikunja({ id: 'two', environment: 'staging', extra: db('two', 30) }).replace(
      'tasks.example.com',
      'two.example.com',
    );
    const f = (await findingsFor({ 'prod.yaml': a, 'staging.yaml': b }, TEMPLATES)).filter(
      (x) => x.rule === 'connection-budget',
    );
    expect(f.map((x) => `${x.file}:${x.line}`)).toEqual([
      `prod.yaml:${lineOf(a, 'pool')}`,
      `staging.yaml:${lineOf(b, 'pool')}`,
    ]);
    expect(f[0]!.message).toBe(
      'the PostgreSQL server at 192.0.2.10:5432 would need 106 connections during deploys (one 2 x 20 + 3, ' +
        ('two 2 x 30 + 3) but allows 97 (max_connections 100 minus 3 reserved): lower database.pool or raise ' +
          'max_connections'),
    );
    // The same two on different database servers fit.
    const c = b.replace('host: 127.0.0.1, port: 5432', 'host: 127.0.0.1, port: 5433');
    expect(
      (await findingsFor({ 'prod.yaml': a, 'staging.yaml': c }, TEMPLATES)).filter(
        (x) => x.rule === 'connection-budget',
      ),
    ).toEqual([]);
  });

  it('several instances on one Proxmox node: each VMID and static address once, across files', async () => {
    const container = (vmid: number, ip: string) => [
      `    container: { vmid: ${vmid}, template: local:vztmpl/debian-12.tar.zst, address: ${ip}/24 }`,
    ];
    const a = vikunja({ id: 'one', extra: container(301, '192.0.2.31') });
    const b = vikunja({ id: 'two', environment: 'staging', extra: container(301, '192.0.2.31') }).replace(
      'tasks.example.com',
      'two.example.com',
    );
    const f = (await findingsFor({ 'prod.yaml': a, 'staging.yaml': b }, TEMPLATES)).filter((x) =>
      x.rule.endsWith('-clash'),
    );
    expect(f.map((x) => `${x.file}:${x.line} ${x.rule}`)).toEqual([
      `staging.yaml:${lineOf(b, 'container:')} vmid-clash`,
      `staging.yaml:${lineOf(b, 'container:')} address-clash`,
    ]);
    expect(f.find((x) => x.rule === 'vmid-clash')!.message).toBe(
      `container 301 is already instance "one"'s (prod.yaml:4): a VMID is unique across a Proxmox cluster; ` +
        `give each instance its own`,
    );
    const c = vikunja({ id: 'two', environment: 'staging', extra: container(302, '192.0.2.32') }).replace(
      'tasks.example.com',
      'two.example.com',
    );
    expect(
      (await findingsFor({ 'prod.yaml': a, 'staging.yaml': c }, TEMPLATES)).filter((x) => x.rule.endsWith('-clash')),
    ).toEqual([]);
  });
});

describe("a preset's defaults", () => {
  it('fill in what an instance leaves out; its own values win; a finding in them points at the instance', async () => {
    const yaml = vikunja()
      .replace(
        '        api: { start: ./vikunja web, listen: { type: unix }, route: / }',
        '        api: { memory_max: 384M }',
      )
      .replace('    health: { checks: [{ type: http, component: api, path: /health }] }\n', '');
    const dir = writeTree({ 'prod.yaml': yaml });
    const out = await validateEnvironments({ paths: [join(dir, 'prod.yaml')], ...TEMPLATES });
    expect(out.findings).toEqual([]);
    const inst = out.environments.get(join(dir, 'prod.yaml'))!.instances[0]!;
    expect(inst.app.components.api).toEqual({
      start: './vikunja web',
      listen: { type: 'unix' },
      route: '/',
      websocket: true,
      stop_signal: 'SIGINT',
      memory_max: '384M',
    });
    expect(inst.migrations?.command).toBe('./vikunja migrate');
    expect(inst.health.checks.map((c) => c.path)).toEqual(['/health', '/api/v1/info', '/']);
    expect(inst.nginx?.locations).toEqual([{ path: '/api/v1/ws', component: 'api', websocket: true }]);
    // The instance's own list replaces the preset's whole: here one check only.
    const own = await validateEnvironments({
      paths: [join(writeTree({ 'prod.yaml': vikunja() }), 'prod.yaml')],
      ...TEMPLATES,
    });
    expect([...own.environments.values()][0]!.instances[0]!.health.checks).toHaveLength(1);
  });
});

describe("the key list is Vikunja 2.5.0's own (issue: Vikunja for real)", () => {
  const raw = '../shared/vikunja/config-raw-v2.5.0.json';

  it('is what scripts/preset-keys.mjs generates from config-raw.json at v2.5.0', async (t) => {
    const { existsSync } = await import('node:fs');
    if (!existsSync(raw)) {
      console.log(`skipped: ${raw} is not beside the checkout`);
      t.skip();
    }
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(
      process.execPath,
      [
        'scripts/preset-keys.mjs',
        'templates/vikunja/preset.yaml',
        raw,
        'v2.5.0 (ef2200e9429c5cc42f5c1811433418bfcc72b3aa)',
        '--check',
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr.trim()).toBe(`templates/vikunja/preset.yaml: keys match ${raw}`);
    expect(r.status).toBe(0);
  });

  it("accepts 2.x's keys that v1.1.0's list lacked, and refuses typesense, which 2.x ignores", async () => {
    const valid = vikunja({
      config: [
        '        service: { jwtttlshort: 600, enableemailreminders: false }',
        '        database: { schema: vikunja }',
        '        outgoingrequests: { allownonroutableips: false }',
        '        audit: { enabled: true }',
      ],
    });
    expect(await check(valid, 'app-config')).toEqual([]);
    const typesense = vikunja({ config: ['        typesense: { enabled: true }'] });
    expect((await check(typesense, 'app-config')).map((f) => f.message)).toEqual([
      expect.stringContaining('typesense is not a setting of vikunja 2.5.0 (vikunja would silently ignore it)'),
    ]);
  });

  it('refuses the client-address keys: slotflip sets them so that each client has its own rate limit', async () => {
    const proxy = vikunja({ config: ['        service: { ipextractionmethod: xff, trustedproxies: "10.0.0.1/32" }'] });
    expect((await check(proxy, 'app-config')).map((f) => f.message)).toEqual([
      expect.stringContaining('service.ipextractionmethod is set by slotflip'),
      expect.stringContaining('service.trustedproxies is set by slotflip'),
    ]);
  });
});
