// The one output protocol of every script that reads a host (the probe, status, doctor, drift): a line `@name value`
// opens a record, and the lines after it that do not start with `@` belong to it (a JSON file, the journal's tail).
// One parser reads them all, so a new fact is a line in a script and a name here, never a new format.

const HEADER = /^@([a-z][a-z0-9-]*)(?: (.*))?$/;

export interface Sections {
  /** The value of every `@name` line, in order (one-line facts). */
  tag(name: string): string[];
  /** The first `@name` line's value, or ''. */
  first(name: string): string;
  /** The first `@name` record whole: its line's value and the lines under it, trimmed; '' when absent. */
  body(name: string): string;
}

export function readSections(stdout: string): Sections {
  const records: { name: string; lines: string[] }[] = [];
  for (const line of stdout.split('\n')) {
    const m = HEADER.exec(line);
    if (m) records.push({ name: m[1]!, lines: [m[2] ?? ''] });
    else records.at(-1)?.lines.push(line);
  }
  const tag = (name: string) => records.filter((r) => r.name === name).map((r) => r.lines[0]!.trim());
  return {
    tag,
    first: (name) => tag(name)[0] ?? '',
    body: (name) => {
      const r = records.find((x) => x.name === name);
      return r ? r.lines.join('\n').trim() : '';
    },
  };
}
