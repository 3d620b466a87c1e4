import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listLocal, putLocal } from '../../src/backup/local-store.js';
import { parseManifest, type BackupManifest } from '../../src/backup/manifest.js';
import { tempDir } from '../helpers.js';

const manifest = (id: string, created: string, instance = 'app'): BackupManifest => ({
  format: 1,
  id,
  instance,
  release: '1.0.0-x',
  recipients: ['age1x'],
  made_by: {},
  schema: '',
  created,
  sizes: {},
  tools: '',
  encrypted: { sha256: 'a'.repeat(64), bytes: 3 },
});

function backupFiles(m: BackupManifest) {
  const dir = tempDir('src-');
  writeFileSync(join(dir, 'a'), `archive ${m.id}`);
  writeFileSync(join(dir, 'm'), JSON.stringify(m));
  return { manifest: m, archive: join(dir, 'a'), manifestFile: join(dir, 'm') };
}

describe('local store', () => {
  it('copies archive and manifest, lists newest first per instance, and keeps the newest N', async () => {
    const dir = join(tempDir(), 'nas', 'backups');
    for (const [id, at] of [
      ['app-1', '2026-11-01T00:00:00Z'],
      ['app-3', '2026-11-03T00:00:00Z'],
      ['app-2', '2026-11-02T00:00:00Z'],
    ] as const)
      await putLocal(dir, backupFiles(manifest(id, at)), 5);
    await putLocal(dir, backupFiles(manifest('other-1', '2026-11-04T00:00:00Z', 'other')), 5);
    writeFileSync(join(dir, 'stray.manifest.json'), '{not json');
    expect((await listLocal(dir, 'app')).map((m) => m.id)).toEqual(['app-3', 'app-2', 'app-1']);
    expect(readFileSync(join(dir, 'app-2.tar.age'), 'utf8')).toBe('archive app-2');
    const removed = await putLocal(dir, backupFiles(manifest('app-4', '2026-11-05T00:00:00Z')), 2);
    expect(removed).toEqual(['app-2', 'app-1']);
    expect(
      readdirSync(dir)
        .filter((n) => n.startsWith('app-'))
        .sort(),
    ).toEqual(['app-3.manifest.json', 'app-3.tar.age', 'app-4.manifest.json', 'app-4.tar.age']);
    expect(readdirSync(dir).some((n) => n.endsWith('.partial'))).toBe(false);
  });

  it('a missing directory holds no backups', async () => {
    // A manifest needs its encrypted hash unless it is the sealed one.
    expect(await listLocal('/nonexistent/slotflip', 'app')).toEqual([]);
    const { encrypted: _, ...sealed } = manifest('app-1', 'x');
    expect(parseManifest(JSON.stringify(sealed))).toBeUndefined();
    expect(parseManifest(JSON.stringify(sealed), true)?.id).toBe('app-1');
    expect(parseManifest(JSON.stringify({ ...manifest('../etc', 'x') }))).toBeUndefined();
  });
});
