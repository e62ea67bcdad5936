// The fetch handed to openapi-fetch: it applies the retry policy, the per-attempt deadline and the
// caller's abort signal, and returns a Response whose body is already in memory, so the deadline
// covers the body as well as the headers and nothing above this layer can hang on the network.
import { OmiseConnectionError, OmiseTimeoutError } from './errors.js';
import { MAX_RETRY_AFTER_MS, backoffDelay, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry-policy.js';

/** What the client calls to send: the global fetch, or any function of the same shape. */
export type FetchLike = (input: Request, init?: { signal?: AbortSignal }) => Promise<Response>;

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

// Status codes whose Response may not carry a body.
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

// fetch wraps the socket error in `cause`; undici's own API throws it with a `code` of its own.
function networkCode(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
  if (e?.cause && typeof e.cause.code === 'string') return e.cause.code;
  if (e && typeof e.code === 'string') return e.code;
  if (e?.cause && typeof e.cause.message === 'string') return e.cause.message;
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
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

/**
 * Sends a request with retries. `deadline`, when given, is the controller the request's own signal
 * already follows (the resources create it, see src/call.ts): the first attempt is then sent as it
 * is, which spares fetch the slow path of copying a Request to give it a new signal. `caller` is the
 * signal the caller may abort with (default: the request's).
 */
export type RetryingFetch = (request: Request, deadline?: AbortController, caller?: AbortSignal) => Promise<Response>;

/**
 * `settled: 'rewrap'` returns a Response whose body can still be read (for `raw`, where openapi-fetch
 * parses it). `settled: 'read'` returns 2xx answers with the body already consumed and its text in
 * outcomeOf(): the resources parse that text themselves, which saves building a second Response on
 * every call. Error answers are always rewrapped (openapi-fetch reads them).
 */
export function createRetryingFetch(options: RetryingFetchOptions, settled: 'rewrap' | 'read' = 'rewrap'): RetryingFetch {
  const { timeoutMs, fetch: send, onRetry } = options;

  // One attempt: headers and body within timeoutMs, or a classified failure. On the last attempt, or
  // when the server asks for a wait longer than MAX_RETRY_AFTER_MS, a retryable status is final and
  // its body is read like any other answer.
  async function attempt(request: Request, isLast: boolean, caller: AbortSignal, deadline: AbortController | undefined): Promise<Attempt> {
    const controller = deadline ?? new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`attempt timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    // The resources link the caller's signal to their deadline themselves.
    const onCallerAbort = deadline ? undefined : (): void => controller.abort(caller.reason);
    if (onCallerAbort) caller.addEventListener('abort', onCallerAbort, { once: true });
    try {
      // fetch(request, init) makes a fresh request per attempt, with this attempt's signal. A body can
      // be read only once, so a request with one is cloned for each attempt.
      const response = deadline
        ? await send(request)
        : await send(request.body === null ? request : request.clone(), { signal: controller.signal });
      let retryAfterMs: number | undefined;
      if (isRetryableStatus(response.status)) {
        retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        const tooLong = retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS;
        if (!isLast && !tooLong) {
          void response.body?.cancel().catch(() => undefined);
          return { kind: 'retry', status: response.status, retryAfterMs };
        }
        if (!tooLong) retryAfterMs = undefined;
      }
      const text = NULL_BODY_STATUS.has(response.status) ? '' : await response.text();
      return { kind: 'response', response, text, retryAfterMs };
    } catch (error) {
      if (caller.aborted) throw caller.reason;
      return timedOut ? { kind: 'timeout' } : { kind: 'network', error };
    } finally {
      clearTimeout(timer);
      if (onCallerAbort) caller.removeEventListener('abort', onCallerAbort);
    }
  }

  function settle(result: { response: Response; text: string; retryAfterMs?: number | undefined }, attempts: number): Response {
    const { response, text } = result;
    const outcome: Outcome = { attempts, retryAfterMs: result.retryAfterMs, text };
    if (settled === 'read' && response.ok) {
      outcomes.set(response, outcome);
      return response;
    }
    const body = NULL_BODY_STATUS.has(response.status) ? null : text;
    const rewrapped = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    outcomes.set(rewrapped, outcome);
    return rewrapped;
  }

  return async function retryingFetch(request: Request, deadline?: AbortController, caller: AbortSignal = request.signal): Promise<Response> {
    for (let n = 1; ; n++) {
      caller.throwIfAborted();
      const isLast = n > options.maxRetries;
      // Only the first attempt can use the deadline the request was built with: a timeout aborts it.
      const result = await attempt(request, isLast, caller, n === 1 ? deadline : undefined);
      if (result.kind === 'response') return settle(result, n);

      const plural = n === 1 ? '' : 's';
      if (isLast && result.kind === 'timeout') {
        throw new OmiseTimeoutError(
          `No complete answer from ${new URL(request.url).origin} within ${timeoutMs} ms, after ${n} attempt${plural}. Raise timeoutMs, or check the network path to the API.`,
          n,
          timeoutMs,
        );
      }
      if (isLast && result.kind === 'network') {
        const code = networkCode(result.error);
        throw new OmiseConnectionError(
          `Could not get an answer from ${new URL(request.url).origin} after ${n} attempt${plural} (${code}). Check the base URL and the network.`,
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
