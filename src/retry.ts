// The fetch handed to openapi-fetch: it applies the retry policy, the per-attempt deadline and the
// caller's abort signal, and returns a Response whose body is already in memory, so the deadline
// covers the body as well as the headers and nothing above this layer can hang on the network.
import { OmiseConnectionError, OmiseTimeoutError } from './errors.js';
import { MAX_RETRY_AFTER_MS, backoffDelay, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry-policy.js';

export type FetchLike = (input: Request) => Promise<Response>;

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
}

// How many attempts produced a returned Response; read by the layer that maps responses to errors.
const outcomes = new WeakMap<Response, Outcome>();

export function outcomeOf(response: Response): Outcome {
  return outcomes.get(response) ?? { attempts: 1 };
}

type Attempt =
  | { kind: 'response'; response: Response; text: string; retryAfterMs?: number | undefined }
  | { kind: 'retry'; status: number; retryAfterMs: number | undefined }
  | { kind: 'timeout' }
  | { kind: 'network'; error: unknown };

// Status codes whose Response may not carry a body.
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  if (cause && typeof cause.message === 'string') return cause.message;
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

export function createRetryingFetch(options: RetryingFetchOptions): FetchLike {
  const { timeoutMs, fetch: send, onRetry } = options;

  // One attempt: headers and body within timeoutMs, or a classified failure. On the last attempt, or
  // when the server asks for a wait longer than MAX_RETRY_AFTER_MS, a retryable status is final and
  // its body is read like any other answer.
  async function attempt(request: Request, isLast: boolean): Promise<Attempt> {
    const caller = request.signal;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`attempt timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    const onCallerAbort = (): void => controller.abort(caller.reason);
    caller.addEventListener('abort', onCallerAbort, { once: true });
    try {
      // A fresh Request per attempt: same method, URL, headers and body, its own signal.
      const response = await send(new Request(request, { signal: controller.signal }));
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
      caller.removeEventListener('abort', onCallerAbort);
    }
  }

  function settle(result: { response: Response; text: string; retryAfterMs?: number | undefined }, attempts: number): Response {
    const { response, text } = result;
    const body = NULL_BODY_STATUS.has(response.status) ? null : text;
    const settled = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    outcomes.set(settled, { attempts, retryAfterMs: result.retryAfterMs });
    return settled;
  }

  return async function retryingFetch(request: Request): Promise<Response> {
    const caller = request.signal;
    for (let n = 1; ; n++) {
      caller.throwIfAborted();
      const isLast = n > options.maxRetries;
      const result = await attempt(request, isLast);
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
