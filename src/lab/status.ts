import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { attach, containerState, existingContainers } from './container.js';
import { checkRoot } from './host-setup.js';
import { serviceStateScript, SERVICES } from './services.js';
import { containerAddress, containerName } from './settings.js';
import { envDir } from './state-files.js';

// `slotflip lab status`: each lab container, its address, and the state of the services slotflip relies on in it.

export interface ContainerStatus {
  name: string;
  address: string;
  state: string;
  services: Record<(typeof SERVICES)[number], string>;
  envFile: string | null;
}

export async function labStatus(): Promise<ContainerStatus[]> {
  checkRoot();
  const out: ContainerStatus[] = [];
  for (const n of await existingContainers()) {
    const state = await containerState(n);
    const services = Object.fromEntries(SERVICES.map((s) => [s, 'unknown'])) as ContainerStatus['services'];
    if (state === 'RUNNING') {
      const r = await attach(n).script(serviceStateScript, { timeoutMs: 10_000 });
      r.stdout
        .trim()
        .split('\n')
        .forEach((v, i) => {
          const key = SERVICES[i];
          if (key) services[key] = v.trim() || 'unknown';
        });
    }
    const envFile = join(envDir(), `lab-${n}.yaml`);
    out.push({
      name: containerName(n),
      address: containerAddress(n),
      state,
      services,
      envFile: existsSync(envFile) ? relative(process.cwd(), envFile) : null,
    });
  }
  return out;
}
