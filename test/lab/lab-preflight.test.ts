import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { joinedRegex } from '../regex.js';

// What the lab says when it cannot run: one line that says what to do, exit 1, nothing created.
const CLI = join(process.cwd(), 'bin/slotflip.js');
const mounts: string[] = [];

afterAll(() => {
  for (const m of mounts) spawnSync('umount', [m]);
});

describe('lab up refuses clearly', () => {
  it('when not root', () => {
    const r = spawnSync(process.execPath, [CLI, 'lab', 'up'], {
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      cwd: tempDir(),
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'slotflip lab: the lab needs root (it creates containers, a bridge and id maps). Run it as root, e.g. ' +
        '`sudo npx slotflip lab up`\n',
    );
  });

  it('when the disk is too small, before building anything', () => {
    const small = tempDir();
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', small]);
    expect(mount.status, 'mounting a 16 MB tmpfs needs root').toBe(0);
    mounts.push(small);
    const r = spawnSync(process.execPath, [CLI, 'lab', 'up'], {
      encoding: 'utf8',
      env: { ...process.env, SLOTFLIP_LAB_CACHE: join(small, 'cache') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      joinedRegex(
        /^slotflip lab: only 0\.0 GiB free under .*\/cache; the lab needs 3 GiB\. /,
        /Free some space, or point SLOTFLIP_LAB_CACHE and SLOTFLIP_LAB_PATH at a larger disk\n$/,
      ),
    );
  });

  it('on a bad --count', () => {
    const r = spawnSync(process.execPath, [CLI, 'lab', 'up', '--count', '9'], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([1, 'slotflip lab: --count must be 1 to 5\n']);
  });
});
