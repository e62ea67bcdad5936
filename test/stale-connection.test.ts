// A load balancer closes an idle keep-alive socket just as the client reuses it: the request is
// written, and the socket closes with no byte of an answer. The server saw nothing it answered, so
// the client sends the GET again at once on another connection: no failed call, even with
// maxRetries 0, and no backoff wait. A raw node:net server on 127.0.0.1 plays the balancer: it answers
// the first request of each connection; when a second one comes, its idle timer has just fired, and
// it closes that connection with no answer and every other idle one with it.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OmiseConnectionError, createOmiseClient, type RetryInfo } from '../src/index.node.js';
import { failure } from './support/failure.js';
import { TEST_KEY, TRANSACTION_ID, transaction } from './support/fixtures.js';
import { transports } from './support/transports.js';

const BODY = JSON.stringify(transaction());
const ANSWER = `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(BODY)}\r\nConnection: keep-alive\r\nKeep-Alive: timeout=60\r\n\r\n${BODY}`;

describe.each(transports)('stale pooled connections over $name', (transport) => {
  let server: Server;
  let url: string;
  const stats = { connections: 0, answered: 0, closedOnReuse: 0 };
  // 'always': even a fresh connection is closed without an answer (a server that is down for real).
  let mode: 'on-reuse' | 'always' = 'on-reuse';
  const sockets = new Set<Socket>();
  // Connections that answered and wait for a next request.
  const idle = new Set<Socket>();

  beforeAll(async () => {
    server = createServer((socket) => {
      stats.connections++;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
      let requests = 0;
      let buffered = '';
      socket.on('data', (data) => {
        buffered += data.toString('latin1');
        while (buffered.includes('\r\n\r\n')) {
          buffered = buffered.slice(buffered.indexOf('\r\n\r\n') + 4);
          requests++;
          idle.delete(socket);
          if (mode === 'always' || requests > 1) {
            stats.closedOnReuse++;
            socket.destroy();
            for (const other of idle) other.end();
            idle.clear();
            return;
          }
          stats.answered++;
          socket.write(ANSWER);
          idle.add(socket);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  for (const maxRetries of [0, 2]) {
    it(`maxRetries ${maxRetries}: 20 calls in a row, each reusing a socket the server closes, all succeed in one attempt with no backoff`, async () => {
      mode = 'on-reuse';
      const made = transport.create();
      const retries: RetryInfo[] = [];
      try {
        const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: url, maxRetries, onRetry: (info) => retries.push(info), ...made.options });
        const before = { ...stats };
        for (let i = 0; i < 20; i++) {
          const { data, response } = await omise.transactions.retrieve(TRANSACTION_ID).withResponse();
          expect(data.id).toBe(TRANSACTION_ID);
          expect(response.attempts).toBe(1);
        }
        expect(retries).toEqual([]);
        expect(stats.answered - before.answered).toBe(20);
        // The pool did reuse sockets, and each reuse was caught and sent again.
        expect(stats.closedOnReuse - before.closedOnReuse).toBeGreaterThan(0);
      } finally {
        await made.close();
      }
    });
  }

  it('a server that closes every connection without an answer: one resend per attempt, then the attempts as before', async () => {
    mode = 'always';
    const made = transport.create();
    try {
      const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: url, maxRetries: 1, initialRetryDelayMs: 1, maxRetryDelayMs: 2, ...made.options });
      const before = stats.closedOnReuse;
      const error = await failure(omise.transactions.retrieve(TRANSACTION_ID));
      expect(error).toBeInstanceOf(OmiseConnectionError);
      expect(error).toMatchObject({ attempts: 2 });
      // Two attempts, each sent again once: four requests, never more.
      expect(stats.closedOnReuse - before).toBe(4);
    } finally {
      await made.close();
      mode = 'on-reuse';
    }
  });
});
