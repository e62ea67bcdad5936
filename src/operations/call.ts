// The three things a generated resource method does, for any operation of the table: one call
// (check, send, retry, read once, a value or one typed error), every item of a paginated list, and a
// batch of retrieves by id. Arguments are checked when the method is called, before any request.
import { omiseCall, type AnswerRecord, type OmisePromise } from '../runtime/api-promise.js';
import { CALL_CONTROL } from '../runtime/call-control.js';
import { OmiseValidationError } from '../runtime/errors.js';
import type { ReadResponse } from '../runtime/read-response.js';
import type { CallOverrides } from '../runtime/retry.js';
import { answerValue } from './answer.js';
import type { OperationContext } from './context.js';
import { paginate, type ItemIterator, type ListItem, type PageQuery } from './list-all.js';
import { checkConcurrency, checkId, checkPathArguments, checkQuery, checkRequestOptions, checkWholeOption } from './request-check.js';
import { retrieveEach } from './retrieve-many.js';
import type { Operation } from './table.js';

/** The per-call options every method takes (src/types.ts has their documentation). */
interface CallOptions {
  signal?: AbortSignal;
}

// What the answer's location must name: the path sent, without its query.
function pathSent(operation: Operation, ids: readonly string[]): string {
  let path = operation.path;
  for (let i = 0; i < ids.length; i++) path = path.replace(`{${operation.pathArguments[i]!.name}}`, encodeURIComponent(ids[i]!));
  return path;
}

async function send<T>(context: OperationContext, operation: Operation, ids: readonly string[], query: object | undefined, signal: AbortSignal | undefined, control: CallOverrides | undefined, record?: AnswerRecord): Promise<T> {
  const path: Record<string, string> = {};
  for (let i = 0; i < ids.length; i++) path[operation.pathArguments[i]!.name] = ids[i]!;
  const result = await context.client.GET(operation.path, { params: { path, query }, parseAs: 'text', signal, ...(control && { [CALL_CONTROL]: control }) });
  if (record) record.answer = result.response as unknown as ReadResponse;
  // An object retrieved by id must be that object; any answer with a location must be at the path asked.
  const asked = operation.byId ? { path: pathSent(operation, ids), id: ids[0]! } : { path: pathSent(operation, ids) };
  return answerValue<T>(result, operation, asked, context.validateResponses, context.redact);
}

/**
 * One call of `operation`: `await` gives the value, `.withResponse()` the value and the response.
 * What the arguments break is the promise's rejection, as any other failure.
 */
export function callOperation<T>(context: OperationContext, operation: Operation, args: readonly unknown[], query: object | undefined, options: CallOptions | undefined): OmisePromise<T> {
  return omiseCall(context.redact, (record) => {
    const ids = checkPathArguments(operation, args, context.keyMode);
    return send<T>(context, operation, ids, checkQuery(operation, query), options?.signal, checkRequestOptions(operation.method, options), record);
  });
}

/** Every item of a paginated operation's list (x-omise-pagination: offset), exactly once. */
export function listAll<T extends ListItem>(context: OperationContext, operation: Operation, args: readonly unknown[], options: object = {}): ItemIterator<T> {
  const list = operation.list!;
  const ids = checkPathArguments(operation, args, context.keyMode);
  const given = options as Record<string, unknown>;
  // The list's own parameters but limit and offset, which the iterator chooses.
  const names = Object.keys(operation.query).filter((name) => name !== 'limit' && name !== 'offset');
  const items = `${list.noun}s`;
  const limits = checkRequestOptions(list.method, options, [...names, 'pageSize', 'concurrency', 'maxItems'], {
    limit: `it chooses limit and offset itself; use pageSize (${items} per request) and maxItems (${items} in all)`,
    offset: `it reads every ${list.noun} from the start; use maxItems to stop early`,
  });
  const query: PageQuery = {};
  for (const name of names) if (given[name] !== undefined) query[name] = given[name];
  const params = checkQuery(operation, query)!;
  const { minimum = 1, maximum = 100 } = operation.query.limit!;
  return paginate<T>((page, control) => send(context, operation, ids, page, control.signal, { ...limits, onRetry: control.onRetry }), params, {
    method: list.method,
    noun: list.noun,
    pageSize: checkWholeOption('pageSize', given.pageSize, maximum, minimum, maximum),
    concurrency: checkConcurrency(given.concurrency),
    maxItems: given.maxItems === undefined ? undefined : checkWholeOption('maxItems', given.maxItems, 0, 1, Number.MAX_SAFE_INTEGER),
    signal: given.signal as AbortSignal | undefined,
  });
}

/**
 * A batch of a retrieve by id: one result per id, in the order of the ids. Every id is checked
 * before any request is sent.
 */
export function retrieveMany<R>(context: OperationContext, operation: Operation, ids: unknown, options: { concurrency?: number; signal?: AbortSignal } = {}): AsyncIterable<R> {
  const byId = operation.byId!;
  const { noun, rule } = operation.pathArguments[0]!;
  if (ids === null || typeof ids === 'string' || typeof (ids as Partial<Iterable<unknown>> | undefined)?.[Symbol.iterator] !== 'function') {
    throw new OmiseValidationError(byId.argument, `${byId.argument} must be an array (or another iterable) of ${noun} ids.`);
  }
  const limits = checkRequestOptions(byId.many, options, ['concurrency']);
  const checked = [...(ids as Iterable<unknown>)].map((id, i) => checkId(`${byId.argument}[${i}]`, id, rule, context.keyMode));
  const concurrency = checkConcurrency(options.concurrency);
  const results = retrieveEach(checked, byId.key, (id, control) => send(context, operation, [id], undefined, control.signal, { ...limits, onRetry: control.onRetry }), concurrency, options.signal);
  return results as AsyncIterable<unknown> as AsyncIterable<R>;
}
