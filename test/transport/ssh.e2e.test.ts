import { describe, expect, it } from 'vitest';
import { attach } from '../../src/lab/container.js';
import { connect, labTarget } from '../e2e/lab.js';
import { LAB_N } from '../e2e/pool.js';

// The SSH transport when its connection dies under a running script (sshd's session killed on the lab container, as a
// dropped network or a restarted sshd would): the script's result says the connection was lost, quickly, instead of
// an exit code that would read as the script's own; later scripts say the same without trying. The engine turns it
// into exit 3 (engine/run.ts), and the fault benchmark drops a deploy's connection mid-gate the same way.

/** The pid of the sshd process serving this very session: walk up from the shell to the child of sshd's listener. */
const OWN_SESSION =
  'l=$(cat /run/sshd.pid); p=$$; while [ "$p" -gt 1 ]; do q=$(ps -o ppid= -p "$p" | tr -d " "); [ "$q" = ' +
  '"$l" ] && { echo "$p"; exit 0; }; p=$q; done; exit 1';

describe('SSH transport', () => {
  it('reports a connection lost mid-script as lost, within a second, and every later script too', async () => {
    const ssh = await connect(labTarget());
    try {
      const session = (await ssh.script(OWN_SESSION)).stdout.trim();
      expect(session).toMatch(/^\d+$/);
      const running = ssh.script('sleep 20; echo finished');
      await new Promise((r) => setTimeout(r, 500));
      const killedAt = Date.now();
      await attach(LAB_N).script(`kill -KILL ${session}`);
      const r = await running;
      expect(Date.now() - killedAt).toBeLessThan(1000);
      expect(r).toMatchObject({ code: 255, lost: true });
      expect(r.stderr).toMatch(/^the SSH connection to root@[\d.]+:22 was lost$/);
      expect(await ssh.script('true')).toMatchObject({ lost: true });
    } finally {
      await ssh.close();
    }
  });
});
