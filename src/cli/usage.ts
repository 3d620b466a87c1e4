import { VERBS } from './verbs.js';

export const VERSION = '0.1.0';

/** A verb as the overview shows it: `slotflip restore --env FILE --from ID|latest|run:RUN_ID`. */
function invocation(name: string): string {
  const v = VERBS.find((x) => x.name === name)!;
  const required = (v.required ?? []).map((r) => `--${r} ${v.options[r]?.value ?? ''}`.trim());
  return ['slotflip', v.name, ...(v.args ? [v.args] : []), ...required].join(' ');
}

const rows = VERBS.map((v) => [invocation(v.name), v.brief] as const);
const width = Math.min(48, Math.max(...rows.map(([l]) => l.length)) + 2);

export const USAGE = `slotflip ${VERSION}: blue-green deployments of self-hosted apps into Proxmox LXC containers

Usage:
${rows
  .map(([l, r]) => (l.length + 2 > width ? `  ${l}\n  ` + `${''.padEnd(width)}${r}` : `  ${l.padEnd(width)}${r}`))
  .join('\n')}

\`slotflip <command> --help\` lists a command's options (every host command takes --json; --format json is the same).
Secrets are read from SLOTFLIP_SECRET_<NAME>, from the file in SLOTFLIP_SECRET_<NAME>_FILE,
or from <secrets-dir>/<NAME>.
Exit codes: 0 ok, 1 usage or internal error, 2 invalid configuration, 3 connection or host key, 4 preflight,
5 locked, 10 health gate failed (rolled back), 11 rolled back after a later failure, 12 rollback failed,
13 a database restore would discard writes, 14 a backup refused (damaged, wrong key, untrusted run), 15 doctor found
a FAIL, 16 provision stopped at a step, 17 pin refused (download or signature), 18 the release is held,
20 nothing to do.`;

/** `slotflip lab` alone: its sub-commands. */
export const LAB_USAGE = `usage: slotflip lab up|status|env|down [options]   (slotflip lab <sub-command> --help)
${VERBS.filter((v) => v.name.startsWith('lab '))
  .map((v) => `  ${invocation(v.name).padEnd(34)}${v.brief}`)
  .join('\n')}`;
