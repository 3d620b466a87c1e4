import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Signing keys made for a test, in a GnuPG home of its own (never the machine's): as a release's publisher signs.

export interface TestGpg {
  /** A new signing key: its fingerprint and its public key exported to a file. */
  makeKey: (name: string) => { fpr: string; file: string };
  /** A detached signature of `file` by `fpr`, written to `out`. */
  sign: (fpr: string, file: string, out: string) => void;
  /** Stops the agent this home started, and nothing else. */
  stop: () => void;
}

export function testGpg(dir: string): TestGpg {
  const home = join(dir, 'gnupg');
  execFileSync('install', ['-d', '-m', '0700', home]);
  const gpg = (...args: string[]) =>
    execFileSync('gpg', ['--homedir', home, '--batch', '--passphrase', '', '--pinentry-mode', 'loopback', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  return {
    makeKey: (name) => {
      gpg('--quick-gen-key', `${name} <${name}@test.invalid>`, 'ed25519', 'sign', 'never');
      const fpr = gpg('--with-colons', '--list-keys', `${name}@test.invalid`)
        .split('\n')
        .find((l) => l.startsWith('fpr:'))!
        .split(':')[9]!;
      const file = join(dir, `${name}.asc`);
      writeFileSync(file, gpg('--armor', '--export', fpr));
      return { fpr, file };
    },
    sign: (fpr, file, out) => void gpg('--local-user', fpr, '--detach-sign', '-o', out, file),
    stop: () => void execFileSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent'], { stdio: 'ignore' }),
  };
}
