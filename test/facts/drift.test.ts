import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDrift } from '../../src/facts/drift.js';
import { driftScript } from '../../src/host/drift.js';
import { emptyState } from '../../src/shell/state.js';
import { tempDir } from '../helpers.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('drift: what was edited on the host since slotflip rendered it', () => {
  it('reports changed and removed files, and only those, a name with a space too', () => {
    const dir = tempDir();
    const [same, changed, removed, spaced] = ['a.conf', 'b.conf', 'c.conf', 'with space.conf'].map((f) => join(dir, f));
    writeFileSync(same!, 'a\n');
    writeFileSync(changed!, 'edited by hand\n');
    writeFileSync(spaced!, 'also edited\n');
    const state = {
      ...emptyState('x'),
      rendered: { [same!]: sha('a\n'), [changed!]: sha('b\n'), [removed!]: sha('c\n'), [spaced!]: sha('d\n') },
    };
    const run = spawnSync('bash', ['-c', driftScript(state)!], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status, run.stderr).toBe(0);
    expect(parseDrift(state, run.stdout)).toEqual([
      `${changed} was changed on the host since slotflip rendered it`,
      `${removed} was removed from the host`,
      `${spaced} was changed on the host since slotflip rendered it`,
    ]);
  });

  it('has nothing to ask when nothing was rendered', () => {
    expect(driftScript(emptyState('x'))).toBeUndefined();
  });
});
