// The way of one call through the network: attempts, each with its own deadline, the retry policy
// between them, and the caller's abort throughout. What comes back is the last answer, read whole;
// an attempt that got no usable answer ends here as its typed error (timeout, connection, redirect,
// too large). What an answer means is decided above, in src/operations/answer.ts.
import {
  abortError,
  connectionError,
  deadlineError,
  malformedAnswerError,
  networkReason,
  redirectError,
  requestIdOf,
  timeoutError,
  tooLargeError,
  undecodableError,
  type OmiseConnectionError,
} from './errors.js';
import type { StartDeadline } from './deadline.js';
import { safely, type Observer, type RequestEvent, type RetryInfo } from './observe.js';
import type { Redact } from './redact.js';
import { sleep } from './sleep.js';
import { MAX_RETRY_AFTER_MS, backoffDelay, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry-policy.js';
import {
  TransportBodyTooLarge,
  TransportProxyError,
  TransportRedirect,
  TransportUndecodable,
  isMalformedAnswer,
  type AttemptSignal,
  type Transport,
  type TransportResponse,
} from './transport.js';

export interface SendOptions extends RetryPolicy {
  transport: Transport;
  timeoutMs: number;
  /** The budget of the whole call (attempts, waits, reading); undefined: none. */
  deadlineMs: number | undefined;
  maxResponseBytes: number;
  /** The client's hooks and logger; undefined when none was given. */
  observer: Observer | undefined;
  redact: Redact;
  /** How attempts' deadlines are timed: the entry point's choice (src/runtime/deadline.ts). */
  startDeadline: StartDeadline;
  /** Failures the platform names apart (TLS, proxies on Node): the entry point's choice (src/node/node-failures.ts). */
  nameFailure: NameFailure | undefined;
}

/**
 * The error a failed attempt ends the call with, when retrying cannot help (`isLast`: no attempt is
 * left anyway, so a retryable failure may be named too); undefined: a network failure like any other.
 */
export type NameFailure = (error: unknown, url: string, attempts: number, isLast: boolean, redact: Redact) => OmiseConnectionError | undefined;

/** What one call may set for itself, over the client's options. */
export interface CallOverrides {
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  deadlineMs?: number | undefined;
  /** Told of each retry of this call only (the iterators slow down on 429). */
  onRetry?: ((info: RetryInfo) => void) | undefined;
}

export interface OutgoingRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The caller's signal: it ends the call at once, also during a backoff wait. */
  signal?: AbortSignal | undefined;
  overrides?: CallOverrides | undefined;
  /** How hooks and log lines name the call (only built when there is an observer). */
  describe?: (() => Omit<RequestEvent, 'attempt'>) | undefined;
}

/** The last answer of a call, read whole, and what the call learned on the way. */
export interface Received extends TransportResponse {
  attempts: number;
  /** Set when the server asked to wait (Retry-After) longer than the client is willing to. */
  retryAfterMs?: number | undefined;
  /** From the first attempt to the answer, waits included. */
  elapsedMs: number;
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
function attempt(request: OutgoingRequest, options: SendOptions, timeoutMs: number): Promise<AttemptResult> {
  const { signal: caller } = request;
  return new Promise((resolve) => {
    const signal = new AttemptAbort();
    let ended = false;
    const end = (result: AttemptResult): void => {
      if (ended) return;
      ended = true;
      stopDeadline();
      caller?.removeEventListener('abort', onCallerAbort);
      resolve(result);
    };
    const stopDeadline = options.startDeadline(timeoutMs, () => {
      signal.abort(new Error(`attempt timed out after ${timeoutMs} ms`));
      end({ kind: 'timeout' });
    });
    const onCallerAbort = (): void => {
      signal.abort(caller?.reason);
      end({ kind: 'aborted' });
    };
    caller?.addEventListener('abort', onCallerAbort, { once: true });
    // An abort that came before the listener (from an onRequest hook, say) still counts.
    if (caller?.aborted) onCallerAbort();
    let sent: Promise<TransportResponse>;
    try {
      // The headers are the client's, shared by every call: a transport or a fetch of the caller's gets
      // a copy, so that a change it makes to one attempt's headers never reaches the next call.
      sent = options.transport.send({ url: request.url, method: request.method, headers: { ...request.headers }, signal, maxResponseBytes: options.maxResponseBytes });
    } catch (error) {
      // A transport of the caller's may throw instead of rejecting: the same failure.
      sent = Promise.reject(error);
    }
    sent
      .then(
        (response) => end({ kind: 'answer', response }),
        (error: unknown) => end({ kind: 'failed', error }),
      );
  });
}

const originOf = (url: string): string => new URL(url).origin;

export async function sendWithRetries(request: OutgoingRequest, options: SendOptions): Promise<Received> {
  const { signal: caller, url, overrides } = request;
  const { redact, observer } = options;
  const timeoutMs = overrides?.timeoutMs ?? options.timeoutMs;
  const maxRetries = overrides?.maxRetries ?? options.maxRetries;
  const deadlineMs = overrides?.deadlineMs ?? options.deadlineMs;
  // Durations on the monotonic clock: a step of the wall clock (NTP, a VM resumed) moves no deadline.
  const started = performance.now();
  const deadline = deadlineMs === undefined ? Infinity : started + deadlineMs;
  const call = observer && request.describe ? request.describe() : undefined;
  // The caller's abort, wherever it is noticed, is one OmiseAbortError with the signal's reason.
  for (let n = 1; ; n++) {
    if (caller?.aborted) throw abortError(caller.reason);
    const isLast = n > maxRetries;
    // An attempt gets timeoutMs, or what is left of the call's deadline if that is less.
    const budget = deadline === Infinity ? timeoutMs : Math.min(timeoutMs, Math.floor(deadline - performance.now()));
    if (call) observer!.request({ ...call, attempt: n });
    const attemptStarted = call ? performance.now() : 0;
    const result = await attempt(request, options, Math.max(1, budget));
    if (result.kind === 'aborted') throw abortError(caller?.reason);
    const answer = result.kind === 'answer' ? result.response : undefined;
    let info: RetryInfo;
    if (call) {
      const reason = result.kind === 'timeout' ? `timeout after ${Math.max(1, budget)} ms` : result.kind === 'failed' ? failureReason(result.error, redact) : undefined;
      observer!.response({
        ...call,
        attempt: n,
        status: answer?.status,
        elapsedMs: Math.round(performance.now() - attemptStarted),
        requestId: answer ? requestIdOf(answer.headers, redact) : null,
        ...(reason !== undefined && { error: reason }),
      });
    }
    if (answer) {
      const { status, headers, text } = answer;
      const retryable = isRetryableStatus(status);
      const retryAfterMs = retryable ? parseRetryAfter(headers.get('retry-after')) : undefined;
      const tooLong = retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS;
      // Built field by field, not spread from the answer: every Received has one shape.
      if (!retryable || isLast || tooLong) return { status, headers, text, attempts: n, retryAfterMs: tooLong ? retryAfterMs : undefined, elapsedMs: Math.round(performance.now() - started) };
      info = { attempt: n, delayMs: retryAfterMs ?? backoffDelay(options, n), reason: `HTTP ${status}`, status };
    } else if (result.kind === 'timeout') {
      if (budget < timeoutMs) throw deadlineError(originOf(url), n, deadlineMs!, `attempt timed out when the deadline came`);
      if (isLast) throw timeoutError(originOf(url), n, timeoutMs);
      info = { attempt: n, delayMs: backoffDelay(options, n), reason: `timeout after ${timeoutMs} ms` };
    } else {
      const error = (result as { error: unknown }).error;
      // None of these is the network failing: sending again would get the same answer.
      if (error instanceof TransportRedirect) throw redirectError(error.status, error.location, url, n, redact);
      if (error instanceof TransportBodyTooLarge) throw tooLargeError(error.status, error.limit, error.declared, n);
      if (error instanceof TransportUndecodable) throw undecodableError(error, n, redact);
      if (isMalformedAnswer(error)) throw malformedAnswerError(originOf(url), n, error, redact);
      const named = options.nameFailure?.(error, url, n, isLast, redact);
      if (named) throw named;
      if (isLast) throw connectionError(originOf(url), n, error, redact);
      info = { attempt: n, delayMs: backoffDelay(options, n), reason: networkReason(error, redact) };
    }
    // A wait that would end after the deadline is not started.
    if (performance.now() + info.delayMs >= deadline) throw deadlineError(originOf(url), n, deadlineMs!, `attempt failed with ${info.reason} and the wait before the next one (${info.delayMs} ms) would pass it`);
    if (call) observer!.retry(call, info, maxRetries + 1);
    const onRetry = overrides?.onRetry;
    if (onRetry) safely(() => onRetry(info));
    await sleep(info.delayMs, caller).catch(() => {
      throw abortError(caller?.reason);
    });
  }
}

function failureReason(error: unknown, redact: Redact): string {
  if (error instanceof TransportRedirect) return `redirect ${error.status}`;
  if (error instanceof TransportBodyTooLarge) return `body over ${error.limit} bytes`;
  if (error instanceof TransportUndecodable) return `body not decodable (${error.coding})`;
  if (error instanceof TransportProxyError) return error.status === undefined ? `proxy unreachable: ${networkReason(error.cause, redact)}` : `proxy answered ${error.status}`;
  return networkReason(error, redact);
}
