// What resource methods return: a promise of the data (plain `await` gives the data, typed as the
// spec says) that can also give the response beside it: `await omise.transactions.retrieve(id).withResponse()`.
import { requestIdOf } from './errors.js';
import type { ReadResponse } from './read-response.js';
import type { Redact } from './redact.js';

/** The HTTP side of a successful call. */
export interface OmiseResponse {
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

export interface WithResponse<T> {
  data: T;
  response: OmiseResponse;
}

function describe(answer: ReadResponse, redact: Redact): OmiseResponse {
  let headers: Headers | undefined;
  return {
    status: answer.status,
    get headers() {
      if (!headers) {
        const made = new Headers();
        answer.headers.forEach((value, name) => made.append(name, value));
        headers = made;
      }
      return headers;
    },
    requestId: requestIdOf(answer.headers, redact),
    attempts: answer.attempts,
    elapsedMs: answer.elapsedMs,
  };
}

export class OmisePromise<T> implements PromiseLike<T> {
  readonly #settled: Promise<{ data: T; answer: ReadResponse }>;
  readonly #redact: Redact;

  constructor(settled: Promise<{ data: T; answer: ReadResponse }>, redact: Redact) {
    this.#settled = settled;
    this.#redact = redact;
  }

  then<A = T, B = never>(onfulfilled?: ((value: T) => A | PromiseLike<A>) | null, onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.#settled.then((r) => r.data).then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  /** The data and the response beside it: status, headers, request id, attempts, elapsed time. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#settled.then(({ data, answer }) => ({ data, response: describe(answer, this.#redact) }));
  }

  get [Symbol.toStringTag](): string {
    return 'OmisePromise';
  }
}
