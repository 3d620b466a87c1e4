import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preflightChecks } from '../../src/host/preflight.js';
import { tempDir } from '../helpers.js';
import { labInstance } from '../plan/fixtures.js';

// The preflight as the host runs it, in a real bash under the step's `set -euo pipefail`: psql, pg_dump and df are
// shell functions answering as the programs do (psql with -At -F ' ': one line, the values apart by spaces).

interface Server {
  /** What psql prints: database size, server_version_num, max_connections, reserved, others' connections. */
  psql?: string;
  /** pg_dump's version, or undefined when it is not installed. */
  dump?: string;
  pool?: number;
}

function preflight(s: Server): { code: number | null; out: string; calls: string[] } {
  const inst = labInstance();
  inst.database!.pool = s.pool ?? 5;
  const dir = tempDir('preflight-');
  const log = join(dir, 'calls');
  writeFileSync(log, '');
  const fakes = `psql() { echo "psql $*" >> ${log}; ${s.psql === undefined ? 'return 2' : `echo '${s.psql}'`}; }
pg_dump() { ${s.dump === undefined ? 'return 127' : `echo 'pg_dump (PostgreSQL) ${s.dump} (Debian ${s.dump}-1)'`}; }
df() { printf 'Avail\\n%s\\n' 100000000000; }
`;
  const text = (preflightChecks(inst, 1_000_000) as { text: string }).text;
  const r = spawnSync('bash', ['-c', `${fakes}set -euo pipefail\n${text}`], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr, calls: readFileSync(log, 'utf8').trim().split('\n') };
}

const HEALTHY = '7000000 150008 100 3 7';

describe('preflight', () => {
  it('asks the server once, and passes a server with room', () => {
    const r = preflight({ psql: HEALTHY, dump: '15.8' });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('preflight: disk, memory, pg_dump and connections are sufficient');
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]).toMatch(/pg_database_size.*server_version_num.*max_connections.*pg_stat_activity/);
  });

  it('refuses a pg_dump older than the server, and one that is not there, naming the package', () => {
    const old = preflight({ psql: HEALTHY, dump: '13.4' });
    expect(old.code).toBe(4);
    expect(old.out).toContain(
      'preflight: pg_dump 13.4 is older than the server (15): install postgresql-client-15 on the target',
    );
    const none = preflight({ psql: HEALTHY });
    expect(none.code).toBe(4);
    expect(none.out).toContain('preflight: pg_dump: not found; install postgresql-client-15 on the target');
  });

  it('refuses a connection budget the server cannot give, with the figures', () => {
    const r = preflight({ psql: HEALTHY, dump: '15.8', pool: 1000 });
    expect(r.code).toBe(4);
    expect(r.out).toContain(
      'need 2002, but max_connections 100 leaves 85 (other users hold 7, 3 + 5 reserved): lower database.pool',
    );
  });

  it('says when PostgreSQL cannot be reached', () => {
    const r = preflight({ dump: '15.8' });
    expect(r.code).toBe(4);
    expect(r.out).toMatch(/^preflight: cannot reach PostgreSQL at 127\.0\.0\.1:5432 as demo$/m);
  });
});
