// sha256 of what may be large on the host: dumps, archives, release archives, uploads. coreutils' sha256sum (9.1 in
// Debian 12) hashes in software, about 260 MB/s on a current server core; OpenSSL uses the CPU's SHA extensions where
// it has them, about 1.1 GB/s on the same core (a 619 MB dump: 2.3 CPU seconds against 0.5, beside the restore
// itself). OpenSSL starts in about 4 ms against 1 ms, so small files keep sha256sum. A host without OpenSSL (Proxmox
// and Debian's ca-certificates bring it) uses sha256sum.

/** Bash: a filter printing the sha256 of its input, the hex digest first (`<hex> *stdin`, or `<hex>  -`). */
export const SHA256_FILTER = '{ if command -v openssl > /dev/null; then openssl dgst -sha256 -r; else sha256sum; fi; }';

/**
 * Bash statements: the hex sha256 of `file` (a bash word: quoted, or a variable) in `$name`. Two statements, so that
 * under `set -e` a file that cannot be read ends the script rather than leaving `$name` empty.
 */
export const sha256Into = (name: string, file: string): string =>
  `${name}=$(${SHA256_FILTER} < ${file}); ${name}=\${${name}%% *}`;

/** Bash: a condition, true when `file` (a bash word) has the sha256 `expected` (a bash word); false if unreadable. */
export const sha256Matches = (file: string, expected: string): string =>
  `{ sf_sha=$(${SHA256_FILTER} < ${file}) && [ "\${sf_sha%% *}" = ${expected} ]; }`;
