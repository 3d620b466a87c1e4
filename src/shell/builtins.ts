import { quote } from './quote.js';

// Bash's own clocks and file reads, for scripts run on the host: each process started there costs milliseconds in a
// container, and these run in every step (bash 5; date(1) where the clocks are missing).

/** Bash: the current Unix time in whole seconds. */
export const NOW_SECONDS = '${EPOCHSECONDS:-$(date +%s)}';

/** Bash: the current Unix time with microseconds in `$name`, with a point whatever the locale's decimal mark. */
export const nowRealtime = (name: string): string =>
  `${name}=\${EPOCHREALTIME:-$(date +%s.%6N)}; ${name}=\${${name}/,/.}`;

/**
 * Bash: the file at `path` whole in `$name` ('' when there is none); fails when there is no such file. Text only: a
 * NUL byte would end it early.
 */
export const readFileInto = (name: string, path: string): string =>
  `${name}=''; [ -f ${quote(path)} ] && { IFS= read -r -d '' ${name} < ${quote(path)} || true; }`;

/**
 * Bash: the state letter of process `pid` (R, S, D, T, …, from /proc/<pid>/stat) in `$name`; '' when it cannot be
 * read. The command name in the file may hold spaces and parentheses: the state follows its last ") ".
 */
export const procState = (name: string, pid: string): string =>
  `${name}=''; { read -r ${name} < "/proc/${pid}/stat"; } 2>/dev/null || true; ` +
  `${name}=\${${name}##*) }; ${name}=\${${name}%% *}`;
