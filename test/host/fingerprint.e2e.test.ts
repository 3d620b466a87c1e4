import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintAs, fingerprintFromMarker, GENERATE_V1, GENERATE_V2 } from '../../src/host/fingerprint.js';
import { attach } from '../../src/lab/container.js';
import { quote } from '../../src/shell/quote.js';
import { LAB_N } from '../e2e/pool.js';

// The table fingerprints a backup's marker holds, against real PostgreSQL (the suite's lab container): version 2
// hashes rows in binary where every column's type can, as text where not, and is compared by the method each line
// names.

const lab = attach(LAB_N);
const DB = 'slotflip_fingerprint_test';
const asPostgres = (script: string) => `runuser -u postgres -- bash -c ${quote(script)}`;
const target = `-d ${DB}`;

async function sh(script: string): Promise<string> {
  const r = await lab.script(`set -euo pipefail\ncd /tmp\n${script}`);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return r.stdout.trim();
}
const sql = (text: string) => sh(`runuser -u postgres -- psql -qAt -v ON_ERROR_STOP=1 -d ${DB} <<'SQL'\n${text}\nSQL`);
const marker = () => sh(asPostgres(fingerprintAs('', target, GENERATE_V2)));
const fromMarker = (lines: string) =>
  sh(asPostgres(fingerprintFromMarker('', target, `printf '%s\\n' ${quote(lines)}`)));
const sorted = (lines: string) => lines.split('\n').sort().join('\n');

describe('table fingerprints', () => {
  afterAll(async () => {
    await sh(`runuser -u postgres -- psql -q -c 'DROP DATABASE IF EXISTS ${DB}'`);
  });

  it('version 2: binary row hashes where the types allow, text where not, compared by the named method', async () => {
    await sh(`runuser -u postgres -- psql -q -c 'DROP DATABASE IF EXISTS ${DB}' -c 'CREATE DATABASE ${DB}'`);
    await sql(`CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TABLE plain (id bigint PRIMARY KEY, title text, done boolean, at timestamptz, n numeric);
CREATE TABLE "Odd ""name" (id int, "we'ird col" text, p posint);
CREATE TABLE mixed (id int, j json, tags int[], m mood);
INSERT INTO plain SELECT g, 'task ' || g, g % 2 = 0, now(), g * 1.5 FROM generate_series(1, 1000) g;
INSERT INTO "Odd ""name" VALUES (1, 'x', 3), (2, NULL, 4);
INSERT INTO mixed VALUES (1, '{"a":1}', '{1,2}', 'ok'), (2, NULL, NULL, NULL);
CREATE VIEW v AS SELECT * FROM plain;`);
    const lines = await marker();
    // One line per table (the view is not one), the method last.
    expect(lines.split('\n').map((l) => [l.split('|')[0], l.split('|').at(-1)])).toEqual([
      ['Odd "name', 'record'],
      ['mixed', 'text'],
      ['plain', 'record'],
    ]);
    expect(lines).toMatch(/^plain\|id,title,done,at,n\|1000\|-?\d+\|record$/m);
    expect(await fromMarker(lines)).toBe(sorted(lines));
    // A changed value in an oddly named column of an oddly named table is seen, and the unchanged tables still match.
    await sql(`UPDATE "Odd ""name" SET "we'ird col" = 'y' WHERE id = 1`);
    const after = (await fromMarker(lines)).split('\n');
    expect(after.filter((l) => !sorted(lines).split('\n').includes(l))).toEqual([
      expect.stringMatching(/^Odd "name\|id,we'ird col,p\|2\|-?\d+\|record$/),
    ]);
    // A line naming the text method is compared as text, whatever the table's types would choose now.
    const plainLine = lines.split('\n').find((l) => l.startsWith('plain|'))!;
    const v1 = (await sh(asPostgres(fingerprintAs('', target, GENERATE_V1)))).split('\n');
    const asText = `${v1.find((l) => l.startsWith('plain|'))}|text`;
    expect(asText).not.toBe(plainLine);
    expect(await fromMarker(asText)).toBe(asText);
  });

  it('sums as markers already on hosts were summed (each hash as numeric), past the range of bigint', async () => {
    // Rows of fixed values, whose hashes are the same in every run: their sum is known to leave bigint's range.
    await sql(`CREATE TABLE fixed AS SELECT g AS id, 'row ' || g AS title FROM generate_series(1, 2000) g`);
    const lines = (await marker()).split('\n');
    const field = (table: string) => lines.find((l) => l.startsWith(`${table}|`))!.split('|');
    // The earlier marker's query, as it was written: each row's hash cast to numeric, then summed.
    const earlier = (hash: string, table: string) =>
      sql(`SELECT count(*) || '|' || coalesce(sum(${hash}::numeric), 0) FROM ${table}`);
    const fixed = await earlier('hash_record_extended(ROW(id, title), 0)', 'fixed');
    expect(Math.abs(Number(fixed.split('|')[1]))).toBeGreaterThan(2 ** 63);
    expect(field('fixed').slice(2, 4).join('|')).toBe(fixed);
    expect(field('plain').slice(2, 4).join('|')).toBe(
      await earlier('hash_record_extended(ROW(id, title, done, at, n), 0)', 'plain'),
    );
    expect(field('mixed').slice(2, 4).join('|')).toBe(
      await earlier('hashtextextended(ROW(id, j, tags, m)::text, 0)', 'mixed'),
    );
  });
});
