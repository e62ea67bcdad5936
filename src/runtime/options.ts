// The options of createOmiseClient: defaults in one place, and every check that can fail at creation
// time instead of on the first request.
import type { KeyMode } from './auth.js';
import { OmiseConfigurationError } from './errors.js';
import { fetchTransport } from './fetch-transport.js';
import { observerFor, type Logger, type Observer, type RequestEvent, type ResponseEvent } from './observe.js';
import type { RetryInfo } from './observe.js';
import { MAX_RETRIES, MAX_TIMER_MS } from './retry-policy.js';
import type { FetchLike, Transport } from './transport.js';
import { DEFAULT_API_VERSION } from './version.js';

/**
 * The options of createOmiseClient, all optional. Each is checked when the client is made: an
 * unknown name or a value out of range is an OmiseConfigurationError then, not a surprise later.
 * `timeoutMs`, `maxRetries` and `deadlineMs` can also be set per call (RequestOptions).
 */
export interface OmiseClientOptions {
  /**
   * The secret key, `skey_test_...` (test mode) or `skey_...` (live). A public key (`pkey_...`) is
   * refused. The client keeps it only inside the Authorization header, and removes it from any
   * server text it quotes.
   * @defaultValue the OMISE_SECRET_KEY environment variable, where a `process` exists
   */
  secretKey?: string | undefined;
  /**
   * Where the API is: https, or http for a local mock (a live key is sent over plain http only to
   * this machine). No credentials, query or fragment; a trailing slash is dropped.
   * @defaultValue 'https://api.omise.co'
   */
  baseUrl?: string | undefined;
  /**
   * Sent as Omise-Version. Only 2019-05-29, the version the types, validators and error mapping
   * describe: with another, the answers would not match them.
   * @defaultValue '2019-05-29'
   */
  apiVersion?: '2019-05-29' | undefined;
  /**
   * Retries after the first attempt, 0 to 10. Retried: 408, 429, 500, 502, 503, 504, network
   * failures and attempt timeouts; never other statuses, redirects or too-large answers.
   * @defaultValue 2 (at most 3 attempts)
   */
  maxRetries?: number | undefined;
  /**
   * First backoff step, in ms: the wait before retry n is between half and all of
   * initialRetryDelayMs × 2^(n-1), capped at maxRetryDelayMs. A Retry-After from the server is waited
   * instead, up to 60 s; a longer one ends the call (`retryAfterMs` on the error).
   * @defaultValue 500
   */
  initialRetryDelayMs?: number | undefined;
  /**
   * Backoff ceiling, in ms; not smaller than initialRetryDelayMs.
   * @defaultValue 8000 (or initialRetryDelayMs, if that is larger)
   */
  maxRetryDelayMs?: number | undefined;
  /**
   * Deadline of one attempt, headers and body, in ms; 1 to 2 147 483 647 (setTimeout's ceiling).
   * The last attempt running out is an OmiseTimeoutError with budget 'attempt'.
   * @defaultValue 60 000 (one minute)
   */
  timeoutMs?: number | undefined;
  /**
   * Deadline of the whole call, in ms: attempts, backoff waits and reading together (for
   * listAllCards, of each page). A wait that would end after it is not started:
   * OmiseTimeoutError with budget 'call'.
   * @defaultValue none: a call is bounded by timeoutMs and maxRetries only
   */
  deadlineMs?: number | undefined;
  /**
   * A fetch to send with instead of the default (proxies, instrumentation): called as fetch(url, init),
   * with redirect: 'manual'. Not with `transport`.
   * @defaultValue on Node, a pooled keep-alive transport (createNodeTransport); in browsers and edge
   * runtimes, globalThis.fetch
   */
  fetch?: FetchLike | undefined;
  /**
   * What sends each attempt, e.g. `createNodeTransport({ maxSockets: 4 })` from omise-openapi/node.
   * Not with `fetch`. A transport given here is its owner's to close: the client's close() leaves it.
   * @defaultValue none: see `fetch`
   */
  transport?: Transport | undefined;
  /**
   * The largest answer read, in bytes after decoding; 1 to 256 MiB (a page of 100 cards is about
   * 100 KB). A larger answer stops being read at once: OmiseResponseTooLargeError, not retried.
   * @defaultValue 8 MiB (8 388 608 bytes)
   */
  maxResponseBytes?: number | undefined;
  /**
   * Called before each backoff wait; it never sees the key. A hook that throws changes nothing.
   * @defaultValue none
   */
  onRetry?: ((info: RetryInfo) => void) | undefined;
  /**
   * Called before each attempt (resources and `raw` alike); never sees the key or Authorization.
   * A hook that throws changes nothing.
   * @defaultValue none
   */
  onRequest?: ((event: RequestEvent) => void) | undefined;
  /**
   * Called after each attempt with its status (or why it had none), time and request id. A hook that
   * throws changes nothing.
   * @defaultValue none
   */
  onResponse?: ((event: ResponseEvent) => void) | undefined;
  /**
   * `console` fits: one debug line per attempt and per retry decision, redacted.
   * @defaultValue none: silent
   */
  logger?: Logger | undefined;
  /**
   * Appended to the client's own User-Agent (`omise-openapi/<version>`): 1 to 200 printable ASCII
   * characters on one line.
   * @defaultValue none
   */
  userAgent?: string | undefined;
  /**
   * Check every 2xx body against openapi.yaml (OmiseResponseValidationError). The validators are
   * loaded on first use, so clients without it never load them.
   * @defaultValue false
   */
  validateResponses?: boolean | undefined;
}

// Without the key: auth.ts turns it into the header, and no options object ever holds it.
export interface ResolvedOptions {
  baseUrl: string;
  apiVersion: string;
  maxRetries: number;
  initialRetryDelayMs: number;
  maxRetryDelayMs: number;
  timeoutMs: number;
  transport: Transport;
  /** Whether the client made its transport (and so closes it), or was given it. */
  ownsTransport: boolean;
  maxResponseBytes: number;
  deadlineMs: number | undefined;
  /** The hooks and logger, as one observer; undefined when none was given. */
  observer: Observer | undefined;
  userAgent: string | undefined;
  validateResponses: boolean;
}

const DEFAULTS = {
  baseUrl: 'https://api.omise.co',
  maxRetries: 2,
  initialRetryDelayMs: 500,
  maxRetryDelayMs: 8000,
  timeoutMs: 60_000,
  maxResponseBytes: 8 * 1024 * 1024,
} as const;

// Well below the longest string V8 makes (about 512 MiB): a body this size can always be decoded.
const MAX_RESPONSE_BYTES = 256 * 1024 * 1024;


/** A whole-number option within its bounds, or its default; anything else: OmiseConfigurationError naming it. */
export function wholeNumber(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new OmiseConfigurationError(`${name} must be a whole number from ${min} to ${max}.`, name);
  }
  return value;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

function checkBaseUrl(value: string, keyMode: KeyMode): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OmiseConfigurationError('baseUrl must be an absolute URL such as https://api.omise.co.', 'baseUrl');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OmiseConfigurationError('baseUrl must use https (or http for a local mock).', 'baseUrl');
  }
  // Credentials in the URL would bypass the key checks and leak into logs.
  if (url.username || url.password || url.search || url.hash) {
    throw new OmiseConfigurationError('baseUrl must not contain credentials, a query or a fragment.', 'baseUrl');
  }
  // Anyone on the path could read a live key sent in clear text; a local mock is fine.
  if (keyMode === 'live' && url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
    throw new OmiseConfigurationError(
      'A live secret key is sent over https only: baseUrl uses plain http to a host that is not this machine (127.0.0.1, ::1, localhost). Use https, or a test key (skey_test_...) for a mock.',
      'baseUrl',
    );
  }
  return url.href.replace(/\/+$/, '');
}

const KNOWN = [
  'secretKey',
  'baseUrl',
  'apiVersion',
  'maxRetries',
  'initialRetryDelayMs',
  'maxRetryDelayMs',
  'timeoutMs',
  'deadlineMs',
  'fetch',
  'transport',
  'maxResponseBytes',
  'onRetry',
  'onRequest',
  'onResponse',
  'logger',
  'userAgent',
  'validateResponses',
];

// The names people reach for, and the option that does it.
const MEANT: Record<string, string> = {
  retries: 'maxRetries',
  maxRetry: 'maxRetries',
  timeout: 'timeoutMs',
  deadline: 'deadlineMs',
  key: 'secretKey',
  apiKey: 'secretKey',
  secret: 'secretKey',
  baseURL: 'baseUrl',
  host: 'baseUrl',
  url: 'baseUrl',
  version: 'apiVersion',
  omiseVersion: 'apiVersion',
  maxSockets: "transport (createNodeTransport({ maxSockets }) from 'omise-openapi/node')",
};

const kind = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);
const isTransport = (value: unknown): boolean => typeof (value as Partial<Transport> | null)?.send === 'function';

// The mix-ups people make, each said as what it is: a transport given as fetch (the 1.x way), a fetch
// given as transport, a value that is neither.
function checkSender(fetch: unknown, transport: unknown): void {
  if (fetch !== undefined && transport !== undefined) {
    throw new OmiseConfigurationError('Give fetch or transport, not both: a transport does its own sending.', 'transport');
  }
  if (fetch !== undefined && typeof fetch !== 'function') {
    throw new OmiseConfigurationError(
      isTransport(fetch)
        ? 'fetch was given a transport (an object with send()): pass it as `transport` instead, e.g. createOmiseClient({ transport: createNodeTransport() }).'
        : `fetch must be a function called as fetch(url, init), such as globalThis.fetch; got ${kind(fetch)}.`,
      'fetch',
    );
  }
  if (transport !== undefined && !isTransport(transport)) {
    throw new OmiseConfigurationError(
      typeof transport === 'function'
        ? 'transport was given a function: a fetch goes in the `fetch` option; `transport` takes an object with send(request), such as createNodeTransport() from omise-openapi/node.'
        : `transport must be an object with a send(request) method, such as createNodeTransport() from omise-openapi/node; got ${kind(transport)}.`,
      'transport',
    );
  }
}

/**
 * `options` is an object (createOmiseClient checked it); the key was read from it by auth.ts.
 * `defaultTransport` is the entry point's choice when neither fetch nor transport is given.
 */
export function resolveOptions(options: OmiseClientOptions, keyMode: KeyMode, defaultTransport: (() => Transport) | undefined): ResolvedOptions {
  for (const name of Object.keys(options)) {
    if (KNOWN.includes(name)) continue;
    const meant = MEANT[name];
    throw new OmiseConfigurationError(`createOmiseClient has no option ${name}${meant ? `: use ${meant}` : `; it takes ${KNOWN.join(', ')}`}.`, name);
  }
  const initialRetryDelayMs = wholeNumber('initialRetryDelayMs', options.initialRetryDelayMs, DEFAULTS.initialRetryDelayMs, 0, MAX_TIMER_MS);
  const maxRetryDelayMs = wholeNumber('maxRetryDelayMs', options.maxRetryDelayMs, Math.max(DEFAULTS.maxRetryDelayMs, initialRetryDelayMs), 0, MAX_TIMER_MS);
  if (maxRetryDelayMs < initialRetryDelayMs) {
    throw new OmiseConfigurationError('maxRetryDelayMs must not be smaller than initialRetryDelayMs.', 'maxRetryDelayMs');
  }
  checkSender(options.fetch, options.transport);
  const fetchImpl = options.fetch ?? (globalThis.fetch as FetchLike | undefined);
  const made = options.transport === undefined && options.fetch === undefined ? defaultTransport : undefined;
  if (options.transport === undefined && made === undefined && typeof fetchImpl !== 'function') {
    throw new OmiseConfigurationError('No fetch: pass a fetch function (this runtime has no global fetch).', 'fetch');
  }
  for (const hook of ['onRetry', 'onRequest', 'onResponse'] as const) {
    if (options[hook] !== undefined && typeof options[hook] !== 'function') throw new OmiseConfigurationError(`${hook} must be a function.`, hook);
  }
  if (options.logger !== undefined && typeof options.logger?.debug !== 'function') {
    throw new OmiseConfigurationError('logger must have a debug(message, fields) method (console fits).', 'logger');
  }
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  if (apiVersion !== DEFAULT_API_VERSION) {
    throw new OmiseConfigurationError(
      `apiVersion must be ${DEFAULT_API_VERSION}: the types, the response validators and the error mapping describe that version only; answers of ${String(apiVersion).slice(0, 20)} would not match them.`,
      'apiVersion',
    );
  }
  const userAgent = options.userAgent;
  if (userAgent !== undefined && (typeof userAgent !== 'string' || !/^[\x20-\x7e]{1,200}$/.test(userAgent))) {
    throw new OmiseConfigurationError('userAgent must be 1 to 200 printable ASCII characters on one line.', 'userAgent');
  }
  return {
    baseUrl: checkBaseUrl(options.baseUrl ?? DEFAULTS.baseUrl, keyMode),
    apiVersion,
    maxRetries: wholeNumber('maxRetries', options.maxRetries, DEFAULTS.maxRetries, 0, MAX_RETRIES),
    initialRetryDelayMs,
    maxRetryDelayMs,
    timeoutMs: wholeNumber('timeoutMs', options.timeoutMs, DEFAULTS.timeoutMs, 1, MAX_TIMER_MS),
    transport: options.transport ?? made?.() ?? fetchTransport(fetchImpl!),
    ownsTransport: options.transport === undefined,
    maxResponseBytes: wholeNumber('maxResponseBytes', options.maxResponseBytes, DEFAULTS.maxResponseBytes, 1, MAX_RESPONSE_BYTES),
    deadlineMs: options.deadlineMs === undefined ? undefined : wholeNumber('deadlineMs', options.deadlineMs, 0, 1, MAX_TIMER_MS),
    observer: observerFor(options),
    userAgent,
    validateResponses: options.validateResponses === true,
  };
}
