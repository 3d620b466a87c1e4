import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpersFor } from '../../src/plan/compile.js';
import { RELOAD_NGINX } from '../../src/host/nginx-reload.js';
import type { SshTransport } from '../../src/transport/ssh.js';
import { connect, labTarget } from '../e2e/lab.js';

// Real nginx in a lab container: a site file rewritten and reloaded as a step reloads it, then asked at once.
// With `systemctl reload nginx` alone, 15 of 30 such requests were answered by the configuration before the reload.

let ssh: SshTransport;
beforeAll(async () => {
  ssh = await connect(labTarget());
});
afterAll(() => ssh?.close());

const SITE = '/etc/nginx/sites-enabled/zz-slotflip-reload-check';
const PORT = 18999;

/** A script that writes a site answering `word` on PORT (and listening on `extra` too) before running `body`. */
function script(body: string): string {
  const [definition] = helpersFor([RELOAD_NGINX]);
  return `set -euo pipefail
${definition}
site=${SITE}
trap 'rm -f "$site"; nginx -t -q && systemctl reload nginx' EXIT
mk() {
  printf 'server { listen 127.0.0.1:${PORT}; location / { return 200 "%s\\\\n"; } }\\n' "$1" > "$site"
  if [ -n "\${2:-}" ]; then printf 'server { listen 127.0.0.1:%s; }\\n' "$2" >> "$site"; fi
}
ask() { curl -s --max-time 2 http://127.0.0.1:${PORT}/ || echo "(no answer)"; }
${body}`;
}

describe('sf_nginx_reload', () => {
  it('returns once every new connection gets the new configuration', async () => {
    const r = await ssh.script(
      script(`for i in $(seq 20); do
  mk "v$i"; nginx -t -q && ${RELOAD_NGINX}
  got=$(ask); [ "$got" = "v$i" ] || echo "asked after reload $i, answered by: $got"
done
echo checked`),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('checked');
  });

  it("fails with nginx's reason when nginx refuses what nginx -t accepted; the old site keeps serving", async () => {
    // PostgreSQL holds 127.0.0.1:5432 in every lab container: nginx -t does not bind, the reload's master cannot.
    const r = await ssh.script(
      script(`mk before; nginx -t -q && ${RELOAD_NGINX}
mk after 5432; nginx -t -q && echo "nginx -t accepts it"
rc=0; ${RELOAD_NGINX} || rc=$?
echo "rc=$rc"; echo "serving: $(ask)"`),
    );
    expect(r.stdout).toContain('nginx -t accepts it');
    expect(r.stdout).toContain('rc=1');
    expect(r.stdout).toContain('serving: before');
    expect(r.stderr).toContain('nginx kept its old configuration 5 s after its reload');
    expect(r.stderr).toMatch(/\[emerg\].*bind\(\) to 127\.0\.0\.1:5432 failed/);
  });
});
