import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lineFingerprint, pinHostKey, publicKeyLine } from '../../src/provision/host-key.js';
import { tempDir } from '../helpers.js';

describe('host keys for provisioning', () => {
  it("derives the deploy key's public half as ssh-keygen does, and its fingerprint as ssh-keygen -l does", () => {
    const dir = tempDir();
    const file = join(dir, 'key');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', file]);
    const derived = publicKeyLine(readFileSync(file, 'utf8'));
    if (!derived.ok) throw new Error(derived.reason);
    expect(derived.line).toBe(readFileSync(`${file}.pub`, 'utf8').split(' ').slice(0, 2).join(' '));
    expect(lineFingerprint(derived.line)).toBe(
      execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${file}.pub`])
        .toString()
        .split(' ')[1],
    );
    expect(publicKeyLine('not a key')).toMatchObject({ ok: false });
  });

  it('pins the key in the one instance named, keeping comments and everything else', () => {
    const text =
      '# production\nversion: 1\ninstances:\n  - id: a # first\n    target: { transport: ssh, host: ' +
      ('192.0.2.1, ssh_key_secret: K }\n  - id: b\n    target:\n      transport: ssh # the container\n      host: ' +
        '192.0.2.2\n');
    const pin = pinHostKey('prod.yaml', text, 'b', 'SHA256:abc');
    expect(pin).toBeDefined();
    expect(parse(pin!.text).instances.map((i: { target: { host_keys?: string[] } }) => i.target.host_keys)).toEqual([
      undefined,
      ['SHA256:abc'],
    ]);
    expect(pin!.text).toContain('# production');
    expect(pin!.text).toContain('transport: ssh # the container');
    expect(pin!.patch.split('\n').slice(0, 2)).toEqual(['--- prod.yaml', '+++ prod.yaml']);
    expect(pinHostKey('prod.yaml', text, 'c', 'SHA256:abc')).toBeUndefined();
  });
});
