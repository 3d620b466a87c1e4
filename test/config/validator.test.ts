import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describingValidator, environmentValidator } from '../../src/config/schema.js';

// The validator is compiled ahead of time (scripts/gen-validator.mjs). It must say exactly what a fresh compile of the
// schema says, on the examples and on documents broken in each way the findings rely on.
const fresh = describingValidator();

const examples = readdirSync('environments')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(`environments/${f}`, 'utf8')) as Record<string, any>);
const broken = (edit: (env: Record<string, any>) => void) => {
  const env = structuredClone(examples[0]!);
  edit(env);
  return env;
};
const documents = [
  ...examples,
  broken((e) => (e.instances[0].target.port = 'twenty-two')),
  broken((e) => (e.instances[0].nginx.server_names = ['no spaces allowed'])),
  broken((e) => delete e.instances[0].app),
  broken((e) => (e.instances[0].surprise = true)),
  broken((e) => (e.instances[0].app.release = { source: 'url' })),
  broken((e) => (e.version = 2)),
];

describe('the environment validator compiled ahead of time', () => {
  it.each(documents.map((d, i) => [i, d]))(
    'document %i: the same verdict and the same errors as a fresh compile',
    (_i, doc) => {
      const aot = environmentValidator();
      const a = aot(doc);
      const b = fresh(doc);
      expect(a).toBe(b);
      const shape = (errors: typeof fresh.errors) =>
        (errors ?? []).map((e) => ({
          path: e.instancePath,
          schemaPath: e.schemaPath,
          keyword: e.keyword,
          params: e.params,
          message: e.message,
          parent: e.parentSchema,
        }));
      expect(shape(aot.errors)).toEqual(shape(fresh.errors));
    },
  );
});
