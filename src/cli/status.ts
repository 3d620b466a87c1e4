import { parseArgs } from 'node:util';
import { formatStatus, runStatus } from '../commands/status.js';
import type { Io } from './run.js';

/**
 * What --watch prints before each refresh: on a terminal, clear the screen; into a pipe or a log, a dated separator
 * (control codes there are noise); with --json, nothing (each refresh is one JSON document).
 */
export function watchFrame(tty: boolean, json: boolean, now: Date): string | undefined {
  if (json) return undefined;
  return tty ? '\x1b[2J\x1b[H' : `--- ${now.toISOString()} ---`;
}

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
    const frame = watchFrame(io.isTTY === true, values.json, new Date());
    if (frame !== undefined) io.out(frame);
    await once();
    await new Promise((r) => setTimeout(r, 2000));
  }
  return 0;
}
