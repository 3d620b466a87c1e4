import type { Transport } from '../transport/transport.js';
import { NO_FACTS, parseFacts, type ContainerFacts } from './facts.js';
import { parseContainerState, type ContainerState, type Provider } from './provider.js';

/** What provision reads before it plans and after it ran: the container's state, its settings and what it has. */
export interface ContainerRead {
  state: ContainerState;
  settings?: string;
  facts: ContainerFacts;
}

/** The container cannot be read; provision turns this into its own error with the remedy. */
export class ContainerUnreadable extends Error {
  constructor(
    message: string,
    readonly remedy = '',
  ) {
    super(message);
  }
}

export interface ReadContainerOptions {
  provider: Provider;
  /** The node the provider runs its tools on. */
  host: Transport;
  vmid: number;
  /** The script that reads the container from inside (provision/facts.ts). */
  facts: string;
  mask: (text: string) => string;
  /** Connections opened here are added to it, for the caller to close. */
  opened: Transport[];
}

/**
 * The state and settings from the node, and, when the container runs, its facts from inside: a container that does
 * not run cannot be read, so its facts are the empty ones and the plan assumes what a new container has.
 */
export async function readContainer(o: ReadContainerOptions): Promise<ContainerRead> {
  const st = await o.host.script(o.provider.stateScript(o.vmid), { timeoutMs: 30_000 });
  const state = parseContainerState(st.stdout);
  if (!state)
    throw new ContainerUnreadable(
      `the state of container ${o.vmid} on ${o.provider.name} is unreadable: ` +
        `${o.mask(st.stderr.trim() || st.stdout.trim())}`,
      "Check that the provider's tools work on that machine",
    );
  const settings =
    state !== 'absent' && o.provider.settingsScript
      ? (await o.host.script(o.provider.settingsScript(o.vmid), { timeoutMs: 30_000 })).stdout
      : undefined;
  if (state !== 'running') return { state, settings, facts: NO_FACTS };
  const inside = await o.provider.inside(o.vmid);
  o.opened.push(inside);
  const r = await inside.script(o.facts, { timeoutMs: 60_000 });
  if (r.code !== 0) throw new ContainerUnreadable(`reading container ${o.vmid} failed: ${o.mask(r.stderr.trim())}`);
  return { state, settings, facts: parseFacts(r.stdout) };
}
