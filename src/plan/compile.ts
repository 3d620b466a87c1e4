import { createHash } from 'node:crypto';
import { LEASE_SECONDS, refreshLock } from '../host/lock.js';
import { commandLine, quote, textWord, writeFileScript } from '../shell/quote.js';
import type { Step } from './types.js';
import type { Op } from '../shell/ops.js';
import { NOW_SECONDS, nowRealtime, readFileInto } from '../shell/builtins.js';
import { RELOAD_NGINX, RELOAD_NGINX_DEFINITION } from '../host/nginx-reload.js';
import { sha256Matches } from '../shell/sha256.js';
import { pgClientsFor } from '../host/pg-clients.js';

/**
 * One bash script per step, sent on stdin. The journal line before and after is written by the script itself, on the
 * host, with the host's clock: a run killed between steps leaves an exact record for the next run to resume or undo.
 */
export interface CompileContext {
  run: string;
  journal: string;
  root: string;
  lock: string;
  owner: string;
}

/** Where a running step's shell records its pid: one file per run and step, so a cancel never hits another step. */
export const stepPidFile = (ctx: { root: string; run: string }, step: { id: string }) =>
  `${ctx.root}/.pid-${ctx.run}-${step.id}`;

export function compileStep(step: Step, ctx: CompileContext, ops: readonly Op[] = step.ops, event = 'step'): string {
  // Every step pays this preamble, so it forks as little as it can: a fork and exec cost 5 ms or more in a container
  // (measured in the lab), and bash's own clocks replace date(1) (bash 5; date where they are missing).
  const lines = [
    'set -euo pipefail',
    `[ -d ${quote(ctx.root)} ] || install -d -m 0755 ${quote(ctx.root)}`,
    `sf_journal() { local t; ${nowRealtime('t')}; ` +
      `printf '{"run":"%s","${event}":"%s","event":"%s","at":%s%s}\\n' ${quote(ctx.run)} ` +
      `${quote(step.id)} "$1" "\${t%???}" "\${2:-}" >> ${quote(ctx.journal)}; }`,
    'sf_journal start',
    // Renew the lease (the engine's heartbeat renews it during long steps); a run that lost its lock stops here.
    // A step the host acts on by itself (the follow of its watch) leaves the lock to the watch, which releases it.
    ...(step.id === 'lock' || step.hostUndoes
      ? []
      : [refreshLock(ctx.lock, { run: ctx.run, owner: ctx.owner, leaseSeconds: LEASE_SECONDS })]),
    // "pid deadline": the engine cancels a running step by signalling this shell (engine/run.ts), and a later run
    // taking over this run's expired lease waits for it, or stops it once past its time limit (host/lock.ts).
    `echo "$$ $(( ${NOW_SECONDS} + ${Math.ceil(step.timeoutMs / 1000)} ))" > ` + `${quote(stepPidFile(ctx, step))}`,
    `sf_exit() { local rc=$?; rm -f ${quote(stepPidFile(ctx, step))}; sf_journal end ",\\"code\\":$rc"; }`,
    'trap sf_exit EXIT',
    // Cancelled: record 143 explicitly (after a signal, $? in the EXIT trap says nothing useful).
    `trap 'trap - EXIT; rm -f ${quote(stepPidFile(ctx, step))}; sf_journal end ",\\"code\\":143"; exit 143' TERM`,
  ];
  const body = ops.map(compileOp);
  return `${[...lines, ...helpersFor(body), ...pgClientsFor(body), ...body].join('\n')}\n`;
}

// Shell functions a step's ops may call: each is defined in a step only when one of its ops names it.
const HELPERS: readonly (readonly [name: string, definition: string])[] = [[RELOAD_NGINX, RELOAD_NGINX_DEFINITION]];

/** The definitions of the helpers these compiled ops call, to put before them. */
export function helpersFor(body: readonly string[]): string[] {
  return HELPERS.filter(([name]) => body.some((text) => text.includes(name))).map(([, definition]) => definition);
}

export function compileOp(op: Op): string {
  switch (op.kind) {
    case 'run':
      return commandLine(op.argv);
    case 'sh':
      return op.text;
    case 'write': {
      const write = writeFileScript(op.path, op.content, op.mode, op.owner);
      if (!op.onChange) return write;
      // Rewrite (and reload whatever reads it) only when the content differs: an nginx reload drops keep-alive clients.
      // A reload that fails (`nginx -t` refusing the new file, or another file beside it) puts the previous file back:
      // left in place, the new file would match on the next run, which would then never reload it.
      const path = quote(op.path);
      const prev = quote(`${op.path}.slotflip-prev`);
      return [
        `if ${differs(op.path, op.content)}; then`,
        `rm -f ${prev}; [ ! -e ${path} ] || cp -p ${path} ${prev}`,
        write,
        `if ! { ${op.onChange}
}; then`,
        `  if [ -e ${prev} ]; then mv -f ${prev} ${path}; else rm -f ${path}; fi`,
        `  echo ` +
          `${quote(`${op.path}: its reload failed (output above); the previous file is back in place`)} >&2; exit 1`,
        'fi',
        `rm -f ${prev}`,
        'fi',
      ].join('\n');
    }
    case 'upload':
      // The executor streams the bytes to the path before the step's script runs (engine/uploads.ts): here they are
      // only checked, and refused whole when they differ.
      return (
        `${sha256Matches(quote(op.path), op.sha256)} || { echo "upload of ` +
        `${op.path} is corrupt (sha256 mismatch)" >&2; rm -f ${quote(op.path)}; exit 65; }`
      );
  }
}

/**
 * A test that is true when the file at `path` does not hold exactly `content`. Text is compared by bash itself (`read`
 * takes the whole file when no NUL ends it early): no process, where a checksum took three. Content with a NUL (which
 * no bash word holds) by sha256.
 */
function differs(path: string, content: string): string {
  const word = textWord(content);
  if (word !== undefined) return `! { ${readFileInto('sf_cur', path)} && ` + `[ "$sf_cur" == ${word} ]; }`;
  const sha = createHash('sha256').update(content).digest('hex');
  return `[ "$(sha256sum < ${quote(path)} 2>/dev/null | cut -d' ' -f1)" != ${sha} ]`;
}
