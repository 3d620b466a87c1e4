import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every runnable benchmark answers --help with its usage and exits 0 at once, touching nothing: before, `--help` was
// ignored and `bench/fleet.ts --help` ran the whole benchmark against the lab.
const RUNNABLE = readdirSync('bench').filter(
  (f) =>
    /\.(ts|mjs)$/.test(f) &&
    !['help.ts', 'baselines.ts', 'ledger.ts', 'fault-cases.ts', 'fault-episode.ts', 'fleet-apps.ts'].includes(f),
);

describe('bench scripts', () => {
  it.each(RUNNABLE)(
    '%s --help prints its usage and exits 0',
    (file) => {
      const r = spawnSync(
        file.endsWith('.mjs') ? 'node' : 'npx',
        file.endsWith('.mjs') ? [`bench/${file}`, '--help'] : ['tsx', `bench/${file}`, '--help'],
        { encoding: 'utf8', timeout: 30_000, env: { ...process.env, SLOTFLIP_LAB_PATH: '/nonexistent-slotflip-lab' } },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^usage/);
    },
    40_000,
  );
});
