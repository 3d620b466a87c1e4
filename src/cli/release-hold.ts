import { parseArgs } from 'node:util';
import { runReleaseHold } from '../commands/release-hold.js';
import type { Io } from './run.js';

export async function releaseHoldCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { env: { type: 'string' }, instance: { type: 'string' }, 'secrets-dir': { type: 'string' } } });
  if (!values.env) {
    io.err('usage: slotflip release-hold --env FILE [--instance ID] [--secrets-dir DIR]');
    return 1;
  }
  const r = await runReleaseHold({ envFile: values.env, instanceId: values.instance, secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR }, log: io.err });
  io.err(`release-hold: ${r.summary} (exit ${r.exitCode})`);
  return r.exitCode;
}
