import { describe, expect, it } from 'vitest';
import type { Smoke } from '../../src/config/environment.generated.js';
import { deploy, envFor, slotflip } from '../e2e/deploy-helpers.js';
import { INSTANCE, LAB_N } from '../e2e/pool.js';
import { deploySuite } from '../e2e/deploy-suite.js';
import { joinedRegex } from '../regex.js';

// The smoke flow as a gate, on the demo app's routes (Vikunja's, reduced): log in, read the user, create a task, read
// it, delete it in the cleanup. It runs on the new slot before any traffic moves there.

const suite = deploySuite();
const { info, underLoad, lostWrites } = suite;

const flow = (last: Smoke['steps'][number]): Smoke => ({
  steps: [
    { name: 'log in', method: 'POST', path: '/api/v1/login', save: { token: 'token' } },
    { name: 'the session works', method: 'GET', path: '/api/v1/user', bearer: '${token}' },
    {
      name: 'create a task',
      method: 'PUT',
      path: '/api/v1/tasks',
      body: { title: 'slotflip smoke ${run}' },
      expect_status: 201,
      save: { task: 'id' },
    },
    last,
  ],
  cleanup: [{ name: 'delete the task', method: 'DELETE', path: '/api/v1/tasks/${task}' }],
});
const withSmoke = (version: string, smoke: Smoke) => envFor(version, LAB_N, (env) => (env.instances[0].smoke = smoke));
const smokeTasks = async () =>
  (await suite.db.query("SELECT count(*)::int AS n FROM tasks WHERE title LIKE 'slotflip smoke %'")).rows[0]
    .n as number;

describe('smoke checks as a gate', () => {
  it('installs v1', async () => {
    const r = await deploy(envFor('1.0.0'));
    expect(r.code, r.stderr).toBe(0);
  });

  it('a flow that fails stops the deploy before the flip (exit 10)', async () => {
    // v1 keeps serving, the new slot is stopped, the cleanup ran.
    const r = await deploy(
      withSmoke('2.0.0', flow({ name: 'tasks are listed', method: 'GET', path: '/api/v1/tasks', expect_status: 418 })),
    );
    expect(r.code, r.stderr).toBe(10);
    // The answer it got shows the flow's own task, created on the new slot (and deleted by the cleanup, below).
    expect(r.stderr).toMatch(
      joinedRegex(
        /smoke: tasks are listed: GET \/api\/v1\/tasks answered 200 \(expected 418\): /,
        /\[\{"id":"\d+","title":"slotflip smoke [a-z0-9]+"/,
      ),
    );
    expect(await info()).toMatchObject({ version: '1.0.0', slot: 'blue' });
    const green = await suite.ssh.script(`systemctl is-active slotflip-${INSTANCE}-api@green || true`);
    expect(green.stdout.trim()).not.toBe('active');
    expect(await smokeTasks()).toBe(0);
  });

  it('a flow that passes lets the deploy flip, under load', async () => {
    // Zero failed requests and lost writes, nothing of the flow left.
    const { result, load } = await underLoad(() =>
      deploy(withSmoke('2.0.0', flow({ name: 'read the task', method: 'GET', path: '/api/v1/tasks/${task}' }))),
    );
    expect(result.code, result.stderr).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/smoke flow on the green slot \(4 steps\) \.\.\.\n\s+ok in/);
    expect(load.failures).toEqual([]);
    expect(await lostWrites(load.acknowledged)).toBe(0);
    expect(await info()).toMatchObject({ version: '2.0.0' });
    expect(await smokeTasks()).toBe(0);
  });

  it('after the flip, through nginx', async () => {
    // A site that drops the websocket upgrade is flipped back (the handshake must answer 101).
    // The same instance without its /api/v1/ws location: nginx proxies the handshake without Upgrade and Connection.
    const env = envFor('1.0.0', LAB_N, (e) => delete e.instances[0].nginx.locations);
    const r = await deploy(env);
    expect(r.code).toBe(11);
    expect(r.stderr, r.stderr.split('\n').slice(-25).join('\n')).toContain(
      'after the flip: websocket /api/v1/ws: the handshake through nginx answered HTTP/1.1 404 Not Found, not 101',
    );
    expect(await info()).toMatchObject({ version: '2.0.0' });
    // The site that served before is back too: the websocket answers again through nginx.
    const ws = await suite.ssh.script(
      "curl -s -i -N --http1.1 --max-time 3 -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H " +
        ("'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' -H 'Host: " +
          `${INSTANCE}.lab.invalid' http://127.0.0.1/api/v1/ws | head -1`),
    );
    expect(ws.stdout.trim()).toBe('HTTP/1.1 101 Switching Protocols');
  });

  it('after the flip, cookies keep what the app set', async () => {
    // A stray proxy_cookie_flags is caught and flipped back, then passes.
    const readFlow = flow({ name: 'read the task', method: 'GET', path: '/api/v1/tasks/${task}' });
    const withCookies = (version: string) =>
      envFor(version, LAB_N, (e) => {
        e.instances[0].smoke = readFlow;
        e.instances[0].health.after_flip.push({ type: 'cookies' });
      });
    // go-vikunja/vikunja#3383: an nginx line from an old troubleshooting session rewrote the refresh cookie's flags.
    const flags = '/etc/nginx/conf.d/zz-test-cookie-flags.conf';
    // The websocket case above held 1.0.0 (a release flipped back is refused until released).
    expect(
      (await slotflip(['release-hold', '--env', envFor('1.0.0'), '--secrets-dir', 'lab/state/secrets'])).code,
    ).toBe(0);
    await suite.ssh.script(
      `echo 'proxy_cookie_flags ~ nohttponly samesite=strict;' > ${flags} && nginx -t -q && systemctl reload nginx`,
    );
    try {
      const r = await deploy(withCookies('1.0.0'));
      expect(r.code, r.stderr).toBe(11);
      expect(r.stderr).toContain(
        'after the flip: cookies: nginx does not pass what the app set (lost or changed: demo_refresh_token ' +
          ('httponly, demo_refresh_token samesite=lax; through nginx: demo_refresh_token ' +
            'path=/api/v1/user/token/refresh, demo_refresh_token samesite=strict)'),
      );
      expect(await info()).toMatchObject({ version: '2.0.0' });
    } finally {
      await suite.ssh.script(`rm -f ${flags} && systemctl reload nginx`);
    }
    expect(
      (await slotflip(['release-hold', '--env', withCookies('1.0.0'), '--secrets-dir', 'lab/state/secrets'])).code,
    ).toBe(0);
    const ok = await deploy(withCookies('1.0.0'));
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout + ok.stderr).toContain(
      'note: through nginx after the flip: websocket /api/v1/ws, cors /api/v1/tasks, cookies ok',
    );
    expect(await info()).toMatchObject({ version: '1.0.0' });
    // Both passes of the flow cleaned up after themselves.
    expect(await smokeTasks()).toBe(0);
  });

  it('a tab opened before the flip still loads its chunks', async () => {
    // The previous release's hashed files are served from disk.
    const withAssets = (version: string) =>
      envFor(version, LAB_N, (e) => (e.instances[0].nginx.assets = { path: '/assets/' }));
    const site = (path: string) =>
      suite.ssh.script(`curl -s -w ' %{http_code}' -H 'Host: ${INSTANCE}.lab.invalid' http://127.0.0.1${path}`);
    const r2 = await deploy(withAssets('2.0.0'));
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stdout + r2.stderr).toMatch(
      /note: assets: 3 files of release \S+ kept \(3 fetched; 0 named but not served\)/,
    );
    // The tab: index.html of 2.0.0, and the names of the files it will ask for.
    const index = (await site('/')).stdout;
    const names = [...index.matchAll(/\/assets\/([A-Za-z0-9.-]+)/g)].map((m) => m[1]!);
    expect(names).toHaveLength(2);
    const entry = (await site(`/assets/${names[0]}`)).stdout;
    const chunk = /import\("\.\/([A-Za-z0-9.-]+)"\)/.exec(entry)![1]!;
    const r1 = await deploy(withAssets('1.0.0'));
    expect(r1.code, r1.stderr).toBe(0);
    expect(await info()).toMatchObject({ version: '1.0.0' });
    // After the flip, the lazy chunk the old tab imports now: through nginx it answers, with 2.0.0's content...
    expect((await site(`/assets/${chunk}`)).stdout).toBe('export const release = "2.0.0";\n 200');
    for (const n of names) expect((await site(`/assets/${n}`)).stdout).toMatch(/ 200$/);
    // ... although the live app no longer has it (1.0.0's names differ), and the app's own files answer too.
    const slot = (await info()).slot as string;
    const direct = await suite.ssh.script(
      `curl -s -o /dev/null -w '%{http_code}' --unix-socket /run/slotflip/${INSTANCE}/api/${slot}/app.sock ` +
        `http://localhost/assets/${chunk}`,
    );
    expect(direct.stdout).toBe('404');
    const newIndex = (await site('/')).stdout;
    for (const m of newIndex.matchAll(/\/assets\/([A-Za-z0-9.-]+)/g))
      expect((await site(`/assets/${m[1]}`)).stdout).toMatch(/ 200$/);
    expect((await suite.ssh.script(`ls /opt/slotflip/${INSTANCE}/assets/releases | wc -l`)).stdout.trim()).toBe('2');
    // A name no release has goes to the app, which answers 404.
    expect((await site('/assets/nothing-00000000.js')).stdout).toMatch(/ 404$/);
  });
});
