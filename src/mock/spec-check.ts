// Holds every answer of the mock to openapi.yaml before it is sent: the status must be one the
// operation declares, and the body must match that status's schema (the precompiled validators in
// generated/). A fixture or engine change that breaks the contract fails loudly here, not in a partner's
// integration.
import { responses } from '../../generated/responses.js';
import { validators, type ValidateFunction } from '../../generated/response-validators.js';
import type { MockAnswer } from '../testing/engine.js';

const VALIDATE = validators as Readonly<Record<string, ValidateFunction<unknown>>>;

/** What is wrong with an answer by openapi.yaml, or null when it conforms (or has no operation). */
export function specProblem(answer: MockAnswer): string | null {
  if (answer.operation === null) return null;
  const declared = responses[answer.operation][String(answer.status)];
  if (!declared) return `${answer.operation} does not declare status ${answer.status}`;
  if (declared.schema === null) return answer.body === null ? null : `${answer.operation} ${answer.status} declares no body`;
  if (answer.body === null) return `${answer.operation} ${answer.status} needs a ${declared.schema} body`;
  const validate = VALIDATE[declared.schema];
  if (!validate) return `${answer.operation} ${answer.status}: no validator for ${declared.schema}`;
  if (validate(JSON.parse(answer.body))) return null;
  const issue = validate.errors?.[0];
  return `${answer.operation} ${answer.status}: the ${declared.schema} body breaks openapi.yaml at ${issue?.instancePath || '/'}: ${issue?.message ?? 'invalid'}`;
}
