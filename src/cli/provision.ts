import { runProvision } from '../commands/provision.js';
import { cancellable } from './cancel.js';
import { outcomeJson } from './outcome.js';
import { flag, str, type Values } from './parse.js';
import { secretsOption } from './host-options.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

/** `slotflip provision --env FILE`: the instance's container, created or brought in line with its environment file. */
export async function provisionCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const provider = str(values, 'provider');
  if (provider !== 'proxmox' && provider !== 'lab')
    throw new UsageError(`--provider must be proxmox or lab, not "${provider}"`);
  const env = str(values, 'env')!;
  const dryRun = flag(values, 'dry-run');
  const writeHostKey = flag(values, 'write-host-key');
  return cancellable(io, async () => {
    // The lab's provider lives with the lab: it needs LXC, the lab's bridge, the minimal rootfs and the package proxy.
    const lab = provider === 'lab' ? await import('../lab/lxc-provider.js') : undefined;
    if (lab && dryRun) {
      // A dry run changes nothing on this machine either: it says what a real run would prepare first.
      const pending = await lab.labProviderPending();
      if (pending.length)
        io.err(
          `dry run: this machine is not prepared for the lab provider; a real run would first ${pending.join('; ')}`,
        );
    } else if (lab) await lab.prepareLabProvider(io.err);
    const r = await runProvision({
      envFile: env,
      instanceId: str(values, 'instance'),
      secrets: secretsOption(values, io),
      provider: lab ? () => lab.labProvider() : undefined,
      dryRun,
      writeHostKey,
      log: io.err,
    });
    if (flag(values, 'json')) {
      io.out(outcomeJson('provision', r));
    } else {
      if (r.planText && (dryRun || r.exitCode === 20)) io.out(r.planText);
      if (r.hostKey) io.out(`host key: ${r.hostKey} (read inside the container)`);
      if (r.pinPatch) {
        io.out(
          writeHostKey ? `pinned it in ${env}:` : `pin it: the change to ${env} (or run again with --write-host-key):`,
        );
        io.out(r.pinPatch.trimEnd());
      }
    }
    io.err(`provision: ${r.summary} (exit ${r.exitCode})`);
    return r.exitCode;
  });
}
