import type { Instance } from '../config/environment.generated.js';
import { commandLine } from '../shell/quote.js';
import type { Op } from '../shell/ops.js';
import { connectContainer, connectNode, nodeName } from '../transport/connect.js';
import { checkPctCreate } from './pct-check.js';
import { pctCreateArgv } from './pct-create.js';
import type { Provider } from './provider.js';

/** Settings `pct set` changes on a running container (memory and cores apply at once; swap and onboot too). */
const LIVE: readonly { key: string; want: (c: NonNullable<Instance['container']>) => string }[] = [
  { key: 'cores', want: (c) => String(c.cores ?? 2) },
  { key: 'memory', want: (c) => String(c.memory) },
  { key: 'swap', want: (c) => String(c.swap ?? 512) },
  { key: 'onboot', want: (c) => ((c.onboot ?? true) ? '1' : '0') },
];

/**
 * Proxmox: `pct` on the node, run here (a runner on the node) or over SSH to it (`target.pct_via: ssh`, the node's
 * host key pinned). Every `pct create` is checked against pct's documented parameters before it is run.
 */
export function proxmoxProvider(inst: Instance, privateKey: string | undefined): Provider {
  const t = inst.target;
  return {
    name: nodeName(t),
    host: () => connectNode(t, privateKey),
    inside: (vmid) => connectContainer(t, vmid, privateKey),
    stateScript: (vmid) => `s=$(pct status ${vmid} 2>/dev/null) || { echo absent; exit 0; }\necho "\${s#status: }"`,
    create(i, keyLine) {
      const keysFile = keyLine ? `/root/.slotflip-${i.container!.vmid}.pub` : undefined;
      const built = pctCreateArgv(i, keysFile);
      if (!built.ok) return built;
      const check = checkPctCreate(built.argv);
      if (!check.ok)
        return {
          ok: false,
          reason: `the pct create command slotflip built is not one pct accepts: ${check.errors.join('; ')}`,
        };
      const ops: Op[] = keysFile
        ? [
            { kind: 'write', path: keysFile, content: `${keyLine} slotflip-deploy\n`, mode: '0600', secret: false },
            {
              kind: 'sh',
              note: 'the key file is removed whatever pct says',
              text: `( trap 'rm -f ${keysFile}' EXIT\n${commandLine(built.argv)}\n)`,
            },
          ]
        : [{ kind: 'run', argv: built.argv }];
      return { ok: true, ops };
    },
    start: (vmid) => [{ kind: 'run', argv: ['pct', 'start', String(vmid)] }],
    settingsScript: (vmid) => `pct config ${vmid}`,
    settings(i, printed) {
      const c = i.container!;
      const have = new Map(
        printed
          .split('\n')
          .map((l) => /^([a-z0-9]+):\s*(.*)$/.exec(l))
          .filter((m) => m !== null)
          .map((m) => [m[1]!, m[2]!]),
      );
      const changes: string[] = [];
      const args: string[] = [];
      for (const { key, want } of LIVE) {
        const now = have.get(key) ?? (key === 'onboot' ? '0' : undefined);
        if (now !== want(c)) {
          changes.push(`${key}: ${now ?? 'unset'} -> ${want(c)}`);
          args.push(`--${key}`, want(c));
        }
      }
      const left: string[] = [];
      const ops: Op[] = args.length ? [{ kind: 'run', argv: ['pct', 'set', String(c.vmid), ...args] }] : [];
      const size = Number(/size=(\d+)G/.exec(have.get('rootfs') ?? '')?.[1] ?? c.disk);
      if (size < c.disk) {
        changes.push(`disk: ${size} GiB -> ${c.disk} GiB`);
        ops.push({ kind: 'run', argv: ['pct', 'resize', String(c.vmid), 'rootfs', `${c.disk}G`] });
      } else if (size > c.disk)
        left.push(`disk: ${size} GiB, more than container.disk ${c.disk} GiB (a disk never shrinks)`);
      return { changes, left, ops };
    },
  };
}
