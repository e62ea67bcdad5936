// One error tree for everything the client throws, and the single place where an HTTP answer becomes
// an error class. Messages say what to check. Nothing here ever sees the secret key: server-provided
// text goes through cleanText with the redaction the caller passes in.
import { plural } from './plural.js';
import type { components } from '../../generated/schema.js';
import { cleanText, type Redact } from './redact.js';
import { codeInChain, type HeaderReader, type TransportUndecodable } from './transport.js';

type OmiseErrorBody = components['schemas']['Error'];

/**
 * The base class of everything the client throws: `catch (e) { if (e instanceof OmiseError) ... }`
 * catches them all. Messages say what to check, and never hold the secret key.
 */
export class OmiseError extends Error {
  /** The class's name, for logs and `error.name` checks: 'OmiseError' here, each subclass its own. */
  override name = 'OmiseError';
  /**
   * What went wrong, machine-readable, on every error: Omise's code for an answer of the API
   * ('not_found', 'bad_request', ...), the TLS code for a refused certificate, and the client's own
   * otherwise ('invalid_parameter', 'timeout', 'connection_failed', ...). Each class's documentation
   * names its codes.
   */
  readonly code: string = 'omise_error';
}

/**
 * The key, base URL or another option given to createOmiseClient is unusable: thrown by
 * createOmiseClient itself, before any request (and by `raw` when a call names another baseUrl).
 */
export class OmiseConfigurationError extends OmiseError {
  /** 'OmiseConfigurationError'. */
  override name = 'OmiseConfigurationError';
  /** 'invalid_configuration'. */
  override readonly code: string = 'invalid_configuration';
  /**
   * @param message - What is wrong and what to do about it.
   * @param option - The option at fault (see {@link OmiseConfigurationError.option}).
   */
  constructor(
    message: string,
    /** The option at fault, e.g. 'secretKey', 'baseUrl', 'timeoutMs', or an unknown option's name. */
    readonly option: string,
  ) {
    super(message);
  }
}

/**
 * A parameter or option of a call was rejected before any request was sent: a malformed id, a
 * test-mode id with a live key (or the reverse), an unknown or out-of-range parameter or option.
 * listCards and retrieve reject with it; listAllCards and retrieveMany throw it when called.
 */
export class OmiseValidationError extends OmiseError {
  /** 'OmiseValidationError'. */
  override name = 'OmiseValidationError';
  /** 'invalid_parameter'. */
  override readonly code: string = 'invalid_parameter';
  /**
   * @param param - The parameter at fault (see {@link OmiseValidationError.param}).
   * @param message - What is wrong, with the value received.
   */
  constructor(
    /** The parameter or option at fault, e.g. 'customerId', 'limit', 'concurrency', 'transactionIds[2]'. */
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

/** What an {@link OmiseApiError} is made of; its fields are the error's own, of the same names. */
export interface ApiErrorDetails {
  /** The HTTP status of the answer. */
  status: number;
  /** Omise's error code, or the client's own: 'unexpected_response', 'invalid_response', 'redirect', 'response_too_large'. */
  code: string;
  /** Omise's own message (or an excerpt when the body was not Omise-shaped), cleaned: see cleanText. */
  omiseMessage: string;
  /** Link to Omise's documentation of this error code, as it came; null when the body had none. */
  location: string | null;
  /** X-Request-Id of the answer, cleaned; null when it had none. */
  requestId: string | null;
  /** Attempts the call took, retries included. */
  attempts: number;
  /** Set when the server asked to wait (Retry-After) longer than the client was willing to. */
  retryAfterMs?: number | undefined;
  /** A short, cleaned excerpt when the body was not an Omise error object. */
  bodyExcerpt?: string | undefined;
}

/**
 * The API answered, with an error status or an unusable body. Thrown as the subclass of its status
 * (400 {@link OmiseBadRequestError}, 401 {@link OmiseAuthenticationError}, 404
 * {@link OmiseNotFoundError}, 429 {@link OmiseRateLimitError}, 5xx {@link OmiseServerError}), and as
 * this class itself for other statuses and for a 2xx whose body is not JSON or lacks what the client
 * needs (code 'invalid_response'). The statuses retried (408, 429, 500, 502, 503, 504) come after
 * the retries.
 */
export class OmiseApiError extends OmiseError {
  /** 'OmiseApiError', or the subclass's name. */
  override name = 'OmiseApiError';
  /** The HTTP status of the last answer. */
  readonly status: number;
  /**
   * Omise's error code ('bad_request', 'authentication_failure', 'not_found', 'internal_error',
   * 'service_unavailable', ...), or the client's own: 'unexpected_response' (an error body that is
   * not Omise's), 'invalid_response' (an unusable 2xx), 'redirect', 'response_too_large'.
   */
  override readonly code: string;
  /** Omise's own message (or an excerpt when the body was not Omise-shaped), cleaned of the key and control characters. */
  readonly omiseMessage: string;
  /** Link to Omise's documentation of this error code, as it came; null when the body had none. */
  readonly location: string | null;
  /** X-Request-Id of the answer, for Omise support; null when it had none (see the README on request ids). */
  readonly requestId: string | null;
  /** Attempts the call took, retries included: 1, or more after retries. */
  readonly attempts: number;
  /**
   * The wait the server asked for (Retry-After), in ms, when it was longer than the client waits
   * (60 000 ms): the call was not retried. Undefined otherwise.
   */
  readonly retryAfterMs: number | undefined;
  /** A short, cleaned excerpt of the body when it was not an Omise error object; undefined otherwise. */
  readonly bodyExcerpt: string | undefined;
  /**
   * @param message - The whole message: status, code, Omise's message and what to check.
   * @param details - The fields of the error.
   */
  constructor(message: string, details: ApiErrorDetails) {
    super(message);
    this.status = details.status;
    this.code = details.code;
    this.omiseMessage = details.omiseMessage;
    this.location = details.location;
    this.requestId = details.requestId;
    this.attempts = details.attempts;
    this.retryAfterMs = details.retryAfterMs;
    this.bodyExcerpt = details.bodyExcerpt;
  }
}

/** 400: Omise refused the parameters sent (code 'bad_request'). Not retried. */
export class OmiseBadRequestError extends OmiseApiError {
  /** 'OmiseBadRequestError'. */
  override name = 'OmiseBadRequestError';
}
/**
 * 401: the key was refused (code 'authentication_failure'): wrong, revoked, or not a secret key.
 * Not retried; it also ends a retrieveMany batch, since every id would fail the same way.
 */
export class OmiseAuthenticationError extends OmiseApiError {
  /** 'OmiseAuthenticationError'. */
  override name = 'OmiseAuthenticationError';
}
/**
 * 404: no such customer or transaction (code 'not_found'), or one of another account or mode. Not
 * retried; in retrieveMany it is that id's result, and the batch goes on.
 */
export class OmiseNotFoundError extends OmiseApiError {
  /** 'OmiseNotFoundError'. */
  override name = 'OmiseNotFoundError';
}
/**
 * 429: too many requests, still after the retries (or a Retry-After longer than 60 s: see
 * `retryAfterMs`). Omise suggests at most 10 parallel workers.
 */
export class OmiseRateLimitError extends OmiseApiError {
  /** 'OmiseRateLimitError'. */
  override name = 'OmiseRateLimitError';
}
/** 5xx: Omise failed (codes 'internal_error', 'service_unavailable', ...); 500, 502, 503 and 504 after the retries. */
export class OmiseServerError extends OmiseApiError {
  /** 'OmiseServerError'. */
  override name = 'OmiseServerError';
}

/**
 * The server answered with a redirect, which the client never follows (Omise's API never redirects,
 * and the key must reach no other origin): code 'redirect', `status` the 3xx (0 where a browser hides
 * it). Not retried; check baseUrl and any proxy in between.
 */
export class OmiseRedirectError extends OmiseApiError {
  /** 'OmiseRedirectError'. */
  override name = 'OmiseRedirectError';
  /** The origin the redirect pointed to (scheme, host and port only), when it said. */
  readonly redirectOrigin: string | null;
  /**
   * @param message - What happened and what to check.
   * @param details - The fields of the error.
   * @param redirectOrigin - The origin the redirect pointed to, or null.
   */
  constructor(message: string, details: ApiErrorDetails, redirectOrigin: string | null) {
    super(message, details);
    this.redirectOrigin = redirectOrigin;
  }
}

/**
 * The answer was larger than maxResponseBytes: reading stopped there, and the call is not retried
 * (code 'response_too_large').
 */
export class OmiseResponseTooLargeError extends OmiseApiError {
  /** 'OmiseResponseTooLargeError'. */
  override name = 'OmiseResponseTooLargeError';
  /** maxResponseBytes of the call, in bytes (after decoding). */
  readonly limit: number;
  /** The Content-Length the server announced, in bytes, when that alone was over the limit; undefined when the body grew past it. */
  readonly declaredBytes: number | undefined;
  /**
   * @param message - What happened and what to do.
   * @param details - The fields of the error.
   * @param limit - maxResponseBytes of the call.
   * @param declaredBytes - The announced Content-Length, when that was over the limit.
   */
  constructor(message: string, details: ApiErrorDetails, limit: number, declaredBytes: number | undefined) {
    super(message, details);
    this.limit = limit;
    this.declaredBytes = declaredBytes;
  }
}

/**
 * listAllCards stopped because the server contradicted the snapshot taken from the first page: the
 * same card again, a card out of creation order, a total that changed, a page longer or shorter than the snapshot allows, or a
 * moved window. Nothing was skipped or repeated silently; `yielded` cards were handed out before.
 */
export class OmisePaginationError extends OmiseError {
  /** 'OmisePaginationError'. */
  override name = 'OmisePaginationError';
  /** 'inconsistent_pagination' (`reason` says how). */
  override readonly code: string = 'inconsistent_pagination';
  /**
   * @param message - What the server contradicted, and that nothing was skipped or repeated.
   * @param reason - The kind of contradiction.
   * @param yielded - Cards yielded before it was found.
   * @param offset - The offset of the page that contradicted the snapshot.
   */
  constructor(
    message: string,
    /**
     * The kind of contradiction: 'duplicate' (a card came again), 'out_of_order' (a card out of
     * creation order), 'total_changed', 'beyond_total' (a page longer than the total allows),
     * 'short_page', 'window_changed' (a page answered another from/to), 'no_window' (the first page
     * did not echo its from/to).
     */
    readonly reason: 'duplicate' | 'out_of_order' | 'total_changed' | 'beyond_total' | 'short_page' | 'window_changed' | 'no_window',
    /** Cards yielded before the contradiction was found. */
    readonly yielded: number,
    /** The offset of the page that contradicted the snapshot. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * No HTTP answer could be had (refused, reset, DNS, socket closed early), after all retries. `cause`
 * holds the network error's name, code and cleaned message.
 */
export class OmiseConnectionError extends OmiseError {
  /** 'OmiseConnectionError'. */
  override name = 'OmiseConnectionError';
  /** 'connection_failed'; 'proxy_failed' for an OmiseProxyError. */
  override readonly code: string = 'connection_failed';
  /**
   * @param message - What failed (with the network code) and what to check.
   * @param attempts - Attempts made.
   * @param options - `cause`: the network error, cleaned.
   */
  constructor(
    message: string,
    /** Attempts made, retries included. */
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The server's TLS certificate was refused: self-signed, expired, issued for another host, or by a CA
 * this process does not trust. Not retried: a certificate does not fix itself between attempts.
 */
export class OmiseCertificateError extends OmiseConnectionError {
  /** 'OmiseCertificateError'. */
  override name = 'OmiseCertificateError';
  /**
   * @param message - The code, the host and what to do.
   * @param code - The TLS code: 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', ...
   * @param host - The host whose certificate it was.
   * @param options - `cause`: the TLS error, cleaned.
   */
  constructor(
    message: string,
    /** The TLS code: 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'SELF_SIGNED_CERT_IN_CHAIN', ... */
    override readonly code: string,
    /** The host whose certificate was refused. */
    readonly host: string,
    options?: { cause?: unknown },
  ) {
    super(message, 1, options);
  }
}

/**
 * The egress proxy refused the tunnel (`status`: 407 asks for credentials, 403 forbids the host, 502
 * could not reach Omise) or could not be reached (`status` undefined). `proxy` is its origin, never its
 * credentials. Retried as a network failure, but for a 4xx of the proxy's.
 */
export class OmiseProxyError extends OmiseConnectionError {
  /** 'OmiseProxyError'. */
  override name = 'OmiseProxyError';
  /** 'proxy_failed'. */
  override readonly code: string = 'proxy_failed';
  /**
   * @param message - What the proxy did and what to check.
   * @param attempts - Attempts made.
   * @param proxy - The proxy's origin; undefined when a fetch of the caller's went through it.
   * @param status - The proxy's answer to CONNECT; undefined when it could not be reached.
   * @param options - `cause`: the network error, cleaned.
   */
  constructor(
    message: string,
    attempts: number,
    /** The proxy's origin (`http://proxy.internal:3128`), without credentials; undefined when unknown (a fetch of yours). */
    readonly proxy: string | undefined,
    /** The proxy's answer to CONNECT (407, 403, 502, ...); undefined when it could not be reached. */
    readonly status: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, attempts, options);
  }
}

/**
 * A budget ran out: every attempt's (`timeoutMs`: headers and body of one attempt, after all
 * retries), or the call's (`deadlineMs`: attempts, backoff waits and reading together).
 */
export class OmiseTimeoutError extends OmiseError {
  /** 'OmiseTimeoutError'. */
  override name = 'OmiseTimeoutError';
  /** 'timeout' (`budget` says which). */
  override readonly code: string = 'timeout';
  /**
   * @param message - Which budget ran out, after how many attempts, and what to change.
   * @param attempts - Attempts made.
   * @param timeoutMs - The budget that ran out, in ms.
   * @param budget - Which budget: 'attempt' (the default) or 'call'.
   */
  constructor(
    message: string,
    /** Attempts made, retries included. */
    readonly attempts: number,
    /** The budget that ran out, in ms: timeoutMs for 'attempt', deadlineMs for 'call'. */
    readonly timeoutMs: number,
    /** Which budget ran out: 'attempt' (timeoutMs, on the last attempt, after all retries) or 'call' (deadlineMs). */
    readonly budget: 'attempt' | 'call' = 'attempt',
  ) {
    super(message);
  }
}

/** The caller aborted the call through its signal; `cause` is the signal's reason, as it was given. */
export class OmiseAbortError extends OmiseError {
  /** 'OmiseAbortError'. */
  override name = 'OmiseAbortError';
  /** 'aborted'. */
  override readonly code: string = 'aborted';
  /** @param reason - The signal's reason; it becomes `cause`, and its name and message join the message. */
  constructor(reason: unknown) {
    const said = reason instanceof Error ? `: ${reason.name}: ${reason.message}` : '';
    super(`The call was aborted by its signal${said}.`, { cause: reason });
  }
}

/** The one way a caller's abort becomes an error, wherever it is noticed. */
export function abortError(reason: unknown): OmiseAbortError {
  return reason instanceof OmiseAbortError ? reason : new OmiseAbortError(reason);
}

/**
 * A 2xx body did not match openapi.yaml (only with validateResponses: true). The message names the
 * place and the rule, never the values (they are customers' card data). Not retried.
 */
export class OmiseResponseValidationError extends OmiseError {
  /** 'OmiseResponseValidationError'. */
  override name = 'OmiseResponseValidationError';
  /** 'response_validation_failed' (`keyword` says which rule). */
  override readonly code: string = 'response_validation_failed';
  /**
   * @param message - Where the body failed and which rule.
   * @param pointer - JSON pointer to the failing place.
   * @param keyword - The JSON Schema keyword that failed.
   * @param status - The HTTP status of the answer.
   */
  constructor(
    message: string,
    /** JSON pointer into the body, e.g. /data/0/expiration_month; empty for the body itself. */
    readonly pointer: string,
    /** The JSON Schema keyword that failed: 'required', 'type', 'enum', 'pattern', ... */
    readonly keyword: string,
    /** The HTTP status of the answer (a 2xx). */
    readonly status: number,
  ) {
    super(message);
  }
}

// The one status -> class mapping (the generated @throws of each method read it too).
export function apiErrorClassFor(status: number): typeof OmiseApiError {
  if (status === 400) return OmiseBadRequestError;
  if (status === 401) return OmiseAuthenticationError;
  if (status === 404) return OmiseNotFoundError;
  if (status === 429) return OmiseRateLimitError;
  if (status >= 500) return OmiseServerError;
  return OmiseApiError;
}

const STATUS_PAGE = 'https://status.omise.co';


// What to check, per status, following Omise's own guidance for these endpoints.
function advice(status: number, attempts: number): string {
  if (status === 401) {
    return 'Check the key: the Authorization header must carry the secret key (skey_...) as user name with an empty password; a missing or malformed header, a public key (pkey_...) or a wrong or revoked secret key are refused.';
  }
  if (status === 404) {
    return 'Check the id: it may not exist, the customer may have been deleted, it may belong to another account, or a test-mode id (with _test_) may be used with a live key or the reverse.';
  }
  if (status === 400) return 'Check the parameters sent.';
  if (status === 429) return 'Too many requests: slow down (Omise suggests at most 10 parallel workers).';
  if (status >= 500) {
    return `Gave up after ${plural(attempts, 'attempt')}; see ${STATUS_PAGE} for incidents.`;
  }
  return '';
}

/** Server text quoted in a short field (a code, a request id, an excerpt) is cut to this. */
export const EXCERPT_LENGTH = 200;

function isOmiseErrorBody(body: unknown): body is OmiseErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return b.object === 'error' && typeof b.code === 'string' && typeof b.message === 'string';
}

// Omise documents no request-id header, no recorded answer shows one, and none of its SDKs reads one.
// X-Request-Id is the header proxies and gateways set by convention; `npm run contract:live` prints
// every header Omise sends, so this can be settled from facts (README, "Request ids").
const REQUEST_ID_HEADER = 'x-request-id';

/** The request id a response carries (X-Request-Id), cleaned; null when there is none. */
export function requestIdOf(headers: HeaderReader, redact: Redact): string | null {
  const value = headers.get(REQUEST_ID_HEADER);
  return value ? cleanText(value, redact, EXCERPT_LENGTH) : null;
}

/** An answer as the client read it, and what the call learned on the way. */
export interface AnswerFacts {
  status: number;
  headers: HeaderReader;
  /** The body as read. */
  text: string;
  attempts: number;
  /** Set when the server asked to wait (Retry-After) longer than the client was willing to. */
  retryAfterMs?: number | undefined;
  redact: Redact;
}

/**
 * A non-2xx answer as its error class. `body` is the body as openapi-fetch parsed it (JSON when it
 * parsed, else the text); the text itself is quoted when the body is not an Omise error object.
 */
export function errorFromResponse(facts: AnswerFacts, body: unknown): OmiseApiError {
  const { status, attempts, retryAfterMs, redact } = facts;
  const ErrorClass = apiErrorClassFor(status);
  const tail = advice(status, attempts);
  const base = { status, requestId: requestIdOf(facts.headers, redact), attempts, retryAfterMs };
  if (isOmiseErrorBody(body)) {
    const code = cleanText(body.code, redact, EXCERPT_LENGTH);
    const omiseMessage = cleanText(body.message, redact);
    const location = typeof body.location === 'string' ? cleanText(body.location, redact, EXCERPT_LENGTH) : null;
    return new ErrorClass(`Omise answered ${status} ${code}: ${omiseMessage}.${tail ? ` ${tail}` : ''}`, { ...base, code, omiseMessage, location });
  }
  const quoted = cleanText(facts.text, redact, EXCERPT_LENGTH);
  const described = quoted ? `a body that is not an Omise error: "${quoted}"` : 'an empty body';
  return new ErrorClass(`Omise answered ${status} with ${described}.${tail ? ` ${tail}` : ''}`, {
    ...base,
    code: 'unexpected_response',
    omiseMessage: quoted,
    location: null,
    bodyExcerpt: quoted,
  });
}

/** A 2xx whose body is not what the client needs: not JSON, or without what the client relies on. */
export function invalidResponseError(facts: AnswerFacts, problem: string): OmiseApiError {
  const quoted = cleanText(facts.text, facts.redact, EXCERPT_LENGTH);
  return new OmiseApiError(`Omise answered ${facts.status} but ${problem}${quoted ? `: "${quoted}"` : ' (empty body)'}.`, {
    status: facts.status,
    code: 'invalid_response',
    omiseMessage: quoted,
    location: null,
    requestId: requestIdOf(facts.headers, facts.redact),
    attempts: facts.attempts,
    bodyExcerpt: quoted,
  });
}

const NO_DETAILS = { omiseMessage: '', location: null, requestId: null } as const;

/** A 3xx, never followed; only the origin of its target is named (a path or query may carry data). */
export function redirectError(status: number, location: string | null, requestUrl: string, attempts: number, redact: Redact): OmiseRedirectError {
  let origin: string | null = null;
  if (location !== null && URL.canParse(location, requestUrl)) origin = cleanText(new URL(location, requestUrl).origin, redact, EXCERPT_LENGTH);
  const where = origin ? ` to ${origin}` : '';
  const shown = status === 0 ? 'a redirect' : `${status} (a redirect${where})`;
  return new OmiseRedirectError(
    `Omise answered ${shown}; the client follows no redirect, since Omise's API never redirects and the key must reach no other origin. Check baseUrl and any proxy in between.`,
    { status, code: 'redirect', attempts, ...NO_DETAILS },
    origin,
  );
}

export function tooLargeError(status: number, limit: number, declared: number | undefined, attempts: number): OmiseResponseTooLargeError {
  const said = declared === undefined ? 'grew past' : `announced ${declared} bytes, over`;
  return new OmiseResponseTooLargeError(
    `The answer ${said} maxResponseBytes (${limit} bytes), so reading stopped and the call was not retried. Raise maxResponseBytes if answers this large are expected.`,
    { status, code: 'response_too_large', attempts, ...NO_DETAILS },
    limit,
    declared,
  );
}

// fetch wraps the socket error in `cause`; node:http throws it with a `code` of its own.
export function networkCode(error: unknown): string {
  const code = codeInChain(error);
  if (code !== undefined) return code;
  const e = error as { cause?: { message?: unknown } } | null;
  if (e?.cause && typeof e.cause.message === 'string') return e.cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** Why an attempt got no answer, as one cleaned phrase: "network error: ECONNRESET". */
export function networkReason(error: unknown, redact: Redact): string {
  return `network error: ${cleanText(networkCode(error), redact, EXCERPT_LENGTH)}`;
}

export function timeoutError(origin: string, attempts: number, timeoutMs: number): OmiseTimeoutError {
  return new OmiseTimeoutError(
    `No complete answer from ${origin} within ${timeoutMs} ms (timeoutMs, the budget of one attempt), after ${plural(attempts, 'attempt')}. Raise timeoutMs, or check the network path to the API.`,
    attempts,
    timeoutMs,
  );
}

/** The call's deadline passed, or would pass during the next wait (`last`: why the last attempt failed). */
export function deadlineError(origin: string, attempts: number, deadlineMs: number, last: string): OmiseTimeoutError {
  return new OmiseTimeoutError(
    `The call to ${origin} ran out of its deadline of ${deadlineMs} ms (deadlineMs, the budget of the whole call) after ${plural(attempts, 'attempt')}; the last ${last}. Raise deadlineMs, or lower maxRetries.`,
    attempts,
    deadlineMs,
    'call',
  );
}

// fetch wraps every network failure in `TypeError: fetch failed`: what failed is its cause.
function unwrapFetch(error: unknown): unknown {
  const e = error as { message?: unknown; cause?: unknown } | null;
  return error instanceof TypeError && e?.message === 'fetch failed' && e.cause !== undefined ? e.cause : error;
}

/** A network error as a cause: what helps (name, code, message), and nothing a server put there unfiltered. */
export function cleanCause(error: unknown, redact: Redact): Error {
  const original = unwrapFetch(error) as { name?: unknown; code?: unknown; message?: unknown } | null;
  const cause = new Error(cleanText(String(original?.message ?? error), redact, EXCERPT_LENGTH));
  cause.name = typeof original?.name === 'string' ? original.name : 'Error';
  const code = codeInChain(error);
  if (code !== undefined) Object.assign(cause, { code });
  return cause;
}

export function connectionError(origin: string, attempts: number, error: unknown, redact: Redact): OmiseConnectionError {
  const cause = cleanCause(error, redact);
  return new OmiseConnectionError(
    `Could not get an answer from ${origin} after ${plural(attempts, 'attempt')} (${cleanText(networkCode(error), redact, EXCERPT_LENGTH)}). Check the base URL and the network.`,
    attempts,
    { cause },
  );
}

export function malformedAnswerError(origin: string, attempts: number, error: unknown, redact: Redact): OmiseConnectionError {
  return new OmiseConnectionError(
    `The answer from ${origin} could not be read as HTTP/1.1 by undici (${cleanText(networkCode(error), redact, EXCERPT_LENGTH)}: ${cleanText(String((unwrapFetch(error) as { message?: unknown } | null)?.message ?? error), redact, EXCERPT_LENGTH)}). Not retried: the same server would answer the same way. Check baseUrl and any proxy in between (undici refuses, for one, an obs-folded header and an unsolicited 100 Continue).`,
    attempts,
    { cause: cleanCause(error, redact) },
  );
}

export function undecodableError(error: TransportUndecodable, attempts: number, redact: Redact): OmiseApiError {
  const problem = `the body could not be decoded (Content-Encoding: ${cleanText(error.coding, redact, 100)}; ${cleanText(networkCode(error.cause), redact, 100)})`;
  return new OmiseApiError(`Omise answered ${error.status} but ${problem}. Not retried: the answer came, and would come the same way.`, {
    status: error.status,
    code: 'invalid_response',
    omiseMessage: problem,
    location: null,
    requestId: null,
    attempts,
  });
}
