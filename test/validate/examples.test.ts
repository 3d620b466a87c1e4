import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { environmentSchema } from '../../src/config/schema.js';
import { validateEnvironments } from '../../src/validate/validate.js';

describe('the shipped format', () => {
  it('examples in environments/ pass and point editors at the schema', async () => {
    const outcome = await validateEnvironments({ paths: ['environments'] });
    // Nothing but the url releases no one could pin here (the official archives are not reachable from this project's
    // machines): an operator runs `slotflip pin` before the first deploy.
    expect(outcome.findings.filter((f) => f.rule !== 'release-unpinned')).toEqual([]);
    expect(outcome.findings.map((f) => f.path)).toEqual(
      Array.from({ length: 8 }, () => expect.stringMatching(/^instances\[\d\]\.app\.release$/)),
    );
    expect(outcome.files.length).toBeGreaterThanOrEqual(2);
    for (const name of readdirSync('environments')) {
      expect(readFileSync(`environments/${name}`, 'utf8').split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schema/environment.schema.json',
      );
    }
  });

  it('TypeScript types are generated from the schema and up to date', () => {
    expect(() => execFileSync(process.execPath, ['scripts/gen-types.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('every secret reference is named *_secret and refers to the SecretName definition', () => {
    const found: string[] = [];
    const visit = (node: unknown, key: string) => {
      if (!node || typeof node !== 'object') return;
      const s = node as Record<string, unknown>;
      if (s.$ref === '#/definitions/secretName') found.push(key);
      for (const [k, v] of Object.entries(s)) visit(v, k);
    };
    visit(environmentSchema, '');
    expect(found.length).toBeGreaterThan(3);
    expect(found.filter((k) => !k.endsWith('_secret'))).toEqual([]);
  });
});
