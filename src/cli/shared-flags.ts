// The flags every command shares (--format, --csv-raw) and the parsers of values a flag takes: one
// definition, used by the generated commands and today's aliases alike.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { isDateTime } from '../runtime/formats.js';
import type { Rule } from '../operations/table.js';
import type { Format } from './listing.js';
import { usageError } from './usage.js';

export function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

// The client checks the format again before sending; checked here too, so that a malformed date is
// a usage error before the key is even looked at.
export function dateTime(value: string): string {
  if (!isDateTime(value)) throw new InvalidArgumentError('expected an RFC 3339 date-time with its time zone as Z or +hh:mm, such as 2024-01-31T00:00:00Z.');
  return value;
}

/** `--created-after`: a query parameter's flag. */
export const flagName = (param: string): string => `--${param.replaceAll('_', '-')}`;

/** The option of a query parameter, parsed and limited as its rule says; the help shows the API's default. */
export function parameterOption(name: string, rule: Rule, description: string, shownDefault: string | undefined): Option {
  const value = rule.format === 'date-time' ? 'date-time' : rule.type === 'integer' ? 'n' : 'value';
  const help = `${description || name}${shownDefault !== undefined ? ` (default: ${shownDefault})` : ''}`;
  const option = new Option(`${flagName(name)} <${value}>`, help);
  if (rule.enum) return option.choices(rule.enum);
  if (rule.type === 'integer') return option.argParser(wholeNumber);
  if (rule.format === 'date-time') return option.argParser(dateTime);
  return option;
}

export function formatOption(): Option {
  return new Option('--format <format>', 'output format')
    .choices(['table', 'json', 'csv'])
    .default(process.stdout.isTTY ? 'table' : 'json', 'table on a terminal, json when piped');
}

export function csvRawOption(): Option {
  return new Option('--csv-raw', "with --format csv: cells as they came, without the formula guard (by default a cell that starts with = + - @, a tab or a CR gets a leading ' so that a spreadsheet shows it instead of running it as a formula); control characters are shown as escapes (\\x1b) either way");
}

export function checkCsvRaw(command: Command, opts: { csvRaw?: boolean; format: Format }): void {
  if (opts.csvRaw && opts.format !== 'csv') usageError(command, '--csv-raw changes CSV output only: add --format csv.');
}

/** from later than to: no item was created in that window, which the API would answer as a 400. */
export function checkWindow(command: Command, opts: { readonly from?: unknown; readonly to?: unknown }): void {
  if (typeof opts.from === 'string' && typeof opts.to === 'string' && Date.parse(opts.from) > Date.parse(opts.to)) {
    usageError(command, '--from is later than --to: nothing was created in that window.');
  }
}
