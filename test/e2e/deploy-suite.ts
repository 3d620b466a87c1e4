import pg from 'pg';
import { afterAll, beforeAll, expect } from 'vitest';
import type { SshTransport } from '../../src/transport/ssh.js';
import { resetInstanceScript } from './deploy-helpers.js';
import { connect, http, labTarget, type LabTarget } from './lab.js';
import { startLoad, type LoadReport } from './load.js';
import { INSTANCE, LAB_N } from './pool.js';

/**
 * What every engine suite against its lab container (test/e2e/pool.ts) shares: a fresh instance, an SSH connection,
 * an admin connection to the instance's database, the live release as users see it, and keep-alive load with a ledger
 * of acknowledged writes.
 */
export function deploySuite(instance = INSTANCE) {
  const s = {
    t: undefined as unknown as LabTarget,
    ssh: undefined as unknown as SshTransport,
    db: undefined as unknown as pg.Client,
    instance,
    info: async () =>
      JSON.parse((await http(s.t.host, '/api/v1/info', { hostHeader: s.t.serverName })).body) as {
        version: string;
        slot: string;
      },
    state: async () => JSON.parse((await s.ssh.script(`cat /opt/slotflip/${instance}/state.json`)).stdout),
    async underLoad<T>(fn: () => Promise<T>): Promise<{ result: T; load: LoadReport }> {
      const load = startLoad({
        host: s.t.host,
        hostHeader: s.t.serverName,
        ratePerSecond: 250,
        connections: 20,
        maxSeconds: 240,
      });
      await new Promise((r) => setTimeout(r, 1000));
      const result = await fn();
      await new Promise((r) => setTimeout(r, 1000));
      return { result, load: await load.stop() };
    },
    async lostWrites(ids: string[]): Promise<number> {
      const { rows } = await s.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM tasks WHERE id = ANY($1::bigint[])',
        [ids],
      );
      return ids.length - rows[0]!.n;
    },
    async reconnect() {
      s.ssh = await connect(s.t);
    },
  };
  beforeAll(async () => {
    s.t = labTarget(LAB_N);
    s.ssh = await connect(s.t);
    expect((await s.ssh.script(resetInstanceScript(instance))).stdout).toContain('reset');
    s.db = new pg.Client({ host: s.t.host, user: 'slotflip_admin', password: s.t.dbAdminPassword, database: 'demo' });
    s.db.on('error', () => undefined); // a container restart ends this connection on purpose
    await s.db.connect();
  });
  afterAll(async () => {
    await s.db?.end().catch(() => undefined);
    await s.ssh?.close();
  });
  return s;
}
