import { RELOAD_NGINX } from './nginx-reload.js';
import type { Instance } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import { layout } from '../shell/layout.js';
import { routeTo } from './flip.js';
import { quote } from '../shell/quote.js';
import type { AdoptedApp } from '../shell/state.js';

// How slotflip puts itself in front of an app it did not install, and how the first deploy retires it. nginx proxies
// to slotflip's per-component symlink as always; the symlink points at the running app (its unix socket, or a
// systemd-socket-proxyd bridge to its TCP port), so the deploy's flip is the usual atomic rename with no reload.

export const bridgeName = (instance: string, component: string) => `slotflip-${instance}-${component}-adopted`;
export const bridgeSocket = (instance: string, component: string) =>
  `/run/slotflip/${instance}/adopted-${component}.sock`;
export const savedSitesDir = '/etc/nginx/slotflip/adopted';

/** A socket unit and its proxy service: nginx reaches a TCP-only app through a unix socket. */
export function bridgeUnits(instance: string, component: string, port: number): Op[] {
  const name = bridgeName(instance, component);
  return [
    {
      kind: 'write',
      path: `/etc/systemd/system/${name}.socket`,
      mode: '0644',
      secret: false,
      content: [
        `# slotflip: ${instance} ${component} reaches the adopted app on 127.0.0.1:${port} through this socket ` +
          'until its first deploy.',
        '[Socket]',
        `ListenStream=${bridgeSocket(instance, component)}`,
        'SocketMode=0666',
        '',
        '[Install]',
        'WantedBy=sockets.target',
        '',
      ].join('\n'),
    },
    {
      kind: 'write',
      path: `/etc/systemd/system/${name}.service`,
      mode: '0644',
      secret: false,
      content: [
        '[Unit]',
        `Description=slotflip: ${instance} ${component}, bridged to the adopted app on 127.0.0.1:${port}`,
        `Requires=${name}.socket`,
        `After=${name}.socket`,
        '',
        '[Service]',
        `ExecStart=/lib/systemd/systemd-socket-proxyd 127.0.0.1:${port}`,
        'DynamicUser=yes',
        'PrivateTmp=yes',
        'NoNewPrivileges=yes',
        '',
      ].join('\n'),
    },
    { kind: 'sh', text: `systemctl daemon-reload\nsystemctl enable --now ${quote(`${name}.socket`)}` },
  ];
}

/**
 * Points each component's route at the adopted app: the same symlink (or TCP include) a flip rewrites. `reload`: a
 * TCP include is read on reload only (a deploy's undo needs it; at adoption the site handover reloads anyway).
 */
export function routeToAdopted(inst: Instance, adopted: AdoptedApp, reloadForTcp = false): Op {
  return routeTo(
    inst,
    (name, c) => {
      const a = adopted.components[name];
      if (!a) return undefined;
      return c.listen.type === 'unix'
        ? { socket: a.bridge ? a.bridge.socket : a.upstream.replace(/^unix:/, '') }
        : { server: a.upstream };
    },
    "slotflip's route to the app that runs now",
    reloadForTcp,
  );
}

/** Stops and removes slotflip's bridges to an adopted app (the app's own units are not touched). */
export function removeBridges(adopted: AdoptedApp): string[] {
  const bridges = Object.values(adopted.components).flatMap((c) => (c.bridge ? [c.bridge.unit] : []));
  if (!bridges.length) return [];
  return [
    ...bridges.flatMap((b) => [
      `systemctl disable --now ${quote(`${b}.socket`)} ${quote(`${b}.service`)} 2>/dev/null || true`,
      `rm -f ${quote(`/etc/systemd/system/${b}.socket`)} ${quote(`/etc/systemd/system/${b}.service`)}`,
    ]),
    'systemctl daemon-reload',
  ];
}

/**
 * The server names move from the adopted site to slotflip's in one `nginx -t` and reload; a refusal puts the old site
 * back.
 */
export function handOverSite(inst: Instance, from: NonNullable<AdoptedApp['site']>): { ops: Op[]; undo: Op[] } {
  const l = layout(inst.id);
  const [legacy, saved, site, link] = [from.path, from.savedAt, l.site, l.siteLink].map(quote);
  const back = `rm -f ${link}; mv -f ${saved} ${legacy}; nginx -t -q && ${RELOAD_NGINX}`;
  return {
    ops: [
      {
        kind: 'sh',
        note: 'one reload: nginx never sees both sites at once',
        text:
          `install -d -m 0755 ${quote(savedSitesDir)}\nmv -f ${legacy} ${saved}\nln -sfn ${site} ` +
          (`${link}\nif ! { nginx -t -q && ${RELOAD_NGINX}; }; then ${back}; echo "nginx refused slotflip's ` +
            `site for ${inst.id}; the previous site is back" >&2; exit 1; fi`),
      },
    ],
    undo: [{ kind: 'sh', text: back }],
  };
}

/**
 * After the first deploy's flip: the adopted app's units stop and stay off at boot (their files stay); slotflip's
 * bridges go. Each stops with the signal its component declares (Vikunja finishes its requests only on SIGINT), through
 * a drop-in under /run that a reboot forgets: the unit files stay as they were installed.
 */
export function retireAdopted(
  adopted: AdoptedApp,
  drainSeconds: number,
  stopSignals: Record<string, string | undefined> = {},
): Op {
  const signals = new Map<string, string>();
  for (const [name, c] of Object.entries(adopted.components))
    if (c.unit && stopSignals[name] && stopSignals[name] !== 'SIGTERM') signals.set(c.unit, stopSignals[name]!);
  const units = [...new Set(Object.values(adopted.components).flatMap((c) => (c.unit ? [c.unit] : [])))];
  const lines = [`sleep ${drainSeconds}`];
  for (const [unit, signal] of signals) {
    const dir = quote(`/run/systemd/system/${unit}.d`);
    lines.push(
      `install -d -m 0755 ${dir}`,
      `printf '[Service]\\nKillSignal=%s\\n' ${quote(signal)} > ${dir}/slotflip-stop-signal.conf`,
    );
  }
  if (signals.size) lines.push('systemctl daemon-reload');
  lines.push(
    ...units.map((u) => `systemctl disable --now ${quote(u)} 2>/dev/null || systemctl stop ${quote(u)}`),
    ...removeBridges(adopted),
  );
  const kept = adopted.site
    ? `; its files and its nginx site (kept in ${savedSitesDir}) stay for a manual return`
    : '; its files stay for a manual return';
  lines.push(
    `echo "SLOTFLIP_EVENT the adopted app is stopped and disabled (${units.join(', ') || 'no unit found'})${kept}"`,
  );
  return { kind: 'sh', note: 'retire the app slotflip adopted', text: lines.join('\n') };
}
