// The last step of every resource call: what openapi-fetch returned becomes the value, or exactly one
// typed error. The body was read once, below (src/retry.ts); a 2xx body is parsed here, once, and an
// error body was parsed by openapi-fetch, which hands it over as `error`.
import { errorFromResponse, invalidResponseError, type AnswerFacts } from './errors.js';
import type { ReadResponse } from './read-response.js';
import type { Redact } from './redact.js';
import { checkResponseBody, type ResponseSchema } from './response-validation.js';

export interface OpenapiFetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// What the client's own code relies on, checked on every answer whether or not validateResponses is on.
function structuralProblem(schema: ResponseSchema, body: unknown): string | undefined {
  if (!isObject(body)) return 'the body is not a JSON object';
  if (schema !== 'CardList') return undefined;
  if (!Array.isArray(body.data)) return 'the page has no data array';
  if (typeof body.total !== 'number' || !Number.isSafeInteger(body.total) || body.total < 0) return 'the page has no whole-number total';
  if (!body.data.every((card) => isObject(card) && typeof card.id === 'string' && typeof card.created_at === 'string')) {
    return 'the page holds a card that is not an object with an id and a creation time';
  }
  return undefined;
}

// Synchronous unless validating: a resource method returns the value from its own async function, and
// one promise less per call is measurable on a loopback call.
export function answerValue<T>(result: OpenapiFetchResult, schema: ResponseSchema, validate: boolean, redact: Redact): T | Promise<T> {
  const response = result.response as unknown as ReadResponse;
  let problem: string | undefined;
  if (response.ok) {
    let body: unknown;
    try {
      body = JSON.parse(response.bodyText);
    } catch {
      problem = 'the body is not JSON';
    }
    problem ??= structuralProblem(schema, body);
    if (!problem) return validate ? checkResponseBody(schema, body, response.status).then(() => body as T) : (body as T);
  }
  // What the error is made of, only for an error: a successful call needs none of it.
  const facts: AnswerFacts = {
    status: response.status,
    headers: response.headers,
    text: response.bodyText,
    attempts: response.attempts,
    retryAfterMs: response.retryAfterMs,
    redact,
  };
  throw problem ? invalidResponseError(facts, problem) : errorFromResponse(facts, result.error);
}
