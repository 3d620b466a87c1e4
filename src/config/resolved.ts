import schemaJson from '../../schema/environment.schema.json' with { type: 'json' };
import type { HealthCheck, Instance } from './environment.generated.js';
import { seconds } from './duration.js';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  default?: unknown;
}
const definitions = (schemaJson as unknown as { definitions: Record<string, SchemaNode> }).definitions;

/**
 * A setting's default as the schema documents it (`definition`, then property names down to the setting): the code
 * never restates a default, so it cannot drift from the documented one.
 */
export function schemaDefault(definition: string, ...path: string[]): unknown {
  let node: SchemaNode | undefined = definitions[definition];
  for (const key of path) node = node?.properties?.[key];
  if (node?.default === undefined) throw new Error(`the schema gives ${[definition, ...path].join('.')} no default`);
  return node.default;
}

const numberDefault = (definition: string, ...path: string[]) => Number(schemaDefault(definition, ...path));
const secondsDefault = (definition: string, ...path: string[]) =>
  seconds(String(schemaDefault(definition, ...path)), Number.NaN);

/** An instance's settings that have defaults, applied once: durations in seconds, counts and rates as numbers. */
export interface Resolved {
  healthTimeout: number;
  healthInterval: number;
  /** Passes in a row the health gate wants. */
  healthConsecutive: number;
  migrationTimeout: number;
  observe: number;
  keepWarm: number;
  drain: number;
  maxP95Latency: number;
  maxErrorRate: number;
  receiptRate: number;
  backupsKeep: number;
  assetsKeep: number;
}

export function resolved(inst: Instance): Resolved {
  const w = inst.windows;
  const duration = (value: string | undefined, definition: string, key: string) =>
    seconds(value, secondsDefault(definition, key));
  return {
    healthTimeout: duration(inst.health.timeout, 'health', 'timeout'),
    healthInterval: duration(inst.health.interval, 'health', 'interval'),
    healthConsecutive: inst.health.consecutive ?? numberDefault('health', 'consecutive'),
    migrationTimeout: duration(inst.migrations?.timeout, 'migrations', 'timeout'),
    observe: duration(w?.observe, 'windows', 'observe'),
    keepWarm: duration(w?.keep_warm, 'windows', 'keep_warm'),
    drain: duration(w?.drain, 'windows', 'drain'),
    maxP95Latency: duration(w?.max_p95_latency, 'windows', 'max_p95_latency'),
    maxErrorRate: w?.max_error_rate ?? numberDefault('windows', 'max_error_rate'),
    receiptRate: w?.receipt_rate ?? numberDefault('windows', 'receipt_rate'),
    backupsKeep: inst.backups?.keep ?? numberDefault('backups', 'keep'),
    assetsKeep: inst.nginx?.assets?.keep ?? numberDefault('nginx', 'assets', 'keep'),
  };
}

/** One health check's own timeout in seconds. */
export const checkTimeout = (check: HealthCheck) => seconds(check.timeout, secondsDefault('check', 'timeout'));
