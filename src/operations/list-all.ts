// Every item of an offset-paginated list (x-omise-pagination: offset), exactly once, as of the first request. The first page fixes the window
// (Omise echoes `from` and `to`) and the total; later pages ask for that window, so items created
// meanwhile do not shift offsets, and run `concurrency` at a time in order. A server that contradicts
// the snapshot ends the iteration with OmisePaginationError; it never loops and never skips silently.
import { OmisePaginationError, abortError } from '../runtime/errors.js';
import { Throttle, inOrder, type Task } from './in-order.js';
import type { RetryInfo } from '../runtime/observe.js';
import { plural } from '../runtime/plural.js';

/** What the iterator reads of an item: every Omise list is sorted by creation time. */
export interface ListItem {
  id: string;
  created_at: string;
}

/** What the iterator reads of a page. */
interface ListPage<T extends ListItem> {
  data: T[];
  total: number;
  from: string;
  to: string;
  order?: string | null;
}

export type PageQuery = Record<string, unknown>;

export type ReadPage<T extends ListItem> = (query: PageQuery, control: { signal: AbortSignal | undefined; onRetry: (info: RetryInfo) => void }) => Promise<ListPage<T>>;

export interface PaginateOptions {
  /** The method, and what it lists (`listAllCards`, `card`), for messages. */
  method: string;
  noun: string;
  pageSize: number;
  concurrency: number;
  maxItems: number | undefined;
  signal: AbortSignal | undefined;
}

/**
 * What a listAll method returns: an async iterable of items (`for await`) that knows, once the first
 * page has come, how many the snapshot holds. Each `for await` reads the list anew.
 */
export interface ItemIterator<T> extends AsyncIterable<T> {
  /** The snapshot's total, once the first page has come; undefined before. */
  readonly total: number | undefined;
}

export function paginate<T extends ListItem>(listPage: ReadPage<T>, params: PageQuery, options: PaginateOptions): ItemIterator<T> {
  const state = { total: undefined as number | undefined };
  const { method, noun } = options;
  async function* items(): AsyncGenerator<T, void, undefined> {
    const { pageSize, signal } = options;
    const throttle = new Throttle(options.concurrency);
    let yielded = 0;
    const contradiction = (reason: OmisePaginationError['reason'], offset: number, what: string): OmisePaginationError =>
      new OmisePaginationError(`${method} stopped after ${plural(yielded, noun)}: ${what}. No ${noun} was skipped or repeated; read the list again.`, reason, yielded, offset);

    const first = await listPage({ ...params, limit: pageSize, offset: 0 }, { signal, onRetry: throttle.onRetry });
    const { total, from, to } = first;
    if (typeof from !== 'string' || typeof to !== 'string') throw contradiction('no_window', 0, 'the first page did not echo its window (from, to)');
    state.total = total;
    const wanted = Math.min(total, options.maxItems ?? total);

    // What every page must agree with; a page that does not is the server contradicting the snapshot.
    function check(page: ListPage<T>, offset: number): void {
      if (page.total !== total) throw contradiction('total_changed', offset, `the total went from ${total} to ${page.total} at offset ${offset}`);
      if (page.from !== from || page.to !== to) throw contradiction('window_changed', offset, `the page at offset ${offset} answered another window (${page.from} to ${page.to})`);
      const expected = Math.max(0, Math.min(pageSize, total - offset));
      if (page.data.length > expected) throw contradiction('beyond_total', offset, `the page at offset ${offset} held ${plural(page.data.length, noun)} where the total of ${total} leaves ${expected}`);
      if (page.data.length < expected) throw contradiction('short_page', offset, `the page at offset ${offset} held ${plural(page.data.length, noun)} where ${expected} were due`);
    }
    // Exactly once without remembering every id: the list is sorted by creation time, so an item
    // that comes again (or out of place) comes before the last one handed out. Only the ids of the
    // last page and of the latest creation second are kept: memory stays at a page, not at the list.
    const reverse = (first.order ?? params.order) === 'reverse_chronological';
    let lastTime = reverse ? Infinity : -Infinity;
    let sameTime = new Set<string>();
    let previousPage = new Set<string>();
    // A page is checked whole before any of its items is handed out.
    function admit(page: ListPage<T>, offset: number): T[] {
      const thisPage = new Set<string>();
      const admitted: T[] = [];
      for (const item of page.data) {
        if (yielded + admitted.length >= wanted) break;
        const time = Date.parse(item.created_at);
        if (previousPage.has(item.id) || thisPage.has(item.id) || (time === lastTime && sameTime.has(item.id))) {
          throw contradiction('duplicate', offset, `${noun} ${item.id} came again at offset ${offset}`);
        }
        if (!(reverse ? time <= lastTime : time >= lastTime)) {
          throw contradiction('out_of_order', offset, `${noun} ${item.id} at offset ${offset} was created ${reverse ? 'after' : 'before'} the ${noun} before it: the server repeated or reordered ${noun}s`);
        }
        if (time !== lastTime) sameTime = new Set();
        sameTime.add(item.id);
        thisPage.add(item.id);
        lastTime = time;
        admitted.push(item);
      }
      previousPage = thisPage;
      return admitted;
    }

    function* pages(): Generator<Task<{ page: ListPage<T>; offset: number }>> {
      for (let offset = pageSize; offset < wanted; offset += pageSize) {
        yield async (taskSignal) => ({ offset, page: await listPage({ ...params, from, to, limit: pageSize, offset }, { signal: taskSignal, onRetry: throttle.onRetry }) });
      }
    }
    // The first page, then the others as they come in order: every page goes the same way out.
    async function* all(): AsyncGenerator<{ page: ListPage<T>; offset: number }> {
      yield { page: first, offset: 0 };
      for await (const outcome of inOrder(pages(), throttle, signal)) {
        if (!outcome.ok) throw outcome.error;
        yield outcome.value;
      }
    }
    for await (const { page, offset } of all()) {
      check(page, offset);
      for (const item of admit(page, offset)) {
        if (signal?.aborted) throw abortError(signal.reason);
        yielded++;
        yield item;
      }
    }
  }
  return {
    get total() {
      return state.total;
    },
    [Symbol.asyncIterator]: () => items(),
  };
}
