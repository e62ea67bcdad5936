// Turns what openapi-fetch returns into a value or exactly one typed error: the last step of every call.
import { errorFromResponse, invalidResponseError } from './errors.js';
import { checkResponseBody, type ResponseSchema } from './response-validation.js';
import { outcomeOf } from './retry.js';

export interface RawResult {
  data?: string;
  error?: unknown;
  response: Response;
}

export async function settle<T>(pending: Promise<RawResult>, schema: ResponseSchema, validate: boolean): Promise<T> {
  const { data, error, response } = await pending;
  const { attempts, retryAfterMs } = outcomeOf(response);
  const { status, headers } = response;
  if (!response.ok) throw errorFromResponse({ status, headers, body: error, attempts, retryAfterMs });
  let body: unknown;
  try {
    body = JSON.parse(data ?? '');
  } catch {
    throw invalidResponseError(status, headers, data ?? '', attempts);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidResponseError(status, headers, data ?? '', attempts);
  }
  if (validate) await checkResponseBody(schema, body, status);
  return body as T;
}
