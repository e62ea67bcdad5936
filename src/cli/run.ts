// What each kind of command does with the client, for any operation of the table: one answer, every
// item of a list, or a batch of retrieves by id. The commands (commands.ts) and today's aliases
// (aliases.ts) both run these.
import { responseFields } from '../../generated/response-fields.js';
import { OmiseApiError, type OmiseClient, type OmiseError } from '../index.node.js';
import { jsonText } from '../runtime/printable.js';
import { plural } from '../runtime/plural.js';
import { operationOf, type CliCommand } from './command-table.js';
import { csv } from './csv.js';
import { EXIT } from './exit-codes.js';
import { itemListing, jsonArray, print, type Format, type Listing } from './listing.js';
import { note, out, outputGone } from './output.js';
import { detailTable, tableHeader, tableRow, viewOf, type Column } from './views.js';

export interface OutputOptions {
  format: Format;
  csvRaw: boolean;
}


type Method = (...args: unknown[]) => unknown;

// The client's method the command names: omise.customers.listCards.
function methodOf(omise: OmiseClient, command: CliCommand): Method {
  const resource = (omise as unknown as Record<string, Record<string, Method>>)[command.resource]!;
  return resource[command.method]!.bind(resource);
}

/**
 * One call; a page of a list prints its items, any other answer the object. `everyItem` is how the
 * user asks for the whole list instead (default: the listAll command).
 */
export async function runCall(omise: OmiseClient, command: CliCommand, ids: readonly string[], params: Record<string, unknown>, output: OutputOptions, everyItem?: string): Promise<void> {
  const operation = operationOf(command);
  const takesParams = Object.keys(operation.query).length > 0;
  const value = (await methodOf(omise, command)(...ids, ...(takesParams ? [params] : []))) as Record<string, unknown>;
  const rows = csv(output.csvRaw);
  if (operation.list) {
    const { noun, item } = operation.list;
    const page = value as { data: object[]; total: number; offset: number };
    const shown = `${page.data.length} of ${plural(page.total, noun)} (offset ${page.offset})`;
    await print(page.data, itemListing(output.format, rows, item, () => shown));
    // The table says it in its last line; JSON and CSV hold items only, so stderr says it.
    const next = page.offset + page.data.length;
    const all = everyItem ?? `${command.resource} ${command.listAll}`;
    if (output.format !== 'table' && next < page.total) note(`${shown}: --offset ${next} for the next page, or ${all} for every ${noun}`);
    return;
  }
  const columns = (responseFields as Readonly<Record<string, readonly string[]>>)[operation.schema] ?? Object.keys(value);
  if (output.format === 'json') out(`${jsonText(value, 2)}\n`);
  else if (output.format === 'csv') out(rows.row(columns) + rows.record(columns, value));
  else out(`${detailTable(operation.schema, value)}\n`);
}

/** Every item of a paginated list, printed as each page arrives: memory stays at a few pages. */
export async function runListAll(omise: OmiseClient, command: CliCommand, ids: readonly string[], options: Record<string, unknown>, output: OutputOptions): Promise<void> {
  const list = operationOf(command).list!;
  const pageSize = (options.pageSize as number | undefined) ?? operationOf(command).query.limit?.maximum ?? 100;
  const items = methodOf(omise, command)(...ids, { ...options, pageSize, signal: outputGone }) as AsyncIterable<object> & { total: number | undefined };
  await print(items, itemListing(output.format, csv(output.csvRaw), list.item, (count) => plural(count, list.noun)), (count) => {
    if (count % pageSize === 0) note(`${count} of ${plural(items.total ?? count, list.noun)}`);
  });
}

type BatchResult = { id: string; ok: true; [key: string]: unknown } | { id: string; ok: false; error: OmiseError };

const statusOf = (r: BatchResult): string => (r.ok ? 'ok' : r.error instanceof OmiseApiError ? r.error.code : r.error.name);

/** A batch of retrieves by id: one row per id with a status column; exit 6 when some failed. */
export async function runMany(omise: OmiseClient, command: CliCommand, ids: readonly string[], concurrency: number, output: OutputOptions): Promise<number> {
  const operation = operationOf(command);
  const { key } = operation.byId!;
  const noun = operation.pathArguments[0]!.noun;
  const results = methodOf(omise, command)(ids, { concurrency, signal: outputGone }) as AsyncIterable<BatchResult>;
  const fields = ((responseFields as Readonly<Record<string, readonly string[]>>)[operation.schema] ?? []).filter((c) => c !== 'id');
  const csvColumns = ['id', 'status', 'error', ...fields];
  const view = viewOf(operation.schema).columns.filter(([title]) => title !== 'ID');
  const columns: Column[] = [['ID', 32, (r) => r.id], ['STATUS', 18, (r) => r.status], ...view];
  // A failed id's row: its id and status, a dash in every other cell.
  const failedColumns = columns.map(([title, width, cell], i): Column => [title, width, i < 2 ? cell : () => undefined]);
  let failed = 0;
  const rows = csv(output.csvRaw);
  const value = (r: BatchResult): Record<string, unknown> => (r.ok ? (r[key] as Record<string, unknown>) : {});
  const listing: Record<Format, Listing<BatchResult>> = {
    json: jsonArray((r) => (r.ok ? { id: r.id, status: 'ok', [key]: r[key] } : { id: r.id, status: statusOf(r), error: r.error.message })),
    csv: {
      start: rows.row(csvColumns),
      row: (r) => rows.record(csvColumns, r.ok ? { ...value(r), status: 'ok', error: '' } : { id: r.id, status: statusOf(r), error: r.error.message }),
      end: () => '',
    },
    table: {
      start: `${tableHeader(columns)}\n`,
      row: (r) => `${r.ok ? tableRow(columns, { ...value(r), id: r.id, status: 'ok' }) : tableRow(failedColumns, { id: r.id, status: statusOf(r) })}\n`,
      end: (count) => `${plural(count, noun)}, ${failed} failed\n`,
    },
  };
  const count = await print(results, listing[output.format], (done, r) => {
    if (!r.ok) failed++;
    if (done % 100 === 0) note(`${done} of ${plural(ids.length, noun)}`);
  });
  if (failed) note(`${failed} of ${plural(count, noun)} failed (see the status column)`);
  return failed ? EXIT.partial : EXIT.ok;
}
