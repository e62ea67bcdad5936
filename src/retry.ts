// The fetch handed to openapi-fetch: it applies the retry policy, the per-attempt deadline and the
// caller's abort signal. Every body is read here, within the attempt's deadline, so the deadline
// covers the body as well as the headers and nothing above this layer can hang on the network.
import { OmiseConnectionError, OmiseTimeoutError } from './errors.js';
import { LightRequest } from './light-request.js';
import { controllerFactoryOf } from './attempt-controller.js';
import { MAX_RETRY_AFTER_MS, backoffDelay, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry-policy.js';

/** What the client sends with: the global fetch, or any function called the way fetch is. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface RetryInfo {
  /** The attempt that just failed (1 for the first); the next attempt is attempt + 1. */
  attempt: number;
  delayMs: number;
  /** Why it failed: "HTTP 503", "timeout after 60000 ms", "network error: ECONNRESET". */
  reason: string;
  status?: number;
}

export interface RetryingFetchOptions extends RetryPolicy {
  timeoutMs: number;
  fetch: FetchLike;
  onRetry?: ((info: RetryInfo) => void) | undefined;
}

export interface Outcome {
  attempts: number;
  /** Retry-After the server asked for, when it was longer than the client waits. */
  retryAfterMs?: number | undefined;
  /** The body, read within the deadline. */
  text: string;
}

// What the retry layer learned about a Response it returned; read by the layer that maps responses
// to values and errors (src/call.ts).
const outcomes = new WeakMap<Response, Outcome>();

export function outcomeOf(response: Response): Outcome | undefined {
  return outcomes.get(response);
}

type Attempt =
  | { kind: 'response'; response: Response; text: string; retryAfterMs?: number | undefined }
  | { kind: 'retry'; status: number; retryAfterMs: number | undefined }
  | { kind: 'timeout' }
  | { kind: 'network'; error: unknown };

/** Status codes whose Response may not carry a body. */
export const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

// fetch wraps the socket error in `cause`; undici's own API throws it with a `code` of its own.
function networkCode(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
  if (e?.cause && typeof e.cause.code === 'string') return e.cause.code;
  if (e && typeof e.code === 'string') return e.code;
  if (e?.cause && typeof e.cause.message === 'string') return e.cause.message;
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!signal) {
      setTimeout(resolve, ms);
      return;
    }
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Sends what openapi-fetch built (a Request, or a LightRequest) with retries. */
export type RetryingFetch = (request: Request | LightRequest) => Promise<Response>;

// The parts of a request every attempt is built from again.
interface Outgoing {
  url: string;
  method: string;
  headers: Headers;
  /** A real Request's body is a stream that can be read once: it is cloned for each attempt. */
  body: () => BodyInit | null;
  caller: AbortSignal | undefined;
}

function outgoing(request: Request | LightRequest): Outgoing {
  if (request instanceof LightRequest) {
    const { body } = request;
    return { url: request.url, method: request.method, headers: request.headers, body: () => body, caller: request.signal };
  }
  return {
    url: request.url,
    method: request.method,
    headers: request.headers,
    body: () => (request.body === null ? null : request.clone().body),
    caller: request.signal,
  };
}

/**
 * `settled: 'rewrap'` returns a Response whose body can still be read (for `raw`, where openapi-fetch
 * parses it). `settled: 'read'` returns 2xx answers with the body already consumed and its text in
 * outcomeOf(): the resources parse that text themselves, which saves building a second Response on
 * every call. Error answers are always rewrapped (openapi-fetch reads them).
 */
export function createRetryingFetch(options: RetryingFetchOptions, settled: 'rewrap' | 'read' = 'rewrap'): RetryingFetch {
  const { timeoutMs, fetch: send, onRetry } = options;
  const newController = controllerFactoryOf(send);

  // One attempt: headers and body within timeoutMs, or a classified failure. On the last attempt, or
  // when the server asks for a wait longer than MAX_RETRY_AFTER_MS, a retryable status is final and
  // its body is read like any other answer.
  async function attempt(out: Outgoing, isLast: boolean): Promise<Attempt> {
    const { caller } = out;
    const controller = newController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`attempt timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    const onCallerAbort = caller ? (): void => controller.abort(caller.reason) : undefined;
    if (onCallerAbort) caller!.addEventListener('abort', onCallerAbort, { once: true });
    try {
      // A fresh request for every attempt: same method, URL, headers and body, its own signal.
      const body = out.body();
      const init: RequestInit = { method: out.method, headers: out.headers, signal: controller.signal };
      if (body !== null) Object.assign(init, { body, duplex: 'half' });
      const response = await send(out.url, init);
      const status = response.status;
      let retryAfterMs: number | undefined;
      if (isRetryableStatus(status)) {
        retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        const tooLong = retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS;
        if (!isLast && !tooLong) {
          void response.body?.cancel().catch(() => undefined);
          return { kind: 'retry', status, retryAfterMs };
        }
        if (!tooLong) retryAfterMs = undefined;
      }
      const text = NULL_BODY_STATUS.has(status) ? '' : await response.text();
      return { kind: 'response', response, text, retryAfterMs };
    } catch (error) {
      if (caller?.aborted) throw caller.reason;
      return timedOut ? { kind: 'timeout' } : { kind: 'network', error };
    } finally {
      clearTimeout(timer);
      if (onCallerAbort) caller!.removeEventListener('abort', onCallerAbort);
    }
  }

  function settle(result: { response: Response; text: string; retryAfterMs?: number | undefined }, attempts: number): Response {
    const { response, text } = result;
    const outcome: Outcome = { attempts, retryAfterMs: result.retryAfterMs, text };
    if (settled === 'read' && response.status >= 200 && response.status <= 299) {
      outcomes.set(response, outcome);
      return response;
    }
    const body = NULL_BODY_STATUS.has(response.status) ? null : text;
    const rewrapped = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    outcomes.set(rewrapped, outcome);
    return rewrapped;
  }

  return async function retryingFetch(request: Request | LightRequest): Promise<Response> {
    const out = outgoing(request);
    const caller = out.caller;
    for (let n = 1; ; n++) {
      caller?.throwIfAborted();
      const isLast = n > options.maxRetries;
      const result = await attempt(out, isLast);
      if (result.kind === 'response') return settle(result, n);

      const plural = n === 1 ? '' : 's';
      if (isLast && result.kind === 'timeout') {
        throw new OmiseTimeoutError(
          `No complete answer from ${new URL(out.url).origin} within ${timeoutMs} ms, after ${n} attempt${plural}. Raise timeoutMs, or check the network path to the API.`,
          n,
          timeoutMs,
        );
      }
      if (isLast && result.kind === 'network') {
        const code = networkCode(result.error);
        throw new OmiseConnectionError(
          `Could not get an answer from ${new URL(out.url).origin} after ${n} attempt${plural} (${code}). Check the base URL and the network.`,
          n,
          { cause: result.error },
        );
      }
      const info: RetryInfo =
        result.kind === 'retry'
          ? { attempt: n, delayMs: result.retryAfterMs ?? backoffDelay(options, n), reason: `HTTP ${result.status}`, status: result.status }
          : result.kind === 'timeout'
            ? { attempt: n, delayMs: backoffDelay(options, n), reason: `timeout after ${timeoutMs} ms` }
            : { attempt: n, delayMs: backoffDelay(options, n), reason: `network error: ${networkCode(result.error)}` };
      try {
        onRetry?.(info);
      } catch {
        // A failing logger must not change the outcome of the call it is logging.
      }
      await sleep(info.delayMs, caller);
    }
  };
}
