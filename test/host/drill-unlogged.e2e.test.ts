import { afterAll, describe, expect, it } from 'vitest';
import { UNLOGGED_TABLES_SQL } from '../../src/host/drill-unlogged.js';
import { attach } from '../../src/lab/container.js';
import { LAB_DB } from '../../src/lab/services.js';
import { LAB_N } from '../e2e/pool.js';

// A drill's scratch database, in a lab container's PostgreSQL: the event trigger set up as the drill sets it up, then
// the statements pg_restore sends (tables made as the app's role, rows, then keys), and what became of each table.

const lab = attach(LAB_N);
const DB = 'slotflip_unlogged_test';
const psql = (sql: string, as = '') =>
  lab.script(`runuser -u postgres -- psql -qAt -v ON_ERROR_STOP=1 -d ${DB} <<'SQL'\n${as}${sql}\nSQL`);
const fresh = async () => {
  const r = await lab.script(
    `runuser -u postgres -- psql -qAt -c 'DROP DATABASE IF EXISTS ${DB}' ` +
      `-c 'CREATE DATABASE ${DB} OWNER ${LAB_DB.user}'`,
  );
  expect(r.code, r.stderr).toBe(0);
};
/** Each public table's persistence: p (logged) or u (unlogged). */
const persistence = async () => {
  const r = await psql(`SELECT relname || '=' || relpersistence::text FROM pg_class
  WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') ORDER BY relname;`);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim().split('\n');
};

// As pg_restore sends them: pre-data (the app's role creates the tables), data, post-data (keys).
const RESTORE = `SET ROLE ${LAB_DB.user};
CREATE TABLE public.projects (id bigint NOT NULL, title text);
CREATE TABLE public.tasks (id bigint NOT NULL, project bigint, title text);
INSERT INTO public.projects VALUES (1, 'home');
INSERT INTO public.tasks VALUES (1, 1, 'water the plants');
ALTER TABLE ONLY public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.tasks ADD CONSTRAINT tasks_project FOREIGN KEY (project) REFERENCES public.projects(id);`;

afterAll(() => lab.script(`runuser -u postgres -- psql -qAt -c 'DROP DATABASE IF EXISTS ${DB}'`));

describe("a drill's scratch database", () => {
  it('holds the tables the app role creates unlogged, with their rows and keys', async () => {
    await fresh();
    expect((await psql(UNLOGGED_TABLES_SQL)).code).toBe(0);
    const r = await psql(RESTORE);
    expect(r.code, r.stderr).toBe(0);
    expect(await persistence()).toEqual(['projects=u', 'tasks=u']);
    expect((await psql('SELECT count(*) FROM public.tasks JOIN public.projects p ON p.id = project;')).stdout).toBe(
      '1\n',
    );
  });

  it('goes back to logged tables once a partitioned table appears (it may reference them)', async () => {
    await fresh();
    await psql(UNLOGGED_TABLES_SQL);
    const r = await psql(`${RESTORE}
CREATE TABLE public.events (at date NOT NULL, task bigint) PARTITION BY RANGE (at);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.later (id bigint);
INSERT INTO public.events VALUES ('2026-12-07', 1);
ALTER TABLE ONLY public.tasks ADD CONSTRAINT tasks_id UNIQUE (id);
ALTER TABLE public.events ADD CONSTRAINT events_task FOREIGN KEY (task) REFERENCES public.tasks(id);`);
    expect(r.code, r.stderr).toBe(0);
    expect(await persistence()).toEqual(['events=p', 'events_2026=p', 'later=p', 'projects=p', 'tasks=p']);
  });

  it('stays logged, with a note, when the admin is not a superuser (who alone makes event triggers)', async () => {
    await fresh();
    await lab.script(
      `runuser -u postgres -- psql -qAt -c "DO \\$\\$ BEGIN CREATE ROLE sf_not_super CREATEDB; ` +
        `EXCEPTION WHEN duplicate_object THEN NULL; END \\$\\$"`,
    );
    const setup = await psql(UNLOGGED_TABLES_SQL, 'SET ROLE sf_not_super;\n');
    expect(setup.code, setup.stderr).toBe(0);
    expect(setup.stdout).toContain('the database admin is not a superuser');
    expect((await psql(RESTORE)).code).toBe(0);
    expect(await persistence()).toEqual(['projects=p', 'tasks=p']);
    await lab.script(`runuser -u postgres -- psql -qAt -c 'DROP DATABASE ${DB}' -c 'DROP ROLE sf_not_super'`);
  });
});
