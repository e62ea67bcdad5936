// One error tree for everything the client throws, and the single place where an HTTP answer becomes
// an error class. Messages say what to check; nothing here ever sees the secret key.

import type { components } from '../generated/schema.js';

type OmiseErrorBody = components['schemas']['Error'];

export class OmiseError extends Error {
  override name = 'OmiseError';
}

/** The key, base URL or another option given to createOmiseClient is unusable. */
export class OmiseConfigurationError extends OmiseError {
  override name = 'OmiseConfigurationError';
  constructor(
    message: string,
    readonly option: string,
  ) {
    super(message);
  }
}

/** A parameter was rejected before any request was sent. */
export class OmiseValidationError extends OmiseError {
  override name = 'OmiseValidationError';
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ApiErrorDetails {
  status: number;
  code: string;
  /** Omise's own message, as it came (or a description when the body was not Omise-shaped). */
  omiseMessage: string;
  /** Link to Omise's documentation of this error code, as it came; null when the body had none. */
  location: string | null;
  requestId: string | null;
  attempts: number;
  /** Set when the server asked to wait (Retry-After) longer than the client was willing to. */
  retryAfterMs?: number | undefined;
  /** A short, sanitised excerpt when the body was not an Omise error object. */
  bodyExcerpt?: string | undefined;
}

/** The API answered, with an error status or an unusable body. */
export class OmiseApiError extends OmiseError {
  override name = 'OmiseApiError';
  readonly status: number;
  readonly code: string;
  readonly omiseMessage: string;
  readonly location: string | null;
  readonly requestId: string | null;
  readonly attempts: number;
  readonly retryAfterMs: number | undefined;
  readonly bodyExcerpt: string | undefined;
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

export class OmiseBadRequestError extends OmiseApiError {
  override name = 'OmiseBadRequestError';
}
export class OmiseAuthenticationError extends OmiseApiError {
  override name = 'OmiseAuthenticationError';
}
export class OmiseNotFoundError extends OmiseApiError {
  override name = 'OmiseNotFoundError';
}
export class OmiseRateLimitError extends OmiseApiError {
  override name = 'OmiseRateLimitError';
}
export class OmiseServerError extends OmiseApiError {
  override name = 'OmiseServerError';
}

/** No HTTP answer could be had (refused, reset, DNS, socket closed early), after all retries. */
export class OmiseConnectionError extends OmiseError {
  override name = 'OmiseConnectionError';
  constructor(
    message: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An attempt did not get its whole answer (headers and body) within timeoutMs, after all retries. */
export class OmiseTimeoutError extends OmiseError {
  override name = 'OmiseTimeoutError';
  constructor(
    message: string,
    readonly attempts: number,
    readonly timeoutMs: number,
  ) {
    super(message);
  }
}

/** A 2xx body did not match openapi.yaml (only with validateResponses: true). */
export class OmiseResponseValidationError extends OmiseError {
  override name = 'OmiseResponseValidationError';
  constructor(
    message: string,
    /** JSON pointer into the body, e.g. /data/0/expiration_month. */
    readonly pointer: string,
    readonly keyword: string,
    readonly status: number,
  ) {
    super(message);
  }
}

// The one status -> class mapping.
function classFor(status: number): typeof OmiseApiError {
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
    return `Gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}; see ${STATUS_PAGE} for incidents.`;
  }
  return '';
}

const EXCERPT_LENGTH = 200;

// Bodies that are not Omise error objects (a proxy's HTML page, an empty body) are quoted only in
// part, on one line, without control characters, so a log line stays readable and bounded.
export function excerpt(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

export function isOmiseErrorBody(body: unknown): body is OmiseErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return b.object === 'error' && typeof b.code === 'string' && typeof b.message === 'string';
}

const REQUEST_ID_HEADERS = ['omise-request-id', 'x-request-id', 'request-id'];

function requestIdOf(headers: Headers): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return null;
}

export interface ErrorResponse {
  status: number;
  headers: Headers;
  /** The body as openapi-fetch gives it: parsed JSON when it parsed, else the text. */
  body: unknown;
  attempts: number;
  retryAfterMs?: number | undefined;
}

export function errorFromResponse({ status, headers, body, attempts, retryAfterMs }: ErrorResponse): OmiseApiError {
  const requestId = requestIdOf(headers);
  const ErrorClass = classFor(status);
  const tail = advice(status, attempts);
  if (isOmiseErrorBody(body)) {
    const message = `Omise answered ${status} ${body.code}: ${body.message}.${tail ? ` ${tail}` : ''}`;
    return new ErrorClass(message, {
      status,
      code: body.code,
      omiseMessage: body.message,
      location: typeof body.location === 'string' ? body.location : null,
      requestId,
      attempts,
      retryAfterMs,
    });
  }
  const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  const quoted = excerpt(text);
  const described = quoted ? `a body that is not an Omise error: "${quoted}"` : 'an empty body';
  return new ErrorClass(`Omise answered ${status} with ${described}.${tail ? ` ${tail}` : ''}`, {
    status,
    code: 'unexpected_response',
    omiseMessage: quoted,
    location: null,
    requestId,
    attempts,
    retryAfterMs,
    bodyExcerpt: quoted,
  });
}

/** A 2xx whose body is not the JSON the spec promises. */
export function invalidResponseError(status: number, headers: Headers, text: string, attempts: number): OmiseApiError {
  const quoted = excerpt(text);
  return new OmiseApiError(
    `Omise answered ${status} but the body is not the expected JSON${quoted ? `: "${quoted}"` : ' (empty body)'}.`,
    {
      status,
      code: 'invalid_response',
      omiseMessage: quoted,
      location: null,
      requestId: requestIdOf(headers),
      attempts,
      bodyExcerpt: quoted,
    },
  );
}
