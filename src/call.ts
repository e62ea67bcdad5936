// Turns what openapi-fetch returns into a value or exactly one typed error: the last step of every call.
import { errorFromResponse, invalidResponseError } from './errors.js';
import { checkResponseBody, type ResponseSchema } from './response-validation.js';
import { outcomeOf, type RetryingFetch } from './retry.js';

export interface RawResult {
  error?: unknown;
  response: Response;
}

// A signal that never aborts, for calls without one of the caller's.
const NEVER = new AbortController().signal;

export interface SendInit {
  signal: AbortSignal;
  fetch: (request: Request) => Promise<Response>;
}

/**
 * Runs one resource call: a deadline controller whose signal the request is built with (so the first
 * attempt needs no copy of the request), linked to the caller's signal when there is one.
 */
export async function send(
  retrying: RetryingFetch,
  callerSignal: AbortSignal | undefined,
  request: (init: SendInit) => Promise<RawResult>,
): Promise<RawResult> {
  const caller = callerSignal ?? NEVER;
  caller.throwIfAborted();
  const deadline = new AbortController();
  const onAbort = (): void => deadline.abort(caller.reason);
  if (callerSignal) caller.addEventListener('abort', onAbort, { once: true });
  try {
    return await request({ signal: deadline.signal, fetch: (req) => retrying(req, deadline, caller) });
  } finally {
    if (callerSignal) caller.removeEventListener('abort', onAbort);
  }
}

// The body's text comes from the retry layer, which read it within the deadline (openapi-fetch is
// asked for parseAs: 'stream' so that it does not read it again).
export async function settle<T>(pending: Promise<RawResult>, schema: ResponseSchema, validate: boolean): Promise<T> {
  const { error, response } = await pending;
  const { attempts, retryAfterMs, text } = outcomeOf(response) ?? { attempts: 1, text: '' };
  const { status, headers } = response;
  if (!response.ok) throw errorFromResponse({ status, headers, body: error, attempts, retryAfterMs });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalidResponseError(status, headers, text, attempts);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidResponseError(status, headers, text, attempts);
  }
  if (validate) await checkResponseBody(schema, body, status);
  return body as T;
}
