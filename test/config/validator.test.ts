import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describingValidator, environmentValidator } from '../../src/config/schema.js';

// The validator is compiled ahead of time (scripts/gen-validator.mjs). It must give the verdict a fresh compile of the
// schema with the full options gives, on the examples and on documents broken in each way the findings rely on; the
// errors are the fresh compile's to describe.
const fresh = await describingValidator();

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
  it.each(documents.map((d, i) => [i, d]))('document %i: the same verdict as a fresh compile', (_i, doc) => {
    expect(environmentValidator()(doc)).toBe(fresh(doc));
  });
  it('finds the broken documents broken, so the verdicts above compare something', () => {
    expect(documents.slice(examples.length).every((d) => !environmentValidator()(d))).toBe(true);
    // The examples before the preset's defaults and a pin: some pass as they are, which is the other verdict.
    expect(examples.some((d) => environmentValidator()(d))).toBe(true);
  });
});
