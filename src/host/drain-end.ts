import type { Instance } from '../config/environment.generated.js';
import type { Op } from '../shell/ops.js';
import { layout, type Slot } from '../shell/layout.js';
import { slotUnits } from './slot-units.js';
import { quote } from '../shell/quote.js';

// What the old slot still holds when its drain ends is long-lived: websockets, event streams, long polls (nginx opens
// one upstream connection per request, so no idle keep-alive connection is among them). Left alone they stay on a
// process that no longer sees what happens in the live slot (Vikunja's websocket hub lives in its process: a browser
// connected to the old slot gets no notification from the new one), and on a paused slot they hang until nginx's read
// timeout (an hour). So the drain's end closes them: the app and nginx both see the connection end, nginx closes the
// client's, and the client reconnects to the live slot (Vikunja's web app does so on close, after about a second).
//
// The sockets are the slot's own, shut down from outside the process: pidfd_getfd (Linux 5.6+) copies each connected
// socket of the unit's main process, and shutdown() ends the connection for both ends, whatever the app does next
// (even if it is paused the next moment). Connections are found by the address they were accepted on: the slot's
// socket path in /proc/net/unix (state 03, connected), or its port in /proc/net/tcp{,6} (state 01, established).
// perl-base is on every Debian (it is essential), with syscall() for the two calls no tool on a minimal system makes.
const CLOSER = String.raw`
my ($pid, $addr) = @ARGV;
my %inode;
if ($addr =~ m{^/}) {
  open my $u, '<', '/proc/net/unix' or die "/proc/net/unix: $!\n"; <$u>;
  while (<$u>) { my @f = split; $inode{$f[6]} = 1 if @f >= 8 && $f[5] eq '03' && $f[7] eq $addr }
} else {
  for my $t ('/proc/net/tcp', '/proc/net/tcp6') {
    open my $u, '<', $t or next; <$u>;
    while (<$u>) { my @f = split; $inode{$f[9]} = 1 if $f[3] eq '01' && hex((split /:/, $f[1])[-1]) == $addr }
  }
}
my $n = 0;
if (%inode) {
  my $pidfd = syscall(434, $pid + 0, 0);
  die "pidfd_open($pid): $!\n" if $pidfd < 0;
  opendir my $d, "/proc/$pid/fd" or die "/proc/$pid/fd: $!\n";
  for my $fd (grep { /^\d+$/ } readdir $d) {
    my $l = readlink("/proc/$pid/fd/$fd") // next;
    next unless $l =~ /^socket:\[(\d+)\]$/ && $inode{$1};
    my $copy = syscall(438, $pidfd + 0, $fd + 0, 0);
    next if $copy < 0;
    open my $fh, '+<&=', $copy or next;
    $n++ if shutdown($fh, 2);
    close $fh;
  }
}
print "$n\n";
`;

/** Bash: closes the connections process $pid accepted on `addr` (a unix socket path or a TCP port); prints how many. */
export const closeConnections = (pid: string, addr: string) => `perl -e ${quote(CLOSER)} ${pid} ${quote(addr)}`;

/** Bash: closes what the slot's components still hold and says how many, per component. */
export function closeLingering(inst: Instance, slot: Slot): string {
  const l = layout(inst.id);
  return Object.entries(inst.app.components)
    .flatMap(([name, c]) => {
      if (!c) return [];
      const addr =
        c.listen.type === 'tcp' ? String(slot === 'blue' ? c.listen.blue : c.listen.green) : l.socket(name, slot);
      const unit = `${l.unit(name)}${slot}`;
      return [
        `pid=$(systemctl show -p MainPID --value ${quote(unit)} 2>/dev/null || echo 0)
if [ "\${pid:-0}" != 0 ]; then
  if n=$(${closeConnections('"$pid"', addr)} 2>&1); then
    echo ${quote(unit)}": connections still open at the end of the drain: $n closed"
  else
    echo ${quote(unit)}": the connections still open at the end of the drain could not be closed ($n);" \
      "they end when the slot stops"
  fi
fi`,
      ];
    })
    .join('\n');
}

// A slot kept warm for rollback is paused with SIGSTOP, not systemd's freezer: the freezer needs the unified cgroup
// hierarchy (Proxmox has it; containers on a hybrid host, such as the lab's, do not), SIGSTOP works everywhere, and
// `systemctl stop` sends SIGCONT after the stop signal, so a paused slot still stops cleanly at the end of its window.

/**
 * The end of the drain of the slot traffic just left, as a timer on the host (the deploy does not wait): the
 * connections it still holds are closed, and an app with background jobs is paused, so that they run in the live slot
 * only. The slot stays warm for a rollback, which cancels the timer and resumes the slot.
 */
export function endDrain(inst: Instance, slot: Slot, drainSeconds: number, pause: boolean): Op {
  const timer = layout(inst.id).drainEndUnit(slot);
  const script = `${closeLingering(inst, slot)}${
    pause ? `\nsystemctl kill --signal=SIGSTOP ` + `${slotUnits(inst.id, slot, Object.keys(inst.app.components))}` : ''
  }`;
  return {
    kind: 'sh',
    note:
      `after its ${drainSeconds} s drain, close what the ${slot} slot still ` +
      `holds${pause ? ' and pause it (its background jobs stop; it stays warm for a rollback)' : ''}`,
    text: `systemctl stop ${quote(`${timer}.timer`)} 2>/dev/null || true
systemd-run --quiet --collect --timer-property=AccuracySec=1s \
  --unit=${quote(timer)} --on-active=${Math.max(1, drainSeconds)} /bin/bash -c ${quote(script)}`,
  };
}
