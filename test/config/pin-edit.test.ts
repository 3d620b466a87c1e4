import { parseDocument, parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyPins } from '../../src/config/pin-edit.js';

const H = 'c'.repeat(64);
const pin = (
  text: string,
  fields: { version?: string; url?: string; sha256: string },
  path: (string | number)[] = ['instances', 0, 'app', 'release'],
) => applyPins(text, parseDocument(text), [{ path, fields }]);

describe('writing a pin into an environment file', () => {
  it('adds a missing sha256 under a block release, at its indentation, after a trailing comment', () => {
    const text =
      'instances:\n  - id: a\n    app:\n      # the release\n      release:\n        source: url\n        ' +
      'url: https://x.test/a.zip   # official\n      components: {}\n';
    expect(pin(text, { sha256: H })).toBe(text.replace('# official\n', `# official\n        sha256: ${H}\n`));
  });

  it('adds it inside a flow release and replaces an existing one where it stands', () => {
    const flow =
      'instances:\n  - id: a\n    app: { release: { source: url, version: 2.4.0, url: https://x.test/a.zip ' +
      '}, name: v }\n';
    expect(pin(flow, { sha256: H })).toBe(flow.replace('a.zip }', `a.zip, sha256: ${H} }`));
    const pinned = flow.replace('a.zip }', `a.zip, sha256: ${'d'.repeat(64)} }`);
    expect(pin(pinned, { sha256: H })).toBe(flow.replace('a.zip }', `a.zip, sha256: ${H} }`));
  });

  it('moves version and url together; a value YAML would misread is quoted', () => {
    const text =
      'instances:\n  - id: a\n    app:\n      release:\n        source: url\n        version: "2.4.0"\n     ' +
      '   url: https://x.test/v2.4.0/a.zip\n        sha256: ' +
      'd'.repeat(64) +
      '\n';
    const out = pin(text, { version: '2.5.0', url: 'https://x.test/v2.5.0/a b #.zip', sha256: H });
    expect(parse(out).instances[0].app.release).toEqual({
      source: 'url',
      version: '2.5.0',
      url: 'https://x.test/v2.5.0/a b #.zip',
      sha256: H,
    });
    expect(out.split('\n').length).toBe(text.split('\n').length);
  });

  it('pins several instances of one file in one pass', () => {
    const text =
      'instances:\n  - { id: a, app: { release: { source: url, url: https://x.test/a.zip } } }\n  - { id: ' +
      'b, app: { release: { source: url, url: https://x.test/a.zip } } }\n';
    const doc = parseDocument(text);
    const out = applyPins(
      text,
      doc,
      [0, 1].map((i) => ({ path: ['instances', i, 'app', 'release'], fields: { sha256: H } })),
    );
    expect(parse(out).instances.map((i: { app: { release: { sha256: string } } }) => i.app.release.sha256)).toEqual([
      H,
      H,
    ]);
  });
});
