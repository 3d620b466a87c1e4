import { runCli } from './run.js';

/** The process's argv, streams and exit code around runCli (loaded by the entry, src/cli.ts). */
export function main(): void {
  runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // One line, never a stack trace, unless the operator asks for it.
      process.stderr.write(`slotflip: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      if (process.env.SLOTFLIP_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
      process.exitCode = 1;
    },
  );
}
