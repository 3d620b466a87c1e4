import { prepare, type Prepared } from '../../src/session/prepare.js';
import { validateEnvironments } from '../../src/validate/validate.js';
import { emptyState } from '../../src/shell/state.js';
import { compileStep } from '../../src/plan/compile.js';
import { archiveFormat } from '../../src/host/release.js';
import { filesDirToCreate } from '../../src/presets/data-dir.js';
import { buildDeployPlan } from '../../src/plan/deploy-plan.js';
import type { RenderedFile } from '../../src/shell/ops.js';
import { renderLab, labInstance } from '../plan/fixtures.js';
import { pinnedExamplesRoot } from '../helpers.js';

/**
 * Every environment shipped in environments/ (each instance), rendered offline (secrets as placeholders), plus the
 * lab's. Read from their pinned copies (helpers.ts): the shipped files name no sha256, which validate refuses.
 */
export async function shippedExamples(): Promise<{ name: string; prepared?: Prepared; files: RenderedFile[] }[]> {
  const home = process.cwd();
  process.chdir(pinnedExamplesRoot());
  try {
    return await renderExamples();
  } finally {
    process.chdir(home);
  }
}

async function renderExamples(): Promise<{ name: string; prepared?: Prepared; files: RenderedFile[] }[]> {
  const out: { name: string; prepared?: Prepared; files: RenderedFile[] }[] = [];
  const validated = await validateEnvironments({ paths: ['environments'] });
  for (const [envFile, env] of [...validated.environments].sort(([a], [b]) => a.localeCompare(b))) {
    for (const inst of env.instances) {
      const prepared = await prepare({ envFile, instanceId: inst.id });
      out.push({ name: `${envFile}: ${inst.id}`, prepared, files: prepared.files });
    }
  }
  out.push({ name: 'lab: demo-lab-1', files: renderLab() });
  return out;
}

/**
 * The bash scripts a deploy of this instance runs (a first deploy and an update, every step and undo), as the executor
 * sends them.
 */
export function deployScripts(prepared: Prepared | undefined, files: RenderedFile[]): { name: string; text: string }[] {
  const instance = prepared?.instance ?? labInstance();
  const r = instance.app.release;
  // As loadRelease gives it: a URL release is downloaded by the host, so its fetch script is checked too.
  const release =
    r.source === 'url' && r.url
      ? {
          version: r.version,
          sha256: r.sha256!,
          bytes: Buffer.alloc(0),
          url: r.url,
          format: archiveFormat(r.url),
          breaking: false,
        }
      : {
          version: r.version,
          sha256: 'b'.repeat(64),
          bytes: Buffer.from('archive'),
          format: 'tar.gz' as const,
          breaking: false,
        };
  const live = {
    ...emptyState(instance.id),
    active: 'blue' as const,
    slots: { blue: { release: '0.9.0-aaaaaaaa', version: '0.9.0', since: 'x' } },
    releases: ['0.9.0-aaaaaaaa'],
  };
  const ctx = {
    run: 'R1',
    journal: `/opt/slotflip/${instance.id}/journal.jsonl`,
    root: `/opt/slotflip/${instance.id}`,
    lock: `/opt/slotflip/${instance.id}/lock`,
    owner: 'ci',
  };
  const out: { name: string; text: string }[] = [];
  for (const [label, state] of [
    ['first', emptyState(instance.id)],
    ['update', live],
  ] as const) {
    const r = buildDeployPlan({
      run: 'R1',
      owner: 'ci',
      now: '2026-11-23T00:00:00.000Z',
      instance,
      files,
      release,
      state,
      allowBreaking: false,
      smoke: prepared?.smoke,
      dataDir: prepared ? filesDirToCreate(prepared.instance, prepared.preset) : undefined,
    });
    if (r.kind !== 'plan') throw new Error(`${instance.id}: ${r.kind}`);
    for (const s of r.plan.steps) {
      out.push({ name: `${label} ${s.id}`, text: compileStep(s, ctx) });
      if (s.undo?.length) out.push({ name: `${label} ${s.id} undo`, text: compileStep(s, ctx, s.undo, 'undo') });
      // The host's watch runs a script of its own (written by the flip step): checked as what it is, not as its write.
      for (const op of s.ops)
        if (op.kind === 'write' && op.path.endsWith('/watch.sh'))
          out.push({ name: `${label} the host's watch`, text: op.content.replace(/^#!.*\n/, '') });
    }
  }
  return out;
}
