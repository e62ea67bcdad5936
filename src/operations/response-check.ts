// Opt-in checks of 2xx bodies against openapi.yaml, with validators precompiled by ajv at build time
// (no ajv compiler and no `new Function` at run time). Loaded on first use, so clients that do not
// validate never load them.
import { OmiseResponseValidationError } from '../runtime/errors.js';

type Validators = typeof import('../../generated/response-validators.js');

let validators: Promise<Validators> | undefined;

export async function checkResponseBody(schema: string, body: unknown, status: number): Promise<void> {
  validators ??= import('../../generated/response-validators.js');
  // Generated for every schema of openapi.yaml: the 200 answer of each operation names one.
  const validate = (await validators).validators[schema as keyof Validators['validators']];
  if (validate(body)) return;
  const issue = validate.errors?.[0];
  const pointer = issue?.instancePath ?? '';
  // The values themselves stay out of the message: they are customers' card data.
  throw new OmiseResponseValidationError(
    `The ${schema} body Omise answered does not match openapi.yaml at ${pointer || '/'}: ${issue?.message ?? 'invalid'} (${issue?.keyword ?? 'schema'}).`,
    pointer,
    issue?.keyword ?? 'schema',
    status,
  );
}
