// How an object of each schema reads in a table: its row in a list (fixed widths, so rows print as
// pages arrive) and its detail when it is the one answer. Every schema has a view derived from its
// fields (generated/response-fields.ts); Card and Transaction have the house's hand-made ones, which
// read better (an expiry, an amount in its currency). A new operation needs none.
import { responseFields } from '../../generated/response-fields.js';
import { printable } from '../runtime/printable.js';
import type { Card, Transaction } from '../types.js';
import { expiry, formatAmount, shown } from './format.js';

/** A column: its title, its width (0: the last, as wide as it needs) and its value. */
export type Column = readonly [title: string, width: number, value: (item: Record<string, unknown>) => unknown];

export interface View {
  /** The columns of a row; the first is the id. */
  columns: readonly Column[];
  /** The lines of one object's detail: name, then value. */
  detail(item: Record<string, unknown>): Array<[string, unknown]>;
}

const field = (name: string) => (item: Record<string, unknown>) => item[name];

const CARD: View = {
  // They fit the values openapi.yaml describes (the longest brand it names is "American Express").
  columns: [
    ['ID', 32, field('id')],
    ['BRAND', 17, field('brand')],
    ['LAST4', 6, field('last_digits')],
    ['EXPIRY', 8, (c) => expiry(c as unknown as Card)],
    ['FINANCING', 10, field('financing')],
    ['COUNTRY', 8, field('country')],
    ['CREATED', 21, field('created_at')],
    ['BANK', 0, field('bank')],
  ],
  detail: (c) => Object.entries(c),
};

const amountOf = (t: Record<string, unknown>): string => formatAmount(t.amount as number, t.currency as string);

const TRANSACTION: View = {
  columns: [
    ['ID', 32, field('id')],
    ['DIRECTION', 10, field('direction')],
    ['AMOUNT', 22, amountOf],
    ['KEY', 0, field('key')],
  ],
  detail: (t) => {
    const trxn = t as unknown as Transaction;
    return [
      ['id', trxn.id],
      ['direction', trxn.direction],
      ['amount', `${amountOf(t)} (${trxn.amount} minor units)`],
      ['key', trxn.key],
      ['origin', trxn.origin],
      ['created_at', trxn.created_at],
      ['transferable_at', trxn.transferable_at],
      ['livemode', String(trxn.livemode)],
    ];
  },
};

// Fields every Omise object has, which say little in a table of one kind of object.
const ENVELOPE = new Set(['object', 'livemode', 'location', 'deleted']);
const GENERIC_WIDTH = 24;

// The view of any schema: the id and the next five fields in the spec's order.
function derived(schema: string): View {
  const fields = ((responseFields as Readonly<Record<string, readonly string[]>>)[schema] ?? ['id']).filter((name) => !ENVELOPE.has(name));
  const chosen = [...(fields.includes('id') ? ['id'] : []), ...fields.filter((name) => name !== 'id')].slice(0, 6);
  return {
    columns: chosen.map((name, i): Column => [name.toUpperCase(), i === chosen.length - 1 ? 0 : name === 'id' ? 32 : GENERIC_WIDTH, field(name)]),
    detail: (item) => Object.entries(item),
  };
}

const HOUSE: Readonly<Record<string, View>> = { Card: CARD, Transaction: TRANSACTION };

export const viewOf = (schema: string): View => HOUSE[schema] ?? derived(schema);

// One space between columns: a cell holds width - 1 characters (code points, so no emoji is halved);
// a longer value is cut with an ellipsis, never silently.
function cell(value: unknown, width: number): string {
  const text = printable(shown(value));
  if (width === 0) return text;
  const room = width - 1;
  const chars = [...text];
  return `${chars.length > room ? `${chars.slice(0, room - 1).join('')}…` : text.padEnd(room + text.length - chars.length)} `;
}

export const tableHeader = (columns: readonly Column[]): string => columns.map(([title, width]) => cell(title, width)).join('').trimEnd();

export const tableRow = (columns: readonly Column[], item: object): string =>
  columns.map(([, width, value]) => cell(value(item as Record<string, unknown>), width)).join('').trimEnd();

/** One object as name/value lines. */
export function detailTable(schema: string, item: object): string {
  const lines = viewOf(schema).detail(item as Record<string, unknown>);
  return lines.map(([name, value]) => `${printable(name).padEnd(16)}${printable(typeof value === 'object' && value !== null ? JSON.stringify(value) : shown(value))}`).join('\n');
}
