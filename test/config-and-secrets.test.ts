// Key and option checks at creation, and the key never showing up anywhere it could leak.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { OmiseConfigurationError, createOmiseClient, type OmiseClientOptions } from '../src/index.js';
import { createNodeTransport } from '../src/node.js';
import { CUSTOMER_ID, TRANSACTION_ID } from './support/fixtures.js';
import { findLeak, keyNeedles } from './support/leaks.js';
import { headersThenHang, omiseError, resetBeforeHeaders, startServer, text, type LoopbackServer } from './support/loopback-server.js';

// Recognisable, so a leak of any part of it is found.
const SECRET = 'skey_test_leakcanary0123456789';

function configError(options: OmiseClientOptions): OmiseConfigurationError {
  try {
    createOmiseClient(options);
  } catch (error) {
    expect(error).toBeInstanceOf(OmiseConfigurationError);
    return error as OmiseConfigurationError;
  }
  throw new Error('expected OmiseConfigurationError');
}

describe('the secret key at creation', () => {
  it('missing: names OMISE_SECRET_KEY', () => {
    const saved = process.env.OMISE_SECRET_KEY;
    delete process.env.OMISE_SECRET_KEY;
    try {
      expect(configError({}).message).toMatch(/OMISE_SECRET_KEY/);
      expect(configError({ secretKey: '' }).option).toBe('secretKey');
    } finally {
      if (saved !== undefined) process.env.OMISE_SECRET_KEY = saved;
    }
  });

  it('is read from OMISE_SECRET_KEY when not given, at creation time', () => {
    const saved = process.env.OMISE_SECRET_KEY;
    process.env.OMISE_SECRET_KEY = SECRET;
    try {
      expect(() => createOmiseClient({})).not.toThrow();
    } finally {
      if (saved === undefined) delete process.env.OMISE_SECRET_KEY;
      else process.env.OMISE_SECRET_KEY = saved;
    }
  });

  it('a public key is refused', () => {
    expect(configError({ secretKey: 'pkey_test_5fz0oluu2v7vk6cnsqx' }).message).toMatch(
      /public keys cannot call this API; use the secret key/,
    );
  });

  it.each(['skey_test_abc def', 'skey_test_abc\r\nX-Evil: 1', 'skey_test_abc\n', '\tskey_test_abc', 'skey_test_abc\u00a0'])(
    'a key with whitespace or a line break is refused (%j)',
    (secretKey) => {
      const error = configError({ secretKey });
      expect(error.message).toMatch(/whitespace or a line break/);
      expect(error.message).not.toContain('abc');
    },
  );

  it.each(['sk_live_abc', 'skey_tëst_abc', 'skey_', 'Basic:abc', 'skey_test_abc:x'])('a malformed key is refused (%j)', (secretKey) => {
    expect(configError({ secretKey }).message).toMatch(/malformed/);
  });
});

describe('options at creation', () => {
  it.each([
    [{ maxRetries: -1 }, 'maxRetries'],
    [{ maxRetries: 1.5 }, 'maxRetries'],
    [{ maxRetries: 11 }, 'maxRetries'],
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ timeoutMs: 3_000_000_000 }, 'timeoutMs'],
    [{ initialRetryDelayMs: -5 }, 'initialRetryDelayMs'],
    [{ initialRetryDelayMs: 1000, maxRetryDelayMs: 10 }, 'maxRetryDelayMs'],
    [{ baseUrl: 'api.omise.co' }, 'baseUrl'],
    [{ baseUrl: 'ftp://api.omise.co' }, 'baseUrl'],
    [{ baseUrl: `https://${SECRET}:@api.omise.co` }, 'baseUrl'],
    [{ baseUrl: 'https://api.omise.co/?x=1' }, 'baseUrl'],
    [{ apiVersion: 'latest' as unknown as '2019-05-29' }, 'apiVersion'],
    [{ userAgent: 'a\r\nb' }, 'userAgent'],
    [{ fetch: 'nope' as unknown as OmiseClientOptions['fetch'] }, 'fetch'],
    [{ onRetry: 1 as unknown as OmiseClientOptions['onRetry'] }, 'onRetry'],
  ] as const)('%j is refused, naming %s', (options, option) => {
    const error = configError({ secretKey: SECRET, ...options });
    expect(error.option).toBe(option);
    expect(error.message).not.toContain(SECRET);
  });

  it.each([
    ['fetch: 42', { fetch: 42 }, 'fetch', /^fetch must be a function called as fetch\(url, init\), such as globalThis\.fetch; got a number\.$/],
    ['fetch: a transport (the 1.x way)', { fetch: createNodeTransport() }, 'fetch', /^fetch was given a transport \(an object with send\(\)\): pass it as `transport` instead/],
    ['transport: a fetch', { transport: globalThis.fetch }, 'transport', /^transport was given a function: a fetch goes in the `fetch` option/],
    ['transport: {}', { transport: {} }, 'transport', /^transport must be an object with a send\(request\) method.*; got an object\.$/],
    ['fetch and transport', { fetch: globalThis.fetch, transport: createNodeTransport() }, 'transport', /^Give fetch or transport, not both/],
  ])('%s: the message names the mistake, not a runtime without fetch', (_title, options, option, message) => {
    const error = configError({ secretKey: SECRET, ...(options as OmiseClientOptions) });
    expect(error.option).toBe(option);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/no global fetch/);
  });
});

describe('the key never leaks', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const needles = keyNeedles(SECRET, 'leakcanary');
  const expectClean = (value: unknown): void => {
    expect(findLeak(value, needles)).toBeUndefined();
  };

  it('not in util.inspect or JSON of the client', () => {
    const omise = createOmiseClient({ secretKey: SECRET, baseUrl: server.url });
    expectClean(omise);
    expectClean(omise.customers);
    expectClean(omise.raw);
  });

  it('not in any error class, its stack, its JSON, or onRetry info', async () => {
    const retryInfos: unknown[] = [];
    const omise = createOmiseClient({
      secretKey: SECRET,
      baseUrl: server.url,
      maxRetries: 1,
      initialRetryDelayMs: 1,
      // Only the hanging answer should meet a deadline (its own, below); every other one gets a
      // deadline no answer comes near, so a busy machine never turns its error into a timeout.
      timeoutMs: 30_000,
      onRetry: (info) => retryInfos.push(info),
    });
    const errors: unknown[] = [];
    const scenarios = [
      [omiseError(400, 'bad_request', 'bad')],
      [omiseError(401, 'authentication_failure', 'authentication failed')],
      [omiseError(404, 'not_found', 'missing')],
      [omiseError(429, 'too_many_requests', 'slow', { 'retry-after': '600' })],
      [omiseError(503, 'service_unavailable', 'busy')],
      [text(502, '<html>bad gateway</html>')],
      [text(200, 'not json')],
      [headersThenHang],
      [resetBeforeHeaders],
    ];
    for (const handlers of scenarios) {
      server.handle(...handlers);
      const timeoutMs = handlers[0] === headersThenHang ? 200 : undefined;
      errors.push(await omise.transactions.retrieve(TRANSACTION_ID, { timeoutMs }).catch((e: unknown) => e));
    }
    errors.push(await omise.transactions.retrieve('trxn_live_only').catch((e: unknown) => e));
    errors.push(await omise.customers.listCards(CUSTOMER_ID, { limit: 0 }).catch((e: unknown) => e));
    const refused = await createOmiseClient({ secretKey: SECRET, baseUrl: 'http://127.0.0.1:9', maxRetries: 0 })
      .transactions.retrieve(TRANSACTION_ID)
      .catch((e: unknown) => e);
    errors.push(refused);
    for (const key of [`${SECRET} `, `pkey_${SECRET}`, `${SECRET}\n`]) {
      let refusal: unknown;
      try {
        createOmiseClient({ secretKey: key });
      } catch (e) {
        refusal = e;
      }
      expect(refusal).toBeInstanceOf(OmiseConfigurationError);
      errors.push(refusal);
    }
    const names = new Set(errors.map((e) => (e as Error).name));
    expect([...names].sort()).toEqual(
      [
        'OmiseApiError',
        'OmiseAuthenticationError',
        'OmiseBadRequestError',
        'OmiseConfigurationError',
        'OmiseConnectionError',
        'OmiseNotFoundError',
        'OmiseRateLimitError',
        'OmiseServerError',
        'OmiseTimeoutError',
        'OmiseValidationError',
      ].sort(),
    );
    for (const error of errors) expectClean(error);
    expect(retryInfos.length).toBeGreaterThan(0);
    for (const info of retryInfos) expectClean(info);
  });
});

it('every public export is a value or type the README documents', () => {
  expect(Object.keys(api).sort()).toEqual(
    [
      'OmiseAbortError',
      'OmiseApiError',
      'OmiseAuthenticationError',
      'OmiseBadRequestError',
      'OmiseCertificateError',
      'OmiseConfigurationError',
      'OmiseConnectionError',
      'OmiseError',
      'OmiseNotFoundError',
      'OmisePaginationError',
      'OmiseProxyError',
      'OmiseRateLimitError',
      'OmiseRedirectError',
      'OmiseResponseTooLargeError',
      'OmiseResponseValidationError',
      'OmiseServerError',
      'OmiseTimeoutError',
      'OmiseValidationError',
      'createOmiseClient',
    ].sort(),
  );
});
