// HTTP framing and content codings, one table, run on both transports with the same expected outcome:
// the body decoded, or the same typed error class and code, and never a retry of an answer that came.
// A raw node:net server on 127.0.0.1 writes each answer byte for byte.
import { createServer, type Server } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OmiseApiError, OmiseConnectionError, createOmiseClient } from '../src/index.node.js';
import { failure } from './support/failure.js';
import { TEST_KEY, TRANSACTION_ID, transaction } from './support/fixtures.js';
import { transports } from './support/transports.js';

const BODY = Buffer.from(JSON.stringify(transaction()));
const head = (lines: string[], length?: number): Buffer =>
  Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n${lines.map((l) => `${l}\r\n`).join('')}${length === undefined ? '' : `Content-Length: ${length}\r\n`}\r\n`);
const coded = (coding: string, bytes: Buffer): Buffer => Buffer.concat([head([`Content-Encoding: ${coding}`], bytes.length), bytes]);

type Outcome = { decoded: true } | { error: typeof OmiseApiError | typeof OmiseConnectionError; code: string };
interface Case {
  name: string;
  answer: Buffer;
  expected: Outcome | ((transport: string) => Outcome);
}

const decoded: Outcome = { decoded: true };
// undici 7 (the Node transport's, and Node 24's fetch) refuses obs-fold; undici 6 (the fetch of Node
// 20 and 22) unfolds it. Neither can be told otherwise: the table says which runtime does what.
const undiciMajor = Number(process.versions.undici?.split('.')[0] ?? 0);
const obsFold = (transport: string): Outcome => (transport.startsWith('Node') || undiciMajor >= 7 ? { error: OmiseConnectionError, code: 'HTTPParserError' } : decoded);

const CASES: Case[] = [
  { name: 'a plain body with Content-Length', answer: Buffer.concat([head([], BODY.length), BODY]), expected: decoded },
  { name: 'a close-delimited body (no length, no chunking)', answer: Buffer.concat([head(['Connection: close']), BODY]), expected: decoded },
  { name: 'chunked, with a trailer', answer: Buffer.concat([head(['Transfer-Encoding: chunked', 'Trailer: X-Sum']), Buffer.from(`${BODY.length.toString(16)}\r\n`), BODY, Buffer.from('\r\n0\r\nX-Sum: 1\r\n\r\n')]), expected: decoded },
  { name: 'gzip', answer: coded('gzip', gzipSync(BODY)), expected: decoded },
  { name: 'gzip, gzip (two codings, undone last first)', answer: coded('gzip, gzip', gzipSync(gzipSync(BODY))), expected: decoded },
  { name: 'deflate with its zlib wrapper', answer: coded('deflate', deflateSync(BODY)), expected: decoded },
  { name: 'deflate without the zlib wrapper (raw)', answer: coded('deflate', deflateRawSync(BODY)), expected: decoded },
  { name: 'br', answer: coded('br', brotliCompressSync(BODY)), expected: decoded },
  { name: 'an unknown coding: the body as it came', answer: coded('x-unknown', BODY), expected: decoded },
  // undici's fetch flushes what arrived when the stream's end is missing; the Node transport does too.
  { name: 'gzip without its 8-byte trailer', answer: coded('gzip', gzipSync(BODY).subarray(0, -8)), expected: decoded },
  { name: 'deflate without its zlib checksum', answer: coded('deflate', deflateSync(BODY).subarray(0, -4)), expected: decoded },
  // An empty body is empty whatever its coding says (a balancer's empty answer): not JSON, on both.
  { name: 'an empty body that says gzip', answer: Buffer.concat([head(['Content-Encoding: gzip', 'Transfer-Encoding: chunked']), Buffer.from('0\r\n\r\n')]), expected: { error: OmiseApiError, code: 'invalid_response' } },
  { name: '103 Early Hints before the answer', answer: Buffer.concat([Buffer.from('HTTP/1.1 103 Early Hints\r\nLink: </x>; rel=preload\r\n\r\n'), head([], BODY.length), BODY]), expected: decoded },
  { name: 'a corrupt gzip body: invalid_response, not retried', answer: coded('gzip', Buffer.from('\x1f\x8b\x08\x00not gzip at all, not at all')), expected: { error: OmiseApiError, code: 'invalid_response' } },
  { name: 'a truncated gzip body: invalid_response, not retried', answer: coded('gzip', gzipSync(BODY).subarray(0, 30)), expected: { error: OmiseApiError, code: 'invalid_response' } },
  { name: 'a corrupt deflate body: invalid_response, not retried', answer: coded('deflate', Buffer.from('\x78\x9c not deflate data at all')), expected: { error: OmiseApiError, code: 'invalid_response' } },
  { name: 'a corrupt br body: invalid_response, not retried', answer: coded('br', Buffer.from('not brotli at all, not at all, not at all')), expected: { error: OmiseApiError, code: 'invalid_response' } },
  // undici, under both transports, refuses an unsolicited 100 Continue: the same error, not retried.
  { name: 'an unsolicited 100 Continue', answer: Buffer.concat([Buffer.from('HTTP/1.1 100 Continue\r\n\r\n'), head([], BODY.length), BODY]), expected: { error: OmiseConnectionError, code: 'UND_ERR_SOCKET' } },
  { name: 'an obs-folded header', answer: Buffer.concat([head(['X-Folded: a', '  b'], BODY.length), BODY]), expected: obsFold },
];

describe.each(transports)('framing and codings over $name', (transport) => {
  let server: Server;
  let port: number;
  const requests = new Map<string, number>();
  beforeAll(async () => {
    server = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.once('data', (data) => {
        const name = decodeURIComponent(/x-case: ([^\r\n]+)/i.exec(data.toString())?.[1] ?? '');
        requests.set(name, (requests.get(name) ?? 0) + 1);
        const c = CASES.find((k) => k.name === name);
        socket.end(c ? c.answer : 'HTTP/1.1 500 No Case\r\nContent-Length: 0\r\n\r\n');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  for (const c of CASES) {
    it(c.name, async () => {
      const made = transport.create();
      // The case's name rides in a header of every attempt; each attempt gets a socket of its own.
      const send = made.options.transport ?? undefined;
      const fetchOf = made.options.fetch;
      const omise = createOmiseClient({
        secretKey: TEST_KEY,
        baseUrl: `http://127.0.0.1:${port}`,
        maxRetries: 2,
        initialRetryDelayMs: 1,
        maxRetryDelayMs: 2,
        ...(send ? { transport: { send: (r) => send.send({ ...r, headers: { ...r.headers, 'x-case': encodeURIComponent(c.name) } }) } } : {}),
        ...(fetchOf ? { fetch: (url: string, init: RequestInit) => fetchOf(url, { ...init, headers: { ...(init.headers as Record<string, string>), 'x-case': encodeURIComponent(c.name) } }) } : {}),
      });
      try {
        const expected = typeof c.expected === 'function' ? c.expected(transport.name) : c.expected;
        if ('decoded' in expected) {
          const { data, response } = await omise.transactions.retrieve(TRANSACTION_ID).withResponse();
          expect(data).toEqual(transaction());
          expect(response.attempts).toBe(1);
        } else {
          const error = await failure(omise.transactions.retrieve(TRANSACTION_ID));
          expect(error).toBeInstanceOf(expected.error);
          // An API error's code, or the code (else the name) of the network error under a connection error.
          const cause = error.cause as { code?: string; name?: string } | undefined;
          const code = error instanceof OmiseApiError ? error.code : (cause?.code ?? cause?.name);
          expect(code, error.message).toBe(expected.code);
          // An answer came: it is not asked for again.
          expect((error as OmiseConnectionError).attempts).toBe(1);
          expect(requests.get(c.name)).toBe(1);
        }
      } finally {
        await made.close();
        requests.delete(c.name);
      }
    });
  }
});
