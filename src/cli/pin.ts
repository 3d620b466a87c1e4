import { runPin } from '../commands/pin.js';
import { ExitCode } from '../exit-codes.js';
import { str, type Values } from './parse.js';
import type { Io } from './io.js';

/** `slotflip pin FILE`: each url release downloaded, its signature checked, its sha256 written into FILE. */
export async function pinCommand(values: Values, args: string[], io: Io): Promise<number> {
  const file = args[0]!;
  const r = await runPin({
    envFile: file,
    instanceId: str(values, 'instance'),
    version: str(values, 'version'),
    keyFile: str(values, 'key'),
    keyId: str(values, 'key-id'),
    caFile: str(values, 'ca-file'),
    log: io.err,
  });
  for (const p of r.pinned)
    io.out(`${p.instance}: ${p.version} sha256 ${p.sha256}${p.signedBy ? ` (signed by ${p.signedBy})` : ''}`);
  io.err(`pin: ${file} pins ${new Set(r.pinned.map((p) => p.url)).size} archive(s) for ${r.pinned.length} instance(s)`);
  return ExitCode.ok;
}
