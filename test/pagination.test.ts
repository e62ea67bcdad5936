// listAllCards against an Omise-like card list on a real loopback server, on both transports: the
// snapshot, exactly once or a typed error, parallel pages in order, 429, early stops, maxItems.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OmiseAbortError, OmiseNotFoundError, OmisePaginationError, OmiseValidationError, createOmiseClient, type Card, type ListAllCardsOptions } from '../src/index.node.js';
import { CardListServer } from './support/card-list-server.js';
import { CUSTOMER_ID, TEST_KEY } from './support/fixtures.js';
import { omiseError, startServer, type LoopbackServer } from './support/loopback-server.js';
import { transports, type TransportCase } from './support/transports.js';
import { activeHandles, leftover } from './reliability/support/report.js';

async function collect(iterable: AsyncIterable<Card>): Promise<Card[]> {
  const out: Card[] = [];
  for await (const card of iterable) out.push(card);
  return out;
}

async function failure(iterable: AsyncIterable<Card>): Promise<{ error: unknown; cards: Card[] }> {
  const cards: Card[] = [];
  try {
    for await (const card of iterable) cards.push(card);
  } catch (error) {
    return { error, cards };
  }
  throw new Error('expected the iteration to fail');
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

describe.each(transports)('listAllCards over $name', (transport) => {
  let server: LoopbackServer;
  let list: CardListServer;
  let made: ReturnType<TransportCase['create']>;
  beforeEach(async () => {
    process.on('unhandledRejection', onUnhandled);
    made = transport.create();
  });
  afterEach(async () => {
    await made.close();
    await server?.close();
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
  const serve = async (count: number): Promise<void> => {
    list = new CardListServer(count, CUSTOMER_ID);
    server = await startServer(list.handler);
  };
  const all = (options?: ListAllCardsOptions) =>
    createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url, initialRetryDelayMs: 1, maxRetryDelayMs: 4, ...made.options }).customers.listAllCards(CUSTOMER_ID, options);

  it('yields every card once, in order; later pages ask for the window the first page echoed', async () => {
    await serve(250);
    const iterator = all({ concurrency: 1 });
    expect(iterator.total).toBeUndefined();
    const cards = await collect(iterator);
    expect(iterator.total).toBe(250);
    expect(cards.map((c) => c.id)).toEqual(list.cards.map((c) => c.id));
    const [first, ...rest] = server.requests;
    expect([first?.query.get('offset'), first?.query.get('from'), first?.query.get('to')]).toEqual(['0', null, null]);
    const window = list.page(new URLSearchParams(), 0);
    for (const [i, r] of rest.entries()) {
      expect([r.query.get('offset'), r.query.get('limit'), r.query.get('from'), r.query.get('to')]).toEqual([String((i + 1) * 100), '100', window.from, window.to]);
    }
    expect(server.requests).toHaveLength(3);
  });

  it('a list that gains and loses cards while it is read yields exactly the snapshot', async () => {
    await serve(450);
    const snapshot = list.cards.map((c) => c.id);
    // After the first page: 60 new cards, 12 deleted ones (still listed, flagged), as Omise does.
    list.beforeAnswer = (index) => {
      if (index === 1) {
        list.add(60);
        for (let i = 0; i < 12; i++) list.delete(i * 30);
      }
    };
    const cards = await collect(all({ pageSize: 50, concurrency: 3 }));
    expect(cards.map((c) => c.id)).toEqual(snapshot);
    // Cards 0 and 30 were handed out (first page) before they were deleted; the other ten come flagged.
    expect(cards.filter((c) => c.deleted).map((c) => c.id)).toEqual(list.cards.filter((c, i) => c.deleted && i >= 50).map((c) => c.id));
    expect(cards.filter((c) => c.deleted)).toHaveLength(10);
    expect(server.requests).toHaveLength(9);
  });

  it('pages arriving out of order are yielded in order', async () => {
    await serve(1000);
    // Later pages answer first: page 9 after 5 ms, page 1 after 50 ms.
    list.delay = (_i, offset) => (offset === 0 ? 0 : 55 - offset / 20);
    const cards = await collect(all({ concurrency: 10 }));
    expect(cards.map((c) => c.id)).toEqual(list.cards.map((c) => c.id));
    expect(list.mostInFlight).toBeGreaterThan(1);
    expect(list.mostInFlight).toBeLessThanOrEqual(10);
  });

  it.each([1, 4, 10])('keeps at most %i pages in flight', async (concurrency) => {
    await serve(2000);
    list.delay = () => 5;
    expect(await collect(all({ concurrency }))).toHaveLength(2000);
    expect(list.mostInFlight).toBeLessThanOrEqual(concurrency);
    if (concurrency > 1) expect(list.mostInFlight).toBeGreaterThan(1);
  });

  it.each([
    ['ignores offset (the same page again)', 'ignore-offset', 'duplicate', 100],
    ['raises total on every page', 'growing-total', 'total_changed', 100],
    ['returns cards beyond the total', 'beyond-total', 'beyond_total', 100],
    ['drops a deleted card from the list', 'drop-deleted', 'total_changed', 100],
    ['repeats a card of the first page two pages later', 'repeat-old-card', 'out_of_order', 200],
  ] as const)('a server that %s: OmisePaginationError (%s), within the request bound', async (_name, misbehaviour, reason, yielded) => {
    await serve(450);
    list.misbehaviour = misbehaviour;
    if (misbehaviour === 'drop-deleted') list.beforeAnswer = (index) => void (index === 1 && list.delete(3));
    const { error, cards } = await failure(all({ concurrency: 2 }));
    expect(error).toBeInstanceOf(OmisePaginationError);
    expect(error).toMatchObject({ reason, yielded });
    expect(cards).toHaveLength(yielded);
    expect((error as Error).message).toMatch(new RegExp(`stopped after ${yielded} cards`));
    // The first page, and at most the window of pages after it: never more than ceil(450 / 100).
    expect(server.requests.length).toBeLessThanOrEqual(5);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  it('a break stops the iteration and cancels the pages in flight: nothing is left pending', async () => {
    await serve(3000);
    list.delay = (_i, offset) => (offset === 0 ? 0 : 40);
    const before = activeHandles();
    let seen = 0;
    for await (const _card of all({ concurrency: 4 })) {
      if (++seen === 150) break;
    }
    expect(seen).toBe(150);
    // The first page and one window of four: no more pages were asked for.
    expect(server.requests.length).toBeLessThanOrEqual(5);
    await made.close();
    expect(await leftover(before)).toEqual({});
  });

  it('maxItems stops after that many cards, asking for no page it does not need', async () => {
    await serve(1000);
    const cards = await collect(all({ maxItems: 250, concurrency: 4 }));
    expect(cards.map((c) => c.id)).toEqual(list.cards.slice(0, 250).map((c) => c.id));
    expect(server.requests).toHaveLength(3);
  });

  it('an abort through signal ends the iteration with its reason, pages in flight included', async () => {
    await serve(1000);
    list.delay = (_i, offset) => (offset === 0 ? 0 : 300);
    const before = activeHandles();
    const controller = new AbortController();
    const cards: Card[] = [];
    let error: unknown;
    try {
      for await (const card of all({ signal: controller.signal, concurrency: 4 })) {
        cards.push(card);
        if (cards.length === 100) setTimeout(() => controller.abort(new Error('reconciliation cancelled')), 20);
      }
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OmiseAbortError);
    expect(((error as Error).cause as Error).message).toBe('reconciliation cancelled');
    expect(cards).toHaveLength(100);
    expect(server.requests.length).toBeLessThanOrEqual(5);
    // Every request the server got has ended, and the client holds no timer. (The test server keeps
    // the half-closed server side of an aborted fetch open; those sockets are its own, not the client's.)
    await expect.poll(() => list.inFlight, { timeout: 10_000 }).toBe(0);
    await made.close();
    expect(await leftover(before, { kinds: ['Timeout'] })).toEqual({});
  });

  it('a 429 halves the concurrency for the rest of the iteration and honours Retry-After', async () => {
    await serve(3000);
    list.delay = () => 10;
    let limitedAt = 0;
    list.beforeAnswer = (index) => {
      if (index === 3) {
        limitedAt = Date.now();
        return { status: 429, retryAfter: '1' };
      }
      return undefined;
    };
    const cards = await collect(all({ concurrency: 8 }));
    expect(cards).toHaveLength(3000);
    // The retry of the limited page: the first request for its offset after the 429. Everything from
    // there on is in order of arrival, not of the clock, so a slow machine reads the same.
    const limitedOffset = list.starts[3]!.offset;
    const retry = list.starts.findIndex((s, i) => i > 3 && s.offset === limitedOffset);
    expect(retry).toBeGreaterThan(3);
    // No request started within the second the server asked for, but the ones already sent and the
    // retry itself (a wait is never shorter than asked; a busy machine only makes it longer).
    const during = list.starts.filter((s) => s.at > limitedAt && s.at < limitedAt + 1000);
    expect(during.length).toBeLessThanOrEqual(8);
    expect(list.starts[retry]!.at - limitedAt).toBeGreaterThanOrEqual(1000 - 10);
    // From the retry on, at most 4 pages at once; before it, more than 4.
    expect(Math.max(...list.starts.slice(retry).map((s) => s.inFlight))).toBeLessThanOrEqual(4);
    expect(Math.max(...list.starts.slice(0, retry).map((s) => s.inFlight))).toBeGreaterThan(4);
  });

  it('a failing page surfaces as the typed error of that page, after the cards before it', async () => {
    await serve(300);
    server.handle(list.handler, omiseError(404, 'not_found', 'customer was deleted'));
    const { error, cards } = await failure(all({ concurrency: 1 }));
    expect(cards).toHaveLength(100);
    expect(error).toBeInstanceOf(OmiseNotFoundError);
  });

  it('an empty customer yields nothing after one request', async () => {
    await serve(0);
    expect(await collect(all())).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    [{ limit: 10 } as ListAllCardsOptions, 'limit', /use pageSize/],
    [{ offset: 10 } as ListAllCardsOptions, 'offset', /maxItems/],
    [{ retries: 5 } as unknown as ListAllCardsOptions, 'retries', /has no option retries/],
    [{ concurrency: 0 }, 'concurrency', /from 1 to 10/],
    [{ concurrency: 11 }, 'concurrency', /at most 10 parallel workers/],
    [{ pageSize: 101 }, 'pageSize', /from 1 to 100/],
    [{ maxItems: 0 }, 'maxItems', /whole number/],
  ])('refuses %o before any request', async (options, param, message) => {
    await serve(10);
    let error: unknown;
    try {
      all(options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OmiseValidationError);
    expect(error).toMatchObject({ param });
    expect((error as Error).message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });
});
