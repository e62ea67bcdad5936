// How values read on a terminal, shared by the demo and the CLI's views (views.ts). Every value from
// the server (a cardholder's name, a bank, a key) is shown through printable(): its control
// characters as escapes, never acting on the terminal.
import { printable } from '../runtime/printable.js';
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

export const expiry = (card: Card): string => `${String(card.expiration_month).padStart(2, '0')}/${card.expiration_year}`;

export function cardLine(card: Card): string {
  const bank = card.bank ? `  ${shown(card.bank)}` : '';
  const country = card.country ? ` (${shown(card.country)})` : '';
  return printable(`${shown(card.brand).padEnd(11)} •••• ${shown(card.last_digits)}  ${expiry(card)}  ${shown(card.financing).padEnd(7)}  ${shown(card.id)}${bank}${country}`);
}

export function transactionLine(t: Transaction): string {
  return printable(`${t.direction} ${formatAmount(t.amount, t.currency)}  ${t.key}  origin ${t.origin}  created ${t.created_at}  transferable ${t.transferable_at}`);
}
