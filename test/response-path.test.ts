// What a hostile server or a broken proxy can send, against the client on both transports: bodies
// over the cap (announced, grown, compressed), answers that never end, redirects, echoed keys,
// control characters, enormous and malformed bodies. Every call must end in a value or one typed error.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OmiseApiError,
  OmiseConfigurationError,
  OmiseNotFoundError,
  OmiseRedirectError,
  OmiseResponseTooLargeError,
  OmiseServerError,
  OmiseTimeoutError,
  createOmiseClient,
  type OmiseClientOptions,
} from '../src/index.node.js';
import { CUSTOMER_ID, TEST_KEY, TRANSACTION_ID, cardPage, transaction } from './support/fixtures.js';
import { announced, gzipBomb, gzipJson, redirect, startRawServer, streamBody, type RawServer } from './support/hostile.js';
import { findLeak, keyNeedles } from './support/leaks.js';
import { json, omiseError, slowDrip, startServer, text, type LoopbackServer } from './support/loopback-server.js';
import { transports, type TransportCase } from './support/transports.js';
import { failure } from './support/failure.js';

const KEY = 'skey_test_echocanary0123456789';
const NEEDLES = keyNeedles(KEY, 'echocanary');
const KiB = 1024;
const MiB = 1024 * KiB;

describe.each(transports)('response path over $name', (transport) => {
  let server: LoopbackServer;
  let other: LoopbackServer;
  let raw: RawServer | undefined;
  let made: ReturnType<TransportCase['create']>;
  beforeEach(async () => {
    server = await startServer(json(200, transaction()));
    other = await startServer(json(200, transaction()));
    made = transport.create();
  });
  afterEach(async () => {
    await made.close();
    await Promise.all([server.close(), other.close(), raw?.close()]);
    raw = undefined;
  });

  const client = (options: OmiseClientOptions = {}) =>
    createOmiseClient({ secretKey: KEY, baseUrl: server.url, initialRetryDelayMs: 1, maxRetryDelayMs: 4, timeoutMs: 5000, maxRetries: 2, ...made.options, ...options });

  describe('maxResponseBytes', () => {
    it('refuses a Content-Length over the cap before reading, names the option, and does not retry', async () => {
      server.handle(announced(500 * MiB));
      const error = (await failure(client().transactions.retrieve(TRANSACTION_ID))) as OmiseResponseTooLargeError;
      expect(error).toBeInstanceOf(OmiseResponseTooLargeError);
      expect(error).toBeInstanceOf(OmiseApiError);
      expect(error).toMatchObject({ status: 200, code: 'response_too_large', limit: 8 * MiB, declaredBytes: 500 * MiB, attempts: 1 });
      expect(error.message).toMatch(/maxResponseBytes \(8388608 bytes\)/);
      expect(server.requests).toHaveLength(1);
    });

    it('stops reading an endless chunked body at the cap and releases the socket', async () => {
      let closed = false;
      server.handle((req, res, i) => {
        res.on('close', () => {
          closed = true;
        });
        return streamBody('endless')(req, res, i);
      });
      const error = (await failure(client({ maxResponseBytes: 256 * KiB }).transactions.retrieve(TRANSACTION_ID))) as OmiseResponseTooLargeError;
      expect(error).toBeInstanceOf(OmiseResponseTooLargeError);
      expect(error).toMatchObject({ limit: 256 * KiB, declaredBytes: undefined, attempts: 1 });
      expect(error.message).toMatch(/grew past maxResponseBytes/);
      await expect.poll(() => closed, { timeout: 10_000 }).toBe(true);
      expect(server.requests).toHaveLength(1);
    });

    it('counts decoded bytes: a small gzip body that unpacks past the cap is stopped', async () => {
      server.handle(gzipBomb(64));
      const error = (await failure(client({ maxResponseBytes: MiB }).transactions.retrieve(TRANSACTION_ID))) as OmiseResponseTooLargeError;
      expect(error).toBeInstanceOf(OmiseResponseTooLargeError);
      expect(error.declaredBytes).toBeUndefined();
    });

    it('reads a compressed answer within the cap', async () => {
      server.handle(gzipJson(transaction()));
      expect((await client().transactions.retrieve(TRANSACTION_ID)).id).toBe(TRANSACTION_ID);
    });

    it('a body of exactly the cap is read; one byte more is refused', async () => {
      const body = JSON.stringify(transaction());
      const size = Buffer.byteLength(body);
      server.handle(text(200, body, { 'content-type': 'application/json' }));
      expect((await client({ maxResponseBytes: size }).transactions.retrieve(TRANSACTION_ID)).id).toBe(TRANSACTION_ID);
      await expect(client({ maxResponseBytes: size - 1 }).transactions.retrieve(TRANSACTION_ID)).rejects.toBeInstanceOf(OmiseResponseTooLargeError);
    });

    it('applies to error bodies and to raw', async () => {
      server.handle(streamBody(2 * MiB, { 'content-type': 'text/html' }));
      await expect(client({ maxResponseBytes: MiB }).transactions.retrieve(TRANSACTION_ID)).rejects.toBeInstanceOf(OmiseResponseTooLargeError);
      await expect(client({ maxResponseBytes: MiB }).raw.GET('/transactions/{id}', { params: { path: { id: TRANSACTION_ID } } })).rejects.toBeInstanceOf(
        OmiseResponseTooLargeError,
      );
    });

    it.each([0, -1, 1.5, 512 * MiB])('refuses maxResponseBytes %s at creation', (maxResponseBytes) => {
      expect(() => client({ maxResponseBytes })).toThrow(OmiseConfigurationError);
    });
  });

  describe('every call settles within its budget', () => {
    it('a body that ends after the deadline is a timeout, on every attempt', async () => {
      // The body trickles in over 10 s; each attempt has 200 ms.
      server.handle(slowDrip(JSON.stringify(transaction()), 10, 1000));
      const started = Date.now();
      const error = (await failure(client({ timeoutMs: 200, maxRetries: 1 }).transactions.retrieve(TRANSACTION_ID))) as OmiseTimeoutError;
      expect(error).toBeInstanceOf(OmiseTimeoutError);
      expect(error.attempts).toBe(2);
      // Budget: 2 attempts of 200 ms and a backoff of at most 4 ms, with room for a busy machine; far
      // below the 10 s the body takes, so no attempt waited for it.
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('an answer without a length on a socket that stays open is a timeout', async () => {
      raw = await startRawServer((socket) => {
        socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n${JSON.stringify(transaction())}`);
      });
      const error = (await failure(client({ baseUrl: raw.url, timeoutMs: 200, maxRetries: 0 }).transactions.retrieve(TRANSACTION_ID))) as OmiseTimeoutError;
      expect(error).toBeInstanceOf(OmiseTimeoutError);
    });

    // A fetch of the caller's: only the fetch transport takes one.
    it.skipIf(!transport.fetch)('a fetch that ignores its abort signal cannot hold the call past the deadline', async () => {
      server.handle((_req, res) => {
        res.writeHead(200, { 'content-length': '100' });
        res.flushHeaders();
      });
      const deaf: typeof fetch = (url, init) => globalThis.fetch(url, { ...init, signal: null });
      const error = (await failure(client({ fetch: deaf, timeoutMs: 150, maxRetries: 1 }).transactions.retrieve(TRANSACTION_ID))) as OmiseTimeoutError;
      expect(error).toBeInstanceOf(OmiseTimeoutError);
      expect(error.attempts).toBe(2);
      await server.close();
    });

    it('garbage after valid JSON is invalid_response, not a value', async () => {
      server.handle(text(200, `${JSON.stringify(transaction())}<html>`, { 'content-type': 'application/json' }));
      const error = (await failure(client().transactions.retrieve(TRANSACTION_ID))) as OmiseApiError;
      expect(error).toMatchObject({ code: 'invalid_response', status: 200, attempts: 1 });
    });

    it('bytes beyond Content-Length do not corrupt the answer or the next call', async () => {
      const body = JSON.stringify(transaction());
      raw = await startRawServer((socket) => {
        socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}HTTP/1.1 200 OK\r\n\r\ntrailing junk`);
      });
      const omise = client({ baseUrl: raw.url });
      expect((await omise.transactions.retrieve(TRANSACTION_ID)).id).toBe(TRANSACTION_ID);
      expect((await omise.transactions.retrieve(TRANSACTION_ID)).id).toBe(TRANSACTION_ID);
    });
  });

  describe('odd answers and odd transports', () => {
    it('an empty 204 or zero-length body that claims gzip is read as empty, not as a network error', async () => {
      server.handle((_req, res) => void res.writeHead(204, { 'content-encoding': 'gzip' }).end());
      expect(await failure(client({ maxRetries: 0 }).transactions.retrieve(TRANSACTION_ID))).toMatchObject({ code: 'invalid_response', status: 204 });
      server.handle((_req, res) => void res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': '0' }).end());
      expect(await failure(client({ maxRetries: 0 }).transactions.retrieve(TRANSACTION_ID))).toMatchObject({ code: 'invalid_response', status: 200 });
    });

    it('raw turns a status no web Response may carry into a typed error', async () => {
      raw = await startRawServer((socket) => socket.write('HTTP/1.1 600 Odd\r\ncontent-length: 2\r\n\r\n{}'));
      const error = await failure(client({ baseUrl: raw.url, maxRetries: 0 }).raw.GET('/transactions/{id}', { params: { path: { id: TRANSACTION_ID } } }));
      expect(error).toBeInstanceOf(OmiseApiError);
      expect(error).toMatchObject({ status: 600 });
    });
  });

  describe('redirects', () => {
    it.each([301, 302, 303, 307, 308])('a %i is an OmiseRedirectError naming only the target origin, never followed nor retried', async (status) => {
      server.handle(redirect(status, `${other.url}/steal?key=${KEY}&card=4242`));
      const error = (await failure(client().transactions.retrieve(TRANSACTION_ID))) as OmiseRedirectError;
      expect(error).toBeInstanceOf(OmiseRedirectError);
      expect(error).toMatchObject({ status, code: 'redirect', redirectOrigin: other.url, attempts: 1 });
      expect(error.message).toContain(other.url);
      // The origin's port is random and may hold any digits: the path and query are what must not show.
      expect(error.message.replaceAll(other.url, '<origin>')).not.toMatch(/steal|4242/);
      expect(findLeak(error, NEEDLES)).toBeUndefined();
      expect(server.requests).toHaveLength(1);
      expect(other.requests).toHaveLength(0);
    });

    it('a relative Location names the same origin', async () => {
      server.handle(redirect(302, '/v2/transactions/x'));
      expect(await failure(client().transactions.retrieve(TRANSACTION_ID))).toMatchObject({ redirectOrigin: server.url });
    });

    it('raw does not follow a redirect either', async () => {
      server.handle(redirect(307, `${other.url}/transactions/${TRANSACTION_ID}`));
      await expect(client().raw.GET('/transactions/{id}', { params: { path: { id: TRANSACTION_ID } } })).rejects.toBeInstanceOf(OmiseRedirectError);
      expect(other.requests).toHaveLength(0);
    });

    it('raw cannot send the key to another baseUrl', async () => {
      const error = await failure(client().raw.GET('/transactions/{id}', { baseUrl: other.url, params: { path: { id: TRANSACTION_ID } } }));
      expect(error).toBeInstanceOf(OmiseConfigurationError);
      expect(other.requests).toHaveLength(0);
    });
  });

  describe('errors safe to log', () => {
    const expectClean = (error: Error): void => {
      expect(findLeak(error, NEEDLES)).toBeUndefined();
      const api = error as OmiseApiError;
      for (const value of [error.message, api.omiseMessage, api.code, api.location ?? '', api.requestId ?? '', api.bodyExcerpt ?? '']) {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: a control character in the value is what must fail.
        expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }
    };

    it('a 10 MB Omise message is cut to a bounded length with a marker', async () => {
      server.handle(omiseError(404, 'not_found', 'x'.repeat(8 * MiB - 200)));
      const error = (await failure(client().transactions.retrieve(TRANSACTION_ID))) as OmiseNotFoundError;
      expect(error).toBeInstanceOf(OmiseNotFoundError);
      expect(error.omiseMessage.length).toBeLessThan(1100);
      expect(error.omiseMessage).toMatch(/… \[\d+ more characters cut\]$/);
      expect(error.message.length).toBeLessThan(1500);
    });

    it('control characters (CR, LF, ESC, NUL, C1) in the body never pass through', async () => {
      const forged = 'card declined\r\n2024-01-01 INFO payment ok\u001b[31m\u0000\u0085';
      server.handle(omiseError(400, 'bad_request\r\nx', forged));
      const error = (await failure(client().transactions.retrieve(TRANSACTION_ID))) as OmiseApiError;
      expectClean(error);
      expect(error.omiseMessage).toContain('card declined 2024-01-01 INFO payment ok');
    });

    it('control characters in a header value never pass through', async () => {
      // HTTP parsers refuse C0 controls in headers; bytes 0x80-0x9f arrive as C1 controls (latin1).
      const body = '{"object":"error","location":"https://www.omise.co/api-errors#not-found","code":"not_found","message":"m"}';
      raw = await startRawServer((socket) => {
        socket.write(Buffer.from(`HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\nx-request-id: req\x9b2J\x85_1\r\ncontent-length: ${body.length}\r\n\r\n${body}`, 'latin1'));
      });
      const error = (await failure(client({ baseUrl: raw.url }).transactions.retrieve(TRANSACTION_ID))) as OmiseApiError;
      expectClean(error);
      expect(error.requestId).toBe('req 2J _1');
    });

    it.each([
      ['an Omise message', () => omiseError(401, 'authentication_failure', `key ${KEY} is not valid`)],
      ['an HTML page', () => text(502, `<html><body>Authorization: Basic ${btoa(`${KEY}:`)} rejected</body></html>`, { 'content-type': 'text/html' })],
      ['a header', () => omiseError(404, 'not_found', 'missing', { 'x-request-id': KEY })],
      ['the base64 form without padding', () => omiseError(400, 'bad_request', `creds ${btoa(`${KEY}:`).replace(/=+$/, '')}`)],
      ['the location', () => json(404, { object: 'error', location: `https://www.omise.co/?k=${KEY}`, code: 'not_found', message: 'm' })],
    ])('a key the server echoes in %s is replaced by a placeholder', async (_name, handler) => {
      server.handle(handler());
      const error = await failure(client({ maxRetries: 0 }).transactions.retrieve(TRANSACTION_ID));
      expect(error).toBeInstanceOf(OmiseApiError);
      expectClean(error);
      const api = error as OmiseApiError;
      expect([error.message, api.requestId, api.location].join(' ')).toContain('[REDACTED]');
    });

    it('a 100 000-level nested error body still maps to its status class', async () => {
      server.handle(text(404, `${'['.repeat(100_000)}${']'.repeat(100_000)}`, { 'content-type': 'application/json' }));
      const error = (await failure(client().transactions.retrieve(TRANSACTION_ID))) as OmiseNotFoundError;
      expect(error).toBeInstanceOf(OmiseNotFoundError);
      expect(error.code).toBe('unexpected_response');
      server.handle(text(500, `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, { 'content-type': 'application/json' }));
      expect(await failure(client({ maxRetries: 0 }).transactions.retrieve(TRANSACTION_ID))).toBeInstanceOf(OmiseServerError);
    });
  });

  describe('structural checks without validateResponses', () => {
    const page = cardPage(3, 0, 20);
    it.each([
      ['without data', { ...page, data: undefined }, /no data array/],
      ['with data not an array', { ...page, data: {} }, /no data array/],
      ['without total', { ...page, total: undefined }, /no whole-number total/],
      ['with a string total', { ...page, total: '3' }, /no whole-number total/],
      ['with a null card', { ...page, data: [null] }, /not an object with an id/],
      ['with a card without an id', { ...page, data: [{ object: 'card' }] }, /not an object with an id/],
      ['with a card without a creation time', { ...page, data: [{ ...page.data[0], created_at: 42 }] }, /creation time/],
      ['that is an array', [page], /not a JSON object/],
    ])('a page %s is invalid_response, never a TypeError', async (_name, body, reason) => {
      server.handle(json(200, body));
      const error = (await failure(client().customers.listCards(CUSTOMER_ID))) as OmiseApiError;
      expect(error).toBeInstanceOf(OmiseApiError);
      expect(error.code).toBe('invalid_response');
      expect(error.message).toMatch(reason);
    });

    it('listAllCards ends with invalid_response on such a page', async () => {
      server.handle(json(200, { ...page, data: undefined }));
      const iterate = async (): Promise<void> => {
        for await (const _card of client().customers.listAllCards(CUSTOMER_ID)) {
          // nothing
        }
      };
      await expect(iterate()).rejects.toMatchObject({ code: 'invalid_response' });
    });

    it.each([
      ['null', 'null'],
      ['a number', '42'],
      ['an array', '[]'],
    ])('a transaction that is %s is invalid_response', async (_name, body) => {
      server.handle(text(200, body, { 'content-type': 'application/json' }));
      expect(await failure(client().transactions.retrieve(TRANSACTION_ID))).toMatchObject({ code: 'invalid_response' });
    });
  });
});

describe('a transport of the caller\'s', () => {
  it('that throws instead of rejecting gives a typed, cleaned error and leaves no timer behind', async () => {
    const transport = {
      send(): Promise<never> {
        throw new Error(`refused Basic ${btoa(`${KEY}:`)}`);
      },
    };
    const error = await failure(createOmiseClient({ secretKey: KEY, baseUrl: 'http://127.0.0.1:9', transport, maxRetries: 0, timeoutMs: 60_000 }).transactions.retrieve(TRANSACTION_ID));
    expect(error.name).toBe('OmiseConnectionError');
    expect(findLeak(error, NEEDLES)).toBeUndefined();
  });
});

describe('a live key over plain http', () => {
  const LIVE = 'skey_5fz0oluu2v7vk6cnsqx';
  it.each(['http://api.omise.co', 'http://192.168.1.10:4010', 'http://mock.internal'])('is refused for %s', (baseUrl) => {
    expect(() => createOmiseClient({ secretKey: LIVE, baseUrl })).toThrow(/live secret key is sent over https only/);
  });
  it.each(['https://api.omise.co', 'http://127.0.0.1:4010', 'http://127.3.2.1', 'http://localhost:4010', 'http://[::1]:4010'])('is allowed for %s', (baseUrl) => {
    expect(() => createOmiseClient({ secretKey: LIVE, baseUrl })).not.toThrow();
  });
  it('a test key may use plain http to a mock on the LAN', () => {
    expect(() => createOmiseClient({ secretKey: TEST_KEY, baseUrl: 'http://192.168.1.10:4010' })).not.toThrow();
  });
});
