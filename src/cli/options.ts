// The shape of a verb's row in the table (cli/verbs.ts) and the options several verbs share, declared once.

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** The value's placeholder in help (FILE, DIR, 10m). */
  value?: string;
  default?: string | boolean;
  help: string;
}

export interface Verb {
  /** `deploy`, or `lab up` for a sub-command. */
  name: string;
  /** Positional arguments as usage shows them: `FILE`, `[PATH...]`, `db-password|app-secret`. */
  args?: string;
  /** One line for `slotflip --help`. */
  brief: string;
  /** What the verb does, for `slotflip <verb> --help`. */
  summary: string;
  options: Record<string, OptionSpec>;
  /** Options the verb cannot run without. */
  required?: string[];
  /** How many positionals: exactly `n` (default 0), or any number. */
  positionals?: number | 'any';
}

// Declared once, shared by the verbs that take them.
export const env: OptionSpec = {
  type: 'string',
  value: 'FILE',
  help: 'the environment file (environments/<name>.yaml)',
};
export const instance: OptionSpec = {
  type: 'string',
  value: 'ID',
  help: 'the instance to act on (needed when the file has several)',
};
export const secretsDir: OptionSpec = {
  type: 'string',
  value: 'DIR',
  help: 'where secret files named after the secret live (default: $SLOTFLIP_SECRETS_DIR)',
};
export const lockWait: OptionSpec = {
  type: 'string',
  value: 'DURATION',
  default: '0s',
  help: "wait this long for another run's lock, e.g. 10m (default: do not wait)",
};
export const dryRun: OptionSpec = {
  type: 'boolean',
  default: false,
  help: 'print every step and command it would run (secrets as ***) and change nothing',
};
export const json: OptionSpec = {
  type: 'boolean',
  default: false,
  help: 'the outcome as one JSON document on stdout (--format json is the same)',
};
export const onHost = { env, instance, 'secrets-dir': secretsDir };
