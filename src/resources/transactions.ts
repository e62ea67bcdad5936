import { send, settle } from '../call.js';
import type { RequestOptions, Transaction } from '../types.js';
import { checkId } from '../validate.js';
import type { ResourceContext } from './context.js';

export interface TransactionsResource {
  /** GET /transactions/{id} */
  retrieve(transactionId: string, options?: RequestOptions): Promise<Transaction>;
}

export function transactionsResource({ raw, fetch, keyMode, validateResponses }: ResourceContext): TransactionsResource {
  return {
    async retrieve(transactionId, options) {
      checkId('retrieveTransaction', 'transactionId', transactionId, keyMode);
      return settle<Transaction>(
        send(fetch, options?.signal, (init) => raw.GET('/transactions/{id}', { params: { path: { id: transactionId } }, parseAs: 'stream', ...init })),
        'Transaction',
        validateResponses,
      );
    },
  };
}
