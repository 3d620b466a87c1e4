import type { HealthCheck, Instance } from '../config/environment.generated.js';
import { checkTimeout, resolved } from '../config/resolved.js';
import type { Op } from '../shell/ops.js';
import { layout, type Slot } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { slotUnits } from './slot-units.js';
import { NOW_SECONDS } from '../shell/builtins.js';

/** One check as a bash condition that sets $why when it fails. Runs on the host against one slot. */
function checkScript(inst: Instance, check: HealthCheck, slot: Slot, version: string): string {
  const l = layout(inst.id);
  const t = Math.max(1, Math.ceil(checkTimeout(check)));
  switch (check.type) {
    case 'http': {
      const component = check.component!;
      const listen = inst.app.components[component]?.listen;
      const target =
        listen?.type === 'tcp'
          ? `http://127.0.0.1:${slot === 'blue' ? listen.blue : listen.green}${check.path}`
          : `http://localhost${check.path}`;
      const sock = listen?.type === 'tcp' ? '' : `--unix-socket ${quote(l.socket(component, slot))} `;
      const expect = check.expect_status ?? 200;
      const conds = [`[ "$code" = ${expect} ] || why=${quote(`${check.path} answered `)}"$code"`];
      if (check.expect_body)
        conds.push(
          `[[ $body == *${quote(check.expect_body)}* ]] || ` +
            `why=${quote(`${check.path} body lacks ${check.expect_body}`)}`,
        );
      if (check.expect_version)
        conds.push(
          `sf_re=${quote(versionPattern(version, check.expect_version))}; [[ $body =~ $sf_re ]] || ` +
            `why=${quote(`${check.path} does not report version ${reportedVersion(check.expect_version, version)}`)}`,
        );
      // The body and the status in one word, then apart by builtins: no file to make and remove, no grep to start.
      return (
        `out=$(curl -s -w '\\n%{http_code}' --max-time ${t} ${sock}${quote(target)} || true); ` +
        `code=\${out##*$'\\n'}; body=\${out%$'\\n'*}; ${conds.join('; ')}`
      );
    }
    case 'tcp': {
      const component = check.component!;
      const listen = inst.app.components[component]?.listen;
      if (listen?.type === 'tcp')
        return (
          `timeout ${t} bash -c ` +
          (`${quote(`</dev/tcp/127.0.0.1/${slot === 'blue' ? listen.blue : listen.green}`)} 2>/dev/null || ` +
            `why=${quote(`${component} does not accept connections`)}`)
        );
      return `[ -S ${quote(l.socket(component, slot))} ] || why=${quote(`${component} has no socket`)}`;
    }
    case 'postgres': {
      const db = inst.database!;
      return (
        `pg_isready -q -t ${t} -h ${quote(db.host)} -p ${db.port} || why='PostgreSQL is not accepting ` + `connections'`
      );
    }
    case 'redis': {
      const r = inst.redis!;
      return (
        `[ "$(REDISCLI_AUTH="$(cat ${quote(`${l.shared}/redis.pass`)} 2>/dev/null)" timeout ${t} ` +
        (`redis-cli --no-auth-warning -h ${quote(r.host)} -p ${r.port} ping 2>/dev/null)" = PONG ] || why='Redis ` +
          `does not answer PING'`)
      );
    }
  }
}

/**
 * The health gate on the idle slot itself (never through nginx, so no user sees it yet): every check must pass
 * `consecutive` times in a row before `timeout`; a unit that keeps restarting fails at once. Exit 10 on failure,
 * with the failing check and the unit's last log lines.
 */
export function healthGate(inst: Instance, slot: Slot, version: string): Op {
  const h = inst.health;
  const { healthTimeout } = resolved(inst);
  return {
    kind: 'sh',
    note:
      `health gate on ${slot}: ${h.checks.length} checks, ${resolved(inst).healthConsecutive} passes in ` +
      `a row, within ${healthTimeout} s`,
    text: healthGateScript(inst, slot, version),
  };
}

function healthGateScript(inst: Instance, slot: Slot, version: string): string {
  const units = Object.keys(inst.app.components).map((c) => `${layout(inst.id).unit(c)}${slot}`);
  const checks = inst.health.checks.map((c) => checkScript(inst, c, slot, version));
  const { healthInterval: interval, healthTimeout } = resolved(inst);
  return `deadline=$(( ${NOW_SECONDS} + ${Math.ceil(healthTimeout)} )); passes=0; last=''
units=(${units.map(quote).join(' ')})
while :; do
  why=''
  for u in "\${units[@]}"; do
    if [ "$(systemctl show -p NRestarts --value "$u")" -ge 3 ] || systemctl is-failed --quiet "$u"; then
      journalctl -u "$u" -n 10 --no-pager -o cat >&2 || true
      echo "gate: failed: $u is crashing (restarted $(systemctl show -p NRestarts --value "$u") times)" >&2
      exit 10
    fi
  done
${checks.map((c) => `  [ -n "$why" ] || { ${c}; }`).join('\n')}
  if [ -z "$why" ]; then
    passes=$((passes + 1))
    if [ "$passes" -ge ${resolved(inst).healthConsecutive} ]; then
      echo "gate: every check passed ${resolved(inst).healthConsecutive} times in a row"; break
    fi
  else
    passes=0; last=$why
  fi
  if [ "${NOW_SECONDS}" -ge "$deadline" ]; then
    for u in "\${units[@]}"; do journalctl -u "$u" -n 10 --no-pager -o cat >&2 || true; done
    echo "gate: failed: $last" >&2
    exit 10
  fi
  sleep ${interval}
done`;
}

/**
 * A warm slot's check before a rollback flips to it: its own answers only (http and tcp checks, once), no retries and
 * no PostgreSQL or Redis check: those serve both slots alike, and a rollback during their outage must not wait for
 * them. Exit 10 with the first check that failed.
 */
function answersOnceScript(inst: Instance, slot: Slot, version: string): string {
  const own = inst.health.checks.filter((c) => c.type === 'http' || c.type === 'tcp');
  return `why=''
${own.map((c) => `[ -n "$why" ] || { ${checkScript(inst, c, slot, version)}; }`).join('\n')}
[ -z "$why" ] || { echo "gate: failed: $why" >&2; exit 10; }
echo "the ${slot} slot answers as release ${version}"`;
}

/**
 * The warm slot's check, for the slot the probe saw running: its answers once while it runs; when its retire timer
 * stopped it in the moment between the probe and this step, it is started again and waits for the whole health gate
 * (checked once, a slot that has just started fails: seen in the lab).
 */
export function warmSlotAnswers(inst: Instance, slot: Slot, version: string): Op {
  const units = slotUnits(inst.id, slot, Object.keys(inst.app.components));
  return {
    kind: 'sh',
    note: `the ${slot} slot answers (started again and gated, if it was retired meanwhile)`,
    // \`systemctl is-active\` exits 0 when any one unit is active: every line must say so.
    text: `if [ -z "$(systemctl is-active ${units} | grep -vx active)" ]; then
${answersOnceScript(inst, slot, version)}
else
echo 'SLOTFLIP_EVENT the ${slot} slot had just been retired: started it again'
systemctl start ${units}
${healthGateScript(inst, slot, version)}
fi`,
  };
}

/** How the app writes a release's version: `expect_version` true is the version itself, a string is its format. */
export const reportedVersion = (expect: boolean | string | undefined, version: string) =>
  typeof expect === 'string' ? expect.replace('{version}', version) : version;

/** An extended regex for `"version": "<version as the app writes it>"` in a JSON body. */
export const versionPattern = (version: string, expect?: boolean | string) =>
  `"version" *: *"${reportedVersion(expect, version).replace(/[.+]/g, '\\$&')}"`;

/** The first http check that reports the version: used to confirm, through nginx, that traffic reached the release. */
export function versionProbe(inst: Instance): HealthCheck | undefined {
  return (
    inst.health.checks.find((c) => c.type === 'http' && c.expect_version) ??
    inst.health.checks.find((c) => c.type === 'http')
  );
}

/**
 * How to reach a path through this instance's nginx site from the host itself, as curl arguments (already quoted).
 * With TLS the HTTP server only redirects, so the probe goes to the HTTPS port under the site's own name (--resolve
 * keeps it on this host; -k because a placeholder certificate may still be in place: what is probed is the route).
 */
export function throughNginx(inst: Instance, path: string): { curl: string; host: string } | undefined {
  const site = nginxSite(inst);
  return site && { host: site.host, curl: `${site.args} ${quote(`${site.base}${path}`)}` };
}

/**
 * nginx as a browser reaches the site, from the host itself: curl's arguments and the URL's start (the path follows).
 */
export function nginxSite(inst: Instance): { host: string; args: string; base: string } | undefined {
  if (!inst.nginx) return undefined;
  const host = inst.nginx.server_names[0]!.replace(/^\*\./, 'www.');
  if (inst.nginx.tls?.enabled) {
    const port = inst.nginx.https_port ?? 443;
    return { host, args: `-k --resolve ${quote(`${host}:${port}:127.0.0.1`)}`, base: `https://${host}:${port}` };
  }
  const port = inst.nginx.http_port ?? 80;
  return { host, args: `-H ${quote(`Host: ${host}`)}`, base: `http://127.0.0.1:${port}` };
}
