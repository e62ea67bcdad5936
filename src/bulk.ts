// transactions.retrieveMany: one result per id, in the order of the ids, `concurrency` at a time. A
// failure that belongs to one id (404, a 5xx after the retries) is that id's result; one that would
// fail every id (the key refused, the caller's abort) ends the batch.
import { OmiseAuthenticationError, OmiseConfigurationError, OmiseError, abortError } from './errors.js';
import { Throttle, inOrder, type Task } from './in-order.js';
import type { RetryInfo } from './retry.js';
import type { Transaction } from './types.js';

/**
 * One id's outcome in transactions.retrieveMany: `{ id, ok: true, transaction }`, or
 * `{ id, ok: false, error }` with the typed error of its call (an OmiseNotFoundError, an
 * OmiseServerError after the retries, ...). Check `ok` to tell them apart.
 */
export type RetrieveResult = { id: string; ok: true; transaction: Transaction } | { id: string; ok: false; error: OmiseError };

export type RetrieveOne = (id: string, control: { signal: AbortSignal; onRetry: (info: RetryInfo) => void }) => Promise<Transaction>;

const endsTheBatch = (error: unknown): boolean =>
  !(error instanceof OmiseError) || error instanceof OmiseAuthenticationError || error instanceof OmiseConfigurationError;

export async function* retrieveEach(ids: readonly string[], retrieve: RetrieveOne, concurrency: number, signal: AbortSignal | undefined): AsyncGenerator<RetrieveResult, void, undefined> {
  const throttle = new Throttle(concurrency);
  function* tasks(): Generator<Task<Transaction>> {
    for (const id of ids) yield (taskSignal) => retrieve(id, { signal: taskSignal, onRetry: throttle.onRetry });
  }
  let i = 0;
  for await (const outcome of inOrder(tasks(), throttle, signal)) {
    const id = ids[i++]!;
    if (signal?.aborted) throw abortError(signal.reason);
    if (outcome.ok) yield { id, ok: true, transaction: outcome.value };
    else if (signal?.aborted) throw abortError(signal.reason);
    else if (endsTheBatch(outcome.error)) throw outcome.error;
    else yield { id, ok: false, error: outcome.error as OmiseError };
  }
}
