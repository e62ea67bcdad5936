// The seam between the client and the network: what a transport does for one attempt, so that every
// transport behaves the same above it. A transport sends one request, never follows a redirect, and
// reads the whole answer within the request's byte cap; deadlines, retries and the meaning of the
// answer live above it (src/runtime/retry.ts, src/operations/answer.ts).

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

/** Thrown by a transport whose answer came but whose body could not be decoded (Content-Encoding). */
export class TransportUndecodable extends Error {
  override name = 'TransportUndecodable';
  constructor(
    readonly status: number,
    /** The Content-Encoding header as sent. */
    readonly coding: string,
    cause: unknown,
  ) {
    super(`the ${coding} body could not be decoded (${codeInChain(cause) ?? 'corrupt data'})`, { cause });
  }
}

/** Thrown by a transport when its proxy refused the tunnel (a status) or could not be reached (none). */
export class TransportProxyError extends Error {
  override name = 'TransportProxyError';
  constructor(
    /** The proxy's origin, never its credentials; undefined where the transport cannot know it (a fetch of yours). */
    readonly proxy: string | undefined,
    /** The proxy's answer to CONNECT; undefined when it could not be reached. */
    readonly status: number | undefined,
    cause: unknown,
  ) {
    super(status === undefined ? `proxy unreachable (${codeInChain(cause) ?? 'network error'})` : `proxy answered ${status}`, { cause });
  }
}

// fetch wraps the socket's error in `cause` (sometimes twice); undici and node:tls put a `code` on it.
type Link = { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };

/** The first value `pick` finds along an error and its causes. */
function inChain<T>(error: unknown, pick: (link: Link) => T | undefined): T | undefined {
  let current = error as Link | null | undefined;
  for (let depth = 0; depth < 8 && current !== null && typeof current === 'object'; depth++) {
    const found = pick(current);
    if (found !== undefined) return found;
    current = current.cause as Link | null | undefined;
  }
  return undefined;
}

/** The first `code` (a string) along an error and its causes. */
export function codeInChain(error: unknown): string | undefined {
  return inChain(error, (link) => (typeof link.code === 'string' ? link.code : undefined));
}

/** The first match of `pattern` in the messages along an error and its causes; null when none matches. */
function messageInChain(error: unknown, pattern: RegExp): RegExpExecArray | null {
  return inChain(error, (link) => (typeof link.message === 'string' ? (pattern.exec(link.message) ?? undefined) : undefined)) ?? null;
}

// What a closed or reset connection looks like before any byte of the answer: undici's "other side
// closed" (UND_ERR_SOCKET), a reset, a write into a closed socket.
const LOST = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED']);

/**
 * Whether a failure before any byte of the answer is the connection having been lost (not refused,
 * not a protocol error): most often a pooled socket the server closed while it was idle, as load
 * balancers do. The server answered nothing, so a transport sends a GET again at once on another
 * connection (the client's retries never see it).
 */
export function isLostConnection(error: unknown): boolean {
  const code = codeInChain(error);
  return code !== undefined && LOST.has(code) && !isMalformedAnswer(error);
}

/** The status with which a proxy refused to tunnel (undici's ProxyAgent says it in a message); undefined for other failures. */
export function proxyRefusalStatus(error: unknown): number | undefined {
  const refused = messageInChain(error, /^Proxy response \((\d{3})\)/);
  return refused ? Number(refused[1]) : undefined;
}

/**
 * Whether a failure is the answer breaking HTTP/1.1 (undici's parser codes HPE_*, an unsolicited 100
 * Continue, an unasked upgrade): the server or a proxy sent what no client may read, and would again.
 */
export function isMalformedAnswer(error: unknown): boolean {
  return (
    inChain(error, (link) => (link.name === 'HTTPParserError' || (typeof link.code === 'string' && link.code.startsWith('HPE_')) ? true : undefined)) === true ||
    messageInChain(error, /^bad (response|upgrade)$/) !== null
  );
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
