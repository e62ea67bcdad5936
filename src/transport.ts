// The seam between the client and the network: what a transport does for one attempt, so that every
// transport behaves the same above it. A transport sends one request, never follows a redirect, and
// reads the whole answer within the request's byte cap; deadlines, retries and the meaning of the
// answer live above it (src/retry.ts, src/outcome.ts).

/**
 * What the client sends with (the `fetch` option): the global fetch, or any function called the way
 * fetch is. It is called as `fetch(url, init)` with an absolute URL, `init.redirect` 'manual' and an
 * AbortSignal, and must resolve with a web Response; a rejection counts as a network failure.
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The abort signal of one attempt: an AbortSignal fits, and so does the retry layer's lighter one. */
export interface AttemptSignal {
  /** True once the attempt is to stop: its deadline passed, or the caller aborted. */
  readonly aborted: boolean;
  /** Why it was aborted; undefined before. */
  readonly reason: unknown;
  /** Calls `listener` once, when the attempt is aborted. */
  addEventListener(type: 'abort', listener: () => void): void;
  /** Removes a listener added with addEventListener. */
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** One attempt, as a transport is asked to send it. */
export interface TransportRequest {
  /** Absolute URL; its origin is the client's baseUrl. */
  readonly url: string;
  /** The HTTP method, in upper case ('GET'). */
  readonly method: string;
  /**
   * Header names in lower case, the Authorization header included: a transport must not log them.
   * This attempt's own copy (as is a fetch's `init.headers`): a change to it reaches no other attempt.
   */
  readonly headers: Readonly<Record<string, string>>;
  /** Aborted when the attempt's deadline passes or the caller aborts: stop and release the socket. */
  readonly signal: AttemptSignal;
  /** Decoded bytes of the body at most; a larger answer is not read (TransportBodyTooLarge). */
  readonly maxResponseBytes: number;
}

/** Header lookup by case-insensitive name; a web `Headers` is one. */
export interface HeaderReader {
  /** The value of the header `name` (any case), several values joined with ', '; null when absent. */
  get(name: string): string | null;
  /** Calls `callback` once per header, with its value and its name. */
  forEach(callback: (value: string, name: string) => void): void;
}

/** The same headers as a web `Headers`, for those who were promised one. */
export function webHeaders(headers: HeaderReader): Headers {
  const made = new Headers();
  headers.forEach((value, name) => {
    made.append(name, value);
  });
  return made;
}

/** An answer read whole. */
export interface TransportResponse {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers. */
  readonly headers: HeaderReader;
  /** The body decoded as UTF-8; empty for statuses without a body. */
  readonly text: string;
}

/**
 * What sends each attempt (the `transport` option): createNodeTransport from omise-openapi/node makes
 * one. A transport sends one request, never follows a redirect, and reads the whole answer within
 * `maxResponseBytes`; deadlines, retries and the meaning of the answer are the client's.
 */
export interface Transport {
  /**
   * Sends one attempt and reads its whole answer. A rejection counts as a network failure: the
   * client retries it, and reports the last one as a connection error.
   */
  send(request: TransportRequest): Promise<TransportResponse>;
  /** Releases what the transport holds (pooled sockets); calls already sent finish first. */
  close?(): Promise<void>;
}

/** Thrown by a transport whose answer is larger than maxResponseBytes; reading stopped there. */
export class TransportBodyTooLarge extends Error {
  override name = 'TransportBodyTooLarge';
  constructor(
    readonly status: number,
    readonly limit: number,
    /** The Content-Length the server announced, when that alone was over the limit. */
    readonly declared: number | undefined,
  ) {
    super(`body over ${limit} bytes`);
  }
}

/**
 * Thrown by a transport instead of following a redirect (Omise's API never redirects, and the key
 * must reach no other origin). Its body is not read.
 */
export class TransportRedirect extends Error {
  override name = 'TransportRedirect';
  constructor(
    /** The 3xx status; 0 where the runtime hides it (a browser's opaque redirect). */
    readonly status: number,
    /** The Location header as sent, or the URL a fetch that follows redirects ended at; null if unknown. */
    readonly location: string | null,
  ) {
    super(`redirect ${status}`);
  }
}

/** 3xx answers that point elsewhere; 304 (not modified) is an answer of its own. */
export function isRedirect(status: number): boolean {
  return status >= 300 && status <= 399 && status !== 304;
}

/** Statuses whose answer has no body (RFC 9110). */
export const NULL_BODY_STATUS: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

/** Content-Length, when present and a number. */
export function declaredLength(headers: HeaderReader): number | undefined {
  const value = headers.get('content-length');
  return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
}
