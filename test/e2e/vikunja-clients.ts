import WebSocket from 'ws';
import { LAB } from '../../src/lab/settings.js';
import { http } from './lab.js';
import type { Routes } from './load.js';

// Logged-in Vikunja clients through nginx, as its web app behaves: a short token in the Authorization header, the
// refresh cookie traded for a new token now and then, and websockets that authenticate with their first message and
// reconnect about a second after they are closed. Each records what happened to it, for the suite to assert on.

export interface Session {
  host: string;
  hostHeader: string;
  token: string;
  cookie: string;
  /** nginx's port (80), or the port of an app with no nginx in front. */
  port: number;
}

const REFRESH_COOKIE = 'vikunja_refresh_token';

function refreshCookie(setCookie: string | string[] | undefined): string {
  const found = [setCookie ?? []].flat().find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
  if (!found) throw new Error('no refresh cookie in the answer');
  return found.split(';')[0]!;
}

export const passwordOf = (username: string) => `${username}-Load-pass-1`;

/** Registers a user and logs in: the token and the refresh cookie, as a browser holds them. */
export async function signUp(host: string, hostHeader: string, username: string, port = 80): Promise<Session> {
  const password = passwordOf(username);
  const reg = await http(host, '/api/v1/register', {
    method: 'POST',
    hostHeader,
    port,
    body: { username, email: `${username}@slotflip.invalid`, password },
  });
  if (reg.status !== 200) throw new Error(`register answered ${reg.status}: ${reg.body}`);
  const login = await http(host, '/api/v1/login', {
    method: 'POST',
    hostHeader,
    port,
    body: { username, password, long_token: false },
  });
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${login.body}`);
  return {
    host,
    hostHeader,
    port,
    token: (JSON.parse(login.body) as { token: string }).token,
    cookie: refreshCookie(login.headers['set-cookie']),
  };
}

export const bearer = (s: Session) => ({ Authorization: `Bearer ${s.token}` });

/**
 * The task API, for the load's ledger: PUT creates (201 with the task), GET reads one or lists. Each connection writes
 * into a project of its own: Vikunja numbers a project's tasks by reading the highest number and adding one, under a
 * unique index, so two tasks created at the same moment in one project collide and one answers 500 (the app's own
 * race, on any release, deploy or not; measured: 87 of 649 writes with ten connections in one project).
 */
export const taskRoutes = (projects: readonly number[]): Routes => ({
  write: (n) => `/api/v1/projects/${projects[n % projects.length]}/tasks`,
  body: (n) => ({ title: `load ${n} ${Date.now()}` }),
  read: '/api/v1/tasks',
  info: '/api/v1/info',
  versionHeader: 'x-no-such-header',
});

/**
 * Trades the refresh cookie for a new token every `everyMs` (the login limit is 10 a minute per address); `once`
 * trades it now (stop the timer first: a refresh token is good for one trade).
 */
export function refreshing(
  s: Session,
  everyMs: number,
): { stop: () => { ok: number; failed: string[] }; once: () => Promise<boolean> } {
  let ok = 0;
  const failed: string[] = [];
  const once = () =>
    http(s.host, '/api/v1/user/token/refresh', {
      method: 'POST',
      hostHeader: s.hostHeader,
      port: s.port,
      headers: { Cookie: s.cookie },
    })
      .then((r) => {
        if (r.status !== 200) return (failed.push(`refresh answered ${r.status}: ${r.body.slice(0, 120)}`), false);
        s.token = (JSON.parse(r.body) as { token: string }).token;
        s.cookie = refreshCookie(r.headers['set-cookie']);
        ok += 1;
        return true;
      })
      .catch((e: Error) => (failed.push(`refresh: ${e.message}`), false));
  const timer = setInterval(() => void once(), everyMs);
  return { stop: () => (clearInterval(timer), { ok, failed }), once };
}

export interface SocketClient {
  /** How many times it authenticated (the first time, then after each reconnect). */
  authenticated: number;
  /** How many times the server side closed it. */
  closed: number;
  errors: string[];
  /** Resolves true when the connection it holds now answers a ping within `ms`. */
  answers: (ms: number) => Promise<boolean>;
  stop: () => void;
}

/**
 * A websocket as Vikunja's web app keeps one: authenticates with its first message, reconnects a second after a close.
 */
export function socketClient(s: Session): SocketClient {
  if (!s.host.startsWith(`${LAB.subnetPrefix}.`)) throw new Error(`websockets go only to the lab: ${s.host}`);
  let ws: WebSocket | undefined;
  let stopped = false;
  const c: SocketClient = {
    authenticated: 0,
    closed: 0,
    errors: [],
    answers: (ms) =>
      new Promise((resolve) => {
        const socket = ws;
        if (!socket || socket.readyState !== WebSocket.OPEN) return resolve(false);
        const timer = setTimeout(() => resolve(false), ms);
        socket.once('pong', () => {
          clearTimeout(timer);
          resolve(true);
        });
        socket.ping();
      }),
    stop: () => {
      stopped = true;
      ws?.terminate();
    },
  };
  const open = () => {
    if (stopped) return;
    const socket = new WebSocket(`ws://${s.host}/api/v1/ws`, {
      headers: { Host: s.hostHeader },
      handshakeTimeout: 5000,
    });
    ws = socket;
    socket.on('open', () => socket.send(JSON.stringify({ action: 'auth', token: s.token })));
    socket.on('message', (data) => {
      const msg = JSON.parse(data.toString()) as { action?: string; success?: boolean; error?: string };
      if (msg.action === 'auth.success' && msg.success) c.authenticated += 1;
      else if (msg.error) c.errors.push(msg.error);
    });
    socket.on('error', (e) => c.errors.push(e.message));
    socket.on('close', () => {
      if (stopped) return;
      c.closed += 1;
      setTimeout(open, 1000);
    });
  };
  open();
  return c;
}
