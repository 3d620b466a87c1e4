import { RELOAD_NGINX } from '../host/nginx-reload.js';
import type { Instance } from '../config/environment.generated.js';
import { resolved } from '../config/resolved.js';
import { enableSite } from '../host/flip.js';
import { layout } from '../shell/layout.js';
import type { Op, RenderedFile } from '../shell/ops.js';
import { quote } from '../shell/quote.js';

// The pieces of a deploy that other plans reuse: a rendered file as a write, the nginx site with its undo, and the
// windows after a flip (drain, keep-warm).

/** A rendered file as a write op; `onChange` runs only when the file's content changed (compile.ts). */
export const writeRendered = (f: RenderedFile, onChange?: string): Op => ({
  kind: 'write',
  path: f.path,
  content: f.content,
  mode: f.mode,
  secret: f.secret,
  onChange,
  ...(f.owner ? { owner: f.owner } : {}),
});

/**
 * The instance's nginx site, written (reloaded only when it changed) and enabled. A TCP component's upstream include
 * must exist for `nginx -t` to pass: before its first flip it names the blue port (nothing routes there yet).
 */
export function siteOps(inst: Instance, site: RenderedFile): Op[] {
  const l = layout(inst.id);
  const includes = Object.entries(inst.app.components).flatMap(([name, c]) =>
    c && c.listen.type === 'tcp'
      ? [
          `[ -f ${quote(l.upstreamFile(name))} ] || printf 'server 127.0.0.1:%s;\\n' ${c.listen.blue} > ` +
            `${quote(l.upstreamFile(name))}`,
        ]
      : [],
  );
  return [
    ...(includes.length
      ? [{ kind: 'sh' as const, text: ['install -d -m 0755 /etc/nginx/slotflip', ...includes].join('\n') }]
      : []),
    writeRendered(site, enableSite(l.site, l.siteLink)),
    {
      kind: 'sh',
      text: `[ -L ${l.siteLink} ] || { ln -sfn ${l.site} ${l.siteLink}; nginx -t -q && ${RELOAD_NGINX}; }`,
    },
  ];
}

/**
 * What becomes of the slot traffic left, in seconds: it drains, then stays warm for a rollback. When it is warm for
 * longer than its drain, the drain ends with the connections it still holds closed (outlivesDrain), and an app with
 * background jobs of its own has it paused then too, so jobs run in one slot.
 */
export function afterFlipWindows(inst: Instance): {
  drain: number;
  keepWarm: number;
  outlivesDrain: boolean;
  pausesOld: boolean;
} {
  const drain = resolved(inst).drain;
  const keepWarm = resolved(inst).keepWarm;
  const outlivesDrain = keepWarm > drain;
  return { drain, keepWarm, outlivesDrain, pausesOld: inst.app.background_jobs === true && outlivesDrain };
}
/** The site as it was before this run, kept until the run succeeds (the record step removes it). */
export const siteBefore = (site: string) => `${site}.slotflip-before`;

export function siteSnapshot(site: string): Op {
  return {
    kind: 'sh',
    note: 'keep the site that serves now, for an undo',
    text:
      `rm -f ${quote(siteBefore(site))}; [ ! -e ${quote(site)} ] || cp -p ${quote(site)} ` +
      `${quote(siteBefore(site))}`,
  };
}

export function siteRestore(site: string): Op {
  const before = quote(siteBefore(site));
  return {
    kind: 'sh',
    note: 'put the site that served before this run back (one nginx reload, only if it changed)',
    text: `if [ -e ${before} ] && ! cmp -s ${before} ${quote(site)}; then
  mv -f ${before} ${quote(site)}; nginx -t -q && ${RELOAD_NGINX}
fi
rm -f ${before}`,
  };
}
