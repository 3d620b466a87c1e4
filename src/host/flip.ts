import { RELOAD_NGINX } from './nginx-reload.js';
import type { Instance } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import { throughNginx, versionProbe } from './health.js';
import { versionPattern } from './health-checks.js';
import { layout, type Slot } from '../shell/layout.js';
import { quote, retryUntil } from '../shell/quote.js';

/**
 * Moves traffic to `slot`. Unix-socket components: swap the symlink nginx proxies to (rename is atomic; measured
 * 0 dropped requests, and the very next request reaches the new slot). TCP components: rewrite the upstream include,
 * `nginx -t`, rename, reload (a reload drops idle keep-alive clients, so unix sockets are the default).
 */
export function flipTo(inst: Instance, slot: Slot): Op {
  const l = layout(inst.id);
  return routeTo(
    inst,
    (name, c) =>
      c.listen.type === 'unix'
        ? { socket: l.socket(name, slot) }
        : { server: `127.0.0.1:${slot === 'blue' ? c.listen.blue : c.listen.green}` },
    `point nginx at the ${slot} slot`,
  );
}

type Component = NonNullable<Instance['app']['components'][string]>;

/**
 * Points each component's route at a target: a unix socket through the symlink nginx proxies to (renamed, no reload),
 * or a TCP server through the upstream include (read on reload only). `reloadTcp: false` when a reload follows anyway.
 */
export function routeTo(
  inst: Instance,
  target: (name: string, c: Component) => { socket: string } | { server: string } | undefined,
  note: string,
  reloadTcp = true,
): Op {
  const l = layout(inst.id);
  const lines = [
    `[ -d ${quote(l.socketDir)} ] && [ -d /etc/nginx/slotflip ] || install -d -m 0755 ${quote(l.socketDir)} ` +
      `/etc/nginx/slotflip`,
  ];
  let reload = false;
  for (const [name, c] of Object.entries(inst.app.components)) {
    const t = c ? target(name, c) : undefined;
    if (!t) continue;
    if ('socket' in t) {
      const cur = l.currentSocket(name);
      lines.push(`ln -sfn ${quote(t.socket)} ${quote(`${cur}.tmp`)} && mv -T ${quote(`${cur}.tmp`)} ${quote(cur)}`);
    } else {
      const file = l.upstreamFile(name);
      lines.push(
        `printf 'server %s;\\n' ${quote(t.server)} > ${quote(`${file}.tmp`)} && mv -f ` +
          `${quote(`${file}.tmp`)} ${quote(file)}`,
      );
      reload = true;
    }
  }
  if (reload && reloadTcp) lines.push(`nginx -t -q && ${RELOAD_NGINX}`);
  return { kind: 'sh', note, text: lines.join('\n') };
}

/**
 * Through nginx, as a user would: the new release must answer within a few seconds, or the flip is undone.
 * `asReported`: the version is what the app itself reported (an adopted app's "v2.4.0"), not a release to format.
 */
export function confirmThroughNginx(inst: Instance, version: string, asReported = false): Op | undefined {
  const probe = versionProbe(inst);
  const target = probe?.path ? throughNginx(inst, probe.path) : undefined;
  if (!probe || !target) return undefined;
  // Matched by bash, not grep: a try starts one process (curl), not three.
  const answer = `"$(curl -s --max-time 2 ${target.curl})"`;
  const want = probe.expect_version
    ? `{ sf_re=${quote(versionPattern(version, asReported || probe.expect_version))}; [[ ${answer} =~ $sf_re ]]; }`
    : `[ -n ${answer} ]`;
  return {
    kind: 'sh',
    note: `confirm through nginx that ${probe.path} reaches ${version}`,
    text: retryUntil(
      want,
      50,
      '0.1',
      `nginx does not route ${probe.path} to release ${version}`,
      '"confirmed through nginx after $i tries"',
    ),
  };
}

/** Links the site and reloads nginx once `nginx -t` accepts it; on failure a link this made is removed again. */
export function enableSite(site: string, link: string): string {
  const [s, l] = [quote(site), quote(link)];
  return `new_link=0; [ -L ${l} ] || new_link=1
ln -sfn ${s} ${l} && nginx -t -q && ${RELOAD_NGINX} || { [ "$new_link" = 0 ] || rm -f ${l}; false; }`;
}
