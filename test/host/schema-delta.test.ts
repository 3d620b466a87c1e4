import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaDeltaShell } from '../../src/host/postgres.js';
import { tempDir } from '../helpers.js';

// The migrate step's report, run by bash over schema listings as SCHEMA_LINES_SQL prints them.
function report(before: string[], after: string[]): string[] {
  const dir = tempDir('schema-delta-');
  writeFileSync(join(dir, 'before'), before.map((l) => `${l}\n`).join(''));
  writeFileSync(join(dir, 'after'), after.map((l) => `${l}\n`).join(''));
  const r = spawnSync('bash', ['-c', `set -euo pipefail\n${schemaDeltaShell(dir)}`], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split('\n').filter(Boolean);
}

describe('what a migration changed in the schema', () => {
  it('names the indexes and constraints added and removed; columns alone say nothing', () => {
    const before = [
      'column users.id bigint',
      'constraint users.users_pkey PRIMARY KEY (id)',
      'index users.UQE_users_username CREATE UNIQUE INDEX …',
      'index users.users_pkey CREATE UNIQUE INDEX …',
    ];
    const after = [
      'column users.id bigint',
      'column users.name text',
      'constraint users.users_pkey PRIMARY KEY (id)',
      'index users.IDX_users_name CREATE INDEX …',
      'index users.users_pkey CREATE UNIQUE INDEX …',
    ];
    expect(report(before, after)).toEqual([
      'SLOTFLIP_EVENT schema: the migration removed indexes: users.UQE_users_username',
      'SLOTFLIP_EVENT schema: the migration added indexes: users.IDX_users_name',
    ]);
    expect(report(after, after)).toEqual([]);
  });

  it('names at most 20 of each and counts the rest; a first migration is counted, not listed', () => {
    const many = Array.from({ length: 23 }, (_, i) => `index t.i${String(i).padStart(2, '0')} CREATE INDEX …`);
    expect(report(['column t.id bigint'], ['column t.id bigint', ...many])).toEqual([
      `SLOTFLIP_EVENT schema: the migration added indexes: ${many
        .slice(0, 20)
        .map((l) => l.split(' ')[1])
        .join(' ')} and 3 more`,
    ]);
    expect(report([], ['column t.id bigint', ...many, 'constraint t.t_pkey PRIMARY KEY (id)'])).toEqual([
      'SLOTFLIP_EVENT schema: created 1 columns, 23 indexes, 1 constraints',
    ]);
  });
});
