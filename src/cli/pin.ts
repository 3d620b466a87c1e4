import { parseArgs } from 'node:util';
import { runPin } from '../commands/pin.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from './run.js';
import { UsageError } from './usage-error.js';

export const PIN_HELP = `usage: slotflip pin FILE [--instance ID] [--version V] [--key KEYFILE] [--key-id ID] [--ca-file PEM]

Downloads each url release of the environment file on this machine, checks the publisher's signature (when the app's
preset names its signing key), and writes the archive's sha256 into the file. Comments and layout stay as they are;
nothing is written unless every download is checked.

  --instance ID   only this instance (default: every url release in the file)
  --version V     move to release V: its URL is the preset's, version and url are rewritten too
  --key KEYFILE   the publisher's OpenPGP public key (Vikunja: key FF054DACD908493A, fetched on your machine)
  --key-id ID     expect this signer instead of the preset's key (a mirror that signs with its own key)
  --ca-file PEM   trust these certificate authorities as well (an internal mirror)`;

export async function pinCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { instance: { type: 'string' }, version: { type: 'string' }, key: { type: 'string' }, 'key-id': { type: 'string' }, 'ca-file': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.out(PIN_HELP);
    return ExitCode.ok;
  }
  if (positionals.length !== 1) throw new UsageError(`give one environment file (${positionals.length ? `got ${positionals.length}` : 'none given'}); --help for the options`);
  const r = await runPin({ envFile: positionals[0]!, instanceId: values.instance, version: values.version, keyFile: values.key, keyId: values['key-id'], caFile: values['ca-file'], log: io.err });
  for (const p of r.pinned) io.out(`${p.instance}: ${p.version} sha256 ${p.sha256}${p.signedBy ? ` (signed by ${p.signedBy})` : ''}`);
  io.err(`pin: ${positionals[0]} pins ${new Set(r.pinned.map((p) => p.url)).size} archive(s) for ${r.pinned.length} instance(s)`);
  return ExitCode.ok;
}
