// A customer's card list served the way Omise serves it: limit, offset, order, from and to honoured
// and echoed, `to` defaulting to now, cards created later falling outside an earlier window, and a
// deleted card kept in the list with `deleted: true` (version 2019-05-29 keeps a deleted card's
// attributes). Cards can be added and deleted while a client iterates, and the server can be told to
// misbehave the ways a broken API or proxy does. It records how many requests were in flight at once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Card, CardList } from '../../src/index.js';
import { omiseTime } from '../../src/testing/list-page.js';
import { card } from './fixtures.js';
import { json, omiseError, type Handler } from './loopback-server.js';

export type Misbehaviour = 'ignore-offset' | 'growing-total' | 'beyond-total' | 'drop-deleted' | 'repeat-old-card';

const EPOCH = '1970-01-01T00:00:00Z';
const START = Date.parse('2024-01-01T00:00:00Z');
const iso = (ms: number): string => omiseTime(new Date(ms));

export class CardListServer {
  readonly cards: Card[] = [];
  /** The server's clock: each new card is created one second after the previous one. */
  private clock = START;
  inFlight = 0;
  mostInFlight = 0;
  /** Called with the request number before each answer; may change the list or ask for a 429. */
  // biome-ignore lint/suspicious/noConfusingVoidType: most hooks only act (a block without return); some also answer a 429.
  beforeAnswer?: (index: number, offset: number) => void | { status: 429; retryAfter?: string };
  /** Milliseconds to wait before answering, by request number and offset. */
  delay?: (index: number, offset: number) => number;
  misbehaviour?: Misbehaviour;
  /** (time, in flight) at the start of each request, for concurrency checks. */
  readonly starts: Array<{ at: number; offset: number; inFlight: number }> = [];

  constructor(
    count: number,
    readonly customerId: string,
  ) {
    this.add(count);
  }

  add(count: number): void {
    for (let i = 0; i < count; i++) {
      this.clock += 1000;
      this.cards.push({ ...card(this.cards.length, this.customerId), created_at: iso(this.clock) });
    }
  }

  delete(index: number): void {
    const target = this.cards[index];
    if (target) target.deleted = true;
  }

  /** Ids of the cards created up to `to`, in chronological order. */
  idsUpTo(to: string): string[] {
    return this.cards.filter((c) => c.created_at <= to).map((c) => c.id);
  }

  page(query: URLSearchParams, index: number): CardList {
    const limit = Number(query.get('limit') ?? 20);
    let offset = Number(query.get('offset') ?? 0);
    const order = (query.get('order') ?? 'chronological') as CardList['order'];
    const from = query.get('from') ?? EPOCH;
    const to = query.get('to') ?? iso(this.clock);
    let inWindow = this.cards.filter((c) => c.created_at >= from && c.created_at <= to && !(this.misbehaviour === 'drop-deleted' && c.deleted));
    if (order === 'reverse_chronological') inWindow = [...inWindow].reverse();
    let total = inWindow.length;
    if (this.misbehaviour === 'ignore-offset') offset = 0;
    if (this.misbehaviour === 'growing-total') total += index;
    let data = inWindow.slice(offset, offset + limit);
    if (this.misbehaviour === 'beyond-total' && offset > 0) data = [...data, ...inWindow.slice(0, 1)];
    // A card of the first page again, at the end of a later page (not the next one).
    if (this.misbehaviour === 'repeat-old-card' && offset >= 2 * limit) data = [...data.slice(0, -1), inWindow[5]!];
    return { object: 'list', data, limit, offset, total, order, location: `/customers/${this.customerId}/cards`, from, to };
  }

  readonly handler: Handler = async (req: IncomingMessage, res: ServerResponse, index: number) => {
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    const offset = Number(query.get('offset') ?? 0);
    this.inFlight++;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    this.starts.push({ at: Date.now(), offset, inFlight: this.inFlight });
    res.on('close', () => this.inFlight--);
    const wait = this.delay?.(index, offset) ?? 0;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (res.destroyed) return;
    const special = this.beforeAnswer?.(index, offset);
    if (special?.status === 429) {
      omiseError(429, 'too_many_requests', 'slow down', special.retryAfter ? { 'retry-after': special.retryAfter } : {})(req, res, index);
      return;
    }
    json(200, this.page(query, index))(req, res, index);
  };
}
