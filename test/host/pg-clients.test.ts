import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newestPgClientsFirst, pgClientsFor } from '../../src/host/pg-clients.js';
import { tempDir } from '../helpers.js';

/** A /usr/lib/postgresql with these versions; those marked true have pg_dump (a client package). */
function root(versions: Record<string, boolean>): string {
  const dir = tempDir('pg-');
  for (const [v, client] of Object.entries(versions)) {
    mkdirSync(join(dir, v, 'bin'), { recursive: true });
    if (client) {
      writeFileSync(join(dir, v, 'bin', 'pg_dump'), '#!/bin/sh\n');
      chmodSync(join(dir, v, 'bin', 'pg_dump'), 0o755);
    }
  }
  return dir;
}

const pathAfter = (line: string) =>
  execFileSync('bash', ['-c', `set -euo pipefail; PATH=/usr/bin:/bin; ${line}; echo "$PATH"`], {
    encoding: 'utf8',
  }).trim();

describe('newestPgClientsFirst', () => {
  it('puts the newest version with client programs first, as pg_wrapper picks it for a call with a host', () => {
    const r = root({ '9.6': true, '13': true, '15': true, '17': false, 'extra.d': true });
    expect(pathAfter(newestPgClientsFirst(r))).toBe(`${r}/15/bin:/usr/bin:/bin`);
    const old = root({ '9.6': true });
    expect(pathAfter(newestPgClientsFirst(old))).toBe(`${old}/9.6/bin:/usr/bin:/bin`);
  });

  it('leaves PATH as it was where there is no client directory', () => {
    expect(pathAfter(newestPgClientsFirst(join(tempDir(), 'none')))).toBe('/usr/bin:/bin');
    expect(pathAfter(newestPgClientsFirst(root({ '16': false })))).toBe('/usr/bin:/bin');
  });

  it('is in a step only when the step calls a client program', () => {
    expect(pgClientsFor(['echo hi', 'PGPASSFILE=x psql -At -h 127.0.0.1 -c "SELECT 1"'])).toHaveLength(1);
    expect(pgClientsFor(['pg_isready -q -h db -p 5432'])).toHaveLength(1);
    expect(pgClientsFor(['systemctl restart app', 'echo psqlx'])).toEqual([]);
  });
});
