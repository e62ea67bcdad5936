// Turns what openapi-fetch returns into a value or exactly one typed error: the last step of every call.
import { errorFromResponse, invalidResponseError } from './errors.js';
import { checkResponseBody, type ResponseSchema } from './response-validation.js';
import { outcomeOf } from './retry.js';

export interface RawResult {
  error?: unknown;
  response: Response;
}

// The body's text comes from the retry layer, which read it within the deadline (openapi-fetch is
// asked for parseAs: 'stream' so that it does not read it again).
export async function settle<T>(pending: Promise<RawResult>, schema: ResponseSchema, validate: boolean): Promise<T> {
  const { error, response } = await pending;
  const { attempts, retryAfterMs, text } = outcomeOf(response) ?? { attempts: 1, text: '' };
  // Each getter of a web Response is a checked call: read status once.
  const status = response.status;
  if (status < 200 || status > 299) throw errorFromResponse({ status, headers: response.headers, body: error, attempts, retryAfterMs });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalidResponseError(status, response.headers, text, attempts);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidResponseError(status, response.headers, text, attempts);
  }
  if (validate) await checkResponseBody(schema, body, status);
  return body as T;
}
