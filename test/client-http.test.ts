// The client against a real loopback server: headers, retries, deadlines, aborts, error mapping.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OmiseAbortError,
  OmiseApiError,
  OmiseAuthenticationError,
  OmiseBadRequestError,
  OmiseConnectionError,
  OmiseNotFoundError,
  OmiseRateLimitError,
  OmiseServerError,
  OmiseTimeoutError,
  createOmiseClient,
  type OmiseClientOptions,
  type RetryInfo,
} from '../src/index.node.js';
import { VERSION } from '../src/runtime/version.js';
import { TEST_KEY, TRANSACTION_ID, transaction } from './support/fixtures.js';
import {
  headersThenHang,
  json,
  omiseError,
  resetBeforeHeaders,
  resetMidBody,
  startServer,
  text,
  type LoopbackServer,
} from './support/loopback-server.js';
import { transports, type TransportCase } from './support/transports.js';
import { failure } from './support/failure.js';

describe.each(transports)('client over $name', (transport) => {
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
    createOmiseClient({
      secretKey: TEST_KEY,
      baseUrl: server.url,
      initialRetryDelayMs: 1,
      maxRetryDelayMs: 4,
      timeoutMs: 2000,
      ...made.options,
      ...options,
    });

  it('sends the exact Authorization, Omise-Version, Accept and User-Agent headers', async () => {
    const result = await client({ userAgent: 'reconciler/2.1' }).transactions.retrieve(TRANSACTION_ID);
    expect(result.id).toBe(TRANSACTION_ID);
    const [req] = server.requests;
    expect(req?.method).toBe('GET');
    expect(req?.path).toBe(`/transactions/${TRANSACTION_ID}`);
    expect(req?.headers.authorization).toBe(`Basic ${Buffer.from(`${TEST_KEY}:`).toString('base64')}`);
    expect(req?.headers['omise-version']).toBe('2019-05-29');
    expect(req?.headers.accept).toBe('application/json');
    expect(req?.headers['user-agent']).toBe(`omise-openapi/${VERSION} reconciler/2.1`);
  });

  it('a fetch or transport of the caller that changes the headers it is given changes that attempt only', async () => {
    let calls = 0;
    // The first attempt's headers gain one and lose our User-Agent, in the object it was handed.
    const meddle = (headers: unknown): void => {
      if (calls++ > 0) return;
      const h = headers as Record<string, string>;
      h['x-meddled'] = 'yes';
      delete h['user-agent'];
    };
    const inner = made.options.transport;
    const options: OmiseClientOptions = transport.fetch
      ? {
          fetch: (url, init) => {
            meddle(init.headers);
            return globalThis.fetch(url, init);
          },
        }
      : {
          transport: {
            send: (request) => {
              meddle(request.headers);
              return inner!.send(request);
            },
          },
        };
    // The first attempt gets a 503: its retry, in the same call, must not inherit the change either.
    server.handle(omiseError(503, 'service_unavailable', 'try again'), json(200, transaction()));
    const omise = client(options);
    await omise.transactions.retrieve(TRANSACTION_ID);
    await omise.transactions.retrieve(TRANSACTION_ID);
    await omise.raw.GET('/transactions/{id}', { params: { path: { id: TRANSACTION_ID } } });
    expect(calls).toBe(4);
    // Without our User-Agent, fetch sends its own ('node'): what counts is that the next attempts have ours.
    const seen = server.requests.map((r) => ({ meddled: r.headers['x-meddled'], ours: r.headers['user-agent'] === `omise-openapi/${VERSION}` }));
    expect(seen).toEqual([
      { meddled: 'yes', ours: false },
      { meddled: undefined, ours: true },
      { meddled: undefined, ours: true },
      { meddled: undefined, ours: true },
    ]);
  });

  it('sends the list query as given and returns the typed page', async () => {
    server.handle(json(200, { object: 'list', data: [], limit: 5, offset: 10, total: 0, order: 'reverse_chronological', location: '/customers/cust_test_1/cards', from: '2024-01-01T00:00:00Z', to: '2024-02-01T00:00:00Z' }));
    const page = await client().customers.listCards('cust_test_1', {
      limit: 5,
      offset: 10,
      order: 'reverse_chronological',
      from: '2024-01-01T00:00:00Z',
      to: '2024-02-01T00:00:00+07:00',
    });
    expect(page.total).toBe(0);
    expect(server.requests[0]?.url).toBe(
      '/customers/cust_test_1/cards?limit=5&offset=10&order=reverse_chronological&from=2024-01-01T00%3A00%3A00Z&to=2024-02-01T00%3A00%3A00%2B07%3A00',
    );
  });

  it.each([408, 429, 500, 502, 503, 504])('retries %i exactly maxRetries times, then throws', async (status) => {
    server.handle(omiseError(status, status === 429 ? 'too_many_requests' : 'internal_error', 'try again'));
    const retries: RetryInfo[] = [];
    const error = await failure(client({ maxRetries: 3, onRetry: (info) => retries.push(info) }).transactions.retrieve(TRANSACTION_ID));
    expect(server.requests).toHaveLength(4);
    expect(error).toBeInstanceOf(status === 429 ? OmiseRateLimitError : status >= 500 ? OmiseServerError : OmiseApiError);
    expect((error as OmiseApiError).attempts).toBe(4);
    expect((error as OmiseApiError).status).toBe(status);
    expect(retries.map((r) => [r.attempt, r.status, r.reason])).toEqual([1, 2, 3].map((n) => [n, status, `HTTP ${status}`]));
  });

  it('recovers when a retry succeeds', async () => {
    server.handle(omiseError(503, 'service_unavailable', 'busy'), omiseError(502, 'bad_gateway', 'gateway'), json(200, transaction()));
    const result = await client({ maxRetries: 2 }).transactions.retrieve(TRANSACTION_ID);
    expect(result.amount).toBe(96094);
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    [400, OmiseBadRequestError, 'bad_request'],
    [401, OmiseAuthenticationError, 'authentication_failure'],
    [403, OmiseApiError, 'forbidden'],
    [404, OmiseNotFoundError, 'not_found'],
    [409, OmiseApiError, 'conflict'],
    [422, OmiseApiError, 'unprocessable_entity'],
  ] as const)('never retries %i and maps it to %o', async (status, ErrorClass, code) => {
    server.handle(omiseError(status, code, `${code} happened`, { 'x-request-id': 'req_123' }));
    const error = (await failure(client({ maxRetries: 3 }).transactions.retrieve(TRANSACTION_ID))) as OmiseApiError;
    expect(server.requests).toHaveLength(1);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.constructor).toBe(ErrorClass);
    expect(error).toMatchObject({ status, code, omiseMessage: `${code} happened`, attempts: 1, requestId: 'req_123' });
    expect(error.location).toBe(`https://www.omise.co/api-errors#${code.replace(/_/g, '-')}`);
  });

  it('names the usual causes of a 401 and of a 404', async () => {
    server.handle(omiseError(401, 'authentication_failure', 'authentication failed'));
    const auth = await failure(client().transactions.retrieve(TRANSACTION_ID));
    expect(auth.message).toMatch(/authentication failed/);
    expect(auth.message).toMatch(/public key \(pkey_/);
    server.handle(omiseError(404, 'not_found', `transaction ${TRANSACTION_ID} was not found`));
    const missing = await failure(client().transactions.retrieve(TRANSACTION_ID));
    expect(missing.message).toMatch(/deleted/);
    expect(missing.message).toMatch(/another account/);
    expect(missing.message).toMatch(/test-mode id/);
  });

  it('says how many attempts a 5xx took and points at the status page', async () => {
    server.handle(omiseError(500, 'internal_error', 'boom'));
    const error = await failure(client({ maxRetries: 1 }).transactions.retrieve(TRANSACTION_ID));
    expect(error.message).toMatch(/after 2 attempts/);
    expect(error.message).toMatch(/status\.omise\.co/);
  });

  it('honours Retry-After in seconds', async () => {
    server.handle(omiseError(429, 'too_many_requests', 'slow down', { 'retry-after': '1' }), json(200, transaction()));
    const retries: RetryInfo[] = [];
    await client({ onRetry: (info) => retries.push(info) }).transactions.retrieve(TRANSACTION_ID);
    expect(retries).toEqual([{ attempt: 1, delayMs: 1000, reason: 'HTTP 429', status: 429 }]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const when = new Date(Date.now() + 2000).toUTCString();
    server.handle(omiseError(503, 'service_unavailable', 'later', { 'retry-after': when }), json(200, transaction()));
    const retries: RetryInfo[] = [];
    await client({ onRetry: (info) => retries.push(info) }).transactions.retrieve(TRANSACTION_ID);
    expect(retries).toHaveLength(1);
    // HTTP dates have whole seconds: the wait is what is left of the 2 s, rounded down to a second.
    expect(retries[0]?.delayMs).toBeGreaterThan(0);
    expect(retries[0]?.delayMs).toBeLessThanOrEqual(2000);
  });

  it('does not wait for a Retry-After over 60 s: throws at once with retryAfterMs', async () => {
    server.handle(omiseError(429, 'too_many_requests', 'slow down', { 'retry-after': '120' }));
    const error = (await failure(client({ maxRetries: 3 }).transactions.retrieve(TRANSACTION_ID))) as OmiseRateLimitError;
    expect(error).toBeInstanceOf(OmiseRateLimitError);
    expect(error.retryAfterMs).toBe(120_000);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('a body that hangs after the headers hits the deadline, on every attempt', async () => {
    server.handle(headersThenHang);
    const retries: RetryInfo[] = [];
    const error = (await failure(
      client({ timeoutMs: 150, maxRetries: 1, onRetry: (i) => retries.push(i) }).transactions.retrieve(TRANSACTION_ID),
    )) as OmiseTimeoutError;
    expect(error).toBeInstanceOf(OmiseTimeoutError);
    expect(error).toMatchObject({ attempts: 2, timeoutMs: 150 });
    expect(retries[0]?.reason).toBe('timeout after 150 ms');
    expect(server.requests).toHaveLength(2);
  });

  it('a connection reset mid-body is retried, and succeeds when the retry does', async () => {
    server.handle(resetMidBody, json(200, transaction()));
    const retries: RetryInfo[] = [];
    const result = await client({ onRetry: (i) => retries.push(i) }).transactions.retrieve(TRANSACTION_ID);
    expect(result.id).toBe(TRANSACTION_ID);
    expect(server.requests).toHaveLength(2);
    expect(retries[0]?.reason).toMatch(/^network error/);
  });

  it('resets on every attempt end in OmiseConnectionError with the cause kept', async () => {
    server.handle(resetBeforeHeaders);
    const error = (await failure(client({ maxRetries: 2 }).transactions.retrieve(TRANSACTION_ID))) as OmiseConnectionError;
    expect(error).toBeInstanceOf(OmiseConnectionError);
    expect(error.attempts).toBe(3);
    expect(error.cause).toBeInstanceOf(Error);
    // Three attempts, each sent again once by the transport (a connection lost before the answer is no attempt).
    expect(server.requests).toHaveLength(6);
  });

  it('a refused connection is retried, then OmiseConnectionError', async () => {
    const url = server.url;
    await server.close();
    const error = (await failure(
      createOmiseClient({ secretKey: TEST_KEY, baseUrl: url, maxRetries: 1, initialRetryDelayMs: 1, ...made.options }).transactions.retrieve(TRANSACTION_ID),
    )) as OmiseConnectionError;
    expect(error).toBeInstanceOf(OmiseConnectionError);
    expect(error.attempts).toBe(2);
    expect(error.message).toMatch(/ECONNREFUSED/);
    server = await startServer(json(200, transaction()));
  });

  it('an abort during the backoff wait ends the call at once and is not retried', async () => {
    server.handle(omiseError(503, 'service_unavailable', 'busy'));
    const controller = new AbortController();
    const omise = client({ initialRetryDelayMs: 30_000, maxRetryDelayMs: 30_000, onRetry: () => controller.abort() });
    const error = await failure(omise.transactions.retrieve(TRANSACTION_ID, { signal: controller.signal }));
    expect(error).toBeInstanceOf(OmiseAbortError);
    expect((error.cause as Error).name).toBe('AbortError');
    expect(server.requests).toHaveLength(1);
  });

  it('an abort while waiting for the answer ends the call and is not retried', async () => {
    server.handle(headersThenHang);
    const controller = new AbortController();
    const pending = client({ timeoutMs: 30_000 }).transactions.retrieve(TRANSACTION_ID, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error).toBeInstanceOf(OmiseAbortError);
    expect(error.cause).toBe(controller.signal.reason);
    expect(server.requests).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const error = await failure(client().transactions.retrieve(TRANSACTION_ID, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(OmiseAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('an HTML 502 from a proxy becomes OmiseServerError with a short excerpt', async () => {
    const html = `<html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(5000)}</body></html>`;
    server.handle(text(502, html, { 'content-type': 'text/html' }));
    const error = (await failure(client({ maxRetries: 0 }).transactions.retrieve(TRANSACTION_ID))) as OmiseServerError;
    expect(error).toBeInstanceOf(OmiseServerError);
    expect(error.code).toBe('unexpected_response');
    expect(error.bodyExcerpt).toMatch(/^<html><head><title>502 Bad Gateway/);
    expect(error.bodyExcerpt).toMatch(/x… \[\d+ more characters cut\]$/);
    expect(error.bodyExcerpt?.length).toBeLessThanOrEqual(240);
  });

  it('an empty error body still maps to the class of its status', async () => {
    server.handle(text(404, ''));
    const error = (await failure(client().transactions.retrieve(TRANSACTION_ID))) as OmiseNotFoundError;
    expect(error).toBeInstanceOf(OmiseNotFoundError);
    expect(error.code).toBe('unexpected_response');
    expect(error.message).toMatch(/empty body/);
  });

  it.each([
    ['not JSON', '<html>ok</html>'],
    ['empty', ''],
    ['a JSON string', '"hello"'],
  ])('a 200 whose body is %s becomes invalid_response', async (_name, body) => {
    server.handle(text(200, body, { 'content-type': 'application/json' }));
    const error = (await failure(client().transactions.retrieve(TRANSACTION_ID))) as OmiseApiError;
    expect(error).toBeInstanceOf(OmiseApiError);
    expect(error.code).toBe('invalid_response');
    expect(error.status).toBe(200);
    expect(server.requests).toHaveLength(1);
  });

  it('a throwing onRetry does not change the outcome', async () => {
    server.handle(omiseError(503, 'service_unavailable', 'busy'), json(200, transaction()));
    const result = await client({
      onRetry: () => {
        throw new Error('logger broke');
      },
    }).transactions.retrieve(TRANSACTION_ID);
    expect(result.id).toBe(TRANSACTION_ID);
  });

  it('raw is the typed openapi-fetch client with the same auth and retries', async () => {
    server.handle(omiseError(503, 'service_unavailable', 'busy'), json(200, transaction()));
    const { data, response } = await client().raw.GET('/transactions/{id}', { params: { path: { id: TRANSACTION_ID } } });
    expect(response.status).toBe(200);
    expect(data?.direction).toBe('credit');
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.headers['omise-version']).toBe('2019-05-29');
  });
});
