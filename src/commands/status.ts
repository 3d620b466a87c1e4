import { statusScript } from '../host/status.js';
import { connectTarget } from '../transport/connect.js';
import { prepare, type PrepareOptions } from '../session/prepare.js';
import { parseStatus, type InstanceStatus } from '../facts/status.js';

export async function runStatus(opts: PrepareOptions): Promise<InstanceStatus> {
  const prepared = await prepare(opts);
  const transport = await connectTarget(prepared.instance, prepared.secrets);
  try {
    const r = await transport.script(statusScript(prepared.instance), { timeoutMs: 30_000 });
    return parseStatus(prepared.instance, r.stdout);
  } finally {
    await transport.close();
  }
}
