import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Instance } from '../../src/config/environment.generated.js';
import { NO_FACTS, parseFacts } from '../../src/provision/facts.js';
import { buildProvisionPlan } from '../../src/provision/plan.js';
import { proxmoxProvider } from '../../src/provision/proxmox.js';
import { postgresTuning } from '../../src/render/tuning.js';
import { renderTuningFiles, TUNING_TEMPLATES } from '../../src/render/tuning-files.js';

const TEMPLATES = Object.fromEntries(
  Object.values(TUNING_TEMPLATES).map((t) => [t, readFileSync(`templates/${t}`, 'utf8')]),
);
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** production.yaml's instance with both servers tuned, in a container of `memory` MiB. */
function tuned(memory = 2048): Instance {
  const inst = (parse(readFileSync('environments/production.yaml', 'utf8')) as { instances: Instance[] }).instances[0]!;
  return {
    ...inst,
    container: { ...inst.container!, memory, cores: 2, disk: 8 },
    database: { ...inst.database!, tune: true, max_connections: 100 },
    redis: { ...inst.redis!, tune: true },
  };
}

const plan = (inst: Instance, facts = NO_FACTS) => {
  const built = buildProvisionPlan({
    inst,
    provider: proxmoxProvider(inst, undefined),
    state: 'running',
    facts,
    keyLine: undefined,
    secrets: { db: 'db-secret', redis: 'redis-secret' },
    tuning: renderTuningFiles(inst, TEMPLATES),
  });
  if (!built.ok) throw new Error(built.reason);
  return built.plan;
};

describe('PostgreSQL and Redis tuning sized from the container', () => {
  it("seed 000's host (8 GB, 8 cores, 100 connections) gets the seed's own figures", () => {
    expect(postgresTuning({ memory: 8192, cores: 8, disk: 64, maxConnections: 100 })).toMatchObject({
      shared_buffers: '512MB',
      effective_cache_size: '2GB',
      maintenance_work_mem: '128MB',
      autovacuum_work_mem: '128MB',
      work_mem: '20MB',
      min_wal_size: '1GB',
      max_wal_size: '4GB',
      max_parallel_workers: 8,
      max_parallel_workers_per_gather: 4,
      autovacuum_max_workers: 4,
    });
  });

  it('a small container gets proportionally less, and a small disk less WAL', () => {
    expect(postgresTuning({ memory: 2048, cores: 2, disk: 8, maxConnections: 100 })).toMatchObject({
      share_mb: 512,
      shared_buffers: '128MB',
      effective_cache_size: '512MB',
      maintenance_work_mem: '32MB',
      work_mem: '5MB',
      min_wal_size: '256MB',
      max_wal_size: '1GB',
      max_worker_processes: 8,
      max_parallel_workers_per_gather: 1,
    });
    // Never below the floor or PostgreSQL's own minimums, whatever the container.
    expect(postgresTuning({ memory: 256, cores: 1, disk: 2, maxConnections: 500 })).toMatchObject({
      shared_buffers: '64MB',
      work_mem: '4MB',
      max_wal_size: '256MB',
      min_wal_size: '80MB',
    });
  });

  it('renders the files with the figures, the same bytes twice, and nothing for an instance that does not ask', () => {
    const files = renderTuningFiles(tuned(), TEMPLATES);
    expect(files.postgres).toMatch(/^shared_buffers = 128MB /m);
    expect(files.postgres).toMatch(/^max_connections = 100 /m);
    expect(files.postgres).not.toMatch(/^(log_statement|max_prepared_statements)/m);
    expect(files.redis).toMatch(/^maxmemory-policy allkeys-lru$/m);
    expect(files.redis).not.toMatch(/^maxmemory /m);
    expect(renderTuningFiles(tuned(), TEMPLATES)).toEqual(files);
    const plain = tuned();
    expect(
      renderTuningFiles(
        { ...plain, database: { ...plain.database!, tune: false }, redis: { ...plain.redis!, tune: false } },
        TEMPLATES,
      ),
    ).toEqual({});
  });

  it('a container without the files: both written; a new container restarts PostgreSQL, Redis is set live', () => {
    const p = plan(tuned());
    const pg = p.container.find((s) => s.id === 'postgres-tuning')!;
    const script = pg.ops.map((o) => (o.kind === 'sh' ? o.text : '')).join('\n');
    expect(script).toContain('systemctl restart postgresql');
    expect(script).toMatch(/postgres" -c config_file="\$main\/postgresql.conf" -C shared_buffers/);
    const redis = p.container.find((s) => s.id === 'redis-tuning')!;
    const rscript = redis.ops.map((o) => (o.kind === 'sh' ? o.text : '')).join('\n');
    expect(rscript).toContain('CONFIG SET "$key" "$value"');
    expect(rscript).not.toMatch(/systemctl restart|SHUTDOWN/);
    // The include is added after every line was accepted.
    expect(rscript.indexOf('CONFIG SET')).toBeLessThan(rscript.indexOf('>> "$conf"'));
    expect(p.changes).toEqual(expect.arrayContaining(['no PostgreSQL tuning file', 'no Redis tuning file']));
  });

  it('a serving container: PostgreSQL only reloads, and what waits for a restart is reported, not done', () => {
    const inst = tuned();
    const files = renderTuningFiles(inst, TEMPLATES);
    const deployed = { ...parseFacts('@fact deployed yes'), pendingRestart: [] };
    const script = plan(inst, deployed)
      .container.find((s) => s.id === 'postgres-tuning')!
      .ops.map((o) => (o.kind === 'sh' ? o.text : ''))
      .join('\n');
    expect(script).toContain('pg_reload_conf()');
    expect(script).not.toContain('systemctl restart');
    const done = parseFacts(
      [
        `@fact pgTuning ${sha(files.postgres!)}`,
        `@fact redisTuning ${sha(files.redis!)}`,
        '@fact deployed yes',
        '@fact pendingRestart shared_buffers',
        '@fact pendingRestart max_connections',
      ].join('\n'),
    );
    const after = plan(inst, done);
    expect(after.container.map((s) => s.id)).not.toContain('postgres-tuning');
    expect(after.container.map((s) => s.id)).not.toContain('redis-tuning');
    expect(after.left).toContain(
      "PostgreSQL: shared_buffers, max_connections wait for a restart, which would cut the app's " +
        'connections: `systemctl restart postgresql` in a quiet moment',
    );
  });
});
