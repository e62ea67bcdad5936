// omise-openapi: the command line for people who reconcile and audit. Table on a terminal, JSON when
// piped, CSV on request; one clear line and a distinct exit code on failure; the key never printed.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { responseFields } from '../../generated/response-fields.js';
import { isDateTime } from '../formats.js';
import { OmiseApiError, OmiseValidationError, createOmiseClient, type OmiseClient } from '../index.node.js';
import type { RetrieveResult } from '../bulk.js';
import type { ListOrder } from '../types.js';
import { MOCK_SECRET_KEY } from '../testing/fixtures.js';
import { createMockTransport } from '../testing/mock-transport.js';
import { VERSION } from '../version.js';
import { csv } from './csv.js';
import { DEFAULTS } from './defaults.js';
import { EXIT, errorLine, exitCodeFor, exitCodesHelp } from './exit-codes.js';
import { readIdLines, readIdsFile } from './ids.js';
import { checkKeyVariable, clientOptions, inFlagTerms, type GlobalOptions } from './flags.js';
import { plural } from '../plural.js';
import { jsonText, printable } from '../printable.js';
import { formatAmount, shown, transactionTable } from './format.js';
import { cardListing, jsonArray, print, type Format, type Listing } from './listing.js';
import { note, out, outputExitCode, outputGone } from './output.js';
import { onlyWith, usageError } from './usage.js';

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

// The client checks the format again before sending; checked here too, so that a malformed date is
// a usage error before the key is even looked at.
function dateTime(value: string): string {
  if (!isDateTime(value)) throw new InvalidArgumentError('expected an RFC 3339 date-time with its time zone as Z or +hh:mm, such as 2024-01-31T00:00:00Z.');
  return value;
}

// --mock: the partner mock's engine in-process (omise-openapi/testing), no port and no key needed.
async function withClient<T>(globals: GlobalOptions, use: (omise: OmiseClient) => Promise<T>): Promise<T> {
  const options = clientOptions(globals);
  if (globals.mock) return use(createOmiseClient({ ...options, secretKey: MOCK_SECRET_KEY, transport: createMockTransport() }));
  checkKeyVariable();
  return use(createOmiseClient(options));
}

interface CardsOptions {
  limit?: number;
  offset?: number;
  order?: ListOrder;
  from?: string;
  to?: string;
  all?: boolean;
  concurrency: number;
  maxItems?: number;
  format: Format;
  csvRaw?: boolean;
}

async function listCards(omise: OmiseClient, customerId: string, opts: CardsOptions): Promise<void> {
  // Sent only when given: the API's own defaults apply otherwise.
  const query = {
    ...(opts.order !== undefined && { order: opts.order }),
    ...(opts.from !== undefined && { from: opts.from }),
    ...(opts.to !== undefined && { to: opts.to }),
  };
  const rows = csv(opts.csvRaw === true);
  if (!opts.all) {
    const page = await omise.customers.listCards(customerId, {
      ...query,
      ...(opts.limit !== undefined && { limit: opts.limit }),
      ...(opts.offset !== undefined && { offset: opts.offset }),
    });
    const shown = `${page.data.length} of ${plural(page.total, 'card')} (offset ${page.offset})`;
    await print(page.data, cardListing(opts.format, rows, () => shown));
    // The table says it in its last line; JSON and CSV hold cards only, so stderr says it.
    const next = page.offset + page.data.length;
    if (opts.format !== 'table' && next < page.total) note(`${shown}: --offset ${next} for the next page, or --all for every card`);
    return;
  }
  // Every page, printed as it arrives: memory stays at a few pages however many cards there are.
  const pageSize = opts.limit ?? DEFAULTS.pageSize;
  const cards = omise.customers.listAllCards(customerId, {
    ...query,
    pageSize,
    concurrency: opts.concurrency,
    ...(opts.maxItems !== undefined && { maxItems: opts.maxItems }),
    signal: outputGone,
  });
  await print(cards, cardListing(opts.format, rows, (count) => plural(count, 'card')), (count) => {
    if (count % pageSize === 0) note(`${count} of ${plural(cards.total ?? count, 'card')}`);
  });
}

// Ids from the command line, a file, or standard input (src/cli/ids.ts reads the last two).
async function readIds(ids: string[], file: string | undefined): Promise<string[]> {
  if (file !== undefined && ids.length > 0) throw new OmiseValidationError('transactionIds', 'give ids as arguments or with --ids-file, not both.');
  if (file !== undefined) return readIdsFile(file);
  if (ids.length > 0) return ids;
  if (process.stdin.isTTY) throw new OmiseValidationError('transactionIds', 'give transaction ids as arguments, with --ids-file FILE, or one per line on standard input.');
  return readIdLines(process.stdin, 'standard input');
}

const BULK_COLUMNS = ['id', 'status', 'error', ...responseFields.Transaction.filter((c) => c !== 'id')];

const statusOf = (r: RetrieveResult): string => (r.ok ? 'ok' : r.error instanceof OmiseApiError ? r.error.code : r.error.name);

async function retrieveTransactions(omise: OmiseClient, ids: string[], opts: { format: Format; concurrency: number; csvRaw: boolean }): Promise<number> {
  const results = omise.transactions.retrieveMany(ids, { concurrency: opts.concurrency, signal: outputGone });
  let failed = 0;
  const rows = csv(opts.csvRaw);
  const listing: Record<Format, Listing<RetrieveResult>> = {
    json: jsonArray((r) => (r.ok ? { id: r.id, status: 'ok', transaction: r.transaction } : { id: r.id, status: statusOf(r), error: r.error.message })),
    csv: {
      start: rows.row(BULK_COLUMNS),
      row: (r) => rows.record(BULK_COLUMNS, r.ok ? { ...r.transaction, status: 'ok', error: '' } : { id: r.id, status: statusOf(r), error: r.error.message }),
      end: () => '',
    },
    table: {
      start: `${'ID'.padEnd(32)}${'STATUS'.padEnd(18)}${'DIRECTION'.padEnd(10)}${'AMOUNT'.padEnd(22)}KEY\n`,
      row: (r) => {
        const t = r.ok ? r.transaction : undefined;
        return `${printable(`${r.id.padEnd(32)}${statusOf(r).padEnd(18)}${shown(t?.direction).padEnd(10)}${(t ? formatAmount(t.amount, t.currency) : '-').padEnd(22)}${shown(t?.key)}`)}\n`;
      },
      end: (count) => `${plural(count, 'transaction')}, ${failed} failed\n`,
    },
  };
  const count = await print(results, listing[opts.format], (done, r) => {
    if (!r.ok) failed++;
    if (done % 100 === 0) note(`${done} of ${plural(ids.length, 'transaction')}`);
  });
  if (failed) note(`${failed} of ${plural(count, 'transaction')} failed (see the status column)`);
  return failed ? EXIT.partial : EXIT.ok;
}

function formatOption(): Option {
  return new Option('--format <format>', 'output format')
    .choices(['table', 'json', 'csv'])
    .default(process.stdout.isTTY ? 'table' : 'json', 'table on a terminal, json when piped');
}

function csvRawOption(): Option {
  return new Option('--csv-raw', "with --format csv: cells as they came, without the formula guard (by default a cell that starts with = + - @, a tab or a CR gets a leading ' so that a spreadsheet shows it instead of running it as a formula); control characters are shown as escapes (\\x1b) either way");
}

function checkCsvRaw(command: Command, opts: { csvRaw?: boolean; format: Format }): void {
  if (opts.csvRaw && opts.format !== 'csv') usageError(command, '--csv-raw changes CSV output only: add --format csv.');
}

function buildProgram(): Command {
  const program = new Command('omise-openapi')
    .description('Read Omise customers\' cards and transactions (API version 2019-05-29). The key comes from OMISE_SECRET_KEY.')
    .version(VERSION)
    .addOption(new Option('--base-url <url>', 'API base URL').default(DEFAULTS.baseUrl, DEFAULTS.baseUrl))
    // The mock answers on a URL of its own: a base URL as well would be silently ignored.
    .addOption(new Option('--mock', 'answer from the built-in mock (the data set of npm run mock, in-process); no real key needed').conflicts('baseUrl'))
    .addOption(new Option('--timeout <ms>', 'deadline of one attempt, in milliseconds').argParser(wholeNumber).default(DEFAULTS.timeoutMs))
    .addOption(new Option('--max-retries <n>', 'retries after a failed attempt').argParser(wholeNumber).default(DEFAULTS.maxRetries))
    .showHelpAfterError('(omise-openapi --help shows the commands and options)')
    // Commander repeats what was typed (an unknown option, a bad value): shown with its control characters escaped.
    .configureOutput({ writeErr: (text) => process.stderr.write(text.split('\n').map((line) => printable(line)).join('\n')) })
    .exitOverride();

  program
    .command('transaction')
    .description('show one transaction (for reconciliation and audit)')
    .argument('<id>', 'transaction id, e.g. trxn_test_5fz0ol7mmqw6cj8h5xq')
    .addOption(new Option('--json', 'print JSON (same as --format json)').conflicts('format'))
    .addOption(formatOption())
    .addOption(csvRawOption())
    .action(async (id: string, opts: { json?: boolean; format: Format; csvRaw?: boolean }, command: Command) => {
      const format = opts.json ? 'json' : opts.format;
      checkCsvRaw(command, { ...opts, format });
      const trxn = await withClient(program.opts<GlobalOptions>(), (omise) => omise.transactions.retrieve(id));
      const rows = csv(opts.csvRaw === true);
      if (format === 'json') out(`${jsonText(trxn, 2)}\n`);
      else if (format === 'csv') out(rows.row(responseFields.Transaction) + rows.record(responseFields.Transaction, trxn));
      else out(`${transactionTable(trxn)}\n`);
    });

  program
    .command('cards')
    .description(
      'list the cards of a customer: one page, or every card with --all. With --format json, a JSON array of card objects (one per line), the same shape with and without --all; the page\'s total and offset are in the table\'s last line, or on stderr when more cards remain.',
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
      if (opts.from !== undefined && opts.to !== undefined && Date.parse(opts.from) > Date.parse(opts.to)) {
        usageError(command, '--from is later than --to: no card was created in that window.');
      }
      await withClient(program.opts<GlobalOptions>(), (omise) => listCards(omise, customerId, opts));
    });

  program
    .command('transactions')
    .description('retrieve many transactions (an audit of a settlement file): one row per id, with a status column')
    .argument('[ids...]', 'transaction ids; or --ids-file FILE, or one per line on standard input')
    .option('--ids-file <file>', 'a file with one transaction id per line, blank lines and # comments skipped (default: the ids given, else standard input)')
    .addOption(new Option('--concurrency <n>', 'calls at once, 1 to 10').argParser(wholeNumber).default(DEFAULTS.concurrency))
    .addOption(formatOption())
    .addOption(csvRawOption())
    .action(async (ids: string[], opts: { idsFile?: string; concurrency: number; format: Format; csvRaw?: boolean }, command: Command) => {
      checkCsvRaw(command, opts);
      // The client first: a flag or key it refuses is reported before standard input is read.
      exitCode = await withClient(program.opts<GlobalOptions>(), async (omise) =>
        retrieveTransactions(omise, await readIds(ids, opts.idsFile), { format: opts.format, concurrency: opts.concurrency, csvRaw: opts.csvRaw === true }),
      );
    });

  for (const command of [program, ...program.commands]) command.addHelpText('after', exitCodesHelp());
  return program;
}

// A command that finished but not for every item (transactions with failed ids) sets this.
let exitCode: number = EXIT.ok;

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    // A reader that closed the pipe after the last line changes nothing; a failed write does.
    return outputExitCode() === EXIT.failure ? EXIT.failure : exitCode;
  } catch (caught) {
    // Once the output is gone, what stopped the command (an aborted page) is that, and was told already.
    const gone = outputExitCode();
    if (gone !== undefined) return gone;
    if (caught instanceof CommanderError) {
      // Commander has printed its own message (or the help / version).
      return caught.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const error = inFlagTerms(caught);
    // "transaction trxn_test_..." or "cards cust_test_...": ids are not secret, the key is never here.
    const what = program.args.slice(0, 2).join(' ') || 'command';
    process.stderr.write(`${errorLine(what, error)}\n`);
    return exitCodeFor(error);
  }
}

process.exitCode = await main(process.argv);
