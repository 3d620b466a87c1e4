// The one part of ssh2 (the SSH library under node-ssh) slotflip calls directly: reading a key to derive its public
// half. Declared here rather than pulling in its whole type package.
declare module 'ssh2' {
  interface ParsedKey {
    type: string;
    getPublicSSH(): Buffer;
  }
  export const utils: { parseKey(data: string | Buffer, passphrase?: string): ParsedKey | ParsedKey[] | Error };
}
