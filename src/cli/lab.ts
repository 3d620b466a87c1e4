import { parseArgs } from 'node:util';
import { labDown, labReleaseEnvironment, labStatus, labUp } from '../lab/lab.js';
import type { Io } from './run.js';

export async function labCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { count: { type: 'string', default: '1' }, json: { type: 'boolean', default: false }, purge: { type: 'boolean', default: false }, release: { type: 'string' }, container: { type: 'string', default: '1' } },
  });
  const log = (line: string) => io.err(`lab: ${line}`);
  if (sub === 'up') {
    const r = await labUp(Number(values.count), log);
    if (values.json) io.out(JSON.stringify(r, null, 2));
    else {
      for (const c of r.containers) io.out(`${c.name}  ${c.address}  ${c.envFile}`);
      io.err(`lab up: ${r.containers.length} container${r.containers.length === 1 ? '' : 's'} ready in ${r.seconds.toFixed(1)} s (${r.rootfsBuilt ? 'cold: rootfs built' : 'warm: rootfs cached'})`);
      io.err('check it with: slotflip validate --require-secrets --secrets-dir lab/state/secrets lab/state/environments');
    }
    return 0;
  }
  if (sub === 'down') {
    await labDown(log, values.purge);
    io.err(`lab down: nothing of the lab is left${values.purge ? '' : ' (the rootfs cache stays; --purge removes it)'}`);
    return 0;
  }
  if (sub === 'status') {
    const list = await labStatus();
    if (values.json) io.out(JSON.stringify(list, null, 2));
    else if (list.length === 0) io.out('no lab containers (start them with `slotflip lab up`)');
    else {
      io.out(['container', 'address', 'state', 'sshd', 'nginx', 'postgresql', 'redis', 'environment file'].join('\t'));
      for (const c of list) io.out([c.name, c.address, c.state, c.services.ssh, c.services.nginx, c.services.postgresql, c.services['redis-server'], c.envFile ?? '-'].join('\t'));
    }
    return 0;
  }
  if (sub === 'env' && values.release) {
    io.out(labReleaseEnvironment(Number(values.container), values.release));
    return 0;
  }
  io.err('usage: slotflip lab up [--count N] [--json] | down [--purge] | status [--json] | env --release VERSION [--container N]');
  return 1;
}
