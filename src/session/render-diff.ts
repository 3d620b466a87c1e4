import { createTwoFilesPatch } from 'diff';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Environment } from '../config/environment.generated.js';
import { SlotflipError } from '../errors.js';
import type { RenderedFile } from '../shell/ops.js';
import { prepare } from './prepare.js';

// What a pull request changes on the hosts: every file slotflip renders (units, nginx sites, app config), rendered
// offline for the PR and for its base branch, compared file by file. No secrets exist here: secret values render as
// `<secret NAME>` placeholders on both sides, so a diff can show that a secret reference changed, never a value.

export interface RenderedChange {
  instance: string;
  path: string;
  status: 'added' | 'removed' | 'changed';
  patch: string;
}

export interface RenderedDiff {
  changes: RenderedChange[];
  /** Instances that could not be rendered on one side, with why (the check itself does not fail on these). */
  problems: string[];
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

async function renderSide(
  envFile: string,
  instanceId: string,
  templatesDir: string,
): Promise<Map<string, RenderedFile> | string> {
  try {
    const p = await prepare({ envFile, instanceId, templatesDir });
    return new Map(p.files.map((f) => [f.path, f]));
  } catch (err) {
    return err instanceof SlotflipError ? err.message.split('\n')[0]! : String(err);
  }
}

export async function renderedDiff(req: {
  files: string[];
  environments: ReadonlyMap<string, Environment>;
  baseDir: string;
  templatesDir?: string;
}): Promise<RenderedDiff> {
  const changes: RenderedChange[] = [];
  const problems: string[] = [];
  for (const file of req.files) {
    const ids = (req.environments.get(file)?.instances ?? []).map((i) => i.id);
    const baseFile = join(req.baseDir, file);
    const baseExists = await exists(baseFile);
    for (const id of ids) {
      const head = await renderSide(file, id, req.templatesDir ?? 'templates');
      if (typeof head === 'string') {
        problems.push(`${file}: ${id}: ${head}`);
        continue;
      }
      let base: Map<string, RenderedFile> | string = new Map();
      if (baseExists) base = await renderSide(baseFile, id, join(req.baseDir, 'templates'));
      if (typeof base === 'string') base = new Map(); // new in this PR (or not renderable before): all added
      for (const path of [...new Set([...base.keys(), ...head.keys()])].sort()) {
        const before = base.get(path)?.content ?? '';
        const after = head.get(path)?.content ?? '';
        if (before === after) continue;
        const status = !base.has(path) ? 'added' : !head.has(path) ? 'removed' : 'changed';
        changes.push({
          instance: id,
          path,
          status,
          patch: createTwoFilesPatch(`a${path}`, `b${path}`, before, after, undefined, undefined, { context: 3 }),
        });
      }
    }
  }
  return { changes, problems };
}

const MAX_PATCH_LINES = 300;
const MAX_SECTION_BYTES = 300_000;

/** The job summary section: one collapsible diff per rendered file, bounded so a huge change cannot break the page. */
export function renderedDiffMarkdown(d: RenderedDiff): string {
  if (!d.changes.length && !d.problems.length)
    return '\n### Rendered changes\n\nNo rendered file changes on any host.\n';
  const parts = [
    '',
    '### Rendered changes',
    '',
    `${d.changes.length} rendered file${d.changes.length === 1 ? '' : 's'} change on the hosts (secrets ` +
      `appear as placeholders).`,
    '',
  ];
  let bytes = 0;
  for (const [i, c] of d.changes.entries()) {
    let lines = c.patch.split('\n').slice(2); // the ===== header adds nothing here
    if (lines.length > MAX_PATCH_LINES)
      lines = [...lines.slice(0, MAX_PATCH_LINES), `... ${lines.length - MAX_PATCH_LINES} more lines`];
    const body = lines.join('\n').trimEnd();
    const fence = '`'.repeat(Math.max(3, ...[...body.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    const block =
      `<details><summary><code>${c.instance}</code>: <code>${c.path}</code> ` +
      `(${c.status})</summary>\n\n${fence}diff\n${body}\n${fence}\n\n</details>\n`;
    if (bytes + block.length > MAX_SECTION_BYTES) {
      parts.push(
        `... and ${d.changes.length - i} more changed files (too large for the summary: run \`slotflip plan ` +
          `--offline\` locally)`,
      );
      break;
    }
    bytes += block.length;
    parts.push(block);
  }
  if (d.problems.length) parts.push('Not rendered:', '', ...d.problems.map((p) => `- ${p.replace(/[<>]/g, '')}`), '');
  return `${parts.join('\n')}\n`;
}
