import { Readable } from 'node:stream';
import { quote } from '../shell/quote.js';
import type { Op } from '../shell/ops.js';
import { pushArgv, type RunResult, type Transport } from '../transport/transport.js';

/**
 * The bytes of a step's upload ops (a release archive from the runner) go to the host as a stream before the step's
 * script runs; the script then checks their sha256 (compile.ts). Inside the script as a here-document they made a
 * 53 MB archive a 71 MB bash script, which bash took about 100 s to read.
 */
export async function pushUploads(transport: Transport, ops: readonly Op[]): Promise<RunResult | undefined> {
  for (const op of ops) {
    if (op.kind !== 'upload') continue;
    const dir = op.path.replace(/\/[^/]+$/, '') || '/';
    const made = await transport.script(`install -d -m 0755 ${quote(dir)}`, { timeoutMs: 30_000 });
    if (made.code !== 0 || made.lost) return made;
    try {
      await transport.pipe(pushArgv(op.path), { stdin: Readable.from([op.bytes]) });
    } catch (err) {
      return {
        code: 1,
        stdout: '',
        stderr:
          `uploading ${op.path} (${op.bytes.length} bytes) failed: ` +
          `${err instanceof Error ? err.message : String(err)}`,
      };
    }
  }
  return undefined;
}
