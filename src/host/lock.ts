import { quote } from './shell.js';
import type { Op } from '../plan/types.js';

// A lease lock on the host: `mkdir` is atomic, so two runs can never both take it (the seed's check-then-write lock
// could). The owner file says who, since when and until when; an expired lease is taken over with an atomic rename
// (only one taker wins it), and the takeover is reported. Exit 75 means "locked by someone else".
export const LOCKED_EXIT = 75;

export interface LockOwner {
  run: string;
  owner: string;
  leaseSeconds: number;
}

function ownerJson(o: LockOwner): string {
  return `printf '{"run":%s,"owner":%s,"started":%s,"expires":%s}\\n' ${quote(JSON.stringify(o.run))} ${quote(JSON.stringify(o.owner))} "$now" "$((now + ${o.leaseSeconds}))"`;
}

export function acquireLock(lock: string, o: LockOwner): Op {
  const L = quote(lock);
  return {
    kind: 'sh',
    note: `take the lease lock for ${o.leaseSeconds} s`,
    text: `now=$(date +%s)
if ! mkdir ${L} 2>/dev/null; then
  expires=$(sed -n 's/.*"expires":\\([0-9]*\\).*/\\1/p' ${L}/owner 2>/dev/null || true)
  holder=$(cat ${L}/owner 2>/dev/null || echo '{}')
  if [ -n "$expires" ] && [ "$expires" -lt "$now" ] && mv ${L} ${L}.expired-$$ 2>/dev/null && mkdir ${L} 2>/dev/null; then
    rm -rf ${L}.expired-$$
    echo "SLOTFLIP_EVENT took over an expired lock: $holder"
  else
    echo "locked by $holder" >&2
    exit ${LOCKED_EXIT}
  fi
fi
${ownerJson(o)} > ${L}/owner`,
  };
}

/** Extends our lease (run at every step), so a long deploy never loses its lock while alive. */
export function refreshLock(lock: string, o: LockOwner): string {
  const L = quote(lock);
  return `if grep -qF ${quote(`"run":${JSON.stringify(o.run)}`)} ${L}/owner 2>/dev/null; then now=$(date +%s); ${ownerJson(o)} > ${L}/owner.tmp && mv -f ${L}/owner.tmp ${L}/owner; fi`;
}

export function releaseLock(lock: string, run: string): Op {
  const L = quote(lock);
  return { kind: 'sh', note: 'release the lock if it is ours', text: `if grep -qF ${quote(`"run":${JSON.stringify(run)}`)} ${L}/owner 2>/dev/null; then rm -rf ${L}; fi` };
}
