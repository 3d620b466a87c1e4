import { labDown, labReleaseEnvironment, labUp } from '../lab/lab.js';
import { labStatus } from '../lab/status.js';
import { flag, str, type Values } from './parse.js';
import type { Io } from './io.js';

const log = (io: Io) => (line: string) => io.err(`lab: ${line}`);

/** `slotflip lab up [--count N]`: the containers, each with its environment file. */
export async function labUpCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const r = await labUp(Number(str(values, 'count')), log(io));
  if (flag(values, 'json')) io.out(JSON.stringify(r, null, 2));
  else {
    for (const c of r.containers) io.out(`${c.name}  ${c.address}  ${c.envFile}`);
    io.err(
      `lab up: ${r.containers.length} container${r.containers.length === 1 ? '' : 's'} ready in ` +
        `${r.seconds.toFixed(1)} s (${r.rootfsBuilt ? 'cold: rootfs built' : 'warm: rootfs cached'})`,
    );
    io.err('check it with: slotflip validate --require-secrets --secrets-dir lab/state/secrets lab/state/environments');
  }
  return 0;
}

/** `slotflip lab down [--purge]`. */
export async function labDownCommand(values: Values, _args: string[], io: Io): Promise<number> {
  await labDown(log(io), flag(values, 'purge'));
  io.err(
    `lab down: nothing of the lab is ` +
      `left${flag(values, 'purge') ? '' : ' (the rootfs cache stays; --purge removes it)'}`,
  );
  return 0;
}

/** `slotflip lab status [--json]`. */
export async function labStatusCommand(values: Values, _args: string[], io: Io): Promise<number> {
  const list = await labStatus();
  if (flag(values, 'json')) io.out(JSON.stringify(list, null, 2));
  else if (list.length === 0) io.out('no lab containers (start them with `slotflip lab up`)');
  else {
    io.out(['container', 'address', 'state', 'sshd', 'nginx', 'postgresql', 'redis', 'environment file'].join('\t'));
    for (const c of list)
      io.out(
        [
          c.name,
          c.address,
          c.state,
          c.services.ssh,
          c.services.nginx,
          c.services.postgresql,
          c.services['redis-server'],
          c.envFile ?? '-',
        ].join('\t'),
      );
  }
  return 0;
}

/** `slotflip lab env --release V [--container N]`. */
export async function labEnvCommand(values: Values, _args: string[], io: Io): Promise<number> {
  io.out(labReleaseEnvironment(Number(str(values, 'container')), str(values, 'release')!));
  return 0;
}
