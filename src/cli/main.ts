// omise-openapi: the command line for people who reconcile and audit. Table on a terminal, JSON when
// piped, CSV on request; one clear line and a distinct exit code on failure; the key never printed.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { responseFields } from '../../generated/response-fields.js';
import { createOmiseClient, type OmiseClient, type OmiseClientOptions } from '../index.node.js';
import type { Card } from '../types.js';
import { VERSION } from '../version.js';
import { csvRecord, csvRow } from './csv.js';
import { EXIT, errorLine, exitCodeFor } from './exit-codes.js';
import { cardTableHeader, cardTableRow, transactionTable } from './format.js';

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
  // Every page, printed as it arrives: memory stays at one page however many cards there are.
  const pageSize = opts.limit ?? 100;
  const cards = omise.customers.listAllCards(customerId, { pageSize, ...(opts.order !== undefined && { order: opts.order }) });
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
    if (count % pageSize === 0) process.stderr.write(`omise-openapi: ${count} cards fetched…\n`);
  }
  out(writer.end());
}

interface CardsOptions {
  limit?: number;
  offset?: number;
  order?: 'chronological' | 'reverse_chronological';
  all?: boolean;
  format?: Format;
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
    .addOption(new Option('--all', 'every card, across pages (progress on stderr)').conflicts('offset'))
    .addOption(formatOption())
    .action(async (customerId: string, opts: CardsOptions) => {
      await withClient(program.opts<GlobalOptions>(), (omise) => listCards(omise, customerId, opts));
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
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
