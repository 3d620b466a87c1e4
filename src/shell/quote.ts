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
 * A script that writes `content` to `path` byte for byte: into a new temporary file beside it, put in place by a
 * rename. Text is one single-quoted word that bash's own printf writes, so no process starts for it (a fork and exec
 * costs 5 ms or more in a container, and a deploy writes ten files); content a bash word cannot hold (a NUL byte, bytes
 * that are not UTF-8) goes through a base64 here-document.
 */
export function writeFileScript(path: string, content: string | Buffer, mode = '0644', owner?: string): string {
  const dir = quote(path.replace(/\/[^/]+$/, '') || '/');
  const word = textWord(content);
  const b64 = Buffer.from(content).toString('base64');
  const fill =
    word !== undefined
      ? [`printf '%s' ${word} > "$tmp"`]
      : [`base64 -d > "$tmp" <<'SLOTFLIP_EOF'`, ...(b64.match(/.{1,76}/g) ?? ['']), 'SLOTFLIP_EOF'];
  const lines = [
    `[ -d ${dir} ] || install -d -m 0755 ${dir}`,
    // A name of this shell's own, created new as mktemp would (noclobber refuses a file already there), 0600 until the
    // chmod below since it may hold a secret. The umask is put back for the ops after it.
    `tmp=${quote(`${path}.tmp-`)}"$$-\${SRANDOM:-$RANDOM}"`,
    'set -C; sf_umask=$(umask); umask 077',
    ...fill,
    'set +C; umask "$sf_umask"',
    `chmod ${quote(mode)} "$tmp"`,
    ...(owner ? [`chown ${quote(owner)} "$tmp"`] : []),
    `mv -f "$tmp" ${quote(path)}`,
  ];
  return lines.join('\n');
}

/**
 * File content as one quoted bash word, or undefined when no word can hold it: a NUL byte, or bytes that are not UTF-8.
 */
export function textWord(content: string | Buffer): string | undefined {
  let text: string;
  try {
    text = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return undefined;
  }
  return text.includes('\0') ? undefined : quote(text);
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
for ((i = 1; i <= ${tries}; i++)); do
  if ${condition}; then ok=$i; ${success ? `echo ${success}; ` : ''}break; fi
  sleep ${pause}
done
[ -n "$ok" ] || { echo ${quote(failure)} >&2; exit 1; }`;
}
