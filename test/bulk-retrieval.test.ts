// transactions.retrieveMany against a loopback server, on both transports: results in the order of
// the ids, one error per bad id, bounded concurrency, early stops, 429, and ids checked up front.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OmiseAbortError,
  OmiseAuthenticationError,
  OmiseNotFoundError,
  OmiseServerError,
  OmiseValidationError,
  createOmiseClient,
  type RetrieveResult,
} from '../src/index.node.js';
import { TEST_KEY, transaction } from './support/fixtures.js';
import { json, omiseError, startServer, type Handler, type LoopbackServer } from './support/loopback-server.js';
import { transports, type TransportCase } from './support/transports.js';

const ids = Array.from({ length: 40 }, (_, i) => `trxn_test_bulk${i.toString(36).padStart(4, '0')}`);

async function collect(iterable: AsyncIterable<RetrieveResult>): Promise<RetrieveResult[]> {
  const out: RetrieveResult[] = [];
  for await (const result of iterable) out.push(result);
  return out;
}

describe.each(transports)('retrieveMany over $name', (transport) => {
  let server: LoopbackServer;
  let made: ReturnType<TransportCase['create']>;
  // Requests as the server saw them, in order: `seq` numbers every start and every close, so that
  // "before" and "after" are orders of events, not readings of a clock a busy machine runs late.
  const seen = { open: 0, most: 0, seq: 0, starts: [] as Array<{ n: number; seq: number; open: number; closedSeq?: number }> };
  // Answers each id after a delay that makes later ids finish first; ids ending in 3 are unknown.
  const byId = (delay: (n: number) => number, special?: (id: string, n: number) => Handler | undefined): Handler => (req, res, i) => {
    const id = req.url?.split('/').pop() ?? '';
    const n = parseInt(id.slice(-4), 36);
    seen.open++;
    seen.most = Math.max(seen.most, seen.open);
    const start: (typeof seen.starts)[number] = { n, seq: ++seen.seq, open: seen.open };
    seen.starts.push(start);
    res.on('close', () => {
      seen.open--;
      start.closedSeq = ++seen.seq;
    });
    setTimeout(() => {
      const handler = special?.(id, n) ?? (n % 10 === 3 ? omiseError(404, 'not_found', `transaction ${id} was not found`) : json(200, { ...transaction(), id, location: `/transactions/${id}` }));
      void handler(req, res, i);
    }, delay(n));
  };
  beforeEach(async () => {
    seen.open = 0;
    seen.most = 0;
    seen.seq = 0;
    seen.starts = [];
    server = await startServer(byId(() => 0));
    made = transport.create();
  });
  afterEach(async () => {
    await made.close();
    await server.close();
  });
  const omise = () => createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url, initialRetryDelayMs: 1, maxRetryDelayMs: 4, maxRetries: 1, ...made.options });

  it('gives one result per id, in the order of the ids, a 404 as that id\'s error', async () => {
    server.handle(byId((n) => 40 - n));
    const results = await collect(omise().transactions.retrieveMany(ids, { concurrency: 6 }));
    expect(results.map((r) => r.id)).toEqual(ids);
    for (const [i, r] of results.entries()) {
      if (i % 10 === 3) {
        expect(r.ok).toBe(false);
        expect(!r.ok && r.error).toBeInstanceOf(OmiseNotFoundError);
      } else {
        expect(r.ok && r.transaction.id).toBe(ids[i]);
      }
    }
    expect(seen.most).toBeGreaterThan(1);
    expect(seen.most).toBeLessThanOrEqual(6);
  });

  it('a server failure after the retries is that id\'s error; the batch goes on', async () => {
    server.handle(byId(() => 0, (_id, n) => (n === 5 ? omiseError(503, 'service_unavailable', 'busy') : undefined)));
    const results = await collect(omise().transactions.retrieveMany(ids.slice(0, 8)));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, true, false, true, true]);
    expect(!results[5]!.ok && results[5]!.error).toBeInstanceOf(OmiseServerError);
  });

  it('a refused key ends the batch: every id would fail the same way', async () => {
    server.handle(omiseError(401, 'authentication_failure', 'authentication failed'));
    const iterate = collect(omise().transactions.retrieveMany(ids, { concurrency: 2 }));
    await expect(iterate).rejects.toBeInstanceOf(OmiseAuthenticationError);
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  it('checks every id before sending anything', async () => {
    expect(() => omise().transactions.retrieveMany([...ids.slice(0, 5), 'trxn_test_../x', ...ids.slice(5)])).toThrow(OmiseValidationError);
    let error: unknown;
    try {
      omise().transactions.retrieveMany(['trxn_test_ok', 'chrg_test_wrong']);
    } catch (e) {
      error = e;
    }
    // Outside the catch, so that no error at all fails the test too.
    expect(error).toBeInstanceOf(OmiseValidationError);
    expect(error).toMatchObject({ param: 'transactionIds[1]' });
    expect(() => omise().transactions.retrieveMany(ids, { concurrency: 11 })).toThrow(/at most 10 parallel workers/);
    expect(() => omise().transactions.retrieveMany('trxn_test_1' as unknown as string[])).toThrow(/array/);
    expect(server.requests).toHaveLength(0);
  });

  it('a break cancels the calls in flight and starts no more', async () => {
    server.handle(byId(() => 30));
    let n = 0;
    for await (const _r of omise().transactions.retrieveMany(ids, { concurrency: 4 })) if (++n === 5) break;
    expect(server.requests.length).toBeLessThanOrEqual(9);
    await expect.poll(() => seen.open, { timeout: 10_000 }).toBe(0);
  });

  it('after an abort nothing more is handed out, not even results already in', async () => {
    const controller = new AbortController();
    const got: string[] = [];
    const iterate = async (): Promise<void> => {
      for await (const r of omise().transactions.retrieveMany(ids.slice(0, 6), { concurrency: 6, signal: controller.signal })) {
        got.push(r.id);
        controller.abort();
      }
    };
    await expect(iterate()).rejects.toBeInstanceOf(OmiseAbortError);
    expect(got).toEqual([ids[0]]);
  });

  it('a 429 lowers the concurrency for the rest of the batch', async () => {
    let limitedSeq = 0;
    server.handle(
      byId(
        () => 20,
        (_id, n) => {
          if (n === 8 && !limitedSeq) {
            limitedSeq = ++seen.seq;
            return omiseError(429, 'too_many_requests', 'slow down', { 'retry-after': '0' });
          }
          return undefined;
        },
      ),
    );
    const results = await collect(omise().transactions.retrieveMany(ids, { concurrency: 8 }));
    expect(results).toHaveLength(40);
    expect(results.filter((r) => r.ok)).toHaveLength(36);
    expect(Math.max(...seen.starts.filter((s) => s.seq < limitedSeq).map((s) => s.open))).toBeGreaterThan(4);
    // The retry of the limited id is sent after the client read the 429. Calls already under way then
    // finish; every call started after the last of them closed runs with at most 4 at once.
    const retry = seen.starts.findIndex((s) => s.n === 8 && s.seq > limitedSeq);
    expect(retry).toBeGreaterThan(0);
    const settled = Math.max(seen.starts[retry]!.seq, ...seen.starts.slice(0, retry).map((s) => s.closedSeq ?? Number.POSITIVE_INFINITY));
    const later = seen.starts.filter((s) => s.seq > settled);
    expect(later.length).toBeGreaterThan(10);
    expect(Math.max(...later.map((s) => s.open))).toBeLessThanOrEqual(4);
  });
});
