// A second app for the lab, beside the demo: notes kept in PostgreSQL (no Redis), its own role and database on the
// same server. It reads node-postgres's standard PG* variables. `node notes.js serve | migrate`.
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const release = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'release.json'), 'utf8'));
const log = (msg) => process.stderr.write(`notes: ${msg}\n`);

// Each release's schema level; migrations only add, so the running release keeps working while the next migrates.
const MIGRATIONS = [
  'CREATE TABLE IF NOT EXISTS notes ' +
    '(id bigserial PRIMARY KEY, text text NOT NULL, created timestamptz NOT NULL DEFAULT now())',
  'ALTER TABLE notes ADD COLUMN IF NOT EXISTS pinned boolean NOT NULL DEFAULT false',
];

async function migrate() {
  const pool = new pg.Pool({ max: 1, application_name: 'notes-migrate' });
  try {
    await pool.query(
      'CREATE TABLE IF NOT EXISTS notes_migrations (level int PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await pool.query('SELECT coalesce(max(level), 0) AS level FROM notes_migrations');
    for (let level = rows[0].level + 1; level <= release.schema; level++) {
      await pool.query(MIGRATIONS[level - 1]);
      await pool.query('INSERT INTO notes_migrations (level) VALUES ($1)', [level]);
      log(`migrated to level ${level}`);
    }
  } finally {
    await pool.end();
  }
}

const send = (res, code, body) => {
  res.writeHead(code, { 'content-type': 'application/json', 'x-notes-version': release.version });
  res.end(JSON.stringify(body));
};
const readJson = (req) =>
  new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(Object.assign(new Error('body is not JSON'), { status: 400 }));
      }
    });
  });

async function serve() {
  const pool = new pg.Pool({ max: Number(process.env.NOTES_POOL ?? 5) });
  pool.on('error', () => undefined);
  const columns = release.schema >= 2 ? 'id, text, pinned' : 'id, text';
  const server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://notes').pathname;
      if (path === '/health') {
        await pool.query('SELECT 1');
        return send(res, 200, 'OK');
      }
      if (path === '/api/info') return send(res, 200, { name: 'notes', version: release.version });
      if (path === '/api/notes' && req.method === 'GET')
        return send(res, 200, (await pool.query(`SELECT ${columns} FROM notes ORDER BY id DESC LIMIT 50`)).rows);
      if (path === '/api/notes' && req.method === 'PUT') {
        const text = String((await readJson(req)).text ?? '').slice(0, 2000);
        if (!text) return send(res, 400, { message: 'text is required' });
        return send(
          res,
          201,
          (await pool.query(`INSERT INTO notes (text) VALUES ($1) RETURNING ${columns}`, [text])).rows[0],
        );
      }
      const m = /^\/api\/notes\/([0-9]{1,18})$/.exec(path);
      if (m && req.method === 'GET') {
        const r = await pool.query(`SELECT ${columns} FROM notes WHERE id = $1`, [m[1]]);
        return r.rows[0] ? send(res, 200, r.rows[0]) : send(res, 404, { message: 'no such note' });
      }
      if (m && req.method === 'DELETE') {
        const r = await pool.query('DELETE FROM notes WHERE id = $1', [m[1]]);
        return r.rowCount ? send(res, 200, { message: 'deleted' }) : send(res, 404, { message: 'no such note' });
      }
      return send(res, 404, { message: 'not found' });
    } catch (err) {
      return send(res, err.status ?? 500, { message: err.message });
    }
  });
  const socket = String(process.env.NOTES_LISTEN ?? '').replace(/^unix:/, '');
  if (!socket) throw new Error('missing setting NOTES_LISTEN');
  rmSync(socket, { force: true });
  await new Promise((resolve) => server.listen(socket, resolve));
  chmodSync(socket, 0o666);
  log(`${release.version} listening on ${socket}`);
  process.on('SIGTERM', () => {
    server.close(() => pool.end().finally(() => process.exit(0)));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}

const commands = { serve, migrate };
const run = commands[process.argv[2] ?? 'serve'];
if (!run) {
  log('use serve or migrate');
  process.exit(2);
}
run().catch((err) => {
  log(err.message);
  process.exit(1);
});
