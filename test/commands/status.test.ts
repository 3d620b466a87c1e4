import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../src/facts/status.js';
import { statusScript } from '../../src/host/status.js';
import { labInstance } from '../plan/fixtures.js';

// status's script runs for real here, against a stand-in systemctl that answers as systemd does for a unit that
// runs and one that is stopped (MemoryCurrent "[not set]", no start time): each field must stay one word.
const SYSTEMCTL = `#!/bin/sh
unit=""; for a in "$@"; do unit="$a"; done
case "$*" in
  *ActiveState*) case "$unit" in *blue) echo active ;; *) echo inactive ;; esac ;;
  *ActiveEnterTimestamp*) case "$unit" in *blue) echo 'Sat 2026-12-05 06:00:00 UTC' ;; *) echo '' ;; esac ;;
  *MemoryCurrent*) case "$unit" in *blue) echo 52428800 ;; *) echo '[not set]' ;; esac ;;
esac
`;

describe('status', () => {
  it('reads a stopped slot as stopped, with no memory and no health (not "set]")', () => {
    const bin = mkdtempSync(join(tmpdir(), 'slotflip-status-'));
    writeFileSync(join(bin, 'systemctl'), SYSTEMCTL);
    chmodSync(join(bin, 'systemctl'), 0o755);
    // curl finds no socket here: every probe answers 000.
    const inst = labInstance();
    const r = spawnSync('bash', ['-c', statusScript(inst)], {
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env.PATH}` },
    });
    const s = parseStatus(inst, r.stdout, Date.parse('2026-12-05T06:10:00Z') / 1000);
    const green = s.components.find((c) => c.slot === 'green')!;
    const blue = s.components.find((c) => c.slot === 'blue')!;
    expect(green).toMatchObject({ state: 'inactive', memoryBytes: null, health: '-', upSeconds: null });
    expect(blue).toMatchObject({ state: 'active', memoryBytes: 52428800, health: '-', upSeconds: 600 });
  });
});
