import { HEARTBEAT_MS, LEASE_SECONDS, LOCKED_EXIT, refreshLock } from '../host/lock.js';
import type { Transport } from '../transport/transport.js';

/**
 * Renews the run's lease every HEARTBEAT_MS on the run's own connection while a step runs, so a long step keeps the
 * lock while the engine lives, and a killed engine loses it within LEASE_SECONDS. If the host says the lock is now
 * someone else's, `onLost` is called once (the engine cancels the run: two runs must never act at once).
 */
export function startHeartbeat(
  transport: Transport,
  lock: string,
  owner: { run: string; owner: string },
  onLost: (why: string) => void,
): () => void {
  const script = refreshLock(lock, { ...owner, leaseSeconds: LEASE_SECONDS });
  let lost = false;
  const timer = setInterval(() => {
    void transport.script(script, { timeoutMs: HEARTBEAT_MS }).then(
      (r) => {
        if (r.code === LOCKED_EXIT && !lost) {
          lost = true;
          onLost(r.stderr.trim());
        }
      },
      () => undefined,
    );
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}
