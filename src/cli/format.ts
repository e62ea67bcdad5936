// How cards and transactions read on a terminal, shared by the demo and the CLI.
import type { Card, Transaction } from '../types.js';

/** Amounts come in the currency's smallest unit; Intl knows how many decimals each currency has. */
export function formatAmount(amount: number, currency: string): string {
  const code = currency.toUpperCase();
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    return `${(amount / 10 ** digits).toFixed(digits)} ${code}`;
  } catch {
    return `${amount} ${code} (minor units)`;
  }
}

export function cardLine(card: Card): string {
  const expiry = `${String(card.expiration_month).padStart(2, '0')}/${card.expiration_year}`;
  const bank = card.bank ? `  ${card.bank}` : '';
  const country = card.country ? ` (${card.country})` : '';
  return `${card.brand.padEnd(11)} •••• ${card.last_digits}  ${expiry}  ${(card.financing || '-').padEnd(7)}  ${card.id}${bank}${country}`;
}

export function transactionLine(t: Transaction): string {
  return `${t.direction} ${formatAmount(t.amount, t.currency)}  ${t.key}  origin ${t.origin}  created ${t.created_at}  transferable ${t.transferable_at}`;
}
