/** The process around the CLI: lines out and err, the environment; tests pass their own. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
  /** Whether `out` is a terminal: screen control codes only go there (never into a pipe, a file or a CI log). */
  isTTY?: boolean;
}
