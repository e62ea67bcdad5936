// omise-openapi: the command line for people who reconcile and audit. Table on a terminal, JSON when
// piped, CSV on request; one clear line and a distinct exit code on failure; the key never printed.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { responseFields } from '../../generated/response-fields.js';
import { OmiseApiError, OmiseValidationError, createOmiseClient, type OmiseClient, type OmiseClientOptions } from '../index.node.js';
import type { Card } from '../types.js';
import { VERSION } from '../version.js';
import { csvRecord, csvRow } from './csv.js';
import { EXIT, errorLine, exitCodeFor } from './exit-codes.js';
import { cardTableHeader, cardTableRow, formatAmount, transactionTable } from './format.js';

type Format = 'table' | 'json' | 'csv';

interface GlobalOptions {
  baseUrl?: string;
  mock?: boolean;
  timeout?: number;
  maxRetries?: number;
}


const out = (text: string): void => {
  process.stdout.write(text);
};

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

function defaultFormat(): Format {
  return process.stdout.isTTY ? 'table' : 'json';
}

// Starts the built-in mock only when asked; Prism is a development tool, loaded on demand.
async function withClient<T>(globals: GlobalOptions, use: (omise: OmiseClient) => Promise<T>): Promise<T> {
  const options: OmiseClientOptions = {};
  if (globals.timeout !== undefined) options.timeoutMs = globals.timeout;
  if (globals.maxRetries !== undefined) options.maxRetries = globals.maxRetries;
  if (globals.baseUrl !== undefined) options.baseUrl = globals.baseUrl;
  if (!globals.mock) return use(createOmiseClient(options));
  let prism: typeof import('../mock/prism.js');
  try {
    prism = await import('../mock/prism.js');
  } catch {
    throw new Error('--mock needs the development packages @stoplight/prism-cli, execa and get-port installed');
  }
  const mock = await prism.startPrism();
  try {
    return await use(createOmiseClient({ ...options, secretKey: prism.MOCK_SECRET_KEY, baseUrl: mock.url }));
  } finally {
    await mock.stop();
  }
}

async function listCards(omise: OmiseClient, customerId: string, opts: CardsOptions): Promise<void> {
  const format = opts.format ?? defaultFormat();
  const columns = responseFields.Card;
  if (!opts.all) {
    const page = await omise.customers.listCards(customerId, {
      ...(opts.limit !== undefined && { limit: opts.limit }),
      ...(opts.offset !== undefined && { offset: opts.offset }),
      ...(opts.order !== undefined && { order: opts.order }),
    });
    if (format === 'json') out(`${JSON.stringify(page, null, 2)}\n`);
    else if (format === 'csv') out(csvRow(columns) + page.data.map((c) => csvRecord(columns, c)).join(''));
    else {
      out(`${cardTableHeader()}\n${page.data.map((c) => `${cardTableRow(c)}\n`).join('')}`);
      out(`${page.data.length} of ${page.total} cards (offset ${page.offset})\n`);
    }
    return;
  }
  // Every page, printed as it arrives: memory stays at a few pages however many cards there are.
  const pageSize = opts.limit ?? 100;
  const cards = omise.customers.listAllCards(customerId, {
    pageSize,
    ...(opts.order !== undefined && { order: opts.order }),
    ...(opts.concurrency !== undefined && { concurrency: opts.concurrency }),
    ...(opts.maxItems !== undefined && { maxItems: opts.maxItems }),
  });
  let count = 0;
  const write: Record<Format, { start: string; row: (c: Card, i: number) => string; end: () => string }> = {
    json: { start: '[', row: (c, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(c)}`, end: () => (count ? '\n]\n' : ']\n') },
    csv: { start: csvRow(columns), row: (c) => csvRecord(columns, c), end: () => '' },
    table: { start: `${cardTableHeader()}\n`, row: (c) => `${cardTableRow(c)}\n`, end: () => `${count} cards\n` },
  };
  const writer = write[format];
  out(writer.start);
  for await (const card of cards) {
    out(writer.row(card, count));
    count++;
    if (count % pageSize === 0) process.stderr.write(`omise-openapi: ${count} of ${cards.total} cards\n`);
  }
  out(writer.end());
}

// Ids from the command line, a file, or standard input: one per line, blank lines and # comments skipped.
async function readIds(ids: string[], file: string | undefined): Promise<string[]> {
  let text: string;
  if (file !== undefined) text = await readFile(file, 'utf8');
  else if (ids.length > 0) return ids;
  else if (process.stdin.isTTY) throw new OmiseValidationError('transactionIds', 'give transaction ids as arguments, with --ids-file FILE, or one per line on standard input.');
  else text = await new Response(Readable.toWeb(process.stdin) as ReadableStream<Uint8Array>).text();
  if (ids.length > 0) throw new OmiseValidationError('transactionIds', 'give ids as arguments or with --ids-file, not both.');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const BULK_COLUMNS = ['id', 'status', 'error', ...responseFields.Transaction.filter((c) => c !== 'id')];

async function retrieveTransactions(omise: OmiseClient, ids: string[], opts: { format: Format; concurrency?: number }): Promise<number> {
  const results = omise.transactions.retrieveMany(ids, opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {});
  let count = 0;
  let failed = 0;
  const { format } = opts;
  if (format === 'json') out('[');
  else if (format === 'csv') out(csvRow(BULK_COLUMNS));
  else out(`${'ID'.padEnd(32)}${'STATUS'.padEnd(18)}${'DIRECTION'.padEnd(10)}${'AMOUNT'.padEnd(22)}KEY\n`);
  for await (const r of results) {
    const status = r.ok ? 'ok' : r.error instanceof OmiseApiError ? r.error.code : r.error.name;
    if (!r.ok) failed++;
    if (format === 'json') {
      const item = r.ok ? { id: r.id, status, transaction: r.transaction } : { id: r.id, status, error: r.error.message };
      out(`${count === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`);
    } else if (format === 'csv') {
      out(csvRecord(BULK_COLUMNS, r.ok ? { ...r.transaction, status, error: '' } : { id: r.id, status, error: r.error.message }));
    } else {
      const t = r.ok ? r.transaction : undefined;
      out(`${r.id.padEnd(32)}${status.padEnd(18)}${(t?.direction ?? '-').padEnd(10)}${(t ? formatAmount(t.amount, t.currency) : '-').padEnd(22)}${t?.key ?? '-'}\n`);
    }
    count++;
    if (count % 100 === 0) process.stderr.write(`omise-openapi: ${count} of ${ids.length} transactions\n`);
  }
  if (format === 'json') out(count ? '\n]\n' : ']\n');
  else if (format === 'table') out(`${count} transactions, ${failed} failed\n`);
  if (failed) process.stderr.write(`omise-openapi: ${failed} of ${count} transactions failed (see the status column)\n`);
  return failed ? EXIT.partial : EXIT.ok;
}

interface CardsOptions {
  limit?: number;
  offset?: number;
  order?: 'chronological' | 'reverse_chronological';
  all?: boolean;
  format?: Format;
  concurrency?: number;
  maxItems?: number;
}

function formatOption(): Option {
  return new Option('--format <format>', 'output format (default: table on a terminal, json when piped)').choices(['table', 'json', 'csv']);
}

export function buildProgram(): Command {
  const program = new Command('omise-openapi')
    .description('Read Omise customers\' cards and transactions (API version 2019-05-29). The key comes from OMISE_SECRET_KEY.')
    .version(VERSION)
    .option('--base-url <url>', 'API base URL (default https://api.omise.co)')
    .option('--mock', 'start the built-in mock (Prism, from openapi.yaml) for this call; no real key needed')
    .option('--timeout <ms>', 'deadline of one attempt, in milliseconds', wholeNumber)
    .option('--max-retries <n>', 'retries after a failed attempt', wholeNumber)
    .showHelpAfterError('(omise-openapi --help shows the commands and options)')
    .exitOverride();

  program
    .command('transaction')
    .description('show one transaction (for reconciliation and audit)')
    .argument('<id>', 'transaction id, e.g. trxn_test_5fz0ol7mmqw6cj8h5xq')
    .option('--json', 'print JSON (same as --format json)')
    .addOption(formatOption())
    .action(async (id: string, opts: { json?: boolean; format?: Format }) => {
      const format = opts.json ? 'json' : (opts.format ?? defaultFormat());
      const trxn = await withClient(program.opts<GlobalOptions>(), (omise) => omise.transactions.retrieve(id));
      if (format === 'json') out(`${JSON.stringify(trxn, null, 2)}\n`);
      else if (format === 'csv') out(csvRow(responseFields.Transaction) + csvRecord(responseFields.Transaction, trxn));
      else out(`${transactionTable(trxn)}\n`);
    });

  program
    .command('cards')
    .description('list the cards of a customer')
    .argument('<customerId>', 'customer id, e.g. cust_test_5fz0olfpy32zadv96ek')
    .option('--limit <n>', 'cards per page, 1 to 100 (with --all: the page size, default 100)', wholeNumber)
    .option('--offset <n>', 'cards to skip', wholeNumber)
    .addOption(new Option('--order <order>', 'sort order').choices(['chronological', 'reverse_chronological']))
    .addOption(new Option('--all', 'every card the customer had when the first page came, exactly once (progress on stderr)').conflicts('offset'))
    .addOption(new Option('--concurrency <n>', 'with --all: pages requested at once, 1 to 10 (default 4)').argParser(wholeNumber))
    .addOption(new Option('--max-items <n>', 'with --all: stop after this many cards').argParser(wholeNumber))
    .addOption(formatOption())
    .action(async (customerId: string, opts: CardsOptions) => {
      await withClient(program.opts<GlobalOptions>(), (omise) => listCards(omise, customerId, opts));
    });

  program
    .command('transactions')
    .description('retrieve many transactions (an audit of a settlement file): one row per id, with a status column')
    .argument('[ids...]', 'transaction ids; or --ids-file FILE, or one per line on standard input')
    .option('--ids-file <file>', 'a file with one transaction id per line (blank lines and # comments skipped)')
    .addOption(new Option('--concurrency <n>', 'calls at once, 1 to 10 (default 4)').argParser(wholeNumber))
    .addOption(formatOption())
    .action(async (ids: string[], opts: { idsFile?: string; concurrency?: number; format?: Format }) => {
      const all = await readIds(ids, opts.idsFile);
      const format = opts.format ?? defaultFormat();
      exitCode = await withClient(program.opts<GlobalOptions>(), (omise) => retrieveTransactions(omise, all, { format, ...(opts.concurrency !== undefined && { concurrency: opts.concurrency }) }));
    });
  return program;
}

// A command that finished but not for every item (transactions with failed ids) sets this.
let exitCode: number = EXIT.ok;

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its own message (or the help / version).
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // "transaction trxn_test_..." or "cards cust_test_...": ids are not secret, the key is never here.
    const what = program.args.slice(0, 2).join(' ') || 'command';
    process.stderr.write(`${errorLine(what, error)}\n`);
    return exitCodeFor(error);
  }
}

process.exitCode = await main(process.argv);
