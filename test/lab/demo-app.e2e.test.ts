import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { http, labTarget, type LabTarget } from '../e2e/lab.js';

// The demo app's own tests: each release runs here, on this machine, against the lab container's real PostgreSQL
// and Redis over the lab network; every database is a scratch one, dropped at the end.

let target: LabTarget;
let admin: pg.Client;
const releases: Record<string, string> = {};
const scratch: string[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  target = labTarget();
  admin = new pg.Client({
    host: target.host,
    port: 5432,
    user: 'slotflip_admin',
    password: target.dbAdminPassword,
    database: 'postgres',
  });
  await admin.connect();
  const manifest = JSON.parse(readFileSync('lab/state/releases/manifest.json', 'utf8')) as Record<
    string,
    { file: string }
  >;
  const root = tempDir('demo-releases-');
  for (const [version, m] of Object.entries(manifest)) {
    const dir = join(root, version);
    mkdirSync(dir);
    spawnSync('tar', ['-xzf', m.file, '-C', dir]);
    releases[version] = dir;
  }
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const db of scratch) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin?.end();
});

async function scratchDb(): Promise<string> {
  const name = `demo_test_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name} OWNER demo`);
  scratch.push(name);
  return name;
}

function appEnv(db: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    DEMO_PG_HOST: target.host,
    DEMO_PG_PORT: '5432',
    DEMO_PG_DATABASE: db,
    DEMO_PG_USER: 'demo',
    DEMO_PG_PASSWORD: target.dbPassword,
    DEMO_REDIS_HOST: target.host,
    DEMO_REDIS_PORT: '6379',
    DEMO_REDIS_PASSWORD: target.redisPassword,
    DEMO_REDIS_DB: '3',
    ...extra,
  };
}

function migrate(version: string, db: string) {
  return spawnSync(process.execPath, ['app.js', 'migrate'], {
    cwd: releases[version],
    env: appEnv(db),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  get: (path: string) => ReturnType<typeof http>;
  call: (method: string, path: string, body?: unknown) => ReturnType<typeof http>;
}

async function serve(
  version: string,
  db: string,
  extra: Record<string, string> = {},
  waitMs = 15_000,
): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ['app.js', 'serve'], {
    cwd: releases[version],
    env: appEnv(db, { DEMO_LISTEN: `tcp:127.0.0.1:${port}`, DEMO_SLOT: 'blue', ...extra }),
    stdio: 'ignore',
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const r: Running = {
    child,
    port,
    exited,
    get: (path) => http('127.0.0.1', path, { port }),
    call: (method, path, body) => http('127.0.0.1', path, { port, method, body }),
  };
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline && child.exitCode === null) {
    if (
      await r.get('/api/v1/info').then(
        () => true,
        () => false,
      )
    )
      return r;
    await new Promise((res) => setTimeout(res, 100));
  }
  return r;
}

async function stop(r: Running): Promise<number | null> {
  r.child.kill('SIGTERM');
  return r.exited;
}

/** Runs queries on a scratch database as the admin role. */
async function onDb<T>(db: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({
    host: target.host,
    user: 'slotflip_admin',
    password: target.dbAdminPassword,
    database: db,
  });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const schemaOf = (db: string) =>
  onDb(db, async (c) => ({
    cols: (
      await c.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'tasks' ORDER BY ordinal_position`,
      )
    ).rows.map((r: { column_name: string }) => r.column_name),
    applied: (await c.query('SELECT id FROM schema_migrations ORDER BY id')).rows.map((r: { id: string }) => r.id),
  }));

describe('migrations', () => {
  it('run forward on an empty database', async () => {
    const db = await scratchDb();
    const r = migrate('3.0.0', db);
    expect(r.status, r.stderr).toBe(0);
    const s = await schemaOf(db);
    expect(s.applied).toEqual(['001_create_tasks', '002_task_priority', '003_task_status']);
    expect(s.cols).toEqual(['id', 'title', 'created_at', 'priority', 'status']);
    expect(migrate('3.0.0', db).stderr).toContain('0 applied'); // idempotent
  });

  it("v2 expands v1's schema and backfills, and v1 keeps working on it", async () => {
    // v3 breaks v2 as its release declares.
    const db = await scratchDb();
    expect(migrate('1.0.0', db).status).toBe(0);
    const v1 = await serve('1.0.0', db);
    for (const title of ['a', 'four', 'seven!!'])
      expect((await v1.call('PUT', '/api/v1/tasks', { title })).status).toBe(201);
    expect(migrate('2.0.0', db).status).toBe(0);
    const backfilled = await onDb(
      db,
      async (c) => (await c.query('SELECT title, priority FROM tasks ORDER BY id')).rows,
    );
    expect(backfilled).toEqual([
      { title: 'a', priority: 1 },
      { title: 'four', priority: 4 },
      { title: 'seven!!', priority: 2 },
    ]);
    // v1 on v2's schema: reads and writes still work.
    expect((await v1.call('PUT', '/api/v1/tasks', { title: 'written by v1 after v2 migrated' })).status).toBe(201);
    expect(JSON.parse((await v1.get('/api/v1/tasks')).body)).toHaveLength(4);
    const v2 = await serve('2.0.0', db);
    const updated = await v2.call('POST', '/api/v1/tasks/1', { done: true });
    expect(JSON.parse(updated.body)).toEqual({ id: '1', title: 'a', done: true, priority: 1 });
    expect(JSON.parse(readFileSync(join(releases['3.0.0']!, 'release.json'), 'utf8'))).toMatchObject({
      breaking: true,
      breaks: 'drops tasks.done, which 2.x reads',
    });
    expect(migrate('3.0.0', db).status).toBe(0);
    const broken = await v2.get('/api/v1/tasks/1');
    expect(broken.status).toBe(500);
    expect(JSON.parse(broken.body)).toEqual({ message: 'column "done" does not exist' });
    const v3 = await serve('3.0.0', db);
    expect(JSON.parse((await v3.get('/api/v1/tasks/1')).body)).toEqual({
      id: '1',
      title: 'a',
      status: 'done',
      priority: 1,
    });
    for (const r of [v1, v2, v3]) expect(await stop(r)).toBe(0);
  });
});

describe('the faulty builds fail the way they say', () => {
  let db: string;
  beforeAll(async () => {
    db = await scratchDb();
    expect(migrate('2.0.0', db).status).toBe(0);
  });

  it('health-fail: /health answers 500 while the rest works', async () => {
    const r = await serve('2.0.1-health-fail', db);
    expect((await r.get('/health')).status).toBe(500);
    expect(JSON.parse((await r.get('/api/v1/info')).body).version).toBe('2.0.1-health-fail');
    await stop(r);
  });

  it('migrate-fail: fails halfway inside a transaction and leaves the schema as it was', async () => {
    const before = await schemaOf(db);
    const r = migrate('2.0.1-migrate-fail', db);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('migration 003_broken_backfill failed and was rolled back: division by zero');
    const after = await schemaOf(db);
    expect(after.cols).toEqual(before.cols);
    expect(after.applied).toEqual(before.applied);
  });

  it('crash: exits at boot and never listens', async () => {
    const r = await serve('2.0.1-crash', db, {}, 3000);
    expect(await r.exited).toBe(3);
    await expect(r.get('/api/v1/info')).rejects.toThrow();
  });

  it('slow-start: listens only after about ten seconds', async () => {
    const started = Date.now();
    const r = await serve('2.0.1-slow-start', db, {}, 20_000);
    const waited = Date.now() - started;
    expect((await r.get('/health')).status).toBe(200);
    expect(waited).toBeGreaterThanOrEqual(9_500);
    await stop(r);
  });

  it('route-500: the tasks list fails some seconds after start; other routes keep working', async () => {
    const r = await serve('2.0.1-route-500', db, { DEMO_FAULT_AFTER_MS: '1500' });
    expect((await r.get('/api/v1/tasks')).status).toBe(200);
    await new Promise((res) => setTimeout(res, 1700));
    expect((await r.get('/api/v1/tasks')).status).toBe(500);
    expect((await r.get('/health')).status).toBe(200);
    expect((await r.call('PUT', '/api/v1/tasks', { title: 'still writable' })).status).toBe(201);
    await stop(r);
  });
  it('slow-route: the tasks list answers after 800 ms some seconds after start; other routes stay fast', async () => {
    const r = await serve('2.0.1-slow-route', db, { DEMO_FAULT_AFTER_MS: '1000' });
    await new Promise((res) => setTimeout(res, 1200));
    const started = Date.now();
    expect((await r.get('/api/v1/tasks')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(790);
    const fast = Date.now();
    expect((await r.get('/health')).status).toBe(200);
    expect(Date.now() - fast).toBeLessThan(500);
    await stop(r);
  });
});

describe('runtime behaviour', () => {
  it('records background job runs with their slot, and stops cleanly on SIGTERM', async () => {
    const db = await scratchDb();
    expect(migrate('1.0.0', db).status).toBe(0);
    const r = await serve('1.0.0', db, { DEMO_JOB_INTERVAL_MS: '200', DEMO_SLOT: 'green' });
    await new Promise((res) => setTimeout(res, 1500));
    expect(await stop(r)).toBe(0);
    const runs = await onDb(
      db,
      async (c) =>
        (await c.query('SELECT slot, version, count(*)::int AS n FROM job_runs GROUP BY slot, version')).rows,
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ slot: 'green', version: '1.0.0' });
    expect(runs[0].n).toBeGreaterThanOrEqual(3);
  });
});
