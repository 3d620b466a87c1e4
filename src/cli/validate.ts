import { runValidate } from '../commands/validate.js';
import { findingsJson } from '../report/json.js';
import { formatFinding, formatSummary } from '../report/text.js';
import { JOBS, isJob } from '../validate/job-secrets.js';
import type { Io } from './io.js';
import { flag, str, type Values } from './parse.js';
import { UsageError } from './usage-error.js';

/** `slotflip validate PATH...`: findings as text (file:line:column) or JSON; the exit code says the worst. */
export async function validateCommand(values: Values, paths: string[], io: Io): Promise<number> {
  const job = str(values, 'job') ?? 'deploy';
  if (!isJob(job)) throw new UsageError(`--job must be one of ${JOBS.join(', ')}, not "${job}"`);
  if (values.job !== undefined && !flag(values, 'require-secrets'))
    throw new UsageError('--job says which secrets --require-secrets asks for: give both');
  const result = await runValidate({
    paths,
    baseDir: str(values, 'base'),
    requireSecrets: flag(values, 'require-secrets'),
    job,
    secretsDir: str(values, 'secrets-dir') ?? io.env.SLOTFLIP_SECRETS_DIR,
    env: io.env,
  });
  if (flag(values, 'json')) io.out(findingsJson(result.files, result.findings));
  else {
    for (const f of result.findings) io.out(formatFinding(f));
    io.err(formatSummary(result.findings, result.files.length));
  }
  return result.exitCode;
}
