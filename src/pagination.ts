// Every card of a customer, one page in memory at a time.
import type { Card, CardList, ListCardsParams, RequestOptions } from './types.js';

export type ListPage = (params: ListCardsParams, options: RequestOptions) => Promise<CardList>;

/**
 * Follows offset until a page is short or empty, or offset reaches total. An empty page always ends
 * it, and offset only grows, so a misbehaving server cannot make this loop forever on one page.
 */
export async function* paginate(
  listPage: ListPage,
  params: Omit<ListCardsParams, 'limit' | 'offset'>,
  pageSize: number,
  options: RequestOptions,
): AsyncGenerator<Card, void, undefined> {
  let offset = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await listPage({ ...params, limit: pageSize, offset }, options);
    const count = page.data.length;
    for (const card of page.data) yield card;
    offset += count;
    if (count === 0 || count < pageSize || offset >= page.total) return;
  }
}
