// The demo app: plays Vikunja's part in the lab. `node app.js serve | migrate | version`.
import pg from 'pg';
import Redis from 'ioredis';
import { loadConfig, loadRelease } from './config.js';
import { startJob } from './job.js';
import { migrate } from './migrations.js';
import { listen, makeServer } from './server.js';

const log = (msg) => process.stderr.write(`demo: ${msg}\n`);
const release = loadRelease();
const command = process.argv[2] ?? 'serve';

async function serve() {
  if (release.fault === 'crash') {
    log('crashing at boot by design');
    process.exit(3);
  }
  if (release.fault === 'slow-start') await new Promise((r) => setTimeout(r, 10_000));
  const config = loadConfig();
  const pool = new pg.Pool(config.pg);
  // An idle client's connection ended by a database restart: the pool drops it and connects anew (as Vikunja does);
  // without a listener node-postgres would crash the process.
  pool.on('error', () => undefined);
  const redis = new Redis({ ...config.redis, lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: true });
  redis.on('error', () => undefined); // /health reports Redis trouble; no crash on a reconnect
  const server = makeServer({ pool, redis, release, config, startedAt: Date.now() });
  const stopJob = startJob(pool, release, config, log);
  const where = await listen(server, config.listen);
  log(`${release.version} (${config.slot}) listening on ${where}`);
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing in-flight requests`);
    stopJob();
    // Finish what is in flight; idle keep-alive connections close now, busy ones after their response.
    server.close(async () => {
      await Promise.allSettled([pool.end(), redis.quit()]);
      log('stopped');
      process.exit(0);
    });
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function runMigrate() {
  const config = loadConfig();
  const pool = new pg.Pool({ ...config.pg, max: 1, application_name: 'demo-migrate' });
  try {
    const n = await migrate(pool, release, log);
    log(`migrations done: ${n} applied`);
  } finally {
    await pool.end();
  }
}

const commands = { serve, migrate: runMigrate, version: async () => console.log(JSON.stringify(release)) };
const run = commands[command];
if (!run) {
  log(`unknown command ${command}; use serve, migrate or version`);
  process.exit(2);
}
run().catch((err) => {
  log(err.message);
  process.exit(1);
});
