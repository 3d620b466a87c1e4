// The one place where values become shell words. Everything that builds a script quotes through here.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes one word for bash: safe words stay readable, everything else goes in single quotes. */
export function quote(word: string | number): string {
  const s = String(word);
  if (s !== '' && SAFE.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** An argv as one bash command line. */
export function commandLine(argv: readonly (string | number)[]): string {
  return argv.map(quote).join(' ');
}

/**
 * A here-document that writes `content` to `path` byte for byte (base64, so no delimiter or expansion can break it).
 */
export function writeFileScript(path: string, content: string | Buffer, mode = '0644', owner?: string): string {
  const b64 = Buffer.from(content).toString('base64');
  const lines = [
    `install -d -m 0755 ${quote(path.replace(/\/[^/]+$/, '') || '/')}`,
    `tmp=$(mktemp ${quote(`${path}.XXXXXX`)})`,
    `base64 -d > "$tmp" <<'SLOTFLIP_EOF'`,
    ...(b64.match(/.{1,76}/g) ?? ['']),
    'SLOTFLIP_EOF',
    `chmod ${quote(mode)} "$tmp"`,
    ...(owner ? [`chown ${quote(owner)} "$tmp"`] : []),
    `mv -f "$tmp" ${quote(path)}`,
  ];
  return lines.join('\n');
}

/** A SQL string literal (standard_conforming_strings: only the quote doubles). */
export function quoteSql(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Retries a condition, then goes on with the step or fails it. Never `exit 0` inside an op: a step runs its ops as
 * one script, so an early `exit 0` would silently skip every op after it.
 */
export function retryUntil(condition: string, tries: number, pause: string, failure: string, success?: string): string {
  // `i` is the try that succeeded: a success message may name it ("confirmed after $i tries").
  return `ok=''
for i in $(seq 1 ${tries}); do
  if ${condition}; then ok=$i; ${success ? `echo ${success}; ` : ''}break; fi
  sleep ${pause}
done
[ -n "$ok" ] || { echo ${quote(failure)} >&2; exit 1; }`;
}
