import type { ErrorObject, KeywordDefinition, ValidateFunction } from 'ajv';
import schemaJson from '../../schema/environment.schema.json' with { type: 'json' };
import validatorJson from '../../schema/environment.validator.json' with { type: 'json' };
import type { Environment } from './environment.generated.js';
import validate from './environment.validate.generated.js';

export type { Environment } from './environment.generated.js';
export const environmentSchema = schemaJson as Record<string, unknown>;

/**
 * The ajv validator for the environment schema, compiled ahead of time (scripts/gen-validator.mjs, with the options in
 * schema/environment.validator.json): compiling it at each start cost about 170 ms. It says valid or not and no more.
 */
export function environmentValidator(): ValidateFunction<Environment> {
  return validate as unknown as ValidateFunction<Environment>;
}

let describing: ValidateFunction<Environment> | undefined;

/**
 * The same validator compiled at run time, for a file that has errors: its errors point at this module's schema
 * objects (parentSchema), which the findings look up by identity. Only an invalid file pays for the compile.
 */
export async function describingValidator(): Promise<ValidateFunction<Environment>> {
  if (!describing) {
    // ajv itself loads only here: a run whose files are all valid never pays for it. The options are those the
    // ahead-of-time compile used, less the two it drops (a test holds the two validators to the same verdicts).
    // Through the default export (ajv's module.exports, the class that carries itself as .Ajv): the bundle's import()
    // of a CommonJS function keeps only that, where Node's also lists the named exports.
    const { Ajv } = (await import('ajv')).default;
    const ajv = new Ajv(validatorJson.options);
    for (const k of validatorJson.keywords) ajv.addKeyword(k as KeywordDefinition);
    describing = ajv.compile<Environment>(environmentSchema);
  }
  return describing;
}

export type SchemaError = ErrorObject;
