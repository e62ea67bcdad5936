// The last step of every resource call: what openapi-fetch returned becomes the value, or exactly one
// typed error. The body was read once, below (src/runtime/retry.ts); a 2xx body is parsed here, once, and an
// error body was parsed by openapi-fetch, which hands it over as `error`.
import { responseIntegers } from '../../generated/response-integers.js';
import { errorFromResponse, invalidResponseError, type AnswerFacts } from '../runtime/errors.js';
import type { ReadResponse } from '../runtime/read-response.js';
import { cleanText, type Redact } from '../runtime/redact.js';
import { checkResponseBody } from './response-check.js';
import type { Operation } from './table.js';

/**
 * What the call asked for, which its answer must name: a caching proxy's or a server's mix-up would
 * otherwise hand another object out as this one, and a reconciliation would record it.
 */
export interface Asked {
  /** The path sent, without its query: an answer's `location` names it. */
  path: string;
  /** For an object retrieved by id: its `id`. */
  id?: string;
}

export interface OpenapiFetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const shown = (value: unknown, redact: Redact): string => (typeof value === 'string' ? `"${cleanText(value, redact, 100)}"` : String(value));

// An absolute location (a gateway may write one) names the same path as a relative one.
const pathOf = (location: string): string => location.replace(/^https?:\/\/[^/]+/i, '');

function identityProblem(body: Record<string, unknown>, asked: Asked, redact: Redact): string | undefined {
  if (asked.id !== undefined && body.id !== asked.id) return `the answer is for id ${shown(body.id, redact)}, not the ${asked.id} asked for`;
  if (typeof body.location === 'string' && pathOf(body.location) !== asked.path) return `the answer's location is ${shown(body.location, redact)}, not the ${asked.path} asked for`;
  return undefined;
}

// JSON numbers past 2^53 - 1 come out of JSON.parse rounded; an integer field holding one is refused.
function unsafeInteger(value: unknown, path: readonly string[], at: number): boolean {
  if (at === path.length) return typeof value === 'number' && !Number.isSafeInteger(value);
  if (path[at] !== '*') return isObject(value) && unsafeInteger(value[path[at]!], path, at + 1);
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (unsafeInteger(value[i], path, at + 1)) return true;
  return false;
}

// What the client's own code relies on, checked on every answer whether or not validateResponses is on.
function structuralProblem(operation: Operation, body: unknown, asked: Asked, redact: Redact): string | undefined {
  if (!isObject(body)) return 'the body is not a JSON object';
  const identity = identityProblem(body, asked, redact);
  if (identity) return identity;
  for (const path of responseIntegers[operation.schema] ?? []) {
    if (unsafeInteger(body, path, 0)) return `${path.join('.').replaceAll('.*', '[]')} holds a number that is not a whole number within 2^53 - 1 (beyond it, JavaScript cannot represent one exactly)`;
  }
  // What the listAll iterator reads of a page, and of each item.
  if (!operation.list) return undefined;
  if (!Array.isArray(body.data)) return 'the page has no data array';
  if (typeof body.total !== 'number' || !Number.isSafeInteger(body.total) || body.total < 0) return 'the page has no whole-number total';
  if (!body.data.every((item) => isObject(item) && typeof item.id === 'string' && typeof item.created_at === 'string')) {
    return `the page holds a ${operation.list.noun} that is not an object with an id and a creation time`;
  }
  return undefined;
}

// Synchronous unless validating: a resource method returns the value from its own async function, and
// one promise less per call is measurable on a loopback call.
export function answerValue<T>(result: OpenapiFetchResult, operation: Operation, asked: Asked, validate: boolean, redact: Redact): T | Promise<T> {
  const response = result.response as unknown as ReadResponse;
  let problem: string | undefined;
  if (response.ok) {
    let body: unknown;
    try {
      body = JSON.parse(response.bodyText);
    } catch {
      problem = 'the body is not JSON';
    }
    problem ??= structuralProblem(operation, body, asked, redact);
    if (!problem) return validate ? checkResponseBody(operation.schema, body, response.status).then(() => body as T) : (body as T);
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
