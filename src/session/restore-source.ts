import { fetchArtifact } from '../backup/artifact-store.js';
import { NO_GITHUB, type GitHubPort } from '../backup/github-port.js';
import { listBackups, pick, sourceOf } from '../backup/locate.js';
import type { ArchiveSource } from '../backup/stream-archive.js';
import { judgeRun } from '../backup/trust.js';
import type { Instance } from '../config/environment.generated.js';
import { SlotflipError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Transport } from '../transport/transport.js';
import type { VerbResult } from './verb.js';

// Where `slotflip restore --from` finds its backup: the host's store, the local stores, or a trusted workflow run's
// artifact. An answer that is not a source is the verb's result (refused, or no such backup).

export interface SourceOptions {
  /** A backup id, `latest` (host and local stores), or `run:RUN_ID` (the artifact a trusted workflow run stored). */
  from: string;
  /** GITHUB_* variables for `run:` (the API and the token). */
  env?: NodeJS.ProcessEnv;
  /** GitHub, for `--from run:ID` (github/port.ts; tests pass their own). */
  github?: GitHubPort;
  log: (line: string) => void;
}

/** A restore that will not go ahead: nothing was touched. */
export const refused = (summary: string): VerbResult => ({ exitCode: ExitCode.backupRefused, summary });
/** The environment or the command line does not give what a restore needs. */
export const bad = (message: string, remedy: string) =>
  new SlotflipError('validate', message, remedy, ExitCode.invalidConfig);

/** `--from run:ID`: only from this repository's own backup or deploy workflow, on the default branch, never a PR's. */
async function fromRun(
  runId: number,
  inst: Instance,
  opts: SourceOptions,
  workDir: string,
): Promise<ArchiveSource | VerbResult> {
  const github = opts.github ?? NO_GITHUB;
  const api = github.runs(opts.env ?? process.env);
  if ('missing' in api)
    throw bad(
      `--from run:${runId} needs ${api.missing}`,
      'Run the restore in a workflow, or set GITHUB_REPOSITORY and GITHUB_TOKEN',
    );
  const run = await api.run(runId);
  const verdict = judgeRun(run, api.repo, await api.defaultBranch());
  if (!verdict.trusted) return refused(`refusing the artifact of ${verdict.reason}; nothing was touched`);
  const [owner_, name] = api.repo.split('/') as [string, string];
  if (!github.artifacts)
    throw bad(
      `--from run:${runId} reads a workflow artifact`,
      'Run the restore inside a workflow run (the artifact client needs ACTIONS_RUNTIME_TOKEN)',
    );
  const client = await github.artifacts();
  const files = await fetchArtifact(
    client,
    inst.id,
    { token: api.token, workflowRunId: runId, repositoryOwner: owner_, repositoryName: name },
    workDir,
  );
  return { manifest: files.manifest, local: files.archive };
}

export async function locateBackup(
  transport: Transport,
  inst: Instance,
  opts: SourceOptions,
  workDir: string,
): Promise<ArchiveSource | VerbResult> {
  const run = /^run:(\d+)$/.exec(opts.from);
  if (run) return fromRun(Number(run[1]), inst, opts, workDir);
  const found = await listBackups(transport, inst);
  const f = pick(found, opts.from);
  if (!f)
    return {
      exitCode: ExitCode.invalidConfig,
      summary:
        `no backup "${opts.from}" of ${inst.id} on the host or in the local stores ` +
        `(${found.map((x) => x.manifest.id).join(', ') || 'none'})`,
    };
  opts.log(
    `backup ${f.manifest.id} from the ${f.store.type} store: release ${f.manifest.release ?? 'none'}, made ` +
      `${f.manifest.created}, ${f.manifest.encrypted.bytes} bytes`,
  );
  return sourceOf(inst.id, f);
}
