import { randomBytes } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { SlotflipError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { layout } from '../shell/layout.js';
import type { Instance } from '../config/environment.generated.js';
import { fingerprintCommand, probeScript } from '../host/probe.js';
import { LEASE_SECONDS, releaseLock, tryLock } from '../host/lock.js';
import { parseProbe, type HostProbe } from '../facts/probe.js';
import { recover, type Recovery } from '../facts/recover.js';
import { parseState, type HostState, type HostGuard } from '../shell/state.js';
import type { Transport } from '../transport/transport.js';

// What every command that changes a host needs: a run id, who runs it, and what the host's state is.

export function newRunId(now = new Date()): string {
  return `${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${randomBytes(2).toString('hex')}`;
}

export function owner(): string {
  const e = process.env;
  if (e.GITHUB_RUN_ID && e.GITHUB_REPOSITORY)
    return `${e.GITHUB_SERVER_URL ?? 'https://github.com'}/${e.GITHUB_REPOSITORY}/actions/runs/${e.GITHUB_RUN_ID}`;
  return `${userInfo().username}@${hostname()}`;
}

const readFailed = (stderr: string) =>
  new SlotflipError(
    'connect',
    `reading the host's state failed: ${stderr.trim()}`,
    'Check the target',
    ExitCode.connection,
  );

export async function readState(transport: Transport, instance: string): Promise<HostState> {
  const r = await transport.script(`cat ${layout(instance).state} 2>/dev/null || echo null`);
  if (r.code !== 0) throw readFailed(r.stderr);
  return parseState(r.stdout, instance);
}

/** Who takes the lock with the host read (a rollback): the run and its owner. */
export interface LockTaker {
  run: string;
  owner: string;
}

/**
 * The state a plan is built from: what state.json says, reconciled with what a killed run left (host/recover.ts).
 * With `take`, the same round trip takes the lock when it is free (`lockTaken`): the state was then read under it.
 */
export async function readHost(
  transport: Transport,
  inst: Instance,
  take?: LockTaker,
): Promise<{ probe: HostProbe; recovery: Recovery; guard: HostGuard; lockTaken: boolean }> {
  const lock = take ? `${tryLock(layout(inst.id), { ...take, leaseSeconds: LEASE_SECONDS })}\n` : '';
  const took = take ? `\nprintf '\\n@took\\n'; [ -z "$sf_took" ] || echo yes` : '';
  const r = await transport.script(`${lock}${probeScript(inst)}${took}`, { timeoutMs: 30_000 });
  let probe: HostProbe;
  try {
    if (r.code !== 0) throw readFailed(r.stderr);
    probe = parseProbe(inst, r.stdout);
  } catch (err) {
    if (take) await releaseTakenLock(transport, inst, take.run).catch(() => undefined);
    if (err instanceof SlotflipError) throw err;
    throw new SlotflipError(
      'connect',
      `${layout(inst.id).state} on ${transport.label} is unreadable: ` +
        `${err instanceof Error ? err.message : String(err)}`,
      'Restore it from the history in the journal, or move it aside to start over',
      ExitCode.connection,
    );
  }
  const lockTaken = !!take && /\n@took\nyes\s*$/.test(r.stdout);
  // The lock the probe saw is this run's own: no other run holds it.
  if (lockTaken) probe = { ...probe, lock: null };
  return {
    probe,
    recovery: recover(probe),
    guard: { fingerprint: fingerprintCommand(inst), expect: probe.fingerprint },
    lockTaken,
  };
}

/** Gives back a lock taken with the host read when the run ends before its plan runs (refused, nothing to do). */
export async function releaseTakenLock(transport: Transport, inst: Instance, run: string): Promise<void> {
  await transport.script(releaseLock(layout(inst.id).lock, run).text, { timeoutMs: 30_000 });
}

export type Host = Awaited<ReturnType<typeof readHost>>;

/**
 * Plans are made from a host no other live run is changing: wait (up to --lock-wait) while another run holds the lock.
 */
export async function readHostWhenFree(
  transport: Transport,
  inst: Instance,
  waitUntil: number,
  waiting: (holder: string) => void,
  take?: LockTaker,
): Promise<Host> {
  let said = '';
  for (;;) {
    const host = await readHost(transport, inst, take);
    if (host.lockTaken) return host;
    const lock = host.probe.lock;
    const watched = !!lock && host.probe.watching;
    if (!lock || ((lock.expires < host.probe.now || lock.sessionGone) && !watched) || Date.now() >= waitUntil)
      return host;
    if (said !== lock.run)
      waiting(
        watched
          ? `the host observes the flip of run ${lock.run} (${lock.owner}); it finishes the deploy or flips ` +
              `back, then frees the lock`
          : `${lock.owner} (run ${lock.run}; its lease is renewed while it lives)`,
      );
    said = lock.run;
    await new Promise((r) => setTimeout(r, 2000));
  }
}
