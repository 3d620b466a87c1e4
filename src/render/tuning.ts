// Sizes for the optional PostgreSQL and Redis tuning files (`database.tune`, `redis.tune`), derived from the
// container's resources the way seed 000 sized its 8 GB Ryzen host: PostgreSQL gets a quarter of the memory, a quarter
// of that is shared_buffers, work_mem is what is left of its share spread over three quarters of max_connections, and
// parallelism follows the cores. At 8192 MiB and 100 connections this gives the seed's own figures (512MB, 2GB,
// 128MB, 20MB). Pure: the templates in templates/slotflip/ print these.

export interface TuningResources {
  /** Container memory in MiB. */
  memory: number;
  cores: number;
  /** Root disk in GiB. */
  disk: number;
  /** The server's max_connections (database.max_connections). */
  maxConnections: number;
}

export interface PostgresTuning {
  share_mb: number;
  shared_buffers: string;
  effective_cache_size: string;
  maintenance_work_mem: string;
  autovacuum_work_mem: string;
  work_mem: string;
  max_connections: number;
  min_wal_size: string;
  max_wal_size: string;
  max_worker_processes: number;
  max_parallel_workers: number;
  max_parallel_workers_per_gather: number;
  max_parallel_maintenance_workers: number;
  autovacuum_max_workers: number;
}

/** The smallest share PostgreSQL is counted with (the memory-fit rule's figure for an untuned local server). */
export const POSTGRES_FLOOR_MIB = 256;

const mb = (n: number) => `${Math.floor(n)}MB`;
const size = (n: number) => (n % 1024 === 0 ? `${n / 1024}GB` : mb(n));

/** The memory PostgreSQL is given in a container of `memory` MiB: a quarter, at least the floor. */
export const postgresShareMib = (memory: number) => Math.max(POSTGRES_FLOOR_MIB, Math.floor(memory / 4));

export function postgresTuning(r: TuningResources): PostgresTuning {
  const share = postgresShareMib(r.memory);
  const buffers = Math.max(32, Math.floor(share / 4));
  const maintenance = Math.max(16, Math.floor(share / 16));
  // WAL may take an eighth of the disk before a checkpoint is forced, at most the seed's 4GB.
  const maxWal = Math.min(4096, Math.max(256, Math.floor((r.disk * 1024) / 8)));
  const parallel = Math.max(1, Math.min(4, Math.floor(r.cores / 2)));
  return {
    share_mb: share,
    shared_buffers: size(buffers),
    effective_cache_size: size(share),
    maintenance_work_mem: size(maintenance),
    autovacuum_work_mem: size(maintenance),
    work_mem: mb(Math.max(4, (share - buffers) / (0.75 * r.maxConnections))),
    max_connections: r.maxConnections,
    min_wal_size: size(Math.max(80, Math.floor(maxWal / 4))),
    max_wal_size: size(maxWal),
    max_worker_processes: Math.max(8, r.cores),
    max_parallel_workers: r.cores,
    max_parallel_workers_per_gather: parallel,
    max_parallel_maintenance_workers: parallel,
    autovacuum_max_workers: Math.min(4, Math.max(2, r.cores)),
  };
}

/** Redis's memory limit: an eighth of the container's memory, so Redis cannot take the container down with it. */
export const redisMaxmemoryMib = (memory: number) => Math.max(64, Math.floor(memory / 8));
export const redisMaxmemory = (memory: number) => `${redisMaxmemoryMib(memory)}mb`;
