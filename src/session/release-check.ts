import { join } from 'node:path';
import { SlotflipError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Preset, ReleaseSignature } from '../presets/preset.js';
import { downloadHttps } from '../transport/https-download.js';
import { verifyDetached } from '../transport/gpg.js';

// One release of `slotflip pin`: downloaded on this machine, its publisher's signature checked when the preset names
// a signing key, its sha256 taken. Nothing here writes the environment file.

export interface CheckOptions {
  /** The publisher's public key (armored or binary), when the preset does not carry it. */
  keyFile?: string;
  /** Expect this signer instead of the preset's key. */
  keyId?: string;
  templatesDir?: string;
  log: (line: string) => void;
}

export const refuse = (message: string, remedy = '') => new SlotflipError('pin', message, remedy, ExitCode.pinRefused);
export const usage = (message: string, remedy = '') => new SlotflipError('pin', message, remedy, ExitCode.usage);

export interface PinTarget {
  instance: string;
  path: (string | number)[];
  version: string;
  url: string;
  preset?: Preset;
}

export async function fetchAndCheck(
  t: PinTarget,
  opts: CheckOptions,
  ca: Buffer | undefined,
  base: string,
): Promise<{ sha256: string; signedBy?: string }> {
  const signature = t.preset?.release?.signature;
  const keyFile =
    opts.keyFile ??
    (signature?.key_file && t.preset
      ? join(opts.templatesDir ?? 'templates', t.preset.app, signature.key_file)
      : undefined);
  // Asked before the download: a missing key is found in a second, not after a large archive has arrived.
  if (signature && !keyFile)
    throw usage(
      `${t.preset!.app} signs its releases with key ${signature.key} (${signature.source}), and no public ` +
        `key was given`,
      keyHelp(signature),
    );
  opts.log(`downloading ${t.url}`);
  let shown = 0;
  const got = await downloadHttps(t.url, `${base}.archive`, {
    ca,
    onProgress: (bytes, total) => {
      if (total && bytes / total >= shown + 0.25) {
        shown = Math.floor((bytes / total) * 4) / 4;
        opts.log(`  ${Math.round(shown * 100)}% of ${(total / 1e6).toFixed(1)} MB`);
      }
    },
  });
  if (!got.ok) throw refuse(`the download failed: ${got.reason}`, 'Check the URL and the version; nothing was written');
  if (!signature) {
    opts.log(
      `  ${got.download.bytes} bytes, sha256 ${got.download.sha256}; ` +
        (`${t.preset ? `the ${t.preset.app} preset names` : 'this app has'} no signing key, so this pins what the ` +
          `URL served just now`),
    );
    return { sha256: got.download.sha256 };
  }
  const sigUrl = `${t.url}${signature.suffix}`;
  const sig = await downloadHttps(sigUrl, `${base}.sig`, { ca, maxBytes: 64 * 1024 });
  if (!sig.ok)
    throw refuse(
      `the signature could not be downloaded: ${sig.reason}`,
      `${t.preset!.app} publishes one beside every release; nothing was written`,
    );
  const check = await verifyDetached(`${base}.archive`, `${base}.sig`, keyFile!);
  if (!check.ok) throw refuse(`${t.url}: ${check.reason}`, 'Nothing was written. Do not deploy this archive');
  const expected = (opts.keyId ?? signature.key).toUpperCase().replace(/\s+/g, '');
  if (!check.fingerprint.endsWith(expected) && !check.signingKey.endsWith(expected))
    throw refuse(
      `${t.url} is signed by ${check.fingerprint}, not by ` +
        `${opts.keyId ? 'the key --key-id names' : `${t.preset!.app}'s release key`} ${expected}`,
      'Nothing was written. Check where the key file came from',
    );
  opts.log(`  ${got.download.bytes} bytes, good signature by ${check.fingerprint}, sha256 ${got.download.sha256}`);
  return { sha256: got.download.sha256, signedBy: check.fingerprint };
}

function keyHelp(s: ReleaseSignature): string {
  return (
    `Fetch it on your machine (gpg --recv-keys ${s.key}; gpg --export --armor ${s.key} > ` +
    `release-key.asc), compare its fingerprint with the one the publisher shows, and give it with --key release-key.asc`
  );
}
