// The commands of 2.0, kept as aliases of the generated ones with their own flags and help:
// `transaction ID` (transactions retrieve), `cards ID [--all]` (customers list-cards, or
// list-all-cards with --all), and `transactions [ids...]` (transactions retrieve-many, the group's
// default command). A new operation needs none of this; these names are promised to 2.0's users.
import { type Command, Option } from 'commander';
import { commandFor, runWith, type CommandContext } from './commands.js';
import { DEFAULTS } from './defaults.js';
import type { Format } from './listing.js';
import { onlyWith } from './usage.js';
import { runCall, runListAll } from './run.js';
import { checkCsvRaw, checkWindow, csvRawOption, dateTime, formatOption, wholeNumber } from './shared-flags.js';

/** Each resource's default command: `transactions ID...` runs `transactions retrieve-many ID...`. */
export const DEFAULT_COMMANDS: Readonly<Record<string, string>> = { transactions: 'retrieve-many' };

interface CardsOptions {
  limit?: number;
  offset?: number;
  order?: string;
  from?: string;
  to?: string;
  all?: boolean;
  concurrency: number;
  maxItems?: number;
  format: Format;
  csvRaw?: boolean;
}

// The flags of `cards`, by the library's name of each value: --limit is the page size with --all.
const CARDS_FLAGS = new Map([
  ['limit', '--limit'],
  ['pageSize', '--limit'],
  ['offset', '--offset'],
  ['order', '--order'],
  ['from', '--from'],
  ['to', '--to'],
  ['concurrency', '--concurrency'],
  ['maxItems', '--max-items'],
]);

export function addAliases(program: Command, context: CommandContext): Command[] {
  const transaction = program
    .command('transaction')
    .description('show one transaction (for reconciliation and audit); the same as transactions retrieve')
    .argument('<id>', 'transaction id, e.g. trxn_test_5fz0ol7mmqw6cj8h5xq')
    .addOption(new Option('--json', 'print JSON (same as --format json)').conflicts('format'))
    .addOption(formatOption())
    .addOption(csvRawOption())
    .action(async (id: string, opts: { json?: boolean; format: Format; csvRaw?: boolean }, command: Command) => {
      const format = opts.json ? 'json' : opts.format;
      checkCsvRaw(command, { ...opts, format });
      await runWith(context, new Map(), (omise) => runCall(omise, commandFor('retrieveTransaction', 'call'), [id], {}, { format, csvRaw: opts.csvRaw === true }));
    });

  const cards = program
    .command('cards')
    .description(
      "list the cards of a customer: one page, or every card with --all (the same as customers list-cards and customers list-all-cards). With --format json, a JSON array of card objects (one per line), the same shape with and without --all; the page's total and offset are in the table's last line, or on stderr when more cards remain.",
    )
    .argument('<customerId>', 'customer id, e.g. cust_test_5fz0olfpy32zadv96ek')
    .addOption(
      new Option('--limit <n>', `cards per page, ${DEFAULTS.limitRange} (default: ${DEFAULTS.limit}; with --all, cards per request, default: ${DEFAULTS.pageSize})`).argParser(wholeNumber),
    )
    // The API's defaults apply to what is not given: the help states them, the CLI does not send them.
    .addOption(new Option('--offset <n>', `cards to skip (default: ${DEFAULTS.offset})`).argParser(wholeNumber))
    .addOption(new Option('--order <order>', `sort order (default: ${DEFAULTS.order})`).choices(['chronological', 'reverse_chronological']))
    .addOption(new Option('--from <date-time>', 'only cards created at or after this RFC 3339 time, e.g. 2024-01-01T00:00:00Z or 2024-01-01T07:00:00+07:00 (default: no lower bound)').argParser(dateTime))
    .addOption(new Option('--to <date-time>', 'only cards created at or before this RFC 3339 time (default: now)').argParser(dateTime))
    // --all reads every card from the start: an offset would be silently ignored.
    .addOption(new Option('--all', 'every card the customer had when the first page came, exactly once (progress on stderr)').conflicts('offset'))
    .addOption(new Option('--concurrency <n>', 'with --all: pages requested at once, 1 to 10').argParser(wholeNumber).default(DEFAULTS.concurrency))
    .addOption(new Option('--max-items <n>', 'with --all: stop after this many cards (default: every card)').argParser(wholeNumber))
    .addOption(formatOption())
    .addOption(csvRawOption())
    .action(async (customerId: string, opts: CardsOptions, command: Command) => {
      onlyWith(command, '--all', ['--concurrency', '--max-items']);
      checkCsvRaw(command, opts);
      checkWindow(command, opts);
      // Sent only when given: the API's own defaults apply otherwise.
      const query = {
        ...(opts.order !== undefined && { order: opts.order }),
        ...(opts.from !== undefined && { from: opts.from }),
        ...(opts.to !== undefined && { to: opts.to }),
      };
      const output = { format: opts.format, csvRaw: opts.csvRaw === true };
      await runWith(context, CARDS_FLAGS, (omise) => {
        if (!opts.all) {
          const page = { ...query, ...(opts.limit !== undefined && { limit: opts.limit }), ...(opts.offset !== undefined && { offset: opts.offset }) };
          return runCall(omise, commandFor('listCustomerCards', 'call'), [customerId], page, output, '--all');
        }
        const options = { ...query, pageSize: opts.limit ?? DEFAULTS.pageSize, concurrency: opts.concurrency, ...(opts.maxItems !== undefined && { maxItems: opts.maxItems }) };
        return runListAll(omise, commandFor('listCustomerCards', 'listAll'), [customerId], options, output);
      });
    });
  return [transaction, cards];
}

