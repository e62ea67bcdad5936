// Every card of a customer, exactly once, as of the first request. The first page fixes the window
// (Omise echoes `from` and `to`) and the total; later pages ask for that window, so cards created
// meanwhile do not shift offsets, and run `concurrency` at a time in order. A server that contradicts
// the snapshot ends the iteration with OmisePaginationError; it never loops and never skips silently.
import { OmisePaginationError, abortError } from './errors.js';
import { Throttle, inOrder, type Task } from './in-order.js';
import type { RetryInfo } from './retry.js';
import type { Card, CardList, ListCardsParams } from './types.js';

export type ListPage = (query: ListCardsParams, control: { signal: AbortSignal | undefined; onRetry: (info: RetryInfo) => void }) => Promise<CardList>;

export interface PaginateOptions {
  pageSize: number;
  concurrency: number;
  maxItems: number | undefined;
  signal: AbortSignal | undefined;
}

/**
 * What customers.listAllCards returns: an async iterable of cards (`for await`) that knows, once the
 * first page has come, how many the snapshot holds. Each `for await` reads the list anew.
 */
export interface CardIterator extends AsyncIterable<Card> {
  /** The snapshot's total, once the first page has come; undefined before. */
  readonly total: number | undefined;
}

export function paginate(listPage: ListPage, params: Omit<ListCardsParams, 'limit' | 'offset'>, options: PaginateOptions): CardIterator {
  const state = { total: undefined as number | undefined };
  async function* cards(): AsyncGenerator<Card, void, undefined> {
    const { pageSize, signal } = options;
    const throttle = new Throttle(options.concurrency);
    let yielded = 0;
    const contradiction = (reason: OmisePaginationError['reason'], offset: number, what: string): OmisePaginationError =>
      new OmisePaginationError(`listAllCards stopped after ${yielded} cards: ${what}. No card was skipped or repeated; read the list again.`, reason, yielded, offset);

    const first = await listPage({ ...params, limit: pageSize, offset: 0 }, { signal, onRetry: throttle.onRetry });
    const { total, from, to } = first;
    if (typeof from !== 'string' || typeof to !== 'string') throw contradiction('no_window', 0, 'the first page did not echo its window (from, to)');
    state.total = total;
    const wanted = Math.min(total, options.maxItems ?? total);

    // What every page must agree with; a page that does not is the server contradicting the snapshot.
    function check(page: CardList, offset: number): void {
      if (page.total !== total) throw contradiction('total_changed', offset, `the total went from ${total} to ${page.total} at offset ${offset}`);
      if (page.from !== from || page.to !== to) throw contradiction('window_changed', offset, `the page at offset ${offset} answered another window (${page.from} to ${page.to})`);
      const expected = Math.max(0, Math.min(pageSize, total - offset));
      if (page.data.length > expected) throw contradiction('beyond_total', offset, `the page at offset ${offset} held ${page.data.length} cards where the total of ${total} leaves ${expected}`);
      if (page.data.length < expected) throw contradiction('short_page', offset, `the page at offset ${offset} held ${page.data.length} cards where ${expected} were due`);
    }
    // Exactly once without remembering every id: the list is sorted by creation time, so a card
    // that comes again (or out of place) comes before the last one handed out. Only the ids of the
    // last page and of the latest creation second are kept: memory stays at a page, not at the list.
    const reverse = (first.order ?? params.order) === 'reverse_chronological';
    let lastTime = reverse ? Infinity : -Infinity;
    let sameTime = new Set<string>();
    let previousPage = new Set<string>();
    // A page is checked whole before any of its cards is handed out.
    function admit(page: CardList, offset: number): Card[] {
      const thisPage = new Set<string>();
      const cards: Card[] = [];
      for (const card of page.data) {
        if (yielded + cards.length >= wanted) break;
        const time = Date.parse(card.created_at);
        if (previousPage.has(card.id) || thisPage.has(card.id) || (time === lastTime && sameTime.has(card.id))) {
          throw contradiction('duplicate', offset, `card ${card.id} came again at offset ${offset}`);
        }
        if (!(reverse ? time <= lastTime : time >= lastTime)) {
          throw contradiction('out_of_order', offset, `card ${card.id} at offset ${offset} was created ${reverse ? 'after' : 'before'} the card before it: the server repeated or reordered cards`);
        }
        if (time !== lastTime) sameTime = new Set();
        sameTime.add(card.id);
        thisPage.add(card.id);
        lastTime = time;
        cards.push(card);
      }
      previousPage = thisPage;
      return cards;
    }

    function* pages(): Generator<Task<{ page: CardList; offset: number }>> {
      for (let offset = pageSize; offset < wanted; offset += pageSize) {
        yield async (taskSignal) => ({ offset, page: await listPage({ ...params, from, to, limit: pageSize, offset }, { signal: taskSignal, onRetry: throttle.onRetry }) });
      }
    }
    // The first page, then the others as they come in order: every page goes the same way out.
    async function* all(): AsyncGenerator<{ page: CardList; offset: number }> {
      yield { page: first, offset: 0 };
      for await (const outcome of inOrder(pages(), throttle, signal)) {
        if (!outcome.ok) throw outcome.error;
        yield outcome.value;
      }
    }
    for await (const { page, offset } of all()) {
      check(page, offset);
      for (const card of admit(page, offset)) {
        if (signal?.aborted) throw abortError(signal.reason);
        yielded++;
        yield card;
      }
    }
  }
  return {
    get total() {
      return state.total;
    },
    [Symbol.asyncIterator]: () => cards(),
  };
}
