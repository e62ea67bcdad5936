import { retrieveEach, type RetrieveResult } from '../bulk.js';
import { CALL_CONTROL, type CallControl } from '../call-control.js';
import { OmiseValidationError } from '../errors.js';
import { valueOf } from '../outcome.js';
import type { RequestOptions, RetrieveManyOptions, Transaction } from '../types.js';
import { checkId, checkOptionNames, checkWholeOption } from '../validate.js';
import type { ResourceContext } from './context.js';

export interface TransactionsResource {
  /** GET /transactions/{id} */
  retrieve(transactionId: string, options?: RequestOptions): Promise<Transaction>;
  /**
   * One result per id, in the order of the ids, `concurrency` calls at a time (default 4, at most
   * 10): the transaction, or the typed error of that id (a 404 does not end the batch). Every id is
   * checked before any request is sent.
   * @throws {OmiseValidationError} for a malformed id, before any request.
   * @throws {OmiseAuthenticationError} when the key is refused: every id would fail the same way.
   */
  retrieveMany(transactionIds: Iterable<string>, options?: RetrieveManyOptions): AsyncIterable<RetrieveResult>;
}

export function transactionsResource({ client, keyMode, validateResponses, redact }: ResourceContext): TransactionsResource {
  async function retrieve(transactionId: string, signal: AbortSignal | undefined, control?: CallControl): Promise<Transaction> {
    const result = await client.GET('/transactions/{id}', {
      params: { path: { id: transactionId } },
      parseAs: 'text',
      signal,
      ...(control && { [CALL_CONTROL]: control }),
    });
    return valueOf<Transaction>(result, 'Transaction', validateResponses, redact);
  }

  return {
    async retrieve(transactionId, options) {
      checkId('retrieveTransaction', 'transactionId', transactionId, keyMode);
      return retrieve(transactionId, options?.signal);
    },
    retrieveMany(transactionIds, options = {}) {
      if (transactionIds === null || typeof (transactionIds as Partial<Iterable<string>>)?.[Symbol.iterator] !== 'function' || typeof transactionIds === 'string') {
        throw new OmiseValidationError('transactionIds', 'transactionIds must be an array (or another iterable) of transaction ids.');
      }
      checkOptionNames('retrieveMany', options, ['concurrency', 'signal']);
      const ids = [...transactionIds];
      ids.forEach((id, i) => checkId('retrieveTransaction', `transactionIds[${i}]`, id, keyMode));
      const concurrency = checkWholeOption('concurrency', options.concurrency, 4, 1, 10, ' (Omise asks for at most 10 parallel workers)');
      return retrieveEach(ids, (id, control) => retrieve(id, control.signal, control), concurrency, options.signal);
    },
  };
}
