import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Instance } from '../../src/config/environment.generated.js';
import { labEnvironment } from '../../src/lab/env-file.js';
import { RenderError } from '../../src/render/escape.js';
import type { RenderedFile } from '../../src/shell/ops.js';
import { findingsFor } from '../helpers.js';
import { renderLab } from '../plan/fixtures.js';

// The injection corpus in EVERY string field of an environment that is not a command (commands are the operator's
// own shell by design): each value is rejected by validate, refused by the renderer, or rendered without changing the
// structure of any file (the same lines, the same nginx statements and blocks, every env line still KEY="value").

const CORPUS = [
  'x; include /etc/passwd',
  'x\nlocation / { return 200; }',
  '$(touch /tmp/pwned)',
  '`id`',
  "a' || true",
  'a"b',
  'tаsks.example.com' /* Cyrillic a */,
  '{{ secret }}',
  'x}\nserver { listen 81; }',
];
// A line of an env file as systemd reads it: NAME=value, the value double-quoted or free of shell syntax.
const ENV_LINE = /^[A-Z][A-Z0-9_]*=("([^"\\]|\\.)*"|[^\s"'`$;|&]*)$/;
const COMMAND_KEYS = new Set(['start', 'build', 'command', 'pre_deploy', 'post_flip', 'post_deploy']);

function stringLeaves(node: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof node === 'string')
    return COMMAND_KEYS.has(String([...path].reverse().find((p) => typeof p === 'string'))) ? [] : [path];
  if (Array.isArray(node)) return node.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

function setAt(doc: any, path: (string | number)[], value: string): any {
  const copy = structuredClone(doc);
  let at = copy;
  for (const p of path.slice(0, -1)) at = at[p];
  at[path.at(-1)!] = value;
  return copy;
}

/** What must not change when a value changes: line count, nginx statements and blocks, env assignments. */
function shape(files: RenderedFile[]): string[] {
  return files.map((f) => {
    const lines = f.content.split('\n');
    const nginx = f.template.includes('.nginx')
      ? `;${(f.content.match(/;/g) ?? []).length} {${(f.content.match(/\{/g) ?? []).length} ` +
        `}${(f.content.match(/\}/g) ?? []).length}`
      : '';
    const env = f.template.endsWith('.env.liquid')
      ? ` env-ok:${lines.every((l) => l === '' || l.startsWith('#') || ENV_LINE.test(l))}`
      : '';
    return `${f.path} lines:${lines.length}${nginx}${env}`;
  });
}

describe('the injection corpus in every non-command string field', () => {
  it('is rejected by validate, refused by the renderer', async () => {
    // …or rendered without changing any file's structure.
    const base = parse(
      labEnvironment(1, 'SHA256:DZY2JjkrirMV60uY6+K7wHh5Oz3i4LAkZ8ZHHHjBSuw', {
        version: '2.0.0',
        path: 'x.tar.gz',
        sha256: 'b'.repeat(64),
      }),
    );
    // The control: unchanged, the file validates without an error (so a rejection below is the value's doing).
    expect((await findingsFor({ 'lab-1.yaml': stringify(base) })).filter((f) => f.severity === 'error')).toEqual([]);
    const baseShape = shape(renderLab());
    // The detector itself: an injected line or nginx statement changes the shape.
    const site = renderLab().map((f) =>
      f.template.includes('.nginx') ? { ...f, content: f.content.replace('{', '{ include /etc/passwd;') } : f,
    );
    expect(shape(site)).not.toEqual(baseShape);
    const leaves = stringLeaves(base);
    expect(leaves.length).toBeGreaterThan(20);
    const outcomes = { rejected: 0, refused: 0, rendered: 0 };
    for (const path of leaves) {
      for (const value of CORPUS) {
        const doc = setAt(base, path, value);
        const findings = await findingsFor({ 'lab-1.yaml': stringify(doc) });
        if (findings.some((f) => f.severity === 'error')) {
          outcomes.rejected++;
          continue;
        }
        let files: RenderedFile[];
        try {
          files = renderLab(doc.instances[0] as Instance);
        } catch (err) {
          expect(err, `${path.join('.')} = ${JSON.stringify(value)}`).toBeInstanceOf(RenderError);
          outcomes.refused++;
          continue;
        }
        outcomes.rendered++;
        expect(shape(files), `${path.join('.')} = ${JSON.stringify(value)} changed a file's structure`).toEqual(
          baseShape,
        );
        expect(files.some((f) => f.content.includes('/tmp/pwned') && f.template.includes('.nginx'))).toBe(false);
      }
    }
    console.log(
      `injection corpus: ${leaves.length} string fields x ${CORPUS.length} values: ${outcomes.rejected} ` +
        (`rejected by validate, ${outcomes.refused} refused by the renderer, ${outcomes.rendered} rendered ` +
          `unchanged in shape`),
    );
    expect(outcomes.rejected).toBeGreaterThan(0);
  }, 120_000);
});
