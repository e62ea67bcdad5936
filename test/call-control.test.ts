// Per-call options, the deadline of a whole call, the response beside the data, hooks, the logger and
// aborts, on both transports against loopback servers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OmiseAbortError,
  OmiseConfigurationError,
  OmiseServerError,
  OmiseTimeoutError,
  OmiseValidationError,
  createOmiseClient,
  type OmiseClientOptions,
  type RequestEvent,
  type ResponseEvent,
  type RetryInfo,
} from '../src/index.node.js';
import { CUSTOMER_ID, TEST_KEY, TRANSACTION_ID, cardPage, transaction } from './support/fixtures.js';
import { findLeak, keyNeedles } from './support/leaks.js';
import { headersThenHang, json, omiseError, startServer, type LoopbackServer } from './support/loopback-server.js';
import { transports, type TransportCase } from './support/transports.js';
import { failure } from './support/failure.js';

describe.each(transports)('per-call control over $name', (transport) => {
  let server: LoopbackServer;
  let made: ReturnType<TransportCase['create']>;
  beforeEach(async () => {
    server = await startServer(json(200, transaction()));
    made = transport.create();
  });
  afterEach(async () => {
    await made.close();
    await server.close();
  });
  const client = (options: OmiseClientOptions = {}) =>
    createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url, initialRetryDelayMs: 1, maxRetryDelayMs: 4, ...made.options, ...options });

  describe('per-call options', () => {
    it('maxRetries for one call wins over the client\'s, and does not leak into the next call', async () => {
      server.handle(omiseError(503, 'service_unavailable', 'busy'));
      const omise = client({ maxRetries: 3 });
      expect(await failure(omise.transactions.retrieve(TRANSACTION_ID, { maxRetries: 0 }))).toMatchObject({ attempts: 1 });
      expect(server.requests).toHaveLength(1);
      expect(await failure(omise.transactions.retrieve(TRANSACTION_ID))).toMatchObject({ attempts: 4 });
      expect(server.requests).toHaveLength(5);
    });

    it('timeoutMs for one call wins over the client\'s', async () => {
      server.handle(headersThenHang);
      const omise = client({ timeoutMs: 30_000, maxRetries: 0 });
      const error = (await failure(omise.customers.listCards(CUSTOMER_ID, {}, { timeoutMs: 100 }))) as OmiseTimeoutError;
      expect(error).toBeInstanceOf(OmiseTimeoutError);
      expect(error).toMatchObject({ timeoutMs: 100, budget: 'attempt' });
    });

    it.each([
      [{ retries: 2 }, 'retries', /use maxRetries/],
      [{ timeoutMs: 0 }, 'timeoutMs', /from 1/],
      [{ maxRetries: 11 }, 'maxRetries', /from 0 to 10/],
      [{ deadlineMs: -1 }, 'deadlineMs', /whole number/],
      [{ signal: 'stop' }, 'signal', /AbortSignal/],
    ])('refuses %o with OmiseValidationError naming %s, before any request', async (options, param, message) => {
      const error = await failure(client().transactions.retrieve(TRANSACTION_ID, options as never));
      expect(error).toBeInstanceOf(OmiseValidationError);
      expect(error).toMatchObject({ param });
      expect(error.message).toMatch(message);
      expect(server.requests).toHaveLength(0);
    });
  });

  describe('deadlineMs: one budget for the whole call', () => {
    it('a backoff wait that would end after the deadline is not started', async () => {
      server.handle(omiseError(503, 'service_unavailable', 'busy', { 'retry-after': '10' }));
      const started = Date.now();
      const error = (await failure(client({ maxRetries: 5 }).transactions.retrieve(TRANSACTION_ID, { deadlineMs: 5_000 }))) as OmiseTimeoutError;
      const took = Date.now() - started;
      expect(error).toBeInstanceOf(OmiseTimeoutError);
      expect(error).toMatchObject({ budget: 'call', timeoutMs: 5_000, attempts: 1 });
      expect(error.message).toMatch(/deadline of 5000 ms.*HTTP 503/);
      // It gave up at once: it neither waited the 10 s nor sat out the deadline (one local request
      // takes far less than 5 s, even on a busy machine).
      expect(took).toBeLessThan(5_000);
      expect(server.requests).toHaveLength(1);
    });

    it('an attempt is cut at the deadline; measured by the server too', async () => {
      let closedAt = 0;
      server.handle((req, res) => {
        res.on('close', () => {
          closedAt = Date.now();
        });
        headersThenHang(req, res, 0);
      });
      const started = Date.now();
      const error = (await failure(client({ timeoutMs: 60_000, deadlineMs: 300 }).transactions.retrieve(TRANSACTION_ID))) as OmiseTimeoutError;
      const took = Date.now() - started;
      expect(error).toMatchObject({ budget: 'call', attempts: 1 });
      // Not before the deadline; and the deadline, not the attempt's 60 s timeout, ended it (the
      // bounds are far apart so that a busy machine cannot blur them).
      expect(took).toBeGreaterThanOrEqual(290);
      expect(took).toBeLessThan(10_000);
      // The server saw the connection closed: the attempt was cut, not abandoned.
      await expect.poll(() => closedAt, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(closedAt - started).toBeLessThan(10_000);
    });

    it('retries still happen inside the deadline', async () => {
      server.handle(omiseError(503, 'service_unavailable', 'busy'), omiseError(502, 'bad_gateway', 'x'), json(200, transaction()));
      const { response } = await client({ maxRetries: 3, deadlineMs: 5_000 }).transactions.retrieve(TRANSACTION_ID).withResponse();
      expect(response.attempts).toBe(3);
    });
  });

  describe('withResponse()', () => {
    it('gives the data and the response, with the attempts after retries, the headers and the time', async () => {
      server.handle(omiseError(503, 'service_unavailable', 'busy'), json(200, transaction(), { 'x-request-id': 'req_42', 'x-custom': 'yes' }));
      const retries: RetryInfo[] = [];
      // On the clock the client measures with (monotonic), rounded up: elapsedMs is a rounded reading of it.
      const started = performance.now();
      const pending = client({ maxRetries: 2, initialRetryDelayMs: 200, maxRetryDelayMs: 200, onRetry: (i) => retries.push(i) }).transactions.retrieve(TRANSACTION_ID);
      const { data, response } = await pending.withResponse();
      const outside = Math.ceil(performance.now() - started);
      expect(data.id).toBe(TRANSACTION_ID);
      expect(response).toMatchObject({ status: 200, requestId: 'req_42', attempts: 2 });
      expect(response.headers.get('x-custom')).toBe('yes');
      // elapsedMs runs from the first attempt to the answer: the wait before the retry is in it (less a
      // millisecond: timers and the clock are read apart), and it is no longer than the call
      // measured from outside.
      expect(retries).toHaveLength(1);
      expect(response.elapsedMs).toBeGreaterThanOrEqual(retries[0]!.delayMs - 1);
      expect(response.elapsedMs).toBeLessThanOrEqual(outside);
      expect(findLeak(response, keyNeedles(TEST_KEY, TEST_KEY.slice(10)))).toBeUndefined();
    });

    it('plain await still gives the data alone; listCards has it too', async () => {
      server.handle(json(200, cardPage(2, 0, 20)));
      const page = await client().customers.listCards(CUSTOMER_ID);
      expect(page.data).toHaveLength(2);
      const { response } = await client().customers.listCards(CUSTOMER_ID).withResponse();
      expect(response.status).toBe(200);
    });

    it('called away from its promise, it throws a TypeError that says how to call it', async () => {
      server.handle(json(200, transaction()));
      const pending = client().transactions.retrieve(TRANSACTION_ID);
      const { withResponse } = pending;
      expect(() => withResponse()).toThrow(new TypeError('Call withResponse() on the promise a call returned.'));
      expect((await pending).id).toBe(TRANSACTION_ID);
    });
  });

  describe('hooks and the logger', () => {
    it('fire in order, per attempt, with the attempt numbers and the path template', async () => {
      server.handle(omiseError(503, 'service_unavailable', 'busy'), json(200, transaction(), { 'x-request-id': 'req_7' }));
      const events: string[] = [];
      const seen: Array<RequestEvent | ResponseEvent | RetryInfo> = [];
      const omise = client({
        maxRetries: 2,
        onRequest: (e) => {
          events.push(`request ${e.attempt}`);
          seen.push(e);
        },
        onResponse: (e) => {
          events.push(`response ${e.attempt} ${e.status}`);
          seen.push(e);
        },
        onRetry: (i) => {
          events.push(`retry ${i.attempt}`);
          seen.push(i);
        },
      });
      await omise.transactions.retrieve(TRANSACTION_ID);
      expect(events).toEqual(['request 1', 'response 1 503', 'retry 1', 'request 2', 'response 2 200']);
      expect(seen[0]).toEqual({ method: 'GET', path: `/transactions/${TRANSACTION_ID}`, pathTemplate: '/transactions/{id}', attempt: 1 });
      expect(seen[4]).toMatchObject({ status: 200, requestId: 'req_7', pathTemplate: '/transactions/{id}' });
      for (const payload of seen) expect(findLeak(payload, keyNeedles(TEST_KEY, TEST_KEY.slice(10)))).toBeUndefined();
    });

    it('fire for omise.raw calls too, and for attempts that got no answer', async () => {
      server.handle(headersThenHang, json(200, cardPage(1, 0, 20)));
      const responses: ResponseEvent[] = [];
      // The second attempt must answer inside the same timeout: long enough for a busy machine.
      const omise = client({ timeoutMs: 1000, maxRetries: 1, onResponse: (e) => responses.push(e) });
      await omise.raw.GET('/customers/{id}/cards', { params: { path: { id: CUSTOMER_ID }, query: { limit: 5 } } });
      expect(responses.map((e) => [e.attempt, e.status, e.error])).toEqual([
        [1, undefined, 'timeout after 1000 ms'],
        [2, 200, undefined],
      ]);
      expect(responses[1]).toMatchObject({ path: `/customers/${CUSTOMER_ID}/cards?limit=5`, pathTemplate: '/customers/{id}/cards' });
    });

    it('the logger gets one line per attempt and per retry decision', async () => {
      server.handle(omiseError(503, 'service_unavailable', 'busy'), json(200, transaction()));
      const lines: Array<[string, object | undefined]> = [];
      await client({ maxRetries: 1, logger: { debug: (m, f) => lines.push([m, f]) } }).transactions.retrieve(TRANSACTION_ID);
      expect(lines.map(([m]) => m.replace(/\d+ ms/g, 'N ms'))).toEqual([
        'omise-openapi: GET /transactions/{id} attempt 1: 503 in N ms',
        'omise-openapi: GET /transactions/{id}: retrying after HTTP 503 in N ms (attempt 2 of 2)',
        'omise-openapi: GET /transactions/{id} attempt 2: 200 in N ms',
      ]);
      expect(lines[0]?.[1]).toMatchObject({ attempt: 1, status: 503 });
    });

    it('a hook or a logger that throws changes nothing', async () => {
      server.handle(omiseError(503, 'service_unavailable', 'busy'), json(200, transaction()));
      const boom = (): never => {
        throw new Error('observer broke');
      };
      const result = await client({ maxRetries: 1, onRequest: boom, onResponse: boom, onRetry: boom, logger: { debug: boom } }).transactions.retrieve(TRANSACTION_ID);
      expect(result.id).toBe(TRANSACTION_ID);
      server.handle(omiseError(500, 'internal_error', 'x'));
      expect(await failure(client({ maxRetries: 0, onResponse: boom }).transactions.retrieve(TRANSACTION_ID))).toBeInstanceOf(OmiseServerError);
    });

    it('async hooks and an async logger that reject change nothing, leave nothing unhandled, and are told once through the logger', async () => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        const rejects = async (): Promise<void> => {
          throw new Error('exporter down');
        };
        // A logger whose debug rejects, and the same lines kept to read what it was told.
        const told: string[] = [];
        const logger = {
          debug: (message: string): Promise<void> => {
            told.push(message);
            return Promise.reject(new Error('log shipper down'));
          },
        };
        const omise = client({ maxRetries: 1, onRequest: rejects, onResponse: rejects, onRetry: rejects, logger });
        for (let i = 0; i < 3; i++) {
          server.handle(omiseError(503, 'service_unavailable', 'busy'), json(200, transaction()));
          expect((await omise.transactions.retrieve(TRANSACTION_ID)).id).toBe(TRANSACTION_ID);
        }
        // Rejections settle after the call: give them turns of the event loop to surface.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(unhandled).toEqual([]);
        const failures = told.filter((line) => line.includes('hook failed'));
        expect(failures.sort()).toEqual([
          expect.stringContaining('the onRequest hook failed (Error)'),
          expect.stringContaining('the onResponse hook failed (Error)'),
          expect.stringContaining('the onRetry hook failed (Error)'),
        ]);
        // The failures' own text (which may hold anything) is not repeated.
        expect(told.join('\n')).not.toContain('exporter down');
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
    });
  });

  describe('hooks that fail in odd ways', () => {
    it('errors whose name getter throws, Proxies that throw when looked at, thenables that reject later: the call is unchanged, nothing unhandled', async () => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      process.on('uncaughtException', onUnhandled);
      try {
        const nameThrows = Object.defineProperty(new Error('x'), 'name', {
          get() {
            throw new Error('name getter');
          },
        });
        const hostile = new Proxy(
          {},
          {
            getPrototypeOf() {
              throw new Error('prototype trap');
            },
            get() {
              throw new Error('get trap');
            },
          },
        );
        // biome-ignore lint/suspicious/noThenProperty: a thenable of a hook's own is what is tried here.
        const later = { then: (_ok: unknown, fail: (e: unknown) => void) => setTimeout(() => fail(hostile), 5) };
        const hooks = [
          () => {
            throw nameThrows;
          },
          () => Promise.reject(hostile),
          () => later,
          () => {
            throw hostile;
          },
        ];
        for (const hook of hooks) {
          server.handle(omiseError(503, 'service_unavailable', 'busy'), json(200, transaction()));
          const omise = client({ maxRetries: 1, onRequest: hook, onResponse: hook, onRetry: hook, logger: { debug: () => undefined } });
          expect((await omise.transactions.retrieve(TRANSACTION_ID)).id).toBe(TRANSACTION_ID);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(unhandled).toEqual([]);
      } finally {
        process.off('unhandledRejection', onUnhandled);
        process.off('uncaughtException', onUnhandled);
      }
    });
  });

  describe('aborts: OmiseAbortError, with the signal\'s reason as cause', () => {
    it('an OmiseError given as the reason is still an OmiseAbortError, with it as cause', async () => {
      server.handle(headersThenHang);
      const controller = new AbortController();
      const reason = new OmiseServerError('a sibling failed', { status: 500, code: 'x', omiseMessage: '', location: null, requestId: null, attempts: 1 });
      setTimeout(() => controller.abort(reason), 30);
      const error = await failure(client({ timeoutMs: 10_000 }).transactions.retrieve(TRANSACTION_ID, { signal: controller.signal }));
      expect(error).toBeInstanceOf(OmiseAbortError);
      expect(error.cause).toBe(reason);
    });

    it('an abort from an onRequest hook stops the attempt it announces', async () => {
      server.handle(headersThenHang);
      const controller = new AbortController();
      const started = Date.now();
      const error = await failure(client({ timeoutMs: 60_000, onRequest: () => controller.abort() }).transactions.retrieve(TRANSACTION_ID, { signal: controller.signal }));
      expect(error).toBeInstanceOf(OmiseAbortError);
      // At the abort, not at the attempt's 60 s timeout.
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    it('a failing call read through withResponse() rejects there, and nothing is left unhandled', async () => {
      server.handle(omiseError(404, 'not_found', 'missing'));
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        await expect(client().transactions.retrieve(TRANSACTION_ID).withResponse()).rejects.toMatchObject({ status: 404 });
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
      expect(unhandled).toEqual([]);
    });

    it('AbortSignal.abort(): nothing is sent', async () => {
      const signal = AbortSignal.abort();
      const error = await failure(client().transactions.retrieve(TRANSACTION_ID, { signal }));
      expect(error).toBeInstanceOf(OmiseAbortError);
      expect(error.cause).toBe(signal.reason);
      expect((error.cause as Error).name).toBe('AbortError');
      expect(server.requests).toHaveLength(0);
    });

    it('AbortSignal.timeout(): the cause is its TimeoutError', async () => {
      server.handle(headersThenHang);
      const signal = AbortSignal.timeout(80);
      const error = await failure(client({ timeoutMs: 10_000 }).transactions.retrieve(TRANSACTION_ID, { signal }));
      expect(error).toBeInstanceOf(OmiseAbortError);
      expect((error.cause as Error).name).toBe('TimeoutError');
    });

    it('a custom reason is kept as it was given', async () => {
      server.handle(omiseError(503, 'service_unavailable', 'busy'));
      const controller = new AbortController();
      const reason = { why: 'shutdown' };
      const pending = client({ initialRetryDelayMs: 10_000, maxRetryDelayMs: 10_000, onRetry: () => controller.abort(reason) }).transactions.retrieve(TRANSACTION_ID, {
        signal: controller.signal,
      });
      const error = await failure(pending);
      expect(error).toBeInstanceOf(OmiseAbortError);
      expect(error.cause).toBe(reason);
    });
  });
});

describe('options that cannot be misread', () => {
  it.each([
    [{ retries: 5 }, 'retries', /use maxRetries/],
    [{ timeout: 5 }, 'timeout', /use timeoutMs/],
    [{ apiKey: 'x' }, 'apiKey', /use secretKey/],
    [{ maxSockets: 4 }, 'maxSockets', /createNodeTransport/],
    [{ colour: 'red' }, 'colour', /it takes secretKey, baseUrl/],
  ])('createOmiseClient refuses %o, naming the right option', (options, option, message) => {
    let error: unknown;
    try {
      createOmiseClient({ secretKey: TEST_KEY, ...(options as object) } as OmiseClientOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OmiseConfigurationError);
    expect(error).toMatchObject({ option });
    expect((error as Error).message).toMatch(message);
  });

  it('an apiVersion other than the one the types describe is refused', () => {
    expect(() => createOmiseClient({ secretKey: TEST_KEY, apiVersion: '2015-11-17' as '2019-05-29' })).toThrow(/apiVersion must be 2019-05-29/);
  });

  // The @ts-expect-error lines are checked by `npm run typecheck` (tsconfig.json takes test/): each
  // fails it if TypeScript accepts the line. Run, each line is refused as well.
  it('TypeScript refuses the same at compile time, and each is refused at run time too', async () => {
    // @ts-expect-error an unknown client option
    expect(() => createOmiseClient({ secretKey: TEST_KEY, retries: 5 })).toThrow(OmiseConfigurationError);
    // @ts-expect-error another API version
    expect(() => createOmiseClient({ secretKey: TEST_KEY, apiVersion: '2015-11-17' })).toThrow(OmiseConfigurationError);
    // Nothing listens there: a call that got past its checks would fail with another error.
    const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: 'http://127.0.0.1:9', maxRetries: 0 });
    // @ts-expect-error limit is listAllCards' own business
    expect(() => omise.customers.listAllCards(CUSTOMER_ID, { limit: 10 })).toThrow(OmiseValidationError);
    // @ts-expect-error an unknown per-call option
    await expect(omise.transactions.retrieve(TRANSACTION_ID, { retries: 1 })).rejects.toBeInstanceOf(OmiseValidationError);
  });
});
