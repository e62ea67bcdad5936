// Lists printed item by item as they arrive, so a long one (list-all-cards, retrieve-many) holds a
// few pages in memory, not the whole list. One writer per format serves a page and a whole list
// alike: an item reads the same whichever way it came.
import { responseFields } from '../../generated/response-fields.js';
import { jsonText } from '../runtime/printable.js';
import type { Csv } from './csv.js';
import { out } from './output.js';
import { tableHeader, tableRow, viewOf } from './views.js';

export type Format = 'table' | 'json' | 'csv';

export interface Listing<T> {
  start: string;
  row(item: T, index: number): string;
  end(count: number): string;
}

/** A JSON array with one item per line: valid JSON as a whole, and still readable line by line. */
export function jsonArray<T>(toJson: (item: T) => unknown = (item) => item): Listing<T> {
  return {
    start: '[',
    row: (item, i) => `${i === 0 ? '\n' : ',\n'}${jsonText(toJson(item))}`,
    end: (count) => (count ? '\n]\n' : ']\n'),
  };
}

/** Items of `schema` as the format asks; `footer` is a table's last line (how many, of how many). */
export function itemListing(format: Format, csv: Csv, schema: string, footer: (count: number) => string): Listing<object> {
  const columns = (responseFields as Readonly<Record<string, readonly string[]>>)[schema] ?? [];
  const view = viewOf(schema).columns;
  switch (format) {
    case 'json':
      return jsonArray();
    case 'csv':
      return { start: csv.row(columns), row: (item) => csv.record(columns, item), end: () => '' };
    case 'table':
      return { start: `${tableHeader(view)}\n`, row: (item) => `${tableRow(view, item)}\n`, end: (count) => `${footer(count)}\n` };
  }
}

// Answers from --mock come on promise jobs alone, so a long list would run within one turn of the
// event loop, and what a turn keeps until it ends (the WeakRef targets of every fetch Request made
// meanwhile) would pile up: about 1.9 KB a call, 565 MB for 100 000 ids. A turn every so many rows
// lets it go.
const ROWS_PER_TURN = 256;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Writes the items as they come; `after` runs after each (progress). Returns how many there were. */
export async function print<T>(items: AsyncIterable<T> | Iterable<T>, listing: Listing<T>, after?: (count: number, item: T) => void): Promise<number> {
  out(listing.start);
  let count = 0;
  for await (const item of items) {
    out(listing.row(item, count));
    count++;
    after?.(count, item);
    if (count % ROWS_PER_TURN === 0) await nextTurn();
  }
  out(listing.end(count));
  return count;
}
