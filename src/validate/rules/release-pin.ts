import type { Finding } from '../../report/finding.js';
import { at, instancesOf, isRecord, type Rule } from './rule.js';

// Digests that were written by hand and never computed from an archive: the one the examples once carried (first
// written for a URL that served nothing), a counting one and all zeros. A deploy would fail on the host at the
// download;
// said here, the pull request shows the command that pins the real one.
const PLACEHOLDERS = new Set([
  '6f1e9a52c2b8a7d2f0e4c1b3a5d7e9f0a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2',
  '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
]);
const isFiller = (s: string) => /^0{64}$/.test(s) || PLACEHOLDERS.has(s);

/** A release downloaded from a URL is pinned by the sha256 of the archive itself, which `slotflip pin` writes. */
export const releasePinned: Rule = (files) => {
  const findings: Finding[] = [];
  for (const ref of instancesOf(files)) {
    const release = isRecord(ref.inst.app) && isRecord(ref.inst.app.release) ? ref.inst.app.release : undefined;
    if (release?.source !== 'url' || typeof release.url !== 'string') continue;
    const pin =
      `run \`slotflip pin ${ref.parsed.file}\` (it downloads the archive, checks the publisher's ` +
      `signature and writes its sha256 here)`;
    if (release.sha256 === undefined) {
      findings.push(
        at(
          ref.parsed,
          [...ref.path, 'app', 'release'],
          'error',
          'release-unpinned',
          `${ref.id}'s release ${String(release.version)} names no sha256: a download cannot be checked; ${pin}`,
          'key',
        ),
      );
    } else if (typeof release.sha256 === 'string' && isFiller(release.sha256)) {
      findings.push(
        at(
          ref.parsed,
          [...ref.path, 'app', 'release', 'sha256'],
          'error',
          'release-unpinned',
          `this sha256 is a placeholder, not the digest of any archive; ${pin}`,
        ),
      );
    }
  }
  return findings;
};
