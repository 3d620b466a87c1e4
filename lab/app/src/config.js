import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// release.json sits beside app.js in the release archive: version, schema level, breaking flag, built-in fault.
export function loadRelease() {
  const here = dirname(fileURLToPath(import.meta.url));
  return JSON.parse(readFileSync(join(here, 'release.json'), 'utf8'));
}

export function loadConfig(env = process.env) {
  const need = (k) => {
    const v = env[k];
    if (v === undefined || v === '') throw new Error(`missing setting ${k}`);
    return v;
  };
  return {
    listen: env.DEMO_LISTEN ?? 'tcp:127.0.0.1:8080',
    slot: env.DEMO_SLOT ?? 'none',
    pg: {
      host: need('DEMO_PG_HOST'),
      port: Number(env.DEMO_PG_PORT ?? 5432),
      database: need('DEMO_PG_DATABASE'),
      user: need('DEMO_PG_USER'),
      password: env.DEMO_PG_PASSWORD,
      max: Number(env.DEMO_PG_POOL ?? 5),
      application_name: `demo-${env.DEMO_SLOT ?? 'none'}`,
    },
    redis: {
      host: need('DEMO_REDIS_HOST'),
      port: Number(need('DEMO_REDIS_PORT')),
      password: env.DEMO_REDIS_PASSWORD || undefined,
      db: Number(env.DEMO_REDIS_DB ?? 0),
    },
    jobIntervalMs: Number(env.DEMO_JOB_INTERVAL_MS ?? 1000),
    faultAfterMs: Number(env.DEMO_FAULT_AFTER_MS ?? 3000),
    sessionSecret: env.DEMO_SESSION_SECRET || undefined,
    corsOrigins: (env.DEMO_CORS_ORIGINS ?? '').split(',').filter(Boolean),
  };
}
