import type { HealthCheck, Instance } from '../config/environment.generated.js';
import { checkTimeout } from '../config/resolved.js';
import { layout, type Slot } from '../shell/layout.js';
import { quote } from '../shell/quote.js';

// The health checks as bash, against one slot on the host: the gate's, and a warm slot's (host/health.ts).

/** How the app writes a release's version: `expect_version` true is the version itself, a string is its format. */
export const reportedVersion = (expect: boolean | string | undefined, version: string) =>
  typeof expect === 'string' ? expect.replace('{version}', version) : version;

/** An extended regex for `"version": "<version as the app writes it>"` in a JSON body. */
export const versionPattern = (version: string, expect?: boolean | string) =>
  `"version" *: *"${reportedVersion(expect, version).replace(/[.+]/g, '\\$&')}"`;

interface HttpRequest {
  args: string;
  url: string;
  seconds: number;
  /** The slot's address as an operator reads it: its socket's path, or 127.0.0.1:port. */
  where: string;
  socket?: string;
}

/** An http check's request: curl's arguments (its timeout and where it connects), the URL, and where it went. */
function httpRequest(inst: Instance, check: HealthCheck, slot: Slot): HttpRequest {
  const t = Math.max(1, Math.ceil(checkTimeout(check)));
  const listen = inst.app.components[check.component!]?.listen;
  const port = listen?.type === 'tcp' ? (slot === 'blue' ? listen.blue : listen.green) : undefined;
  const socket = port === undefined ? layout(inst.id).socket(check.component!, slot) : undefined;
  return {
    args: `--max-time ${t}${socket === undefined ? '' : ` --unix-socket ${quote(socket)}`}`,
    url: quote(port === undefined ? `http://localhost${check.path}` : `http://127.0.0.1:${port}${check.path}`),
    seconds: t,
    ...(socket === undefined ? { where: `127.0.0.1:${port}` } : { where: socket, socket }),
  };
}

/**
 * Bash: why no answer came ($code 000), in words, from curl's exit status ($rc, from its write-out: empty where a
 * curl older than 7.75 lacks it). "answered 000" told an operator nothing about whether the slot was missing,
 * refusing or stuck.
 */
function noAnswer(check: HealthCheck, req: HttpRequest): string {
  const say = (what: string) => `why=${quote(`${check.path}: ${what}`)}`;
  const refused = req.socket
    ? `if [ -S ${quote(req.socket)} ]; then ${say(`nothing accepts connections on ${req.where}`)}; ` +
      `else ${say(`there is no socket at ${req.where}`)}; fi`
    : say(`nothing accepts connections on ${req.where}`);
  return (
    `if [ "$code" = 000 ]; then case "$rc" in 7) ${refused};; ` +
    `28) ${say(`no answer within ${req.seconds} s from ${req.where} (it accepted the connection)`)};; ` +
    `52) ${say(`${req.where} closed the connection without an answer`)};; ` +
    `*) why=${quote(`${check.path}: no answer from ${req.where} (curl exit `)}"\${rc:-unknown})";; esac; fi`
  );
}

/** Bash: what an http check asks of its answer, read from $code, $rc and $body; sets $why when it fails. */
function httpConditions(check: HealthCheck, req: HttpRequest, version: string): string {
  const conds = [
    noAnswer(check, req),
    `[ "$code" = ${check.expect_status ?? 200} ] || why=${quote(`${check.path} answered `)}"$code"`,
  ];
  if (check.expect_body)
    conds.push(
      `[[ $body == *${quote(check.expect_body)}* ]] || why=${quote(`${check.path} body lacks ${check.expect_body}`)}`,
    );
  if (check.expect_version)
    conds.push(
      // In braces: skipped whole once $why is set (a bare `[[ ]]` after it met an unset $sf_re under `set -u`).
      `{ sf_re=${quote(versionPattern(version, check.expect_version))}; [[ $body =~ $sf_re ]] || ` +
        `why=${quote(`${check.path} does not report version ${reportedVersion(check.expect_version, version)}`)}; }`,
    );
  // The first that fails names the fault: a slot that did not answer (000) also lacks the body.
  return conds.join('; [ -n "$why" ] || ');
}

/** Bash: "$code" was "<status> <curl's exit status>"; apart, into $code and $rc. */
const SPLIT_CODE = `rc=\${code#* }; code=\${code%% *}`;

/**
 * Bash, one line a check, each skipped once $why is set. Adjacent http checks that reach the slot the same way share
 * one curl (curl's start costs 20-30 ms in a container, more than the requests): each answer ends with a marker
 * line holding its status, and builtins take them apart in order.
 */
export function checkLines(inst: Instance, checks: readonly HealthCheck[], slot: Slot, version: string): string[] {
  const requests = checks.map((c) => (c.type === 'http' ? httpRequest(inst, c, slot) : undefined));
  const lines: string[] = [];
  for (let i = 0; i < checks.length;) {
    const req = requests[i];
    let n = 1;
    while (req && requests[i + n]?.args === req.args) n++;
    if (!req || n === 1) {
      lines.push(`[ -n "$why" ] || { ${checkScript(inst, checks[i]!, slot, version)}; }`);
    } else {
      const urls = requests.slice(i, i + n).map((r) => r!.url);
      // The marker is made at random when the script runs: no answer can hold it.
      lines.push(
        `[ -n "$why" ] || { sf_m="@sf$RANDOM$RANDOM$RANDOM"; ` +
          `sf_all=$(curl -s -w "\\n$sf_m %{http_code} %{exitcode}\\n" ${req.args} ${urls.join(' ')} || true); }`,
      );
      for (const [k, c] of checks.slice(i, i + n).entries())
        lines.push(
          `[ -n "$why" ] || { body=\${sf_all%%$'\\n'"$sf_m "*}; sf_all=\${sf_all#*$'\\n'"$sf_m "}; ` +
            `code=\${sf_all%%$'\\n'*}; sf_all=\${sf_all#*$'\\n'}; ${SPLIT_CODE}; ` +
            `${httpConditions(c, requests[i + k]!, version)}; }`,
        );
    }
    i += n;
  }
  return lines;
}

/** One check as a bash condition that sets $why when it fails. Runs on the host against one slot. */
function checkScript(inst: Instance, check: HealthCheck, slot: Slot, version: string): string {
  const l = layout(inst.id);
  const t = Math.max(1, Math.ceil(checkTimeout(check)));
  switch (check.type) {
    case 'http': {
      // The body and the status in one word, then apart by builtins: no file to make and remove, no grep to start.
      const req = httpRequest(inst, check, slot);
      return (
        `out=$(curl -s -w '\\n%{http_code} %{exitcode}' ${req.args} ${req.url} || true); ` +
        `code=\${out##*$'\\n'}; body=\${out%$'\\n'*}; ${SPLIT_CODE}; ${httpConditions(check, req, version)}`
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
