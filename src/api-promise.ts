// What resource methods return: a promise of the data (plain `await` gives the data, typed as the
// spec says) that can also give the response beside it: `await omise.transactions.retrieve(id).withResponse()`.
import { requestIdOf } from './errors.js';
import type { ReadResponse } from './read-response.js';
import type { Redact } from './redact.js';
import { webHeaders } from './transport.js';

/** The HTTP side of a successful call, from `.withResponse()`. */
export interface OmiseResponse {
  /** The HTTP status (a 2xx). */
  status: number;
  /** The response headers (a web Headers, made when first read). */
  readonly headers: Headers;
  /** X-Request-Id, when the answer carried one (see the README on request ids). */
  requestId: string | null;
  /** Attempts the call took: 1, or more after retries. */
  attempts: number;
  /** From the first attempt to the answer, backoff waits included. */
  elapsedMs: number;
}

/** What `.withResponse()` resolves to: the data, and the response it came in. */
export interface WithResponse<T> {
  /** The data, as plain `await` gives it. */
  data: T;
  /** Status, headers, request id, attempts and elapsed time of the call. */
  response: OmiseResponse;
}

function describe(answer: ReadResponse, redact: Redact): OmiseResponse {
  let headers: Headers | undefined;
  return {
    status: answer.status,
    get headers() {
      headers ??= webHeaders(answer.headers);
      return headers;
    },
    requestId: requestIdOf(answer.headers, redact),
    attempts: answer.attempts,
    elapsedMs: answer.elapsedMs,
  };
}

/**
 * A native promise of the data (so `await` stays on the engine's fast path), with `withResponse()`
 * giving the data and the response beside it.
 */
export type OmisePromise<T> = Promise<T> & {
  /**
   * The data and the response beside it: status, headers, request id, attempts, elapsed time.
   * @throws Rejects with the same error as the promise itself.
   */
  withResponse(): Promise<WithResponse<T>>;
};

const pickData = <T>(settled: { data: T }): T => settled.data;

export function omisePromise<T>(settled: Promise<{ data: T; answer: ReadResponse }>, redact: Redact): OmisePromise<T> {
  const data = settled.then(pickData) as OmisePromise<T>;
  data.withResponse = () => {
    // Who asks for the response handles the failure there: the data promise must not be reported unhandled.
    data.catch(() => undefined);
    return settled.then(({ data: value, answer }) => ({ data: value, response: describe(answer, redact) }));
  };
  return data;
}
