// What is retried and how long to wait: plain data and pure functions, so the policy is read and
// tested in one place, apart from the I/O that applies it.

export interface RetryPolicy {
  maxRetries: number;
  initialRetryDelayMs: number;
  maxRetryDelayMs: number;
}

// 408 and 429 say "not now"; 500/502/503/504 are the transient server and gateway failures. Other 4xx
// mean the request itself is wrong, and sending it again cannot help.
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

/** The most retries a client or a call may ask for. */
export const MAX_RETRIES = 10;

/** setTimeout's ceiling: a longer timer fires at once, so no budget in ms may exceed it. */
export const MAX_TIMER_MS = 2_147_483_647;

/** Retry-After is honoured up to this; a longer wait is not the client's to take. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Delay before retry number `retry` (1 for the first retry):
 *   base  = min(maxRetryDelayMs, initialRetryDelayMs * 2^(retry - 1))
 *   delay = base / 2 + random() * base / 2
 * Exponential growth spreads retries out; the jitter keeps many clients that failed together from
 * retrying together, while the floor of base/2 keeps the backoff real.
 */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const base = Math.min(policy.maxRetryDelayMs, policy.initialRetryDelayMs * 2 ** (retry - 1));
  return Math.round(base / 2 + random() * (base / 2));
}

/**
 * Retry-After in milliseconds, from delta-seconds ("120") or an HTTP date; undefined when absent or
 * unreadable. A date in the past means "now" (0). The one place the wall clock is read: a date is
 * turned into a wait here, once, and the wait runs on the monotonic clock.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date) || !/[a-z]/i.test(trimmed)) return undefined;
  return Math.max(0, date - now);
}
