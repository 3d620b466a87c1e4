// The tasks API, in the shape of each schema level. Lists are cached in Redis and invalidated on every write.
const CACHE_KEYS = ['tasks:v1', 'tasks:v2', 'tasks:v3'];

function columns(schema) {
  if (schema >= 3) return 'id, title, status, priority';
  if (schema >= 2) return 'id, title, done, priority';
  return 'id, title, done';
}

export function tasksApi(pool, redis, release) {
  const key = `tasks:v${release.schema}`;
  const invalidate = () => redis.del(...CACHE_KEYS);
  return {
    async list() {
      const cached = await redis.get(key);
      if (cached) return JSON.parse(cached);
      const { rows } = await pool.query(`SELECT ${columns(release.schema)} FROM tasks ORDER BY id DESC LIMIT 100`);
      await redis.set(key, JSON.stringify(rows), 'EX', 5);
      return rows;
    },
    async get(id) {
      const { rows } = await pool.query(`SELECT ${columns(release.schema)} FROM tasks WHERE id = $1`, [id]);
      return rows[0];
    },
    async create(body) {
      const title = String(body.title ?? '').slice(0, 500);
      if (!title) return undefined;
      const { rows } = await pool.query(`INSERT INTO tasks (title) VALUES ($1) RETURNING ${columns(release.schema)}`, [
        title,
      ]);
      await invalidate();
      return rows[0];
    },
    async remove(id) {
      const { rowCount } = await pool.query('DELETE FROM tasks WHERE id = $1', [id]);
      await invalidate();
      return rowCount > 0;
    },
    async update(id, body) {
      const done = Boolean(body.done);
      const set = release.schema >= 3 ? `status = '${done ? 'done' : 'open'}'` : `done = ${done}`;
      const { rows } = await pool.query(`UPDATE tasks SET ${set} WHERE id = $1 RETURNING ${columns(release.schema)}`, [
        id,
      ]);
      await invalidate();
      return rows[0];
    },
  };
}
