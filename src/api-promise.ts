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

// What withResponse needs, kept on the promise under a symbol. withResponse itself is one shared
// function, not a closure made per call: on Node 20, storing a fresh closure into every promise made
// V8 keep each answer alive through young-generation collections (100 000 cards promoted about
// 100 MB to the old generation and grew peak RSS by 30-50 MB), which a shared function does not.
const CALL = Symbol('omise call');
interface CallState {
  settled: Promise<{ data: unknown; answer: ReadResponse }>;
  redact: Redact;
}
type Tagged = Promise<unknown> & { [CALL]?: CallState };

function withResponse(this: Tagged | undefined): Promise<WithResponse<unknown>> {
  const call = this?.[CALL];
  if (!call) throw new TypeError('withResponse() must be called on the promise a resource method returned: promise.withResponse().');
  // Who asks for the response handles the failure there: the data promise must not be reported unhandled.
  this!.catch(() => undefined);
  return call.settled.then(({ data, answer }) => ({ data, response: describe(answer, call.redact) }));
}

export function omisePromise<T>(settled: Promise<{ data: T; answer: ReadResponse }>, redact: Redact): OmisePromise<T> {
  const data = settled.then(pickData) as OmisePromise<T> & Tagged;
  data[CALL] = { settled, redact };
  data.withResponse = withResponse as OmisePromise<T>['withResponse'];
  return data;
}
