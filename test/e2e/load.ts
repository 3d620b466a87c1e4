import { Agent, request } from 'node:http';
import { LAB } from '../../src/lab/settings.js';

// Keep-alive load through nginx with a ledger: every response's status and release version, every failure with its
// time, every acknowledged write's id. Written here rather than with autocannon because autocannon aggregates: its
// per-response hook sees no headers and no timing, and the ledger needs both. Bounded in rate, count and time.

export interface Failure {
  at: number;
  method: string;
  path: string;
  status: number;
  error?: string;
  retryAfter?: string;
}

export interface LoadReport {
  requests: number;
  failures: Failure[];
  /** Ids of tasks whose creation was acknowledged (201). */
  acknowledged: string[];
  /** [time the request started, version header] for every 2xx answer. */
  versions: Array<[number, string]>;
  seconds: number;
  /** Requests sent again on a new connection after the server closed their idle keep-alive one (retryReusedSocket). */
  retried: number;
  /** When each answer ended (ms since the epoch): to count the requests of a window as nginx's log does. */
  answeredAt: number[];
}

export interface LoadOptions {
  host: string;
  /** 80 unless given: nginx's port, or the port an app without nginx in front listens on. */
  port?: number;
  hostHeader: string;
  ratePerSecond?: number;
  connections?: number;
  writeShare?: number;
  /** Hard limit: the load stops by itself after this long, whatever happens. */
  maxSeconds?: number;
  /** Another app's routes (the demo's tasks API by default). */
  routes?: Routes;
  /**
   * Retry, once and on a new connection, a request whose reused keep-alive connection the server closed before any
   * answer, as browsers do (RFC 9112 9.3.1; Node's own documented pattern for request.reusedSocket). Counted apart.
   */
  retryReusedSocket?: boolean;
  /** Headers sent with every request, read at each one (a client whose token is refreshed while the load runs). */
  headers?: () => Record<string, string>;
}

export interface Routes {
  /** PUT here creates an item; the answer (201) carries its id. Per connection n, when writes must not contend. */
  write: string | ((n: number) => string);
  body: (n: number) => unknown;
  /** GET here lists items; GET `${read}/<id>` reads one. */
  read: string;
  info: string;
  versionHeader: string;
}

const DEMO_ROUTES: Routes = {
  write: '/api/v1/tasks',
  body: (n) => ({ title: `load ${n} ${Date.now()}` }),
  read: '/api/v1/tasks',
  info: '/api/v1/info',
  versionHeader: 'x-release-version',
};

export function startLoad(opts: LoadOptions): { stop: () => Promise<LoadReport> } {
  if (!opts.host.startsWith(`${LAB.subnetPrefix}.`)) throw new Error(`load goes only to the lab: ${opts.host}`);
  const connections = opts.connections ?? 20;
  const rate = opts.ratePerSecond ?? 250;
  const routes = opts.routes ?? DEMO_ROUTES;
  const interval = (1000 * connections) / rate;
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const report: LoadReport = {
    requests: 0,
    failures: [],
    acknowledged: [],
    versions: [],
    seconds: 0,
    retried: 0,
    answeredAt: [],
  };
  const started = Date.now();
  const deadline = started + (opts.maxSeconds ?? 300) * 1000;
  let running = true;

  // A retry is `fresh`: it goes on a connection of its own (agent: false), since the pool's other idle connections may
  // be closing too (a reloaded nginx's old worker closes all of its idle ones at once).
  const one = (method: string, path: string, body?: unknown, fresh = false): Promise<void> =>
    new Promise<void>((resolve) => {
      const at = Date.now();
      const data = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        {
          host: opts.host,
          port: opts.port ?? 80,
          method,
          path,
          agent: fresh ? false : agent,
          timeout: 10_000,
          headers: {
            Host: opts.hostHeader,
            ...opts.headers?.(),
            ...(data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            report.requests += 1;
            report.answeredAt.push(Date.now());
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              report.versions.push([at, String(res.headers[routes.versionHeader] ?? '')]);
              if (method === 'PUT' && status === 201)
                report.acknowledged.push(
                  String((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string }).id),
                );
            } else {
              report.failures.push({
                at,
                method,
                path,
                status,
                retryAfter: res.headers['retry-after'] as string | undefined,
              });
            }
            resolve();
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (err) => {
        const closedIdle = ['ECONNRESET', 'EPIPE'].includes((err as NodeJS.ErrnoException).code ?? '');
        if (opts.retryReusedSocket && !fresh && req.reusedSocket && closedIdle) {
          report.retried += 1;
          return void one(method, path, body, true).then(resolve);
        }
        report.requests += 1;
        report.failures.push({ at, method, path, status: 0, error: err.message });
        resolve();
      });
      req.end(data);
    });

  const loop = async (n: number) => {
    let next = Date.now() + (interval * n) / connections;
    while (running && Date.now() < deadline) {
      const wait = next - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      next += interval;
      const known = report.acknowledged;
      if (Math.random() < (opts.writeShare ?? 0.3))
        await one('PUT', typeof routes.write === 'string' ? routes.write : routes.write(n), routes.body(n));
      else if (Math.random() < 0.15) await one('GET', routes.read);
      else if (known.length > 0 && Math.random() < 0.5)
        await one('GET', `${routes.read}/${known[Math.floor(Math.random() * known.length)]}`);
      else await one('GET', routes.info);
    }
  };
  const loops = Array.from({ length: connections }, (_, n) => loop(n));
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      agent.destroy();
      report.seconds = (Date.now() - started) / 1000;
      return report;
    },
  };
}
