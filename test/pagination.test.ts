// listAllCards across pages of a real loopback server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOmiseClient, type Card } from '../src/index.js';
import { CUSTOMER_ID, TEST_KEY, cardPage, pagedCards } from './support/fixtures.js';
import { json, omiseError, startServer, type LoopbackServer } from './support/loopback-server.js';
import { transports, type TransportCase } from './support/transports.js';


describe.each(transports)('listAllCards over $name', (transport) => {
  let server: LoopbackServer | undefined;
  let made: ReturnType<TransportCase['create']>;
  beforeEach(() => {
    made = transport.create();
  });
  afterEach(async () => {
    await made.close();
    await server?.close();
  });
  const omise = (url: string) => createOmiseClient({ secretKey: TEST_KEY, baseUrl: url, initialRetryDelayMs: 1, ...made.options });

  async function collect(iterable: AsyncIterable<Card>): Promise<Card[]> {
    const out: Card[] = [];
    for await (const card of iterable) out.push(card);
    return out;
  }

  it('yields every card across 3+ pages, in order, following offset and total', async () => {
    server = await startServer(pagedCards(250));
    const cards = await collect(omise(server.url).customers.listAllCards(CUSTOMER_ID, { order: 'chronological' }));
    expect(cards).toHaveLength(250);
    expect(new Set(cards.map((c) => c.id)).size).toBe(250);
    expect(cards[0]?.id).toBe('card_test_000000');
    expect(cards[249]?.id).toBe(`card_test_${(249).toString(36).padStart(6, '0')}`);
    expect(server.requests.map((r) => [r.query.get('offset'), r.query.get('limit'), r.query.get('order')])).toEqual([
      ['0', '100', 'chronological'],
      ['100', '100', 'chronological'],
      ['200', '100', 'chronological'],
    ]);
  });

  it('uses pageSize and passes from/to on every page', async () => {
    server = await startServer(pagedCards(7));
    const cards = await collect(
      omise(server.url).customers.listAllCards(CUSTOMER_ID, { pageSize: 3, from: '2024-01-01T00:00:00Z', to: '2024-12-31T00:00:00Z', order: 'reverse_chronological' }),
    );
    expect(cards).toHaveLength(7);
    expect(server.requests).toHaveLength(3);
    for (const r of server.requests) {
      expect(r.query.get('from')).toBe('2024-01-01T00:00:00Z');
      expect(r.query.get('to')).toBe('2024-12-31T00:00:00Z');
      expect(r.query.get('order')).toBe('reverse_chronological');
    }
  });

  it('stops on an exact multiple without asking for an empty page', async () => {
    server = await startServer(pagedCards(200));
    expect(await collect(omise(server.url).customers.listAllCards(CUSTOMER_ID))).toHaveLength(200);
    expect(server.requests).toHaveLength(2);
  });

  it('ends on an empty page even when total claims more (a misbehaving server)', async () => {
    server = await startServer(
      json(200, { ...cardPage(100, 0, 100), total: 1_000_000 }),
      json(200, { ...cardPage(0, 100, 100), total: 1_000_000 }),
    );
    const cards = await collect(omise(server.url).customers.listAllCards(CUSTOMER_ID));
    expect(cards).toHaveLength(100);
    expect(server.requests).toHaveLength(2);
  });

  it('an empty customer yields nothing after one request', async () => {
    server = await startServer(pagedCards(0));
    expect(await collect(omise(server.url).customers.listAllCards(CUSTOMER_ID))).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('stops when the caller breaks out, without fetching further pages', async () => {
    server = await startServer(pagedCards(500));
    let seen = 0;
    for await (const _card of omise(server.url).customers.listAllCards(CUSTOMER_ID)) {
      if (++seen === 150) break;
    }
    expect(server.requests).toHaveLength(2);
  });

  it('honours signal between pages', async () => {
    server = await startServer(pagedCards(500));
    const controller = new AbortController();
    let error: unknown;
    let seen = 0;
    try {
      for await (const _card of omise(server.url).customers.listAllCards(CUSTOMER_ID, { signal: controller.signal })) {
        if (++seen === 100) controller.abort();
      }
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('AbortError');
    expect(seen).toBe(100);
    expect(server.requests).toHaveLength(1);
  });

  it('a failing page surfaces as the typed error of that page', async () => {
    server = await startServer(pagedCards(300));
    server.handle(pagedCards(300), omiseError(404, 'not_found', 'customer was deleted'));
    let error: unknown;
    const cards: Card[] = [];
    try {
      for await (const card of omise(server.url).customers.listAllCards(CUSTOMER_ID)) cards.push(card);
    } catch (e) {
      error = e;
    }
    expect(cards).toHaveLength(100);
    expect((error as Error).name).toBe('OmiseNotFoundError');
  });
});
