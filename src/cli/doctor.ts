import { runDoctor } from '../commands/doctor.js';
import { formatRows } from '../doctor/format.js';
import { worst } from '../doctor/rows.js';
import { ExitCode } from '../exit-codes.js';
import { flag, str, type Values } from './parse.js';
import { secretsOption } from './host-options.js';
import type { Io } from './io.js';

/** `slotflip doctor --env FILE`: read-only diagnosis; a FAIL exits 15. */
export async function doctorCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const rows = await runDoctor({
    envFile: str(values, 'env')!,
    instanceId: str(values, 'instance'),
    secrets: secretsOption(values, io),
  });
  const verdict = worst(rows);
  io.out(flag(values, 'json') ? JSON.stringify({ verdict, rows }, null, 2) : formatRows(rows));
  // WARN is worth reading but not an alarm: only a FAIL fails the scheduled job.
  return verdict === 'FAIL' ? ExitCode.doctorFailed : ExitCode.ok;
}
