// Every fault × maxRetries in {0, 1, 3} × both transports, against a loopback server the test
// controls. Each case asserts the exact number of attempts, the error class and its fields, that no
// wait before a retry was longer than the options allow (from onRetry, exactly), that the whole call
// stayed within the budget the options imply (by the clock, with room for a busy machine), that
// nothing was rejected unhandled, that no socket or timer was left behind, and that the key appears in
// none of the error's forms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OmiseApiError,
  OmiseConnectionError,
  OmiseAuthenticationError,
  OmiseNotFoundError,
  OmiseRateLimitError,
  OmiseRedirectError,
  OmiseResponseTooLargeError,
  OmiseServerError,
  OmiseTimeoutError,
  createOmiseClient,
  type RetryInfo,
} from '../../src/index.node.js';
import { TRANSACTION_ID, transaction } from '../support/fixtures.js';
import {
  bodyHang,
  headersThenHang,
  json,
  omiseError,
  resetBeforeHeaders,
  resetMidBody,
  slowDrip,
  startServer,
  text,
  truncatedBody,
  type Handler,
} from '../support/loopback-server.js';
import { announced, gzipBomb, redirect, streamBody } from '../support/hostile.js';
import { findLeak, keyNeedles } from '../support/leaks.js';
import { transports } from '../support/transports.js';
import { activeHandles, leftover, report } from './support/report.js';

const KEY = 'skey_test_reliabilitycanary42';
const RETRIES = [0, 1, 3] as const;
// The deadline of the faults that hang. The other faults get one that no answer here comes near, so
// that a busy CPU never turns their error into a timeout; their budget does not include it: they
// must settle without waiting for a deadline.
const TIMEOUT_MS = 150;
const DEFAULT_TIMEOUT_MS = 10_000;
const DELAY = { initialRetryDelayMs: 5, maxRetryDelayMs: 20 };
// Scheduling room per attempt, and once per call, on top of the deadlines and waits: a machine busy
// with other work runs timers and sockets late. The waits are checked exactly, through onRetry.
const SLACK_PER_ATTEMPT_MS = 1000;
const SLACK_MS = 1000;

type Expect =
  | { ok: true; attempts: (m: number) => number }
  | { error: abstract new (...args: never[]) => Error; attempts: (m: number) => number; fields?: (m: number) => Record<string, unknown> };

interface Fault {
  name: string;
  /** Handlers by request number; undefined: nothing listens (connection refused). */
  handlers?: (m: number) => Handler[];
  expect: Expect;
  /** Per retry, the longest the client may wait before it. */
  waitPerRetryMs?: number;
  /** The deadline of each attempt, for a fault that runs into it (or close); the budget counts it. */
  timeoutMs?: number;
  /** Requests the server sees, when not one per attempt. */
  requests?: (m: number) => number;
}

const all = (m: number) => m + 1;
const one = () => 1;
const trxnBody = JSON.stringify(transaction());
const bigBody = JSON.stringify({ ...transaction(), padding: 'x'.repeat(2 * 1024 * 1024) });

const faults: Fault[] = [
  ...([500, 502, 503, 504] as const).map((status) => ({
    name: `HTTP ${status}`,
    handlers: () => [omiseError(status, status === 503 ? 'service_unavailable' : 'internal_error', 'failed')],
    expect: { error: OmiseServerError, attempts: all, fields: () => ({ status }) },
  })),
  { name: '429 without Retry-After', handlers: () => [omiseError(429, 'too_many_requests', 'slow down')], expect: { error: OmiseRateLimitError, attempts: all, fields: () => ({ status: 429, retryAfterMs: undefined }) } },
  {
    name: '429 Retry-After: 1 (seconds)',
    handlers: () => [omiseError(429, 'too_many_requests', 'slow down', { 'retry-after': '1' })],
    expect: { error: OmiseRateLimitError, attempts: all },
    waitPerRetryMs: 1000,
  },
  {
    name: '503 Retry-After: HTTP date (+1 s)',
    handlers: () => [(req, res, i) => omiseError(503, 'service_unavailable', 'later', { 'retry-after': new Date(Date.now() + 1000).toUTCString() })(req, res, i)],
    expect: { error: OmiseServerError, attempts: all },
    waitPerRetryMs: 1000,
  },
  {
    name: '429 Retry-After: 120 (over the 60 s cap)',
    handlers: () => [omiseError(429, 'too_many_requests', 'slow down', { 'retry-after': '120' })],
    expect: { error: OmiseRateLimitError, attempts: one, fields: () => ({ retryAfterMs: 120_000 }) },
  },
  { name: 'connection refused', expect: { error: OmiseConnectionError, attempts: all } },
  // A connection lost before any byte of the answer is sent again at once by the transport, once per
  // attempt, on a new connection: the server saw nothing it answered, so no attempt is spent on it.
  { name: 'reset before headers', handlers: () => [resetBeforeHeaders], expect: { error: OmiseConnectionError, attempts: all }, requests: (m) => 2 * (m + 1) },
  { name: 'reset mid-body', handlers: () => [resetMidBody], expect: { error: OmiseConnectionError, attempts: all } },
  { name: 'body truncated against Content-Length', handlers: () => [truncatedBody], expect: { error: OmiseConnectionError, attempts: all } },
  { name: 'headers, then hang', handlers: () => [headersThenHang], expect: { error: OmiseTimeoutError, attempts: all, fields: () => ({ timeoutMs: TIMEOUT_MS }) }, timeoutMs: TIMEOUT_MS },
  { name: 'part of the body, then hang', handlers: () => [bodyHang], expect: { error: OmiseTimeoutError, attempts: all }, timeoutMs: TIMEOUT_MS },
  { name: '200 with invalid JSON', handlers: () => [text(200, '{"object": "transaction",', { 'content-type': 'application/json' })], expect: { error: OmiseApiError, attempts: one, fields: () => ({ code: 'invalid_response', status: 200 }) } },
  {
    name: 'HTML 502 page from a proxy',
    handlers: () => [text(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' })],
    expect: { error: OmiseServerError, attempts: all, fields: () => ({ code: 'unexpected_response', status: 502 }) },
  },
  { name: 'empty 200', handlers: () => [text(200, '')], expect: { error: OmiseApiError, attempts: one, fields: () => ({ code: 'invalid_response' }) } },
  { name: 'JSON labelled text/plain', handlers: () => [text(200, trxnBody, { 'content-type': 'text/plain' })], expect: { ok: true, attempts: one } },
  { name: 'a 2 MB body', handlers: () => [text(200, bigBody, { 'content-type': 'application/json' })], expect: { ok: true, attempts: one } },
  { name: 'slow drip under the deadline', handlers: () => [slowDrip(trxnBody, 8, 25)], expect: { ok: true, attempts: one }, timeoutMs: 5000 },
  {
    name: 'redirect 302 to another origin',
    handlers: () => [redirect(302, `http://127.0.0.1:9/steal?key=${KEY}`)],
    expect: { error: OmiseRedirectError, attempts: one, fields: () => ({ status: 302, redirectOrigin: 'http://127.0.0.1:9' }) },
  },
  { name: 'redirect 307, relative', handlers: () => [redirect(307, '/elsewhere')], expect: { error: OmiseRedirectError, attempts: one, fields: () => ({ status: 307 }) } },
  {
    name: 'Content-Length of 1 GB (over maxResponseBytes)',
    handlers: () => [announced(1024 * 1024 * 1024)],
    expect: { error: OmiseResponseTooLargeError, attempts: one, fields: () => ({ declaredBytes: 1024 * 1024 * 1024 }) },
  },
  { name: 'endless chunked body', handlers: () => [streamBody('endless')], expect: { error: OmiseResponseTooLargeError, attempts: one, fields: () => ({ declaredBytes: undefined }) } },
  { name: 'gzip body unpacking to 64 MiB', handlers: () => [gzipBomb(64)], expect: { error: OmiseResponseTooLargeError, attempts: one } },
  {
    name: 'key echoed in a 401 message',
    handlers: () => [omiseError(401, 'authentication_failure', `${KEY} / Basic ${btoa(`${KEY}:`)} refused`)],
    expect: { error: OmiseAuthenticationError, attempts: one, fields: () => ({ omiseMessage: '[REDACTED] / Basic [REDACTED] refused' }) },
  },
  {
    name: 'CR, LF, ESC and NUL in a 404 message',
    handlers: () => [omiseError(404, 'not_found', 'gone\r\n\u001b[31mFORGED\u0000line')],
    expect: { error: OmiseNotFoundError, attempts: one, fields: () => ({ omiseMessage: 'gone [31mFORGED line' }) },
  },
  { name: '200 whose body is an array', handlers: () => [text(200, '[]', { 'content-type': 'application/json' })], expect: { error: OmiseApiError, attempts: one, fields: () => ({ code: 'invalid_response' }) } },
  {
    name: 'recovery after maxRetries failures',
    handlers: (m) => [...Array.from({ length: m }, () => omiseError(503, 'service_unavailable', 'busy')), json(200, transaction())],
    expect: { ok: true, attempts: all },
  },
];

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});

const rows: Array<{ transport: string; fault: string; m: number; outcome: string; ms: number }> = [];
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  const lines = ['Outcome per cell: the error class (or `ok`) and the attempts the server saw; time in ms.', ''];
  for (const t of transports) {
    lines.push(`### ${t.name}`, '', `| fault | ${RETRIES.map((m) => `maxRetries ${m}`).join(' | ')} |`, `|---|${RETRIES.map(() => '---').join('|')}|`);
    for (const f of faults) {
      const cells = RETRIES.map((m) => {
        const r = rows.find((x) => x.transport === t.name && x.fault === f.name && x.m === m);
        return r ? `${r.outcome} (${r.ms} ms)` : 'not run';
      });
      lines.push(`| ${f.name} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push(`${rows.length} cases; unhandled rejections: ${unhandled.length}; every case left no socket, server or timer behind and no trace of the key.`);
  report({ title: 'fault matrix', summary: `${rows.length} fault cases`, lines });
});

const NEEDLES = keyNeedles(KEY, 'reliabilitycanary');
const keyIn = (value: unknown): boolean => findLeak(value, NEEDLES) !== undefined;

describe.each(transports)('fault matrix over $name', (transport) => {
  describe.each(faults)('$name', (fault) => {
    it.each(RETRIES)('maxRetries %i', async (m) => {
      const before = activeHandles();
      const server = fault.handlers ? await startServer(...fault.handlers(m)) : undefined;
      const made = transport.create();
      const retries: RetryInfo[] = [];
      const timeoutMs = fault.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const baseUrl = server?.url ?? 'http://127.0.0.1:9';
      const omise = createOmiseClient({ secretKey: KEY, baseUrl, maxRetries: m, timeoutMs, ...DELAY, ...made.options, onRetry: (i) => retries.push(i) });
      const started = performance.now();
      let result: unknown;
      let error: unknown;
      try {
        result = await omise.transactions.retrieve(TRANSACTION_ID);
      } catch (e) {
        error = e;
      }
      const ms = Math.round(performance.now() - started);
      const seen = server ? server.requests.length : retries.length + 1;
      await made.close();
      await server?.close();

      const expected = fault.expect;
      const attempts = expected.attempts(m);
      if ('ok' in expected) {
        expect(error).toBeUndefined();
        expect((result as { id: string }).id).toBe(TRANSACTION_ID);
      } else {
        expect(error).toBeInstanceOf(expected.error);
        expect((error as { attempts: number }).attempts).toBe(attempts);
        if (expected.fields) expect(error).toMatchObject(expected.fields(m));
        expect(keyIn(error)).toBe(false);
      }
      expect(seen).toBe(fault.requests?.(m) ?? attempts);
      expect(retries).toHaveLength(attempts - 1);
      for (const info of retries) expect(keyIn(info)).toBe(false);

      // No wait longer than its ceiling (maxRetryDelayMs, or what Retry-After asked for).
      const ceiling = fault.waitPerRetryMs ?? DELAY.maxRetryDelayMs;
      for (const info of retries) expect(info.delayMs).toBeLessThanOrEqual(ceiling);
      // Budget: every attempt may take the whole deadline of a fault that runs into it, every wait its
      // ceiling; plus scheduling slack.
      const budget = attempts * ((fault.timeoutMs ?? 0) + SLACK_PER_ATTEMPT_MS) + (attempts - 1) * ceiling + SLACK_MS;
      expect(ms).toBeLessThanOrEqual(budget);
      expect(unhandled).toEqual([]);
      expect(await leftover(before)).toEqual({});

      rows.push({ transport: transport.name, fault: fault.name, m, outcome: `${error ? (error as Error).name : 'ok'} ×${attempts}`, ms });
    });
  });
});
