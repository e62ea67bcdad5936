// What the client tells the caller's hooks and logger about each attempt and each retry decision:
// one place that builds those payloads and lines, from data that never holds the key, and calls
// them so that a hook or a logger that fails changes nothing: a throw, or a promise that rejects
// (most exporters and loggers are async), is caught and reported once. With neither given, nothing
// is built.
/** What the `onRetry` hook is told before each backoff wait. Never holds the key. */
export interface RetryInfo {
  /** The attempt that just failed (1 for the first); the next attempt is attempt + 1. */
  attempt: number;
  /** The wait before the next attempt, in ms: the backoff, or the server's Retry-After. */
  delayMs: number;
  /** Why it failed: "HTTP 503", "timeout after 60000 ms", "network error: ECONNRESET". */
  reason: string;
  /** The HTTP status that failed; absent when the attempt got no answer (timeout, network). */
  status?: number;
}

/** Before each attempt. Never holds the key or the Authorization header. */
export interface RequestEvent {
  /** The HTTP method, e.g. 'GET'. */
  method: string;
  /** The path as sent, with its query: `/customers/cust_test_.../cards?limit=100` */
  path: string;
  /** The path as the spec writes it: `/customers/{id}/cards` */
  pathTemplate: string;
  /** 1 for the first attempt of the call. */
  attempt: number;
}

/** After each attempt: its status, or why it got none. */
export interface ResponseEvent extends RequestEvent {
  /** The HTTP status; undefined when the attempt got no answer (see `error`). */
  status: number | undefined;
  /** Time the attempt took, in ms. */
  elapsedMs: number;
  /** X-Request-Id of the answer, cleaned; null when there was none (or no answer). */
  requestId: string | null;
  /** Why there was no usable answer: "timeout after 60000 ms", "network error: ECONNRESET", ... */
  error?: string;
}

/** Where the client's debug lines go (the `logger` option): `console` fits. */
export interface Logger {
  /**
   * One line after each attempt and one per retry decision: `message` is the line, `fields` the same
   * facts as an object (the ResponseEvent; for a retry, the call's method and paths with the
   * RetryInfo). Never the key; a logger that throws, or returns a promise that rejects, changes
   * nothing. It is not awaited.
   */
  debug(message: string, fields?: object): void;
}

/**
 * The hooks, each called without being awaited: one that throws, or is async and rejects, changes
 * nothing about the call. The first failure of each is told once through `logger`, when there is one.
 */
export interface Hooks {
  onRequest?: ((event: RequestEvent) => void) | undefined;
  onResponse?: ((event: ResponseEvent) => void) | undefined;
  onRetry?: ((info: RetryInfo) => void) | undefined;
  logger?: Logger | undefined;
}

export interface Observer {
  request(event: RequestEvent): void;
  response(event: ResponseEvent): void;
  retry(call: Omit<RequestEvent, 'attempt'>, info: RetryInfo, maxAttempts: number): void;
}

const ignore = (): void => undefined;

// An error's name as a caller's code set it: a word, kept short.
const cleanName = (name: string): string => (/^[A-Za-z][\w$.]{0,63}$/.test(name) ? name : 'an error');

/**
 * Runs a caller's hook or listener, not awaited: a throw, or a returned promise that rejects, goes to
 * `failed` (by default nowhere) and never to the call it watches.
 */
export function safely(call: () => unknown, failed: (error: unknown) => void = ignore): void {
  const report = (error: unknown): void => {
    try {
      failed(error);
    } catch {
      // Telling of a failure must not fail the call either.
    }
  };
  try {
    const result = call();
    if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') Promise.resolve(result).then(undefined, report);
  } catch (error) {
    report(error);
  }
}

type HookName = 'onRequest' | 'onResponse' | 'onRetry' | 'logger.debug';

/** undefined when there is nothing to tell: the calls then build no payload at all. */
export function observerFor(hooks: Hooks): Observer | undefined {
  const { onRequest, onResponse, onRetry, logger } = hooks;
  if (!onRequest && !onResponse && !onRetry && !logger) return undefined;
  // The first failure of each hook is told once through the logger (a logger's own failure is not,
  // nor is any later one: a broken exporter must not flood the log on every call).
  const told = new Set<HookName>();
  const failedIn = (name: HookName) => (error: unknown): void => {
    if (told.has(name)) return;
    told.add(name);
    if (!logger || name === 'logger.debug') return;
    // Whatever was thrown is only looked at here, and may itself throw when looked at (a getter, a Proxy).
    let what = 'a value';
    try {
      if (error instanceof Error && typeof error.name === 'string') what = cleanName(error.name);
      else what = typeof error;
    } catch {
      // Named as "a value".
    }
    safely(() => logger.debug(`omise-openapi: the ${name} hook failed (${what}); the call went on as if it had not been given. Later failures of ${name} are not told.`, { hook: name }));
  };
  const failed: Record<HookName, (error: unknown) => void> = {
    onRequest: failedIn('onRequest'),
    onResponse: failedIn('onResponse'),
    onRetry: failedIn('onRetry'),
    'logger.debug': failedIn('logger.debug'),
  };
  const run = (name: HookName, call: () => unknown): void => safely(call, failed[name]);
  return {
    request(event) {
      if (onRequest) run('onRequest', () => onRequest({ ...event }));
    },
    response(event) {
      if (onResponse) run('onResponse', () => onResponse({ ...event }));
      if (logger) {
        const outcome = event.status === undefined ? event.error : `${event.status}`;
        const id = event.requestId ? `, request id ${event.requestId}` : '';
        run('logger.debug', () => logger.debug(`omise-openapi: ${event.method} ${event.pathTemplate} attempt ${event.attempt}: ${outcome} in ${event.elapsedMs} ms${id}`, { ...event }));
      }
    },
    retry(call, info, maxAttempts) {
      if (onRetry) run('onRetry', () => onRetry({ ...info }));
      if (logger) {
        run('logger.debug', () =>
          logger.debug(`omise-openapi: ${call.method} ${call.pathTemplate}: retrying after ${info.reason} in ${info.delayMs} ms (attempt ${info.attempt + 1} of ${maxAttempts})`, {
            ...call,
            ...info,
          }),
        );
      }
    },
  };
}
