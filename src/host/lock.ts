import type { HostGuard } from '../shell/state.js';
import { quote } from '../shell/quote.js';
import type { Op } from '../shell/ops.js';
import { NOW_SECONDS } from '../shell/builtins.js';

// A lease lock on the host: `mkdir` is atomic, so two runs can never both take it (the seed's check-then-write lock
// could). The owner file says who, since when and until when. The lease is short and a live engine renews it (each
// step and a heartbeat), so a run killed with SIGKILL holds the lock for at most LEASE_SECONDS plus whatever its last
// step still does on the host: an expired lease is taken over only once no step shell of that run is alive (or the
// step is past its own time limit, when it is stopped first), and the takeover is reported.
export const LOCKED_EXIT = 75;
/** The host changed between reading its state and taking the lock (another run finished meanwhile): plan again. */
export const STALE_EXIT = 76;
export const LEASE_SECONDS = 30;
export const HEARTBEAT_MS = 10_000;

export interface LockOwner {
  run: string;
  owner: string;
  leaseSeconds: number;
}

export interface LockPaths {
  lock: string;
  /** Where step shells write `.pid-<run>-<step>` files ("pid deadline"). */
  root: string;
}

/**
 * The session that holds the lock: the SSH runner a step runs in (transport/ssh-runner.ts exports its pid as
 * SLOTFLIP_RUNNER), with its start time so a reused pid is not mistaken for it. The runner lives exactly as long as
 * the run's connection and its current step: when both are gone, the lock is free at once, without waiting out the
 * lease. A script run outside a runner (the heartbeat over its own channel, a container reached with pct) keeps what
 * the owner file says; with no session at all, the lease alone decides.
 */
function sessionOf(L: string): string {
  // The 22nd field of /proc/PID/stat, read by a builtin (every step renews the lock with it): the same field that
  // sessionGone() cuts, the runner's command name (bash) holding no space.
  return (
    `if [ -n "\${SLOTFLIP_RUNNER:-}" ]; then sf_stat=(); { read -r -a sf_stat < "/proc/$SLOTFLIP_RUNNER/stat"; } ` +
    (`2>/dev/null || true; sf_session="$SLOTFLIP_RUNNER:\${sf_stat[21]:-}"; else sf_session=$(sed -n ` +
      `'s/.*"session":"\\([0-9]*:[0-9]*\\)".*/\\1/p' ${L}/owner 2>/dev/null || true); fi`)
  );
}

/** Bash: the owner file's one line of JSON in `$sf_owner` ('' when there is none), read by a builtin. */
export function readOwner(quotedLock: string): string {
  return `sf_owner=''; { read -r sf_owner < ${quotedLock}/owner; } 2>/dev/null || true`;
}

/**
 * Sets `gone=1` when the lock's owner recorded a session and that process no longer runs (its pid is free, or taken
 * by a process started at another time). Shared with the probe (host/probe.ts), which reports it. Leaves the owner
 * file's line in `$sf_owner`. Builtins only: the helper a run leaves in the background asks four times a second.
 */
export function sessionGone(quotedLock: string): string {
  return (
    `${readOwner(quotedLock)}; gone=''; sf_re='"session":"([0-9]*):([0-9]*)"'; if [[ $sf_owner =~ $sf_re ]]; then ` +
    (`spid=\${BASH_REMATCH[1]} sstart=\${BASH_REMATCH[2]} sf_stat=(); { read -r -a sf_stat < "/proc/$spid/stat"; } ` +
      `2>/dev/null || true; [ "\${sf_stat[21]:-}" = "$sstart" ] || gone=1; fi`)
  );
}

/**
 * Bash: `sf_run_holds_lock` succeeds while `run` holds the lock and lives (its session runs, its lease is current), by
 * the same rules a takeover reads. A helper a run leaves in the background checks it, so that it ends with the run
 * however the run ends: a failed step, a killed process, a lost connection.
 */
export function runHoldsLock(lock: string, run: string): string {
  const L = quote(lock);
  return `sf_run_holds_lock() {
  local gone spid sstart sf_owner sf_stat sf_re expires=''
  ${sessionGone(L)}
  [[ $sf_owner == *${quote(`"run":${JSON.stringify(run)}`)}* ]] || return 1
  [ -z "$gone" ] || return 1
  sf_re='"expires":([0-9]+)'; [[ ! $sf_owner =~ $sf_re ]] || expires=\${BASH_REMATCH[1]}
  [ -z "$expires" ] || [ "$expires" -ge "${NOW_SECONDS}" ]
}`;
}

function ownerJson(o: LockOwner): string {
  return (
    `printf '{"run":%s,"owner":%s,"started":%s,"expires":%s,"session":"%s"}\\n' ` +
    (`${quote(JSON.stringify(o.run))} ${quote(JSON.stringify(o.owner))} "$now" "$((now + ${o.leaseSeconds}))" ` +
      `"\${sf_session:-}"`)
  );
}

/**
 * Bash: takes the lock only when no run holds it (the `mkdir` alone, no takeover) and sets `sf_took=1`. A rollback
 * sends it with its host read, so the state it plans from is read under its own lock: no guard, and no lock step.
 */
export function tryLock(p: LockPaths, o: LockOwner): string {
  const L = quote(p.lock);
  return `sf_took=''; now=${NOW_SECONDS}; ${sessionOf(L)}
if mkdir ${L} 2>/dev/null; then if ${ownerJson(o)} > ${L}/owner; then sf_took=1; else rm -rf ${L}; fi; fi`;
}

/** Succeeds when a step shell of `$holder_run` is still alive within its time limit; stops one that outlived it. */
function holderBusy(root: string): string {
  return `sf_holder_busy() {
  local f p deadline busy=1
  for f in ${quote(root)}/.pid-"$1"-*; do
    [ -e "$f" ] || continue
    read -r p deadline < "$f" || continue
    kill -0 "$p" 2>/dev/null || continue
    if [ "\${deadline:-0}" -gt "$now" ]; then busy=0
    else pkill -TERM -P "$p" 2>/dev/null; kill -TERM "$p" 2>/dev/null; busy=0; fi
  done
  return $busy
}`;
}

/**
 * Takes the lock. `fingerprint`, when given, is a shell command printing the host state's fingerprint and `expect`
 * the value the plan was built from: if they differ, the lock is given back and the step exits STALE_EXIT.
 */
export function acquireLock(p: LockPaths, o: LockOwner, guard?: HostGuard): Op {
  const L = quote(p.lock);
  return {
    kind: 'sh',
    note: `take the lease lock (${o.leaseSeconds} s lease, renewed while the run lives)`,
    text: `now=${NOW_SECONDS}
${sessionOf(L)}
${holderBusy(p.root)}
if ! mkdir ${L} 2>/dev/null; then
  # Takeovers are serialized by a second mkdir: without it, a run that read the expired owner could move away the
  # lock another run had just taken over, and both would hold it. A takeover lasts milliseconds, so a mutex older
  # than 10 s was left by a shell killed in the middle of one. A run waits for a takeover in progress, then looks again.
  T=${L}.takeover
  [ $((now - $(stat -c %Y "$T" 2>/dev/null || echo "$now"))) -gt 10 ] && rmdir "$T" 2>/dev/null
  took='' got=''
  for _ in $(seq 30); do mkdir "$T" 2>/dev/null && got=1 && break; sleep 0.1; done
  if [ -n "$got" ]; then
    expires=$(sed -n 's/.*"expires":\\([0-9]*\\).*/\\1/p' ${L}/owner 2>/dev/null || true)
    holder=$(cat ${L}/owner 2>/dev/null || echo '{}')
    holder_run=$(sed -n 's/^{"run":"\\([^"]*\\)".*/\\1/p' ${L}/owner 2>/dev/null || true)
    # The holder's session (its SSH runner) is gone: its connection closed and no step of it runs there any more.
    ${sessionGone(L)}
    if { [ -n "$gone" ] || { [ -n "$expires" ] && [ "$expires" -lt "$now" ]; }; } &&
      ! sf_holder_busy "$holder_run" && mv ${L} ${L}.expired-$$ 2>/dev/null; then
      mkdir ${L} 2>/dev/null && took=1
      rm -rf ${L}.expired-$$
    fi
    [ -n "$took" ] && ${ownerJson(o)} > ${L}/owner
    rmdir "$T"
  fi
  if [ -n "$took" ]; then
    if [ -n "$gone" ]; then echo "SLOTFLIP_EVENT took over the lock of a run whose connection had closed: $holder"
    else echo "SLOTFLIP_EVENT took over an expired lock: $holder"; fi
  else
    # The holder's owner file is written just after its mkdir: wait a moment so the message names who holds it now.
    for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s ${L}/owner ] && break; sleep 0.1; done
    echo "locked by $(cat ${L}/owner 2>/dev/null || echo '{}')" >&2
    exit ${LOCKED_EXIT}
  fi
fi
${ownerJson(o)} > ${L}/owner${
      guard
        ? `
if [ "$(${guard.fingerprint})" != ${quote(guard.expect)} ]; then
  rm -rf ${L}
  echo "the host changed since this run read its state (another run finished meanwhile)" >&2
  exit ${STALE_EXIT}
fi`
        : ''
    }`,
  };
}

/** Renews our lease (every step, and the engine's heartbeat). A run that lost its lock stops at once. */
export function refreshLock(lock: string, o: LockOwner): string {
  const L = quote(lock);
  // Read by builtins: the owner file is one line of JSON.
  return `sf_owner=''; { read -r sf_owner < ${L}/owner; } 2>/dev/null || true
if [[ $sf_owner == *${quote(`"run":${JSON.stringify(o.run)}`)}* ]]; then
  now=${NOW_SECONDS}; ${sessionOf(L)}
  ${ownerJson(o)} > ${L}/owner.tmp.$$ && mv -f ${L}/owner.tmp.$$ ${L}/owner
elif [ -d ${L} ]; then echo "this run lost its lock to $(cat ${L}/owner 2>/dev/null)" >&2; exit ${LOCKED_EXIT}; fi`;
}

export function releaseLock(lock: string, run: string): Op & { kind: 'sh' } {
  const L = quote(lock);
  return {
    kind: 'sh',
    note: 'release the lock if it is ours',
    text: `if grep -qF ${quote(`"run":${JSON.stringify(run)}`)} ${L}/owner 2>/dev/null; then rm -rf ${L}; fi`,
  };
}
