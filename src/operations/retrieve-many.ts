// The batch beside every retrieve by id (transactions.retrieveMany): one result per id, in the order of the ids, `concurrency` at a time. A
// failure that belongs to one id (404, a 5xx after the retries) is that id's result; one that would
// fail every id (the key refused, the caller's abort) ends the batch.
import { OmiseAuthenticationError, OmiseConfigurationError, OmiseError, abortError } from '../runtime/errors.js';
import { Throttle, inOrder, type Task } from './in-order.js';
import type { RetryInfo } from '../runtime/observe.js';

/** One id's outcome: its value under the operation's key (`transaction`), or the typed error of its call. */
export type BatchResult = { id: string; ok: true; [key: string]: unknown } | { id: string; ok: false; error: OmiseError };

export type RetrieveOne<T> = (id: string, control: { signal: AbortSignal; onRetry: (info: RetryInfo) => void }) => Promise<T>;

const endsTheBatch = (error: unknown): boolean =>
  !(error instanceof OmiseError) || error instanceof OmiseAuthenticationError || error instanceof OmiseConfigurationError;

export async function* retrieveEach<T>(ids: readonly string[], key: string, retrieve: RetrieveOne<T>, concurrency: number, signal: AbortSignal | undefined): AsyncGenerator<BatchResult, void, undefined> {
  const throttle = new Throttle(concurrency);
  function* tasks(): Generator<Task<T>> {
    for (const id of ids) yield (taskSignal) => retrieve(id, { signal: taskSignal, onRetry: throttle.onRetry });
  }
  let i = 0;
  for await (const outcome of inOrder(tasks(), throttle, signal)) {
    const id = ids[i++]!;
    if (signal?.aborted) throw abortError(signal.reason);
    if (outcome.ok) yield { id, ok: true, [key]: outcome.value };
    else if (signal?.aborted) throw abortError(signal.reason);
    else if (endsTheBatch(outcome.error)) throw outcome.error;
    else yield { id, ok: false, error: outcome.error as OmiseError };
  }
}
