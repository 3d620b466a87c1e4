import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quote } from '../../src/shell/quote.js';
import type { SshTransport } from '../../src/transport/ssh.js';
import { connect, labTarget } from '../e2e/lab.js';
import { shippedExamples } from './examples.js';

// `nginx -t` with real nginx, in a lab container (Debian's nginx, as on the hosts), on the site every shipped example
// renders. The files a site names and that exist only on a deployed host (its certificate, a TCP component's upstream
// include, its access log) are put in place for the check and removed again; nothing of the lab's own sites changes.

let ssh: SshTransport;
beforeAll(async () => {
  ssh = await connect(labTarget());
});
afterAll(() => ssh?.close());

const DIR = '/tmp/slotflip-nginx-check';

/** nginx -t on one site file; prints "rc" and nginx's output. */
function checkScript(site: string): string {
  const paths = (re: RegExp) => [...site.matchAll(re)].map((m) => m[1]!);
  const certs = paths(/^\s*ssl_certificate (\S+);/gm);
  const keys = paths(/^\s*ssl_certificate_key (\S+);/gm);
  const includes = paths(/^\s*include (\S+);/gm);
  const logs = paths(/^\s*access_log (\S+)/gm);
  return `set -u
d=${DIR}; rm -rf "$d"; mkdir -p "$d"; made=(); dirs=()
cleanup() {
  for f in "\${made[@]}"; do rm -f -- "$f"; done
  for x in "\${dirs[@]}"; do rmdir -p --ignore-fail-on-non-empty "$x" 2>/dev/null || true; done
  rm -rf "$d"
}
trap cleanup EXIT
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=check -days 1 -keyout "$d/key.pem" -out "$d/cert.pem" 2>/dev/null
printf 'server 127.0.0.1:1;\\n' > "$d/upstream"
place() {
  [ -e "$1" ] && return 0
  [ -d "$(dirname "$1")" ] || dirs+=("$(dirname "$1")")
  mkdir -p "$(dirname "$1")"; cp "$2" "$1"; made+=("$1")
}
${certs.map((c) => `place ${quote(c)} "$d/cert.pem"`).join('\n')}
${keys.map((k) => `place ${quote(k)} "$d/key.pem"`).join('\n')}
${includes.map((i) => `place ${quote(i)} "$d/upstream"`).join('\n')}
${logs.map((l) => `[ -e ${quote(l)} ] || made+=(${quote(l)})`).join('\n')}
printf '%s' ${quote(site)} > "$d/site.conf"
printf 'pid %s/nginx.pid;\\nerror_log %s/error.log;\\nevents {}\\nhttp { include %s/site.conf; }\\n' "$d" "$d" "$d" \
  > "$d/nginx.conf"
out=$(nginx -t -c "$d/nginx.conf" 2>&1); rc=$?
echo "rc=$rc"; printf '%s\\n' "$out"`;
}

async function nginxT(site: string): Promise<{ rc: string; out: string }> {
  const r = await ssh.script(checkScript(site));
  const rc = /rc=(\d+)/.exec(r.stdout)?.[1] ?? `script failed: ${r.stderr}`;
  return { rc, out: r.stdout };
}

describe('every rendered nginx site', () => {
  it('passes nginx -t with real nginx', async () => {
    // One nginx per environment file, with every site of its instances at once (as on a host they share): two
    // sites that clash (a log format, a zone, a server name on one port) fail here too.
    const byFile = new Map<string, string[]>();
    for (const e of await shippedExamples()) {
      const file = e.name.split(':')[0]!;
      for (const f of e.files.filter((x) => x.path.startsWith('/etc/nginx/sites-available/')))
        byFile.set(file, [...(byFile.get(file) ?? []), f.content]);
    }
    expect(byFile.size).toBeGreaterThanOrEqual(5);
    expect(byFile.get('environments/shared-host.yaml')).toHaveLength(2);
    // What other suites left on this container stays as it is; only this check's own files must go again.
    const listing = () =>
      ssh.script(`ls ${DIR} 2>/dev/null; ls /etc/ssl/slotflip /etc/nginx/slotflip 2>/dev/null || true`);
    const before = (await listing()).stdout;
    for (const [name, sites] of byFile) {
      const site = sites.join('\n');
      const r = await nginxT(site);
      expect(`${r.rc} ${r.out}`, name).toMatch(/^0 [\s\S]*syntax is ok[\s\S]*test is successful/);
    }
    // Nothing was left behind on the container.
    expect((await listing()).stdout).toBe(before);
  });

  it('and the check itself fails on a broken site (a TLS protocol nginx does not know)', async () => {
    const prod = (await shippedExamples()).find((e) => e.name.startsWith('environments/production.yaml'))!;
    const site = prod.files
      .find((f) => f.path.startsWith('/etc/nginx/sites-available/'))!
      .content.replace('TLSv1.2 TLSv1.3', 'TLSv1.2 TLSv9');
    const r = await nginxT(site);
    expect(r.rc).not.toBe('0');
    expect(r.out).toMatch(/invalid value "TLSv9"/);
  });
});
