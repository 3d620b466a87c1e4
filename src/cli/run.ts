import type { Io } from './io.js';
import { SlotflipError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { didYouMean } from '../config/suggest.js';
import { parseVerb, type Values } from './parse.js';
import { LAB_USAGE, USAGE, VERSION } from './usage.js';
import { UsageError } from './usage-error.js';

// Each command's code loads when that command runs, validate too: `--help` and a usage error load none of it, and
// `validate`, the PR check's hot path, never pays for the engine, the template engine or SSH. Options are parsed
// from the verb table (cli/verbs.ts) before any of it loads.
type Command = (values: Values, positionals: string[], io: Io) => Promise<number>;
const COMMANDS: Record<string, Command> = {
  validate: async (v, a, io) => (await import('./validate.js')).validateCommand(v, a, io),
  'lab up': async (v, a, io) => (await import('./lab.js')).labUpCommand(v, a, io),
  'lab down': async (v, a, io) => (await import('./lab.js')).labDownCommand(v, a, io),
  'lab status': async (v, a, io) => (await import('./lab.js')).labStatusCommand(v, a, io),
  'lab env': async (v, a, io) => (await import('./lab.js')).labEnvCommand(v, a, io),
  plan: async (v, a, io) => (await import('./deploy.js')).deployCommand(true)(v, a, io),
  deploy: async (v, a, io) => (await import('./deploy.js')).deployCommand(false)(v, a, io),
  pin: async (v, a, io) => (await import('./pin.js')).pinCommand(v, a, io),
  'release-hold': async (v, a, io) => (await import('./release-hold.js')).releaseHoldCommand(v, a, io),
  status: async (v, a, io) => (await import('./status.js')).statusCommand(v, a, io),
  // A rollback is timed from the command's start: its handshake begins before the engine's code loads.
  rollback: async (v, a, io) => {
    const early = (await import('./rollback-early.js')).startEarlyHandshake(v, io);
    await early.started;
    return (await import('./rollback.js')).rollbackCommand(v, a, io, early);
  },
  backup: async (v, a, io) => (await import('./backup.js')).backupCommand(v, a, io),
  restore: async (v, a, io) => (await import('./restore.js')).restoreCommand(v, a, io),
  doctor: async (v, a, io) => (await import('./doctor.js')).doctorCommand(v, a, io),
  rotate: async (v, a, io) => (await import('./rotate.js')).rotateCommand(v, a, io),
  provision: async (v, a, io) => (await import('./provision.js')).provisionCommand(v, a, io),
  adopt: async (v, a, io) => (await import('./adopt.js')).adoptCommand(v, a, io),
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
  // `lab` alone lists its sub-commands; `lab up` is a verb of its own in the table.
  if (command === 'lab' && !COMMANDS[`lab ${rest[0]}`]) {
    const asked = rest[0] === '--help' || rest[0] === '-h';
    (asked ? io.out : io.err)(
      rest[0] && !asked ? `slotflip lab: unknown sub-command "${rest[0]}"\n${LAB_USAGE}` : LAB_USAGE,
    );
    return asked ? ExitCode.ok : ExitCode.usage;
  }
  const name = command === 'lab' ? `lab ${rest[0]}` : command;
  const run = COMMANDS[name];
  if (!run) {
    const near = didYouMean(
      command,
      Object.keys(COMMANDS).filter((c) => !c.includes(' ')),
    );
    io.err(
      `slotflip: unknown command "${command}"${near ? `; did you mean ${near}?` : ''} (\`slotflip --help\` ` +
        `lists the commands)`,
    );
    return ExitCode.usage;
  }
  try {
    const parsed = parseVerb(name, command === 'lab' ? rest.slice(1) : rest);
    if (parsed.help !== undefined) {
      io.out(parsed.help);
      return ExitCode.ok;
    }
    return await run(parsed.values, parsed.positionals, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`slotflip ${name}: ${(err as Error).message}`);
      return ExitCode.usage;
    }
    if (err instanceof SlotflipError) {
      // "slotflip deploy: preflight: ..." names the phase; when the phase is the command itself, once is enough.
      io.err(
        `slotflip ${command}: ` +
          `${err.phase === command ? `${err.message}${err.remedy ? `. ${err.remedy}` : ''}` : err.describe()}`,
      );
      return err.exitCode;
    }
    throw err;
  }
}
