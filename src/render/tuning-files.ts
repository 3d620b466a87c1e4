import type { Instance } from '../config/environment.generated.js';
import { postgresTuning, redisMaxmemory, type TuningResources } from './tuning.js';
import { renderText } from './engine.js';
import { RenderError } from './escape.js';
import type { TemplateSet } from './template-set.js';

// The optional tuning files (database.tune, redis.tune). Provision installs them, not the deploy: they belong to the
// container's PostgreSQL and Redis, which every instance in it shares, and changing them is not part of a release.

export const TUNING_TEMPLATES = {
  postgres: 'slotflip/postgresql-tuning.liquid',
  redis: 'slotflip/redis-tuning.liquid',
} as const;

export interface TuningFiles {
  postgres?: string;
  redis?: string;
}

/** The tuning templates an instance asks for (nothing without a container to size from). */
export function tuningTemplateNames(instance: Instance): string[] {
  if (!instance.container) return [];
  return [
    ...(instance.database?.tune ? [TUNING_TEMPLATES.postgres] : []),
    ...(instance.redis?.tune ? [TUNING_TEMPLATES.redis] : []),
  ];
}

export function tuningResources(instance: Instance): TuningResources | undefined {
  const c = instance.container;
  return c
    ? { memory: c.memory, cores: c.cores ?? 2, disk: c.disk, maxConnections: instance.database?.max_connections ?? 100 }
    : undefined;
}

export function renderTuningFiles(instance: Instance, templates: TemplateSet): TuningFiles {
  const resources = tuningResources(instance);
  if (!resources) return {};
  const render = (name: string, extra: Record<string, unknown>) => {
    const source = templates[name];
    if (source === undefined) throw new RenderError(`template ${name} is missing from templates/`);
    return renderText(name, source, 'text', { instance: instance.id, resources, ...extra });
  };
  return {
    ...(instance.database?.tune
      ? { postgres: render(TUNING_TEMPLATES.postgres, { pg: postgresTuning(resources) }) }
      : {}),
    ...(instance.redis?.tune
      ? { redis: render(TUNING_TEMPLATES.redis, { redis_maxmemory: redisMaxmemory(resources.memory) }) }
      : {}),
  };
}
