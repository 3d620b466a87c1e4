// Every benchmark script answers --help (or -h) with its usage and exits 0 before it touches the lab: without this,
// `npx tsx bench/fleet.ts --help` ran the whole benchmark and left five containers up.

/** Prints `usage` and exits 0 when the command line asks for help; returns otherwise. */
export function helpOr(usage: string): void {
  if (!process.argv.includes('--help') && !process.argv.includes('-h')) return;
  console.log(usage.trim());
  process.exit(0);
}
