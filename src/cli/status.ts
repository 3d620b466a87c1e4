import { parseArgs } from 'node:util';
import { formatStatus, runStatus } from '../commands/status.js';
import type { Io } from './run.js';

export async function statusCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { env: { type: 'string' }, instance: { type: 'string' }, 'secrets-dir': { type: 'string' }, json: { type: 'boolean', default: false }, watch: { type: 'boolean', default: false } } });
  if (!values.env) {
    io.err('usage: slotflip status --env FILE [--instance ID] [--secrets-dir DIR] [--json] [--watch]');
    return 1;
  }
  const once = async () => {
    const s = await runStatus({ envFile: values.env!, instanceId: values.instance, secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR } });
    io.out(values.json ? JSON.stringify(s, null, 2) : formatStatus(s));
  };
  if (!values.watch) {
    await once();
    return 0;
  }
  // --watch refreshes every 2 s until interrupted (at most an hour, so it never runs unattended forever).
  const until = Date.now() + 3_600_000;
  let stop = false;
  process.once('SIGINT', () => (stop = true));
  while (!stop && Date.now() < until) {
    if (!values.json) io.out('\x1b[2J\x1b[H');
    await once();
    await new Promise((r) => setTimeout(r, 2000));
  }
  return 0;
}
