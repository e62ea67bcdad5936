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

/**
 * Where a call leaves the answer it read, for withResponse: filled in by the call before its data
 * promise settles, so the promise resolves to the data itself, with no second promise per call.
 */
export interface AnswerRecord {
  answer?: ReadResponse;
  readonly redact: Redact;
}

// The record rides on the promise under a symbol, and withResponse is one shared function rather
// than a closure stored into each promise: on Node 20, a fresh closure stored per promise made V8
// keep each answer alive through young-generation collections (1 000 sequential pages promoted about
// 100 MB to the old generation), which a shared function does not.
const RECORD = Symbol('omise answer record');
type Recorded = Promise<unknown> & { [RECORD]?: AnswerRecord };

function withResponse(this: Recorded | undefined): Promise<WithResponse<unknown>> {
  const record = this?.[RECORD];
  if (!record) throw new TypeError('Call withResponse() on the promise a call returned.');
  // Who asks for the response handles a failure there; the `then` below also marks the data promise
  // handled, so it is not reported as an unhandled rejection.
  return this!.then((data) => ({ data, response: describe(record.answer!, record.redact) }));
}

/**
 * A resource method's call: `send` gets the record to fill and returns the data promise, which is
 * handed out with `.withResponse()`. What `send` throws (an argument refused before sending) becomes
 * the promise's rejection, as for any other failure.
 */
export function omiseCall<T>(redact: Redact, send: (record: AnswerRecord) => Promise<T>): OmisePromise<T> {
  const record: AnswerRecord = { redact };
  let data: Promise<T>;
  try {
    data = send(record);
  } catch (error) {
    data = Promise.reject(error);
  }
  const promise = data as OmisePromise<T> & Recorded;
  promise[RECORD] = record;
  promise.withResponse = withResponse as OmisePromise<T>['withResponse'];
  return promise;
}
