// The action's inputs every command shares, and the verbs that only read a host (status, doctor).
import * as core from '@actions/core';
import { runStatus } from '../commands/status.js';
import { formatStatus } from '../facts/status-format.js';
import { ExitCode } from '../exit-codes.js';

export async function status(): Promise<void> {
  const s = await runStatus(common());
  core.info(formatStatus(s));
  await core.summary.addRaw(`## slotflip status\n\n\`\`\`\n${formatStatus(s)}\n\`\`\`\n`).write();
  if (s.release) core.setOutput('release', s.release);
  if (s.active) core.setOutput('slot', s.active);
}

/** The diagnosis as a table in the job summary; a FAIL fails the job (the scheduled workflow shows it red). */
export async function doctor(): Promise<void> {
  const { runDoctor } = await import('../commands/doctor.js');
  const { doctorMarkdown, formatRows } = await import('../doctor/format.js');
  const { worst } = await import('../doctor/rows.js');
  const rows = await runDoctor(common());
  core.info(formatRows(rows));
  await core.summary.addRaw(doctorMarkdown(rows)).write();
  const verdict = worst(rows);
  core.setOutput('verdict', verdict);
  if (verdict === 'FAIL') {
    core.setFailed(
      `slotflip doctor: ${rows
        .filter((r) => r.verdict === 'FAIL')
        .map((r) => `${r.instance} ${r.check}: ${r.detail}`)
        .join('; ')}`,
    );
    process.exitCode = ExitCode.doctorFailed;
  }
}

/**
 * Every line of every secret is masked before anything could print it (a multi-line key leaks line by line otherwise).
 */
export function maskAll(values: string[]): void {
  for (const v of values) for (const line of v.split(/\r?\n/)) if (line.trim().length >= 4) core.setSecret(line);
}

export function common() {
  const env = core.getInput('env', { required: true });
  return {
    envFile: env,
    instanceId: core.getInput('instance') || undefined,
    secrets: { env: process.env, dir: core.getInput('secrets-dir') || undefined },
    onSecrets: maskAll,
  };
}
