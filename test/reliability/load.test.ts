// 1 000 concurrent retrieve calls through a server that fails 30 % of its answers at random (seeded):
// every call settles, successes + typed failures = 1 000, no call makes more attempts than its
// budget, and the heap returns to its baseline afterwards.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { OmiseError, createOmiseClient } from '../../src/index.node.js';
import { TEST_KEY, transactionAsked } from '../support/fixtures.js';
import { omiseError, resetBeforeHeaders, startServer, text } from '../support/loopback-server.js';
import { transports } from '../support/transports.js';
import { report } from './support/report.js';
import { seeded } from '../support/seeded.js';

const CALLS = 1000;
const MAX_RETRIES = 2;
const SEED = 20190529;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const lines: string[] = [
  `${CALLS} concurrent \`transactions.retrieve\` calls, maxRetries ${MAX_RETRIES}, server failing 30 % of answers (15 % 503, 10 % connection reset, 5 % HTML 502), seed ${SEED}.`,
  '',
  '| transport | settled | succeeded | typed failures | server requests | most requests by one call | heap after GC vs before |',
  '|---|---:|---:|---:|---:|---:|---:|',
];
afterAll(() => report({ title: 'load', summary: `${transports.length} × ${CALLS} concurrent calls`, lines }));

describe.each(transports)('load over $name', (transport) => {
  it(`${CALLS} concurrent calls all settle within their attempt budget, and memory returns`, async () => {
    const random = seeded(SEED);
    const ok = transactionAsked;
    const unavailable = omiseError(503, 'service_unavailable', 'busy');
    const proxy = text(502, '<html>bad gateway</html>', { 'content-type': 'text/html' });
    const server = await startServer((req, res, i) => {
      const r = random();
      const handler = r < 0.15 ? unavailable : r < 0.25 ? resetBeforeHeaders : r < 0.3 ? proxy : ok;
      return handler(req, res, i);
    });
    const made = transport.create();
    try {
      const omise = createOmiseClient({
        secretKey: TEST_KEY,
        baseUrl: server.url,
        maxRetries: MAX_RETRIES,
        initialRetryDelayMs: 1,
        maxRetryDelayMs: 10,
        // 1 000 calls queue behind each other on a busy machine: a deadline none of them meets, so
        // that every failure counted is one the server made.
        timeoutMs: 60_000,
        ...made.options,
      });
      // A warm-up first: code compiled on first use lives on the heap too, and is no leak.
      await Promise.allSettled(Array.from({ length: 100 }, (_, i) => omise.transactions.retrieve(`trxn_test_warm${i.toString(36)}`)));
      server.requests.length = 0;
      await new Promise((resolve) => setTimeout(resolve, 50));
      gc();
      gc();
      const heapBefore = process.memoryUsage().heapUsed;
      const ids = Array.from({ length: CALLS }, (_, i) => `trxn_test_load${i.toString(36)}`);
      const results = await Promise.allSettled(ids.map((id) => omise.transactions.retrieve(id)));
      const succeeded = results.filter((r) => r.status === 'fulfilled').length;
      const typed = results.filter((r) => r.status === 'rejected' && r.reason instanceof OmiseError).length;
      expect(results).toHaveLength(CALLS);
      expect(succeeded + typed).toBe(CALLS);
      expect(succeeded).toBeGreaterThan(CALLS * 0.9);

      const perCall = new Map<string, number>();
      for (const r of server.requests) perCall.set(r.path, (perCall.get(r.path) ?? 0) + 1);
      const most = Math.max(...perCall.values());
      // Attempts, each sent again at most once when its connection was reset before the answer.
      expect(most).toBeLessThanOrEqual(2 * (MAX_RETRIES + 1));
      expect(server.requests.length).toBeLessThanOrEqual(CALLS * 2 * (MAX_RETRIES + 1));
      for (const r of results) {
        if (r.status === 'rejected') expect((r.reason as { attempts?: number }).attempts).toBe(MAX_RETRIES + 1);
      }

      await made.close();
      await server.close();
      // What the test itself holds (the server's log of requests, the results) is not the client's.
      const serverRequests = server.requests.length;
      server.requests.length = 0;
      results.length = 0;
      // Let closed sockets finish closing, then collect twice (weak references clear on the second).
      await new Promise((resolve) => setTimeout(resolve, 50));
      gc();
      gc();
      const growthMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
      expect(growthMb).toBeLessThan(5);
      lines.push(`| ${transport.name} | ${CALLS} | ${succeeded} | ${typed} | ${serverRequests} | ${most} | ${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(1)} MB |`);
    } finally {
      await made.close();
      await server.close();
    }
  });
});
