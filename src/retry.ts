// The way of one call through the network: attempts, each with its own deadline, the retry policy
// between them, and the caller's abort throughout. What comes back is the last answer, read whole;
// an attempt that got no usable answer ends here as its typed error (timeout, connection, redirect,
// too large). What an answer means is decided above, in src/outcome.ts.
import { connectionError, networkReason, redirectError, timeoutError, tooLargeError } from './errors.js';
import type { Redact } from './redact.js';
import { sleep } from './sleep.js';
import { MAX_RETRY_AFTER_MS, backoffDelay, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry-policy.js';
import { TransportBodyTooLarge, TransportRedirect, type AttemptSignal, type Transport, type TransportResponse } from './transport.js';

export interface RetryInfo {
  /** The attempt that just failed (1 for the first); the next attempt is attempt + 1. */
  attempt: number;
  delayMs: number;
  /** Why it failed: "HTTP 503", "timeout after 60000 ms", "network error: ECONNRESET". */
  reason: string;
  status?: number;
}

export interface SendOptions extends RetryPolicy {
  transport: Transport;
  timeoutMs: number;
  maxResponseBytes: number;
  onRetry?: ((info: RetryInfo) => void) | undefined;
  redact: Redact;
}

export interface OutgoingRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The caller's signal: it ends the call at once, also during a backoff wait. */
  signal?: AbortSignal | undefined;
  /** Told of each retry of this call only, besides the client's onRetry (listAllCards slows down on 429). */
  onRetry?: ((info: RetryInfo) => void) | undefined;
}

/** The last answer of a call, read whole, and what the call learned on the way. */
export interface Received extends TransportResponse {
  attempts: number;
  /** Set when the server asked to wait (Retry-After) longer than the client is willing to. */
  retryAfterMs?: number | undefined;
}

type AttemptResult =
  | { kind: 'answer'; response: TransportResponse }
  | { kind: 'timeout' }
  | { kind: 'aborted' }
  | { kind: 'failed'; error: unknown };

// On Node 20 an AbortController is costly to make; the transports take any AttemptSignal, and the
// fetch transport links a real controller to it only where fetch needs one.
class AttemptAbort implements AttemptSignal {
  aborted = false;
  reason: unknown = undefined;
  #listeners: Array<() => void> = [];
  addEventListener(_type: 'abort', listener: () => void): void {
    this.#listeners.push(listener);
  }
  removeEventListener(_type: 'abort', listener: () => void): void {
    const i = this.#listeners.indexOf(listener);
    if (i !== -1) this.#listeners.splice(i, 1);
  }
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const listener of listeners) listener();
  }
}

/**
 * One attempt. It ends when the deadline passes or the caller aborts, whether or not the transport
 * honours the abort it is then sent: a transport that never settles cannot hold the call.
 */
function attempt(request: OutgoingRequest, options: SendOptions): Promise<AttemptResult> {
  const { signal: caller } = request;
  return new Promise((resolve) => {
    const signal = new AttemptAbort();
    let ended = false;
    const end = (result: AttemptResult): void => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
      resolve(result);
    };
    const timer = setTimeout(() => {
      signal.abort(new Error(`attempt timed out after ${options.timeoutMs} ms`));
      end({ kind: 'timeout' });
    }, options.timeoutMs);
    const onCallerAbort = (): void => {
      signal.abort(caller?.reason);
      end({ kind: 'aborted' });
    };
    caller?.addEventListener('abort', onCallerAbort, { once: true });
    options.transport
      .send({ url: request.url, method: request.method, headers: request.headers, signal, maxResponseBytes: options.maxResponseBytes })
      .then(
        (response) => end({ kind: 'answer', response }),
        (error: unknown) => end({ kind: 'failed', error }),
      );
  });
}

const originOf = (url: string): string => new URL(url).origin;

export async function sendWithRetries(request: OutgoingRequest, options: SendOptions): Promise<Received> {
  const { signal: caller, url } = request;
  const { redact, timeoutMs } = options;
  for (let n = 1; ; n++) {
    caller?.throwIfAborted();
    const isLast = n > options.maxRetries;
    const result = await attempt(request, options);
    let info: RetryInfo;
    if (result.kind === 'aborted') throw caller?.reason;
    if (result.kind === 'answer') {
      const { status } = result.response;
      if (!isRetryableStatus(status)) return { ...result.response, attempts: n };
      const retryAfterMs = parseRetryAfter(result.response.headers.get('retry-after'));
      const tooLong = retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS;
      if (isLast || tooLong) return { ...result.response, attempts: n, retryAfterMs: tooLong ? retryAfterMs : undefined };
      info = { attempt: n, delayMs: retryAfterMs ?? backoffDelay(options, n), reason: `HTTP ${status}`, status };
    } else if (result.kind === 'timeout') {
      if (isLast) throw timeoutError(originOf(url), n, timeoutMs);
      info = { attempt: n, delayMs: backoffDelay(options, n), reason: `timeout after ${timeoutMs} ms` };
    } else {
      const { error } = result;
      // Neither is the network failing: sending again would get the same answer.
      if (error instanceof TransportRedirect) throw redirectError(error.status, error.location, url, n, redact);
      if (error instanceof TransportBodyTooLarge) throw tooLargeError(error.status, error.limit, error.declared, n);
      if (isLast) throw connectionError(originOf(url), n, error, redact);
      info = { attempt: n, delayMs: backoffDelay(options, n), reason: networkReason(error, redact) };
    }
    for (const listener of [options.onRetry, request.onRetry]) {
      try {
        listener?.(info);
      } catch {
        // A failing logger must not change the outcome of the call it is logging.
      }
    }
    await sleep(info.delayMs, caller);
  }
}
