// One page of an offset-paginated list (x-omise-pagination: offset), as Omise answers it: the window
// `from`..`to` (default: the epoch to now), sorted by creation time in `order`, `limit` items from
// `offset`, and the total of the window.
import type { QueryValues } from './query.js';

const EPOCH_MS = 0;

interface Item {
  created_at?: unknown;
}

/** A time as Omise writes it: UTC, whole seconds, `Z`. */
export const omiseTime = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The page of `items` (oldest first) at `path` for these query values, or the message of a 400. */
export function listPage(path: string, items: readonly object[], values: QueryValues, now: Date): object | string {
  const from = typeof values.from === 'number' ? values.from : EPOCH_MS;
  const to = typeof values.to === 'number' ? values.to : now.getTime();
  if (from > to) return 'from must be earlier than to';
  const limit = typeof values.limit === 'number' ? values.limit : 20;
  const offset = typeof values.offset === 'number' ? values.offset : 0;
  const order = typeof values.order === 'string' ? values.order : 'chronological';
  const window = items.filter((item) => {
    const created = Date.parse(String((item as Item).created_at));
    return created >= from && created <= to;
  });
  if (order === 'reverse_chronological') window.reverse();
  return {
    object: 'list',
    data: window.slice(offset, offset + limit),
    limit,
    offset,
    total: window.length,
    order,
    location: path,
    from: omiseTime(new Date(from)),
    to: omiseTime(new Date(to)),
  };
}
