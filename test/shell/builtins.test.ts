import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { procState } from '../../src/shell/builtins.js';
import { pauseProcess, tempDir } from '../helpers.js';

// procState in a real bash, against real processes.

const stateOf = (pid: number | string) =>
  spawnSync('bash', ['-c', `set -euo pipefail; ${procState('st', String(pid))}; printf '%s' "$st"`], {
    encoding: 'utf8',
  }).stdout;

describe('procState', () => {
  it("reads the state after a command name that holds ') T ', sleeping then paused", () => {
    // The command name is the executable's: a copy of sleep named so that the first ") " would read as paused.
    const exe = join(tempDir('proc-state-'), 'x) T y');
    copyFileSync('/bin/sleep', exe);
    const child = spawn(exe, ['300'], { stdio: 'ignore' });
    try {
      for (let i = 0; i < 100 && stateOf(child.pid!) !== 'S'; i++) spawnSync('sleep', ['0.01']);
      expect(stateOf(child.pid!)).toBe('S');
      pauseProcess(child.pid!);
      expect(stateOf(child.pid!)).toBe('T');
    } finally {
      child.kill('SIGCONT');
      child.kill();
    }
  });

  it('is empty for a process that is not there', () => {
    expect(stateOf(0)).toBe('');
  });
});
