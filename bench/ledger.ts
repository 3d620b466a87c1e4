import { attach } from '../src/lab/container.js';
import { LAB_DB } from '../src/lab/services.js';
import type { LoadReport } from '../test/e2e/load.js';

/** Acknowledged writes (201 with an id, from the load's ledger) that the lab's database no longer holds. */
export async function lostWrites(report: LoadReport): Promise<number> {
  const ids = report.acknowledged.filter((id) => /^\d+$/.test(id));
  if (!ids.length) return 0;
  const r = await attach(1).script(
    `runuser -u postgres -- psql -d ${LAB_DB.name} -At -c "SELECT count(*) FROM tasks WHERE id = ` +
      `ANY('{${ids.join(',')}}'::bigint[])"`,
  );
  if (r.code !== 0) throw new Error(`counting acknowledged writes failed: ${r.stderr}`);
  return ids.length - Number(r.stdout.trim());
}
