import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LAB } from '../../src/lab/settings.js';
import { SshTransport } from '../../src/transport/ssh.js';
import { LAB_N } from './pool.js';

// Helpers for suites that use the lab: its generated environment file, its secrets, a connection, HTTP through nginx.

/** The lab's environment file for this suite's container (test/e2e/pool.ts). */
export const LAB_ENV_FILE = `lab/state/environments/lab-${LAB_N}.yaml`;
export const SECRETS_DIR = 'lab/state/secrets';
export const secret = (name: string) => readFileSync(join(SECRETS_DIR, name), 'utf8').trim();

export interface LabTarget {
  host: string;
  hostKey: string;
  serverName: string;
  dbPassword: string;
  dbAdminPassword: string;
  redisPassword: string;
}

export function labTarget(n = LAB_N): LabTarget {
  const env = parse(readFileSync(`lab/state/environments/lab-${n}.yaml`, 'utf8'));
  const inst = env.instances[0];
  return {
    host: inst.target.host,
    hostKey: inst.target.host_keys[0],
    serverName: inst.nginx.server_names[0],
    dbPassword: secret(inst.database.password_secret),
    dbAdminPassword: secret(inst.database.admin_secret),
    redisPassword: secret(inst.redis.password_secret),
  };
}

export function connect(t: LabTarget, hostKeys = [t.hostKey]): Promise<SshTransport> {
  return SshTransport.connect({ host: t.host, port: 22, user: 'root', hostKeys, privateKey: secret('LAB_SSH_KEY') });
}

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** How one request is sent; `newConnection` opens one of its own, not one the global agent kept alive. */
export interface HttpOptions {
  method?: string;
  hostHeader?: string;
  body?: unknown;
  port?: number;
  headers?: Record<string, string>;
  newConnection?: boolean;
}

/** One HTTP request to a lab address (never anywhere else), with an explicit Host header for nginx. */
export function http(host: string, path: string, opts: HttpOptions = {}): Promise<HttpResult> {
  if (!host.startsWith(`${LAB.subnetPrefix}.`) && host !== '127.0.0.1')
    throw new Error(`refusing to send traffic outside the lab: ${host}`);
  return new Promise((resolve, reject) => {
    const data = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const req = request(
      {
        host,
        port: opts.port ?? 80,
        path,
        method: opts.method ?? 'GET',
        headers: {
          Host: opts.hostHeader ?? host,
          ...opts.headers,
          ...(data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {}),
        },
        timeout: 10_000,
        // Node's global agent keeps connections alive: a request meant to show where new connections go needs its own.
        ...(opts.newConnection ? { agent: false } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(data);
  });
}

/**
 * Every secret value of the lab, and every line of a multi-line one (a key leaks line by line), of at least 8
 * characters.
 */
export function secretValues(): string[] {
  return readdirSync(SECRETS_DIR).flatMap((name) => {
    const v = readFileSync(join(SECRETS_DIR, name), 'utf8').trim();
    return [v, ...v.split('\n').map((l) => l.trim())].filter((x) => x.length >= 8 && !/^-----(BEGIN|END) /.test(x));
  });
}

/** The secrets a text holds, shortened so that a failing test does not print them whole. */
export const leaks = (text: string, values = secretValues()) =>
  values.filter((v) => text.includes(v)).map((v) => `${v.slice(0, 4)}…`);
