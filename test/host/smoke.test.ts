import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Instance, Smoke } from '../../src/config/environment.generated.js';
import { COOKIE_FACTS, fromAddress, passAddress, smokeFlow, smokeScript } from '../../src/host/smoke.js';
import { checkSmokeVariables } from '../../src/host/smoke-words.js';

// The smoke script as the host runs it (bash, curl), against a real HTTP server on loopback that plays the app.

interface Seen {
  method: string;
  path: string;
  auth?: string;
  body: string;
  from?: string;
  realIp?: string;
}
const seen: Seen[] = [];
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', async () => {
      seen.push({
        method: req.method!,
        path: req.url!,
        auth: req.headers.authorization,
        body,
        from: req.socket.remoteAddress,
        realIp: req.headers['x-real-ip'] as string | undefined,
      });
      const json = (code: number, v: unknown) =>
        res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(v));
      if (req.url === '/api/v1/login') return json(200, { token: 'tok-abc.123' });
      if (req.url === '/api/v1/projects' && req.method === 'PUT')
        return req.headers.authorization === 'Bearer tok-abc.123'
          ? json(201, { id: 42, title: JSON.parse(body).title })
          : json(401, { message: 'no token' });
      if (req.url === '/api/v1/projects/42') return json(req.method === 'DELETE' ? 200 : 200, { id: 42 });
      if (req.url === '/api/v1/broken') return json(500, { message: 'database is gone' });
      return json(404, { message: 'not found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const instance = (): Instance =>
  ({
    id: 'smoke-test',
    target: { transport: 'local' },
    app: {
      name: 'demo',
      release: { source: 'upload', version: '1.0.0' },
      components: { api: { start: 'x', listen: { type: 'tcp', blue: port, green: port + 1 }, route: '/' } },
    },
    health: { checks: [] },
  }) as unknown as Instance;

const FLOW: Smoke = {
  steps: [
    {
      name: 'log in',
      method: 'POST',
      path: '/api/v1/login',
      body: { username: 'smoke-${run}', password: 'x' },
      save: { token: 'token' },
    },
    {
      name: 'create a project',
      method: 'PUT',
      path: '/api/v1/projects',
      bearer: '${token}',
      body: { title: 'slotflip smoke ${run}' },
      expect_status: 201,
      save: { project: 'id' },
    },
    { name: 'read it', method: 'GET', path: '/api/v1/projects/${project}', bearer: '${token}' },
  ],
  cleanup: [{ name: 'delete the project', method: 'DELETE', path: '/api/v1/projects/${project}', bearer: '${token}' }],
};

/** Runs the script with bash, asynchronously: the server answering it lives in this process. */
function run(
  smoke: Smoke,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  seen.length = 0;
  const op = smokeFlow(instance(), smoke, 'blue', 'r7f3');
  if (op.kind !== 'sh') throw new Error('not a script');
  return runScript(op.text, env);
}

function runScript(
  text: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', `set -euo pipefail\n${text}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the smoke flow against the new slot', async () => {
  it('runs the steps in order, carries saved values forward, and cleans up', async () => {
    const r = await run(FLOW);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('smoke: 3 steps passed on the blue slot');
    expect(seen.map((s) => `${s.method} ${s.path} ${s.auth ?? '-'}`)).toEqual([
      'POST /api/v1/login -',
      'PUT /api/v1/projects Bearer tok-abc.123',
      'GET /api/v1/projects/42 Bearer tok-abc.123',
      'DELETE /api/v1/projects/42 Bearer tok-abc.123',
    ]);
    expect(JSON.parse(seen[0]!.body)).toEqual({ username: 'smoke-r7f3', password: 'x' });
    expect(JSON.parse(seen[1]!.body)).toEqual({ title: 'slotflip smoke r7f3' });
  });

  it("comes from the run's own address", async () => {
    // On the slot as the headers nginx adds, through nginx as curl's source address.
    await run(FLOW);
    expect(new Set(seen.map((s) => s.realIp))).toEqual(new Set([passAddress('r7f3', 1)]));
    // Through nginx the app's proxy sees the connection's source: a loopback address of the pass's own.
    const viaNginx = fromAddress(
      { args: '', base: `http://127.0.0.1:${port}`, label: 'nginx' },
      passAddress('r7f3', 3),
      true,
    );
    seen.length = 0;
    const r = await runScript(smokeScript(FLOW, viaNginx, 'r7f3', false));
    expect(r.code).toBe(0);
    expect(new Set(seen.map((s) => s.from))).toEqual(new Set([passAddress('r7f3', 3)]));
  });

  it('a pass address is the same for the same run, differs by pass and by run, and is never 127.0.0.x', () => {
    expect(passAddress('r7f3', 1)).toBe(passAddress('r7f3', 1));
    const all = ['r7f3', 'r7f4', 'abc', '', '12345678901234567890'].flatMap((t) =>
      [1, 2, 3].map((p) => passAddress(t, p)),
    );
    expect(new Set(all).size).toBe(all.length);
    for (const a of all) expect(a).toMatch(/^127\.(?!0\.)([0-9]{1,3})\.([0-9]{1,3})\.[123]$/);
  });

  it('a step that answers otherwise fails with exit 10, naming it and the answer', async () => {
    // …and the cleanup still runs.
    const broken: Smoke = {
      ...FLOW,
      steps: [FLOW.steps[0], FLOW.steps[1]!, { name: 'list tasks', method: 'GET', path: '/api/v1/broken' }],
    };
    const r = await run(broken);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain(
      'smoke: list tasks: GET /api/v1/broken answered 500 (expected 200): {"message":"database is gone"}',
    );
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE', path: '/api/v1/projects/42' });
  });

  it('skips a cleanup step whose values were never saved (the flow failed before)', async () => {
    const r = await run({
      ...FLOW,
      steps: [
        { name: 'log in', method: 'POST', path: '/api/v1/broken', save: { token: 'token' } },
        ...FLOW.steps.slice(1),
      ],
    });
    expect(r.code).toBe(10);
    expect(seen.map((s) => s.path)).toEqual(['/api/v1/broken']);
  });

  it('a missing field in an answer is a failure, not an empty value sent on', async () => {
    const r = await run({
      steps: [
        { name: 'log in', method: 'POST', path: '/api/v1/login', save: { token: 'access_token' } },
        { name: 'next', method: 'GET', path: '/api/v1/projects/42', bearer: '${token}' },
      ],
    });
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('smoke: log in: the answer has no access_token');
    expect(seen).toHaveLength(1);
  });

  it('values from the environment reach the app literally: nothing in them is evaluated by the shell', async () => {
    const marker = '/tmp/slotflip-smoke-pwned';
    rmSync(marker, { force: true });
    const hostile = [`$(touch ${marker})`, `\`touch ${marker}\``, `a' ; touch ${marker}; '`, 'a"b\\c', '$HOME ${HOME}'];
    const r = await run({
      steps: [
        { name: 'log in', method: 'POST', path: '/api/v1/login', body: { values: hostile }, save: { token: 'token' } },
      ],
    });
    expect(r.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(JSON.parse(seen[0]!.body)).toEqual({ values: hostile });
  });

  it('cleanup_command runs after the flow, pass or fail', async () => {
    // …in a transient unit as the app's user in the slot, ${run} handed over as a variable.
    // systemd-run cannot start units here: a stand-in on PATH records its arguments, then runs the command the way
    // the unit would (its -E variables set, in bash -c).
    const dir = tempDir('fake-systemd-run-');
    writeFileSync(
      join(dir, 'systemd-run'),
      `#!/bin/bash
printf '%s\\n' "$@" > ${join(dir, 'argv')}
envs=()
while [ $# -gt 0 ]; do case "$1" in -E) envs+=("$2"); shift 2 ;; -p) shift 2 ;; --*) shift ;; *) break ;; esac; done
exec env "\${envs[@]}" "$@"
`,
      { mode: 0o755 },
    );
    const out = join(dir, 'deleted');
    const env = { ...process.env, PATH: `${dir}:${process.env.PATH}` };
    const withCommand = { ...FLOW, cleanup_command: `printf 'deleted %s' slotflip-smoke-\${run} > ${out}` };
    expect((await run(withCommand, env)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('deleted slotflip-smoke-r7f3');
    const argv = readFileSync(join(dir, 'argv'), 'utf8').split('\n');
    expect(argv).toEqual(
      expect.arrayContaining([
        'User=demo',
        'WorkingDirectory=/opt/slotflip/smoke-test/slots/blue',
        'EnvironmentFile=/opt/slotflip/smoke-test/shared/slot-blue.env',
        'RuntimeMaxSec=60',
        'SF_RUN=r7f3',
      ]),
    );
    // The tag is an argument of systemd-run's environment, never text inside the command it runs.
    expect(argv.find((a) => a.startsWith('exec '))).toBe(`exec printf 'deleted %s' slotflip-smoke-"$SF_RUN" > ${out}`);
    rmSync(out);
    const failed = await run(
      { ...withCommand, steps: [...FLOW.steps, { name: 'list tasks', method: 'GET', path: '/api/v1/broken' }] },
      env,
    );
    expect(failed.code).toBe(10);
    expect(readFileSync(out, 'utf8')).toBe('deleted slotflip-smoke-r7f3');
    // A failing cleanup is reported and changes no verdict.
    const r = await run({ ...FLOW, cleanup_command: 'false' }, env);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('smoke cleanup: false failed');
  });

  it('a reference nobody saved is refused before anything runs', async () => {
    expect(checkSmokeVariables({ steps: [{ name: 'read', method: 'GET', path: '/api/v1/projects/${project}' }] })).toBe(
      'step "read" uses ${project}, which no earlier step saves',
    );
    expect(checkSmokeVariables(FLOW)).toBeUndefined();
  });
});

describe('cookie facts (the after-flip cookies check compares these)', () => {
  const facts = async (headers: string) => {
    const child = spawn('bash', ['-c', `hdrs=$(mktemp); cat > "$hdrs"; ${COOKIE_FACTS}; rm -f "$hdrs"`]);
    child.stdin.end(headers);
    let out = '';
    for await (const c of child.stdout) out += String(c);
    return out.trim().split('\n').sort();
  };

  it('one line per cookie and attribute', async () => {
    // Values and expiry left out, SameSite in lower case, any header case.
    const lines = await facts(
      'HTTP/1.1 200 OK\r\nset-cookie: vikunja_refresh_token=abc=def; Path=/api/v1/user/token/refresh; ' +
        ('Max-Age=2592000; Expires=Thu, 01 Jan 2027 00:00:00 GMT; HttpOnly; Secure; SameSite=None\r\nSet-Cookie: ' +
          'lang=de\r\nContent-Type: application/json\r\n\r\n'),
    );
    expect(lines).toEqual([
      'lang (set)',
      'vikunja_refresh_token (set)',
      'vikunja_refresh_token httponly',
      'vikunja_refresh_token path=/api/v1/user/token/refresh',
      'vikunja_refresh_token samesite=none',
      'vikunja_refresh_token secure',
    ]);
  });

  it('the same cookie with Secure stripped and SameSite rewritten differs in exactly those lines', async () => {
    const app = await facts('Set-Cookie: t=1; Path=/r; HttpOnly; Secure; SameSite=None\r\n');
    const proxied = await facts('Set-Cookie: t=2; Path=/r; HttpOnly; SameSite=Lax\r\n');
    expect(app.filter((l) => !proxied.includes(l))).toEqual(['t samesite=none', 't secure']);
  });
});
