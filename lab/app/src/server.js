import { chmodSync, rmSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { frontend } from './frontend.js';
import { sessions } from './sessions.js';
import { tasksApi } from './tasks.js';

function send(res, status, body, release) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json',
    'X-Release-Version': release.version,
  });
  res.end(text);
}

async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const c of req) {
    size += c.length;
    if (size > 64 * 1024) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(c);
  }
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw Object.assign(new Error('invalid JSON'), { status: 400 });
  }
}

/** Vikunja's surface, small: /api/v1/info, /health, and a tasks API. Every response names the release. */
export function makeServer({ pool, redis, release, config, startedAt }) {
  const tasks = tasksApi(pool, redis, release);
  const auth = config.sessionSecret ? sessions(config.sessionSecret) : undefined;
  const web = frontend(release.version);
  let healthAnswers = 0;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://app');
      const path = url.pathname;
      // CORS as Vikunja 1.0+ does it: on, for the origins it was given (the site's own, from slotflip).
      const origin = req.headers.origin;
      if (req.method === 'OPTIONS') {
        if (!origin || !config.corsOrigins.includes(origin))
          return send(res, 403, { message: 'origin not allowed' }, release);
        res.writeHead(204, {
          'access-control-allow-origin': origin,
          'access-control-allow-methods': 'GET, PUT, POST, DELETE',
          'access-control-allow-headers': 'authorization, content-type',
          'x-release-version': release.version,
        });
        return res.end();
      }
      if (req.method === 'GET' && path === '/') {
        res.writeHead(200, { 'Content-Type': 'text/html', 'X-Release-Version': release.version });
        return res.end(web.index);
      }
      if (req.method === 'GET' && path.startsWith('/assets/')) {
        const file = web.files.get(path.slice('/assets/'.length));
        if (!file) return send(res, 404, { message: 'not found' }, release);
        res.writeHead(200, { 'Content-Type': file.type, 'X-Release-Version': release.version });
        return res.end(file.body);
      }
      if (req.method === 'GET' && path === '/api/v1/info')
        return send(res, 200, { version: release.version, slot: config.slot, schema: release.schema }, release);
      if (req.method === 'GET' && path === '/health') {
        if (release.fault === 'health-fail') return send(res, 500, 'health check failing by design', release);
        // Every other answer fails once it has passed its gate: never three failures in a row.
        if (
          release.fault === 'health-flap' &&
          Date.now() - startedAt > config.faultAfterMs &&
          healthAnswers++ % 2 === 1
        )
          return send(res, 503, 'health flapping by design', release);
        await pool.query('SELECT 1');
        if ((await redis.ping()) !== 'PONG') throw new Error('redis did not answer PONG');
        return send(res, 200, 'OK', release);
      }
      // Vikunja's login and user routes, reduced: a session is a token signed with the shared secret.
      // Like Vikunja 2.x, a login also sets its refresh token as an HttpOnly cookie scoped to the refresh route,
      // Secure and SameSite=None when the request came over HTTPS (nginx says so in X-Forwarded-Proto).
      if (path === '/api/v1/login' && req.method === 'POST') {
        if (!auth) return send(res, 404, { message: 'sessions need DEMO_SESSION_SECRET' }, release);
        const secure = req.headers['x-forwarded-proto'] === 'https';
        res.setHeader(
          'Set-Cookie',
          `demo_refresh_token=${randomBytes(16).toString('base64url')}; Path=/api/v1/user/token/refresh; ` +
            `Max-Age=2592000; HttpOnly; ${secure ? 'Secure; SameSite=None' : 'SameSite=Lax'}`,
        );
        return send(res, 200, { token: auth.issue() }, release);
      }
      if (path === '/api/v1/user' && req.method === 'GET') {
        const id = auth?.verify(req.headers.authorization);
        return id
          ? send(res, 200, { session: id }, release)
          : send(res, 401, { message: 'no valid session: log in again' }, release);
      }
      if (path === '/api/v1/tasks' && req.method === 'GET') {
        if (release.fault === 'route-500' && Date.now() - startedAt > config.faultAfterMs)
          return send(res, 500, { message: 'tasks list failing by design' }, release);
        if (release.fault === 'slow-route' && Date.now() - startedAt > config.faultAfterMs)
          await new Promise((r) => setTimeout(r, 800));
        return send(res, 200, await tasks.list(), release);
      }
      if (path === '/api/v1/tasks' && req.method === 'PUT') {
        const created = await tasks.create(await readJson(req));
        return created ? send(res, 201, created, release) : send(res, 400, { message: 'title is required' }, release);
      }
      const m = /^\/api\/v1\/tasks\/([0-9]{1,18})$/.exec(path);
      if (m && req.method === 'GET') {
        const task = await tasks.get(m[1]);
        return task ? send(res, 200, task, release) : send(res, 404, { message: 'no such task' }, release);
      }
      if (m && req.method === 'DELETE') {
        // Vikunja's DELETE of a project or task, reduced: what a smoke flow's cleanup calls.
        return (await tasks.remove(m[1]))
          ? send(res, 200, { message: 'deleted' }, release)
          : send(res, 404, { message: 'no such task' }, release);
      }
      if (m && req.method === 'POST') {
        const task = await tasks.update(m[1], await readJson(req));
        return task ? send(res, 200, task, release) : send(res, 404, { message: 'no such task' }, release);
      }
      return send(res, 404, { message: 'not found' }, release);
    } catch (err) {
      return send(res, err.status ?? 500, { message: err.message }, release);
    }
  });
  // Vikunja's websocket (/api/v1/ws), reduced to the handshake: 101 with the accept key, then, as Vikunja does until
  // the client sends its token, nothing: the socket stays open until the client closes it.
  server.on('upgrade', (req, socket) => {
    const key = req.headers['sec-websocket-key'];
    if (
      new URL(req.url ?? '/', 'http://app').pathname !== '/api/v1/ws' ||
      typeof key !== 'string' ||
      req.headers.upgrade?.toLowerCase() !== 'websocket'
    ) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.on('error', () => socket.destroy());
    socket.on('end', () => socket.end());
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
  });
  return server;
}

/**
 * Listens on "unix:/path" or "tcp:host:port". A unix socket is made connectable for nginx (its directory guards it).
 */
export function listen(server, spec) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    if (spec.startsWith('unix:')) {
      const path = spec.slice(5);
      rmSync(path, { force: true });
      server.listen(path, () => {
        chmodSync(path, 0o666);
        resolve(path);
      });
    } else {
      const rest = spec.replace(/^tcp:/, '');
      const i = rest.lastIndexOf(':');
      server.listen(Number(rest.slice(i + 1)), rest.slice(0, i) || '127.0.0.1', () => resolve(rest));
    }
  });
}
