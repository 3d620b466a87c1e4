// The ground floor's data: what a step does on a host (an Op) and a file rendered for it. Plans, host script
// builders and the engine all speak these; they import nothing.

/** What a step does on the host, as data. Quoting happens in one place (plan/compile.ts). */
export type Op =
  /** A program and its arguments; never a secret in it (ps would show it). */
  | { kind: 'run'; argv: readonly string[]; note?: string }
  /** A shell snippet by design (a loop, a condition); secrets never inside, they live in 0600 files. */
  | { kind: 'sh'; text: string; note?: string }
  /** A file written atomically (temp file + rename) with its mode; `secret` files print as ***. */
  | { kind: 'write'; path: string; content: string; mode: string; owner?: string; secret: boolean; onChange?: string }
  /** Bytes from the runner (a release archive), verified against their sha256 on the host. */
  | { kind: 'upload'; path: string; bytes: Buffer; sha256: string };

/** A file rendered from the environment and its templates, to be written on the host. */
export interface RenderedFile {
  path: string;
  content: string;
  mode: string;
  /** Holds a secret value: written 0600, shown as *** in plans, never kept in the repository. */
  secret: boolean;
  template: string;
  /** user:group when not root's: a preset's file the app reads itself (config.yml) belongs to the app's group. */
  owner?: string;
}
