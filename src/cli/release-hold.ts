import { runReleaseHold } from '../commands/release-hold.js';
import { report } from './outcome.js';
import { flag, str, type Values } from './parse.js';
import { secretsOption } from './host-options.js';
import type { Io } from './io.js';

/** `slotflip release-hold --env FILE`: a held release may be deployed again. */
export async function releaseHoldCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const r = await runReleaseHold({
    envFile: str(values, 'env')!,
    instanceId: str(values, 'instance'),
    secrets: secretsOption(values, io),
    log: io.err,
  });
  return report(io, 'release-hold', r, { json: flag(values, 'json'), dryRun: false });
}
