import { parseArgs } from 'node:util';
import { runValidate } from '../commands/validate.js';
import { SlotflipError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { findingsJson } from '../report/json.js';
import { formatFinding, formatSummary } from '../report/text.js';
import { USAGE, VERSION } from './usage.js';
import { UsageError } from './usage-error.js';
import { JOBS, isJob } from '../config/job-secrets.js';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
  /** Whether `out` is a terminal: screen control codes only go there (never into a pipe, a file or a CI log). */
  isTTY?: boolean;
}


async function validate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      base: { type: 'string' },
      'require-secrets': { type: 'boolean', default: false },
      job: { type: 'string' },
      'secrets-dir': { type: 'string' },
    },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const job = values.job ?? 'deploy';
  if (!isJob(job)) throw new UsageError(`--job must be one of ${JOBS.join(', ')}, not "${job}"`);
  if (values.job !== undefined && !values['require-secrets']) throw new UsageError('--job says which secrets --require-secrets asks for: give both');
  const result = await runValidate({
    paths: positionals,
    baseDir: values.base,
    requireSecrets: values['require-secrets'],
    job,
    secretsDir: values['secrets-dir'] ?? io.env.SLOTFLIP_SECRETS_DIR,
    env: io.env,
  });
  if (values.format === 'json') io.out(findingsJson(result.files, result.findings));
  else {
    for (const f of result.findings) io.out(formatFinding(f));
    io.err(formatSummary(result.findings, result.files.length));
  }
  return result.exitCode;
}

// Each command's code loads when that command runs: `validate`, the PR check's hot path, never pays for the
// engine, the template engine or SSH.
type Command = (args: string[], io: Io) => Promise<number>;
const COMMANDS: Record<string, Command> = {
  validate,
  lab: async (a, io) => (await import('./lab.js')).labCommand(a, io),
  plan: async (a, io) => (await import('./deploy.js')).deployCommand(true)(a, io),
  deploy: async (a, io) => (await import('./deploy.js')).deployCommand(false)(a, io),
  pin: async (a, io) => (await import('./pin.js')).pinCommand(a, io),
  'release-hold': async (a, io) => (await import('./release-hold.js')).releaseHoldCommand(a, io),
  status: async (a, io) => (await import('./status.js')).statusCommand(a, io),
  rollback: async (a, io) => (await import('./rollback.js')).rollbackCommand(a, io),
  backup: async (a, io) => (await import('./backup.js')).backupCommand(a, io),
  restore: async (a, io) => (await import('./restore.js')).restoreCommand(a, io),
  doctor: async (a, io) => (await import('./doctor.js')).doctorCommand(a, io),
  rotate: async (a, io) => (await import('./rotate.js')).rotateCommand(a, io),
  provision: async (a, io) => (await import('./provision.js')).provisionCommand(a, io),
  adopt: async (a, io) => (await import('./adopt.js')).adoptCommand(a, io),
};

/** The CLI without a process: argv in, lines out, exit code back. bin/slotflip.js wires it to the real process. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.out : io.err)(USAGE);
    return command ? ExitCode.ok : ExitCode.usage;
  }
  if (command === '--version' || command === '-v') {
    io.out(VERSION);
    return ExitCode.ok;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`slotflip: unknown command "${command}"; run \`slotflip --help\` for the commands`);
    return ExitCode.usage;
  }
  try {
    return await run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`slotflip ${command}: ${(err as Error).message}`);
      return ExitCode.usage;
    }
    if (err instanceof SlotflipError) {
      // "slotflip deploy: preflight: ..." names the phase; when the phase is the command itself, once is enough.
      io.err(`slotflip ${command}: ${err.phase === command ? `${err.message}${err.remedy ? `. ${err.remedy}` : ''}` : err.describe()}`);
      return err.exitCode;
    }
    throw err;
  }
}
