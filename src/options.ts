// The options of createOmiseClient: defaults in one place, and every check that can fail at creation
// time instead of on the first request.
import { OmiseConfigurationError } from './errors.js';
import type { FetchLike, RetryInfo } from './retry.js';
import { DEFAULT_API_VERSION } from './version.js';

export interface OmiseClientOptions {
  /** Default: the OMISE_SECRET_KEY environment variable, where a `process` exists. */
  secretKey?: string;
  /** Default: https://api.omise.co */
  baseUrl?: string;
  /** Sent as Omise-Version; the types describe 2019-05-29 (the default). */
  apiVersion?: string;
  /** Retries after the first attempt; default 2 (at most 3 attempts). */
  maxRetries?: number;
  /** First backoff step; default 500 ms. */
  initialRetryDelayMs?: number;
  /** Backoff ceiling; default 8000 ms. */
  maxRetryDelayMs?: number;
  /** Deadline of one attempt, headers and body; default 60000 ms. */
  timeoutMs?: number;
  /** Default: globalThis.fetch; called as fetch(url, init). `omise-openapi/node` has a faster one for Node. */
  fetch?: FetchLike;
  /** Called before each backoff wait; it never sees the key. */
  onRetry?: (info: RetryInfo) => void;
  /** Appended to the client's own User-Agent. */
  userAgent?: string;
  /** Check every 2xx body against openapi.yaml (OmiseResponseValidationError); default false. */
  validateResponses?: boolean;
}

// Without the key: auth.ts turns it into the header, and no options object ever holds it.
export interface ResolvedOptions {
  baseUrl: string;
  apiVersion: string;
  maxRetries: number;
  initialRetryDelayMs: number;
  maxRetryDelayMs: number;
  timeoutMs: number;
  fetch: FetchLike;
  onRetry: ((info: RetryInfo) => void) | undefined;
  userAgent: string | undefined;
  validateResponses: boolean;
}

export const DEFAULTS = {
  baseUrl: 'https://api.omise.co',
  maxRetries: 2,
  initialRetryDelayMs: 500,
  maxRetryDelayMs: 8000,
  timeoutMs: 60_000,
} as const;

// setTimeout's ceiling; a longer timer fires at once.
const MAX_TIMER_MS = 2_147_483_647;
const MAX_RETRIES = 10;

function wholeNumber(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new OmiseConfigurationError(`${name} must be a whole number from ${min} to ${max}.`, name);
  }
  return value;
}

function checkBaseUrl(value: string): string {
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
  return url.href.replace(/\/+$/, '');
}

export function resolveOptions(options: OmiseClientOptions = {}): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new OmiseConfigurationError('createOmiseClient takes an options object.', 'options');
  }
  const initialRetryDelayMs = wholeNumber('initialRetryDelayMs', options.initialRetryDelayMs, DEFAULTS.initialRetryDelayMs, 0, MAX_TIMER_MS);
  const maxRetryDelayMs = wholeNumber('maxRetryDelayMs', options.maxRetryDelayMs, Math.max(DEFAULTS.maxRetryDelayMs, initialRetryDelayMs), 0, MAX_TIMER_MS);
  if (maxRetryDelayMs < initialRetryDelayMs) {
    throw new OmiseConfigurationError('maxRetryDelayMs must not be smaller than initialRetryDelayMs.', 'maxRetryDelayMs');
  }
  const fetchImpl = options.fetch ?? (globalThis.fetch as FetchLike | undefined);
  if (typeof fetchImpl !== 'function') {
    throw new OmiseConfigurationError('No fetch: pass a fetch function (this runtime has no global fetch).', 'fetch');
  }
  if (options.onRetry !== undefined && typeof options.onRetry !== 'function') {
    throw new OmiseConfigurationError('onRetry must be a function.', 'onRetry');
  }
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  if (typeof apiVersion !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(apiVersion)) {
    throw new OmiseConfigurationError('apiVersion must be a date such as 2019-05-29.', 'apiVersion');
  }
  const userAgent = options.userAgent;
  if (userAgent !== undefined && (typeof userAgent !== 'string' || !/^[\x20-\x7e]{1,200}$/.test(userAgent))) {
    throw new OmiseConfigurationError('userAgent must be 1 to 200 printable ASCII characters on one line.', 'userAgent');
  }
  return {
    baseUrl: checkBaseUrl(options.baseUrl ?? DEFAULTS.baseUrl),
    apiVersion,
    maxRetries: wholeNumber('maxRetries', options.maxRetries, DEFAULTS.maxRetries, 0, MAX_RETRIES),
    initialRetryDelayMs,
    maxRetryDelayMs,
    timeoutMs: wholeNumber('timeoutMs', options.timeoutMs, DEFAULTS.timeoutMs, 1, MAX_TIMER_MS),
    fetch: fetchImpl,
    onRetry: options.onRetry,
    userAgent,
    validateResponses: options.validateResponses === true,
  };
}
