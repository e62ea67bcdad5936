// What the client tells the caller's hooks and logger about each attempt and each retry decision:
// one place that builds those payloads and lines, from data that never holds the key, and calls
// them so that a hook or a logger that throws changes nothing. With neither given, nothing is built.
import type { RetryInfo } from './retry.js';

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
   * RetryInfo). Never the key; a logger that throws changes nothing.
   */
  debug(message: string, fields?: object): void;
}

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

/** Runs a caller's hook or listener; one that throws changes nothing. */
export function safely(call: () => void): void {
  try {
    call();
  } catch {
    // A failing hook or logger must not change the outcome of the call it watches.
  }
}

/** undefined when there is nothing to tell: the calls then build no payload at all. */
export function observerFor(hooks: Hooks): Observer | undefined {
  const { onRequest, onResponse, onRetry, logger } = hooks;
  if (!onRequest && !onResponse && !onRetry && !logger) return undefined;
  return {
    request(event) {
      if (onRequest) safely(() => onRequest({ ...event }));
    },
    response(event) {
      if (onResponse) safely(() => onResponse({ ...event }));
      if (logger) {
        const outcome = event.status === undefined ? event.error : `${event.status}`;
        const id = event.requestId ? `, request id ${event.requestId}` : '';
        safely(() => logger.debug(`omise-openapi: ${event.method} ${event.pathTemplate} attempt ${event.attempt}: ${outcome} in ${event.elapsedMs} ms${id}`, { ...event }));
      }
    },
    retry(call, info, maxAttempts) {
      if (onRetry) safely(() => onRetry({ ...info }));
      if (logger) {
        safely(() =>
          logger.debug(`omise-openapi: ${call.method} ${call.pathTemplate}: retrying after ${info.reason} in ${info.delayMs} ms (attempt ${info.attempt + 1} of ${maxAttempts})`, {
            ...call,
            ...info,
          }),
        );
      }
    },
  };
}
