import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schemaJson from '../../schema/environment.schema.json' with { type: 'json' };
import type { Environment } from './environment.generated.js';

export type { Environment } from './environment.generated.js';
export const environmentSchema = schemaJson as Record<string, unknown>;

let compiled: ValidateFunction<Environment> | undefined;

/** The ajv validator for the environment schema, compiled once per process. */
export function environmentValidator(): ValidateFunction<Environment> {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, verbose: true, allowUnionTypes: true });
    // An annotation understood by editors (VS Code's JSON language service, yaml-language-server) and by our messages.
    ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
    compiled = ajv.compile<Environment>(environmentSchema);
  }
  return compiled;
}

export type SchemaError = ErrorObject;
