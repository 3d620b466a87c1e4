import { readFile, writeFile } from 'node:fs/promises';
import type { Instance } from '../config/environment.generated.js';
import { runSteps, type StepsOutcome } from '../engine/run-steps.js';
import type { StepEvent } from '../engine/outcome.js';
import { SlotflipError } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { layout } from '../shell/layout.js';
import { masker } from '../plan/format.js';
import { factsScript } from '../provision/facts.js';
import { ContainerUnreadable, readContainer, type ContainerRead } from '../provision/read-container.js';
import { deployKeyLine, lineFingerprint, pinHostKey } from '../provision/host-key.js';
import { buildProvisionPlan, formatProvisionPlan, planIsEmpty, type ProvisionPlan } from '../provision/plan.js';
import type { Provider } from '../provision/provider.js';
import { proxmoxProvider } from '../provision/proxmox.js';
import { RenderError } from '../render/escape.js';
import type { TemplateSet } from '../render/template-set.js';
import { renderTuningFiles, type TuningFiles } from '../render/tuning-files.js';
import type { SecretSource } from '../secrets/lookup.js';
import type { Transport } from '../transport/transport.js';
import { prepare } from '../session/prepare.js';
import { stepReporter } from '../session/progress.js';

export interface ProvisionOptions {
  envFile: string;
  instanceId?: string;
  secrets: SecretSource;
  /** Default: Proxmox, from the target. The lab passes its LXC provider. */
  provider?: (inst: Instance) => Provider;
  dryRun: boolean;
  /** Write the pinned host key into the environment file (otherwise the change is only printed). */
  writeHostKey: boolean;
  log: (line: string) => void;
  onEvent?: (e: StepEvent, mask: (t: string) => string) => void;
}

export interface ProvisionResult {
  exitCode: ExitCodeValue;
  summary: string;
  planText?: string;
  /** The container's host key fingerprint, read inside it (never over the network). */
  hostKey?: string;
  /** The environment file's change that pins it, when it is not pinned yet. */
  pinPatch?: string;
  changes: string[];
}

/** The tuning files the environment asks for; a template that does not render is the environment's error. */
function tuningFiles(inst: Instance, templates: TemplateSet): TuningFiles {
  try {
    return renderTuningFiles(inst, templates);
  } catch (err) {
    if (err instanceof RenderError)
      throw fail(err.message, 'Fix the template in templates/slotflip/', ExitCode.invalidConfig);
    throw err;
  }
}

const fail = (message: string, remedy = '', code: ExitCodeValue = ExitCode.provisionFailed) =>
  new SlotflipError('provision', message, remedy, code);

/**
 * `slotflip provision`: the instance's container as its environment file describes it, from nothing or from what is
 * there. Read (state, settings, what the container has), plan, run the node's steps, read the container again now
 * that it runs, run its steps, and read it a last time: what still differs is reported, and the host key is printed.
 */
export async function runProvision(opts: ProvisionOptions): Promise<ProvisionResult> {
  const prepared = await prepare({
    envFile: opts.envFile,
    instanceId: opts.instanceId,
    secrets: opts.secrets,
    adminSecret: true,
  });
  const inst = prepared.instance;
  const tuning = tuningFiles(inst, prepared.templates);
  const s = prepared.secrets;
  if (!inst.container)
    throw fail(
      `${inst.id} has no container section`,
      'Add one (vmid, template, memory, disk, address) to provision it',
      ExitCode.invalidConfig,
    );
  const keySecret = inst.target.ssh_key_secret;
  const key = deployKeyLine(inst.target, s);
  if (!key.ok)
    throw fail(
      `${inst.id}: ${key.reason}`,
      'provision authorizes the deploy key in the container: name its secret in target.ssh_key_secret',
      ExitCode.invalidConfig,
    );
  const secrets = {
    db: inst.database ? s[inst.database.password_secret] : undefined,
    dbAdmin: inst.database?.admin_secret ? s[inst.database.admin_secret] : undefined,
    redis: inst.redis?.password_secret ? s[inst.redis.password_secret] : undefined,
  };
  const mask = masker(Object.values(s));
  const provider = opts.provider?.(inst) ?? proxmoxProvider(inst, keySecret ? s[keySecret] : undefined);
  const vmid = inst.container.vmid;
  const host = await provider.host();
  const opened: Transport[] = [host];
  try {
    const read = () =>
      readContainer({ provider, host, vmid, facts: factsScript(inst, key.line), mask, opened }).catch((e: unknown) => {
        throw e instanceof ContainerUnreadable ? fail(e.message, e.remedy) : e;
      });
    const plan = (r: ContainerRead): ProvisionPlan => {
      const built = buildProvisionPlan({
        inst,
        provider,
        state: r.state,
        facts: r.facts,
        settings: r.settings,
        keyLine: key.line,
        secrets,
        site: prepared.files.find((f) => f.path === layout(inst.id).site),
        tuning,
      });
      if (!built.ok) throw fail(built.reason, '', ExitCode.invalidConfig);
      return built.plan;
    };
    const first = plan(await read());
    const planText = formatProvisionPlan(first, Object.values(s));
    if (opts.dryRun)
      return {
        exitCode: ExitCode.ok,
        summary: planIsEmpty(first) ? 'nothing to provision' : `plan: ${first.changes.length} difference(s)`,
        planText,
        changes: first.changes,
      };
    const progress = stepReporter(opts.log, mask, opts.onEvent);
    const run = async (steps: ProvisionPlan['host'], t: Transport): Promise<void> => {
      const out: StepsOutcome = await runSteps(steps, t, { onEvent: progress.onEvent });
      if (out.kind === 'failed') {
        throw fail(
          `${out.step.title} failed (exit ${out.code}): ${mask(out.detail)}`,
          out.disconnected
            ? 'The connection was lost: check the node is reachable and run provision again'
            : 'Every step converges: fix the cause and run provision again; only what still differs is done',
        );
      }
    };
    try {
      if (!planIsEmpty(first)) {
        for (const line of first.changes) opts.log(`differs: ${line}`);
        if (first.host.length) opts.log(`on ${provider.name}:`);
        await run(first.host, host);
        // A container that did not run could not be read: read it now and do only what it lacks.
        const second = first.assumed ? plan({ ...(await read()), state: 'running' }) : first;
        const inside = await provider.inside(vmid);
        opened.push(inside);
        opts.log(`in container ${vmid}:`);
        await run(
          first.assumed ? [...first.container.filter((x) => x.id === 'boot'), ...second.container] : second.container,
          inside,
        );
      }
    } finally {
      progress.stop();
    }
    const last = await read();
    const after = plan(last);
    for (const line of after.left) opts.log(`left alone: ${line}`);
    const hostKey = last.facts.hostKey ? lineFingerprint(last.facts.hostKey) : undefined;
    const result: ProvisionResult = {
      exitCode: planIsEmpty(first) ? ExitCode.nothingToDo : ExitCode.ok,
      summary: '',
      planText,
      hostKey,
      changes: first.changes,
    };
    if (!planIsEmpty(after))
      throw fail(
        `container ${vmid} still differs after provisioning: ${after.changes.join('; ')}`,
        'Run provision again; if it persists, something in the container changes it back',
      );
    if (!hostKey) throw fail(`container ${vmid} has no ed25519 host key after provisioning`);
    const pinned: readonly string[] = inst.target.host_keys ?? [];
    if (inst.target.transport === 'ssh' && pinned.length && !pinned.includes(hostKey)) {
      throw fail(
        `container ${vmid}'s host key is ${hostKey}, but the environment pins ${pinned.join(', ')}`,
        'If the container was rebuilt on purpose, pin the new key; otherwise find out who changed it',
        ExitCode.connection,
      );
    }
    if (inst.target.transport === 'ssh' && !pinned.includes(hostKey)) {
      const text = await readFile(opts.envFile, 'utf8');
      const pin = pinHostKey(opts.envFile, text, inst.id, hostKey);
      result.pinPatch = pin?.patch;
      if (pin && opts.writeHostKey) await writeFile(opts.envFile, pin.text);
    }
    result.summary = planIsEmpty(first)
      ? `container ${vmid} already matches ${opts.envFile}: nothing changed`
      : `container ${vmid} provisioned (${first.changes.length} difference(s) put right)`;
    return result;
  } finally {
    await Promise.all(opened.map((t) => t.close()));
  }
}
