import type { Instance } from '../config/environment.generated.js';
import { readProbe } from '../facts/probe-output.js';
import { backupRow, diskRows, operationRows, lockRow } from '../doctor/host-checks.js';
import { fail, LIMITS, ok, warn, type DoctorRow } from '../doctor/rows.js';
import { nginxRows, unitRows } from '../doctor/service-checks.js';
import { postgresRows, redisRows } from '../doctor/data-checks.js';
import { validateEnvironments } from '../validate/validate.js';
import { SlotflipError } from '../errors.js';
import { doctorScript } from '../host/doctor-probe.js';
import { connectTarget } from '../transport/connect.js';
import type { Transport } from '../transport/transport.js';
import { prepare, type PrepareOptions } from '../session/prepare.js';

// `slotflip doctor`: the operator's runbook (seed 003) as one read-only pass per instance. It never takes the lock
// and changes nothing, so it can run beside a deploy, and a scheduled workflow can run it every hour.

/**
 * The host's clock against ours, with the round trip as its uncertainty (TLS, tokens and the lease need a sane clock).
 */
async function clockRow(id: string, transport: Transport): Promise<DoctorRow> {
  const before = Date.now();
  const r = await transport.script('date +%s.%N', { timeoutMs: 15_000 });
  const after = Date.now();
  const host = Number(r.stdout.trim()) * 1000;
  if (!Number.isFinite(host))
    return warn(
      id,
      'clock',
      `cannot read the host's clock: ${r.stderr.trim().slice(0, 120)}`,
      'check `date` on the host',
    );
  const skew = Math.abs(host - (before + after) / 2) / 1000;
  const slack = (after - before) / 2000;
  const detail = `${skew.toFixed(2)} s from this machine's clock (±${slack.toFixed(2)} s)`;
  const remedy = 'enable time sync on the Proxmox host (chrony or systemd-timesyncd); containers share its clock';
  if (skew - slack > LIMITS.clockFailSeconds) return fail(id, 'clock', detail, remedy);
  if (skew - slack > LIMITS.clockWarnSeconds) return warn(id, 'clock', detail, remedy);
  return ok(id, 'clock', detail);
}

async function diagnose(inst: Instance, secrets: Readonly<Record<string, string>>): Promise<DoctorRow[]> {
  let transport: Transport;
  try {
    transport = await connectTarget(inst, secrets);
  } catch (err) {
    if (!(err instanceof SlotflipError)) throw err;
    return [fail(inst.id, 'reach', err.message, `${err.remedy || 'check the target'}; nothing else could be checked`)];
  }
  try {
    const hello = await transport.script('echo ready', { timeoutMs: 20_000 });
    if (hello.stdout.trim() !== 'ready') {
      return [
        fail(
          inst.id,
          'reach',
          `${transport.label} does not run commands: ${(hello.stderr || `exit ${hello.code}`).trim().slice(0, 200)}`,
          'is the container running? (pct status on the Proxmox host; pct start)',
        ),
      ];
    }
    const reached = ok(
      inst.id,
      'reach',
      inst.target.transport === 'ssh' ? `${transport.label}, host key pinned` : transport.label,
    );
    const clock = await clockRow(inst.id, transport);
    const r = await transport.script(doctorScript(inst), { timeoutMs: 120_000 });
    const p = readProbe(inst, r.stdout);
    return [
      reached,
      clock,
      ...diskRows(p),
      ...unitRows(p),
      ...nginxRows(p),
      ...postgresRows(p),
      ...redisRows(p),
      lockRow(p),
      ...operationRows(p),
      backupRow(p),
    ];
  } finally {
    await transport.close();
  }
}

/**
 * Every instance of the file (or the one named), one after another; a host that cannot be reached is a row, not a stop.
 */
export async function runDoctor(opts: PrepareOptions): Promise<DoctorRow[]> {
  const ids = opts.instanceId ? [opts.instanceId] : await instanceIds(opts.envFile);
  const rows: DoctorRow[] = [];
  for (const id of ids) {
    const prepared = await prepare({ ...opts, instanceId: id, render: false });
    rows.push(...(await diagnose(prepared.instance, prepared.secrets)));
  }
  return rows;
}

/** The file's instance ids; an invalid file is left to prepare, which says what is wrong with it. */
async function instanceIds(envFile: string): Promise<Array<string | undefined>> {
  const outcome = await validateEnvironments({ paths: [envFile] });
  return outcome.environments.get(envFile)?.instances.map((i) => i.id) ?? [undefined];
}
