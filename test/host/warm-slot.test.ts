import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmSlotReady } from '../../src/host/warm-slot.js';
import { pauseProcess, tempDir } from '../helpers.js';
import { labInstance } from '../plan/fixtures.js';

// The warm slot's check as the host runs it, in a real bash: systemctl and curl are shell functions that log each
// call and answer as a slot in a given state would. The "main process" is a real one, running or stopped by SIGSTOP,
// so the check reads its state from /proc as it does on a host.

const inst = labInstance();
// The slot's own checks only (PostgreSQL and Redis are the gate's, for a slot started again).
inst.health.checks = inst.health.checks.filter((c) => c.type === 'http') as typeof inst.health.checks;
const script = (warmSlotReady(inst, 'blue', '1.0.0') as { text: string }).text;

let sleeper: ChildProcess;
beforeAll(() => {
  sleeper = spawn('sleep', ['300'], { stdio: 'ignore' });
});
afterAll(() => {
  sleeper.kill('SIGCONT');
  sleeper.kill();
});

interface Slot {
  state: 'active' | 'inactive';
  pid: number;
  /** How many of the first checks' requests fail (503) before the slot answers. */
  failFirst?: number;
}

function run(slot: Slot): { code: number; out: string; calls: string[] } {
  const dir = tempDir('warm-slot-');
  const log = join(dir, 'calls');
  writeFileSync(log, '');
  const fakes = `LOG=${log}; FAILS=${slot.failFirst ?? 0}; N=${dir}/n; echo 0 > "$N"
systemctl() {
  echo "systemctl $*" >> "$LOG"
  case "$1 \${2:-} \${3:-}" in
    'show -p ActiveState') printf 'MainPID=%s\\nActiveState=%s\\n' ${slot.pid} ${slot.state} ;;
    'show -p NRestarts') printf 'NRestarts=0\\nActiveState=%s\\n' ${slot.state} ;;
  esac
}
curl() {
  local w='' w2 url urls=() n body code
  while [ $# -gt 0 ]; do
    case $1 in -w) w=$2; shift 2 ;; --max-time | --unix-socket) shift 2 ;; -*) shift ;; *) urls+=("$1"); shift ;; esac
  done
  echo "curl \${urls[*]}" >> "$LOG"
  for url in "\${urls[@]}"; do
    read -r n < "$N"; echo $((n + 1)) > "$N"
    if [ "$n" -lt "$FAILS" ]; then body=no code=503
    else case $url in */health) body=ok ;; *) body='{"version": "1.0.0"}' ;; esac; code=200; fi
    printf '%s' "$body"; w2=\${w//'%{http_code}'/$code}; printf '%b' "\${w2//'%{exitcode}'/0}"
  done
}
`;
  const r = spawnSync('bash', ['-c', `${fakes}set -euo pipefail\n${script}`], { encoding: 'utf8', timeout: 20_000 });
  return {
    code: r.status ?? -1,
    out: `${r.stdout}${r.stderr}`,
    calls: readFileSync(log, 'utf8').trim().split('\n'),
  };
}

describe("a rollback's warm slot made ready", () => {
  it('a running slot: one systemctl show, no resume, its checks answered once', () => {
    const r = run({ state: 'active', pid: sleeper.pid! });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('the blue slot answers as release 1.0.0');
    expect(r.calls.filter((c) => c.startsWith('systemctl'))).toEqual([
      expect.stringMatching(/^systemctl stop \S*retire-blue\.timer \S*drained-blue\.timer \S*drained-blue\.service$/),
      expect.stringMatching(/^systemctl show -p ActiveState -p MainPID \S*api@blue$/),
    ]);
    // Both of the slot's http checks in one curl.
    expect(r.calls.filter((c) => c.startsWith('curl'))).toEqual([
      expect.stringMatching(/\/health \S+\/api\/v1\/info$/),
    ]);
  });

  it('a paused slot (its main process stopped) is resumed', () => {
    pauseProcess(sleeper.pid!);
    try {
      const r = run({ state: 'active', pid: sleeper.pid! });
      expect(r.code, r.out).toBe(0);
      expect(r.calls).toContain(`systemctl kill --signal=SIGCONT slotflip-${inst.id}-api@blue`);
    } finally {
      process.kill(sleeper.pid!, 'SIGCONT');
    }
  });

  it('a main process that cannot be read counts as paused', () => {
    const r = run({ state: 'active', pid: 2 ** 22 + 1 }); // above any pid_max: no such process
    expect(r.calls).toContain(`systemctl kill --signal=SIGCONT slotflip-${inst.id}-api@blue`);
  });

  it('checks that failed beside systemctl run again once the slot is known to run', () => {
    const r = run({ state: 'active', pid: sleeper.pid!, failFirst: 1 });
    expect(r.code, r.out).toBe(0);
    expect(r.calls.filter((c) => c.startsWith('curl'))).toHaveLength(2);
  });

  it('a slot that does not answer fails the step before traffic moves', () => {
    const r = run({ state: 'active', pid: sleeper.pid!, failFirst: 99 });
    expect(r.code).toBe(10);
    expect(r.out).toContain('gate: failed: /health answered 503');
  });

  it('a slot retired in the moment before is started again and gated', () => {
    const r = run({ state: 'inactive', pid: 0 });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('SLOTFLIP_EVENT the blue slot had just been retired: started it again');
    expect(r.calls).toContain(`systemctl start slotflip-${inst.id}-api@blue`);
    expect(r.out).toContain('gate: every check passed');
  });
});
