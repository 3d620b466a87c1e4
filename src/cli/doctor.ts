import { parseArgs } from 'node:util';
import { runDoctor } from '../commands/doctor.js';
import { formatRows } from '../doctor/format.js';
import { worst } from '../doctor/rows.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from './run.js';

export async function doctorCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { env: { type: 'string' }, instance: { type: 'string' }, 'secrets-dir': { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (!values.env) {
    io.err('usage: slotflip doctor --env FILE [--instance ID] [--secrets-dir DIR] [--json]');
    return ExitCode.usage;
  }
  const rows = await runDoctor({ envFile: values.env, instanceId: values.instance, secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR } });
  const verdict = worst(rows);
  io.out(values.json ? JSON.stringify({ verdict, rows }, null, 2) : formatRows(rows));
  // WARN is worth reading but not an alarm: only a FAIL fails the scheduled job.
  return verdict === 'FAIL' ? ExitCode.doctorFailed : ExitCode.ok;
}
