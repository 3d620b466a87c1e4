import type { Finding } from '../../report/finding.js';
import { sizeBytes } from '../../presets/sizes.js';
import { POSTGRES_FLOOR_MIB, postgresShareMib, redisMaxmemoryMib } from '../../render/tuning.js';
import { at, instancesOf, isLocalHost, isRecord, presetOf, type Loose, type Rule } from './rule.js';

// During a deploy both slots run at once, and a build may run beside them: when that does not fit the container, the
// kernel's OOM killer picks a process, perhaps PostgreSQL. Counted from what the environment declares.

export const SYSTEM_MIB = 128;

export const memoryFit: Rule = (files, ctx) => {
  const findings: Finding[] = [];
  for (const ref of instancesOf(files)) {
    const container = isRecord(ref.inst.container) ? ref.inst.container : undefined;
    const app = isRecord(ref.inst.app) ? ref.inst.app : undefined;
    const components = app && isRecord(app.components) ? Object.values(app.components).filter(isRecord) : [];
    const limits = components.map((c) =>
      typeof c.memory_max === 'string' ? (sizeBytes(c.memory_max) ?? 0) / 1048576 : 0,
    );
    if (!container || typeof container.memory !== 'number' || !limits.some((l) => l > 0)) continue;
    const memory = container.memory;
    const slot = limits.reduce((a, b) => a + b, 0);
    const build = presetOf(ref, ctx)?.build_memory ?? 0;
    const db = isRecord(ref.inst.database) ? ref.inst.database : undefined;
    const redis = isRecord(ref.inst.redis) ? ref.inst.redis : undefined;
    // A tuned PostgreSQL is given a quarter of the container (database.tune); an untuned one is counted at the floor.
    const postgres =
      db && isLocalHost(db.host) ? (db.tune === true ? postgresShareMib(memory) : POSTGRES_FLOOR_MIB) : 0;
    // provision gives a local Redis an eighth of the container's memory as maxmemory.
    const redisMib = redis && isLocalHost(redis.host) ? redisMaxmemoryMib(memory) : 0;
    const need = 2 * slot + build + postgres + redisMib + SYSTEM_MIB;
    if (need <= memory) continue;
    const parts = [
      `blue and green 2 x ${slot}`,
      build ? `build ${build}` : '',
      postgres ? `PostgreSQL ${postgres}` : '',
      redisMib ? `Redis ${redisMib}` : '',
      `system ${SYSTEM_MIB}`,
    ].filter(Boolean);
    findings.push(
      at(
        ref.parsed,
        [...ref.path, 'container', 'memory'],
        'error',
        'memory-fit',
        `both slots do not fit during a deploy: it needs ${need} MiB (${parts.join(', ')}) and the ` +
          `container has ${memory}: raise container.memory or lower the components' memory_max`,
      ),
    );
  }
  return findings;
};

/** Tuning is sized from the instance's container and written into it: a server elsewhere is not provision's to tune. */
export const tuningNeedsContainer: Rule = (files) => {
  const findings: Finding[] = [];
  for (const ref of instancesOf(files)) {
    for (const [key, what] of [
      ['database', 'PostgreSQL'],
      ['redis', 'Redis'],
    ] as const) {
      const section = ref.inst[key];
      if (!isRecord(section) || section.tune !== true) continue;
      const why = !isRecord(ref.inst.container)
        ? 'the instance has no container section to size it from'
        : !isLocalHost((section as Loose).host)
          ? `${what} at ${String(section.host)} is not in the instance's container`
          : '';
      if (why)
        findings.push(
          at(
            ref.parsed,
            [...ref.path, key, 'tune'],
            'error',
            'tuning',
            `${key}.tune: ${why}; tune that server where it runs, or remove tune`,
          ),
        );
    }
  }
  return findings;
};
