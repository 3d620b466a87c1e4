import { parseArgs } from 'node:util';
import { runProvision } from '../commands/provision.js';
import { cancellable } from './cancel.js';
import type { Io } from './run.js';

const OPTIONS = {
  env: { type: 'string' },
  instance: { type: 'string' },
  'secrets-dir': { type: 'string' },
  provider: { type: 'string', default: 'proxmox' },
  'dry-run': { type: 'boolean', default: false },
  'write-host-key': { type: 'boolean', default: false },
} as const;

const USAGE = 'usage: slotflip provision --env FILE [--instance ID] [--secrets-dir DIR] [--provider proxmox|lab] [--dry-run] [--write-host-key]';

/** `slotflip provision --env FILE`: the instance's container, created or brought in line with its environment file. */
export async function provisionCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (!values.env || !['proxmox', 'lab'].includes(values.provider)) {
    io.err(USAGE);
    return 1;
  }
  return cancellable(io, async () => {
    // The lab's provider lives with the lab: it needs LXC, the lab's bridge, the minimal rootfs and the package proxy.
    const lab = values.provider === 'lab' ? await import('../lab/lxc-provider.js') : undefined;
    if (lab && values['dry-run']) {
      // A dry run changes nothing on this machine either: it says what a real run would prepare first.
      const pending = await lab.labProviderPending();
      if (pending.length) io.err(`dry run: this machine is not prepared for the lab provider; a real run would first ${pending.join('; ')}`);
    } else if (lab) await lab.prepareLabProvider(io.err);
    const r = await runProvision({
      envFile: values.env!,
      instanceId: values.instance,
      secrets: { env: io.env, dir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR },
      provider: lab ? () => lab.labProvider() : undefined,
      dryRun: values['dry-run'],
      writeHostKey: values['write-host-key'],
      log: io.err,
    });
    if (r.planText && (values['dry-run'] || r.exitCode === 20)) io.out(r.planText);
    if (r.hostKey) io.out(`host key: ${r.hostKey} (read inside the container)`);
    if (r.pinPatch) {
      io.out(values['write-host-key'] ? `pinned it in ${values.env}:` : `pin it: the change to ${values.env} (or run again with --write-host-key):`);
      io.out(r.pinPatch.trimEnd());
    }
    io.err(`provision: ${r.summary} (exit ${r.exitCode})`);
    return r.exitCode;
  });
}
