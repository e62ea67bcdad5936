// How cards and transactions read on a terminal, shared by the demo and the CLI. Every value from the
// server (a cardholder's name, a bank, a key) is shown through printable(): its control characters
// as escapes, never acting on the terminal.
import { printable } from '../printable.js';
import type { Card, Transaction } from '../types.js';

/** A value as a cell shows it, whatever its type (an answer may break the spec: a table still prints). */
export const shown = (value: unknown): string => (value === null || value === undefined || value === '' ? '-' : String(value));

/** Amounts come in the currency's smallest unit; Intl knows how many decimals each currency has. */
export function formatAmount(amount: number, currency: string): string {
  const code = shown(currency).toUpperCase();
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    return `${(amount / 10 ** digits).toFixed(digits)} ${code}`;
  } catch {
    return `${amount} ${code} (minor units)`;
  }
}

const expiry = (card: Card): string => `${String(card.expiration_month).padStart(2, '0')}/${card.expiration_year}`;

export function cardLine(card: Card): string {
  const bank = card.bank ? `  ${shown(card.bank)}` : '';
  const country = card.country ? ` (${shown(card.country)})` : '';
  return printable(`${shown(card.brand).padEnd(11)} •••• ${shown(card.last_digits)}  ${expiry(card)}  ${shown(card.financing).padEnd(7)}  ${shown(card.id)}${bank}${country}`);
}

export function transactionLine(t: Transaction): string {
  return printable(`${t.direction} ${formatAmount(t.amount, t.currency)}  ${t.key}  origin ${t.origin}  created ${t.created_at}  transferable ${t.transferable_at}`);
}

/** "1 card", "3 cards". */

// Fixed widths, so a table can be printed row by row while pages arrive. They fit the values
// openapi.yaml describes (the longest brand it names is "American Express"); a longer value is cut
// with an ellipsis, never silently. The last column (width 0) takes what it needs.
const CARD_COLUMNS: Array<[string, number, (c: Card) => unknown]> = [
  ['ID', 32, (c) => c.id],
  ['BRAND', 17, (c) => c.brand],
  ['LAST4', 6, (c) => c.last_digits],
  ['EXPIRY', 8, expiry],
  ['FINANCING', 10, (c) => c.financing],
  ['COUNTRY', 8, (c) => c.country],
  ['CREATED', 21, (c) => c.created_at],
  ['BANK', 0, (c) => c.bank],
];

// One space between columns: a cell holds width - 1 characters (code points, so no emoji is halved).
function cell(value: unknown, width: number): string {
  const text = printable(shown(value));
  if (width === 0) return text;
  const room = width - 1;
  const chars = [...text];
  return `${chars.length > room ? `${chars.slice(0, room - 1).join('')}…` : text.padEnd(room + text.length - chars.length)} `;
}

export function cardTableHeader(): string {
  return CARD_COLUMNS.map(([title, width]) => cell(title, width)).join('').trimEnd();
}

export function cardTableRow(card: Card): string {
  return CARD_COLUMNS.map(([, width, value]) => cell(value(card), width)).join('').trimEnd();
}

export function transactionTable(t: Transaction): string {
  const rows: Array<[string, string]> = [
    ['id', t.id],
    ['direction', t.direction],
    ['amount', `${formatAmount(t.amount, t.currency)} (${t.amount} minor units)`],
    ['key', t.key],
    ['origin', t.origin],
    ['created_at', t.created_at],
    ['transferable_at', t.transferable_at],
    ['livemode', String(t.livemode)],
  ];
  return rows.map(([k, v]) => `${k.padEnd(16)}${printable(shown(v))}`).join('\n');
}
