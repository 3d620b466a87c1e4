import type { Instance } from '../config/environment.generated.js';
import { formatOp, masker } from '../plan/format.js';
import type { Step } from '../plan/types.js';
import type { RenderedFile } from '../shell/ops.js';
import type { TuningFiles } from '../render/tuning-files.js';
import { containerSteps } from './container-steps.js';
import { type ProvisionSecrets } from './service-work.js';
import type { ContainerFacts } from './facts.js';
import { type ContainerState, type Provider, waitForBootOp } from './provider.js';

// A provision plan, as data: what runs on the node (create, start, settings) and what runs inside the container
// (packages, sshd, the service user, the deploy key, TLS, PostgreSQL, Redis), each step only when the container's
// facts say it differs. No step has an undo: every one converges, so running provision again is the way forward.

export interface ProvisionPlan {
  instance: string;
  vmid: number;
  provider: string;
  state: ContainerState;
  host: Step[];
  container: Step[];
  changes: string[];
  left: string[];
  /**
   * The container does not run yet, so it could not be read: its steps are all shown, and checked again before they
   * run.
   */
  assumed: boolean;
}

export interface ProvisionInput {
  inst: Instance;
  provider: Provider;
  state: ContainerState;
  facts: ContainerFacts;
  /** `settingsScript`'s output, when the container exists. */
  settings?: string;
  /** The deploy key's public half, for ssh targets (a pct target is reached without one). */
  keyLine: string | undefined;
  secrets: ProvisionSecrets;
  /** slotflip's rendered nginx site for the instance (the one every deploy writes). */
  site?: RenderedFile;
  /** The tuning files the environment asks for (database.tune, redis.tune). */
  tuning?: TuningFiles;
}

const step = (id: string, title: string, ops: Step['ops'], timeoutMs = 120_000): Step => ({
  id,
  phase: 'provision',
  title,
  ops,
  timeoutMs,
});

export function buildProvisionPlan(
  p: ProvisionInput,
): { ok: true; plan: ProvisionPlan } | { ok: false; reason: string } {
  const c = p.inst.container;
  if (!c)
    return {
      ok: false,
      reason: `${p.inst.id} has no container section: add one (vmid, template, memory, disk, address) to provision it`,
    };
  const host: Step[] = [];
  const changes: string[] = [];
  const left: string[] = [];
  if (p.state === 'absent') {
    const created = p.provider.create(p.inst, p.keyLine);
    if (!created.ok) return created;
    changes.push(`container ${c.vmid} does not exist`);
    host.push(step('create', `create container ${c.vmid} from ${c.template}`, created.ops, 15 * 60_000));
  } else if (p.settings !== undefined && p.provider.settings) {
    const s = p.provider.settings(p.inst, p.settings);
    changes.push(...s.changes);
    left.push(...s.left);
    if (s.ops.length) host.push(step('settings', `container ${c.vmid}: ${s.changes.join(', ')}`, s.ops));
  }
  if (p.state !== 'running') {
    if (p.state === 'stopped') changes.push(`container ${c.vmid} is stopped`);
    host.push(step('start', `start container ${c.vmid}`, p.provider.start(c.vmid)));
  }
  const inside = containerSteps(p.inst, p.facts, p.keyLine, p.secrets, p.site, p.tuning);
  const container = [
    ...(p.state === 'running' ? [] : [step('boot', 'wait for the container to boot', [waitForBootOp], 150_000)]),
    ...inside.steps,
  ];
  changes.push(...inside.changes);
  left.push(...inside.left);
  return {
    ok: true,
    plan: {
      instance: p.inst.id,
      vmid: c.vmid,
      provider: p.provider.name,
      state: p.state,
      host,
      container,
      changes,
      left,
      assumed: p.state !== 'running',
    },
  };
}

export const planIsEmpty = (plan: ProvisionPlan) => plan.host.length === 0 && plan.container.length === 0;

/** The plan as text, secrets as ***: what `provision --dry-run` prints. */
export function formatProvisionPlan(plan: ProvisionPlan, secrets: readonly string[]): string {
  const mask = masker(secrets);
  const out = [`provision ${plan.instance}: container ${plan.vmid} on ${plan.provider} (${plan.state})`];
  if (planIsEmpty(plan)) out.push('nothing differs from the environment');
  for (const line of plan.changes) out.push(`differs: ${line}`);
  for (const line of plan.left) out.push(`left alone: ${line}`);
  if (plan.assumed)
    out.push(
      'note: the container does not run yet, so every step inside it is shown; before they run it is read ' +
        'and only what it lacks is done',
    );
  const sections: [string, Step[]][] = [
    ['on the host', plan.host],
    ['in the container', plan.container],
  ];
  let n = 0;
  for (const [where, steps] of sections) {
    for (const s of steps) {
      out.push('', `${++n}. [${where}] ${s.title}`);
      for (const op of s.ops) out.push(...formatOp(op, mask).map((l) => `   ${l}`));
    }
  }
  return out.join('\n');
}
