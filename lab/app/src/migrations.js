// Real, versioned SQL migrations. Each runs in its own transaction and is recorded in schema_migrations.
// v2 is expand-only (v1 keeps working on it); v3 drops a column v2 reads, and its release says so.
export const MIGRATIONS = [
  {
    id: '001_create_tasks',
    schema: 1,
    sql: [
      `CREATE TABLE tasks (id bigserial PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE TABLE job_runs (id bigserial PRIMARY KEY, slot text NOT NULL, version text NOT NULL,
        started_at timestamptz NOT NULL, finished_at timestamptz NOT NULL)`,
    ],
  },
  {
    id: '002_task_priority',
    schema: 2,
    sql: [
      `ALTER TABLE tasks ADD COLUMN priority integer NOT NULL DEFAULT 0`,
      `UPDATE tasks SET priority = length(title) % 5`,
    ],
  },
  {
    id: '003_task_status',
    schema: 3,
    sql: [
      `ALTER TABLE tasks ADD COLUMN status text NOT NULL DEFAULT 'open'`,
      `UPDATE tasks SET status = CASE WHEN done THEN 'done' ELSE 'open' END`,
      `ALTER TABLE tasks DROP COLUMN done`,
    ],
  },
];

// The migration-failing build: its first statement succeeds, the second fails, and the transaction undoes both.
export const FAILING_MIGRATION = {
  id: '003_broken_backfill',
  schema: 3,
  sql: [`ALTER TABLE tasks ADD COLUMN broken integer`, `UPDATE tasks SET broken = 1 / 0`],
};

export function migrationsFor(release) {
  const list = MIGRATIONS.filter((m) => m.schema <= release.schema);
  return release.fault === 'migrate-fail' ? [...list, FAILING_MIGRATION] : list;
}

export async function migrate(pool, release, log) {
  const client = await pool.connect();
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations
        (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    // One migrator at a time, even if two slots start at once.
    await client.query('SELECT pg_advisory_lock(727274)');
    const done = new Set((await client.query('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
    let applied = 0;
    for (const m of migrationsFor(release)) {
      if (done.has(m.id)) continue;
      log(`applying ${m.id}`);
      await client.query('BEGIN');
      try {
        for (const statement of m.sql) await client.query(statement);
        await client.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
        await client.query('COMMIT');
        applied += 1;
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.id} failed and was rolled back: ${err.message}`, { cause: err });
      }
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
    client.release();
  }
}
