// RFC 4180 CSV: a header row, CRLF line ends, and a field quoted when it holds a comma, a quote or a
// line break (quotes doubled). null and undefined are empty fields.
//
// Formula injection (OWASP, "CSV Injection"): a spreadsheet reads a cell that begins with =, +, -, @,
// a tab or a carriage return as a formula, and a card holder's name such as =HYPERLINK(...) would
// run when an auditor opens the file. Such a cell gets a leading ' (the spreadsheet shows it as
// text) and is quoted, as OWASP advises. Strings only: a number in an answer is a JSON number,
// written as digits with at most a sign, a point and an exponent, which a spreadsheet reads as that
// number and never as a formula; marking it would turn amounts into text and break their sums.
// `raw` (--csv-raw) writes every cell as it came, for tools that are not spreadsheets, but for one
// thing: in either mode, control characters (a cardholder types the name; a terminal would run its
// escape sequences) are written as visible escapes, \x1b, \u202e (src/runtime/printable.ts).
import { printable } from '../runtime/printable.js';

const FORMULA_START = /^[=+\-@\t\r]/;

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function csvField(value: unknown, raw = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && !raw && FORMULA_START.test(value)) return quoted(printable(`'${value}`));
  const text = printable(typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value));
  return /[",\r\n]/.test(text) ? quoted(text) : text;
}

export interface Csv {
  row(values: readonly unknown[]): string;
  record(columns: readonly string[], record: object): string;
}

/** Rows and records written one way for a whole output: neutralised, or raw (--csv-raw). */
export function csv(raw: boolean): Csv {
  const row = (values: readonly unknown[]): string => `${values.map((v) => csvField(v, raw)).join(',')}\r\n`;
  return {
    row,
    record(columns, record) {
      const r = record as Record<string, unknown>;
      return row(columns.map((c) => r[c]));
    },
  };
}
